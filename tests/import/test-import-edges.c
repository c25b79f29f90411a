/* test-import-edges.c: the edges of what an import accepts, one case per
 * boundary, each guarding an off-by-one or a dropped check that the ordinary
 * ledgers of the other import tests pass either way.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-format.h"
#include "gt-import.h"
#include "gt-ledger-columns.h"
#include "gt-ledger-sheet.h"
#include "gt-ledger-values.h"
#include "gt-store.h"
#include "gt-test-ledger.h"

/* The sheet of the CSV text @csv. */
static GtLedgerSheet *
read_csv (const char *csv)
{
  g_autoptr(GError) error = NULL;
  GtLedgerSheet *sheet = gt_csv_read (csv, strlen (csv), &error);

  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  return sheet;
}

/* A header of two rows whose lower row fills just two cells (a group
 * "2026年" over 计划投资 and 1—3月完成投资) is still read as the header's
 * second row. Guards the count of filled cells: a group heading fills one
 * cell, so two must be enough. */
static void
test_sub_header_two_cells (void)
{
  g_autoptr(GtLedgerSheet) sheet = read_csv ("重点项目台账\r\n"
                                             "项目名称,总投资（万元）,2026年,\r\n"
                                             ",,计划投资（万元）,1—3月完成投资（万元）\r\n"
                                             "城东污水处理厂,900,500,120\r\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerMapping) mapping = gt_ledger_mapping_guess (sheet, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (mapping->header_row, ==, 2);
  g_assert_cmpint (gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_NAME), ==, 0);
  g_assert_cmpint (gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_TOTAL), ==, 1);
  g_assert_cmpint (gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_PLAN), ==, 2);
  g_assert_cmpint (gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_COMPLETED), ==, 3);
}

static void
assert_date (const char *text,
             int         year,
             int         month,
             int         day)
{
  g_autoptr(GError) error = NULL;
  GtLedgerDatePrecision precision;
  GDate date;

  if (!gt_ledger_parse_date (text, &date, &precision, &error))
    g_error ("“%s” refused: %s", text, error->message);
  g_assert_cmpint (g_date_get_year (&date), ==, year);
  g_assert_cmpint (g_date_get_month (&date), ==, month);
  g_assert_cmpint (g_date_get_day (&date), ==, day);
}

static void
assert_no_date (const char *text,
                const char *reason)
{
  g_autoptr(GError) error = NULL;
  GtLedgerDatePrecision precision;
  GDate date;

  g_date_clear (&date, 1);
  if (gt_ledger_parse_date (text, &date, &precision, &error))
    g_error ("“%s” accepted", text);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_BAD_VALUE);
  if (strstr (error->message, reason) == NULL)
    g_error ("“%s”: “%s” does not say “%s”", text, error->message, reason);
}

/* The first and the last year a date may have are accepted, the years either
 * side refused. Guards the bounds of the year check (the last year itself
 * refused by a ">=", the first by a "<="). */
static void
test_date_year_bounds (void)
{
  g_autofree char *last = g_strdup_printf ("%d-12-31", GT_DATE_MAX_YEAR);
  g_autofree char *last_month = g_strdup_printf ("%d年6月", GT_DATE_MAX_YEAR);
  g_autofree char *after = g_strdup_printf ("%d-01-01", GT_DATE_MAX_YEAR + 1);
  g_autofree char *first = g_strdup_printf ("%d-01-01", GT_DATE_MIN_YEAR);
  g_autofree char *before = g_strdup_printf ("%d-12-31", GT_DATE_MIN_YEAR - 1);

  assert_date (last, GT_DATE_MAX_YEAR, 12, 31);
  assert_date (last_month, GT_DATE_MAX_YEAR, 6, 1);
  assert_date (first, GT_DATE_MIN_YEAR, 1, 1);
  assert_no_date (after, "year");
  assert_no_date (before, "year");
}

/* Month 13 is no month, with or without a day; month 12 is. Guards the upper
 * bound of the month check (with a day, a month 13 would still fall to the
 * day's check, with another reason; without one, it would reach GDate). */
static void
test_date_month_13 (void)
{
  assert_date ("2026-12", 2026, 12, 1);
  assert_date ("2026年12月31日", 2026, 12, 31);
  assert_no_date ("2026-13", "no such month");
  assert_no_date ("2026年13月", "no such month");
  assert_no_date ("2026-13-01", "no such month");
  assert_no_date ("2026-00-01", "no such month");
}

static void
assert_amount (const char *text,
               gint64      unit,
               gint64      expected)
{
  g_autoptr(GError) error = NULL;
  gint64 yuan = -1;

  if (!gt_ledger_parse_amount (text, unit, &yuan, &error))
    g_error ("“%s” refused: %s", text, error->message);
  g_assert_cmpint (yuan, ==, expected);
}

static void
assert_too_large (const char *text,
                  gint64      unit)
{
  g_autoptr(GError) error = NULL;
  gint64 yuan = -1;

  if (gt_ledger_parse_amount (text, unit, &yuan, &error))
    g_error ("“%s” accepted as %" G_GINT64_FORMAT, text, yuan);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_BAD_VALUE);
  g_assert_nonnull (strstr (error->message, "too large"));
}

/* An amount written with an exponent (as spreadsheets write large numbers) is
 * refused from 10¹⁶ yuan on: a double there no longer tells one yuan from the
 * next, so the cap itself is refused in that form, in yuan as in 万元. Just
 * below it is an amount. Guards the ">=" of that check. */
static void
test_amount_cap (void)
{
  assert_too_large ("1e16", 1);
  assert_too_large ("1E12", 10000);
  assert_too_large ("1e8亿元", 1);
  assert_amount ("9.999e15", 1, G_GINT64_CONSTANT (9999000000000000));
  assert_amount ("1e11", 10000, G_GINT64_CONSTANT (1000000000000000));
}

/* A file that is nothing but a UTF-8 byte-order mark reads as an empty file
 * does, not as a row holding an invisible character. Guards the BOM check's
 * ">= 3" (a file of exactly the three bytes). */
static void
test_bom_only (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *bom_path = gt_test_write_bytes (dir, "bom.csv", "\xef\xbb\xbf", 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) empty = gt_csv_read ("", 0, &error);
  g_autoptr(GtLedgerSheet) bom = NULL;
  g_autoptr(GtLedgerSheet) bom_file = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (empty);
  bom = gt_csv_read ("\xef\xbb\xbf", 3, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bom);
  bom_file = gt_csv_read_file (bom_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bom_file);

  g_assert_cmpuint (gt_ledger_sheet_n_rows (empty), ==, 0);
  g_assert_cmpuint (gt_ledger_sheet_n_rows (bom), ==, 0);
  g_assert_cmpuint (gt_ledger_sheet_n_rows (bom_file), ==, 0);
  g_assert_cmpuint (gt_ledger_sheet_n_columns (bom), ==, 0);

  gt_test_remove_tree (dir);
}

/* A 1—N月 figure less than the earlier months' reports already hold is a
 * problem even when it is short by one yuan: the month's own figure would
 * come out negative. Equal is no problem (nothing done this month). Guards
 * the comparison with the earlier months ("+ 1 <" lets the yuan through). */
static void
test_cumulative_one_yuan_below (void)
{
  static const char *const below[] = {
    "项目名称|总投资（万元）|1—2月完成投资（万元）",
    "城东污水处理厂|500|0.9999",
    NULL
  };
  static const char *const equal[] = {
    "项目名称|总投资（万元）|1—2月完成投资（万元）",
    "城东污水处理厂|500|1",
    NULL
  };
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *db_path = g_build_filename (dir, "register.db", NULL);
  g_autofree char *below_path = gt_test_write_csv (dir, "below.csv", below, "UTF-8", TRUE);
  g_autofree char *equal_path = gt_test_write_csv (dir, "equal.csv", equal, "UTF-8", TRUE);
  g_autoptr(GDate) today = g_date_new_dmy (10, G_DATE_MARCH, 2023);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (db_path, &error);
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GtMonthlyReport) january = gt_monthly_report_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtImportCounts counts = { 0, };

  g_assert_no_error (error);
  gt_project_set_name (project, "城东污水处理厂");
  gt_project_set_total_investment (project, 5000000);
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
  gt_monthly_report_set_project_id (january, gt_project_get_id (project));
  gt_monthly_report_set_month (january, 2023, 1);
  gt_monthly_report_set_completed (january, 10000);
  g_assert_true (gt_store_save_monthly_report (store, january, &error));
  g_assert_no_error (error);
  before = gt_test_dump_database (db_path);

  g_assert_false (gt_import_file (store, below_path, -1, today, &counts, NULL, &problems, &error));
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_BAD_VALUE);
  g_clear_error (&error);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 1);
  {
    GtImportProblem *problem = g_ptr_array_index (problems, 0);

    g_assert_cmpuint (problem->row, ==, 2);
    g_assert_nonnull (strstr (problem->reason, "earlier months"));
  }
  after = gt_test_dump_database (db_path);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_assert_true (gt_import_file (store, equal_path, -1, today, &counts, NULL, &problems, &error));
  g_assert_no_error (error);
  g_assert_null (problems);

  g_clear_object (&store);
  gt_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import-edges/sub-header-two-cells", test_sub_header_two_cells);
  g_test_add_func ("/import-edges/date-year-bounds", test_date_year_bounds);
  g_test_add_func ("/import-edges/date-month-13", test_date_month_13);
  g_test_add_func ("/import-edges/amount-cap", test_amount_cap);
  g_test_add_func ("/import-edges/bom-only", test_bom_only);
  g_test_add_func ("/import-edges/cumulative-one-yuan-below", test_cumulative_one_yuan_below);

  return g_test_run ();
}
