/* gt-chart-panel.h: one chart of the Overview page, in a card.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-figures.h"
#include "gt-overview-chart.h"

G_BEGIN_DECLS

#define GT_TYPE_CHART_PANEL (gt_chart_panel_get_type ())
G_DECLARE_FINAL_TYPE (GtChartPanel, gt_chart_panel, GT, CHART_PANEL, GtkBox)

GtkWidget        *gt_chart_panel_new         (GtOverviewChart   chart);
/* @figures is borrowed: set it again (or NULL) before it is freed. */
void              gt_chart_panel_set_figures (GtChartPanel     *self,
                                              const GtFigures  *figures);
GtOverviewChart   gt_chart_panel_get_chart   (GtChartPanel     *self);

G_END_DECLS
