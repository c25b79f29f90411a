/* gt-summary.h: the headline figures of a year's register.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-enums.h"
#include "gt-store.h"

G_BEGIN_DECLS

typedef struct {
  int    year;
  guint  projects;
  gint64 total_investment;   /* yuan */
  gint64 annual_plan;        /* yuan, plans for @year */
  gint64 completed;          /* yuan, monthly reports of @year up to the month */
  guint  by_stage[GT_N_STAGES];
  guint  issues_total;       /* found (raised) by the day */
  guint  issues_open;        /* in hand: found and not resolved by the day */
  guint  issues_resolved;    /* resolved by the day, not (yet) closed */
  guint  issues_closed;      /* resolved and struck off (销号) by the day */
  guint  issues_overdue;     /* in hand, deadline before the day */
} GtSummary;

/* The figures' total (gt_figures_compute()) of live rows for @year as of
 * @today: its month's figures stopped on that day when @today falls in
 * @year, the whole year when @year is over (or @today is NULL), January's
 * stopped on @today when @year has not begun. The command line hands it the
 * as-of month's last day (gt-as-of.h), so that it says what the overview says
 * for that month. */
gboolean  gt_summary_compute  (GtStore         *store,
                               int              year,
                               const GDate     *today,
                               GtSummary       *summary,
                               GError         **error);
/* One JSON object: projects, total_investment_yuan, annual_plan_yuan,
 * completed_yuan, year, by_stage {stage id: count}, issues {total, open,
 * resolved, closed, overdue}. */
char     *gt_summary_to_json  (const GtSummary *summary);
/* The same for people, translated: several lines of text. */
char     *gt_summary_to_text  (const GtSummary *summary);

G_END_DECLS
