/* test-summary-edges.c: the edges of the summary's year, each case guarding
 * an off-by-one that the demo register's figures would not show, and the
 * issues (undated, dated after the as-of day, deleted) on which a summary
 * read apart from the figures would part from them. Runs on a file and on
 * the server (test-summary-edges-on-server).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-as-of.h"
#include "gt-figures.h"
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

/* The year's completed investment, as of December, counts the reports of
 * January and of December, and none of the months either side; as of a day in
 * November, none of December's. Guards the month range's bounds (a December
 * report left out by "< last month", a January one by "> first month"). */
static void
test_year_bounds (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_register_location (dir, "guatu.db");
  g_autoptr(GDate) november = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_autoptr(GDate) december = g_date_new_dmy (31, G_DATE_DECEMBER, 2026);
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

    g_assert_true (gt_summary_compute (store, 2026, december, &summary, &error));
    g_assert_no_error (error);
    g_assert_cmpint (summary.completed, ==, 10230);
    g_assert_cmpuint (summary.projects, ==, 1);

    g_assert_true (gt_summary_compute (store, 2026, november, &summary, &error));
    g_assert_no_error (error);
    g_assert_cmpint (summary.completed, ==, 10200);

    /* A year over is summed up to its end, whatever the day. */
    g_assert_true (gt_summary_compute (store, 2025, november, &summary, &error));
    g_assert_no_error (error);
    g_assert_cmpint (summary.completed, ==, 1);
  }

  gt_test_remove_tree (dir);
}

static GDate *
date_or_null (int year,
              int month,
              int day)
{
  return year > 0 ? g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year)
                  : NULL;
}

/* An issue of @project_id with the dates given (year 0: none). */
static GtIssue *
add_issue (GtStore       *store,
           gint64         project_id,
           GtIssueStatus  status,
           int            raised_y, int raised_m, int raised_d,
           int            deadline_y, int deadline_m, int deadline_d,
           int            resolved_y, int resolved_m, int resolved_d,
           int            closed_y, int closed_m, int closed_d)
{
  g_autoptr(GtIssue) issue = gt_issue_new ();
  g_autoptr(GDate) raised_on = date_or_null (raised_y, raised_m, raised_d);
  g_autoptr(GDate) deadline = date_or_null (deadline_y, deadline_m, deadline_d);
  g_autoptr(GDate) resolved_on = date_or_null (resolved_y, resolved_m, resolved_d);
  g_autoptr(GDate) closed_on = date_or_null (closed_y, closed_m, closed_d);
  g_autoptr(GError) error = NULL;

  gt_issue_set_project_id (issue, project_id);
  gt_issue_set_description (issue, "征地拆迁未完成");
  gt_issue_set_status (issue, status);
  gt_issue_set_raised_on (issue, raised_on);
  gt_issue_set_deadline (issue, deadline);
  gt_issue_set_resolved_on (issue, resolved_on);
  gt_issue_set_closed_on (issue, closed_on);
  if (status == GT_ISSUE_STATUS_RESOLVED || status == GT_ISSUE_STATUS_CLOSED)
    gt_issue_set_resolution (issue, "已协调解决");
  g_assert_true (gt_store_add_issue (store, issue, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&issue);
}

static GtProject *
add_project (GtStore    *store,
             const char *name,
             GtStage     stage,
             gint64      investment,
             gint64      plan)
{
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;

  gt_project_set_name (project, name);
  gt_project_set_stage (project, stage);
  gt_project_set_total_investment (project, investment);
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
  g_assert_true (gt_store_set_annual_plan (store, gt_project_get_id (project), 2026, plan,
                                           &error));
  g_assert_no_error (error);
  return g_steal_pointer (&project);
}

/* Registers from before the dates were required (an old import) hold issues
 * resolved or closed with no date at all. */
static const GtDbQuery forget_dates =
  GT_DB_QUERY ("test-forget-dates",
               "UPDATE issues SET raised_on = CASE WHEN ?2 = 1 THEN NULL ELSE raised_on END,"
               " resolved_on = NULL, closed_on = NULL WHERE id = ?1");

static void
forget_issue_dates (GtStore *store,
                    GtIssue *issue,
                    gboolean raised_too)
{
  g_autoptr(GError) error = NULL;
  GtDb *db = gt_test_db_connect (gt_store_get_path (store));
  GtDbStmt *stmt = gt_db_prepare (db, &forget_dates, &error);

  g_assert_no_error (error);
  gt_db_stmt_bind_int64 (stmt, 1, gt_issue_get_id (issue));
  gt_db_stmt_bind_int64 (stmt, 2, raised_too);
  g_assert_true (gt_db_stmt_run (stmt, &error));
  g_assert_no_error (error);
  gt_db_close (db);
}

/* The summary of @year as of @day says what the figures of the same month say:
 * the overview, the notice and print read the figures, the command line the
 * summary, and an office that compares them must find the same counts. */
static void
assert_agree (GtStore     *store,
              int          year,
              int          month,
              const GDate *day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtFigures) figures = NULL;
  const GtFiguresGroup *total;
  GtSummary summary;

  figures = gt_figures_compute (store, year, month, NULL, NULL, day, &error);
  g_assert_no_error (error);
  g_assert_true (gt_summary_compute (store, year, day, &summary, &error));
  g_assert_no_error (error);
  total = &figures->total;

  g_assert_cmpint (summary.year, ==, year);
  g_assert_cmpuint (summary.projects, ==, total->projects);
  g_assert_cmpint (summary.total_investment, ==, total->total_investment);
  g_assert_cmpint (summary.annual_plan, ==, total->annual_plan);
  g_assert_cmpint (summary.completed, ==, total->completed);
  for (int s = 0; s < GT_N_STAGES; s++)
    g_assert_cmpuint (summary.by_stage[s], ==, total->by_stage[s]);
  g_assert_cmpuint (summary.issues_total, ==, total->issues[GT_FIGURES_ISSUES_FOUND]);
  g_assert_cmpuint (summary.issues_open, ==, total->issues[GT_FIGURES_ISSUES_IN_HAND]);
  g_assert_cmpuint (summary.issues_resolved + summary.issues_closed, ==,
                    total->issues[GT_FIGURES_ISSUES_RESOLVED]);
  g_assert_cmpuint (summary.issues_overdue, ==, total->issues[GT_FIGURES_ISSUES_OVERDUE]);
  g_assert_cmpuint (summary.issues_open + summary.issues_resolved + summary.issues_closed,
                    ==, summary.issues_total);
}

/* Issues with no date, issues raised, resolved or closed after the month,
 * deadlines either side of it, deleted issues and a deleted project's: the
 * summary and the figures count them alike for every month of the year, at a
 * month's end (the command line's --month) and on a day within it. */
static void
test_agrees_with_figures (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_register_location (dir, "guatu.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (path, &error);
  g_autoptr(GtProject) road = NULL;
  g_autoptr(GtProject) school = NULL;
  g_autoptr(GtProject) gone = NULL;
  g_autoptr(GtIssue) deleted = NULL;
  g_autoptr(GtIssue) gone_issue = NULL;
  g_autoptr(GtIssue) undated_resolved = NULL;
  g_autoptr(GtIssue) undated_closed = NULL;
  gint64 id;

  g_assert_no_error (error);
  road = add_project (store, "城南快速路", GT_STAGE_UNDER_CONSTRUCTION, 500000000, 80000000);
  school = add_project (store, "第二实验小学", GT_STAGE_PLANNED, 90000000, 20000000);
  gone = add_project (store, "旧城改造", GT_STAGE_SIGNED, 70000000, 10000000);
  id = gt_project_get_id (road);

  save_report (store, id, 2026, 1, 1000);
  save_report (store, id, 2026, 3, 300);
  save_report (store, id, 2026, 7, 70);
  save_report (store, id, 2026, 12, 5);
  save_report (store, gt_project_get_id (gone), 2026, 2, 100000);

  /* No date at all: found "when it was filed", in hand, never overdue. */
  g_object_unref (add_issue (store, id, GT_ISSUE_STATUS_RAISED, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                             0, 0, 0));
  /* No date raised, a deadline in April. */
  g_object_unref (add_issue (store, gt_project_get_id (school), GT_ISSUE_STATUS_RAISED,
                             0, 0, 0, 2026, 4, 30, 0, 0, 0, 0, 0, 0));
  /* Raised in February, deadline in March, still open. */
  g_object_unref (add_issue (store, id, GT_ISSUE_STATUS_RAISED, 2026, 2, 10, 2026, 3, 15,
                             0, 0, 0, 0, 0, 0));
  /* Raised in May: not yet found in March. */
  g_object_unref (add_issue (store, id, GT_ISSUE_STATUS_RAISED, 2026, 5, 6, 2026, 6, 30,
                             0, 0, 0, 0, 0, 0));
  /* Raised in January with a deadline in February, resolved in June: in hand
   * and overdue in March, resolved from June. */
  g_object_unref (add_issue (store, id, GT_ISSUE_STATUS_RESOLVED, 2026, 1, 5, 2026, 2, 28,
                             2026, 6, 2, 0, 0, 0));
  /* No date raised, resolved in August and closed (销号) in September. */
  g_object_unref (add_issue (store, gt_project_get_id (school), GT_ISSUE_STATUS_CLOSED,
                             0, 0, 0, 0, 0, 0, 2026, 8, 20, 2026, 9, 1));
  /* Raised last year, resolved in January. */
  g_object_unref (add_issue (store, id, GT_ISSUE_STATUS_RESOLVED, 2025, 11, 1, 0, 0, 0,
                             2026, 1, 20, 0, 0, 0));
  /* Resolved with no date of it (an old register's): resolved once found, in
   * March; and closed with no date at all: found, resolved and closed in
   * every month. */
  undated_resolved = add_issue (store, id, GT_ISSUE_STATUS_RESOLVED, 2026, 3, 1, 0, 0, 0,
                                2026, 3, 5, 0, 0, 0);
  forget_issue_dates (store, undated_resolved, FALSE);
  undated_closed = add_issue (store, gt_project_get_id (school), GT_ISSUE_STATUS_CLOSED,
                              0, 0, 0, 0, 0, 0, 2026, 1, 2, 2026, 1, 3);
  forget_issue_dates (store, undated_closed, TRUE);
  /* Deleted, and one of a project deleted since: neither counts. */
  deleted = add_issue (store, id, GT_ISSUE_STATUS_RAISED, 0, 0, 0, 2026, 1, 1, 0, 0, 0,
                       0, 0, 0);
  gone_issue = add_issue (store, gt_project_get_id (gone), GT_ISSUE_STATUS_RAISED,
                          2026, 1, 2, 2026, 1, 3, 0, 0, 0, 0, 0, 0);
  g_assert_true (gt_store_delete_issue (store, deleted, &error));
  g_assert_no_error (error);
  g_assert_true (gt_store_delete_project (store, gone, &error));
  g_assert_no_error (error);

  for (int month = 1; month <= 12; month++)
    {
      g_autoptr(GDate) mid = g_date_new_dmy (10, (GDateMonth) month, 2026);
      GtAsOf as_of;

      gt_as_of_set (&as_of, 2026, month);
      assert_agree (store, 2026, month, &as_of.day);
      assert_agree (store, 2026, month, mid);
    }

  /* The cases above do tell the months apart. */
  {
    GtAsOf march, december;
    GtSummary summary;

    gt_as_of_set (&march, 2026, 3);
    g_assert_true (gt_summary_compute (store, 2026, &march.day, &summary, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (summary.projects, ==, 2);
    g_assert_cmpint (summary.completed, ==, 1300);
    g_assert_cmpuint (summary.issues_total, ==, 8);
    g_assert_cmpuint (summary.issues_open, ==, 5);
    g_assert_cmpuint (summary.issues_resolved, ==, 2);
    g_assert_cmpuint (summary.issues_closed, ==, 1);
    g_assert_cmpuint (summary.issues_overdue, ==, 2);

    /* Resolved in August and closed in September: resolved, not yet closed,
     * at the end of August. */
    {
      GtAsOf august;

      gt_as_of_set (&august, 2026, 8);
      g_assert_true (gt_summary_compute (store, 2026, &august.day, &summary, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (summary.issues_resolved, ==, 4);
      g_assert_cmpuint (summary.issues_closed, ==, 1);
    }

    gt_as_of_set (&december, 2026, 12);
    g_assert_true (gt_summary_compute (store, 2026, &december.day, &summary, &error));
    g_assert_no_error (error);
    g_assert_cmpint (summary.completed, ==, 1375);
    g_assert_cmpuint (summary.issues_total, ==, 9);
    g_assert_cmpuint (summary.issues_open, ==, 4);
    g_assert_cmpuint (summary.issues_resolved, ==, 3);
    g_assert_cmpuint (summary.issues_closed, ==, 2);
    g_assert_cmpuint (summary.issues_overdue, ==, 3);
  }

  g_clear_object (&store);
  gt_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/summary-edges/year-bounds", test_year_bounds);
  g_test_add_func ("/summary-edges/agrees-with-figures", test_agrees_with_figures);

  return g_test_run ();
}
