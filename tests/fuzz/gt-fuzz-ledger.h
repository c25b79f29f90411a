/* gt-fuzz-ledger.h: what the fuzz targets do with one input, shared with the
 * regression test that replays the inputs that once crashed.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Read @data as a CSV (or XLSX) ledger, then guess its columns and parse every
 * cell as an amount and a date, as an import would. Never fails: only crashes,
 * leaks and sanitizer reports count. */
void  gt_fuzz_csv   (const guint8 *data,
                     gsize         size);
void  gt_fuzz_xlsx  (const guint8 *data,
                     gsize         size);

/* An XLS workbook, through a temporary file. */
void  gt_fuzz_xls    (const guint8 *data,
                      gsize         size);
/* One cell's text: the ledger's amount and date parsers and Guatu's own. */
void  gt_fuzz_values (const guint8 *data,
                      gsize         size);

G_END_DECLS
