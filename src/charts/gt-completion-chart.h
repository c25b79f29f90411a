/* gt-completion-chart.h: investment completed against the year plan, a bar for
 * each locality, unit or leader, with the 序时进度 marker (plan × N ÷ 12).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-chart-style.h"
#include "gt-figures.h"

G_BEGIN_DECLS

/* See gt-chart-style.h for the rectangle, the scale and the style. The groups
 * come in the figures' order; those with no project and no money (a unit that
 * only had issues assigned) are left out. */
void gt_completion_chart_draw (cairo_t            *cr,
                               const GtChartStyle *style,
                               const GtFigures    *figures,
                               GtChartGrouping     grouping,
                               double              width,
                               double              height);

G_END_DECLS
