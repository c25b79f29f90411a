/* gt-ledger-sheet.c: the grid every ledger reader fills, and the choice of reader.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-ledger-columns.h"
#include "gt-ledger-sheet.h"

G_DEFINE_QUARK (gt-ledger-error-quark, gt_ledger_error)

/* Every empty cell between filled ones is this one string: a row of a thousand
 * commas and a "1" at its end costs pointers, not a thousand allocations. */
static char empty_cell[1];

static void
free_cell (gpointer cell)
{
  if (cell != empty_cell)
    g_free (cell);
}

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
  GPtrArray *row = g_ptr_array_new_with_free_func (free_cell);

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
    {
      g_ptr_array_add (cells, empty_cell);
      self->n_cells++;
    }
  self->text_bytes -= strlen (g_ptr_array_index (cells, column));
  free_cell (g_ptr_array_index (cells, column));
  if (text == NULL || text[0] == '\0')
    {
      g_free (text);
      text = empty_cell;
    }
  self->text_bytes += strlen (text);
  g_ptr_array_index (cells, column) = text;
}

void
gt_ledger_set_too_many_rows (GError **error)
{
  g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE,
               _("The sheet has more than %u rows, the most a ledger may have."),
               GT_LEDGER_MAX_ROWS);
}

void
gt_ledger_set_cell_too_long (GError **error,
                             guint    row,
                             guint    column)
{
  g_autofree char *letter = gt_ledger_column_letter (column);

  g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE,
               _("The cell in row %u, column %s holds more than %u characters, the most "
                 "a cell may hold (as in Excel)."),
               row + 1, letter, GT_LEDGER_MAX_CELL_CHARS);
}

gboolean
gt_ledger_sheet_put (GtLedgerSheet  *self,
                     guint           row,
                     guint           column,
                     char           *text,
                     GError        **error)
{
  g_autofree char *letter = NULL;
  gsize length;
  guint stored;

  if (text == NULL || text[0] == '\0')
    {
      g_free (text);
      return TRUE;
    }
  if (row >= GT_LEDGER_MAX_ROWS)
    {
      g_free (text);
      gt_ledger_set_too_many_rows (error);
      return FALSE;
    }

  letter = gt_ledger_column_letter (column);
  length = strlen (text);
  stored = row < self->rows->len ? ((GPtrArray *) g_ptr_array_index (self->rows, row))->len : 0;
  if (column >= GT_LEDGER_MAX_COLUMNS)
    g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE,
                 _("Row %u has a cell in column %s, past the %u columns a ledger may have."),
                 row + 1, letter, GT_LEDGER_MAX_COLUMNS);
  /* Bytes first: counting characters costs a pass over the text. */
  else if (length > GT_LEDGER_MAX_CELL_CHARS
           && g_utf8_strlen (text, (gssize) length) > GT_LEDGER_MAX_CELL_CHARS)
    gt_ledger_set_cell_too_long (error, row, column);
  else if (self->n_cells + (column >= stored ? column + 1 - stored : 0) > GT_LEDGER_MAX_CELLS)
    g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE,
                 _("The sheet has more than %u cells (at row %u, column %s), the most a "
                   "ledger may have."),
                 GT_LEDGER_MAX_CELLS, row + 1, letter);
  else if (self->text_bytes + length > (gsize) GT_LEDGER_MAX_TEXT_MB * 1024 * 1024)
    g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE,
                 _("The sheet holds more than %u MB of text (at row %u, column %s), the most "
                   "a ledger may hold."),
                 GT_LEDGER_MAX_TEXT_MB, row + 1, letter);
  else
    {
      gt_ledger_sheet_take (self, row, column, text);
      return TRUE;
    }
  g_free (text);
  return FALSE;
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
  GMappedFile *file;
  char magic[4] = { 0, };
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  /* The first bytes say the format; the file is read by its reader, which may
   * not read all of it (a workbook's pictures) or refuse it unread. Mapped,
   * the file costs what is read of it. */
  file = g_mapped_file_new (path, FALSE, error);
  if (file == NULL)
    return NULL;
  length = g_mapped_file_get_length (file);
  if (length >= 4)
    memcpy (magic, g_mapped_file_get_contents (file), 4);
  g_mapped_file_unref (file);

  if (length >= 4 && memcmp (magic, zip_magic, 4) == 0)
    return gt_xlsx_read_file (path, sheet, error);
  if (length >= 4 && memcmp (magic, cfb_magic, 4) == 0)
    return gt_xls_read_file (path, sheet, error);

  if (sheet > 0)
    {
      g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_NO_SUCH_SHEET,
                   _("A CSV file has only one sheet."));
      return NULL;
    }
  return gt_csv_read_file (path, error);
}
