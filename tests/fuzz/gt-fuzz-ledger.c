/* gt-fuzz-ledger.c: what the fuzz targets do with one input.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>

#include "gt-format.h"
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

/* freexl reads only from a path: the input goes through a file of this
 * process's own. */
void
gt_fuzz_xls (const guint8 *data,
             gsize         size)
{
  static char *path;

  if (path == NULL)
    path = g_strdup_printf ("%s/guatu-fuzz-%d.xls", g_get_tmp_dir (), (int) getpid ());
  if (!g_file_set_contents (path, (const char *) data, size, NULL))
    return;
  exercise (gt_xls_read_file (path, -1, NULL));
  exercise (gt_xls_read_file (path, 1, NULL));
  g_unlink (path);
}

/* The whole input as one cell, and as what a person types into Guatu. */
void
gt_fuzz_values (const guint8 *data,
                gsize         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  static const gint64 units[] = { 1, 10000, 100000000 };
  GtLedgerDatePrecision precision;
  gint64 yuan;
  GDate date;

  gt_ledger_is_empty (text);
  g_free (gt_ledger_normalize (text));
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    gt_ledger_parse_amount (text, units[i], &yuan, NULL);
  gt_ledger_parse_date (text, &date, &precision, NULL);
  gt_parse_wan (text, &yuan, NULL);
  gt_date_parse_loose (text, &date);
  gt_date_parse_iso (text, &date);
}
