/* gt-overview-chart.h: the Overview's six charts by name, for the panels that
 * show them, the pages that print them and the tests that draw them.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-chart-style.h"
#include "gt-figures.h"

G_BEGIN_DECLS

typedef enum {
  GT_OVERVIEW_CHART_COMPLETION,
  GT_OVERVIEW_CHART_CUMULATIVE,
  GT_OVERVIEW_CHART_PIPELINE,
  GT_OVERVIEW_CHART_ISSUES,
  GT_OVERVIEW_CHART_RAG,
  GT_OVERVIEW_CHART_RANKING,
  GT_N_OVERVIEW_CHARTS
} GtOverviewChart;

/* The chart's title, translated. */
const char *gt_overview_chart_get_title    (GtOverviewChart     chart);
/* The name of a grouping as the charts offer it ("By Locality"), translated. */
const char *gt_chart_grouping_get_label    (GtChartGrouping     grouping);
/* Draws @chart as gt-chart-style.h says; @grouping is whose figures the
 * completion chart and the ranking show, @metric what the ranking ranks by. */
void        gt_overview_chart_draw         (cairo_t            *cr,
                                            const GtChartStyle *style,
                                            const GtFigures    *figures,
                                            GtOverviewChart     chart,
                                            GtChartGrouping     grouping,
                                            GtRankingMetric     metric,
                                            double              width,
                                            double              height);

G_END_DECLS
