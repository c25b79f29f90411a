/* test-summary-edges.c: the edges of the summary's year, each case guarding
 * an off-by-one that the demo register's figures would not show.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-store.h"
#include "gt-summary.h"
#include "gt-test-util.h"

static void
save_report (GtStore *store,
             gint64   project_id,
             int      year,
             int      month,
             gint64   yuan)
{
  g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();
  g_autoptr(GError) error = NULL;

  gt_monthly_report_set_project_id (report, project_id);
  gt_monthly_report_set_month (report, year, month);
  gt_monthly_report_set_completed (report, yuan);
  g_assert_true (gt_store_save_monthly_report (store, report, &error));
  g_assert_no_error (error);
}

/* The year's completed investment counts the reports of January and of
 * December, and none of the months either side. Guards the month range's
 * bounds (a December report left out by "< last month", a January one by
 * "> first month"). */
static void
test_year_bounds (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "guatu.db", NULL);
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;
  GtSummary summary = { 0 };

  {
    g_autoptr(GtStore) store = gt_store_open (path, &error);

    g_assert_no_error (error);
    gt_project_set_name (project, "城东污水处理厂");
    g_assert_true (gt_store_add_project (store, project, &error));
    g_assert_no_error (error);

    save_report (store, gt_project_get_id (project), 2025, 12, 1);
    save_report (store, gt_project_get_id (project), 2026, 1, 10000);
    save_report (store, gt_project_get_id (project), 2026, 6, 200);
    save_report (store, gt_project_get_id (project), 2026, 12, 30);
    save_report (store, gt_project_get_id (project), 2027, 1, 4);

    g_assert_true (gt_summary_compute (store, 2026, today, &summary, &error));
    g_assert_no_error (error);
    g_assert_cmpint (summary.completed, ==, 10230);
    g_assert_cmpuint (summary.projects, ==, 1);
  }

  gt_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/summary-edges/year-bounds", test_year_bounds);

  return g_test_run ();
}
