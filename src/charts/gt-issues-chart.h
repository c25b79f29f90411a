/* gt-issues-chart.h: issues by category: for each, how many were found,
 * resolved, are in hand and overdue, as of the figures' date.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-chart-style.h"
#include "gt-figures.h"

G_BEGIN_DECLS

/* See gt-chart-style.h for the rectangle, the scale and the style. */
void gt_issues_chart_draw (cairo_t            *cr,
                           const GtChartStyle *style,
                           const GtFigures    *figures,
                           double              width,
                           double              height);

G_END_DECLS
