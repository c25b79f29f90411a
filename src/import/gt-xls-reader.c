/* gt-xls-reader.c: legacy XLS (BIFF8) ledgers, read with FreeXL.
 *
 * FreeXL gives text as UTF-8 and date cells as ISO text; numbers are written
 * back as plain decimals for the value parser.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <freexl.h>
#include <glib/gi18n-lib.h>

#include "gt-ledger-sheet.h"

#define MAX_ROWS 200000

static char *
number_text (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return g_strdup ("");
  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%.0f", value);
  /* 15 significant digits: what Excel shows, without binary noise. */
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

static char *
cell_text (const FreeXL_CellValue *cell)
{
  switch (cell->type)
    {
    case FREEXL_CELL_INT:
      return g_strdup_printf ("%d", cell->value.int_value);
    case FREEXL_CELL_DOUBLE:
      return number_text (cell->value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
      return g_strdup (cell->value.text_value != NULL ? cell->value.text_value : "");
    default:
      return g_strdup ("");
    }
}

GtLedgerSheet *
gt_xls_read_file (const char  *path,
                  int          sheet_index,
                  GError     **error)
{
  g_autoptr(GtLedgerSheet) sheet = NULL;
  const void *handle = NULL;
  unsigned int n_sheets = 0;
  unsigned int rows = 0;
  unsigned short columns = 0;
  GPtrArray *names;

  g_return_val_if_fail (path != NULL, NULL);

  if (freexl_open (path, &handle) != FREEXL_OK
      || freexl_get_info (handle, FREEXL_BIFF_SHEET_COUNT, &n_sheets) != FREEXL_OK
      || n_sheets == 0)
    {
      g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE,
                   _("The XLS file cannot be read: it is damaged or not a workbook."));
      freexl_close (handle);
      return NULL;
    }

  if (sheet_index < 0)
    sheet_index = 0;
  if ((unsigned int) sheet_index >= n_sheets)
    {
      g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_NO_SUCH_SHEET,
                   _("The workbook has %u sheets; there is no sheet %d."),
                   n_sheets, sheet_index + 1);
      freexl_close (handle);
      return NULL;
    }

  sheet = gt_ledger_sheet_new ();
  sheet->sheet = sheet_index;
  names = g_ptr_array_new ();
  for (unsigned int i = 0; i < n_sheets; i++)
    {
      const char *name = NULL;

      freexl_get_worksheet_name (handle, (unsigned short) i, &name);
      g_ptr_array_add (names, g_strdup (name != NULL ? name : ""));
    }
  g_ptr_array_add (names, NULL);
  sheet->sheet_names = (GStrv) g_ptr_array_free (names, FALSE);

  if (freexl_select_active_worksheet (handle, (unsigned short) sheet_index) != FREEXL_OK
      || freexl_worksheet_dimensions (handle, &rows, &columns) != FREEXL_OK)
    {
      g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE,
                   _("The XLS file cannot be read: the sheet is damaged."));
      freexl_close (handle);
      return NULL;
    }

  rows = MIN (rows, MAX_ROWS);
  for (unsigned int r = 0; r < rows; r++)
    {
      gt_ledger_sheet_add_row (sheet);
      for (unsigned short c = 0; c < columns; c++)
        {
          FreeXL_CellValue cell;

          if (freexl_get_cell_value (handle, r, c, &cell) == FREEXL_OK
              && cell.type != FREEXL_CELL_NULL)
            gt_ledger_sheet_take (sheet, r, c, cell_text (&cell));
        }
    }

  freexl_close (handle);
  return g_steal_pointer (&sheet);
}
