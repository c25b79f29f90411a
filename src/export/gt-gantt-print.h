/* gt-gantt-print.h: the wall chart on paper, tiled across as many pages as it
 * needs, each with the title, the time-scale header and label column, the
 * legend and "第 x 页 / 共 y 页", all drawn by the screen's renderer.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-export-doc.h"
#include "gt-gantt-renderer.h"
#include "gt-page-tiling.h"

G_BEGIN_DECLS

/* The zoom a wall chart is printed at unless the caller has one: years of
 * projects on a few sheets across, each month still labelled. */
#define GT_GANTT_PRINT_DEFAULT_ZOOM GT_GANTT_ZOOM_QUARTER

typedef struct _GtGanttPrint GtGanttPrint;

/* @opts: the chart's options (zoom, range, column widths) as on the screen; the
 * scale is set here. @rows are borrowed and must outlive the print. The page is
 * @width × @height points, margins included. */
GtGanttPrint *gt_gantt_print_new          (const GtGanttOptions *opts,
                                           const GtGanttRow     *rows,
                                           guint                 n_rows,
                                           const GtPrintTitle   *title,
                                           double                width,
                                           double                height,
                                           gboolean              fit_width);
void          gt_gantt_print_free         (GtGanttPrint         *self);
guint         gt_gantt_print_get_n_pages  (GtGanttPrint         *self);
const GtTiling *gt_gantt_print_get_tiling (GtGanttPrint         *self);
/* Draws page @index with the origin at the page's top-left corner. */
void          gt_gantt_print_draw_page    (GtGanttPrint         *self,
                                           cairo_t              *cr,
                                           guint                 index);
/* The print as a document for the exporters; borrowed from @self. */
void          gt_gantt_print_get_doc      (GtGanttPrint         *self,
                                           GtExportDoc          *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtGanttPrint, gt_gantt_print_free)

G_END_DECLS
