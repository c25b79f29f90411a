/* gt-gantt-sheet-map.h: the first page of a wall chart of many sheets: which
 * sheet goes where on the wall (A1, A2 … B1), the 序号 each band of sheets
 * holds and the months each column of sheets spans; and the mark in the corner
 * of every sheet.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "gt-gantt-renderer.h"
#include "gt-page-tiling.h"

G_BEGIN_DECLS

/* Draws the map over @width × @height from the origin. @opts are the chart's at
 * the print's scale (with the whole label column), for the dates of a column. */
void gt_gantt_sheet_map_draw      (cairo_t              *cr,
                                   const GtTiling       *tiling,
                                   const GtGanttOptions *opts,
                                   const GtGanttRow     *rows,
                                   guint                 n_rows,
                                   double                width,
                                   double                height);
/* The sheet's @mark, boxed, with its top-right corner at (@right, @top). */
void gt_gantt_sheet_map_draw_mark (cairo_t              *cr,
                                   const char           *mark,
                                   double                right,
                                   double                top);

G_END_DECLS
