/* gt-demo-formalities.c: the demo register's approval formalities (审批手续).
 *
 * Each project gets the approvals of its category, planned backwards from its
 * planned start as the app plans them (gt_formality_template_plan(), its
 * departments matched to the county's units), then given along the project's
 * own timeline: the chain slips from a small slip at 立项 to the project's
 * start delay at 施工许可, so that a project that starts late is the one whose
 * approvals came late. What the timeline has given by the demo's today is 已办
 * (dated), the next one 在办 once it could be applied for, the rest 未办; a few
 * are 不需要. A late-starting project thus has approvals overdue, one about to
 * start has some due within days, and the 手续办理 window, the wall chart's
 * triangles and the lights have something to show.
 *
 * The templates are the demo's own Chinese lists per category (the built-in
 * one is translated, and the demo is Chinese data whatever the language), read
 * through gt_formality_template_for_category() as the office's settings are.
 *
 * Like the visits, they draw from a generator of their own, seeded from the
 * demo's seed, and are written after everything else, so that the demo's
 * figures, issues and ids stay as they were.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-demo-private.h"
#include "gt-formality-template.h"
#include "gt-store-formalities.h"

/* "kind|department|days;…" as the settings key holds them; "" for the rest. */
static const struct {
  const char *category;
  const char *items;
} demo_templates[] = {
  { "",
    "立项/备案|发改局|5;用地预审与选址|自然资源局|20;用地规划许可|自然资源局|20;"
    "工程规划许可|自然资源局|20;环评批复|生态环境局|30;节能审查|发改局|20;"
    "施工图审查|住建局|15;施工许可|住建局|7" },
  { "工业",
    "企业投资项目备案|发改局|3;用地预审与选址|自然资源局|20;用地规划许可|自然资源局|20;"
    "工程规划许可|自然资源局|20;环评批复|生态环境局|30;节能审查|发改局|20;"
    "安全条件审查|应急管理局|20;施工图审查|住建局|15;施工许可|行政审批局|7" },
  { "基础设施",
    "可行性研究报告批复|发改局|20;用地预审与选址|自然资源局|20;用地规划许可|自然资源局|20;"
    "工程规划许可|自然资源局|20;环评批复|生态环境局|30;水土保持方案审批|水利局|20;"
    "施工图审查|住建局|15;施工许可|住建局|7" },
  { "农业农村",
    "立项/备案|发改局|5;设施农业用地备案|自然资源局|15;环评批复|生态环境局|20;"
    "施工图审查|住建局|15;施工许可|住建局|7" },
  { "房地产",
    "企业投资项目备案|发改局|3;用地规划许可|自然资源局|20;工程规划许可|自然资源局|20;"
    "环评批复|生态环境局|20;施工图审查|住建局|15;施工许可|行政审批局|7" },
};

/* What the office writes beside an approval under way. */
static const char *const doing_notes[] = {
  "已受理，材料审查中",
  "已受理，待补正材料",
  "已上报市级部门审查",
  "专家评审已完成，待出具批复",
  "",
  "",
};

static GVariant *
templates_variant (void)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  for (guint i = 0; i < G_N_ELEMENTS (demo_templates); i++)
    g_variant_builder_add (&builder, "{ss}", demo_templates[i].category,
                           demo_templates[i].items);
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

static int
julian_of_date (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? (int) g_date_get_julian (date) : 0;
}

/* Whether @kind, for a project of @total yuan, is one an office often does
 * without: small projects need no energy review (节能审查 below the threshold of
 * energy use), and a few others are folded into another approval. */
static gboolean
not_needed (DemoRand   *r,
            const char *kind,
            guint       position,
            guint       n,
            gint64      total)
{
  gboolean maybe = _gt_demo_rand_below (r, 12) == 0;

  if (strstr (kind, "节能") != NULL)
    return total < 2 * GT_YUAN_PER_YI || maybe;
  /* The first and the last are never waived. */
  return position > 0 && position + 1 < n && maybe;
}

/* Sets the states and dates of @list (planned already) along @p's timeline. */
static void
give_along_timeline (Demo              *demo,
                     DemoRand          *r,
                     const DemoProject *p,
                     GPtrArray         *list)
{
  guint n = list->len;
  g_autofree int *given = g_new0 (int, n);
  int final_shift = p->actual_start - p->planned_start;
  /* 立项 came a little early or late; the chain drifts to the start's delay. */
  int first_shift = _gt_demo_rand_range (r, -10, 15);
  int next, last_given = 0;
  gboolean blocked = FALSE;

  for (guint i = 0; i < n; i++)
    {
      GtFormality *formality = g_ptr_array_index (list, i);
      int planned = julian_of_date (gt_formality_get_planned_on (formality));
      int shift = first_shift + (final_shift - first_shift) * (int) (i + 1) / (int) n;
      int jitter = _gt_demo_rand_range (r, -2, 2);

      if (not_needed (r, gt_formality_get_kind (formality), i, n, p->total))
        gt_formality_set_state (formality, GT_FORMALITY_NOT_NEEDED);
      else if (planned != 0)
        given[i] = planned + shift + jitter;
    }
  /* One after the other, the last in hand at the latest the day before the
   * works start. */
  next = p->actual_start;
  for (guint i = n; i > 0; i--)
    if (given[i - 1] != 0)
      next = given[i - 1] = MIN (given[i - 1], next - 1);

  for (guint i = 0; i < n; i++)
    {
      GtFormality *formality = g_ptr_array_index (list, i);
      int applied;
      GDate date;

      if (given[i] == 0)
        continue;
      applied = last_given != 0 ? last_given
                : given[i] - gt_formality_get_limit_days (formality);
      if (!blocked && given[i] <= demo->today)
        {
          gt_formality_set_state (formality, GT_FORMALITY_DONE);
          _gt_demo_set_julian (&date, given[i]);
          gt_formality_set_actual_on (formality, &date);
          last_given = given[i];
          continue;
        }
      if (!blocked && applied <= demo->today)
        {
          gt_formality_set_state (formality, GT_FORMALITY_DOING);
          gt_formality_set_note (formality, PICK (r, doing_notes));
        }
      /* One at a time: the rest wait for this one. */
      blocked = TRUE;
    }
}

gboolean
_gt_demo_add_formalities (Demo    *demo,
                          GError **error)
{
  DemoRand rand = { demo->rand.state ^ G_GUINT64_CONSTANT (0xF0A11717E5) };
  g_autoptr(GVariant) templates = templates_variant ();
  GListModel *units = gt_store_get_units (demo->store);

  for (guint i = 0; i < demo->projects->len; i++)
    {
      const DemoProject *p = &g_array_index (demo->projects, DemoProject, i);
      g_autoptr(GtFormalityTemplate) tmpl = NULL;
      g_autoptr(GPtrArray) list = NULL;
      GDate start;

      tmpl = gt_formality_template_for_category (templates, p->category);
      _gt_demo_set_julian (&start, p->planned_start);
      list = gt_formality_template_plan (tmpl, &start, p->id, units);
      give_along_timeline (demo, &rand, p, list);
      if (!gt_store_replace_formalities (demo->store, p->id, list, error))
        return FALSE;
    }
  return TRUE;
}
