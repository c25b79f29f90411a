/* gt-table-print.h: a table on paper (the monthly report, the issue ledger):
 * as many rows a page as fit, the title and the column headers on every page,
 * the columns shared out over the page's width by their widths.
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
guint         gt_table_print_rows_per_page (GtTablePrint      *self);
void          gt_table_print_get_doc      (GtTablePrint       *self,
                                           GtExportDoc        *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtTablePrint, gt_table_print_free)

G_END_DECLS
