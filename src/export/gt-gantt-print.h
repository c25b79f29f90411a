/* gt-gantt-print.h: the wall chart on paper, tiled across as many sheets as it
 * needs, each with the title, the time-scale header, the label column (or on a
 * wall, the 序号 strip right of the first sheet), the legend, the sheet's mark
 * and "第 x 页 / 共 y 页", all drawn by the screen's renderer.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-export-doc.h"
#include "gt-gantt-renderer.h"
#include "gt-gantt-rows.h"
#include "gt-page-tiling.h"

G_BEGIN_DECLS

/* The zoom a wall chart is printed at unless the caller has one: years of
 * projects on a few sheets across, each month still labelled. */
#define GT_GANTT_PRINT_DEFAULT_ZOOM GT_GANTT_ZOOM_QUARTER

typedef struct _GtGanttPrint GtGanttPrint;

/* How a wall chart is cut into sheets for a wall. */
typedef struct {
  gboolean fit_width;     /* the time axis squeezed to one sheet across; the
                           * names keep their size */
  gboolean labels_once;   /* the label column on the leftmost sheet of each
                           * band only, a 序号 strip on the others */
  gboolean overlap;       /* 10 mm of dates repeated from the sheet on the left,
                           * with marks to paste them up by */
  gboolean sheet_map;     /* a first page that maps the sheets (A1, A2 … B1),
                           * when there is more than one */
} GtGanttPrintSettings;

/* What the office chooses for its wall, in the print dialog or on the command
 * line (--from, --to, --columns), carried by the export job. */
typedef struct {
  GDate    from;          /* first month shown; unset: January of the as-of year */
  GDate    to;            /* last month shown; unset: December of the as-of year */
  guint    columns;       /* GtGanttColumns beside the names */
  gboolean overlap;       /* as GtGanttPrintSettings */
  gboolean front_line;    /* the progress front line (前锋线) on the as-of day */
} GtGanttWall;

/* Sets @opts' range to the wall's months (from the first day of @from's month to
 * the last of @to's), the as-of @year's by default, its figure columns and its
 * front line; when
 * there are columns and @rows, fills the rows' figures of @month of @year from
 * @store (gt-gantt-figures.h). */
gboolean      gt_gantt_wall_apply          (const GtGanttWall    *wall,
                                            GtGanttOptions       *opts,
                                            GtGanttRows          *rows,
                                            GtStore              *store,
                                            int                   year,
                                            int                   month,
                                            GError              **error);

/* The names' size on paper, at least: legible at 1.5 m. */
#define GT_GANTT_PRINT_NAME_POINTS 10.5
/* Never less, however the chart is squeezed. */
#define GT_GANTT_PRINT_MIN_POINTS  9.0
/* The overlap of GtGanttPrintSettings, in points: ten millimetres. */
#define GT_GANTT_PRINT_OVERLAP     (10.0 / 25.4 * 72.0)

/* What a wall chart gets unless told otherwise: labels once, the sheet map. */
void          gt_gantt_print_settings_init (GtGanttPrintSettings *settings);

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
/* With the @settings of a wall; gt_gantt_print_new() prints the label column
 * on every page and no sheet map. */
GtGanttPrint *gt_gantt_print_new_full     (const GtGanttOptions *opts,
                                           const GtGanttRow     *rows,
                                           guint                 n_rows,
                                           const GtPrintTitle   *title,
                                           double                width,
                                           double                height,
                                           const GtGanttPrintSettings *settings);
void          gt_gantt_print_free         (GtGanttPrint         *self);
/* A wall print of @wall's choices (its columns and overlap): labels once, the
 * sheet map. */
GtGanttPrint *gt_gantt_print_new_for_wall (const GtGanttOptions *opts,
                                           const GtGanttRow     *rows,
                                           guint                 n_rows,
                                           const GtPrintTitle   *title,
                                           double                width,
                                           double                height,
                                           gboolean              fit_width,
                                           const GtGanttWall    *wall);
/* The page (points) that holds the whole chart of @n_rows at once, for a
 * picture of it. */
void          gt_gantt_print_whole_size   (const GtGanttOptions *opts,
                                           guint                 n_rows,
                                           double               *width,
                                           double               *height);
/* The sheets of the chart, the sheet map left out. */
guint         gt_gantt_print_get_n_sheets (GtGanttPrint         *self);
/* TRUE when page 0 is the sheet map. */
gboolean      gt_gantt_print_has_map      (GtGanttPrint         *self);
/* The size of the project names as printed, in points. */
double        gt_gantt_print_get_name_size (GtGanttPrint        *self);
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
