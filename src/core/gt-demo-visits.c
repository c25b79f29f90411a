/* gt-demo-visits.c: the demo register's leaders' site visits.
 *
 * Over the eight weeks up to the demo's today, each leader goes on site in
 * some weeks and not others (the busier leaders more often), to one or two of
 * the projects in their charge, some visits a survey (现场调研) and some a
 * working visit (现场办公) with what was decided, so that the leader's page
 * shows months below and above the rule and projects not visited for weeks,
 * and the weekly 督查专报 has visits to report.
 *
 * About half the working visits assign an issue on the spot (现场交办): what
 * the decision was about, handed to the unit it names with a deadline of days
 * or weeks, linked to the visit; those past their deadline were dealt with in
 * time (resolved), the others are open and not yet due.
 *
 * The visits draw from a generator of their own, seeded from the demo's seed,
 * so that adding them changed nothing else the demo makes (its figures,
 * lights and issues are what tests and screenshots know); the issues assigned
 * on the spot from a second one, so that the visits stayed as they were when
 * they came. Those issues are added to the demo's others, after them.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-demo-private.h"
#include "gt-store-visits.h"

#define N_WEEKS 8

static const char *const decisions[] = {
  "征地拆迁由所在乡镇牵头，两周内完成剩余地块清表。",
  "供电线路迁改由县供电公司本月底前完成，发改局跟踪督办。",
  "施工图审查由住建局开辟绿色通道，五个工作日内出具意见。",
  "资金缺口由财政局会同项目单位研究，下周提出解决方案。",
  "施工单位增加作业面和人员，确保节点目标按期完成。",
  "环评批复由生态环境分局加快办理，项目单位补齐材料。",
  "道路施工期间做好交通疏导，城管局配合保障夜间施工。",
};

/* What each decision above was about: the issue assigned on the spot. */
typedef enum {
  TO_LOCALITY = -2,     /* the project's township */
  TO_PROJECT_UNIT = -1, /* the project's responsible unit */
} IssueUnit;

static const struct {
  const char     *description;
  const char     *resolution;
  GtIssueCategory category;
  int             unit;   /* a DEPT_*, or an IssueUnit */
  int             days;   /* to the deadline */
} spot_issues[G_N_ELEMENTS (decisions)] = {
  { "项目剩余地块清表未完成，影响施工作业面展开。",
    "所在乡镇组织力量完成剩余地块清表，已移交施工单位。",
    GT_ISSUE_CATEGORY_DEMOLITION, TO_LOCALITY, 14 },
  { "施工区域内10千伏供电线路迁改滞后，影响场地平整。",
    "县供电公司完成线路迁改并恢复送电。",
    GT_ISSUE_CATEGORY_OTHER, DEPT_DRC, 21 },
  { "施工图审查意见迟迟未出具，施工许可无法办理。",
    "住建局出具审查合格意见，施工许可已办结。",
    GT_ISSUE_CATEGORY_PERMITS, DEPT_HOUSING, 7 },
  { "项目建设资金缺口较大，配套资金未及时到位。",
    "财政局协调专项债券资金拨付到位。",
    GT_ISSUE_CATEGORY_FUNDING, DEPT_FINANCE, 10 },
  { "施工人员和机械投入不足，主体施工进度滞后于节点计划。",
    "施工单位增加两个作业班组，进度已基本追回。",
    GT_ISSUE_CATEGORY_CONSTRUCTION, TO_PROJECT_UNIT, 30 },
  { "环评批复尚未取得，项目单位申报材料不全。",
    "项目单位补齐材料，环评批复已取得。",
    GT_ISSUE_CATEGORY_ENVIRONMENT, DEPT_ENV, 20 },
  { "夜间施工受限，渣土清运与交通疏导协调不畅。",
    "城管、交警部门联合制定夜间施工保障方案。",
    GT_ISSUE_CATEGORY_CONSTRUCTION, DEPT_CITY, 15 },
};

static const DemoProject *
find_project (Demo   *demo,
              gint64  id)
{
  for (guint i = 0; i < demo->projects->len; i++)
    {
      const DemoProject *p = &g_array_index (demo->projects, DemoProject, i);

      if (p->id == id)
        return p;
    }
  return NULL;
}

/* The issue decision @d of a visit on @day to @project_id assigned on the spot,
 * in a new array for gt_store_add_visit(); NULL when this visit assigns none. */
static GPtrArray *
spot_issue (Demo     *demo,
            DemoRand *r,
            guint     d,
            int       day,
            gint64    project_id)
{
  const DemoProject *p = find_project (demo, project_id);
  GPtrArray *issues;
  GtIssue *issue;
  int deadline, unit;
  GDate date;

  if (_gt_demo_rand_below (r, 2) != 0 || p == NULL)
    return NULL;
  deadline = day + spot_issues[d].days + _gt_demo_rand_range (r, 0, 5);
  unit = spot_issues[d].unit;
  issue = gt_issue_new ();
  gt_issue_set_project_id (issue, project_id);
  gt_issue_set_description (issue, spot_issues[d].description);
  gt_issue_set_category (issue, spot_issues[d].category);
  gt_issue_set_unit_id (issue, unit == TO_LOCALITY ? p->locality_id
                               : unit == TO_PROJECT_UNIT ? p->unit_id
                               : demo->dept_ids[unit]);
  _gt_demo_set_julian (&date, deadline);
  gt_issue_set_deadline (issue, &date);
  if (deadline < demo->today)
    {
      /* Dealt with in time, a few days before the deadline. */
      int resolved = MAX (deadline - _gt_demo_rand_range (r, 0, 5), day + 1);

      gt_issue_set_status (issue, GT_ISSUE_STATUS_RESOLVED);
      gt_issue_set_resolution (issue, spot_issues[d].resolution);
      _gt_demo_set_julian (&date, resolved);
      gt_issue_set_resolved_on (issue, &date);
    }
  else
    gt_issue_set_status (issue, GT_ISSUE_STATUS_ASSIGNED);

  issues = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (issues, issue);
  return issues;
}

static guint
leader_projects (Demo   *demo,
                 gint64  leader_id,
                 gint64 *out,
                 guint   max)
{
  guint n = 0;

  for (guint i = 0; i < demo->projects->len && n < max; i++)
    {
      DemoProject *p = &g_array_index (demo->projects, DemoProject, i);

      if (p->leader_id == leader_id && p->stage != GT_STAGE_COMPLETED &&
          p->stage != GT_STAGE_OPERATING)
        out[n++] = p->id;
    }
  return n;
}

gboolean
_gt_demo_add_visits (Demo    *demo,
                     GError **error)
{
  DemoRand rand = { demo->rand.state ^ G_GUINT64_CONSTANT (0x5EED0F715175) };
  DemoRand spot = { demo->rand.state ^ G_GUINT64_CONSTANT (0x5B07155E5) };
  /* Julian day 1, 1 January of the year 1, was a Monday. */
  int monday = demo->today - (demo->today - 1) % 7;

  for (guint l = 0; l < N_LEADERS; l++)
    {
      gint64 ids[64];
      guint n = leader_projects (demo, demo->leader_ids[l], ids, G_N_ELEMENTS (ids));
      /* The first leaders are on site most weeks, the last seldom. */
      guint chance = 85 - l * 10;

      if (n == 0)
        continue;
      for (int w = N_WEEKS - 1; w >= 0; w--)
        {
          g_autoptr(GtVisit) visit = NULL;
          g_autoptr(GPtrArray) issues = NULL;
          gint64 first;
          int day = monday - 7 * w + _gt_demo_rand_range (&rand, 1, 4);
          GDate on;

          if (_gt_demo_rand_below (&rand, 100) >= chance || day > demo->today)
            continue;
          visit = gt_visit_new ();
          _gt_demo_set_julian (&on, day);
          gt_visit_set_leader_id (visit, demo->leader_ids[l]);
          gt_visit_set_visited_on (visit, &on);
          gt_visit_set_kind (visit, _gt_demo_rand_below (&rand, 2) ? GT_VISIT_ON_SITE
                                                                  : GT_VISIT_SURVEY);
          /* Visits go to the first projects more: those are the leader's big ones. */
          first = ids[_gt_demo_rand_below (&rand, MIN (n, 4))];
          gt_visit_add_project_id (visit, first);
          if (n > 1 && _gt_demo_rand_below (&rand, 3) == 0)
            gt_visit_add_project_id (visit, ids[_gt_demo_rand_below (&rand, n)]);
          if (gt_visit_get_kind (visit) == GT_VISIT_ON_SITE)
            {
              guint d = _gt_demo_rand_below (&rand, G_N_ELEMENTS (decisions));

              gt_visit_set_decisions (visit, decisions[d]);
              issues = spot_issue (demo, &spot, d, day, first);
            }
          if (!gt_store_add_visit (demo->store, visit, issues, error))
            return FALSE;
        }
    }
  return TRUE;
}
