/* gt-rag-chart.h: the red / amber / green status counts (● ▲ ■) of the whole register.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-chart-style.h"
#include "gt-figures.h"

G_BEGIN_DECLS

/* See gt-chart-style.h for the rectangle, the scale and the style. */
void gt_rag_chart_draw (cairo_t            *cr,
                        const GtChartStyle *style,
                        const GtFigures    *figures,
                        double              width,
                        double              height);

G_END_DECLS
