/* gt-demo-visits.c: the demo register's leaders' site visits.
 *
 * Over the eight weeks up to the demo's today, each leader goes on site in
 * some weeks and not others (the busier leaders more often), to one or two of
 * the projects in their charge, some visits a survey (现场调研) and some a
 * working visit (现场办公) with what was decided, so that the leader's page
 * shows months below and above the rule and projects not visited for weeks,
 * and the weekly 督查专报 has visits to report.
 *
 * The visits draw from a generator of their own, seeded from the demo's seed,
 * so that adding them changed nothing else the demo makes (its figures,
 * lights and issues are what tests and screenshots know). They assign no
 * issues: the demo's issues and their rates stay as they were.
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
          gt_visit_add_project_id (visit, ids[_gt_demo_rand_below (&rand, MIN (n, 4))]);
          if (n > 1 && _gt_demo_rand_below (&rand, 3) == 0)
            gt_visit_add_project_id (visit, ids[_gt_demo_rand_below (&rand, n)]);
          if (gt_visit_get_kind (visit) == GT_VISIT_ON_SITE)
            gt_visit_set_decisions (visit, PICK (&rand, decisions));
          if (!gt_store_add_visit (demo->store, visit, NULL, error))
            return FALSE;
        }
    }
  return TRUE;
}
