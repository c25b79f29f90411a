/* gt-ranking-table.h: the ranking notice (排名通报) of localities, units or
 * leaders by one rate, as a table with the rule under it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-chart-style.h"
#include "gt-figures.h"

G_BEGIN_DECLS

/* See gt-chart-style.h for the rectangle, the scale and the style. The ranks
 * come from gt_ranking_compute(): equal rates share a rank, and those without a
 * base close the table with "—". */
void gt_ranking_table_draw (cairo_t            *cr,
                            const GtChartStyle *style,
                            const GtFigures    *figures,
                            GtChartGrouping     grouping,
                            GtRankingMetric     metric,
                            double              width,
                            double              height);

G_END_DECLS
