/* gt-cumulative-chart.h: the whole register's investment completed month by
 * month (1—12月): each month's own figure as a bar, the running total as a line,
 * against the year plan's 序时进度 line (plan × m ÷ 12).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-chart-style.h"
#include "gt-figures.h"

G_BEGIN_DECLS

/* See gt-chart-style.h for the rectangle, the scale and the style. */
void gt_cumulative_chart_draw (cairo_t            *cr,
                               const GtChartStyle *style,
                               const GtFigures    *figures,
                               double              width,
                               double              height);

G_END_DECLS
