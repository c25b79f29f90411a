/* test-returns.c: the units' returns (回执) taken in.
 *
 * On the demo register as of 15 November 2026, November's templates go out
 * (gt-report-template.c), a clerk fills one in (gt-test-returns.c rewrites
 * its cells inside the zip) and it comes back: the figures, the new issue,
 * the change history as "return:UNIT", one step of undo and the filing
 * status follow; the same return again changes nothing and writes no
 * history. Tampered returns are refused (another month, another register,
 * the hidden sheet removed, a closed month, bad cells: all of the file or
 * nothing) or flagged (a read-only cell changed, a month above half the
 * plan, 1—N月累计 going down). Rows are matched by their hidden id, then
 * code, then name. A return saved again by LibreOffice Calc is taken too
 * (skipped without it). With --server, the same on a register on a PostgreSQL
 * server (suite server, inside pg_virtualenv; skipped without one).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "gt-demo.h"
#include "gt-filing.h"
#include "gt-history.h"
#include "gt-ledger-sheet.h"
#include "gt-report-template.h"
#include "gt-returns.h"
#include "gt-test-returns.h"
#include "gt-test-server.h"
#include "gt-test-util.h"

#define YEAR  2026
#define MONTH 11

/* --server: the register on the PostgreSQL server of pg_virtualenv. */
static gboolean on_server;

typedef struct {
  char      *dir;
  GtStore   *store;
  GPtrArray *templates;   /* the paths written */
  guint      copies;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GtTemplateSet) set = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  GDate today;

  f->dir = gt_test_make_dir ();
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, MONTH, YEAR);
  if (on_server)
    {
      if (!gt_test_server_reset (NULL))
        return;
      f->store = gt_store_open (gt_test_server_url (), &error);
      g_assert_no_error (error);
      g_assert_true (gt_demo_populate (f->store, gt_demo_size_default (), &today, &error));
      g_assert_no_error (error);
    }
  else
    f->store = gt_test_open_demo (f->dir, &today);
  set = gt_template_set_collect (f->store, YEAR, MONTH, GT_TEMPLATE_BY_UNIT, 25, &error);
  g_assert_no_error (error);
  out = g_build_filename (f->dir, "out", NULL);
  f->templates = gt_template_set_write (set, out, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->templates->len, >, 1);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->store);
  g_clear_pointer (&f->templates, g_ptr_array_unref);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* A copy of template @index, as a unit sends it back. */
static char *
copy_template (Fixture *f,
               guint    index)
{
  g_autofree char *contents = NULL;
  g_autofree char *base = g_path_get_basename (g_ptr_array_index (f->templates, index));
  g_autofree char *name = g_strdup_printf ("%u-%s", f->copies++, base);
  char *path = g_build_filename (f->dir, name, NULL);
  gsize length;

  g_assert_true (g_file_get_contents (g_ptr_array_index (f->templates, index), &contents,
                                      &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

/* The project ids of the data rows, in order, from the hidden sheet. */
static GArray *
row_ids (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) hidden = gt_ledger_sheet_load (path, 1, &error);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint r = 0;

  g_assert_no_error (error);
  while (r < gt_ledger_sheet_n_rows (hidden)
         && !g_str_equal (gt_ledger_sheet_get (hidden, r, 0), GT_TEMPLATE_KEY_ROWS))
    r++;
  for (r++; r < gt_ledger_sheet_n_rows (hidden); r++)
    {
      gint64 id = g_ascii_strtoll (gt_ledger_sheet_get (hidden, r, 1), NULL, 10);

      g_array_append_val (ids, id);
    }
  g_assert_cmpuint (ids->len, >, 0);
  return ids;
}

static char *
unit_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) hidden = gt_ledger_sheet_load (path, 1, &error);

  g_assert_no_error (error);
  for (guint r = 0; r < gt_ledger_sheet_n_rows (hidden); r++)
    if (g_str_equal (gt_ledger_sheet_get (hidden, r, 0), GT_TEMPLATE_KEY_UNIT_NAME))
      return g_strdup (gt_ledger_sheet_get (hidden, r, 1));
  g_assert_not_reached ();
}

static void
set_cell (const char *path,
          char        column,
          guint       row,
          const char *value,
          gboolean    number)
{
  g_autofree char *ref = g_strdup_printf ("%c%u", column, row);

  gt_test_return_set_cell (path, ref, value, number);
}

/* The project's report of the month, or NULL. */
static GtMonthlyReport *
report_of (GtStore *store,
           gint64   project_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reports = gt_store_list_monthly_reports (store, project_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < reports->len; i++)
    {
      GtMonthlyReport *report = g_ptr_array_index (reports, i);

      if (gt_monthly_report_get_year (report) == YEAR
          && gt_monthly_report_get_month (report) == MONTH)
        return g_object_ref (report);
    }
  return NULL;
}

static gint64
completed_of (GtStore *store,
              gint64   project_id)
{
  g_autoptr(GtMonthlyReport) report = report_of (store, project_id);

  return report != NULL ? gt_monthly_report_get_completed (report) : -1;
}

static guint
history_length (GtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = gt_history_list (store, 0, 0, 0, &error);

  g_assert_no_error (error);
  return entries->len;
}

static const GtReturnFlag *
find_flag (GtReturnPlan     *plan,
           GtReturnFlagKind  kind)
{
  GPtrArray *flags = gt_return_plan_get_flags (plan);

  for (guint i = 0; i < flags->len; i++)
    if (((GtReturnFlag *) g_ptr_array_index (flags, i))->kind == kind)
      return g_ptr_array_index (flags, i);
  return NULL;
}

static gboolean
has_issue (GtStore    *store,
           gint64      project_id,
           const char *text)
{
  GListModel *issues = gt_store_get_issues (store);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);

      n += gt_issue_get_project_id (issue) == project_id
           && g_str_equal (gt_issue_get_description (issue), text);
    }
  g_assert_cmpuint (n, <=, 1);
  return n == 1;
}

/* The category of the issue @text of @project_id; fails when there is none. */
static GtIssueCategory
category_of (GtStore    *store,
             gint64      project_id,
             const char *text)
{
  GListModel *issues = gt_store_get_issues (store);

  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);

      if (gt_issue_get_project_id (issue) == project_id &&
          g_str_equal (gt_issue_get_description (issue), text))
        return gt_issue_get_category (issue);
    }
  g_assert_not_reached ();
}

/* Both layers spell the hidden sheet alike. */
static void
test_keys (void)
{
  g_assert_cmpstr (GT_RETURN_SHEET, ==, GT_TEMPLATE_SHEET);
  g_assert_cmpstr (GT_RETURN_KEY_KIND, ==, GT_TEMPLATE_KEY_KIND);
  g_assert_cmpstr (GT_RETURN_KEY_REGISTER, ==, GT_TEMPLATE_KEY_REGISTER);
  g_assert_cmpstr (GT_RETURN_KEY_MONTH, ==, GT_TEMPLATE_KEY_MONTH);
  g_assert_cmpstr (GT_RETURN_KEY_UNIT_ID, ==, GT_TEMPLATE_KEY_UNIT_ID);
  g_assert_cmpstr (GT_RETURN_KEY_UNIT_NAME, ==, GT_TEMPLATE_KEY_UNIT_NAME);
  g_assert_cmpstr (GT_RETURN_KEY_SHEET, ==, GT_TEMPLATE_KEY_SHEET);
  g_assert_cmpstr (GT_RETURN_KEY_FIRST_ROW, ==, GT_TEMPLATE_KEY_FIRST_ROW);
  g_assert_cmpstr (GT_RETURN_KEY_COLUMNS, ==, GT_TEMPLATE_KEY_COLUMNS);
  g_assert_cmpstr (GT_RETURN_KEY_ROWS, ==, GT_TEMPLATE_KEY_ROWS);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = copy_template (f, 0);
  g_autofree char *unit = unit_of (path);
  g_autofree char *source = g_strconcat ("return:", unit, NULL);
  g_autofree char *label = g_strdup_printf ("Return from “%s”", unit);
  g_autoptr(GArray) ids = row_ids (path);
  g_autoptr(GtReturnPlan) plan = NULL;
  g_autoptr(GtReturnPlan) again = NULL;
  g_autoptr(GtMonthlyReport) report = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) filings = NULL;
  g_autoptr(GError) error = NULL;
  gint64 first = g_array_index (ids, gint64, 0);
  gint64 old_first = completed_of (f->store, first);
  GtReturnChange *change;
  guint n_changed = 0, n_history, n_sourced = 0;
  gboolean found = FALSE;
  GDate today;

  for (guint i = 0; i < ids->len; i++)
    set_cell (path, 'F', 4 + i, "1.25", TRUE);
  set_cell (path, 'G', 4, "40", TRUE);
  set_cell (path, 'H', 4, "主体结构施工至三层", FALSE);
  set_cell (path, 'I', 4, "施工用电尚未接入", FALSE);

  plan = gt_return_plan_new (f->store, path, YEAR, MONTH, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gt_return_plan_get_unit_name (plan), ==, unit);
  g_assert_false (gt_return_plan_is_refused (plan));
  g_assert_cmpuint (gt_return_plan_get_changes (plan)->len, ==, ids->len);
  g_assert_cmpuint (gt_return_plan_count_new_issues (plan), ==, 1);
  change = g_ptr_array_index (gt_return_plan_get_changes (plan), 0);
  g_assert_cmpint (change->project_id, ==, first);
  g_assert_cmpuint (change->row, ==, 4);
  g_assert_true (change->changed[GT_RETURN_FIELD_COMPLETED]);
  g_assert_cmpstr (change->new_text[GT_RETURN_FIELD_COMPLETED], ==, "1.25");
  g_assert_cmpstr (change->new_text[GT_RETURN_FIELD_PERCENT], ==, "40%");
  g_assert_cmpstr (change->new_text[GT_RETURN_FIELD_PROGRESS], ==, "主体结构施工至三层");
  g_assert_cmpstr (g_ptr_array_index (change->new_issues, 0), ==, "施工用电尚未接入");
  if (old_first >= 0)
    g_assert_nonnull (change->old_text[GT_RETURN_FIELD_COMPLETED]);
  else
    g_assert_null (change->old_text[GT_RETURN_FIELD_COMPLETED]);

  g_assert_true (gt_return_plan_apply (plan, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, ids->len);

  /* The figures. */
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpint (completed_of (f->store, g_array_index (ids, gint64, i)), ==, 12500);
  report = report_of (f->store, first);
  g_assert_cmpint (gt_monthly_report_get_percent (report), ==, 40);
  g_assert_cmpstr (gt_monthly_report_get_progress_note (report), ==, "主体结构施工至三层");
  g_assert_cmpstr (gt_monthly_report_get_problems (report), ==, "施工用电尚未接入");
  g_assert_true (has_issue (f->store, first, "施工用电尚未接入"));

  /* The change history names the unit; one step of undo. */
  history = gt_history_list (f->store, first, 0, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < history->len; i++)
    {
      GtHistoryEntry *entry = g_ptr_array_index (history, i);

      if (g_strcmp0 (entry->source, source) == 0)
        n_sourced++;
    }
  g_assert_cmpuint (n_sourced, >=, 2);   /* the report, the issue */
  g_assert_true (gt_store_can_undo (f->store));
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, label);

  /* The unit has filed. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 20, MONTH, YEAR);
  filings = gt_filing_list (f->store, YEAR, MONTH, 25, &today, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < filings->len; i++)
    {
      GtFiling *filing = g_ptr_array_index (filings, i);

      if (!g_str_equal (filing->unit, unit))
        continue;
      found = TRUE;
      g_assert_cmpuint (filing->filed, ==, filing->projects);
      g_assert_cmpuint (filing->projects, ==, ids->len);
      g_assert_nonnull (filing->filed_at);
      /* Filed when it was taken in, by the clock: in time or late. */
      g_assert_cmpint (filing->status, !=, GT_FILING_MISSING);
    }
  g_assert_true (found);

  /* The same return again: nothing to change, nothing written. */
  n_history = history_length (f->store);
  again = gt_return_plan_new (f->store, path, YEAR, MONTH, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gt_return_plan_get_changes (again)->len, ==, 0);
  g_assert_cmpuint (gt_return_plan_count_new_issues (again), ==, 0);
  g_assert_true (gt_return_plan_apply (again, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpuint (history_length (f->store), ==, n_history);
  g_assert_true (has_issue (f->store, first, "施工用电尚未接入"));
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, label);

  /* Undone whole. */
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (completed_of (f->store, first), ==, old_first);
  g_assert_false (has_issue (f->store, first, "施工用电尚未接入"));
}

static void
assert_refused (Fixture       *f,
                const char    *path,
                int            year,
                int            month,
                GtReturnError  code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_path_get_basename (path);
  GtReturnPlan *plan = gt_return_plan_new (f->store, path, year, month, &error);

  g_assert_null (plan);
  g_assert_error (error, GT_RETURN_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, base));
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *month = copy_template (f, 0);
  g_autofree char *other = copy_template (f, 0);
  g_autofree char *hidden = copy_template (f, 0);
  g_autofree char *closed = copy_template (f, 1);
  g_autofree char *not_xlsx = g_build_filename (f->dir, "notes.xlsx", NULL);
  g_autofree char *register_id = gt_store_dup_register_id (f->store);
  g_autoptr(GError) error = NULL;
  guint n_history = history_length (f->store);

  /* Another month than the one asked; the month it is, taken. */
  set_cell (month, 'F', 4, "2", TRUE);
  assert_refused (f, month, YEAR, MONTH - 1, GT_RETURN_ERROR_OTHER_MONTH);
  {
    g_autoptr(GtReturnPlan) plan = gt_return_plan_new (f->store, month, 0, 0, &error);

    g_assert_no_error (error);
    g_assert_nonnull (plan);
  }

  /* Another register's. */
  gt_test_return_replace (other, "xl/sharedStrings.xml", register_id, "another-register");
  assert_refused (f, other, YEAR, MONTH, GT_RETURN_ERROR_OTHER_REGISTER);

  /* The hidden sheet removed. */
  gt_test_return_drop_hidden (hidden);
  assert_refused (f, hidden, YEAR, MONTH, GT_RETURN_ERROR_NOT_A_RETURN);

  /* Not a workbook at all. */
  g_assert_true (g_file_set_contents (not_xlsx, "项目,金额\n", -1, NULL));
  assert_refused (f, not_xlsx, 0, 0, GT_RETURN_ERROR_UNREADABLE);

  /* A month signed off. */
  set_cell (closed, 'F', 4, "2", TRUE);
  g_assert_true (gt_history_close_month (f->store, YEAR, MONTH, &error));
  g_assert_no_error (error);
  assert_refused (f, closed, YEAR, MONTH, GT_RETURN_ERROR_CLOSED);

  g_assert_cmpuint (history_length (f->store), ==, n_history);
}

/* A bad cell refuses the whole file, naming its row and column. */
static void
test_bad_values (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = copy_template (f, 0);
  g_autofree char *range = copy_template (f, 0);
  g_autoptr(GArray) ids = row_ids (path);
  g_autoptr(GtReturnPlan) plan = NULL;
  g_autoptr(GtReturnPlan) plan2 = NULL;
  g_autoptr(GError) error = NULL;
  const GtReturnFlag *flag;
  gint64 second_before;
  guint n_history = history_length (f->store);

  g_assert_cmpuint (ids->len, >=, 2);
  second_before = completed_of (f->store, g_array_index (ids, gint64, 1));
  set_cell (path, 'F', 4, "两百", FALSE);
  set_cell (path, 'F', 5, "3", TRUE);
  plan = gt_return_plan_new (f->store, path, YEAR, MONTH, &error);
  g_assert_no_error (error);
  g_assert_true (gt_return_plan_is_refused (plan));
  flag = find_flag (plan, GT_RETURN_FLAG_BAD_VALUE);
  g_assert_nonnull (flag);
  g_assert_cmpuint (flag->row, ==, 4);
  g_assert_cmpuint (flag->column, ==, 6);
  g_assert_nonnull (strstr (flag->message, "Row 4, column F"));
  g_assert_false (gt_return_plan_apply (plan, NULL, &error));
  g_assert_error (error, GT_RETURN_ERROR, GT_RETURN_ERROR_BAD_VALUES);
  g_assert_nonnull (strstr (error->message, "Row 4"));
  g_clear_error (&error);
  g_assert_cmpint (completed_of (f->store, g_array_index (ids, gint64, 1)), ==, second_before);
  g_assert_cmpuint (history_length (f->store), ==, n_history);

  /* Outside the validation: a percentage above 100, an amount below 0. */
  set_cell (range, 'G', 4, "150", TRUE);
  set_cell (range, 'F', 5, "-3", TRUE);
  plan2 = gt_return_plan_new (f->store, range, YEAR, MONTH, &error);
  g_assert_no_error (error);
  g_assert_true (gt_return_plan_is_refused (plan2));
  flag = find_flag (plan2, GT_RETURN_FLAG_OUT_OF_RANGE);
  g_assert_nonnull (flag);
  g_assert_cmpuint (flag->row, ==, 4);
  g_assert_cmpuint (flag->column, ==, 7);
  g_assert_false (gt_return_plan_apply (plan2, NULL, &error));
  g_assert_error (error, GT_RETURN_ERROR, GT_RETURN_ERROR_BAD_VALUES);
  g_assert_cmpuint (history_length (f->store), ==, n_history);
}

/* Taken, but flagged for the office to query. */
static void
test_flags (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *locked = copy_template (f, 0);
  g_autofree char *lower = copy_template (f, 0);
  g_autoptr(GArray) ids = row_ids (locked);
  g_autoptr(GtReturnPlan) plan = NULL;
  g_autoptr(GtReturnPlan) down = NULL;
  g_autoptr(GError) error = NULL;
  gint64 first = g_array_index (ids, gint64, 0);
  gint64 total = gt_project_get_total_investment (gt_store_lookup_project (f->store, first));
  gint64 plan_yuan = gt_store_get_annual_plan (f->store, first, YEAR);
  g_autofree char *big = NULL;
  const GtReturnFlag *flag;

  /* A read-only cell changed (总投资), and a month of 80 % of the year plan
   * (or, without a plan, a large figure). */
  big = g_strdup_printf ("%.4f", plan_yuan > 0 ? plan_yuan * 0.8 / 10000.0 : 50000.0);
  set_cell (locked, 'C', 4, "99999", TRUE);
  set_cell (locked, 'F', 4, big, TRUE);
  plan = gt_return_plan_new (f->store, locked, YEAR, MONTH, &error);
  g_assert_no_error (error);
  g_assert_false (gt_return_plan_is_refused (plan));
  flag = find_flag (plan, GT_RETURN_FLAG_LOCKED_CHANGED);
  g_assert_nonnull (flag);
  g_assert_cmpuint (flag->row, ==, 4);
  g_assert_cmpuint (flag->column, ==, 3);
  g_assert_cmpint (flag->project_id, ==, first);
  if (plan_yuan > 0)
    g_assert_nonnull (find_flag (plan, GT_RETURN_FLAG_MONTH_ABOVE_HALF_PLAN));
  g_assert_true (gt_return_plan_apply (plan, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_project_get_total_investment (gt_store_lookup_project (f->store, first)),
                   ==, total);

  /* Then a lower figure for the same month: 1—N月累计 goes down. */
  set_cell (lower, 'F', 4, "0.5", TRUE);
  down = gt_return_plan_new (f->store, lower, YEAR, MONTH, &error);
  g_assert_no_error (error);
  g_assert_nonnull (find_flag (down, GT_RETURN_FLAG_CUMULATIVE_DOWN));
  g_assert_false (gt_return_plan_is_refused (down));
  g_assert_true (gt_return_plan_apply (down, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (completed_of (f->store, first), ==, 5000);
}

/* Rows matched by code when the id is gone, by name when the code is too; a
 * filled row of no project refuses the file. */
static void
test_matching (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = copy_template (f, 0);
  g_autofree char *stray = copy_template (f, 0);
  g_autoptr(GArray) ids = row_ids (path);
  g_autoptr(GtReturnPlan) plan = NULL;
  g_autoptr(GtReturnPlan) refused = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *changes;

  g_assert_cmpuint (ids->len, >=, 2);
  set_cell (path, 'J', 4, "x", FALSE);
  set_cell (path, 'F', 4, "7", TRUE);
  set_cell (path, 'J', 5, "x", FALSE);
  set_cell (path, 'A', 5, "", FALSE);
  set_cell (path, 'F', 5, "8", TRUE);
  plan = gt_return_plan_new (f->store, path, YEAR, MONTH, &error);
  g_assert_no_error (error);
  g_assert_false (gt_return_plan_is_refused (plan));
  changes = gt_return_plan_get_changes (plan);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpint (((GtReturnChange *) changes->pdata[0])->project_id, ==,
                   g_array_index (ids, gint64, 0));
  g_assert_cmpint (((GtReturnChange *) changes->pdata[1])->project_id, ==,
                   g_array_index (ids, gint64, 1));

  set_cell (stray, 'J', 4, "x", FALSE);
  set_cell (stray, 'A', 4, "no such code", FALSE);
  set_cell (stray, 'B', 4, "no such project", FALSE);
  set_cell (stray, 'F', 4, "7", TRUE);
  refused = gt_return_plan_new (f->store, stray, YEAR, MONTH, &error);
  g_assert_no_error (error);
  g_assert_true (gt_return_plan_is_refused (refused));
  g_assert_nonnull (find_flag (refused, GT_RETURN_FLAG_UNMATCHED));
}

/* A return as a spreadsheet saves it again: filled in, then read and written
 * by LibreOffice Calc (skipped without it), it is still matched, its locked
 * cells still as sent, and taken in. */
static void
test_libreoffice (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *path = copy_template (f, 0);
  g_autofree char *out = g_build_filename (f->dir, "lo", NULL);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *saved = g_build_filename (out, base, NULL);
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile",
                                              f->dir);
  g_autoptr(GArray) ids = row_ids (path);
  g_autoptr(GtReturnPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = {
    soffice, profile, "--headless", "--convert-to", "xlsx:Calc Office Open XML", "--outdir",
    out, path, NULL
  };
  guint n_changed = 0;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  for (guint i = 0; i < ids->len; i++)
    set_cell (path, 'F', 4 + i, "2.5", TRUE);
  set_cell (path, 'H', 4, "主体完工", FALSE);
  g_assert_cmpint (g_mkdir_with_parents (out, 0700), ==, 0);
  g_spawn_sync (f->dir, (char **) argv, NULL,
                G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                NULL, &error);
  g_assert_no_error (error);
  if (!g_file_test (saved, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("LibreOffice Calc is not installed");
      return;
    }

  plan = gt_return_plan_new (f->store, saved, YEAR, MONTH, &error);
  g_assert_no_error (error);
  g_assert_false (gt_return_plan_is_refused (plan));
  g_assert_null (find_flag (plan, GT_RETURN_FLAG_LOCKED_CHANGED));
  g_assert_cmpuint (gt_return_plan_get_changes (plan)->len, ==, ids->len);
  g_assert_true (gt_return_plan_apply (plan, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, ids->len);
  g_assert_cmpint (completed_of (f->store, g_array_index (ids, gint64, 0)), ==, 25000);
}

/* Rows sorted by the unit (as an unprotected sheet lets it): the first two
 * rows swapped, each row's hidden id with it. Each figure goes to its own
 * project, and no locked cell is taken for changed. */
static void
test_sorted (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = copy_template (f, 0);
  g_autoptr(GArray) ids = row_ids (path);
  g_autoptr(GtLedgerSheet) sheet = NULL;
  g_autoptr(GtReturnPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *changes;

  g_assert_cmpuint (ids->len, >=, 2);
  sheet = gt_ledger_sheet_load (path, 0, &error);
  g_assert_no_error (error);
  for (guint c = 0; c < 10; c++)
    {
      /* A, B text; C–E and J numbers; F–I empty. */
      gboolean number = (c >= 2 && c <= 4) || c == 9;

      if (c >= 5 && c <= 8)
        continue;
      set_cell (path, (char) ('A' + c), 4, gt_ledger_sheet_get (sheet, 4, c), number);
      set_cell (path, (char) ('A' + c), 5, gt_ledger_sheet_get (sheet, 3, c), number);
    }
  set_cell (path, 'F', 4, "6", TRUE);   /* now the second project's row */
  set_cell (path, 'F', 5, "5", TRUE);   /* now the first's */

  plan = gt_return_plan_new (f->store, path, YEAR, MONTH, &error);
  g_assert_no_error (error);
  g_assert_false (gt_return_plan_is_refused (plan));
  g_assert_null (find_flag (plan, GT_RETURN_FLAG_LOCKED_CHANGED));
  changes = gt_return_plan_get_changes (plan);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_true (gt_return_plan_apply (plan, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (completed_of (f->store, g_array_index (ids, gint64, 0)), ==, 50000);
  g_assert_cmpint (completed_of (f->store, g_array_index (ids, gint64, 1)), ==, 60000);
}

/* A folder lists its workbooks, not Office's lock files. */
static void
test_list_files (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "out", NULL);
  g_autofree char *lock = g_build_filename (out, "~$lock.xlsx", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing", NULL);
  const char *paths[] = { out, NULL };
  const char *bad[] = { missing, NULL };
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (lock, "", 0, NULL));
  files = gt_returns_list_files (paths, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (files->len, ==, f->templates->len);
  g_assert_null (gt_returns_list_files (bad, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

typedef void (*TestFunc) (Fixture *f, gconstpointer data);

/* Runs the test of @data when set_up() made a store (not without a server). */
static void
run (Fixture       *f,
     gconstpointer  data)
{
  if (f->store != NULL)
    ((TestFunc) data) (f, NULL);
}

/* An issue from a return is put in a category by its words, as a ledger's
 * is (gt-issue-category-guess.c); words of none leave it "other". */
static void
test_issue_category (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = copy_template (f, 0);
  g_autoptr(GArray) ids = row_ids (path);
  g_autoptr(GtReturnPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  gint64 first = g_array_index (ids, gint64, 0);
  guint n_changed = 0;

  g_assert_cmpuint (ids->len, >=, 2);
  set_cell (path, 'I', 4, "用地指标未落实", FALSE);
  set_cell (path, 'I', 5, "业主方人员调整", FALSE);
  plan = gt_return_plan_new (f->store, path, YEAR, MONTH, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gt_return_plan_count_new_issues (plan), ==, 2);
  g_assert_true (gt_return_plan_apply (plan, &n_changed, &error));
  g_assert_no_error (error);

  g_assert_cmpint (category_of (f->store, first, "用地指标未落实"), ==,
                   GT_ISSUE_CATEGORY_LAND);
  g_assert_cmpint (category_of (f->store, g_array_index (ids, gint64, 1), "业主方人员调整"),
                   ==, GT_ISSUE_CATEGORY_OTHER);
}

static void
add (const char *path,
     TestFunc    func)
{
  g_test_add (path, Fixture, (gconstpointer) func, set_up, run, tear_down);
}

int
main (int   argc,
      char *argv[])
{
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--server"))
      {
        on_server = TRUE;
        memmove (&argv[i], &argv[i + 1], (argc - i) * sizeof (char *));
        argc--;
        break;
      }
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/returns/keys", test_keys);
  add ("/returns/round-trip", test_round_trip);
  add ("/returns/issue-category", test_issue_category);
  add ("/returns/refused", test_refused);
  add ("/returns/bad-values", test_bad_values);
  add ("/returns/flags", test_flags);
  add ("/returns/matching", test_matching);
  add ("/returns/sorted", test_sorted);
  add ("/returns/list-files", test_list_files);
  add ("/returns/libreoffice", test_libreoffice);

  return g_test_run ();
}
