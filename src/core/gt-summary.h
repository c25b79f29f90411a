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
  gint64 completed;          /* yuan, monthly reports of @year */
  guint  by_stage[GT_N_STAGES];
  guint  issues_total;
  guint  issues_open;        /* raised or assigned */
  guint  issues_resolved;
  guint  issues_closed;
  guint  issues_overdue;     /* open, deadline before today */
} GtSummary;

/* Figures of live (not deleted) rows, from the file, for @year; overdue is
 * judged against @today. */
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
