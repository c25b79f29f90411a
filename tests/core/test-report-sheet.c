/* test-report-sheet.c: the monthly entry sheet shows last month beside this one,
 * computes the year-to-date figure, saves a line in place, and follows projects
 * coming and going.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "gt-report-sheet.h"
#include "gt-store.h"
#include "gt-test-util.h"

#define WAN ((gint64) 10000)

typedef struct {
  char    *dir;
  GtStore *store;
  gint64   first, second;
} Fixture;

static gint64
add_project (GtStore    *store,
             const char *name,
             gint64      plan_wan)
{
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;

  gt_project_set_name (project, name);
  gt_store_add_project (store, project, &error);
  g_assert_no_error (error);
  if (plan_wan > 0)
    {
      gt_store_set_annual_plan (store, gt_project_get_id (project), 2026, plan_wan * WAN,
                                &error);
      g_assert_no_error (error);
    }
  return gt_project_get_id (project);
}

static void
add_report (GtStore *store,
            gint64   project,
            int      year,
            int      month,
            gint64   wan,
            const char *note)
{
  g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();
  g_autoptr(GError) error = NULL;

  gt_monthly_report_set_project_id (report, project);
  gt_monthly_report_set_month (report, year, month);
  gt_monthly_report_set_completed (report, wan * WAN);
  gt_monthly_report_set_progress_note (report, note);
  gt_store_save_monthly_report (store, report, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("guatu-sheet-XXXXXX", &error);
  g_assert_no_error (error);
  path = gt_test_register_location (f->dir, "sheet.db");
  f->store = gt_store_open (path, &error);
  g_assert_no_error (error);

  f->first = add_project (f->store, "城北污水处理厂", 1200);
  f->second = add_project (f->store, "物流园二期", 0);
  add_report (f->store, f->first, 2025, 12, 50, "");
  add_report (f->store, f->first, 2026, 1, 100, "场地平整");
  add_report (f->store, f->first, 2026, 2, 200, "桩基施工");
  add_report (f->store, f->second, 2026, 2, 30, "");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GtReportRow *
row_at (GtReportSheet *sheet,
        guint          position)
{
  g_autoptr(GtReportRow) row = g_list_model_get_item (G_LIST_MODEL (sheet), position);

  g_assert_nonnull (row);
  return row;   /* the sheet keeps a reference */
}

static void
test_load (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GtReportSheet) sheet = gt_report_sheet_new (f->store);
  g_autoptr(GError) error = NULL;
  GtReportRow *row;
  gint64 plan, month, cumulative;

  gt_report_sheet_load (sheet, 2026, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sheet)), ==, 2);

  row = row_at (sheet, 0);
  g_assert_cmpint (gt_project_get_id (gt_report_row_get_project (row)), ==, f->first);
  g_assert_true (gt_report_row_has_report (row));
  g_assert_cmpstr (gt_monthly_report_get_progress_note (gt_report_row_get_report (row)), ==,
                   "桩基施工");
  g_assert_cmpint (gt_report_row_get_previous_completed (row), ==, 100 * WAN);
  g_assert_cmpint (gt_report_row_get_cumulative (row), ==, 300 * WAN);
  g_assert_cmpint (gt_report_row_get_annual_plan (row), ==, 1200 * WAN);

  /* No report last month: nothing to show beside, which is not zero. */
  row = row_at (sheet, 1);
  g_assert_cmpint (gt_report_row_get_previous_completed (row), ==, -1);
  g_assert_cmpint (gt_report_row_get_cumulative (row), ==, 30 * WAN);

  gt_report_sheet_get_totals (sheet, &plan, &month, &cumulative);
  g_assert_cmpint (plan, ==, 1200 * WAN);
  g_assert_cmpint (month, ==, 230 * WAN);
  g_assert_cmpint (cumulative, ==, 330 * WAN);
  g_assert_cmpuint (gt_report_sheet_count_filed (sheet), ==, 2);

  /* January looks back to last December, and the year starts afresh. */
  gt_report_sheet_load (sheet, 2026, 1, &error);
  g_assert_no_error (error);
  row = row_at (sheet, 0);
  g_assert_cmpint (gt_report_row_get_previous_completed (row), ==, 50 * WAN);
  g_assert_cmpint (gt_report_row_get_cumulative (row), ==, 100 * WAN);
  g_assert_true (gt_report_row_has_cumulative (row));
  g_assert_false (gt_report_row_has_report (row_at (sheet, 1)));
  /* Nothing reported this year yet: the 1—N月累计 is no figure, not 0. */
  g_assert_false (gt_report_row_has_cumulative (row_at (sheet, 1)));
  g_assert_cmpuint (gt_report_sheet_count_filed (sheet), ==, 1);

  /* March: nothing filed for it, but January and February were. */
  gt_report_sheet_load (sheet, 2026, 3, &error);
  g_assert_no_error (error);
  g_assert_false (gt_report_row_has_report (row_at (sheet, 1)));
  g_assert_true (gt_report_row_has_cumulative (row_at (sheet, 1)));
}

static void
count_cb (GtReportRow *row,
          guint       *count)
{
  (*count)++;
}

static void
test_save (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GtReportSheet) sheet = gt_report_sheet_new (f->store);
  g_autoptr(GtMonthlyReport) edited = NULL;
  g_autoptr(GtMonthlyReport) bad = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  GtReportRow *row;
  guint changes = 0;

  gt_report_sheet_load (sheet, 2026, 3, &error);
  g_assert_no_error (error);
  row = row_at (sheet, 0);
  g_assert_false (gt_report_row_has_report (row));
  g_assert_cmpint (gt_report_row_get_cumulative (row), ==, 300 * WAN);
  g_signal_connect (row, "changed", G_CALLBACK (count_cb), &changes);

  edited = gt_monthly_report_copy (gt_report_row_get_report (row));
  gt_monthly_report_set_completed (edited, 450 * WAN);
  gt_monthly_report_set_percent (edited, 35);
  gt_monthly_report_set_progress_note (edited, "主体结构施工");
  gt_report_sheet_save (sheet, row, edited, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (gt_report_row_has_report (row));
  g_assert_cmpint (gt_report_row_get_cumulative (row), ==, 750 * WAN);

  /* It is in the file, once, as the month's own figure. */
  stored = gt_store_list_monthly_reports (f->store, f->first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 4);
  g_assert_cmpint (gt_monthly_report_get_completed (g_ptr_array_index (stored, 3)), ==,
                   450 * WAN);

  /* A refused figure leaves the line as it was. */
  bad = gt_monthly_report_copy (gt_report_row_get_report (row));
  gt_monthly_report_set_completed (bad, -1);
  g_assert_false (gt_report_sheet_save (sheet, row, bad, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (gt_report_row_get_cumulative (row), ==, 750 * WAN);
}

/* Two desks on one month's figures: the sheet saves over the report as it
 * shows it. Another desk's newer figures for the month (filed where the sheet
 * shows none, or changed) refuse the save, naming that desk, and stay; the
 * sheet then reads them, and a save over them is written. */
static void
test_other_desk (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GtReportSheet) sheet = gt_report_sheet_new (f->store);
  g_autoptr(GtStore) other = NULL;
  g_autoptr(GtMonthlyReport) edited = NULL;
  g_autoptr(GtMonthlyReport) again = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 deadline;

  gt_report_sheet_load (sheet, 2026, 3, &error);
  g_assert_no_error (error);
  g_assert_false (gt_report_row_has_report (row_at (sheet, 0)));

  other = gt_store_open (gt_store_get_path (f->store), &error);
  g_assert_no_error (error);
  gt_store_set_desk_name (other, "二号机");
  add_report (other, f->first, 2026, 3, 80, "二号机填的");

  edited = gt_monthly_report_copy (gt_report_row_get_report (row_at (sheet, 0)));
  gt_monthly_report_set_completed (edited, 450 * WAN);
  g_assert_false (gt_report_sheet_save (sheet, row_at (sheet, 0), edited, &error));
  gt_test_assert_conflict (&error, "二号机");
  stored = gt_store_list_monthly_reports (f->store, f->first, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gt_monthly_report_get_completed (g_ptr_array_index (stored, 3)), ==,
                   80 * WAN);

  /* The sheet reads the month again (at idle) and shows theirs. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!gt_report_row_has_report (row_at (sheet, 0)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (gt_report_row_has_report (row_at (sheet, 0)));
  g_assert_cmpint (gt_monthly_report_get_completed (gt_report_row_get_report (row_at (sheet, 0))),
                   ==, 80 * WAN);

  again = gt_monthly_report_copy (gt_report_row_get_report (row_at (sheet, 0)));
  gt_monthly_report_set_completed (again, 450 * WAN);
  g_assert_true (gt_report_sheet_save (sheet, row_at (sheet, 0), again, &error));
  g_assert_no_error (error);
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = gt_store_list_monthly_reports (f->store, f->first, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gt_monthly_report_get_completed (g_ptr_array_index (stored, 3)), ==,
                   450 * WAN);
  g_assert_cmpstr (gt_monthly_report_get_progress_note (g_ptr_array_index (stored, 3)), ==,
                   "二号机填的");
}

/* The same with another program, a process of its own writing the file with
 * SQL (Debian's python3 and its sqlite3): the sheet's save is refused as
 * another program's, and the figure it wrote stays. On a file only: the
 * server's case is the other desk's above. */
static void
test_other_program (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GtReportSheet) sheet = gt_report_sheet_new (f->store);
  g_autoptr(GtMonthlyReport) edited = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->first);
  const char *argv[] = {
    /* Debian's, as build-aux/setup installs it (a python3 earlier in PATH may
     * lack sqlite3). */
    "/usr/bin/python3", "-c",
    "import sqlite3, sys\n"
    "db = sqlite3.connect (sys.argv[1])\n"
    "db.execute ('UPDATE monthly_reports SET completed = 3330000 "
    "WHERE project_id = ? AND month = \\'2026-02\\'', (int (sys.argv[2]),))\n"
    "db.commit ()\n",
    gt_store_get_path (f->store), id, NULL
  };
  g_autofree char *err_text = NULL;
  int status = -1;

  if (gt_test_on_server ())
    {
      g_test_skip ("another program's SQL is written to a file here");
      return;
    }
  gt_report_sheet_load (sheet, 2026, 2, &error);
  g_assert_no_error (error);
  g_assert_true (gt_report_row_has_report (row_at (sheet, 0)));

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               NULL, &err_text, &status, &error));
  if (!g_spawn_check_wait_status (status, NULL))
    g_printerr ("%s", err_text);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  edited = gt_monthly_report_copy (gt_report_row_get_report (row_at (sheet, 0)));
  gt_monthly_report_set_percent (edited, 40);
  g_assert_false (gt_report_sheet_save (sheet, row_at (sheet, 0), edited, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  stored = gt_store_list_monthly_reports (f->store, f->first, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gt_monthly_report_get_completed (g_ptr_array_index (stored, 2)), ==,
                   333 * WAN);
}

static void
test_follows_projects (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GtReportSheet) sheet = gt_report_sheet_new (f->store);
  g_autoptr(GError) error = NULL;
  GtProject *project;

  gt_report_sheet_load (sheet, 2026, 2, &error);
  g_assert_no_error (error);
  add_project (f->store, "新建学校", 500);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sheet)), ==, 3);

  project = gt_store_lookup_project (f->store, f->second);
  gt_store_delete_project (f->store, project, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sheet)), ==, 2);
  g_assert_cmpint (gt_project_get_id (gt_report_row_get_project (row_at (sheet, 1))), !=,
                   f->second);
}

/* A figure typed over is one undo away; a first report of a month, undone, is
 * gone again; the sheet shows what the file holds after each. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GtReportSheet) sheet = gt_report_sheet_new (f->store);
  g_autoptr(GtMonthlyReport) edited = NULL;
  g_autoptr(GtMonthlyReport) first = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  GtReportRow *row;

  gt_report_sheet_load (sheet, 2026, 2, &error);
  g_assert_no_error (error);
  row = row_at (sheet, 0);
  edited = gt_monthly_report_copy (gt_report_row_get_report (row));
  gt_monthly_report_set_completed (edited, 999 * WAN);
  gt_report_sheet_save (sheet, row, edited, &error);
  g_assert_no_error (error);
  g_assert_true (gt_store_can_undo (f->store));
  g_assert_nonnull (strstr (gt_store_get_undo_label (f->store), "城北污水处理厂"));

  gt_store_undo (f->store, &error);
  g_assert_no_error (error);
  row = row_at (sheet, 0);
  g_assert_cmpint (gt_monthly_report_get_completed (gt_report_row_get_report (row)), ==,
                   200 * WAN);
  g_assert_cmpint (gt_report_row_get_cumulative (row), ==, 300 * WAN);

  gt_store_redo (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gt_report_row_get_cumulative (row_at (sheet, 0)), ==, 1099 * WAN);

  /* March had no report: undoing the first one takes it away again. */
  gt_report_sheet_load (sheet, 2026, 3, &error);
  g_assert_no_error (error);
  row = row_at (sheet, 0);
  first = gt_monthly_report_copy (gt_report_row_get_report (row));
  gt_monthly_report_set_completed (first, 10 * WAN);
  gt_report_sheet_save (sheet, row, first, &error);
  g_assert_no_error (error);
  g_assert_true (gt_report_row_has_report (row_at (sheet, 0)));
  gt_store_undo (f->store, &error);
  g_assert_no_error (error);
  g_assert_false (gt_report_row_has_report (row_at (sheet, 0)));
  stored = gt_store_list_monthly_reports (f->store, f->first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 3);   /* December, January, February; no March */
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/report-sheet/load", Fixture, NULL, fixture_set_up, test_load,
              fixture_tear_down);
  g_test_add ("/report-sheet/save", Fixture, NULL, fixture_set_up, test_save,
              fixture_tear_down);
  g_test_add ("/report-sheet/other-desk", Fixture, NULL, fixture_set_up, test_other_desk,
              fixture_tear_down);
  g_test_add ("/report-sheet/other-program", Fixture, NULL, fixture_set_up, test_other_program,
              fixture_tear_down);
  g_test_add ("/report-sheet/follows-projects", Fixture, NULL, fixture_set_up,
              test_follows_projects, fixture_tear_down);
  g_test_add ("/report-sheet/undo", Fixture, NULL, fixture_set_up, test_undo,
              fixture_tear_down);

  return g_test_run ();
}
