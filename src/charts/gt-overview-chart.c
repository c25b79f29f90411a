/* gt-overview-chart.c: the Overview's six charts by name.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-completion-chart.h"
#include "gt-cumulative-chart.h"
#include "gt-issues-chart.h"
#include "gt-overview-chart.h"
#include "gt-pipeline-chart.h"
#include "gt-rag-chart.h"
#include "gt-ranking-table.h"

const char *
gt_overview_chart_get_title (GtOverviewChart chart)
{
  static const char * const titles[GT_N_OVERVIEW_CHARTS] = {
    [GT_OVERVIEW_CHART_COMPLETION] = N_("Investment Completed against Plan"),
    [GT_OVERVIEW_CHART_CUMULATIVE] = N_("Completed by Month"),
    [GT_OVERVIEW_CHART_PIPELINE] = N_("Projects by Stage"),
    [GT_OVERVIEW_CHART_ISSUES] = N_("Issues by Category"),
    [GT_OVERVIEW_CHART_RAG] = N_("Status Lights"),
    [GT_OVERVIEW_CHART_RANKING] = N_("Rankings"),
  };

  g_return_val_if_fail ((guint) chart < GT_N_OVERVIEW_CHARTS, "");
  return _(titles[chart]);
}

const char *
gt_chart_grouping_get_label (GtChartGrouping grouping)
{
  static const char * const labels[GT_CHART_N_GROUPINGS] = {
    [GT_CHART_BY_LOCALITY] = N_("By Locality"),
    [GT_CHART_BY_UNIT] = N_("By Responsible Unit"),
    [GT_CHART_BY_LEADER] = N_("By Leader"),
  };

  g_return_val_if_fail ((guint) grouping < GT_CHART_N_GROUPINGS, "");
  return _(labels[grouping]);
}

void
gt_overview_chart_draw (cairo_t            *cr,
                        const GtChartStyle *style,
                        const GtFigures    *figures,
                        GtOverviewChart     chart,
                        GtChartGrouping     grouping,
                        GtRankingMetric     metric,
                        double              width,
                        double              height)
{
  switch (chart)
    {
    case GT_OVERVIEW_CHART_COMPLETION:
      gt_completion_chart_draw (cr, style, figures, grouping, width, height);
      break;
    case GT_OVERVIEW_CHART_CUMULATIVE:
      gt_cumulative_chart_draw (cr, style, figures, width, height);
      break;
    case GT_OVERVIEW_CHART_PIPELINE:
      gt_pipeline_chart_draw (cr, style, figures, width, height);
      break;
    case GT_OVERVIEW_CHART_ISSUES:
      gt_issues_chart_draw (cr, style, figures, width, height);
      break;
    case GT_OVERVIEW_CHART_RAG:
      gt_rag_chart_draw (cr, style, figures, width, height);
      break;
    case GT_OVERVIEW_CHART_RANKING:
      gt_ranking_table_draw (cr, style, figures, grouping, metric, width, height);
      break;
    case GT_N_OVERVIEW_CHARTS:
    default:
      g_return_if_reached ();
    }
}
