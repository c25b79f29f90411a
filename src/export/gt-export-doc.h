/* gt-export-doc.h: a paged document (the wall chart, the overview, a table) as
 * the exporters see it, and the parts every printed page shares.
 *
 * A document is a page size in points, a page count and a function drawing one
 * page onto any cairo_t with the origin at the page's top-left corner: the PDF
 * and PNG writers here and the print dialog call the same function.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "gt-export-progress.h"

G_BEGIN_DECLS

typedef void (*GtExportDrawPage) (gpointer  data,
                                  cairo_t  *cr,
                                  guint     index);

typedef struct {
  double           width;      /* points */
  double           height;
  guint            n_pages;
  GtExportDrawPage draw_page;
  gpointer         data;
  /* The register the pages are drawn from, which the writers never write
   * over (see gt-export-file.h); NULL for none. */
  const char      *register_path;
} GtExportDoc;

/* Paper sizes in points. */
typedef enum {
  GT_PAPER_A4,
  GT_PAPER_A3,
} GtPaper;

/* "A3"/"A4" (any case) → paper; FALSE otherwise. */
gboolean gt_paper_from_name        (const char   *name,
                                    GtPaper      *paper);
/* Landscape when @landscape. */
void     gt_paper_get_size         (GtPaper       paper,
                                    gboolean      landscape,
                                    double       *width,
                                    double       *height);

/* What heads every page. */
typedef struct {
  const char  *office_name;   /* NULL or "" for none */
  const char  *chart_name;    /* e.g. 重点项目推进挂图 */
  GDate        data_date;     /* unset: none */
} GtPrintTitle;

#define GT_PRINT_MARGIN 28.0   /* points, ten millimetres */

/* Draws the title block across @width from the origin; returns its height. */
double   gt_print_draw_title       (cairo_t            *cr,
                                    const GtPrintTitle *title,
                                    double              width);
double   gt_print_title_height     (void);
/* "第 x 页 / 共 y 页" centred at the foot of a @width × @height page. */
void     gt_print_draw_page_number (cairo_t            *cr,
                                    guint               index,
                                    guint               n_pages,
                                    double              width,
                                    double              height);
double   gt_print_footer_height    (void);

/* Every page, one a PDF page. Both writers refuse and replace files as
 * gt-export-file.h says. */
gboolean gt_export_write_pdf       (const GtExportDoc  *doc,
                                    const char         *path,
                                    GError            **error);
/* Page @index as a PNG at @dpi, on white. */
gboolean gt_export_write_png       (const GtExportDoc  *doc,
                                    guint               index,
                                    double              dpi,
                                    const char         *path,
                                    GError            **error);
/* The same, reporting each page done to @monitor (may be NULL) and stopping,
 * with G_IO_ERROR_CANCELLED and no file written, when it is cancelled: for a
 * worker thread, so @doc must draw from finished data (never a store). */
gboolean gt_export_write_pdf_full  (const GtExportDoc      *doc,
                                    const char             *path,
                                    const GtExportMonitor  *monitor,
                                    GError                **error);
gboolean gt_export_write_png_full  (const GtExportDoc      *doc,
                                    guint                   index,
                                    double                  dpi,
                                    const char             *path,
                                    const GtExportMonitor  *monitor,
                                    GError                **error);

G_END_DECLS
