/* gt-issue-category-guess.c: an issue's category from its words.
 *
 * One guesser for the ledger's import and the units' returns, so that the
 * same 存在问题 lands in the same category whichever way it comes in.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-issue-category-guess.h"

GtIssueCategory
gt_issue_category_guess (const char *text)
{
  /* In order: the first rule whose word is found wins. */
  static const struct { const char *words; GtIssueCategory category; } rules[] = {
    { "拆迁|征迁|搬迁|迁改", GT_ISSUE_CATEGORY_DEMOLITION },
    { "用地|土地|征地|林地|地块|指标", GT_ISSUE_CATEGORY_LAND },
    { "资金|融资|贷款|拨付|债券", GT_ISSUE_CATEGORY_FUNDING },
    { "环评|环保|污染|排放|能评", GT_ISSUE_CATEGORY_ENVIRONMENT },
    { "规划|设计", GT_ISSUE_CATEGORY_PLANNING },
    { "审批|手续|许可|立项|备案|证", GT_ISSUE_CATEGORY_PERMITS },
    { "施工|工期|进场|材料|工人", GT_ISSUE_CATEGORY_CONSTRUCTION },
  };

  if (text == NULL)
    return GT_ISSUE_CATEGORY_OTHER;
  for (gsize i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_auto(GStrv) words = g_strsplit (rules[i].words, "|", -1);

      for (char **w = words; *w != NULL; w++)
        if (strstr (text, *w) != NULL)
          return rules[i].category;
    }
  return GT_ISSUE_CATEGORY_OTHER;
}
