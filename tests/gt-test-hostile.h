/* gt-test-hostile.h: hostile ledgers, made by the tests instead of kept as files.
 *
 * A bomb is a few hundred bytes of instructions and hundreds of megabytes once
 * read; writing it here keeps the repository small and says what it is.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A minimal XLSX (workbook, its relations, one sheet "台账"): the sheet part is
 * @sheet_head, then @filler bytes of @unit over and over (spaces when NULL;
 * made as they are compressed, never held whole), then @sheet_tail. @shared is
 * xl/sharedStrings.xml, or NULL. */
char     *gt_test_write_raw_xlsx     (const char *dir,
                                      const char *name,
                                      const char *sheet_head,
                                      guint64     filler,
                                      const char *unit,
                                      const char *sheet_tail,
                                      const char *shared);

/* Makes the zip at @path say that its entry @entry unpacks to @size bytes, in
 * its local header and in its central directory: a zip bomb that lies. */
void      gt_test_zip_lie_about_size (const char *path,
                                      const char *entry,
                                      guint32     size);

/* A sheet part whose cell A1 uses an internal entity of @entity_bytes bytes
 * @uses times (the "billion laughs" in its simplest form). */
char     *gt_test_entity_sheet_xml   (gsize       entity_bytes,
                                      guint       uses);

/* The head and tail of a sheet part holding @rows (a NULL-terminated array of
 * '|'-joined cells, as gt-test-ledger.h writes them) as inline strings. */
char     *gt_test_sheet_xml          (const char *const *rows);

/* A CSV ledger of five projects whose row 3 names one "华兴"科技园项目: a field
 * that starts with a quoted word and goes on after it. */
extern const char gt_test_stray_quote_csv[];

/* @n_rows rows, each @n_columns cells of @cell joined by commas, CRLF ends. */
char     *gt_test_csv_grid           (guint       n_rows,
                                      guint       n_columns,
                                      const char *cell,
                                      gsize      *length);

/* Rows for a ledger whose header stands on row @header_row (1-based): titles and
 * notes above it, two projects below. */
GStrv     gt_test_rows_header_at     (guint       header_row);

G_END_DECLS
