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

/* A record's text: a sheet's name or a cell, which BIFF8 holds to 65,535
 * UTF-16 units (196 KB of UTF-8). A longer one is a child gone wrong. */
#define MAX_TEXT_BYTES (256 * 1024)

/* 1 with *@text read, 0 when its bytes are not all there yet, -1 when damaged. */
static int
read_text (Reader  *reader,
           char   **text)
{
  guint32 length;

  if (!read_u32 (reader, &length))
    return 0;
  if (length > MAX_TEXT_BYTES)
    return -1;
  if ((guint64) (reader->end - reader->p) < length)
    return 0;
  *text = g_strndup ((const char *) reader->p, length);
  reader->p += length;
  return 1;
}

static void
set_unreadable (GError     **error,
                const char  *message)
{
  g_set_error_literal (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE, message);
}

typedef enum {
  DECODE_MORE,      /* the records so far are taken; more are to come */
  DECODE_DONE,
  DECODE_FAILED,    /* with the error set */
} DecodeStatus;

typedef struct {
  GtLedgerSheet *sheet;
  GPtrArray     *names;
  guint32        rows;
} Decoder;

static void
set_failure (Decoder  *decoder,
             guint32   failure,
             guint32   n_sheets,
             GError  **error)
{
  if (failure == FAIL_NO_SUCH_SHEET)
    g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_NO_SUCH_SHEET,
                 _("The workbook has %u sheets; there is no sheet %d."),
                 n_sheets, decoder->sheet->sheet + 1);
  else if (failure == FAIL_SHEET_DAMAGED)
    set_unreadable (error, _("The XLS file cannot be read: the sheet is damaged."));
  else if (failure == FAIL_TOO_MANY_ROWS)
    gt_ledger_set_too_many_rows (error);
  else if (failure == FAIL_TOO_MANY_COLUMNS)
    g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE,
                 _("The sheet has more than %u columns, the most a ledger may have."),
                 GT_LEDGER_MAX_COLUMNS);
  else
    set_unreadable (error, _("The XLS file cannot be read: it is damaged or not a workbook."));
}

static void
set_damaged (GError **error)
{
  set_unreadable (error, _("The XLS file cannot be read: it is damaged, and reading it "
                           "stopped part way."));
}

/* Takes the whole records at the start of @data into the sheet, as they come
 * from the child: *@consumed says how many bytes they were, and the rest waits
 * for more. No more than a record is ever held beside the sheet, so that the
 * caps of gt_ledger_sheet_put() bound the memory, however much the child sends. */
static DecodeStatus
decode (Decoder       *decoder,
        const guint8  *data,
        gsize          length,
        gsize         *consumed,
        GError       **error)
{
  Reader reader = { data, data + length };
  guint32 a, b;
  char *text = NULL;
  int got;

  *consumed = 0;
  while (reader.p < reader.end)
    {
      char tag = (char) *reader.p++;

      switch (tag)
        {
        case RECORD_NAME:
          if ((got = read_text (&reader, &text)) <= 0)
            goto short_or_damaged;
          g_ptr_array_add (decoder->names, text);
          break;
        case RECORD_SHEET:
          if (!read_u32 (&reader, &a))
            return DECODE_MORE;
          decoder->sheet->sheet = a;
          break;
        case RECORD_ROWS:
          if (!read_u32 (&reader, &decoder->rows))
            return DECODE_MORE;
          if (decoder->rows > GT_LEDGER_MAX_ROWS)
            goto damaged;
          break;
        case RECORD_CELL:
          if (!read_u32 (&reader, &a) || !read_u32 (&reader, &b))
            return DECODE_MORE;
          if ((got = read_text (&reader, &text)) <= 0)
            goto short_or_damaged;
          if (a >= decoder->rows)
            {
              g_free (text);
              goto damaged;
            }
          if (!gt_ledger_sheet_put (decoder->sheet, a, b, text, error))
            return DECODE_FAILED;
          break;
        case RECORD_FAIL:
          if (!read_u32 (&reader, &a) || !read_u32 (&reader, &b))
            return DECODE_MORE;
          set_failure (decoder, a, b, error);
          return DECODE_FAILED;
        case RECORD_DONE:
          g_ptr_array_add (decoder->names, NULL);
          decoder->sheet->sheet_names = (GStrv) g_ptr_array_steal (decoder->names, NULL);
          return DECODE_DONE;
        default:
          goto damaged;
        }
      *consumed = (gsize) (reader.p - data);
    }
  return DECODE_MORE;

short_or_damaged:
  if (got == 0)
    return DECODE_MORE;
damaged:
  set_damaged (error);
  return DECODE_FAILED;
}

GtLedgerSheet *
gt_xls_read_file (const char  *path,
                  int          sheet_index,
                  GError     **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GtLedgerSheet) sheet = gt_ledger_sheet_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  Decoder decoder = { sheet, names, 0 };
  DecodeStatus status = DECODE_MORE;
  int fds[2];
  pid_t pid;
  int exit_status = 0;

  g_return_val_if_fail (path != NULL, NULL);

  /* Said in a refusal before the child names the sheet. */
  sheet->sheet = MAX (sheet_index, 0);
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
  while (status == DECODE_MORE)
    {
      guint8 buffer[65536];
      gssize n = read (fds[0], buffer, sizeof buffer);
      gsize consumed = 0;

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      g_byte_array_append (data, buffer, n);
      status = decode (&decoder, data->data, data->len, &consumed, error);
      g_byte_array_remove_range (data, 0, consumed);
    }
  /* A sheet refused need not be read to its end. */
  if (status == DECODE_FAILED)
    kill (pid, SIGKILL);
  close (fds[0]);
  while (waitpid (pid, &exit_status, 0) < 0 && errno == EINTR)
    ;

  /* Records that stop short: the child died. */
  if (status == DECODE_MORE)
    set_damaged (error);
  if (status != DECODE_DONE)
    return NULL;
  if (sheet_index >= 0)
    sheet->sheet = sheet_index;
  return g_steal_pointer (&sheet);
}
