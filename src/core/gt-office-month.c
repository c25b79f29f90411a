/* gt-office-month.c: the month's figures and briefing under the office's rules.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-office-month.h"
#include "gt-office-settings.h"

void
gt_office_rules_load (GtOfficeRules *rules)
{
  g_return_if_fail (rules != NULL);

  gt_office_settings_load_rag_rules (&rules->rag);
  gt_office_settings_load_start_targets (&rules->targets);
}

GtFigures *
gt_office_month_figures (GtStore      *store,
                         int           year,
                         int           month,
                         const GDate  *today,
                         GError      **error)
{
  GtOfficeRules rules;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  gt_office_rules_load (&rules);
  return gt_figures_compute (store, year, month, &rules.rag, &rules.targets, today, error);
}

GtBriefing *
gt_office_month_briefing (GtStore             *store,
                          int                  year,
                          int                  month,
                          GtBriefingGrouping   grouping,
                          const GDate         *today,
                          GError             **error)
{
  GtOfficeRules rules;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  gt_office_rules_load (&rules);
  return gt_briefing_new (store, year, month, grouping, &rules.rag, &rules.targets, today,
                          error);
}
