/* test-import-csv.c: CSV ledgers in every encoding Excel and WPS write.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include "gt-ledger-columns.h"
#include "gt-ledger-sheet.h"
#include "gt-test-hostile.h"
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

/* Row 3 names "华兴"科技园项目: a field that starts with a quoted word and goes
 * on. It was read as a quoted field running to the next quote of the file, and
 * 2 of 5 projects were imported. */
/* A NUL byte inside a GBK cell ("城关\0镇") must not cut the cell to "城关", which
 * would have made a new unit: it reads as U+FFFD, which the value checks refuse
 * with its row and column. */
static void
test_nul_byte (void)
{
  static const char utf8[] = "项目名称,责任单位\n甲,城关\0镇\n";
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *gbk = g_convert (utf8, sizeof utf8 - 1, "GB18030", "UTF-8", NULL,
                                    &length, &error);
  g_autoptr(GtLedgerSheet) sheet = NULL;

  g_assert_no_error (error);
  sheet = gt_csv_read (gbk, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 1, 1), ==, "城关\xef\xbf\xbd镇");
}

static void
test_stray_quote (void)
{
  static const char inside[] = "项目名称,总投资\n华兴\"科技园\"项目,100\n河口大桥,300\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = gt_csv_read (gt_test_stray_quote_csv,
                                                strlen (gt_test_stray_quote_csv), &error);
  g_autoptr(GtLedgerSheet) literal = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (gt_ledger_sheet_n_rows (sheet), ==, 6);
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 1, 1), ==, "城南物流园");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 2, 0), ==, "2");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 2, 1), ==, "华兴科技园项目");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 2, 2), ==, "100");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 3, 1), ==, "河口大桥");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 4, 2), ==, "400");
  /* A well-formed quoted cell is read as RFC 4180 says. */
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 5, 1), ==, "供水管网\"二期\"");
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 5, 2), ==, "500");

  /* A quote inside an unquoted cell is text, as Excel and WPS read it. */
  literal = gt_csv_read (inside, strlen (inside), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gt_ledger_sheet_n_rows (literal), ==, 3);
  g_assert_cmpstr (gt_ledger_sheet_get (literal, 1, 0), ==, "华兴\"科技园\"项目");
  g_assert_cmpstr (gt_ledger_sheet_get (literal, 2, 0), ==, "河口大桥");
}

/* A quote that opens a cell running over a line break and closes inside a
 * field would run rows together: an error that names where it opens. A file
 * cut short inside a quoted cell is refused the same way, not read as whole. */
static void
test_open_quote (void)
{
  static const char runs_on[] = "序号,项目名称,总投资\r\n"
                                "1,\"华兴科技园项目,100\r\n"
                                "2,河口大桥,300\r\n"
                                "3,县医院\"迁建\",400\r\n";
  static const char cut[] = "序号,项目名称,进展\r\n"
                            "1,城南物流园,已开工\r\n"
                            "2,河口大桥,\"主体完工\n正在";
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = gt_csv_read (runs_on, strlen (runs_on), &error);

  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE);
  g_assert_nonnull (strstr (error->message, "row 2, column B"));
  g_clear_error (&error);

  sheet = gt_csv_read (cut, strlen (cut), &error);
  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE);
  g_assert_nonnull (strstr (error->message, "row 3, column C"));
  g_assert_nonnull (strstr (error->message, "never closed"));
}

static GtLedgerSheet *
read_grid (guint        n_rows,
           guint        n_columns,
           const char  *cell,
           GError     **error)
{
  gsize length = 0;
  g_autofree char *text = gt_test_csv_grid (n_rows, n_columns, cell, &length);

  return gt_csv_read (text, length, error);
}

/* One past each cap is refused with a message naming the cap; at the cap, read. */
static void
test_caps (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = NULL;
  g_autoptr(GString) text = g_string_new ("项目名称,");
  g_autofree char *commas = NULL;

  sheet = read_grid (GT_LEDGER_MAX_ROWS + 1, 2, "1", &error);
  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "more than 100000 rows"));
  g_clear_error (&error);

  sheet = read_grid (GT_LEDGER_MAX_ROWS, 2, "1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gt_ledger_sheet_n_rows (sheet), ==, GT_LEDGER_MAX_ROWS);
  g_clear_pointer (&sheet, gt_ledger_sheet_free);

  sheet = read_grid (2, GT_LEDGER_MAX_COLUMNS + 1, "1", &error);
  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "Row 1 has a cell in column ALM, past the 1000 "
                                            "columns"));
  g_clear_error (&error);

  sheet = read_grid (2, GT_LEDGER_MAX_COLUMNS, "1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gt_ledger_sheet_n_columns (sheet), ==, GT_LEDGER_MAX_COLUMNS);
  g_clear_pointer (&sheet, gt_ledger_sheet_free);

  /* Empty cells past the last column hold nothing to lose: a line of commas
   * (such a file once took 3.2 GB) is read as the empty line it is. */
  commas = g_strnfill (2 * 1000 * 1000, ',');
  sheet = gt_csv_read (commas, strlen (commas), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gt_ledger_sheet_n_rows (sheet), ==, 0);
  g_clear_pointer (&sheet, gt_ledger_sheet_free);

  /* A cell of 32,768 characters, in CJK (three bytes each) and quoted. */
  g_string_append_c (text, '"');
  for (guint i = 0; i < GT_LEDGER_MAX_CELL_CHARS; i++)
    g_string_append (text, "华");
  g_string_append (text, "\"\r\n");
  sheet = gt_csv_read (text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_utf8_strlen (gt_ledger_sheet_get (sheet, 0, 1), -1), ==,
                    GT_LEDGER_MAX_CELL_CHARS);
  g_clear_pointer (&sheet, gt_ledger_sheet_free);
  g_string_insert (text, strlen ("项目名称,\""), "华");
  sheet = gt_csv_read (text->str, text->len, &error);
  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "row 1, column B holds more than 32767 characters"));
  g_clear_error (&error);

  /* Far past the cap, the cell is refused before it is read whole. */
  g_string_truncate (text, strlen ("项目名称,"));
  for (guint i = 0; i < 4 * GT_LEDGER_MAX_CELL_CHARS; i++)
    g_string_append_c (text, 'x');
  sheet = gt_csv_read (text->str, text->len, &error);
  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "row 1, column B"));
}

/* A file of more than 64 MB is refused unread: this one has not a byte on
 * the disk (it is sparse), and reading it would take 65 MB. */
static void
test_file_cap (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_write_bytes (dir, "large.csv", "", 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = NULL;

  g_assert_cmpint (truncate (path, (off_t) GT_LEDGER_MAX_CSV_MB * 1024 * 1024 + 1), ==, 0);
  sheet = gt_ledger_sheet_load (path, -1, &error);
  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "larger than 64 MB"));
  gt_test_remove_tree (dir);
}

/* The README: the header is found among the first 20 rows. */
static void
test_header_row (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_auto(GStrv) rows_20 = gt_test_rows_header_at (20);
  g_auto(GStrv) rows_21 = gt_test_rows_header_at (21);
  g_autofree char *path_20 = gt_test_write_csv (dir, "20.csv", (const char *const *) rows_20,
                                                "UTF-8", FALSE);
  g_autofree char *path_21 = gt_test_write_csv (dir, "21.csv", (const char *const *) rows_21,
                                                "UTF-8", FALSE);
  g_autoptr(GtLedgerSheet) sheet_20 = load (path_20);
  g_autoptr(GtLedgerSheet) sheet_21 = load (path_21);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerMapping) mapping = gt_ledger_mapping_guess (sheet_20, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (mapping->header_row, ==, 19);
  g_assert_cmpint (gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_NAME), ==, 1);
  g_assert_cmpint (gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_TOTAL), ==, 3);
  g_clear_pointer (&mapping, gt_ledger_mapping_free);

  mapping = gt_ledger_mapping_guess (sheet_21, &error);
  g_assert_null (mapping);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_NOT_A_LEDGER);
  g_assert_nonnull (strstr (error->message, "first 20 rows"));
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
  g_test_add_func ("/import/csv/nul-byte", test_nul_byte);
  g_test_add_func ("/import/csv/stray-quote", test_stray_quote);
  g_test_add_func ("/import/csv/open-quote", test_open_quote);
  g_test_add_func ("/import/csv/caps", test_caps);
  g_test_add_func ("/import/csv/file-cap", test_file_cap);
  g_test_add_func ("/import/csv/header-row", test_header_row);

  return g_test_run ();
}
