/* gt-office-month.h: the month's figures and briefing under the office's own
 * rules, computed once here for every output that shows them.
 *
 * The Overview, the exported overview, the monthly report's table and the
 * meeting's slides all show one month judged by the rules set in the
 * preferences (status thresholds, start-rate targets). Each used to read those
 * rules from the settings and call gt_figures_compute() or gt_briefing_new()
 * itself; here is the one place that does, so that no output can judge a month
 * by other rules than the window. Callers that test a rule pass their own to
 * gt_figures_compute() and gt_briefing_new().
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-briefing.h"
#include "gt-figures.h"
#include "gt-rag.h"
#include "gt-store.h"

G_BEGIN_DECLS

/* The office's rules: both read from the settings (gt-office-settings.h), the
 * built-in defaults where the schema is missing. */
typedef struct {
  GtRagRules     rag;
  GtStartTargets targets;
} GtOfficeRules;

void        gt_office_rules_load     (GtOfficeRules       *rules);
/* The figures of @month of @year under the office's rules, judged on @today
 * (NULL: the month's last day). Free with gt_figures_free(). */
GtFigures  *gt_office_month_figures  (GtStore             *store,
                                      int                  year,
                                      int                  month,
                                      const GDate         *today,
                                      GError             **error);
/* The briefing of @month of @year under the office's rules, grouped by
 * @grouping, judged on @today. Free with gt_briefing_free(). */
GtBriefing *gt_office_month_briefing (GtStore             *store,
                                      int                  year,
                                      int                  month,
                                      GtBriefingGrouping   grouping,
                                      const GDate         *today,
                                      GError             **error);

G_END_DECLS
