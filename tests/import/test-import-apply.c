/* test-import-apply.c: a ledger into the register, and a month later again.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "gt-format.h"
#include "gt-history.h"
#include "gt-import.h"
#include "gt-store.h"
#include "gt-test-county.h"
#include "gt-test-ledger.h"

/* The register in a folder of its own, and the day imports are made. */
typedef GtTestImportFixture Fixture;

static GtProject *
find_project (GtStore    *store,
              const char *name)
{
  GListModel *projects = gt_store_get_projects (store);

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      if (g_str_equal (gt_project_get_name (project), name))
        return project;
    }
  g_assert_not_reached ();
}

static const char *
leader_name (GtStore   *store,
             GtProject *project)
{
  return gt_leader_get_name (gt_store_lookup_leader (store, gt_project_get_leader_id (project)));
}

static const char *
unit_name (GtStore *store,
           gint64   id)
{
  return gt_unit_get_name (gt_store_lookup_unit (store, id));
}

/* The report of @month of 2023: its completed figure, -1 when none. */
static gint64
report (GtStore   *store,
        GtProject *project,
        int        month,
        char     **note)
{
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;

  reports = gt_store_list_monthly_reports (store, gt_project_get_id (project), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < reports->len; i++)
    {
      GtMonthlyReport *r = g_ptr_array_index (reports, i);

      if (gt_monthly_report_get_year (r) == 2023 && gt_monthly_report_get_month (r) == month)
        {
          if (note != NULL)
            *note = g_strdup (gt_monthly_report_get_progress_note (r));
          return gt_monthly_report_get_completed (r);
        }
    }
  return -1;
}

static void
import_rows (Fixture            *f,
             const char *const  *rows,
             GtImportCounts     *counts)
{
  g_autofree char *path = gt_test_write_csv (f->dir, "ledger.csv", rows, "GB18030", FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_true (gt_import_file (f->store, path, -1, &f->today, counts, NULL, &problems, &error));
  g_assert_no_error (error);
  g_assert_null (problems);
}

static void
check_march (GtStore *store)
{
  GtProject *feed = find_project (store, "年产10万吨饲料项目");
  GtProject *park = find_project (store, "城南物流园");
  GtProject *water = find_project (store, "县城供水管网改造");
  g_autofree char *note = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_leaders (store)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_units (store)), ==, 5);

  g_assert_cmpstr (gt_project_get_code (feed), ==, "2301-000001");
  g_assert_cmpstr (gt_project_get_owner (feed), ==, "某某饲料公司");
  g_assert_cmpstr (gt_project_get_content (feed), ==, "年产饲料10万吨, 厂房2万平方米");
  g_assert_cmpint (gt_project_get_level (feed), ==, GT_LEVEL_PROVINCIAL);
  g_assert_cmpint (gt_project_get_stage (feed), ==, GT_STAGE_UNDER_CONSTRUCTION);
  g_assert_cmpint (gt_project_get_total_investment (feed), ==, 150000000);
  g_assert_cmpint (gt_store_get_annual_plan (store, gt_project_get_id (feed), 2023), ==,
                   50000000);
  g_assert_cmpstr (leader_name (store, feed), ==, "张三");
  g_assert_cmpstr (gt_leader_get_title (gt_store_lookup_leader (store,
                                                                gt_project_get_leader_id (feed))),
                   ==, "副县长");
  g_assert_cmpstr (unit_name (store, gt_project_get_unit_id (feed)), ==, "县发改局");
  g_assert_cmpstr (unit_name (store, gt_project_get_locality_id (feed)), ==, "城关镇");
  g_assert_cmpint (gt_unit_get_kind (gt_store_lookup_unit (store,
                                                           gt_project_get_locality_id (feed))),
                   ==, GT_UNIT_KIND_TOWNSHIP);
  /* 2023年3月 starts on the first; 2024.06 ends on the last of June. */
  start = gt_date_to_iso (gt_project_get_planned_start (feed));
  end = gt_date_to_iso (gt_project_get_planned_end (feed));
  g_assert_cmpstr (start, ==, "2023-03-01");
  g_assert_cmpstr (end, ==, "2024-06-30");
  g_assert_cmpint (report (store, feed, 3, &note), ==, 12000000);
  g_assert_cmpstr (note, ==, "主体完工\n正在装修");

  g_assert_cmpint (gt_project_get_stage (park), ==, GT_STAGE_PREPARING);
  g_assert_cmpint (gt_project_get_level (park), ==, GT_LEVEL_COUNTY);
  g_assert_cmpint (gt_project_get_total_investment (park), ==, 80000000);
  g_assert_cmpint (gt_unit_get_kind (gt_store_lookup_unit (store,
                                                           gt_project_get_locality_id (park))),
                   ==, GT_UNIT_KIND_PARK);
  g_assert_cmpint (report (store, park, 3, NULL), ==, 0);

  /* Numbers and a serial date as the spreadsheet stores them */
  g_clear_pointer (&start, g_free);
  g_clear_pointer (&end, g_free);
  start = gt_date_to_iso (gt_project_get_planned_start (water));
  end = gt_date_to_iso (gt_project_get_planned_end (water));
  g_assert_cmpstr (start, ==, "2023-03-01");
  g_assert_cmpstr (end, ==, "2023-12-29");
  g_assert_cmpint (gt_project_get_level (water), ==, GT_LEVEL_MUNICIPAL);
  g_assert_cmpint (gt_project_get_total_investment (water), ==, 35000000);
  g_assert_cmpint (gt_store_get_annual_plan (store, gt_project_get_id (water), 2023), ==,
                   20000000);
  g_assert_cmpint (report (store, water, 3, NULL), ==, 4500000);
  g_assert_cmpint (gt_project_get_leader_id (water), ==, gt_project_get_leader_id (feed));

  /* 无 is no issue; the other two are open, by kind. */
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_issues (store)), ==, 2);
  {
    g_autoptr(GtIssue) first = g_list_model_get_item (gt_store_get_issues (store), 0);
    g_autoptr(GtIssue) second = g_list_model_get_item (gt_store_get_issues (store), 1);

    g_assert_cmpstr (gt_issue_get_description (first), ==, "用地指标未落实");
    g_assert_cmpint (gt_issue_get_category (first), ==, GT_ISSUE_CATEGORY_LAND);
    g_assert_cmpint (gt_issue_get_status (first), ==, GT_ISSUE_STATUS_RAISED);
    g_assert_cmpint (gt_issue_get_project_id (first), ==, gt_project_get_id (feed));
    g_assert_cmpint (gt_issue_get_category (second), ==, GT_ISSUE_CATEGORY_FUNDING);
  }
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  GtImportCounts counts = { 0, };

  import_rows (f, gt_test_ledger_rows, &counts);
  g_assert_cmpuint (counts.created, ==, 3);
  g_assert_cmpuint (counts.updated, ==, 0);
  g_assert_cmpuint (counts.leaders_created, ==, 2);
  g_assert_cmpuint (counts.units_created, ==, 5);
  g_assert_cmpuint (counts.reports_saved, ==, 3);
  g_assert_cmpuint (counts.issues_opened, ==, 2);
  check_march (f->store);

  /* What is in the file, not just in memory */
  g_clear_object (&f->store);
  f->store = gt_store_open (f->db_path, NULL);
  check_march (f->store);
}

static void
test_same_ledger_twice (Fixture       *f,
                        gconstpointer  data)
{
  GtImportCounts counts = { 0, };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_autoptr(GPtrArray) history_before = NULL;
  g_autoptr(GPtrArray) history_after = NULL;
  gint64 seen;

  import_rows (f, gt_test_ledger_rows, &counts);
  before = gt_test_dump_database (f->db_path);
  history_before = gt_history_list (f->store, 0, 0, 0, NULL);
  g_assert_nonnull (history_before);
  g_assert_cmpuint (history_before->len, >, 0);
  seen = gt_store_get_seen (f->store);
  import_rows (f, gt_test_ledger_rows, &counts);
  g_assert_cmpuint (counts.created, ==, 0);
  g_assert_cmpuint (counts.updated, ==, 3);
  g_assert_cmpuint (counts.issues_opened, ==, 0);
  g_assert_cmpuint (counts.leaders_created + counts.units_created, ==, 0);
  after = gt_test_dump_database (f->db_path);
  g_assert_cmpstr (after, ==, before);
  /* Rows taken in as they were are not written again: nothing in the change
   * history says they changed (nor in the log other desks read). */
  history_after = gt_history_list (f->store, 0, 0, 0, NULL);
  g_assert_nonnull (history_after);
  g_assert_cmpuint (history_after->len, ==, history_before->len);
  g_assert_cmpint (gt_store_get_seen (f->store), ==, seen);
}

static void
test_next_month (Fixture       *f,
                 gconstpointer  data)
{
  GtImportCounts counts = { 0, };
  GtProject *feed, *park, *water, *village;
  g_autofree char *note = NULL;

  import_rows (f, gt_test_ledger_rows, &counts);
  import_rows (f, gt_test_ledger_april_rows, &counts);
  g_assert_cmpuint (counts.created, ==, 1);
  g_assert_cmpuint (counts.updated, ==, 3);
  g_assert_cmpuint (counts.leaders_created, ==, 1);
  g_assert_cmpuint (counts.units_created, ==, 2);
  g_assert_cmpuint (counts.issues_opened, ==, 1);

  feed = find_project (f->store, "年产10万吨饲料项目");
  park = find_project (f->store, "城南物流园");
  water = find_project (f->store, "县城供水管网改造");
  village = find_project (f->store, "乡村振兴示范片");
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (f->store)), ==, 4);

  /* 1—4月 1500万 less March's 1200万: April holds 300万; March stays. */
  g_assert_cmpint (report (f->store, feed, 3, NULL), ==, 12000000);
  g_assert_cmpint (report (f->store, feed, 4, &note), ==, 3000000);
  g_assert_cmpstr (note, ==, "设备安装");
  g_assert_cmpint (gt_project_get_total_investment (feed), ==, 160000000);
  /* Untouched by a ledger without those columns */
  g_assert_cmpstr (gt_project_get_code (feed), ==, "2301-000001");
  g_assert_cmpint (gt_project_get_level (feed), ==, GT_LEVEL_PROVINCIAL);

  g_assert_cmpint (report (f->store, park, 4, NULL), ==, 2000000);
  g_assert_cmpint (report (f->store, water, 4, NULL), ==, 0);
  g_assert_cmpint (report (f->store, village, 4, NULL), ==, 1000000);
  g_assert_cmpint (report (f->store, village, 3, NULL), ==, -1);
  g_assert_cmpint (gt_unit_get_kind (gt_store_lookup_unit (f->store,
                                                           gt_project_get_locality_id (village))),
                   ==, GT_UNIT_KIND_TOWNSHIP);
  g_assert_cmpstr (leader_name (f->store, village), ==, "王五");
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_issues (f->store)), ==, 3);
}

static void
check_refused (Fixture            *f,
               const char *const  *rows,
               const char         *expected)
{
  g_autofree char *path = gt_test_write_csv (f->dir, "bad.csv", rows, "UTF-8", TRUE);
  g_autofree char *before = gt_test_dump_database (f->db_path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GtImportCounts counts = { 0, };

  g_assert_false (gt_import_file (f->store, path, -1, &f->today, &counts, NULL, &problems, &error));
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_BAD_VALUE);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 1);

  after = gt_test_dump_database (f->db_path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (f->store)), ==, 3);
}

static void
test_bad_row (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) rows = NULL;
  GtImportCounts counts = { 0, };

  import_rows (f, gt_test_ledger_rows, &counts);

  /* The April ledger, with one amount a person mistyped in the last row. */
  g_strv_builder_addv (builder, (const char **) gt_test_ledger_april_rows);
  rows = g_strv_builder_end (builder);
  g_free (rows[5]);
  rows[5] = g_strdup ("4|乡村振兴示范片|某农业公司|0.5|1000|1OO|王五|县农业农村局|河口乡|完成规划|");
  check_refused (f, (const char *const *) rows,
                 "Row 6, column F “1-4月完成投资”: “1OO” — not an amount");

  g_free (rows[5]);
  rows[5] = g_strdup ("4|城南物流园|某农业公司|0.5|1000|100|王五|县农业农村局|河口乡||");
  check_refused (f, (const char *const *) rows, "Row 6, column B “项目名”: “城南物流园”");

  /* Less in 1—4月 than March already holds */
  g_free (rows[5]);
  rows[5] = g_strdup ("4|年产10万吨饲料项目|某农业公司|0.5|1000|100|王五|县农业农村局|河口乡||");
  rows[2][0] = '\0';
  check_refused (f, (const char *const *) rows, "Row 6, column F");
}

static void
test_figures_without_name (Fixture       *f,
                           gconstpointer  data)
{
  static const char *const rows[] = {
    "项目名称|总投资|1—3月完成投资", "甲|1|1", "|2|1", NULL
  };
  GtImportCounts counts = { 0, };

  import_rows (f, gt_test_ledger_rows, &counts);
  check_refused (f, rows, "Row 3, column A “项目名称”");
}

/* Sums are skipped wherever they stand; a name with 合计 inside is a project. */
static void
test_totals_and_headings (Fixture       *f,
                          gconstpointer  data)
{
  static const char *const rows[] = {
    "序号|项目名称|总投资（万元）",
    "一、产业项目（2个）||300",
    "1|城区综合计划项目|100",
    "2|（二期）物流园|200",
    "|其中：省重点|100",
    "|全县合计（2个）|300",
    "总计||300",
    "注：数据来源于各乡镇||",
    NULL
  };
  GtImportCounts counts = { 0, };
  g_autofree char *path = gt_test_write_csv (f->dir, "ledger.csv", rows, "GB18030", FALSE);
  g_autofree char *skipped = NULL;
  g_autoptr(GError) error = NULL;

  /* Every row that is not a project is named, with why (issue 13: never fewer
   * records than data rows without saying which). */
  g_assert_true (gt_import_file (f->store, path, -1, &f->today, &counts, &skipped, NULL,
                                 &error));
  g_assert_no_error (error);
  g_assert_cmpstr (skipped, ==, "2 group headings (rows 2, 5); 2 totals or subtotals "
                                "(rows 6, 7); 1 note without a project name (row 8)");
  g_assert_cmpuint (counts.created, ==, 2);
  g_assert_cmpint (gt_project_get_total_investment (find_project (f->store, "城区综合计划项目")),
                   ==, 1000000);
  g_assert_cmpint (gt_project_get_total_investment (find_project (f->store, "（二期）物流园")),
                   ==, 2000000);
}

/* The ledger ends a project before the start the register has for it. */
static void
test_end_before_start (Fixture       *f,
                       gconstpointer  data)
{
  static const char *const rows[] = {
    "项目名称|竣工时间", "年产10万吨饲料项目|2022年12月", NULL
  };
  GtImportCounts counts = { 0, };

  import_rows (f, gt_test_ledger_rows, &counts);
  check_refused (f, rows, "Row 2, column B “竣工时间”: “2022年12月” — ");
}

static void
test_no_month (Fixture       *f,
               gconstpointer  data)
{
  static const char *const rows[] = { "项目名称|总投资|完成投资", "甲|1|1", NULL };
  GtImportCounts counts = { 0, };

  import_rows (f, gt_test_ledger_rows, &counts);
  check_refused (f, rows, "up to which month");
}

/* The same ledger as a legacy XLS workbook, then as XLSX: the same register. */
static void
test_workbooks (Fixture       *f,
                gconstpointer  data)
{
  const GtTestSheet sheets[] = { { "台账", gt_test_ledger_rows } };
  g_autofree char *xls = gt_test_write_xls (f->dir, "ledger.xls", sheets, 1);
  g_autofree char *xlsx = gt_test_write_xlsx (f->dir, "ledger.xlsx", sheets, 1);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  GtImportCounts counts = { 0, };

  g_assert_true (gt_import_file (f->store, xls, -1, &f->today, &counts, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.created, ==, 3);
  check_march (f->store);

  before = gt_test_dump_database (f->db_path);
  g_assert_true (gt_import_file (f->store, xlsx, -1, &f->today, &counts, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.updated, ==, 3);
  after = gt_test_dump_database (f->db_path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_names_compare_normalized (Fixture       *f,
                               gconstpointer  data)
{
  static const char *const rows[] = {
    "项目名称|总投资(万元)|责任单位|包联领导",
    "示范园(一期)|100|县发改局(县项目办)|张三(副县长)",
    "新\n项目|200|县发改局（县项目办）|张三",
    NULL
  };
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GtUnit) unit = gt_unit_new ();
  g_autoptr(GError) error = NULL;
  GtImportCounts counts = { 0, };

  gt_project_set_name (project, "示范园（一期）");
  g_assert_true (gt_store_add_project (f->store, project, &error));
  gt_unit_set_name (unit, "县发改局（县项目办）");
  gt_unit_set_kind (unit, GT_UNIT_KIND_DEPARTMENT);
  g_assert_true (gt_store_add_unit (f->store, unit, &error));

  import_rows (f, rows, &counts);
  g_assert_cmpuint (counts.created, ==, 1);
  g_assert_cmpuint (counts.updated, ==, 1);
  g_assert_cmpuint (counts.units_created, ==, 0);
  g_assert_cmpuint (counts.leaders_created, ==, 1);
  /* The register's spelling stays; the wrapped name is one line. */
  g_assert_cmpstr (gt_project_get_name (project), ==, "示范园（一期）");
  g_assert_cmpint (gt_project_get_total_investment (project), ==, 1000000);
  g_assert_cmpint (gt_project_get_unit_id (project), ==, gt_unit_get_id (unit));
  g_assert_cmpint (gt_project_get_unit_id (find_project (f->store, "新项目")), ==,
                   gt_unit_get_id (unit));
  g_assert_cmpstr (leader_name (f->store, project), ==, "张三");
}

/* Another program (the command line, another window) imports the ledger into
 * the register this store has open: the store's lists, read at open, do not
 * show those projects, but the import here must update them, not add them again
 * (issue 13, item 3). */
static void
test_after_another_import (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) other = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtImportCounts counts = { 0, };

  /* The store's lists are read before the other import. */
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (f->store)), ==, 0);

  other = gt_store_open (f->db_path, &error);
  g_assert_no_error (error);
  {
    g_autofree char *path = gt_test_write_csv (f->dir, "first.csv", gt_test_ledger_rows,
                                               "GB18030", FALSE);

    g_assert_true (gt_import_file (other, path, -1, &f->today, &counts, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (counts.created, ==, 3);
  }
  before = gt_test_dump_database (f->db_path);

  import_rows (f, gt_test_ledger_rows, &counts);
  g_assert_cmpuint (counts.created, ==, 0);
  g_assert_cmpuint (counts.updated, ==, 3);
  g_assert_cmpuint (counts.leaders_created, ==, 0);
  g_assert_cmpuint (counts.units_created, ==, 0);
  g_assert_cmpuint (counts.issues_opened, ==, 0);
  after = gt_test_dump_database (f->db_path);
  g_assert_cmpstr (after, ==, before);
  check_march (f->store);
}

/* A plan made (and shown) before another import is planned again when applied:
 * it updates what the other import created, and says that it changed. */
static void
test_plan_made_before_another_import (Fixture       *f,
                                      gconstpointer  data)
{
  g_autofree char *path = gt_test_write_csv (f->dir, "ledger.csv", gt_test_ledger_rows,
                                             "GB18030", FALSE);
  g_autoptr(GtLedgerSheet) sheet = NULL;
  g_autoptr(GtLedgerMapping) mapping = NULL;
  g_autoptr(GtImportPlan) plan = NULL;
  g_autoptr(GtImportPlan) unchanged = NULL;
  g_autoptr(GtStore) other = NULL;
  g_autoptr(GError) error = NULL;

  sheet = gt_ledger_sheet_load (path, -1, &error);
  g_assert_no_error (error);
  mapping = gt_ledger_mapping_guess (sheet, &error);
  g_assert_no_error (error);
  plan = gt_import_plan_new (f->store, sheet, mapping, &f->today);
  g_assert_cmpuint (gt_import_plan_get_counts (plan)->created, ==, 3);

  other = gt_store_open (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_true (gt_import_file (other, path, -1, &f->today, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (gt_import_plan_apply (plan, &error));
  g_assert_no_error (error);
  g_assert_true (gt_import_plan_get_changed (plan));
  g_assert_cmpuint (gt_import_plan_get_counts (plan)->created, ==, 0);
  g_assert_cmpuint (gt_import_plan_get_counts (plan)->updated, ==, 3);
  check_march (f->store);

  /* Nothing changed in between: the plan applied is the one shown. */
  unchanged = gt_import_plan_new (f->store, sheet, mapping, &f->today);
  g_assert_true (gt_import_plan_apply (unchanged, &error));
  g_assert_no_error (error);
  g_assert_false (gt_import_plan_get_changed (unchanged));
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 3000);
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static GStrv
project_names (GtStore *store)
{
  GListModel *projects = gt_store_get_projects (store);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      g_strv_builder_add (names, gt_project_get_name (project));
    }
  return g_strv_builder_end (names);
}

/* The store fails in the middle of applying (here a trigger refuses the fourth
 * new project, as a full disk or a file made read-only would): nothing of the
 * import stays, in the file or in the store's lists the window shows, and the
 * store is out of the transaction, so that the next edit is saved for good. */
static void
test_failure_while_applying (Fixture       *f,
                             gconstpointer  data)
{
  static const char *const rows[] = {
    "项目名称|总投资（万元）|责任单位|包联领导|存在问题",
    "新项目一|100|县发改局|张三|",
    "新项目二|200|县住建局|李四|用地未落实",
    "新项目三|300|县水务局|张三|",
    "新项目四|400|县交通局|王五|",
    "新项目五|500|县农业农村局|赵六|",
    NULL
  };
  const char *raise = data;
  g_autofree char *path = gt_test_write_csv (f->dir, "ledger.csv", rows, "UTF-8", FALSE);
  g_autofree char *trigger = g_strdup_printf (
    "CREATE TRIGGER fourth_insert_fails BEFORE INSERT ON projects "
    "WHEN (SELECT count(*) FROM projects) >= 4 "
    "BEGIN SELECT RAISE(%s, 'the disk is full'); END;", raise);
  g_autoptr(GtProject) kept = gt_project_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GtStore) other = NULL;
  g_auto(GStrv) names_before = NULL;
  g_auto(GStrv) names_after = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_leaders, n_units;
  gint64 kept_id;

  /* The failure is planted, and the file compared, through SQLite;
   * tests/server/test-store-server.c kills a server's desk mid-batch. */
  if (gt_test_on_server ())
    {
      g_test_skip ("A trigger planted in the file");
      return;
    }
  gt_project_set_name (kept, "在册项目");
  g_assert_true (gt_store_add_project (f->store, kept, &error));
  kept_id = gt_project_get_id (kept);
  names_before = project_names (f->store);
  n_leaders = g_list_model_get_n_items (gt_store_get_leaders (f->store));
  n_units = g_list_model_get_n_items (gt_store_get_units (f->store));
  exec_sql (f->db_path, trigger);
  before = gt_test_dump_database (f->db_path);

  g_assert_false (gt_import_file (f->store, path, -1, &f->today, NULL, NULL, &problems, &error));
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_BAD_VALUE);
  if (strstr (error->message, "Row 5") == NULL || strstr (error->message, "Nothing") == NULL)
    g_error ("“%s” does not name row 5", error->message);
  g_assert_null (problems);
  g_clear_error (&error);

  /* Nothing in the file, nothing in the lists. */
  after = gt_test_dump_database (f->db_path);
  g_assert_cmpstr (after, ==, before);
  names_after = project_names (f->store);
  g_assert_cmpstrv (names_after, names_before);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_leaders (f->store)), ==, n_leaders);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_units (f->store)), ==, n_units);
  g_assert_true (gt_store_lookup_project (f->store, kept_id) == kept);

  /* Out of the transaction: an edit is seen at once by another connection, and a
   * new batch can begin. */
  {
    g_autoptr(GtProject) edited = gt_project_copy (kept);

    gt_project_set_name (edited, "在册项目（改）");
    g_assert_true (gt_store_update_project (f->store, edited, &error));
    g_assert_no_error (error);
  }
  other = gt_store_open (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (other)), ==, 1);
  g_assert_cmpstr (gt_project_get_name (gt_store_lookup_project (other, kept_id)), ==,
                   "在册项目（改）");
  g_clear_object (&other);
  g_assert_true (gt_store_begin (f->store, &error));
  g_assert_no_error (error);
  gt_store_rollback (f->store);

  /* And it survives closing and opening the file again. */
  exec_sql (f->db_path, "DROP TRIGGER fourth_insert_fails;");
  g_clear_object (&kept);
  g_clear_object (&f->store);
  f->store = gt_store_open (f->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (f->store)), ==, 1);
  g_assert_cmpstr (gt_project_get_name (gt_store_lookup_project (f->store, kept_id)), ==,
                   "在册项目（改）");
}

/* What shows nothing is dropped before names are matched, and from what is
 * stored: a zero-width space, soft hyphen or direction override makes no
 * look-alike; full-width letters match half-width ones (issue 13, item 8). */
static void
test_invisible_characters (Fixture       *f,
                           gconstpointer  data)
{
  static const char *const rows[] = {
    "项目名称|总投资（万元）|所属乡镇|建设内容",
    "ＡＢＣ示范园|100|城关\u200b镇|",
    "新\u00ad项目\u202e|200|\ufeff城关镇|一期\t二期\n三期",
    NULL
  };
  g_autoptr(GtProject) existing = gt_project_new ();
  g_autoptr(GtUnit) unit = gt_unit_new ();
  g_autoptr(GError) error = NULL;
  GtImportCounts counts = { 0, };
  GtProject *created;

  gt_project_set_name (existing, "ABC示范园");
  g_assert_true (gt_store_add_project (f->store, existing, &error));
  gt_unit_set_name (unit, "城关镇");
  gt_unit_set_kind (unit, GT_UNIT_KIND_TOWNSHIP);
  g_assert_true (gt_store_add_unit (f->store, unit, &error));

  import_rows (f, rows, &counts);
  g_assert_cmpuint (counts.created, ==, 1);
  g_assert_cmpuint (counts.updated, ==, 1);
  g_assert_cmpuint (counts.units_created, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_units (f->store)), ==, 1);

  g_assert_cmpstr (gt_project_get_name (existing), ==, "ABC示范园");
  g_assert_cmpint (gt_project_get_locality_id (existing), ==, gt_unit_get_id (unit));
  created = find_project (f->store, "新项目");
  g_assert_cmpint (gt_project_get_locality_id (created), ==, gt_unit_get_id (unit));
  g_assert_cmpstr (gt_project_get_content (created), ==, "一期\t二期\n三期");
}

/* Cells refused with their row and column, and nothing written. */
static void
check_refused_cell (Fixture            *f,
                    const char *const  *rows,
                    const char         *expected)
{
  g_autofree char *path = gt_test_write_csv (f->dir, "bad.csv", rows, "UTF-8", FALSE);
  g_autofree char *before = gt_test_dump_database (f->db_path);
  g_autofree char *after = NULL;
  g_autofree char *first = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_false (gt_import_file (f->store, path, -1, &f->today, NULL, NULL, &problems, &error));
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_BAD_VALUE);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 1);
  first = gt_import_problem_to_string (g_ptr_array_index (problems, 0));
  g_assert_cmpstr (first, ==, expected);
  after = gt_test_dump_database (f->db_path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (f->store)), ==, 0);
}

static void
test_bad_values (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *long_name = g_strnfill (5000, 'x');
  g_autofree char *long_text = g_strnfill (2001, 'y');
  g_autofree char *long_name_row = g_strdup_printf ("%s|100||", long_name);
  g_autofree char *long_text_row = g_strdup_printf ("甲|100||%s", long_text);
  g_autofree char *quoted_name = g_strnfill (60, 'x');
  g_autofree char *quoted_text = g_strnfill (60, 'y');
  g_autofree char *long_name_problem = NULL;
  g_autofree char *long_text_problem = NULL;
  const char *rows[] = { "项目名称|总投资（万元）|开工时间|建设内容", NULL, NULL };

  rows[1] = "城关\x01镇|100||";
  check_refused_cell (f, rows, "Row 2, column A “项目名称”: “城关\ufffd镇” — has a control "
                               "character (U+0001): is the file damaged, or saved in another "
                               "encoding?");
  /* A cell of nothing but a control character is no blank cell. */
  rows[1] = "\x01|100||";
  check_refused_cell (f, rows, "Row 2, column A “项目名称”: “\ufffd” — has a control character "
                               "(U+0001): is the file damaged, or saved in another encoding?");
  rows[1] = "甲|100||进度\x1b[2J";
  check_refused_cell (f, rows, "Row 2, column D “建设内容”: “进度\ufffd[2J” — has a control "
                               "character (U+001B): is the file damaged, or saved in another "
                               "encoding?");
  /* Two rows dated 9999 by their serials made a 13,731-page wall chart. */
  rows[1] = "甲|100|#2958465|";
  check_refused_cell (f, rows, "Row 2, column C “开工时间”: “2958465” — the year is out of "
                               "range");

  long_name_problem = g_strdup_printf ("Row 2, column A “项目名称”: “%s…” — longer than 200 "
                                       "characters", quoted_name);
  rows[1] = long_name_row;
  check_refused_cell (f, rows, long_name_problem);
  long_text_problem = g_strdup_printf ("Row 2, column D “建设内容”: “%s…” — longer than 2000 "
                                       "characters", quoted_text);
  rows[1] = long_text_row;
  check_refused_cell (f, rows, long_text_problem);
}

/* The county's ledger of 247 projects to March 2023: every project at the stage
 * its row means (the overview's stage chart is no longer one bar of 谋划), and
 * its issues owned by its unit and leader, raised by the end of March. */
static void
test_county_stages_and_issues (Fixture       *f,
                               gconstpointer  data)
{
  g_auto(GStrv) rows = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GtTestCountyFacts facts;
  GtImportCounts counts = { 0, };
  guint by_stage[GT_N_STAGES] = { 0, };
  guint started = 0;
  GListModel *projects, *issues;

  rows = gt_test_county_ledger_rows (247, 2023, 3, &facts);
  path = gt_test_write_csv (f->dir, "台账.csv", (const char *const *) rows, "GB18030", FALSE);
  g_assert_true (gt_import_file (f->store, path, -1, &f->today, &counts, NULL, &problems, &error));
  g_assert_no_error (error);
  g_assert_null (problems);
  g_assert_cmpuint (counts.created, ==, 247);

  projects = gt_store_get_projects (f->store);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      by_stage[gt_project_get_stage (project)]++;
      if (gt_project_get_stage (project) >= GT_STAGE_UNDER_CONSTRUCTION)
        started++;
    }
  g_assert_cmpuint (started, >=, facts.n_started);
  for (int s = 0; s < GT_N_STAGES; s++)
    if (by_stage[s] != facts.n_by_stage[s])
      g_error ("%u projects at %s, the ledger means %u", by_stage[s], gt_stage_to_id (s),
               facts.n_by_stage[s]);
  /* The ledger has both kinds of rows that name no stage in 形象进度. */
  g_assert_cmpuint (facts.n_building_told_by_nature, >, 0);
  g_assert_cmpuint (facts.n_building_told_by_figures, >, 0);
  g_assert_cmpuint (counts.stages_from_column, ==, 0);
  g_assert_cmpuint (counts.stages_kept, ==, 0);
  g_assert_cmpuint (counts.stages_planned, ==, facts.n_by_stage[GT_STAGE_PLANNED]);
  g_assert_cmpuint (counts.stages_from_nature, ==, facts.n_building_told_by_nature);
  g_assert_cmpuint (counts.stages_from_dates, ==, facts.n_building_told_by_figures);
  g_assert_cmpuint (counts.stages_from_progress, ==,
                    247 - facts.n_by_stage[GT_STAGE_PLANNED] - facts.n_building_told_by_nature
                    - facts.n_building_told_by_figures);

  issues = gt_store_get_issues (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, facts.n_with_problems);
  g_assert_cmpuint (counts.issues_opened, ==, facts.n_with_problems);
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);
      GtProject *project = gt_store_lookup_project (f->store, gt_issue_get_project_id (issue));
      g_autofree char *raised = gt_date_to_iso (gt_issue_get_raised_on (issue));

      g_assert_nonnull (project);
      g_assert_cmpint (gt_project_get_unit_id (project), >, 0);
      g_assert_cmpint (gt_project_get_leader_id (project), >, 0);
      g_assert_cmpint (gt_issue_get_unit_id (issue), ==, gt_project_get_unit_id (project));
      g_assert_cmpint (gt_issue_get_leader_id (issue), ==, gt_project_get_leader_id (project));
      g_assert_cmpstr (raised, ==, "2023-03-31");
      g_assert_cmpint (gt_issue_get_status (issue), ==, GT_ISSUE_STATUS_RAISED);
    }

  /* The same ledger again: no issue twice, no stage changed. */
  g_assert_true (gt_import_file (f->store, path, -1, &f->today, &counts, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.issues_opened, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, facts.n_with_problems);
  g_assert_cmpuint (counts.stages_planned, ==, facts.n_by_stage[GT_STAGE_PLANNED]);
}

static GtStage
stage_of (GtStore    *store,
          const char *name)
{
  return gt_project_get_stage (find_project (store, name));
}

/* Each stage word a 形象进度 starts with, in a ledger with no other sign. */
static void
test_stage_words (Fixture       *f,
                  gconstpointer  data)
{
  static const char *const rows[] = {
    "项目名称|形象进度",
    "甲|谋划中",
    "乙|已签约",
    "丙|前期手续办理中",
    "丁|主体施工，完成基础工程",
    "戊|开工建设",
    "己|已竣工，正在办理验收手续",
    "庚|完工",
    "辛|投产达效",
    "壬|已投产",
    "癸|计划6月开工",
    "子|",
    NULL
  };
  GtImportCounts counts = { 0, };

  import_rows (f, rows, &counts);
  g_assert_cmpint (stage_of (f->store, "甲"), ==, GT_STAGE_PLANNED);
  g_assert_cmpint (stage_of (f->store, "乙"), ==, GT_STAGE_SIGNED);
  g_assert_cmpint (stage_of (f->store, "丙"), ==, GT_STAGE_PREPARING);
  g_assert_cmpint (stage_of (f->store, "丁"), ==, GT_STAGE_UNDER_CONSTRUCTION);
  g_assert_cmpint (stage_of (f->store, "戊"), ==, GT_STAGE_UNDER_CONSTRUCTION);
  g_assert_cmpint (stage_of (f->store, "己"), ==, GT_STAGE_COMPLETED);
  g_assert_cmpint (stage_of (f->store, "庚"), ==, GT_STAGE_COMPLETED);
  g_assert_cmpint (stage_of (f->store, "辛"), ==, GT_STAGE_OPERATING);
  g_assert_cmpint (stage_of (f->store, "壬"), ==, GT_STAGE_OPERATING);
  g_assert_cmpint (stage_of (f->store, "癸"), ==, GT_STAGE_PLANNED);
  g_assert_cmpint (stage_of (f->store, "子"), ==, GT_STAGE_PLANNED);
  g_assert_cmpuint (counts.stages_from_progress, ==, 8);
  g_assert_cmpuint (counts.stages_planned, ==, 3);
}

/* 建设性质 without a stage word; an explicit 项目阶段 column wins over both. */
static void
test_stage_from_nature (Fixture       *f,
                        gconstpointer  data)
{
  static const char *const rows[] = {
    "项目名称|建设性质|形象进度",
    "续建项目|续建|1号厂房封顶",
    "竣工项目|竣工投产|",
    "新开工项目|新开工|场地平整",
    "预备项目|预备|",
    /* The word in 形象进度 is further than the nature: it counts. */
    "投产项目|续建|已投产",
    NULL
  };
  static const char *const with_column[] = {
    "项目名称|项目阶段|建设性质|形象进度",
    "列项目|前期|续建|主体施工",
    NULL
  };
  GtImportCounts counts = { 0, };

  import_rows (f, rows, &counts);
  g_assert_cmpint (stage_of (f->store, "续建项目"), ==, GT_STAGE_UNDER_CONSTRUCTION);
  g_assert_cmpint (stage_of (f->store, "竣工项目"), ==, GT_STAGE_COMPLETED);
  g_assert_cmpint (stage_of (f->store, "新开工项目"), ==, GT_STAGE_PLANNED);
  g_assert_cmpint (stage_of (f->store, "预备项目"), ==, GT_STAGE_PLANNED);
  g_assert_cmpint (stage_of (f->store, "投产项目"), ==, GT_STAGE_OPERATING);
  g_assert_cmpuint (counts.stages_from_nature, ==, 2);
  g_assert_cmpuint (counts.stages_from_progress, ==, 1);
  g_assert_cmpuint (counts.stages_planned, ==, 2);

  import_rows (f, with_column, &counts);
  g_assert_cmpint (stage_of (f->store, "列项目"), ==, GT_STAGE_PREPARING);
  g_assert_cmpuint (counts.stages_from_column, ==, 1);
}

/* An actual start by the ledger's month end (1—3月: 31 March), an actual end by
 * then, or investment completed: at least under construction (or completed). */
static void
test_stage_from_dates (Fixture       *f,
                       gconstpointer  data)
{
  static const char *const rows[] = {
    "项目名称|实际开工时间|实际竣工时间|1—3月完成投资（万元）|形象进度",
    "三月开工|2023年3月31日|||前期手续已办结",
    "四月开工|2023年4月1日|||",
    "已有投资|||120|",
    "没有投资|||0|",
    "已经完工|2021年5月|2023年2月||",
    NULL
  };
  GtImportCounts counts = { 0, };

  import_rows (f, rows, &counts);
  g_assert_cmpint (stage_of (f->store, "三月开工"), ==, GT_STAGE_UNDER_CONSTRUCTION);
  g_assert_cmpint (stage_of (f->store, "四月开工"), ==, GT_STAGE_PLANNED);
  g_assert_cmpint (stage_of (f->store, "已有投资"), ==, GT_STAGE_UNDER_CONSTRUCTION);
  g_assert_cmpint (stage_of (f->store, "没有投资"), ==, GT_STAGE_PLANNED);
  g_assert_cmpint (stage_of (f->store, "已经完工"), ==, GT_STAGE_COMPLETED);
  g_assert_cmpuint (counts.stages_from_dates, ==, 3);
  g_assert_cmpuint (counts.stages_planned, ==, 2);
}

/* A later month's ledger that says less never takes a stage back, whether an
 * import or a person put it there; one that says more moves it on. */
static void
test_stage_never_lowered (Fixture       *f,
                          gconstpointer  data)
{
  static const char *const march[] = {
    "项目名称|1—3月完成投资（万元）|形象进度",
    "甲|100|主体施工",
    "乙||前期工作",
    "丙||谋划中",
    NULL
  };
  static const char *const april[] = {
    "项目名称|1—4月完成投资（万元）|形象进度",
    "甲|150|前期手续补办中",
    "乙||谋划中",
    "丙||已签约",
    NULL
  };
  g_autoptr(GtProject) edited = NULL;
  g_autoptr(GError) error = NULL;
  GtImportCounts counts = { 0, };

  import_rows (f, march, &counts);
  g_assert_cmpint (stage_of (f->store, "甲"), ==, GT_STAGE_UNDER_CONSTRUCTION);
  g_assert_cmpint (stage_of (f->store, "乙"), ==, GT_STAGE_PREPARING);

  /* The office marks 甲 as completed by hand. */
  edited = gt_project_copy (find_project (f->store, "甲"));
  gt_project_set_stage (edited, GT_STAGE_COMPLETED);
  g_assert_true (gt_store_update_project (f->store, edited, &error));
  g_assert_no_error (error);

  import_rows (f, april, &counts);
  g_assert_cmpint (stage_of (f->store, "甲"), ==, GT_STAGE_COMPLETED);
  g_assert_cmpint (stage_of (f->store, "乙"), ==, GT_STAGE_PREPARING);
  g_assert_cmpint (stage_of (f->store, "丙"), ==, GT_STAGE_SIGNED);
  g_assert_cmpuint (counts.stages_kept, ==, 2);
  g_assert_cmpuint (counts.stages_from_progress, ==, 1);
}

/* The issues of the sample ledger: the row's unit and leader, and 31 March,
 * the end of its 1—3月, though imported on 10 May. */
static void
test_issue_owners (Fixture       *f,
                   gconstpointer  data)
{
  GtImportCounts counts = { 0, };
  GListModel *issues;

  import_rows (f, gt_test_ledger_rows, &counts);
  issues = gt_store_get_issues (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);
      GtProject *project = gt_store_lookup_project (f->store, gt_issue_get_project_id (issue));
      g_autofree char *raised = gt_date_to_iso (gt_issue_get_raised_on (issue));

      g_assert_cmpstr (raised, ==, "2023-03-31");
      g_assert_cmpstr (leader_name (f->store, project), ==, "张三");
      g_assert_cmpint (gt_issue_get_leader_id (issue), ==, gt_project_get_leader_id (project));
      g_assert_cmpstr (unit_name (f->store, gt_issue_get_unit_id (issue)), ==,
                       i == 0 ? "县发改局" : "县住建局");
    }

  /* The April ledger opens its new issue on 30 April, with 王五 and his unit. */
  import_rows (f, gt_test_ledger_april_rows, &counts);
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 3);
  {
    g_autoptr(GtIssue) issue = g_list_model_get_item (issues, 2);
    g_autofree char *raised = gt_date_to_iso (gt_issue_get_raised_on (issue));

    g_assert_cmpstr (raised, ==, "2023-04-30");
    g_assert_cmpstr (unit_name (f->store, gt_issue_get_unit_id (issue)), ==, "县农业农村局");
    g_assert_cmpstr (gt_leader_get_name (gt_store_lookup_leader (
                       f->store, gt_issue_get_leader_id (issue))), ==, "王五");
  }
}

/* Issues an import before issue 14 opened (no unit, no leader, dated the day
 * of the import) get their owners and the ledger's month end when the ledger is
 * imported again; one a person has dealt with is left alone. */
static void
test_earlier_issues_given_owners (Fixture       *f,
                                  gconstpointer  data)
{
  GtImportCounts counts = { 0, };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GtIssue) first = NULL;
  g_autoptr(GtIssue) second = NULL;
  g_autoptr(GError) error = NULL;
  GDate imported, deadline;
  GListModel *issues;

  import_rows (f, gt_test_ledger_rows, &counts);
  issues = gt_store_get_issues (f->store);
  g_date_clear (&imported, 1);
  g_date_set_dmy (&imported, 6, G_DATE_DECEMBER, 2026);
  g_date_clear (&deadline, 1);
  g_date_set_dmy (&deadline, 30, G_DATE_DECEMBER, 2026);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);
      g_autoptr(GtIssue) old = gt_issue_copy (issue);

      gt_issue_set_unit_id (old, 0);
      gt_issue_set_leader_id (old, 0);
      gt_issue_set_raised_on (old, &imported);
      /* The second one the office assigned by hand since. */
      if (i == 1)
        {
          gt_issue_set_status (old, GT_ISSUE_STATUS_ASSIGNED);
          gt_issue_set_unit_id (old, gt_project_get_unit_id (find_project (f->store,
                                                                           "城南物流园")));
          gt_issue_set_deadline (old, &deadline);
        }
      g_assert_true (gt_store_update_issue (f->store, old, &error));
      g_assert_no_error (error);
    }
  second = g_list_model_get_item (issues, 1);

  import_rows (f, gt_test_ledger_rows, &counts);
  g_assert_cmpuint (counts.issues_opened, ==, 0);
  g_assert_cmpuint (counts.issues_owned, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 2);
  first = g_list_model_get_item (issues, 0);
  {
    GtProject *feed = find_project (f->store, "年产10万吨饲料项目");
    g_autofree char *raised = gt_date_to_iso (gt_issue_get_raised_on (first));
    g_autofree char *kept = gt_date_to_iso (gt_issue_get_raised_on (second));

    g_assert_cmpint (gt_issue_get_unit_id (first), ==, gt_project_get_unit_id (feed));
    g_assert_cmpint (gt_issue_get_leader_id (first), ==, gt_project_get_leader_id (feed));
    g_assert_cmpstr (raised, ==, "2023-03-31");
    g_assert_cmpint (gt_issue_get_status (second), ==, GT_ISSUE_STATUS_ASSIGNED);
    g_assert_cmpint (gt_issue_get_leader_id (second), ==, 0);
    g_assert_cmpstr (kept, ==, "2026-12-06");
  }

  /* Once is enough: the same ledger again changes nothing. */
  before = gt_test_dump_database (f->db_path);
  import_rows (f, gt_test_ledger_rows, &counts);
  g_assert_cmpuint (counts.issues_owned, ==, 0);
  after = gt_test_dump_database (f->db_path);
  g_assert_cmpstr (after, ==, before);
}

/* A ledger that names no month: its issues are raised at the end of the month
 * it is imported in. */
static void
test_issue_month_of_import (Fixture       *f,
                            gconstpointer  data)
{
  static const char *const rows[] = { "项目名称|存在问题", "甲|资金未到位", NULL };
  GtImportCounts counts = { 0, };
  g_autoptr(GtIssue) issue = NULL;
  g_autofree char *raised = NULL;

  import_rows (f, rows, &counts);
  issue = g_list_model_get_item (gt_store_get_issues (f->store), 0);
  raised = gt_date_to_iso (gt_issue_get_raised_on (issue));
  g_assert_cmpstr (raised, ==, "2023-05-31");
  g_assert_cmpint (gt_issue_get_unit_id (issue), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, gt_test_import_fixture_set_up, func, \
              gt_test_import_fixture_tear_down)
  ADD ("/import/apply/import", test_import);
  ADD ("/import/apply/same-ledger-twice", test_same_ledger_twice);
  ADD ("/import/apply/next-month", test_next_month);
  ADD ("/import/apply/bad-row", test_bad_row);
  ADD ("/import/apply/figures-without-name", test_figures_without_name);
  ADD ("/import/apply/no-month", test_no_month);
  ADD ("/import/apply/end-before-start", test_end_before_start);
  ADD ("/import/apply/totals-and-headings", test_totals_and_headings);
  ADD ("/import/apply/names-compare-normalized", test_names_compare_normalized);
  ADD ("/import/apply/workbooks", test_workbooks);
  ADD ("/import/apply/after-another-import", test_after_another_import);
  ADD ("/import/apply/plan-made-before-another-import", test_plan_made_before_another_import);
  ADD ("/import/apply/invisible-characters", test_invisible_characters);
  ADD ("/import/apply/bad-values", test_bad_values);
  ADD ("/import/apply/county-stages-and-issues", test_county_stages_and_issues);
  ADD ("/import/apply/stage-words", test_stage_words);
  ADD ("/import/apply/stage-from-nature", test_stage_from_nature);
  ADD ("/import/apply/stage-from-dates", test_stage_from_dates);
  ADD ("/import/apply/stage-never-lowered", test_stage_never_lowered);
  ADD ("/import/apply/issue-owners", test_issue_owners);
  ADD ("/import/apply/issue-month-of-import", test_issue_month_of_import);
  ADD ("/import/apply/earlier-issues-given-owners", test_earlier_issues_given_owners);
#undef ADD
  /* How a statement fails decides how much SQLite takes back itself. */
  g_test_add ("/import/apply/failure-while-applying/abort", Fixture, "ABORT",
              gt_test_import_fixture_set_up, test_failure_while_applying,
              gt_test_import_fixture_tear_down);
  g_test_add ("/import/apply/failure-while-applying/rollback", Fixture, "ROLLBACK",
              gt_test_import_fixture_set_up, test_failure_while_applying,
              gt_test_import_fixture_tear_down);
  g_test_add ("/import/apply/failure-while-applying/fail", Fixture, "FAIL",
              gt_test_import_fixture_set_up, test_failure_while_applying,
              gt_test_import_fixture_tear_down);

  return g_test_run ();
}
