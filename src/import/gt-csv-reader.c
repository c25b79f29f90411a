/* gt-csv-reader.c: CSV ledgers, in whatever encoding Excel or WPS wrote them.
 *
 * The encoding is detected without asking: a byte-order mark says UTF-8 or
 * UTF-16 (Excel's "Unicode text", tab-separated); text that is valid UTF-8 is
 * UTF-8; anything else is taken as GB18030, the superset of the GBK that Excel
 * writes on Chinese Windows. The fields are split by libcsv in its strict mode
 * (RFC 4180: quoted fields with commas, quotes and newlines inside), behind a
 * pass that reads stray quotes the way spreadsheets do (read_fields()).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <csv.h>
#include <glib/gi18n-lib.h>

#include "gt-ledger-columns.h"
#include "gt-ledger-sheet.h"

/* Where the caps are checked: libcsv hands each field here. */
typedef struct {
  GtLedgerSheet *sheet;
  guint          row;      /* of the next field, 0-based */
  guint          column;
  int            last;     /* the previous row's terminator */
  GError        *error;    /* the first cap passed: nothing more is stored */
} CsvState;

/* A NUL byte would end the C string there and silently cut the cell ("城关\0镇"
 * read as "城关", a new unit): it becomes U+FFFD instead, which the value
 * checks refuse with the cell's row and column. */
static char *
copy_field (const char *field,
            size_t      length)
{
  GString *text;

  if (memchr (field, '\0', length) == NULL)
    return g_strndup (field, length);

  text = g_string_sized_new (length + 8);
  for (size_t i = 0; i < length; i++)
    {
      if (field[i] == '\0')
        g_string_append (text, "\xef\xbf\xbd");
      else
        g_string_append_c (text, field[i]);
    }
  return g_string_free (text, FALSE);
}

static void
field_cb (void   *field,
          size_t  length,
          void   *data)
{
  CsvState *state = data;

  if (state->error == NULL && length > 0)
    gt_ledger_sheet_put (state->sheet, state->row, state->column,
                         copy_field (field, length), &state->error);
  state->column++;
}

static void
row_cb (int   terminator,
        void *data)
{
  CsvState *state = data;
  gboolean crlf = terminator == '\n' && state->last == '\r';

  /* A blank line still counts as a row, so that row numbers match what a
   * spreadsheet shows (CSV_REPALL_NL reports it); the LF of a CRLF is no row.
   * Rows are stored only up to their last filled cell (gt_ledger_sheet_put). */
  state->last = terminator;
  if (state->column == 0 && crlf)
    return;
  state->row++;
  state->column = 0;
}
/* The text as UTF-8: @data itself when it is UTF-8 already (a large file is
 * held once, not twice), else a converted copy, also put in @converted. NULL
 * with @error set when it is neither. */
static const char *
to_utf8 (const char  *data,
         gsize        length,
         gsize       *out_length,
         char       **converted,
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
      return data;
    }

  if (length >= 2 && (memcmp (data, "\xff\xfe", 2) == 0 || memcmp (data, "\xfe\xff", 2) == 0))
    {
      const char *from = data[0] == '\xff' ? "UTF-16LE" : "UTF-16BE";

      text = g_convert (data + 2, length - 2, "UTF-8", from, NULL, out_length, &local_error);
      if (text == NULL)
        g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE,
                     _("The file is not readable as UTF-16 text."));
      return *converted = text;
    }

  if (g_utf8_validate_len (data, length, NULL))
    {
      *out_length = length;
      return data;
    }

  text = g_convert (data, length, "UTF-8", "GB18030", NULL, out_length, &local_error);
  if (text == NULL)
    g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE,
                 _("The file is neither UTF-8 nor GBK/GB18030 text."));
  return *converted = text;
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

/* What libcsv reads, fed in slices so that a cap passed stops the reading. */
typedef struct {
  struct csv_parser  parser;
  CsvState           state;
  const char        *text;
  gsize              fed;     /* text[0, fed) has gone to libcsv */
} Feed;

#define FEED_SLICE (1024 * 1024)

static gboolean
feed_bytes (Feed       *feed,
            const char *bytes,
            gsize       length)
{
  for (gsize done = 0; done < length && feed->state.error == NULL;)
    {
      gsize n = MIN (length - done, FEED_SLICE);

      if (csv_parse (&feed->parser, bytes + done, n, field_cb, row_cb, &feed->state) != n)
        return FALSE;
      done += n;
    }
  return feed->state.error == NULL;
}

/* Hands libcsv the file as it is up to @end. */
static gboolean
feed_to (Feed  *feed,
         gsize  end)
{
  gboolean ok = feed_bytes (feed, feed->text + feed->fed, end - feed->fed);

  feed->fed = end;
  return ok;
}

/* Hands libcsv, instead of text[@start, @end), the field @quoted (its quotes
 * doubled, as between the quotes of a quoted field) followed by @literal. */
static gboolean
feed_rewritten (Feed       *feed,
                gsize       start,
                gsize       end,
                const char *quoted,
                gsize       quoted_length,
                const char *literal,
                gsize       literal_length)
{
  g_autoptr(GString) field = g_string_sized_new (quoted_length + literal_length + 2);

  if (!feed_to (feed, start))
    return FALSE;
  g_string_append_c (field, '"');
  g_string_append_len (field, quoted, (gssize) quoted_length);
  for (gsize i = 0; i < literal_length; i++)
    {
      if (literal[i] == '"')
        g_string_append_c (field, '"');
      g_string_append_c (field, literal[i]);
    }
  g_string_append_c (field, '"');
  feed->fed = end;
  return feed_bytes (feed, field->str, field->len);
}

static gboolean
is_blank (char          c,
          unsigned char delim)
{
  return (c == ' ' || c == '\t') && (unsigned char) c != delim;
}

/* Where the unquoted text from @from ends: at a delimiter, a line end or the end. */
static gsize
field_end (const char    *text,
           gsize          length,
           gsize          from,
           unsigned char  delim)
{
  gsize end = from;

  while (end < length && (unsigned char) text[end] != delim && text[end] != '\r'
         && text[end] != '\n')
    end++;
  return end;
}

static void
set_quote_error (GError     **error,
                 const char  *format,
                 guint        row,
                 guint        column)
{
  g_autofree char *letter = gt_ledger_column_letter (column);

  g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE, format, row + 1, letter);
}

/* Reads @text into @feed's sheet. libcsv reads it strictly (RFC 4180), so that
 * nothing is guessed silently; this pass goes ahead of it, field by field, and
 * hands it instead the fields that spreadsheets read although RFC 4180 does
 * not, re-quoted the way those spreadsheets read them:
 *
 * - a quote inside an unquoted field is text: 华兴"科技园"项目 stays as written;
 * - text after a quoted part, "华兴"科技园项目, is joined to it up to the
 *   delimiter: 华兴科技园项目, as LibreOffice and Python's csv read it.
 *
 * Without this, the stray quote would open a field running over every row
 * after it. A quote that cannot be read either way is an error naming its
 * cell: one open at the end of the file (a file cut short), and one that runs
 * over a line break and then closes inside a field (rows run together). */
static gboolean
read_fields (Feed           *feed,
             gsize           length,
             unsigned char   delim,
             GError        **error)
{
  const char *text = feed->text;
  guint row = 0;
  guint column = 0;
  gsize i = 0;

  while (i < length)
    {
      gsize start = i;
      gsize j = i;
      /* The field libcsv gets instead, when it is to be rewritten: quoted
       * text (as the file has it) and literal text after it. */
      gboolean rewrite = FALSE;
      gsize quoted = 0, quoted_length = 0, literal = 0, literal_length = 0;

      while (j < length && is_blank (text[j], delim))
        j++;
      if (j < length && text[j] == '"')
        {
          gboolean lines = FALSE;

          quoted = ++j;
          for (; j < length; j++)
            {
              if (text[j] == '"' && j + 1 < length && text[j + 1] == '"')
                j++;
              else if (text[j] == '"')
                break;
              lines |= text[j] == '\r' || text[j] == '\n';
            }
          if (j >= length)
            {
              if (feed_to (feed, start))
                set_quote_error (error, _("The CSV file cannot be read: the quoted cell at row "
                                          "%u, column %s is never closed; the file may be cut "
                                          "short."), row, column);
              return FALSE;
            }
          quoted_length = j - quoted;
          literal = ++j;
          i = field_end (text, length, j, delim);
          while (j < i && is_blank (text[j], delim))
            j++;
          rewrite = j < i;
          if (rewrite && lines)
            {
              if (feed_to (feed, start))
                set_quote_error (error, _("The CSV file cannot be read: the quote that opens "
                                          "the cell at row %u, column %s is not closed where "
                                          "the cell ends, so the rows after it would run "
                                          "together. Check the quotes in that cell."),
                                 row, column);
              return FALSE;
            }
        }
      else
        {
          literal = j;
          i = field_end (text, length, j, delim);
          rewrite = memchr (text + j, '"', i - j) != NULL;
        }
      if (rewrite)
        {
          literal_length = i - literal;
          while (literal_length > 0 && is_blank (text[literal + literal_length - 1], delim))
            literal_length--;
        }

      /* libcsv keeps a field whole before handing it over: one far past the
       * cap is refused before it is (quotes may double its characters). */
      if (i - start > 2 * GT_LEDGER_MAX_CELL_CHARS + 2
          && g_utf8_strlen (text + start, (gssize) (i - start)) > 2 * GT_LEDGER_MAX_CELL_CHARS + 2)
        {
          if (feed_to (feed, start))
            gt_ledger_set_cell_too_long (error, row, column);
          return FALSE;
        }
      if (rewrite && !feed_rewritten (feed, start, i, text + quoted, quoted_length,
                                      text + literal, literal_length))
        return FALSE;
      if (i - feed->fed >= FEED_SLICE && !feed_to (feed, i))
        return FALSE;

      if (i >= length)
        break;
      if ((unsigned char) text[i] == delim)
        column++;
      else
        {
          if (text[i] == '\r' && i + 1 < length && text[i + 1] == '\n')
            i++;
          row++;
          column = 0;
        }
      i++;
    }

  return feed_to (feed, length);
}

/* Reads @text (UTF-8, @text_length bytes) into a sheet. */
static GtLedgerSheet *
read_text (const char  *text,
           gsize        text_length,
           GError     **error)
{
  g_autoptr(GtLedgerSheet) sheet = NULL;
  g_autoptr(GError) local_error = NULL;
  Feed feed = { 0, };
  gboolean ok;

  feed.text = text;
  if (csv_init (&feed.parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0)
    {
      g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE,
                   _("Out of memory reading the CSV file."));
      return NULL;
    }
  csv_set_delim (&feed.parser, guess_delimiter (feed.text, text_length));

  sheet = gt_ledger_sheet_new ();
  sheet->sheet_names = g_new0 (char *, 2);
  sheet->sheet_names[0] = g_strdup ("");
  feed.state.sheet = sheet;

  ok = read_fields (&feed, text_length, csv_get_delim (&feed.parser), &local_error)
       && csv_fini (&feed.parser, field_cb, row_cb, &feed.state) == 0
       && feed.state.error == NULL;
  if (feed.state.error != NULL)
    g_propagate_error (error, g_steal_pointer (&feed.state.error));
  else if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (!ok)
    {
      /* read_fields() hands libcsv only what its strict mode takes: a parse
       * error here is a bug of that pass, which the fuzzers are to find. */
      if (csv_error (&feed.parser) == CSV_EPARSE)
        g_critical ("libcsv refused a field that read_fields() passed");
      g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE,
                   _("The CSV file cannot be read: %s"), csv_strerror (csv_error (&feed.parser)));
    }
  csv_free (&feed.parser);

  return ok ? g_steal_pointer (&sheet) : NULL;
}

GtLedgerSheet *
gt_csv_read (const char  *data,
             gsize        length,
             GError     **error)
{
  g_autofree char *converted = NULL;
  const char *text;
  gsize text_length = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  text = to_utf8 (data != NULL ? data : "", length, &text_length, &converted, error);
  return text != NULL ? read_text (text, text_length, error) : NULL;
}

GtLedgerSheet *
gt_csv_read_file (const char  *path,
                  GError     **error)
{
  /* Mapped, not copied: only what is read of it costs memory. */
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, error);
  g_autofree char *converted = NULL;
  const char *data;
  const char *text;
  gsize length;
  gsize text_length = 0;

  if (file == NULL)
    return NULL;
  length = g_mapped_file_get_length (file);
  /* A ledger within the caps holds 64 MB of text at most: a larger file is
   * refused before a byte of it is read (a 70 MB file of nothing but commas
   * once took 3.2 GB to be found empty). */
  if (length > (gsize) GT_LEDGER_MAX_CSV_MB * 1024 * 1024)
    {
      g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE,
                   _("The CSV file is larger than %u MB, the most a ledger may be."),
                   GT_LEDGER_MAX_CSV_MB);
      return NULL;
    }
  data = g_mapped_file_get_contents (file);
  text = to_utf8 (data != NULL ? data : "", length, &text_length, &converted, error);
  if (text == NULL)
    return NULL;
  /* Once converted, the file is done with: it is not held beside its text. */
  if (converted != NULL)
    g_clear_pointer (&file, g_mapped_file_unref);
  return read_text (text, text_length, error);
}
