/* gt-return-reader.c: a returned report template (回执) read back.
 *
 * The hidden sheet "guatu" is what says the workbook is a return, and whose:
 * its keys (the register, the month, the unit, the data sheet and its
 * columns) and, after the key "rows", one row per project as it was sent,
 * with its locked cells, so that a changed one can be told. The data sheet is
 * found by the name the hidden sheet gives it, its columns by the names it
 * lists, so that a later template with more columns is still read right.
 * Both sheets are read through the ledger reader, within its caps.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-ledger-sheet.h"
#include "gt-ledger-values.h"
#include "gt-returns-private.h"

/* GT_TEMPLATE_COLUMNS' names, in GtReturnCol's order. */
static const char *const column_names[GT_RETURN_N_COLS] = {
  "code", "name", "total_investment", "annual_plan", "cumulative_before", "completed",
  "percent", "progress_note", "problems", "project_id",
};

/* The first data row when the hidden sheet does not say (the template's). */
#define DEFAULT_FIRST_ROW 4

G_DEFINE_QUARK (gt-return-error-quark, gt_return_error)

static void
line_free (gpointer data)
{
  GtReturnLine *line = data;

  for (int c = 0; c < GT_RETURN_N_COLS; c++)
    g_free (line->cells[c]);
  g_free (line);
}

static void
sent_free (gpointer data)
{
  GtReturnSent *sent = data;

  g_free (sent->code);
  g_free (sent->name);
  g_free (sent);
}

void
_gt_return_book_free (GtReturnBook *book)
{
  if (book == NULL)
    return;
  g_free (book->register_id);
  g_free (book->unit_name);
  for (int c = 0; c < GT_RETURN_N_COLS; c++)
    g_free (book->header[c]);
  g_clear_pointer (&book->lines, g_ptr_array_unref);
  g_clear_pointer (&book->sent, g_hash_table_unref);
  g_free (book);
}

static int
find_sheet (GtLedgerSheet *sheet,
            const char    *name)
{
  for (int i = 0; sheet->sheet_names != NULL && sheet->sheet_names[i] != NULL; i++)
    if (g_strcmp0 (sheet->sheet_names[i], name) == 0)
      return i;
  return -1;
}

static gint64
parse_id (const char *text)
{
  char *end = NULL;
  double value;

  if (text == NULL || *text == '\0')
    return 0;
  /* A number cell may come back as "12" or "12.0"; an id is never fractional. */
  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || value < 1 || value > 9.0e15 || value != (gint64) value)
    return 0;
  return (gint64) value;
}

/* The value of @key, "" when the hidden sheet does not have it. */
static const char *
key_value (GHashTable *keys,
           const char *key)
{
  const char *value = g_hash_table_lookup (keys, key);

  return value != NULL ? value : "";
}

static gint64
parse_yuan (const char *text)
{
  return g_ascii_strtoll (text != NULL ? text : "", NULL, 10);
}

gboolean
_gt_return_refuse (GError       **error,
                   GtReturnError  code,
                   const char    *path,
                   const char    *message)
{
  g_autofree char *name = g_filename_display_basename (path);

  /* TRANSLATORS: a returned template refused: the file's name, then why */
  g_set_error (error, GT_RETURN_ERROR, code, _("%s: %s"), name, message);
  return FALSE;
}

/* The keys above "rows", and where the rows start (the row after it). */
static GHashTable *
read_keys (GtLedgerSheet *hidden,
           guint         *rows_at)
{
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  *rows_at = G_MAXUINT;
  for (guint r = 0; r < gt_ledger_sheet_n_rows (hidden); r++)
    {
      const char *key = gt_ledger_sheet_get (hidden, r, 0);

      if (*key == '\0' || g_hash_table_contains (keys, key))
        continue;
      g_hash_table_insert (keys, g_strdup (key), g_strdup (gt_ledger_sheet_get (hidden, r, 1)));
      if (g_str_equal (key, GT_RETURN_KEY_ROWS))
        {
          *rows_at = r + 1;
          break;
        }
    }
  return keys;
}

static void
read_sent (GtReturnBook  *book,
           GtLedgerSheet *hidden,
           GHashTable    *keys,
           guint          rows_at)
{
  const char *row_columns = g_hash_table_lookup (keys, "row_columns");
  g_auto(GStrv) names = g_strsplit (row_columns != NULL ? row_columns
                                    : "row,project_id,code,name,total_investment,"
                                      "annual_plan,cumulative_before", ",", -1);
  int at[7] = { -1, -1, -1, -1, -1, -1, -1 };
  static const char *const wanted[7] = {
    "row", "project_id", "code", "name", "total_investment", "annual_plan",
    "cumulative_before",
  };
  guint n = (guint) MAX (0, atoi (key_value (keys, GT_RETURN_KEY_ROWS)));

  for (int i = 0; names[i] != NULL; i++)
    for (int k = 0; k < 7; k++)
      if (g_str_equal (names[i], wanted[k]))
        at[k] = i;

  for (guint r = rows_at; r < gt_ledger_sheet_n_rows (hidden) && r < rows_at + n; r++)
    {
      GtReturnSent *sent;
      gint64 id = at[1] >= 0 ? parse_id (gt_ledger_sheet_get (hidden, r, at[1])) : 0;

      if (id == 0)
        continue;
      sent = g_new0 (GtReturnSent, 1);
      sent->project_id = id;
      sent->code = g_strdup (at[2] >= 0 ? gt_ledger_sheet_get (hidden, r, at[2]) : "");
      sent->name = g_strdup (at[3] >= 0 ? gt_ledger_sheet_get (hidden, r, at[3]) : "");
      sent->total = at[4] >= 0 ? parse_yuan (gt_ledger_sheet_get (hidden, r, at[4])) : 0;
      sent->plan = at[5] >= 0 ? parse_yuan (gt_ledger_sheet_get (hidden, r, at[5])) : 0;
      sent->before = at[6] >= 0 ? parse_yuan (gt_ledger_sheet_get (hidden, r, at[6])) : 0;
      g_hash_table_insert (book->sent, &sent->project_id, sent);
    }
}

static void
read_columns (GtReturnBook *book,
              const char   *columns)
{
  g_auto(GStrv) names = g_strsplit (columns != NULL ? columns : "", ",", -1);

  for (int c = 0; c < GT_RETURN_N_COLS; c++)
    book->column[c] = c;
  if (columns == NULL || *columns == '\0')
    return;
  for (int c = 0; c < GT_RETURN_N_COLS; c++)
    for (guint i = 0; names[i] != NULL; i++)
      if (g_str_equal (g_strstrip (names[i]), column_names[c]))
        book->column[c] = i;
}

static void
read_lines (GtReturnBook  *book,
            GtLedgerSheet *data,
            guint          first_row)
{
  for (int c = 0; c < GT_RETURN_N_COLS; c++)
    book->header[c] = first_row >= 2
                      ? g_strdup (gt_ledger_sheet_get (data, first_row - 2, book->column[c]))
                      : g_strdup ("");

  for (guint r = first_row - 1; r < gt_ledger_sheet_n_rows (data); r++)
    {
      GtReturnLine *line = g_new0 (GtReturnLine, 1);
      gboolean any = FALSE;

      line->row = r + 1;
      for (int c = 0; c < GT_RETURN_N_COLS; c++)
        {
          line->cells[c] = g_strstrip (g_strdup (gt_ledger_sheet_get (data, r,
                                                                        book->column[c])));
          any |= line->cells[c][0] != '\0';
        }
      if (any)
        g_ptr_array_add (book->lines, line);
      else
        line_free (line);
    }
}

GtReturnBook *
_gt_return_book_read (const char  *path,
                      GError     **error)
{
  g_autoptr(GtReturnBook) book = NULL;
  g_autoptr(GtLedgerSheet) first = NULL;
  g_autoptr(GtLedgerSheet) hidden = NULL;
  g_autoptr(GtLedgerSheet) other = NULL;
  g_autoptr(GHashTable) keys = NULL;
  g_autoptr(GError) local_error = NULL;
  GtLedgerSheet *data;
  const char *month, *first_row_text;
  int hidden_index, data_index;
  guint rows_at, first_row;
  char *end = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  first = gt_xlsx_read_file (path, 0, &local_error);
  if (first == NULL)
    {
      _gt_return_refuse (error, GT_RETURN_ERROR_UNREADABLE, path, local_error->message);
      return NULL;
    }
  hidden_index = find_sheet (first, GT_RETURN_SHEET);
  if (hidden_index < 0)
    {
      _gt_return_refuse (error, GT_RETURN_ERROR_NOT_A_RETURN, path,
              _("not a returned report template: its hidden sheet “guatu” is missing"));
      return NULL;
    }
  hidden = gt_xlsx_read_file (path, hidden_index, &local_error);
  if (hidden == NULL)
    {
      _gt_return_refuse (error, GT_RETURN_ERROR_UNREADABLE, path, local_error->message);
      return NULL;
    }
  keys = read_keys (hidden, &rows_at);
  if (g_strcmp0 (g_hash_table_lookup (keys, GT_RETURN_KEY_KIND), GT_RETURN_KIND) != 0)
    {
      _gt_return_refuse (error, GT_RETURN_ERROR_NOT_A_RETURN, path,
              _("not a returned report template: its hidden sheet “guatu” is not a "
                "template’s"));
      return NULL;
    }

  book = g_new0 (GtReturnBook, 1);
  book->lines = g_ptr_array_new_with_free_func (line_free);
  book->sent = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, sent_free);
  book->register_id = g_strdup (key_value (keys, GT_RETURN_KEY_REGISTER));
  book->unit_name = g_strdup (key_value (keys, GT_RETURN_KEY_UNIT_NAME));
  book->unit_id = parse_id (g_hash_table_lookup (keys, GT_RETURN_KEY_UNIT_ID));
  month = g_hash_table_lookup (keys, GT_RETURN_KEY_MONTH);
  if (month != NULL)
    {
      book->year = (int) g_ascii_strtoll (month, &end, 10);
      book->month = end != NULL && *end == '-' ? (int) g_ascii_strtoll (end + 1, NULL, 10) : 0;
    }
  if (book->year < 1 || book->year > 9999 || book->month < 1 || book->month > 12)
    {
      _gt_return_refuse (error, GT_RETURN_ERROR_NOT_A_RETURN, path,
              _("not a returned report template: its hidden sheet names no month"));
      return NULL;
    }

  if (rows_at != G_MAXUINT)
    read_sent (book, hidden, keys, rows_at);
  read_columns (book, g_hash_table_lookup (keys, GT_RETURN_KEY_COLUMNS));

  data_index = find_sheet (first, g_hash_table_lookup (keys, GT_RETURN_KEY_SHEET));
  if (data_index < 0)
    data_index = hidden_index == 0 ? 1 : 0;
  if (data_index == 0)
    data = first;
  else
    {
      other = gt_xlsx_read_file (path, data_index, &local_error);
      if (other == NULL)
        {
          _gt_return_refuse (error, GT_RETURN_ERROR_UNREADABLE, path, local_error->message);
          return NULL;
        }
      data = other;
    }
  first_row_text = g_hash_table_lookup (keys, GT_RETURN_KEY_FIRST_ROW);
  first_row = first_row_text != NULL ? (guint) atoi (first_row_text) : 0;
  if (first_row < 1 || first_row > GT_LEDGER_MAX_ROWS)
    first_row = DEFAULT_FIRST_ROW;
  read_lines (book, data, first_row);
  return g_steal_pointer (&book);
}
