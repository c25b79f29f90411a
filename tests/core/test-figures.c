/* test-figures.c: the figures of a monthly notice, checked against values worked
 * out by hand on a small register, and against the summary and their own sums on
 * the county-sized demo register.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "gt-as-of.h"
#include "gt-figures.h"
#include "gt-format.h"
#include "gt-store.h"
#include "gt-summary.h"
#include "gt-test-util.h"

#define WAN ((gint64) 10000)

typedef struct {
  char    *dir;
  char    *path;
  GtStore *store;
  gint64   chengguan, park, reform, housing;   /* units */
  gint64   zhang, li;                          /* leaders */
} Fixture;

static void
set_date (GDate *date,
          int    year,
          int    month,
          int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

static gint64
add_unit (Fixture    *f,
          const char *name,
          GtUnitKind  kind)
{
  g_autoptr(GtUnit) unit = gt_unit_new ();
  g_autoptr(GError) error = NULL;

  gt_unit_set_name (unit, name);
  gt_unit_set_kind (unit, kind);
  gt_store_add_unit (f->store, unit, &error);
  g_assert_no_error (error);
  return gt_unit_get_id (unit);
}

static gint64
add_leader (Fixture    *f,
            const char *name)
{
  g_autoptr(GtLeader) leader = gt_leader_new ();
  g_autoptr(GError) error = NULL;

  gt_leader_set_name (leader, name);
  gt_store_add_leader (f->store, leader, &error);
  g_assert_no_error (error);
  return gt_leader_get_id (leader);
}

typedef struct {
  const char *name;
  gint64      locality, unit, leader;
  gint64      total_wan, plan_wan;
  GtStage     stage;
  const char *planned_start, *actual_start;   /* ISO or NULL */
} ProjectSpec;

static gint64
add_project (Fixture           *f,
             const ProjectSpec *spec)
{
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;
  GDate date;

  gt_project_set_name (project, spec->name);
  gt_project_set_level (project, GT_LEVEL_COUNTY);
  gt_project_set_stage (project, spec->stage);
  gt_project_set_locality_id (project, spec->locality);
  gt_project_set_unit_id (project, spec->unit);
  gt_project_set_leader_id (project, spec->leader);
  gt_project_set_total_investment (project, spec->total_wan * WAN);
  if (spec->planned_start != NULL)
    {
      g_assert_true (gt_date_parse_iso (spec->planned_start, &date));
      gt_project_set_planned_start (project, &date);
    }
  if (spec->actual_start != NULL)
    {
      g_assert_true (gt_date_parse_iso (spec->actual_start, &date));
      gt_project_set_actual_start (project, &date);
    }
  gt_store_add_project (f->store, project, &error);
  g_assert_no_error (error);
  if (spec->plan_wan > 0)
    {
      gt_store_set_annual_plan (f->store, gt_project_get_id (project), 2026,
                                spec->plan_wan * WAN, &error);
      g_assert_no_error (error);
    }
  return gt_project_get_id (project);
}

static void
add_report (Fixture *f,
            gint64   project,
            int      year,
            int      month,
            gint64   wan)
{
  g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();
  g_autoptr(GError) error = NULL;

  gt_monthly_report_set_project_id (report, project);
  gt_monthly_report_set_month (report, year, month);
  gt_monthly_report_set_completed (report, wan * WAN);
  gt_store_save_monthly_report (f->store, report, &error);
  g_assert_no_error (error);
}

typedef struct {
  gint64          project;
  GtIssueCategory category;
  GtIssueStatus   status;
  const char     *raised, *deadline, *resolved, *closed;
  gint64          unit;
} IssueSpec;

static void
maybe_date (const char *iso,
            void (*set) (GtIssue *, const GDate *),
            GtIssue    *issue)
{
  GDate date;

  if (iso == NULL)
    return;
  g_assert_true (gt_date_parse_iso (iso, &date));
  set (issue, &date);
}

static void
add_issue (Fixture         *f,
           const IssueSpec *spec)
{
  g_autoptr(GtIssue) issue = gt_issue_new ();
  g_autoptr(GError) error = NULL;

  gt_issue_set_project_id (issue, spec->project);
  gt_issue_set_description (issue, "用地指标未落实");
  gt_issue_set_category (issue, spec->category);
  gt_issue_set_status (issue, spec->status);
  gt_issue_set_unit_id (issue, spec->unit);
  if (spec->resolved != NULL)
    gt_issue_set_resolution (issue, "已协调解决");
  maybe_date (spec->raised, gt_issue_set_raised_on, issue);
  maybe_date (spec->deadline, gt_issue_set_deadline, issue);
  maybe_date (spec->resolved, gt_issue_set_resolved_on, issue);
  maybe_date (spec->closed, gt_issue_set_closed_on, issue);
  gt_store_add_issue (f->store, issue, &error);
  g_assert_no_error (error);
}

/* Five projects worked out by hand for the first half of 2026 (month 6):
 *            locality  unit  leader  plan   Jan–Jun reports    start
 *   P1       城关镇    发改局  张三    2400   100+500+300 = 900  planned 3-01, started 3-15
 *   P2       城关镇    住建局  李四    1200   —                  planned 4-01, not started
 *   P3       开发区    发改局  张三    —      —                  planned 2025 (not this year)
 *   P4       —         —       —       600    300 (March)        planned 2-01, building, no date
 *   P5       开发区    住建局  李四    1200   600 (June)         planned 5-10, started 8-01 (later)
 * plus reports outside the months asked (Dec 2025, Jul 2026) that must not count. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 p1, p2, p4, p5;

  f->dir = g_dir_make_tmp ("guatu-figures-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = gt_test_register_location (f->dir, "figures.db");
  f->store = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  gt_store_set_year (f->store, 2026);

  f->chengguan = add_unit (f, "城关镇", GT_UNIT_KIND_TOWNSHIP);
  f->park = add_unit (f, "开发区", GT_UNIT_KIND_PARK);
  f->reform = add_unit (f, "发改局", GT_UNIT_KIND_DEPARTMENT);
  f->housing = add_unit (f, "住建局", GT_UNIT_KIND_DEPARTMENT);
  f->zhang = add_leader (f, "张三");
  f->li = add_leader (f, "李四");

  p1 = add_project (f, &(ProjectSpec) { "P1", f->chengguan, f->reform, f->zhang, 10000, 2400,
                                        GT_STAGE_UNDER_CONSTRUCTION, "2026-03-01",
                                        "2026-03-15" });
  p2 = add_project (f, &(ProjectSpec) { "P2", f->chengguan, f->housing, f->li, 5000, 1200,
                                        GT_STAGE_PREPARING, "2026-04-01", NULL });
  add_project (f, &(ProjectSpec) { "P3", f->park, f->reform, f->zhang, 20000, 0,
                                   GT_STAGE_COMPLETED, "2025-05-01", "2025-06-01" });
  p4 = add_project (f, &(ProjectSpec) { "P4", 0, 0, 0, 1000, 600,
                                        GT_STAGE_UNDER_CONSTRUCTION, "2026-02-01", NULL });
  p5 = add_project (f, &(ProjectSpec) { "P5", f->park, f->housing, f->li, 3000, 1200,
                                        GT_STAGE_UNDER_CONSTRUCTION, "2026-05-10",
                                        "2026-08-01" });

  add_report (f, p1, 2025, 12, 50);
  add_report (f, p1, 2026, 1, 100);
  add_report (f, p1, 2026, 5, 500);
  add_report (f, p1, 2026, 6, 300);
  add_report (f, p1, 2026, 7, 999);
  add_report (f, p4, 2026, 3, 300);
  add_report (f, p5, 2026, 6, 600);

  /* As of 30 June: I1 found and closed; I2 assigned to 住建局 (P1 is 发改局's) and
   * overdue; I3 resolved only in July, so in hand; I4 raised in July, not yet
   * found; I5 open with no deadline. */
  add_issue (f, &(IssueSpec) { p1, GT_ISSUE_CATEGORY_LAND, GT_ISSUE_STATUS_CLOSED,
                               "2026-02-01", NULL, "2026-03-01", "2026-03-05", 0 });
  add_issue (f, &(IssueSpec) { p1, GT_ISSUE_CATEGORY_FUNDING, GT_ISSUE_STATUS_ASSIGNED,
                               "2026-04-01", "2026-05-31", NULL, NULL, f->housing });
  add_issue (f, &(IssueSpec) { p2, GT_ISSUE_CATEGORY_PERMITS, GT_ISSUE_STATUS_RESOLVED,
                               "2026-06-10", "2026-07-31", "2026-07-05", NULL, 0 });
  add_issue (f, &(IssueSpec) { p5, GT_ISSUE_CATEGORY_LAND, GT_ISSUE_STATUS_RAISED,
                               "2026-07-02", NULL, NULL, NULL, 0 });
  add_issue (f, &(IssueSpec) { p4, GT_ISSUE_CATEGORY_OTHER, GT_ISSUE_STATUS_RAISED,
                               "2026-01-10", NULL, NULL, NULL, 0 });
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static GtFigures *
compute (GtStore *store,
         int      year,
         int      month,
         int      today_month,
         int      today_day)
{
  g_autoptr(GError) error = NULL;
  GtFigures *figures;
  GDate today;

  set_date (&today, year, today_month, today_day);
  figures = gt_figures_compute (store, year, month, NULL, NULL, &today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (figures);
  return figures;
}

static const GtFiguresGroup *
find_group (GPtrArray  *groups,
            gint64      id)
{
  for (guint i = 0; i < groups->len; i++)
    {
      const GtFiguresGroup *group = g_ptr_array_index (groups, i);

      if (group->id == id)
        return group;
    }
  g_assert_not_reached ();
}

static void
test_totals (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GtFigures) figures = compute (f->store, 2026, 6, 7, 10);
  const GtFiguresGroup *total = &figures->total;
  guint lights = 0;

  g_assert_cmpint (g_date_get_month (&figures->as_of), ==, 6);
  g_assert_cmpint (g_date_get_day (&figures->as_of), ==, 30);
  g_assert_cmpuint (total->projects, ==, 5);
  g_assert_cmpint (total->total_investment, ==, (10000 + 5000 + 20000 + 1000 + 3000) * WAN);
  g_assert_cmpint (total->annual_plan, ==, (2400 + 1200 + 600 + 1200) * WAN);
  g_assert_cmpint (total->completed, ==, (900 + 300 + 600) * WAN);
  g_assert_cmpint (total->completed_month, ==, (300 + 600) * WAN);
  /* 序时进度 at June: half of each plan. */
  g_assert_cmpint (total->pro_rata_target, ==, (1200 + 600 + 300 + 600) * WAN);
  g_assert_cmpfloat_with_epsilon (gt_figures_group_completion_rate (total),
                                  1800.0 / 5400.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (gt_figures_group_pro_rata_rate (total),
                                  1800.0 / 2700.0, 1e-9);

  /* 开工率: P1, P2, P4, P5 were to start in 2026; P1 has, P4 is building with no
   * date; P5's start in August is after the figures' date. */
  g_assert_cmpuint (total->to_start, ==, 4);
  g_assert_cmpuint (total->started, ==, 2);
  g_assert_cmpfloat_with_epsilon (gt_figures_group_start_rate (total), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (figures->start_target, 0.8, 1e-9);

  g_assert_cmpuint (total->by_stage[GT_STAGE_UNDER_CONSTRUCTION], ==, 3);
  g_assert_cmpuint (total->by_stage[GT_STAGE_PREPARING], ==, 1);
  g_assert_cmpuint (total->by_stage[GT_STAGE_COMPLETED], ==, 1);
  for (int i = 0; i < GT_N_RAGS; i++)
    lights += total->by_rag[i];
  g_assert_cmpuint (lights, ==, 5);

  g_assert_cmpint (figures->completed_by_month[0], ==, 100 * WAN);
  g_assert_cmpint (figures->completed_by_month[2], ==, 300 * WAN);
  g_assert_cmpint (figures->completed_by_month[4], ==, 500 * WAN);
  g_assert_cmpint (figures->completed_by_month[5], ==, 900 * WAN);
  g_assert_cmpint (figures->completed_by_month[6], ==, 0);
  g_assert_cmpint (figures->completed_by_month[11], ==, 0);
}

static void
test_issues (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GtFigures) figures = compute (f->store, 2026, 6, 7, 10);
  const GtFiguresGroup *total = &figures->total;
  const GtFiguresGroup *reform = find_group (figures->by_unit, f->reform);
  const GtFiguresGroup *housing = find_group (figures->by_unit, f->housing);
  const GtFiguresGroup *chengguan = find_group (figures->by_locality, f->chengguan);

  g_assert_cmpuint (total->issues[GT_FIGURES_ISSUES_FOUND], ==, 4);
  g_assert_cmpuint (total->issues[GT_FIGURES_ISSUES_RESOLVED], ==, 1);
  g_assert_cmpuint (total->issues[GT_FIGURES_ISSUES_IN_HAND], ==, 3);
  g_assert_cmpuint (total->issues[GT_FIGURES_ISSUES_OVERDUE], ==, 1);
  g_assert_cmpfloat_with_epsilon (gt_figures_group_resolution_rate (total), 0.25, 1e-9);

  /* I2 counts for the unit it was assigned to, not its project's unit. */
  g_assert_cmpuint (reform->issues[GT_FIGURES_ISSUES_FOUND], ==, 1);
  g_assert_cmpuint (reform->issues[GT_FIGURES_ISSUES_RESOLVED], ==, 1);
  g_assert_cmpuint (housing->issues[GT_FIGURES_ISSUES_FOUND], ==, 2);
  g_assert_cmpuint (housing->issues[GT_FIGURES_ISSUES_OVERDUE], ==, 1);
  g_assert_cmpuint (chengguan->issues[GT_FIGURES_ISSUES_FOUND], ==, 3);

  g_assert_cmpuint (figures->issues_by_category[GT_ISSUE_CATEGORY_LAND]
                                               [GT_FIGURES_ISSUES_FOUND], ==, 1);
  g_assert_cmpuint (figures->issues_by_category[GT_ISSUE_CATEGORY_LAND]
                                               [GT_FIGURES_ISSUES_RESOLVED], ==, 1);
  g_assert_cmpuint (figures->issues_by_category[GT_ISSUE_CATEGORY_FUNDING]
                                               [GT_FIGURES_ISSUES_OVERDUE], ==, 1);
  g_assert_cmpuint (figures->issues_by_category[GT_ISSUE_CATEGORY_PERMITS]
                                               [GT_FIGURES_ISSUES_IN_HAND], ==, 1);

  /* By the end of the year (seen in December) I3 is resolved and I4 found. */
  {
    g_autoptr(GtFigures) later = compute (f->store, 2026, 12, 12, 31);

    g_assert_cmpuint (later->total.issues[GT_FIGURES_ISSUES_FOUND], ==, 5);
    g_assert_cmpuint (later->total.issues[GT_FIGURES_ISSUES_RESOLVED], ==, 2);
    g_assert_cmpint (later->total.completed, ==, (900 + 999 + 300 + 600) * WAN);
  }
}

static void
test_groups (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GtFigures) figures = compute (f->store, 2026, 6, 7, 10);
  const GtFiguresGroup *chengguan = find_group (figures->by_locality, f->chengguan);
  const GtFiguresGroup *park = find_group (figures->by_locality, f->park);
  const GtFiguresGroup *none = find_group (figures->by_locality, 0);
  const GtFiguresGroup *zhang = find_group (figures->by_leader, f->zhang);
  const GtFiguresGroup *last;

  g_assert_cmpuint (figures->by_locality->len, ==, 3);
  g_assert_cmpstr (chengguan->name, ==, "城关镇");
  g_assert_cmpuint (chengguan->projects, ==, 2);
  g_assert_cmpint (chengguan->annual_plan, ==, 3600 * WAN);
  g_assert_cmpint (chengguan->completed, ==, 900 * WAN);
  g_assert_cmpuint (chengguan->to_start, ==, 2);
  g_assert_cmpuint (chengguan->started, ==, 1);
  g_assert_cmpint (park->completed, ==, 600 * WAN);
  g_assert_cmpuint (park->to_start, ==, 1);
  g_assert_cmpuint (park->started, ==, 0);
  g_assert_cmpint (none->completed, ==, 300 * WAN);
  g_assert_cmpint (zhang->total_investment, ==, 30000 * WAN);
  g_assert_cmpint (zhang->annual_plan, ==, 2400 * WAN);

  /* Projects with no locality come last. */
  last = g_ptr_array_index (figures->by_locality, figures->by_locality->len - 1);
  g_assert_cmpint (last->id, ==, 0);
}

/* 开工率 at a month's end: a start on the month's last day counts for that month
 * (and on, seen later in the year), one on the next month's first day does not.
 * February's last day, so that a month of 31 days is not assumed. */
static void
test_start_at_month_end (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GtFigures) before = compute (f->store, 2026, 2, 7, 10);
  g_autoptr(GtFigures) february = NULL;
  g_autoptr(GtFigures) march = NULL;

  /* P4 (planned February, building, no date) is the one start so far. */
  g_assert_cmpuint (before->total.to_start, ==, 4);
  g_assert_cmpuint (before->total.started, ==, 1);

  add_project (f, &(ProjectSpec) { "P6", f->chengguan, f->reform, f->zhang, 100, 0,
                                   GT_STAGE_PREPARING, "2026-02-01", "2026-02-28" });
  add_project (f, &(ProjectSpec) { "P7", f->chengguan, f->reform, f->zhang, 100, 0,
                                   GT_STAGE_PREPARING, "2026-02-01", "2026-03-01" });

  february = compute (f->store, 2026, 2, 7, 10);
  g_assert_cmpint (g_date_get_day (&february->as_of), ==, 28);
  g_assert_cmpuint (february->total.to_start, ==, 6);
  g_assert_cmpuint (february->total.started, ==, 2);
  g_assert_cmpuint (find_group (february->by_locality, f->chengguan)->started, ==, 1);

  /* Seen in February itself, on its last day: the same. */
  {
    g_autoptr(GtFigures) on_the_day = compute (f->store, 2026, 2, 2, 28);

    g_assert_cmpuint (on_the_day->total.started, ==, 2);
  }

  march = compute (f->store, 2026, 3, 7, 10);
  g_assert_cmpuint (march->total.started, ==, 4);
}

static void
test_ranking (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GtFigures) figures = compute (f->store, 2026, 6, 7, 10);
  g_autoptr(GArray) completion = gt_ranking_compute (figures->by_locality,
                                                     GT_RANKING_COMPLETION);
  g_autoptr(GArray) start = gt_ranking_compute (figures->by_locality, GT_RANKING_START);
  GtRankingEntry *entry;

  /* Completion: 开发区 600/1200 and the unassigned 300/600 tie at 50.0% and share
   * first place; 城关镇 900/3600 = 25.0% is third, not second. */
  g_assert_cmpuint (completion->len, ==, 3);
  g_assert_cmpuint (g_array_index (completion, GtRankingEntry, 0).rank, ==, 1);
  g_assert_cmpuint (g_array_index (completion, GtRankingEntry, 1).rank, ==, 1);
  entry = &g_array_index (completion, GtRankingEntry, 2);
  g_assert_cmpuint (entry->rank, ==, 3);
  g_assert_cmpstr (entry->group->name, ==, "城关镇");
  g_assert_cmpfloat_with_epsilon (entry->value, 0.25, 1e-9);

  /* Start rate: 城关镇 1/2, the unassigned 1/1, 开发区 0/1. */
  entry = &g_array_index (start, GtRankingEntry, 0);
  g_assert_cmpint (entry->group->id, ==, 0);
  g_assert_cmpuint (entry->rank, ==, 1);
  entry = &g_array_index (start, GtRankingEntry, 2);
  g_assert_cmpstr (entry->group->name, ==, "开发区");
  g_assert_cmpuint (entry->rank, ==, 3);

  g_assert_nonnull (gt_ranking_metric_describe_rule (GT_RANKING_RESOLUTION));
}

/* Rates that differ only beyond the printed tenth of a percent tie; a group with
 * no base is listed last without a rank. */
static void
test_ranking_ties (void)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ranking = NULL;
  const struct { const char *name; gint64 plan, completed; } rows[] = {
    { "甲", 30000, 10000 },   /* 33.33…% */
    { "乙", 3000, 1000 },     /* 33.33…% */
    { "丙", 1000000, 333400 },/* 33.34%, prints 33.3% too */
    { "丁", 0, 500 },         /* no plan */
    { "戊", 1000, 900 },      /* 90% */
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtFiguresGroup *group = g_new0 (GtFiguresGroup, 1);

      group->id = i + 1;
      group->name = (char *) rows[i].name;
      group->annual_plan = rows[i].plan;
      group->completed = rows[i].completed;
      g_ptr_array_add (groups, group);
    }

  ranking = gt_ranking_compute (groups, GT_RANKING_COMPLETION);
  g_assert_cmpstr (g_array_index (ranking, GtRankingEntry, 0).group->name, ==, "戊");
  g_assert_cmpuint (g_array_index (ranking, GtRankingEntry, 0).rank, ==, 1);
  for (guint i = 1; i <= 3; i++)
    g_assert_cmpuint (g_array_index (ranking, GtRankingEntry, i).rank, ==, 2);
  g_assert_cmpstr (g_array_index (ranking, GtRankingEntry, 4).group->name, ==, "丁");
  g_assert_cmpuint (g_array_index (ranking, GtRankingEntry, 4).rank, ==, 0);
}

static void
test_start_targets (void)
{
  const GtStartTargets *targets = gt_start_targets_default ();

  g_assert_cmpfloat (gt_start_targets_for_month (targets, 2), <, 0);
  g_assert_cmpfloat_with_epsilon (gt_start_targets_for_month (targets, 3), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (gt_start_targets_for_month (targets, 5), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (gt_start_targets_for_month (targets, 6), 0.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (gt_start_targets_for_month (targets, 12), 0.8, 1e-9);
}

static void
sum_groups (GPtrArray      *groups,
            GtFiguresGroup *sum)
{
  memset (sum, 0, sizeof *sum);
  for (guint i = 0; i < groups->len; i++)
    {
      const GtFiguresGroup *group = g_ptr_array_index (groups, i);

      sum->projects += group->projects;
      sum->annual_plan += group->annual_plan;
      sum->completed += group->completed;
      sum->started += group->started;
      sum->to_start += group->to_start;
      for (int k = 0; k < GT_N_FIGURES_ISSUES; k++)
        sum->issues[k] += group->issues[k];
    }
}

/* On the county-sized demo: the year's figures agree with the summary, and the
 * groups of each kind add up to the total. (test-summary-edges has the cases
 * where a second reading would part from them: dates after the as-of day.) */
static void
test_demo (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-figures-demo-XXXXXX", &error);
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GtFigures) figures = NULL;
  GtSummary summary;
  GDate today;

  set_date (&today, 2026, 12, 31);
  store = gt_test_open_demo (dir, &today);

  figures = compute (store, 2026, 12, 12, 31);
  gt_summary_compute (store, 2026, &today, &summary, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (figures->total.projects, ==, summary.projects);
  g_assert_cmpint (figures->total.total_investment, ==, summary.total_investment);
  g_assert_cmpint (figures->total.annual_plan, ==, summary.annual_plan);
  g_assert_cmpint (figures->total.completed, ==, summary.completed);
  g_assert_cmpint (figures->total.pro_rata_target, <=, figures->total.annual_plan);
  for (int s = 0; s < GT_N_STAGES; s++)
    g_assert_cmpuint (figures->total.by_stage[s], ==, summary.by_stage[s]);
  /* The summary is the figures' total (one sum): equal, not merely close. */
  g_assert_cmpuint (figures->total.issues[GT_FIGURES_ISSUES_FOUND], ==, summary.issues_total);
  g_assert_cmpuint (figures->total.issues[GT_FIGURES_ISSUES_IN_HAND], ==,
                    summary.issues_open);
  g_assert_cmpuint (figures->total.issues[GT_FIGURES_ISSUES_RESOLVED], ==,
                    summary.issues_resolved + summary.issues_closed);
  g_assert_cmpuint (figures->total.issues[GT_FIGURES_ISSUES_OVERDUE], ==,
                    summary.issues_overdue);
  g_assert_cmpuint (figures->issues_closed, ==, summary.issues_closed);

  {
    GPtrArray *kinds[] = { figures->by_locality, figures->by_unit, figures->by_leader };
    GtFiguresGroup sum;

    for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
      {
        g_assert_cmpuint (kinds[k]->len, >, 1);
        sum_groups (kinds[k], &sum);
        g_assert_cmpuint (sum.projects, ==, figures->total.projects);
        g_assert_cmpint (sum.annual_plan, ==, figures->total.annual_plan);
        g_assert_cmpint (sum.completed, ==, figures->total.completed);
        g_assert_cmpuint (sum.to_start, ==, figures->total.to_start);
        g_assert_cmpuint (sum.started, ==, figures->total.started);
        for (int i = 0; i < GT_N_FIGURES_ISSUES; i++)
          g_assert_cmpuint (sum.issues[i], ==, figures->total.issues[i]);
      }
  }

  g_clear_object (&store);
  gt_test_remove_tree (dir);
}

/* The month every output is as of: --month's text, and without it the latest
 * month with reports, however late the clock; the figures as of its last day
 * and their lights those of gt_rag_judge_as_of(). */
static void
test_as_of (Fixture       *f,
            gconstpointer  data)
{
  static const char *const bad[] = {
    "2026-7", "2026-13", "2026-00", "1899-12", "2101-01", "2026-07-01", "2026/07", "",
    "abcd-ef", "2026-0x", " 2026-07", "2026- 7", "+026-07",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GtFigures) figures = NULL;
  g_autoptr(GHashTable) lights = NULL;
  g_autofree char *empty_path = gt_test_register_location (f->dir, "empty.db");
  g_autoptr(GtStore) empty = NULL;
  GHashTableIter iter;
  gpointer key, value;
  GtAsOf as_of;
  GDate today, day;

  g_assert_true (gt_as_of_parse (&as_of, "2024-02"));
  set_date (&day, 2024, 2, 29);
  g_assert_cmpint (as_of.year, ==, 2024);
  g_assert_cmpint (as_of.month, ==, 2);
  g_assert_cmpint (g_date_compare (&as_of.day, &day), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("“%s”", bad[i]);
      g_assert_false (gt_as_of_parse (&as_of, bad[i]));
      g_assert_cmpint (as_of.month, ==, 2);
    }

  /* The latest report is July's (that of P1), years before the clock. */
  set_date (&today, 2030, 1, 15);
  g_assert_true (gt_as_of_init_default (&as_of, f->store, &today, &error));
  g_assert_no_error (error);
  set_date (&day, 2026, 7, 31);
  g_assert_cmpint (as_of.year, ==, 2026);
  g_assert_cmpint (as_of.month, ==, 7);
  g_assert_cmpint (g_date_compare (&as_of.day, &day), ==, 0);

  /* Without a day asked for, as of the month's last day: the clock plays no
   * part, and the lights are those judged at its close. */
  figures = gt_figures_compute (f->store, 2026, 7, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_compare (&figures->as_of, &day), ==, 0);
  lights = gt_rag_judge_as_of (f->store, gt_rag_rules_default (), &day, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (figures->lights), ==, g_hash_table_size (lights));
  g_hash_table_iter_init (&iter, lights);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_assert_true (g_hash_table_lookup (figures->lights, key) == value);

  /* A register with no report yet: the month of today. */
  empty = gt_store_open (empty_path, &error);
  g_assert_no_error (error);
  g_assert_true (gt_as_of_init_default (&as_of, empty, &today, &error));
  g_assert_no_error (error);
  set_date (&day, 2030, 1, 31);
  g_assert_cmpint (as_of.year, ==, 2030);
  g_assert_cmpint (as_of.month, ==, 1);
  g_assert_cmpint (g_date_compare (&as_of.day, &day), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/figures/totals", Fixture, NULL, fixture_set_up, test_totals,
              fixture_tear_down);
  g_test_add ("/figures/issues", Fixture, NULL, fixture_set_up, test_issues,
              fixture_tear_down);
  g_test_add ("/figures/groups", Fixture, NULL, fixture_set_up, test_groups,
              fixture_tear_down);
  g_test_add ("/figures/ranking", Fixture, NULL, fixture_set_up, test_ranking,
              fixture_tear_down);
  g_test_add ("/figures/start-at-month-end", Fixture, NULL, fixture_set_up,
              test_start_at_month_end, fixture_tear_down);
  g_test_add ("/figures/as-of", Fixture, NULL, fixture_set_up, test_as_of,
              fixture_tear_down);
  g_test_add_func ("/figures/ranking-ties", test_ranking_ties);
  g_test_add_func ("/figures/start-targets", test_start_targets);
  g_test_add_func ("/figures/demo", test_demo);

  return g_test_run ();
}
