/* gt-table-print.h: a table on paper (the monthly report, the issue ledger,
 * the register): as many rows a page as fit, the title and the column headers
 * on every page; figure columns as wide as their widest figure (the type
 * shrinks until they fit across), text columns sharing the rest and wrapping.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-export-doc.h"
#include "gt-export-table.h"

G_BEGIN_DECLS

typedef struct _GtTablePrint GtTablePrint;

/* @table is borrowed and must outlive the print; its title heads the pages
 * unless @title names a chart. */
GtTablePrint *gt_table_print_new          (GtExportTable      *table,
                                           const GtPrintTitle *title,
                                           double              width,
                                           double              height);
void          gt_table_print_free         (GtTablePrint       *self);
guint         gt_table_print_get_n_pages  (GtTablePrint       *self);
/* The size of the type, points: smaller than 8 when the figures needed it. */
double        gt_table_print_get_font_size (GtTablePrint      *self);
void          gt_table_print_get_doc      (GtTablePrint       *self,
                                           GtExportDoc        *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtTablePrint, gt_table_print_free)

G_END_DECLS
