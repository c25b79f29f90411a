/* test-import-csv.c: CSV ledgers in every encoding Excel and WPS write.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-ledger-columns.h"
#include "gt-ledger-sheet.h"
#include "gt-test-ledger.h"

static GtLedgerSheet *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  GtLedgerSheet *sheet = gt_ledger_sheet_load (path, -1, &error);

  g_assert_no_error (error);
  return sheet;
}

static void
test_encoding (gconstpointer data)
{
  const char *encoding = data;
  g_autofree char *dir = gt_test_make_dir ();
  gboolean bom = g_str_equal (encoding, "UTF-8-BOM");
  g_autofree char *path = gt_test_write_csv (dir, "ledger.csv", gt_test_ledger_rows,
                                             bom ? "UTF-8" : encoding, bom);
  g_autoptr(GtLedgerSheet) sheet = load (path);
  g_autoptr(GtLedgerMapping) mapping = NULL;
  g_autoptr(GError) error = NULL;

  gt_test_check_ledger_grid (sheet);
  g_assert_cmpstrv (sheet->sheet_names, ((const char *[]) { "", NULL }));

  mapping = gt_ledger_mapping_guess (sheet, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mapping->header_row, ==, 2);
  g_assert_cmpint (mapping->title_year, ==, 2023);
  g_assert_cmpint (gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_NAME), ==, 1);
  g_assert_cmpint (gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_TOTAL), ==, 7);
  g_assert_cmpint (gt_ledger_mapping_column (mapping, 7)->unit, ==, 100000000);
  g_assert_cmpint (gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_COMPLETED), ==, 9);
  g_assert_cmpint (gt_ledger_mapping_column (mapping, 9)->month, ==, 3);
  g_assert_cmpint (gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_ISSUES), ==, 16);
  g_assert_cmpint (gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_NONE), ==, 0);

  gt_test_remove_tree (dir);
}

static void
test_gbk_bytes (void)
{
  /* "项目名称,总投资\r\n甲,1\r\n" as Excel on Chinese Windows writes it (GBK). */
  static const char gbk[] = "\xcf\xee\xc4\xbf\xc3\xfb\xb3\xc6,\xd7\xdc\xcd\xb6\xd7\xca\r\n"
                            "\xbc\xd7,1\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = gt_csv_read (gbk, strlen (gbk), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 0, 0), ==, "项目名称");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 0, 1), ==, "总投资");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 1, 0), ==, "甲");
}

static void
test_quirks (void)
{
  /* No final line break, a tab-separated file, an empty file. */
  static const char last[] = "a,\"b\nc\",d";
  static const char tabs[] = "项目名称\t总投资\n甲\t1,000\n";
  g_autoptr(GtLedgerSheet) one = gt_csv_read (last, strlen (last), NULL);
  g_autoptr(GtLedgerSheet) two = gt_csv_read (tabs, strlen (tabs), NULL);
  g_autoptr(GtLedgerSheet) three = gt_csv_read ("", 0, NULL);

  g_assert_cmpuint (gt_ledger_sheet_n_rows (one), ==, 1);
  g_assert_cmpstr (gt_ledger_sheet_get (one, 0, 1), ==, "b\nc");
  g_assert_cmpstr (gt_ledger_sheet_get (one, 0, 2), ==, "d");
  g_assert_cmpstr (gt_ledger_sheet_get (two, 1, 1), ==, "1,000");
  g_assert_cmpuint (gt_ledger_sheet_n_rows (three), ==, 0);
}

static void
test_bad_utf8_bom (void)
{
  static const char bad[] = "\xef\xbb\xbf\xff\xfe\xfd";
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = gt_csv_read (bad, strlen (bad), &error);

  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE);
}

/* "2023年" merged over two columns, "投资情况" over another two; the rows under
 * the merged cells name the columns. */
static void
test_two_row_header (void)
{
  static const char *const rows[] = {
    "县重点项目台账",
    "序号|项目名称|投资情况||2023年||包联领导",
    "||总投资(亿元)|其中:中央预算内|计划投资|1-3月完成|",
    "1|甲|1.5|0.2|500|120|张三",
    NULL
  };
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_write_csv (dir, "merged.csv", rows, "UTF-8", FALSE);
  g_autoptr(GtLedgerSheet) sheet = load (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerMapping) mapping = gt_ledger_mapping_guess (sheet, &error);
  GtLedgerColumn *column;

  g_assert_no_error (error);
  g_assert_cmpuint (mapping->header_row, ==, 2);
  column = gt_ledger_mapping_column (mapping, 2);
  g_assert_cmpstr (column->header, ==, "投资情况总投资(亿元)");
  g_assert_cmpint (column->field, ==, GT_LEDGER_FIELD_TOTAL);
  g_assert_cmpint (column->unit, ==, 100000000);
  column = gt_ledger_mapping_column (mapping, 4);
  g_assert_cmpstr (column->header, ==, "2023年计划投资");
  g_assert_cmpint (column->field, ==, GT_LEDGER_FIELD_PLAN);
  g_assert_cmpint (column->year, ==, 2023);
  column = gt_ledger_mapping_column (mapping, 5);
  g_assert_cmpint (column->field, ==, GT_LEDGER_FIELD_COMPLETED);
  g_assert_cmpint (column->year, ==, 2023);
  g_assert_cmpint (column->month, ==, 3);
  g_assert_cmpint (gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_LEADER), ==, 6);
  gt_test_remove_tree (dir);
}

static void
test_not_a_ledger (void)
{
  static const char *const rows[] = { "姓名|年龄|电话", "张三|40|123", NULL };
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_write_csv (dir, "people.csv", rows, "UTF-8", FALSE);
  g_autoptr(GtLedgerSheet) sheet = load (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerMapping) mapping = gt_ledger_mapping_guess (sheet, &error);

  g_assert_null (mapping);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_NOT_A_LEDGER);
  gt_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/import/csv/utf-8", "UTF-8", test_encoding);
  g_test_add_data_func ("/import/csv/utf-8-bom", "UTF-8-BOM", test_encoding);
  g_test_add_data_func ("/import/csv/gb18030", "GB18030", test_encoding);
  g_test_add_data_func ("/import/csv/utf-16", "UTF-16", test_encoding);
  g_test_add_func ("/import/csv/gbk-bytes", test_gbk_bytes);
  g_test_add_func ("/import/csv/quirks", test_quirks);
  g_test_add_func ("/import/csv/bad-utf8-bom", test_bad_utf8_bom);
  g_test_add_func ("/import/csv/two-row-header", test_two_row_header);
  g_test_add_func ("/import/csv/not-a-ledger", test_not_a_ledger);

  return g_test_run ();
}
