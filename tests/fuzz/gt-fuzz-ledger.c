/* gt-fuzz-ledger.c: what the fuzz targets do with one input.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-fuzz-ledger.h"
#include "gt-ledger-columns.h"
#include "gt-ledger-sheet.h"
#include "gt-ledger-values.h"

/* Bounded, so that one large input does not stall the run. */
#define MAX_CELLS 20000

static void
exercise (GtLedgerSheet *sheet)
{
  g_autoptr(GtLedgerMapping) mapping = NULL;
  guint cells = 0;

  if (sheet == NULL)
    return;
  mapping = gt_ledger_mapping_guess (sheet, NULL);
  for (guint r = 0; r < gt_ledger_sheet_n_rows (sheet); r++)
    {
      GPtrArray *row = g_ptr_array_index (sheet->rows, r);

      for (guint c = 0; c < row->len && cells < MAX_CELLS; c++, cells++)
        {
          const char *text = g_ptr_array_index (row, c);
          GtLedgerDatePrecision precision;
          gint64 yuan;
          GDate date;

          gt_ledger_is_empty (text);
          gt_ledger_parse_amount (text, 10000, &yuan, NULL);
          gt_ledger_parse_date (text, &date, &precision, NULL);
        }
    }
  gt_ledger_sheet_free (sheet);
}

void
gt_fuzz_csv (const guint8 *data,
             gsize         size)
{
  exercise (gt_csv_read ((const char *) data, size, NULL));
}

void
gt_fuzz_xlsx (const guint8 *data,
              gsize         size)
{
  exercise (gt_xlsx_read ((const char *) data, size, -1, NULL));
  exercise (gt_xlsx_read ((const char *) data, size, 1, NULL));
}
