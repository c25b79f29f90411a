/* gt-ledger-sheet.h: one sheet of a ledger (台账) as a grid of cell texts.
 *
 * Every reader (CSV, XLSX, XLS) produces this, so that finding the header and
 * judging the values is written once. Cells are UTF-8; a number is its plain
 * decimal text, a date cell the Excel serial number (as the file holds it).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define GT_LEDGER_ERROR (gt_ledger_error_quark ())
typedef enum {
  GT_LEDGER_ERROR_UNREADABLE,     /* damaged file, unknown encoding, bad CSV */
  GT_LEDGER_ERROR_NO_SUCH_SHEET,
  GT_LEDGER_ERROR_NOT_A_LEDGER,   /* no header row with a project name column */
  GT_LEDGER_ERROR_BAD_VALUE,      /* a cell that cannot be taken */
  GT_LEDGER_ERROR_TOO_LARGE,      /* past one of the caps below */
} GtLedgerError;
GQuark          gt_ledger_error_quark    (void);

/* What a sheet may hold. Far beyond any county's ledger, they keep a hostile or
 * broken file from taking all the memory and time there is: a file past one is
 * refused with a message that names it, never cut short. A cell holds at most
 * what Excel lets a cell hold; the cells and the text count what is stored (the
 * empty cells between filled ones too, trailing empty ones never). */
#define GT_LEDGER_MAX_ROWS        100000
#define GT_LEDGER_MAX_COLUMNS     1000
#define GT_LEDGER_MAX_CELL_CHARS  32767
#define GT_LEDGER_MAX_CELLS       2000000
#define GT_LEDGER_MAX_TEXT_MB     64
#define GT_LEDGER_MAX_CSV_MB      64

typedef struct {
  GPtrArray *rows;         /* of GPtrArray of char * (NULL-free, "" when empty) */
  GStrv      sheet_names;  /* every sheet of the file, in order; one "" for CSV */
  int        sheet;        /* the index of the sheet read */
  gsize      n_cells;      /* stored, counting the empty ones between */
  gsize      text_bytes;
} GtLedgerSheet;

GtLedgerSheet  *gt_ledger_sheet_new      (void);
void            gt_ledger_sheet_free     (GtLedgerSheet  *self);
/* Appends an empty row and returns it. */
GPtrArray      *gt_ledger_sheet_add_row  (GtLedgerSheet  *self);
/* Sets cell (@row, @column), growing the grid as needed; takes @text. No cap
 * is checked: the readers use gt_ledger_sheet_put(). */
void            gt_ledger_sheet_take     (GtLedgerSheet  *self,
                                          guint           row,
                                          guint           column,
                                          char           *text);
/* The same within the caps: FALSE with @error naming the cap and the cell when
 * (@row, @column) or @text passes one (@text is freed then). An empty @text is
 * stored only where a filled cell follows it, so it passes no cap. */
gboolean        gt_ledger_sheet_put      (GtLedgerSheet  *self,
                                          guint           row,
                                          guint           column,
                                          char           *text,
                                          GError        **error);
/* The errors of the caps, for readers that find them before storing. */
void            gt_ledger_set_too_many_rows (GError     **error);
void            gt_ledger_set_cell_too_long (GError     **error,
                                             guint        row,
                                             guint        column);
guint           gt_ledger_sheet_n_rows   (GtLedgerSheet  *self);
/* The cell text, "" outside the grid. */
const char     *gt_ledger_sheet_get      (GtLedgerSheet  *self,
                                          guint           row,
                                          guint           column);
guint           gt_ledger_sheet_n_columns (GtLedgerSheet *self);

/* Reads @path, recognizing the format from its first bytes (XLSX is a zip, XLS a
 * compound file, anything else CSV). @sheet is 0-based; -1 means the first. */
GtLedgerSheet  *gt_ledger_sheet_load     (const char     *path,
                                          int             sheet,
                                          GError        **error);

/* The readers, from memory (the fuzz targets call these directly). */
GtLedgerSheet  *gt_csv_read              (const char     *data,
                                          gsize           length,
                                          GError        **error);
GtLedgerSheet  *gt_xlsx_read             (const char     *data,
                                          gsize           length,
                                          int             sheet,
                                          GError        **error);
GtLedgerSheet  *gt_xls_read_file         (const char     *path,
                                          int             sheet,
                                          GError        **error);
/* From files, as gt_ledger_sheet_load() reads them: a CSV file of more than
 * GT_LEDGER_MAX_CSV_MB is refused unread, an XLSX is never read whole. */
GtLedgerSheet  *gt_csv_read_file         (const char     *path,
                                          GError        **error);
GtLedgerSheet  *gt_xlsx_read_file        (const char     *path,
                                          int             sheet,
                                          GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtLedgerSheet, gt_ledger_sheet_free)

G_END_DECLS
