/* gt-table-export.h: tables to CSV and XLSX files.
 *
 * Both write beside the target and rename, so that a failure never leaves half
 * a file; text cells are neutralised against formula injection.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-export-table.h"

G_BEGIN_DECLS

/* UTF-8 with a byte-order mark (so that Excel reads the Chinese), RFC 4180
 * quoting, the title on the first line, money in 万元 with two decimals. */
gboolean gt_csv_export_write  (GtExportTable  *table,
                               const char     *path,
                               GError        **error);
/* One sheet per table: a merged title row, the headers frozen below it, column
 * widths, 万元 and percentage number formats, totals in bold. */
gboolean gt_xlsx_export_write (GtExportTable **tables,
                               guint           n_tables,
                               const char     *path,
                               GError        **error);

G_END_DECLS
