/* gt-demo-visits.c: the demo register's leaders' site visits.
 *
 * Over the eight weeks up to the demo's today, each leader goes on site in
 * some weeks and not others (the busier leaders more often), to one or two of
 * the projects in their charge, some visits a survey (现场调研) and some a
 * working visit (现场办公) with what was decided, so that the leader's page
 * shows months below and above the rule and projects not visited for weeks,
 * and the weekly 督查专报 has visits to report.
 *
 * Working visits assign issues on the spot (现场交办): what the decision was
 * about, handed to the unit it names with a deadline of days or weeks, linked
 * to the visit. They are a few of the size's issues (demo->spot_issues), which
 * gt-demo-progress.c draws but does not write, in the statuses those had: the
 * register has the issues the size says, and as many raised, in hand,
 * resolved and closed as before. The open ones are on the latest visits and
 * not yet due; the others were dealt with in time, on visits two weeks old or
 * more.
 *
 * The visits draw from a generator of their own, seeded from the demo's seed,
 * so that adding them changed nothing else the demo makes (its figures,
 * lights and issues are what tests and screenshots know); the issues assigned
 * on the spot from a second one, so that the visits stayed as they were when
 * they came, and are written in the order drawn, with the ids they had.
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
} spot_texts[G_N_ELEMENTS (decisions)] = {
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

/* The issue of decision @d assigned on the spot at a visit on @day to
 * @project_id, in @status, in a new array for gt_store_add_visit(). One
 * raised is still to be handed over; one assigned is not yet due; one resolved
 * or closed was dealt with in time. */
static GPtrArray *
spot_issue (Demo          *demo,
            DemoRand      *r,
            guint          d,
            int            day,
            gint64         project_id,
            GtIssueStatus  status)
{
  const DemoProject *p = find_project (demo, project_id);
  GPtrArray *issues;
  GtIssue *issue;
  int deadline, unit;
  GDate date;

  g_return_val_if_fail (p != NULL, NULL);

  deadline = day + spot_texts[d].days + _gt_demo_rand_range (r, 0, 5);
  unit = spot_texts[d].unit;
  issue = gt_issue_new ();
  gt_issue_set_project_id (issue, project_id);
  gt_issue_set_description (issue, spot_texts[d].description);
  gt_issue_set_category (issue, spot_texts[d].category);
  gt_issue_set_status (issue, status);
  if (status != GT_ISSUE_STATUS_RAISED)
    {
      gt_issue_set_unit_id (issue, unit == TO_LOCALITY ? p->locality_id
                                   : unit == TO_PROJECT_UNIT ? p->unit_id
                                   : demo->dept_ids[unit]);
      if (status == GT_ISSUE_STATUS_ASSIGNED)
        deadline = MAX (deadline, demo->today + 3);
      _gt_demo_set_julian (&date, deadline);
      gt_issue_set_deadline (issue, &date);
    }
  if (status == GT_ISSUE_STATUS_RESOLVED || status == GT_ISSUE_STATUS_CLOSED)
    {
      /* A few days before the deadline, after the visit, by today. */
      int resolved = deadline - _gt_demo_rand_range (r, 0, 5);

      resolved = CLAMP (resolved, MIN (day + 1, demo->today), demo->today);
      gt_issue_set_resolution (issue, spot_texts[d].resolution);
      _gt_demo_set_julian (&date, resolved);
      gt_issue_set_resolved_on (issue, &date);
      if (status == GT_ISSUE_STATUS_CLOSED)
        {
          int closed = resolved + _gt_demo_rand_range (r, 1, 7);

          closed = MIN (closed, demo->today);
          _gt_demo_set_julian (&date, closed);
          gt_issue_set_closed_on (issue, &date);
        }
    }

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

/* A visit drawn, before it is written. */
typedef struct {
  GtVisit   *visit;
  int        day;
  gint64     first;      /* the project visited first */
  int        decision;   /* the index in decisions[]; -1 for a survey */
  GPtrArray *issues;     /* assigned on the spot, or NULL */
} Drawn;

static void
drawn_clear (gpointer data)
{
  Drawn *drawn = data;

  g_clear_object (&drawn->visit);
  g_clear_pointer (&drawn->issues, g_ptr_array_unref);
}

/* Working visits before surveys, the latest first. */
static int
compare_drawn (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  const Drawn *x = &g_array_index ((GArray *) data, Drawn, *(const guint *) a);
  const Drawn *y = &g_array_index ((GArray *) data, Drawn, *(const guint *) b);

  if ((x->decision >= 0) != (y->decision >= 0))
    return x->decision >= 0 ? -1 : 1;
  if (x->day != y->day)
    return x->day > y->day ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

/* The demo's spot_issues, one a visit: the open ones on the latest working
 * visits, those dealt with on visits two weeks old or more. Returns how many
 * are left: none unless there is no visit at all. */
static guint
assign_on_the_spot (Demo   *demo,
                    GArray *drawn)
{
  DemoRand spot = { demo->rand.state ^ G_GUINT64_CONSTANT (0x5B07155E5) };
  g_autofree guint *order = g_new (guint, MAX (drawn->len, 1));
  g_autofree gboolean *used = g_new0 (gboolean, MAX (drawn->len, 1));
  guint left = demo->spot_issues;

  if (drawn->len == 0)
    return left;
  for (guint i = 0; i < drawn->len; i++)
    order[i] = i;
  g_qsort_with_data (order, (int) drawn->len, sizeof (guint), compare_drawn, drawn);

  /* The open ones first, so that they take the latest visits. */
  for (int open = 1; open >= 0; open--)
    for (guint k = 0; k < demo->spot_issues; k++)
      {
        GtIssueStatus status = demo->spot_status[k];
        g_autoptr(GPtrArray) more = NULL;
        Drawn *d = NULL;
        guint decision;

        if (gt_issue_status_is_open (status) != open)
          continue;
        for (int pass = 0; pass < 3 && d == NULL; pass++)
          for (guint i = 0; i < drawn->len && d == NULL; i++)
            {
              Drawn *each = &g_array_index (drawn, Drawn, order[i]);

              /* Unused and old enough; then unused; then any. */
              if ((pass < 2 && used[order[i]]) ||
                  (pass == 0 && !open && each->day > demo->today - 14))
                continue;
              d = each;
              used[order[i]] = TRUE;
            }

        decision = d->decision >= 0 ? (guint) d->decision
                   : _gt_demo_rand_below (&spot, G_N_ELEMENTS (decisions));
        more = spot_issue (demo, &spot, decision, d->day, d->first, status);
        if (d->issues == NULL)
          d->issues = g_steal_pointer (&more);
        else
          g_ptr_array_extend_and_steal (d->issues, g_steal_pointer (&more));
        left--;
      }
  return left;
}

gboolean
_gt_demo_add_visits (Demo    *demo,
                     GError **error)
{
  DemoRand rand = { demo->rand.state ^ G_GUINT64_CONSTANT (0x5EED0F715175) };
  g_autoptr(GArray) drawn = g_array_new (FALSE, TRUE, sizeof (Drawn));
  /* Julian day 1, 1 January of the year 1, was a Monday. */
  int monday = demo->today - (demo->today - 1) % 7;

  g_array_set_clear_func (drawn, drawn_clear);
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
          Drawn d = { NULL, 0, 0, -1, NULL };
          GDate on;

          d.day = monday - 7 * w + _gt_demo_rand_range (&rand, 1, 4);
          if (_gt_demo_rand_below (&rand, 100) >= chance || d.day > demo->today)
            continue;
          d.visit = gt_visit_new ();
          _gt_demo_set_julian (&on, d.day);
          gt_visit_set_leader_id (d.visit, demo->leader_ids[l]);
          gt_visit_set_visited_on (d.visit, &on);
          gt_visit_set_kind (d.visit, _gt_demo_rand_below (&rand, 2) ? GT_VISIT_ON_SITE
                                                                    : GT_VISIT_SURVEY);
          /* Visits go to the first projects more: those are the leader's big ones. */
          d.first = ids[_gt_demo_rand_below (&rand, MIN (n, 4))];
          gt_visit_add_project_id (d.visit, d.first);
          if (n > 1 && _gt_demo_rand_below (&rand, 3) == 0)
            gt_visit_add_project_id (d.visit, ids[_gt_demo_rand_below (&rand, n)]);
          if (gt_visit_get_kind (d.visit) == GT_VISIT_ON_SITE)
            {
              d.decision = (int) _gt_demo_rand_below (&rand, G_N_ELEMENTS (decisions));
              gt_visit_set_decisions (d.visit, decisions[d.decision]);
            }
          g_array_append_val (drawn, d);
        }
    }

  /* No visit at all (every project finished): the size's issues are kept. */
  for (guint left = assign_on_the_spot (demo, drawn); left > 0 && demo->projects->len > 0;
       left--)
    {
      const DemoProject *p = &g_array_index (demo->projects, DemoProject, 0);
      DemoRand spot = { demo->rand.state };
      g_autoptr(GPtrArray) issues = spot_issue (demo, &spot, left % G_N_ELEMENTS (decisions),
                                                demo->today, p->id,
                                                demo->spot_status[left - 1]);
      GtIssue *issue = g_ptr_array_index (issues, 0);
      GDate today;

      _gt_demo_set_julian (&today, demo->today);
      gt_issue_set_raised_on (issue, &today);
      gt_issue_set_leader_id (issue, p->leader_id);
      if (!gt_store_add_issue (demo->store, issue, error))
        return FALSE;
    }

  /* Written in the order drawn: the visits' ids are what they were. */
  for (guint i = 0; i < drawn->len; i++)
    {
      Drawn *d = &g_array_index (drawn, Drawn, i);

      if (!gt_store_add_visit (demo->store, d->visit, d->issues, error))
        return FALSE;
    }
  return TRUE;
}
