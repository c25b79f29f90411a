/* gt-test-ledger.h: ledger fixtures written by the tests themselves.
 *
 * A sheet is a NULL-terminated array of rows; a row is its cells joined by '|'.
 * A cell starting with '#' is written as a number ("#1.5"), any other as text.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-test-util.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char        *name;
  const char *const *rows;
} GtTestSheet;

/* A fixture for the import tests: a new register at @db_path inside @dir,
 * and @today, 10 May 2023. */
typedef struct {
  char    *dir;
  char    *db_path;
  GtStore *store;
  GDate    today;
} GtTestImportFixture;

void    gt_test_import_fixture_set_up    (GtTestImportFixture *f,
                                          gconstpointer        data);
void    gt_test_import_fixture_tear_down (GtTestImportFixture *f,
                                          gconstpointer        data);

/* Writes @length bytes (-1: up to the NUL) to @dir/@name; returns the path. */
char   *gt_test_write_bytes    (const char        *dir,
                                const char        *name,
                                const char        *data,
                                gssize             length);
/* The rows as CSV (cells quoted as RFC 4180 needs), in UTF-8 or GB18030, with
 * CRLF line ends and optionally a BOM. */
char   *gt_test_write_csv      (const char        *dir,
                                const char        *name,
                                const char *const *rows,
                                const char        *encoding,
                                gboolean           bom);
char   *gt_test_write_xlsx     (const char        *dir,
                                const char        *name,
                                const GtTestSheet *sheets,
                                guint              n_sheets);
/* A BIFF8 workbook in a minimal compound file: SST, LABELSST and NUMBER. */
char   *gt_test_write_xls      (const char        *dir,
                                const char        *name,
                                const GtTestSheet *sheets,
                                guint              n_sheets);

G_END_DECLS

G_BEGIN_DECLS

/* A ledger as townships send them: a title, the header on row 3, a group
 * heading, a blank row, a 小计 and a 合计, a quoted cell with a comma and one with
 * a line break, amounts in 亿元 and 万元, dates in four forms and an Excel serial
 * day (#44986 = 2023-03-01). Three projects; see test-import-apply.c for what
 * each must become. */
extern const char *const gt_test_ledger_rows[];
/* The same ledger a month later: 1—4月, changed figures, the same issues. */
extern const char *const gt_test_ledger_april_rows[];
/* Every row of the table @table of the SQLite file @path, as text, to compare
 * a database before and after. */
char   *gt_test_dump_database (const char *path);

G_END_DECLS

#include "gt-ledger-sheet.h"

G_BEGIN_DECLS

/* Checks that @sheet holds gt_test_ledger_rows as written (numbers as their
 * decimal text). */
void    gt_test_check_ledger_grid (GtLedgerSheet *sheet);

/* The tests every workbook format passes, added as /import/@format/first-sheet
 * (the ledger read and its header found), /other-sheet (a sheet picked by
 * number, one too many refused), /damaged (a file cut in half refused) and
 * /header-row (a header on row 20 found, one on row 21 not), on files named
 * *.@format that @write makes. */
typedef char *(*GtTestWorkbookWriter) (const char        *dir,
                                       const char        *name,
                                       const GtTestSheet *sheets,
                                       guint              n_sheets);
void    gt_test_add_workbook_tests (const char           *format,
                                    GtTestWorkbookWriter  write);

G_END_DECLS
