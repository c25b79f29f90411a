/* gt-csv-reader.c: CSV ledgers, in whatever encoding Excel or WPS wrote them.
 *
 * The encoding is detected without asking: a byte-order mark says UTF-8 or
 * UTF-16 (Excel's "Unicode text", tab-separated); text that is valid UTF-8 is
 * UTF-8; anything else is taken as GB18030, the superset of the GBK that Excel
 * writes on Chinese Windows. The fields are split by libcsv (RFC 4180: quoted
 * fields with commas, quotes and newlines inside).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <csv.h>
#include <glib/gi18n-lib.h>

#include "gt-ledger-sheet.h"

typedef struct {
  GtLedgerSheet *sheet;
  GPtrArray     *row;    /* the row being filled, NULL before its first field */
  int            last;   /* the previous row's terminator */
} CsvState;

static void
field_cb (void   *field,
          size_t  length,
          void   *data)
{
  CsvState *state = data;

  if (state->row == NULL)
    state->row = gt_ledger_sheet_add_row (state->sheet);
  g_ptr_array_add (state->row, field != NULL ? g_strndup (field, length) : g_strdup (""));
}

static void
row_cb (int   terminator,
        void *data)
{
  CsvState *state = data;
  gboolean crlf = terminator == '\n' && state->last == '\r';

  /* A blank line still counts as a row, so that row numbers match what a
   * spreadsheet shows (CSV_REPALL_NL reports it); the LF of a CRLF is no row. */
  state->last = terminator;
  if (state->row == NULL && crlf)
    return;
  if (state->row == NULL)
    gt_ledger_sheet_add_row (state->sheet);
  state->row = NULL;
}

static char *
dup_bytes (const char *data,
           gsize       length)
{
  char *copy = g_malloc (length + 1);

  memcpy (copy, data, length);
  copy[length] = '\0';
  return copy;
}

/* Returns the text as UTF-8 (a new string) or NULL with @error set. */
static char *
to_utf8 (const char  *data,
         gsize        length,
         gsize       *out_length,
         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *text;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
      if (!g_utf8_validate_len (data, length, NULL))
        {
          g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE,
                       _("The file says it is UTF-8 but is not."));
          return NULL;
        }
      *out_length = length;
      return dup_bytes (data, length);
    }

  if (length >= 2 && (memcmp (data, "\xff\xfe", 2) == 0 || memcmp (data, "\xfe\xff", 2) == 0))
    {
      const char *from = data[0] == '\xff' ? "UTF-16LE" : "UTF-16BE";

      text = g_convert (data + 2, length - 2, "UTF-8", from, NULL, out_length, &local_error);
      if (text == NULL)
        g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE,
                     _("The file is not readable as UTF-16 text."));
      return text;
    }

  if (g_utf8_validate_len (data, length, NULL))
    {
      *out_length = length;
      return dup_bytes (data, length);
    }

  text = g_convert (data, length, "UTF-8", "GB18030", NULL, out_length, &local_error);
  if (text == NULL)
    g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE,
                 _("The file is neither UTF-8 nor GBK/GB18030 text."));
  return text;
}

/* Excel's "Unicode text" and some exports use tabs: a first line with tabs and no
 * comma is taken as tab-separated. */
static unsigned char
guess_delimiter (const char *text,
                 gsize       length)
{
  const char *end = memchr (text, '\n', length);
  gsize line = end != NULL ? (gsize) (end - text) : length;

  if (memchr (text, '\t', line) != NULL && memchr (text, ',', line) == NULL)
    return CSV_TAB;
  return CSV_COMMA;
}

GtLedgerSheet *
gt_csv_read (const char  *data,
             gsize        length,
             GError     **error)
{
  g_autoptr(GtLedgerSheet) sheet = NULL;
  g_autofree char *text = NULL;
  struct csv_parser parser;
  CsvState state = { NULL, NULL, 0 };
  gsize text_length = 0;
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  text = to_utf8 (data != NULL ? data : "", length, &text_length, error);
  if (text == NULL)
    return NULL;

  if (csv_init (&parser, CSV_REPALL_NL) != 0)
    {
      g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE,
                   _("Out of memory reading the CSV file."));
      return NULL;
    }
  csv_set_delim (&parser, guess_delimiter (text, text_length));

  sheet = gt_ledger_sheet_new ();
  sheet->sheet_names = g_new0 (char *, 2);
  sheet->sheet_names[0] = g_strdup ("");
  state.sheet = sheet;

  ok = csv_parse (&parser, text, text_length, field_cb, row_cb, &state) == text_length
       && csv_fini (&parser, field_cb, row_cb, &state) == 0;
  if (!ok)
    g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE,
                 _("The CSV file cannot be read: %s"), csv_strerror (csv_error (&parser)));
  csv_free (&parser);

  return ok ? g_steal_pointer (&sheet) : NULL;
}
