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
} GtLedgerError;
GQuark          gt_ledger_error_quark    (void);

typedef struct {
  GPtrArray *rows;         /* of GPtrArray of char * (NULL-free, "" when empty) */
  GStrv      sheet_names;  /* every sheet of the file, in order; one "" for CSV */
  int        sheet;        /* the index of the sheet read */
} GtLedgerSheet;

GtLedgerSheet  *gt_ledger_sheet_new      (void);
void            gt_ledger_sheet_free     (GtLedgerSheet  *self);
/* Appends an empty row and returns it. */
GPtrArray      *gt_ledger_sheet_add_row  (GtLedgerSheet  *self);
/* Sets cell (@row, @column), growing the grid as needed; takes @text. */
void            gt_ledger_sheet_take     (GtLedgerSheet  *self,
                                          guint           row,
                                          guint           column,
                                          char           *text);
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtLedgerSheet, gt_ledger_sheet_free)

G_END_DECLS
