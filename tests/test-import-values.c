/* test-import-values.c: amounts, dates and headers as ledgers write them.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-ledger-columns.h"
#include "gt-ledger-values.h"

static gint64
amount (const char *text,
        gint64      unit)
{
  g_autoptr(GError) error = NULL;
  gint64 yuan = -1;

  g_assert_true (gt_ledger_parse_amount (text, unit, &yuan, &error));
  g_assert_no_error (error);
  return yuan;
}

static void
test_amounts (void)
{
  g_autoptr(GError) error = NULL;
  gint64 yuan = 7;

  g_assert_cmpint (amount ("5000", 10000), ==, 50000000);
  g_assert_cmpint (amount ("5,000.5", 10000), ==, 50005000);
  g_assert_cmpint (amount ("１，２００．３", 10000), ==, 12003000);
  g_assert_cmpint (amount ("1.5", 100000000), ==, 150000000);
  g_assert_cmpint (amount ("0.12345678", 100000000), ==, 12345678);
  g_assert_cmpint (amount ("123.45", 1), ==, 123);
  g_assert_cmpint (amount ("123.5", 1), ==, 124);
  /* The cell's own unit wins over the header's. */
  g_assert_cmpint (amount ("2亿元", 10000), ==, 200000000);
  g_assert_cmpint (amount ("300万", 1), ==, 3000000);
  g_assert_cmpint (amount (" 12 ", 10000), ==, 120000);
  /* Excel's binary noise and exponents */
  g_assert_cmpint (amount ("1234.5600000000001", 10000), ==, 12345600);
  g_assert_cmpint (amount ("1.5E+3", 10000), ==, 15000000);

  g_assert_false (gt_ledger_parse_amount ("12x", 10000, &yuan, &error));
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_BAD_VALUE);
  g_clear_error (&error);
  g_assert_false (gt_ledger_parse_amount ("-5", 10000, &yuan, &error));
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_BAD_VALUE);
  g_clear_error (&error);
  g_assert_false (gt_ledger_parse_amount ("1,23", 10000, &yuan, &error));
  g_clear_error (&error);
  g_assert_false (gt_ledger_parse_amount ("99999999999999999999", 10000, &yuan, &error));
  g_clear_error (&error);
  g_assert_cmpint (yuan, ==, 7);

  g_assert_true (gt_ledger_is_empty (""));
  g_assert_true (gt_ledger_is_empty (" — "));
  g_assert_true (gt_ledger_is_empty ("无"));
  g_assert_true (gt_ledger_is_empty ("／"));
  g_assert_false (gt_ledger_is_empty ("0"));
}

static void
check_date (const char            *text,
            int                    year,
            int                    month,
            int                    day,
            GtLedgerDatePrecision  expected_precision)
{
  g_autoptr(GError) error = NULL;
  GtLedgerDatePrecision precision;
  GDate date;

  g_assert_true (gt_ledger_parse_date (text, &date, &precision, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_date_get_year (&date), ==, year);
  g_assert_cmpint (g_date_get_month (&date), ==, month);
  g_assert_cmpint (g_date_get_day (&date), ==, day);
  g_assert_cmpint (precision, ==, expected_precision);
}

static void
test_dates (void)
{
  GtLedgerDatePrecision precision;
  GDate date;

  check_date ("2023年3月", 2023, 3, 1, GT_LEDGER_DATE_MONTH);
  check_date ("2023.03", 2023, 3, 1, GT_LEDGER_DATE_MONTH);
  check_date ("2023-03-29", 2023, 3, 29, GT_LEDGER_DATE_DAY);
  check_date ("2023年3月29日", 2023, 3, 29, GT_LEDGER_DATE_DAY);
  check_date ("2023/3/29", 2023, 3, 29, GT_LEDGER_DATE_DAY);
  check_date ("２０２３年１２月", 2023, 12, 1, GT_LEDGER_DATE_MONTH);
  check_date ("2023-03-29 00:00:00", 2023, 3, 29, GT_LEDGER_DATE_DAY);
  check_date ("2024", 2024, 1, 1, GT_LEDGER_DATE_YEAR);
  /* Excel serial days: 44986 is 2023-03-01; 45382 is 2024-03-31; a date-time
   * serial keeps its day. */
  check_date ("44986", 2023, 3, 1, GT_LEDGER_DATE_DAY);
  check_date ("45382", 2024, 3, 31, GT_LEDGER_DATE_DAY);
  check_date ("44986.75", 2023, 3, 1, GT_LEDGER_DATE_DAY);
  check_date ("1", 1900, 1, 1, GT_LEDGER_DATE_DAY);
  check_date ("61", 1900, 3, 1, GT_LEDGER_DATE_DAY);

  g_assert_false (gt_ledger_parse_date ("2023-13-01", &date, &precision, NULL));
  g_assert_false (gt_ledger_parse_date ("2023-02-30", &date, &precision, NULL));
  g_assert_false (gt_ledger_parse_date ("明年", &date, &precision, NULL));
  g_assert_false (gt_ledger_parse_date ("3月", &date, &precision, NULL));
  g_assert_false (gt_ledger_parse_date ("99999999", &date, &precision, NULL));
}

static GtLedgerColumn
guess (const char *header)
{
  GtLedgerColumn column = { 0, };

  gt_ledger_column_guess (header, &column);
  return column;
}

static void
test_headers (void)
{
  GtLedgerColumn c;

  g_assert_cmpint (guess ("项目名称").field, ==, GT_LEDGER_FIELD_NAME);
  g_assert_cmpint (guess ("项目名").field, ==, GT_LEDGER_FIELD_NAME);
  g_assert_cmpint (guess ("建设单位").field, ==, GT_LEDGER_FIELD_OWNER);
  g_assert_cmpint (guess ("项目业主").field, ==, GT_LEDGER_FIELD_OWNER);
  g_assert_cmpint (guess ("包联领导").field, ==, GT_LEDGER_FIELD_LEADER);
  g_assert_cmpint (guess ("包联县领导").field, ==, GT_LEDGER_FIELD_LEADER);
  g_assert_cmpint (guess ("责任单位").field, ==, GT_LEDGER_FIELD_UNIT);
  g_assert_cmpint (guess ("所属乡镇").field, ==, GT_LEDGER_FIELD_LOCALITY);
  g_assert_cmpint (guess ("属地").field, ==, GT_LEDGER_FIELD_LOCALITY);
  g_assert_cmpint (guess ("开工时间").field, ==, GT_LEDGER_FIELD_PLANNED_START);
  g_assert_cmpint (guess ("竣工时间").field, ==, GT_LEDGER_FIELD_PLANNED_END);
  g_assert_cmpint (guess ("实际开工时间").field, ==, GT_LEDGER_FIELD_ACTUAL_START);
  g_assert_cmpint (guess ("形象进度").field, ==, GT_LEDGER_FIELD_PROGRESS);
  g_assert_cmpint (guess ("存在问题").field, ==, GT_LEDGER_FIELD_ISSUES);
  g_assert_cmpint (guess ("序号").field, ==, GT_LEDGER_FIELD_NONE);
  g_assert_cmpint (guess ("开工至今累计完成投资").field, ==, GT_LEDGER_FIELD_NONE);
  g_assert_cmpint (guess ("占年计划%").field, ==, GT_LEDGER_FIELD_NONE);

  c = guess ("总投资（万元）");
  g_assert_cmpint (c.field, ==, GT_LEDGER_FIELD_TOTAL);
  g_assert_cmpint (c.unit, ==, 10000);
  c = guess ("总投资(亿元)");
  g_assert_cmpint (c.field, ==, GT_LEDGER_FIELD_TOTAL);
  g_assert_cmpint (c.unit, ==, 100000000);
  c = guess ("总投资（元）");
  g_assert_cmpint (c.unit, ==, 1);

  c = guess ("2023年计划投资");
  g_assert_cmpint (c.field, ==, GT_LEDGER_FIELD_PLAN);
  g_assert_cmpint (c.year, ==, 2023);

  /* Every dash ledgers use between the months */
  {
    const char *headers[] = { "1—3月完成投资", "1–3月完成投资", "1-3月完成投资",
                              "1～3月完成投资", "1至3月完成投资", "2023年1一3月完成投资（万元）",
                              "1月-3月完成投资", "截至3月底累计完成投资" };

    for (gsize i = 0; i < G_N_ELEMENTS (headers); i++)
      {
        c = guess (headers[i]);
        g_assert_cmpint (c.field, ==, GT_LEDGER_FIELD_COMPLETED);
        g_assert_cmpint (c.month, ==, 3);
        g_assert_true (c.cumulative);
      }
  }
  c = guess ("1-12月完成投资");
  g_assert_cmpint (c.month, ==, 12);
  c = guess ("2023年5月完成投资");
  g_assert_cmpint (c.month, ==, 5);
  g_assert_cmpint (c.year, ==, 2023);
  g_assert_false (c.cumulative);

  {
    g_autofree char *a = gt_ledger_column_letter (0);
    g_autofree char *z = gt_ledger_column_letter (25);
    g_autofree char *aa = gt_ledger_column_letter (26);
    g_autofree char *ab = gt_ledger_column_letter (27);

    g_assert_cmpstr (a, ==, "A");
    g_assert_cmpstr (z, ==, "Z");
    g_assert_cmpstr (aa, ==, "AA");
    g_assert_cmpstr (ab, ==, "AB");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/values/amounts", test_amounts);
  g_test_add_func ("/import/values/dates", test_dates);
  g_test_add_func ("/import/values/headers", test_headers);

  return g_test_run ();
}
