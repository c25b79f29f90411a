/* gt-ledger-sheet.c: the grid every ledger reader fills, and the choice of reader.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-ledger-sheet.h"

G_DEFINE_QUARK (gt-ledger-error-quark, gt_ledger_error)

GtLedgerSheet *
gt_ledger_sheet_new (void)
{
  GtLedgerSheet *self = g_new0 (GtLedgerSheet, 1);

  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  return self;
}

void
gt_ledger_sheet_free (GtLedgerSheet *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->rows);
  g_strfreev (self->sheet_names);
  g_free (self);
}

GPtrArray *
gt_ledger_sheet_add_row (GtLedgerSheet *self)
{
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (self->rows, row);
  return row;
}

void
gt_ledger_sheet_take (GtLedgerSheet *self,
                      guint          row,
                      guint          column,
                      char          *text)
{
  GPtrArray *cells;

  while (self->rows->len <= row)
    gt_ledger_sheet_add_row (self);
  cells = g_ptr_array_index (self->rows, row);
  while (cells->len <= column)
    g_ptr_array_add (cells, g_strdup (""));
  g_free (g_ptr_array_index (cells, column));
  g_ptr_array_index (cells, column) = text != NULL ? text : g_strdup ("");
}

guint
gt_ledger_sheet_n_rows (GtLedgerSheet *self)
{
  return self->rows->len;
}

guint
gt_ledger_sheet_n_columns (GtLedgerSheet *self)
{
  guint n = 0;

  for (guint i = 0; i < self->rows->len; i++)
    n = MAX (n, ((GPtrArray *) g_ptr_array_index (self->rows, i))->len);
  return n;
}

const char *
gt_ledger_sheet_get (GtLedgerSheet *self,
                     guint          row,
                     guint          column)
{
  GPtrArray *cells;

  if (row >= self->rows->len)
    return "";
  cells = g_ptr_array_index (self->rows, row);
  if (column >= cells->len)
    return "";
  return g_ptr_array_index (cells, column);
}

GtLedgerSheet *
gt_ledger_sheet_load (const char  *path,
                      int          sheet,
                      GError     **error)
{
  static const char zip_magic[] = { 'P', 'K', 3, 4 };
  static const char cfb_magic[] = { (char) 0xd0, (char) 0xcf, 0x11, (char) 0xe0 };
  g_autofree char *data = NULL;
  gsize length = 0;
  GtLedgerSheet *result;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;

  if (length >= 4 && memcmp (data, zip_magic, 4) == 0)
    return gt_xlsx_read (data, length, sheet, error);
  if (length >= 4 && memcmp (data, cfb_magic, 4) == 0)
    return gt_xls_read_file (path, sheet, error);

  if (sheet > 0)
    {
      g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_NO_SUCH_SHEET,
                   _("A CSV file has only one sheet."));
      return NULL;
    }
  result = gt_csv_read (data, length, error);
  return result;
}
