/* gt-gantt-canvas.h: the wall chart as a scrollable widget.
 *
 * Draws with the Gantt renderer only what shows; the header and the label column
 * stay put while the adjustments move the time axis and the rows. Put it in a
 * GtkScrolledWindow.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gt-gantt-renderer.h"
#include "gt-gantt-rows.h"

G_BEGIN_DECLS

#define GT_TYPE_GANTT_CANVAS (gt_gantt_canvas_get_type ())
G_DECLARE_FINAL_TYPE (GtGanttCanvas, gt_gantt_canvas, GT, GANTT_CANVAS, GtkWidget)

/* Signals: ::row-activated (gint64 project id) on double click or Enter;
 * ::zoom-changed when Ctrl+scroll or +/- changed the zoom. */
GtkWidget   *gt_gantt_canvas_new              (void);
/* Takes @rows; keeps the highlighted project when it is still there. */
void         gt_gantt_canvas_set_rows         (GtGanttCanvas   *self,
                                               GtGanttRows     *rows);
GtGanttRows *gt_gantt_canvas_get_rows         (GtGanttCanvas   *self);
void         gt_gantt_canvas_set_zoom         (GtGanttCanvas   *self,
                                               GtGanttZoom      zoom);
GtGanttZoom  gt_gantt_canvas_get_zoom         (GtGanttCanvas   *self);
/* Steps the day width up (@steps > 0) or down within the zoom. */
void         gt_gantt_canvas_zoom_by          (GtGanttCanvas   *self,
                                               int              steps);
/* An unset date means the local date. */
void         gt_gantt_canvas_set_today        (GtGanttCanvas   *self,
                                               const GDate     *today);
void         gt_gantt_canvas_scroll_to_today  (GtGanttCanvas   *self);
/* The highlighted row, or -1. */
int          gt_gantt_canvas_get_selected     (GtGanttCanvas   *self);
void         gt_gantt_canvas_set_selected     (GtGanttCanvas   *self,
                                               int              row);
double       gt_gantt_canvas_get_content_width (GtGanttCanvas  *self);
/* The options of the chart as printed: every label column, whether or not a
 * narrow window shows them. */
const GtGanttOptions *gt_gantt_canvas_get_options (GtGanttCanvas *self);
/* How many label columns a narrow window hides: 0, 1 (the unit) or 2 (the
 * unit and the leader). */
guint        gt_gantt_canvas_get_cut_columns  (GtGanttCanvas   *self);
/* The text of the tooltip over row @row. */
/* Why each project has its light: project id (gint64 *) → GtRagReason bits, or
 * NULL. Shown in the tooltip. */
void         gt_gantt_canvas_set_reasons      (GtGanttCanvas   *self,
                                               GHashTable      *reasons);
char        *gt_gantt_canvas_describe_row     (GtGanttCanvas   *self,
                                               guint            row);
/* Draws the progress front line (前锋线) on the today line's day. */
void         gt_gantt_canvas_set_front_line   (GtGanttCanvas   *self,
                                               gboolean         front_line);

G_END_DECLS
