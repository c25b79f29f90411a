/* test-import-values.c: amounts, dates and headers as ledgers write them.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-format.h"
#include "gt-ledger-columns.h"
#include "gt-ledger-stage.h"
#include "gt-ledger-values.h"
#include "gt-store.h"
#include "gt-test-util.h"

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

static void
refused_date (const char *text,
              const char *why)
{
  g_autoptr(GError) error = NULL;
  GtLedgerDatePrecision precision;
  GDate date;

  g_date_clear (&date, 1);
  g_assert_false (gt_ledger_parse_date (text, &date, &precision, &error));
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_BAD_VALUE);
  g_assert_cmpstr (error->message, ==, why);
  g_assert_false (g_date_valid (&date));
}

/* 1900–2100 wherever a date comes in (issue 13, item 8): two rows dated by
 * Excel serials of the year 9999 made a wall chart of 13,731 pages. */
static void
test_date_range (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "dates.db", NULL);
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;
  GDate date;

  /* A ledger's cells: Excel serials up to 73415 (2100-12-31), years as text. */
  check_date ("73415", 2100, 12, 31, GT_LEDGER_DATE_DAY);
  refused_date ("73416", "the year is out of range");
  refused_date ("2958465", "the year is out of range");
  refused_date ("2958466", "not a date");
  refused_date ("2101年1月", "the year is out of range");
  refused_date ("1899-12-31", "the year is out of range");
  refused_date ("9999-12-31 00:00:00", "the year is out of range");

  /* What a person types */
  g_assert_true (gt_date_parse_loose ("2100-12-31", &date));
  g_assert_true (gt_date_parse_loose ("19000101", &date));
  g_assert_false (gt_date_parse_loose ("2101-01-01", &date));
  g_assert_false (gt_date_parse_loose ("1899年12月31日", &date));
  g_assert_false (gt_date_parse_loose ("99991231", &date));
  g_assert_false (gt_date_parse_loose ("00010101", &date));
  /* What the file holds is read whatever its year, so nothing stored is lost. */
  g_assert_true (gt_date_parse_iso ("2999-01-01", &date));
  g_assert_false (gt_date_in_range (&date));
  g_date_set_dmy (&date, 31, 12, 2100);
  g_assert_true (gt_date_in_range (&date));
  g_assert_false (gt_date_in_range (NULL));

  /* The one check every editor, the wall chart's drags and the import pass. */
  gt_project_set_name (project, "年产10万吨饲料项目");
  g_date_set_dmy (&date, 1, 3, 2999);
  gt_project_set_actual_end (project, &date);
  g_assert_false (gt_project_validate (project, &error));
  g_assert_error (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_DATE_OUT_OF_RANGE);
  g_assert_cmpstr (error->message, ==, "Dates must fall between 1900 and 2100.");
  g_clear_error (&error);

  store = gt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (gt_store_add_project (store, project, &error));
  g_assert_error (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_DATE_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), ==, 0);

  g_date_set_dmy (&date, 31, 12, 2100);
  gt_project_set_actual_end (project, &date);
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
  g_date_set_dmy (&date, 1, 1, 1899);
  {
    g_autoptr(GtProject) edited = gt_project_copy (project);

    gt_project_set_planned_start (edited, &date);
    g_assert_false (gt_store_update_project (store, edited, &error));
    g_assert_error (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_DATE_OUT_OF_RANGE);
    g_clear_error (&error);
  }
  g_assert_null (gt_project_get_planned_start (project));

  g_clear_object (&store);
  gt_test_remove_tree (dir);
}

static void
clean (const char *text,
       guint       max_chars,
       const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cleaned = gt_ledger_clean_text (text, max_chars, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (cleaned, ==, expected);
}

static void
refused_text (const char *text,
              guint       max_chars,
              const char *why)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cleaned = gt_ledger_clean_text (text, max_chars, &error);

  g_assert_null (cleaned);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_BAD_VALUE);
  if (strstr (error->message, why) == NULL)
    g_error ("“%s” does not say “%s”", error->message, why);
}

/* Control and format characters, and lengths (issue 13, item 8). */
static void
test_clean_text (void)
{
  g_autofree char *name_200 = NULL;
  g_autofree char *name_201 = NULL;
  g_autofree char *text_2001 = NULL;
  GString *huge;
  gint64 start;

  /* What shows nothing goes: zero-width space and joiner, soft hyphen, the
   * right-to-left override and its end, a BOM. */
  clean ("城关\u200b镇", 200, "城关镇");
  clean ("城\u00ad关\u200d镇\ufeff", 200, "城关镇");
  clean ("\u202e镇关城\u202c", 200, "镇关城");
  /* Tabs and line breaks are left to the fields that read them. */
  clean ("主体完工\n正在装修\t(80%)", 2000, "主体完工\n正在装修\t(80%)");

  refused_text ("城关\x01镇", 200, "control character (U+0001)");
  refused_text ("城关\x7f镇", 200, "control character (U+007F)");
  refused_text ("城关\xc2\x85镇", 200, "control character (U+0085)");
  refused_text ("城关\ufffd镇", 200, "could not be read (U+FFFD)");
  refused_text ("城关\xff镇", 200, "not readable text");

  name_200 = g_strnfill (200, 'x');
  name_201 = g_strnfill (201, 'x');
  text_2001 = g_strnfill (2001, 'x');
  clean (name_200, 200, name_200);
  refused_text (name_201, 200, "longer than 200 characters");
  refused_text (text_2001, 2000, "longer than 2000 characters");
  /* Characters, not bytes: 200 Chinese characters are 600 bytes. */
  {
    GString *chinese = g_string_new (NULL);

    for (int i = 0; i < 200; i++)
      g_string_append (chinese, "镇");
    clean (chinese->str, 200, chinese->str);
    g_string_free (chinese, TRUE);
  }

  /* A 50 MB name: refused, and quickly, as is the question whether it is empty. */
  huge = g_string_sized_new (50 * 1024 * 1024 + 1);
  for (gsize i = 0; i < 50 * 1024 * 1024; i++)
    g_string_append_c (huge, 'x');
  start = g_get_monotonic_time ();
  g_assert_false (gt_ledger_is_empty (huge->str));
  refused_text (huge->str, 200, "longer than 200 characters");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  g_string_free (huge, TRUE);
}

/* Names compare by NFKC with what shows nothing dropped: look-alikes match. */
static void
test_normal_names (void)
{
  static const char *const same[] = {
    "城关\u200b镇", "城\u00ad关镇", "\u202e城关镇", "城关镇\ufeff", "城 关　镇", "城关\x01镇",
  };
  g_autofree char *plain = gt_ledger_normalize ("城关镇");
  g_autofree char *full = gt_ledger_normalize ("ＡＢＣ示范园（一期）");
  g_autofree char *half = gt_ledger_normalize ("ABC示范园(一期)");
  g_autofree char *invalid = gt_ledger_normalize ("城关\xff镇");

  for (gsize i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autofree char *normal = gt_ledger_normalize (same[i]);

      g_assert_cmpstr (normal, ==, plain);
    }
  g_assert_cmpstr (full, ==, half);
  g_assert_cmpstr (invalid, ==, "");

  g_assert_true (gt_ledger_is_empty ("\u200b 无 \u3000"));
  g_assert_false (gt_ledger_is_empty ("城关\xff镇"));
  /* Not empty, so that the import refuses it. */
  g_assert_false (gt_ledger_is_empty ("\x01"));
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
  g_assert_cmpint (guess ("建设性质").field, ==, GT_LEDGER_FIELD_NATURE);
  g_assert_cmpint (guess ("项目性质").field, ==, GT_LEDGER_FIELD_NATURE);
  g_assert_cmpint (guess ("性质").field, ==, GT_LEDGER_FIELD_NATURE);
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

/* -1 when the text names no stage. */
static int
progress_stage (const char *text)
{
  GtStage stage = GT_N_STAGES;

  if (!gt_ledger_stage_from_progress (text, &stage))
    return -1;
  return stage;
}

static void
test_progress_stage (void)
{
  static const struct { const char *text; int stage; } cases[] = {
    { "谋划中", GT_STAGE_PLANNED },
    { "谋划阶段，正在编制项目建议书", GT_STAGE_PLANNED },
    { "储备项目", GT_STAGE_PLANNED },
    { "已签约", GT_STAGE_SIGNED },
    { "已签约，正在办理前期手续", GT_STAGE_SIGNED },
    { "前期手续办理中", GT_STAGE_PREPARING },
    { "前期工作，用地预审已批复", GT_STAGE_PREPARING },
    { "主体施工，完成基础工程", GT_STAGE_UNDER_CONSTRUCTION },
    { "在建，主体结构完成60%", GT_STAGE_UNDER_CONSTRUCTION },
    { "开工建设，正在进行场地平整", GT_STAGE_UNDER_CONSTRUCTION },
    { "主体完工\n正在装修", GT_STAGE_UNDER_CONSTRUCTION },
    { "正在施工", GT_STAGE_UNDER_CONSTRUCTION },
    { "续建", GT_STAGE_UNDER_CONSTRUCTION },
    { "竣工验收", GT_STAGE_COMPLETED },
    { "已竣工，正在办理验收手续", GT_STAGE_COMPLETED },
    { "完工", GT_STAGE_COMPLETED },
    { "目前已完工，待验收", GT_STAGE_COMPLETED },
    { "投产达效", GT_STAGE_OPERATING },
    { "已投产", GT_STAGE_OPERATING },
    /* The same in traditional script. */
    { "已投產", GT_STAGE_OPERATING },
    { "主體施工，完成基礎工程", GT_STAGE_UNDER_CONSTRUCTION },
    { "開工建設", GT_STAGE_UNDER_CONSTRUCTION },
    { "运营中", GT_STAGE_OPERATING },
    /* The first word is the stage: "竣工投产" is completed. */
    { "竣工投产", GT_STAGE_COMPLETED },
    /* A stage further in, or one still to come, is a plan. */
    { "计划6月开工", -1 },
    { "力争年底竣工投产", -1 },
    { "完成投资3000万元，主体施工中", -1 },
    { "尚未开工", -1 },
    { "开工前期准备", -1 },
    { "施工许可办理中", -1 },
    { "施工图设计", -1 },
    { "1号厂房封顶，2号厂房基础浇筑", -1 },
    { "", -1 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    if (progress_stage (cases[i].text) != cases[i].stage)
      g_error ("“%s”: stage %d, not %d", cases[i].text, progress_stage (cases[i].text),
               cases[i].stage);
}

static void
test_nature_and_column_stage (void)
{
  GtStage stage = GT_N_STAGES;

  g_assert_true (gt_ledger_stage_from_nature ("续建", &stage));
  g_assert_cmpint (stage, ==, GT_STAGE_UNDER_CONSTRUCTION);
  stage = GT_N_STAGES;
  g_assert_true (gt_ledger_stage_from_nature ("續建", &stage));
  g_assert_cmpint (stage, ==, GT_STAGE_UNDER_CONSTRUCTION);
  g_assert_true (gt_ledger_stage_from_nature ("竣工投产", &stage));
  g_assert_cmpint (stage, ==, GT_STAGE_COMPLETED);
  stage = GT_N_STAGES;
  g_assert_false (gt_ledger_stage_from_nature ("新开工", &stage));
  g_assert_false (gt_ledger_stage_from_nature ("预备", &stage));
  g_assert_cmpint (stage, ==, GT_N_STAGES);

  /* A 项目阶段 cell names its stage anywhere, the furthest first. */
  g_assert_true (gt_ledger_stage_parse ("在建", &stage));
  g_assert_cmpint (stage, ==, GT_STAGE_UNDER_CONSTRUCTION);
  g_assert_true (gt_ledger_stage_parse ("竣工投产", &stage));
  g_assert_cmpint (stage, ==, GT_STAGE_OPERATING);
  g_assert_true (gt_ledger_stage_parse ("项目前期", &stage));
  g_assert_cmpint (stage, ==, GT_STAGE_PREPARING);
  g_assert_true (gt_ledger_stage_parse ("signed", &stage));
  g_assert_cmpint (stage, ==, GT_STAGE_SIGNED);
  g_assert_false (gt_ledger_stage_parse ("不详", &stage));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/values/amounts", test_amounts);
  g_test_add_func ("/import/values/dates", test_dates);
  g_test_add_func ("/import/values/headers", test_headers);
  g_test_add_func ("/import/values/date-range", test_date_range);
  g_test_add_func ("/import/values/clean-text", test_clean_text);
  g_test_add_func ("/import/values/normal-names", test_normal_names);
  g_test_add_func ("/import/values/progress-stage", test_progress_stage);
  g_test_add_func ("/import/values/nature-and-column-stage", test_nature_and_column_stage);

  return g_test_run ();
}
