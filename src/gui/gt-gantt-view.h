/* gt-gantt-view.h: the Wall Chart page (挂图作战): every project on a Gantt chart.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-gantt-canvas.h"
#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_GANTT_VIEW (gt_gantt_view_get_type ())
G_DECLARE_FINAL_TYPE (GtGanttView, gt_gantt_view, GT, GANTT_VIEW, AdwBin)

/* @store is the construct-only "store" property. The view installs view.find,
 * which the window forwards Ctrl+F to. */
GtkWidget     *gt_gantt_view_new              (GtStore         *store);
/* These act at once, as the toolbar's controls do. */
void           gt_gantt_view_set_search_text  (GtGanttView     *self,
                                               const char      *text);
void           gt_gantt_view_set_grouping     (GtGanttView     *self,
                                               GtGanttGrouping  grouping);
void           gt_gantt_view_set_zoom         (GtGanttView     *self,
                                               GtGanttZoom      zoom);
/* Shows only the projects of light @light (a GtRag), or all for −1, as the
 * filter popover does. */
void           gt_gantt_view_set_light        (GtGanttView     *self,
                                               int              light);
/* The rows on the chart: projects shown, plus group headers. */
guint          gt_gantt_view_get_n_rows       (GtGanttView     *self);
GtGanttCanvas *gt_gantt_view_get_canvas       (GtGanttView     *self);

G_END_DECLS
