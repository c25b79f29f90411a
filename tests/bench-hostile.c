/* bench-hostile.c: hostile ledgers to measure the readers' limits against.
 *
 *   bench-hostile DIR
 *   bench-hostile --seeds DIR
 *
 * Writes the files of issue 13 into DIR (an XLSX entity bomb, zip bombs, CSV
 * files full of commas, files one past each cap, a stray quote) for measuring
 * `guatu --import` with /usr/bin/time -v, then prints how long the header
 * search takes over a wide two-row header. Prints figures; never fails on time.
 * With --seeds, writes the small ones that seed the fuzzers into DIR/csv and
 * DIR/xlsx (tests/fuzz/regressions keeps them).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>
#include <string.h>

#include "gt-ledger-columns.h"
#include "gt-ledger-sheet.h"
#include "gt-test-hostile.h"
#include "gt-test-ledger.h"

static void
write_csv_grid (const char *dir,
                const char *name,
                guint       n_rows,
                guint       n_columns,
                const char *cell)
{
  gsize length = 0;
  g_autofree char *text = gt_test_csv_grid (n_rows, n_columns, cell, &length);
  g_autofree char *path = gt_test_write_bytes (dir, name, text, (gssize) length);

  g_print ("%s: %" G_GSIZE_FORMAT " bytes\n", path, length);
}

static void
write_gbk_grid (const char *dir,
                const char *name,
                guint       n_rows,
                guint       n_columns,
                const char *cell)
{
  gsize length = 0;
  g_autofree char *text = gt_test_csv_grid (n_rows, n_columns, cell, &length);
  g_autofree char *gbk = g_convert (text, (gssize) length, "GB18030", "UTF-8", NULL, &length,
                                    NULL);
  g_autofree char *path = gt_test_write_bytes (dir, name, gbk, (gssize) length);

  g_print ("%s: %" G_GSIZE_FORMAT " bytes\n", path, length);
}

static void
write_files (const char *dir)
{
  static const char *const tail = "</sheetData></worksheet>";
  g_autofree char *head = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *path = NULL;
  g_autofree char *cell = NULL;
  GString *long_cell = g_string_new ("项目名称,总投资\r\n");
  g_autoptr(GString) row = g_string_new (NULL);

  g_clear_pointer (&path, g_free);
  path = gt_test_write_bytes (dir, "stray-quote.csv", gt_test_stray_quote_csv, -1);
  g_print ("%s\n", path);

  /* One line of 70 MB of commas, and 70 MB of lines of 1,000 empty cells. */
  write_csv_grid (dir, "commas-line.csv", 1, 70 * 1000 * 1000, "");
  write_csv_grid (dir, "commas-grid.csv", 70 * 1000, 1000, "");
  /* Just under the file cap: read whole, one empty, one in GBK full of cells. */
  write_csv_grid (dir, "commas-63mb.csv", 63 * 1000, 1000, "");
  write_gbk_grid (dir, "cells-gbk.csv", 21000, 1000, "甲");
  write_csv_grid (dir, "rows-100001.csv", 100001, 2, "1");
  write_csv_grid (dir, "columns-1001.csv", 2, 1001, "1");
  for (int i = 0; i < 32768; i++)
    g_string_append (long_cell, "华");
  g_string_append (long_cell, ",1\r\n");
  g_clear_pointer (&path, g_free);
  path = gt_test_write_bytes (dir, "cell-32768.csv", long_cell->str, (gssize) long_cell->len);
  g_print ("%s\n", path);
  g_string_free (long_cell, TRUE);

  xml = gt_test_entity_sheet_xml (50 * 1024, 2000);
  g_clear_pointer (&path, g_free);
  path = gt_test_write_raw_xlsx (dir, "entity-2000.xlsx", xml, 0, NULL, NULL, NULL);
  g_print ("%s\n", path);
  g_clear_pointer (&xml, g_free);
  xml = gt_test_entity_sheet_xml (50 * 1024, 20000);
  g_clear_pointer (&path, g_free);
  path = gt_test_write_raw_xlsx (dir, "entity-20000.xlsx", xml, 0, NULL, NULL, NULL);
  g_print ("%s\n", path);

  /* 1 GB of spaces inside <sheetData>: a few hundred kilobytes compressed. */
  head = g_strdup ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\""
                   "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
  g_clear_pointer (&path, g_free);
  path = gt_test_write_raw_xlsx (dir, "zip-bomb.xlsx", head, G_GUINT64_CONSTANT (1) << 30,
                                 NULL, tail, NULL);
  g_print ("%s\n", path);

  /* 64 MB and a bit of empty rows, or of elements that mean nothing, in zips
   * that say the sheet is 4 KB. */
  g_clear_pointer (&path, g_free);
  path = gt_test_write_raw_xlsx (dir, "zip-bomb-rows.xlsx", head, 65 * 1024 * 1024, "<row/>",
                                 tail, NULL);
  gt_test_zip_lie_about_size (path, "xl/worksheets/sheet1.xml", 4096);
  g_print ("%s\n", path);
  g_clear_pointer (&path, g_free);
  path = gt_test_write_raw_xlsx (dir, "zip-bomb-elements.xlsx", head, 65 * 1024 * 1024, "<x/>",
                                 tail, NULL);
  gt_test_zip_lie_about_size (path, "xl/worksheets/sheet1.xml", 4096);
  g_print ("%s\n", path);

  /* The most cells a sheet may have, 2,000 rows of 1,000, none a header. */
  g_string_assign (row, "<row>");
  for (guint c = 0; c < 1000; c++)
    g_string_append (row, "<c><v>1</v></c>");
  g_string_append (row, "</row>");
  g_clear_pointer (&path, g_free);
  path = gt_test_write_raw_xlsx (dir, "cells-2m.xlsx", head, 2000 * (guint64) row->len, row->str,
                                 tail, NULL);
  g_print ("%s\n", path);
}

/* The fuzzers' seeds among these (tests/fuzz/regressions): a few kilobytes each. */
static void
write_seeds (const char *dir)
{
  static const char cut[] = "序号,项目名称,进展\r\n1,城南物流园,已开工\r\n2,河口大桥,\"主体完工\n正在";
  g_autofree char *csv_dir = g_build_filename (dir, "csv", NULL);
  g_autofree char *xlsx_dir = g_build_filename (dir, "xlsx", NULL);
  g_autofree char *xml = gt_test_entity_sheet_xml (50 * 1024, 2000);
  g_autofree char *path = NULL;

  g_mkdir_with_parents (csv_dir, 0700);
  g_mkdir_with_parents (xlsx_dir, 0700);
  g_free (gt_test_write_bytes (csv_dir, "stray-quote.csv", gt_test_stray_quote_csv, -1));
  g_free (gt_test_write_bytes (csv_dir, "cut-in-quote.csv", cut, -1));
  g_free (gt_test_write_raw_xlsx (xlsx_dir, "entity-bomb.xlsx", xml, 0, NULL, NULL, NULL));
  /* The zip bomb in small: 100,001 empty rows (600 KB) in a zip that says 4 KB. */
  path = gt_test_write_raw_xlsx (xlsx_dir, "row-bomb.xlsx",
                                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\""
                                 "http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                 "<sheetData>", 6 * 100001, "<row/>",
                                 "</sheetData></worksheet>", NULL);
  gt_test_zip_lie_about_size (path, "xl/worksheets/sheet1.xml", 4096);
  g_print ("seeds in %s and %s\n", csv_dir, xlsx_dir);
}

/* The header on row 1 names only the name column and one group, "2023年",
 * whose merged cell spans every other column; row 2 names the columns. */
static void
time_header_search (guint n_columns)
{
  g_autoptr(GtLedgerSheet) sheet = gt_ledger_sheet_new ();
  g_autoptr(GtLedgerMapping) mapping = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  gt_ledger_sheet_take (sheet, 0, 0, g_strdup ("项目名称"));
  gt_ledger_sheet_take (sheet, 0, 1, g_strdup ("总投资"));
  gt_ledger_sheet_take (sheet, 0, 2, g_strdup ("2023年"));
  for (guint c = 2; c < n_columns; c++)
    gt_ledger_sheet_take (sheet, 1, c, g_strdup (c % 2 ? "计划投资" : "1-3月完成"));
  gt_ledger_sheet_take (sheet, 2, 0, g_strdup ("城南物流园"));

  start = g_get_monotonic_time ();
  mapping = gt_ledger_mapping_guess (sheet, &error);
  g_assert_no_error (error);
  g_print ("header search, two-row header of %u columns: %.3f s\n", n_columns,
           (g_get_monotonic_time () - start) / 1e6);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  if (argc == 3 && g_str_equal (argv[1], "--seeds"))
    {
      write_seeds (argv[2]);
      return 0;
    }
  if (argc != 2)
    {
      g_printerr ("usage: %s DIR\n       %s --seeds DIR\n", argv[0], argv[0]);
      return 2;
    }
  g_mkdir_with_parents (argv[1], 0700);
  write_files (argv[1]);
  time_header_search (1000);
  time_header_search (30000);
  return 0;
}
