/* gt-table-export.h: tables to CSV and XLSX files.
 *
 * Both refuse and replace files as gt-export-file.h says, so that a failure
 * never leaves half a file; text cells are neutralised against formula
 * injection.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-export-progress.h"
#include "gt-export-table.h"

G_BEGIN_DECLS

/* UTF-8 with a byte-order mark (so that Excel reads the Chinese), RFC 4180
 * quoting, the title on the first line, money in 万元 with two decimals. */
gboolean gt_csv_export_write  (GtExportTable  *table,
                               const char     *path,
                               GError        **error);
/* One sheet per table: a merged title row, the headers frozen below it, column
 * widths, 万元 and percentage number formats, totals in bold. A text longer
 * than an Excel cell holds (32,767 characters) is cut short with "…"; see
 * gt_xlsx_export_write_with_warnings() to tell the user. */
gboolean gt_xlsx_export_write (GtExportTable **tables,
                               guint           n_tables,
                               const char     *path,
                               GError        **error);
/* The same, adding to @warnings (may be NULL; free func g_free) a message for
 * each cell cut short, which names its sheet, row and column. The export still
 * succeeds. */
gboolean gt_xlsx_export_write_with_warnings (GtExportTable **tables,
                                             guint           n_tables,
                                             const char     *path,
                                             GPtrArray      *warnings,
                                             GError        **error);
/* Both, reporting to @monitor (may be NULL) and stopping with
 * G_IO_ERROR_CANCELLED, leaving no file, when it is cancelled. A table is
 * finished data: these may run in a worker thread. */
gboolean gt_csv_export_write_full  (GtExportTable          *table,
                                    const char             *path,
                                    const GtExportMonitor  *monitor,
                                    GError                **error);
gboolean gt_xlsx_export_write_full (GtExportTable         **tables,
                                    guint                   n_tables,
                                    const char             *path,
                                    GPtrArray              *warnings,
                                    const GtExportMonitor  *monitor,
                                    GError                **error);

G_END_DECLS
