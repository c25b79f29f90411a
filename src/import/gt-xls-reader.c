/* gt-xls-reader.c: legacy XLS (BIFF8) ledgers, read with FreeXL.
 *
 * FreeXL gives text as UTF-8 and date cells as ISO text; numbers are written
 * back as plain decimals for the value parser.
 *
 * FreeXL runs in a child process of its own: a damaged or hostile workbook has
 * been seen to make FreeXL 1.0.6 write outside its buffers (build-aux/fuzz found
 * one; tests/fuzz/regressions/xls keeps it), and an office's ledger must not be
 * able to take the window down with it. The child sends the sheet back over a
 * pipe as records; a child that dies is a damaged file, said so plainly.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <signal.h>

#ifdef GT_FUZZING
#include <sanitizer/common_interface_defs.h>
#endif

#include <freexl.h>
#include <glib/gi18n-lib.h>

#include "gt-ledger-sheet.h"

/* What the child may send: every cell's text at the cap, and its record. A
 * string table named by every cell could be gigabytes; the reading stops here. */
#define MAX_RECORD_BYTES ((gsize) GT_LEDGER_MAX_TEXT_MB * 1024 * 1024 \
                          + (gsize) GT_LEDGER_MAX_CELLS * 16 + 65536)

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

/* Records from the child: a tag, then 32-bit host-order numbers and bytes. */
enum {
  RECORD_NAME = 'N',      /* length, name: a sheet's name */
  RECORD_SHEET = 'S',     /* the sheet chosen */
  RECORD_ROWS = 'R',      /* the number of rows */
  RECORD_CELL = 'C',      /* row, column, length, text */
  RECORD_FAIL = 'F',      /* what went wrong (FAIL_*), the number of sheets */
  RECORD_DONE = 'D',
};

enum {
  FAIL_UNREADABLE = 1,
  FAIL_NO_SUCH_SHEET,
  FAIL_SHEET_DAMAGED,
  FAIL_TOO_MANY_ROWS,
  FAIL_TOO_MANY_COLUMNS,
};

typedef struct {
  int     fd;
  gboolean ok;
} Writer;

static void
write_all (Writer     *writer,
           const void *data,
           gsize       length)
{
  const char *p = data;

  while (writer->ok && length > 0)
    {
      gssize n = write (writer->fd, p, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          writer->ok = FALSE;
          return;
        }
      p += n;
      length -= n;
    }
}

static void
write_record (Writer     *writer,
              char        tag,
              guint32     a,
              guint32     b,
              const char *text)
{
  guint32 length = text != NULL ? strlen (text) : 0;

  write_all (writer, &tag, 1);
  if (tag == RECORD_CELL || tag == RECORD_FAIL)
    {
      write_all (writer, &a, sizeof a);
      write_all (writer, &b, sizeof b);
    }
  else if (tag == RECORD_SHEET || tag == RECORD_ROWS)
    write_all (writer, &a, sizeof a);
  if (tag == RECORD_CELL || tag == RECORD_NAME)
    {
      write_all (writer, &length, sizeof length);
      write_all (writer, text, length);
    }
}

/* In the child: FreeXL, and nothing else that could be left in a bad state by
 * the fork. */
static void
read_in_child (const char *path,
               int         sheet_index,
               Writer     *writer)
{
  const void *handle = NULL;
  unsigned int n_sheets = 0;
  unsigned int rows = 0;
  unsigned short columns = 0;

  if (freexl_open (path, &handle) != FREEXL_OK
      || freexl_get_info (handle, FREEXL_BIFF_SHEET_COUNT, &n_sheets) != FREEXL_OK
      || n_sheets == 0)
    {
      write_record (writer, RECORD_FAIL, FAIL_UNREADABLE, 0, NULL);
      freexl_close (handle);
      return;
    }
  if (sheet_index < 0)
    sheet_index = 0;
  if ((unsigned int) sheet_index >= n_sheets)
    {
      write_record (writer, RECORD_FAIL, FAIL_NO_SUCH_SHEET, n_sheets, NULL);
      freexl_close (handle);
      return;
    }

  for (unsigned int i = 0; i < n_sheets; i++)
    {
      const char *name = NULL;

      freexl_get_worksheet_name (handle, (unsigned short) i, &name);
      write_record (writer, RECORD_NAME, 0, 0, name != NULL ? name : "");
    }
  write_record (writer, RECORD_SHEET, sheet_index, 0, NULL);

  if (freexl_select_active_worksheet (handle, (unsigned short) sheet_index) != FREEXL_OK
      || freexl_worksheet_dimensions (handle, &rows, &columns) != FREEXL_OK)
    {
      write_record (writer, RECORD_FAIL, FAIL_SHEET_DAMAGED, 0, NULL);
      freexl_close (handle);
      return;
    }

  /* BIFF8 has at most 65,536 rows and 256 columns: dimensions past the caps
   * are a damaged or hostile file, and would take hours to go through. */
  if (rows > GT_LEDGER_MAX_ROWS || columns > GT_LEDGER_MAX_COLUMNS)
    {
      write_record (writer, RECORD_FAIL,
                    rows > GT_LEDGER_MAX_ROWS ? FAIL_TOO_MANY_ROWS : FAIL_TOO_MANY_COLUMNS,
                    0, NULL);
      freexl_close (handle);
      return;
    }
  write_record (writer, RECORD_ROWS, rows, 0, NULL);
  for (unsigned int r = 0; r < rows && writer->ok; r++)
    for (unsigned short c = 0; c < columns; c++)
      {
        FreeXL_CellValue cell;

        if (freexl_get_cell_value (handle, r, c, &cell) == FREEXL_OK
            && cell.type != FREEXL_CELL_NULL)
          {
            g_autofree char *text = cell_text (&cell);

            write_record (writer, RECORD_CELL, r, c, text);
          }
      }

  freexl_close (handle);
  write_record (writer, RECORD_DONE, 0, 0, NULL);
}

typedef struct {
  const guint8 *p;
  const guint8 *end;
} Reader;

static gboolean
read_u32 (Reader  *reader,
          guint32 *value)
{
  if (reader->end - reader->p < (gssize) sizeof *value)
    return FALSE;
  memcpy (value, reader->p, sizeof *value);
  reader->p += sizeof *value;
  return TRUE;
}

static char *
read_text (Reader *reader)
{
  guint32 length;
  char *text;

  if (!read_u32 (reader, &length) || (guint64) (reader->end - reader->p) < length)
    return NULL;
  text = g_strndup ((const char *) reader->p, length);
  reader->p += length;
  return text;
}

static void
set_unreadable (GError     **error,
                const char  *message)
{
  g_set_error_literal (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE, message);
}

/* Builds the sheet from the child's records; FALSE with @error for a failure it
 * reported, or records that stop short (the child died). */
static GtLedgerSheet *
decode (const guint8  *data,
        gsize          length,
        GError       **error)
{
  g_autoptr(GtLedgerSheet) sheet = NULL;
  g_autoptr(GPtrArray) names = NULL;
  Reader reader = { data, data };
  guint32 a, b, rows = 0;

  /* A child that died before a word has sent nothing at all. */
  if (data == NULL || length == 0)
    goto damaged;
  reader.end = data + length;
  sheet = gt_ledger_sheet_new ();
  names = g_ptr_array_new_with_free_func (g_free);

  while (reader.p < reader.end)
    {
      char tag = (char) *reader.p++;
      char *text;

      switch (tag)
        {
        case RECORD_NAME:
          if ((text = read_text (&reader)) == NULL)
            goto damaged;
          g_ptr_array_add (names, text);
          break;
        case RECORD_SHEET:
          if (!read_u32 (&reader, &a))
            goto damaged;
          sheet->sheet = a;
          break;
        case RECORD_ROWS:
          if (!read_u32 (&reader, &rows) || rows > GT_LEDGER_MAX_ROWS)
            goto damaged;
          break;
        case RECORD_CELL:
          if (!read_u32 (&reader, &a) || !read_u32 (&reader, &b) || a >= rows ||
              (text = read_text (&reader)) == NULL)
            goto damaged;
          if (!gt_ledger_sheet_put (sheet, a, b, text, error))
            return NULL;
          break;
        case RECORD_FAIL:
          if (!read_u32 (&reader, &a) || !read_u32 (&reader, &b))
            goto damaged;
          if (a == FAIL_NO_SUCH_SHEET)
            g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_NO_SUCH_SHEET,
                         _("The workbook has %u sheets; there is no sheet %d."),
                         b, sheet->sheet + 1);
          else if (a == FAIL_SHEET_DAMAGED)
            set_unreadable (error, _("The XLS file cannot be read: the sheet is damaged."));
          else if (a == FAIL_TOO_MANY_ROWS)
            gt_ledger_set_too_many_rows (error);
          else if (a == FAIL_TOO_MANY_COLUMNS)
            g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE,
                         _("The sheet has more than %u columns, the most a ledger may have."),
                         GT_LEDGER_MAX_COLUMNS);
          else
            set_unreadable (error,
                            _("The XLS file cannot be read: it is damaged or not a workbook."));
          return NULL;
        case RECORD_DONE:
          g_ptr_array_add (names, NULL);
          sheet->sheet_names = (GStrv) g_ptr_array_steal (names, NULL);
          return g_steal_pointer (&sheet);
        default:
          goto damaged;
        }
    }

damaged:
  set_unreadable (error, _("The XLS file cannot be read: it is damaged, and reading it "
                           "stopped part way."));
  return NULL;
}

GtLedgerSheet *
gt_xls_read_file (const char  *path,
                  int          sheet_index,
                  GError     **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  GtLedgerSheet *sheet;
  int fds[2];
  pid_t pid;
  int status = 0;
  gboolean too_large = FALSE;

  g_return_val_if_fail (path != NULL, NULL);

  if (pipe (fds) != 0)
    {
      set_unreadable (error, g_strerror (errno));
      return NULL;
    }
  pid = fork ();
  if (pid < 0)
    {
      int saved_errno = errno;

      close (fds[0]);
      close (fds[1]);
      set_unreadable (error, g_strerror (saved_errno));
      return NULL;
    }
  if (pid == 0)
    {
      Writer writer = { fds[1], TRUE };

#ifdef GT_FUZZING
      /* Under libFuzzer a crash in the child is the child's alone: without its
       * handlers it just dies, as it would in Guatu, and the parent says so. */
      __sanitizer_set_death_callback (NULL);
      signal (SIGSEGV, SIG_DFL);
      signal (SIGBUS, SIG_DFL);
      signal (SIGABRT, SIG_DFL);
#endif
      close (fds[0]);
      read_in_child (path, sheet_index, &writer);
      _exit (writer.ok ? 0 : 1);
    }

  close (fds[1]);
  for (;;)
    {
      guint8 buffer[65536];
      gssize n = read (fds[0], buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      g_byte_array_append (data, buffer, n);
      if (data->len > MAX_RECORD_BYTES)
        {
          kill (pid, SIGKILL);
          too_large = TRUE;
          break;
        }
    }
  close (fds[0]);
  while (waitpid (pid, &status, 0) < 0 && errno == EINTR)
    ;
  if (too_large)
    {
      g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE,
                   _("The XLS file cannot be read: its sheet holds more than %u MB of text, "
                     "the most a ledger may hold."), GT_LEDGER_MAX_TEXT_MB);
      return NULL;
    }

  sheet = decode (data->data, data->len, error);
  if (sheet != NULL && sheet_index >= 0)
    sheet->sheet = sheet_index;
  return sheet;
}
