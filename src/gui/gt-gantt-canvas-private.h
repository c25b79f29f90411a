/* gt-gantt-canvas-private.h: shared by the wall chart widget's files: the
 * canvas (gt-gantt-canvas.c) and its pointer and keyboard handling
 * (gt-gantt-canvas-input.c).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-gantt-canvas.h"

G_BEGIN_DECLS

struct _GtGanttCanvas
{
  GtkWidget       parent_instance;

  GtGanttRows    *rows;
  GtGanttOptions  opts;
  GtGanttZoom     zoom;
  double          factor;        /* day width over the zoom's own */
  GDate           today;         /* unset: the local date */
  int             selected;
  gboolean        scrolled_to_today;
  gboolean        front_line;
  /* How many of the label's columns give way to the bars on a narrow screen:
   * 0 none, 1 the unit, 2 the unit and the leader (both stay in the tooltip). */
  guint           cut_columns;
  /* The options with every label column, for the printed chart. */
  GtGanttOptions  print_opts;

  GtkAdjustment  *hadjustment;
  GtkAdjustment  *vadjustment;
  guint           hscroll_policy : 1;
  guint           vscroll_policy : 1;
  GHashTable     *reasons;       /* project id → GtRagReason bits, or NULL */
};

/* gt-gantt-canvas.c: what the input handlers read of the chart in sight. */
/* The rows shown, or NULL and 0 before there are any. */
const GtGanttRow *_gt_gantt_canvas_get_rows           (GtGanttCanvas *self,
                                                       guint         *n_rows);
/* The row at the top, under the header. */
guint             _gt_gantt_canvas_first_row          (GtGanttCanvas *self);
/* How far the time axis is scrolled, in pixels. */
double            _gt_gantt_canvas_scroll_x           (GtGanttCanvas *self);
/* How many whole rows the widget's height holds. */
guint             _gt_gantt_canvas_visible_rows       (GtGanttCanvas *self);
/* Emits ::row-activated for the project @id. */
void              _gt_gantt_canvas_emit_row_activated (GtGanttCanvas *self,
                                                       gint64         id);

/* gt-gantt-canvas-input.c: the tooltip, the click, Ctrl+scroll and the keys. */
void              _gt_gantt_canvas_setup_input        (GtGanttCanvas *self);

G_END_DECLS
