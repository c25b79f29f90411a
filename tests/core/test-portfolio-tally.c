/* test-portfolio-tally.c: what every leader and unit answers for, counted in
 * one pass (the leaders' and units' lists), as the portfolio page counts.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-portfolio-tally.h"
#include "gt-test-util.h"

typedef struct {
  char    *dir;
  GtStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = gt_test_make_dir ();
  path = g_build_filename (f->dir, "register.guatu", NULL);
  f->store = gt_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GtLeader *
add_leader (Fixture    *f,
            const char *name)
{
  GtLeader *leader = gt_leader_new ();
  g_autoptr(GError) error = NULL;

  gt_leader_set_name (leader, name);
  g_assert_true (gt_store_add_leader (f->store, leader, &error));
  g_assert_no_error (error);
  return leader;
}

static GtUnit *
add_unit (Fixture    *f,
          const char *name)
{
  GtUnit *unit = gt_unit_new ();
  g_autoptr(GError) error = NULL;

  gt_unit_set_name (unit, name);
  g_assert_true (gt_store_add_unit (f->store, unit, &error));
  g_assert_no_error (error);
  return unit;
}

static gint64
add_project (Fixture  *f,
             GtLeader *leader,
             GtUnit   *unit,
             GtUnit   *locality)
{
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;

  gt_project_set_name (project, "项目");
  gt_project_set_leader_id (project, gt_leader_get_id (leader));
  gt_project_set_unit_id (project, gt_unit_get_id (unit));
  gt_project_set_locality_id (project, locality != NULL ? gt_unit_get_id (locality) : 0);
  g_assert_true (gt_store_add_project (f->store, project, &error));
  g_assert_no_error (error);
  return gt_project_get_id (project);
}

static void
add_issue (Fixture       *f,
           gint64         project,
           GtLeader      *leader,
           GtUnit        *unit,
           GtIssueStatus  status,
           int            deadline_day)
{
  g_autoptr(GtIssue) issue = gt_issue_new ();
  g_autoptr(GError) error = NULL;
  GDate deadline;

  g_date_clear (&deadline, 1);
  g_date_set_dmy (&deadline, deadline_day, G_DATE_MARCH, 2023);
  gt_issue_set_project_id (issue, project);
  gt_issue_set_description (issue, "问题");
  gt_issue_set_status (issue, status);
  gt_issue_set_leader_id (issue, leader != NULL ? gt_leader_get_id (leader) : 0);
  gt_issue_set_unit_id (issue, unit != NULL ? gt_unit_get_id (unit) : 0);
  gt_issue_set_deadline (issue, &deadline);
  if (status == GT_ISSUE_STATUS_CLOSED)
    {
      gt_issue_set_resolution (issue, "已解决");
      gt_issue_set_resolved_on (issue, &deadline);
      gt_issue_set_closed_on (issue, &deadline);
    }
  g_assert_true (gt_store_add_issue (f->store, issue, &error));
  g_assert_no_error (error);
}

static void
assert_counts (GtPortfolioTally *tally,
               gpointer          item,
               guint             projects,
               guint             open_issues,
               guint             overdue_issues)
{
  const GtPortfolioCounts *counts = gt_portfolio_tally_lookup (tally, G_OBJECT (item));

  g_assert_cmpuint (counts->projects, ==, projects);
  g_assert_cmpuint (counts->open_issues, ==, open_issues);
  g_assert_cmpuint (counts->overdue_issues, ==, overdue_issues);
}

static void
test_counts (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GtLeader) wang = add_leader (f, "王副县长");
  g_autoptr(GtLeader) li = add_leader (f, "李副县长");
  g_autoptr(GtLeader) idle = add_leader (f, "赵副县长");
  g_autoptr(GtUnit) housing = add_unit (f, "住房和城乡建设局");
  g_autoptr(GtUnit) town = add_unit (f, "城关镇");
  g_autoptr(GtPortfolioTally) tally = NULL;
  gint64 a, b;
  GDate today;

  a = add_project (f, wang, housing, town);
  b = add_project (f, li, housing, housing);
  /* On Wang's project but assigned to Li: both answer for it. */
  add_issue (f, a, li, housing, GT_ISSUE_STATUS_ASSIGNED, 10);
  /* Wang's own, not yet due. */
  add_issue (f, a, wang, town, GT_ISSUE_STATUS_ASSIGNED, 31);
  /* Closed: nobody's any more. */
  add_issue (f, b, li, housing, GT_ISSUE_STATUS_CLOSED, 1);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 20, G_DATE_MARCH, 2023);
  tally = gt_portfolio_tally_new (f->store, &today);

  assert_counts (tally, wang, 1, 2, 1);
  assert_counts (tally, li, 1, 1, 1);
  assert_counts (tally, idle, 0, 0, 0);
  /* A unit answers for the projects it is responsible unit or locality of,
   * each once. */
  assert_counts (tally, housing, 2, 1, 1);
  assert_counts (tally, town, 1, 1, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/portfolio-tally/counts", Fixture, NULL, fixture_set_up, test_counts,
              fixture_tear_down);
  return g_test_run ();
}
