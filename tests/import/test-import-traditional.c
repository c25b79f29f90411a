/* test-import-traditional.c: ledgers written in traditional characters (項目名稱,
 * 總投資（萬元）, 包聯領導, 1.5億元) import as their simplified twins do.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-import.h"
#include "gt-ledger-columns.h"
#include "gt-ledger-fold.h"
#include "gt-ledger-values.h"
#include "gt-store.h"
#include "gt-test-ledger.h"

static void
test_fold_table (void)
{
  gsize n = gt_ledger_fold_n_pairs ();
  gunichar last = 0;

  g_assert_cmpuint (n, >, 40);
  for (gsize i = 0; i < n; i++)
    {
      gunichar traditional, simplified;

      gt_ledger_fold_nth_pair (i, &traditional, &simplified);
      /* Sorted for the binary search, each once, and folded in place. */
      g_assert_cmpuint (traditional, >, last);
      last = traditional;
      g_assert_cmpuint (traditional, !=, simplified);
      g_assert_cmpint (g_unichar_to_utf8 (traditional, NULL), ==, 3);
      g_assert_cmpint (g_unichar_to_utf8 (simplified, NULL), ==, 3);
      g_assert_cmpuint (gt_ledger_fold_char (traditional), ==, simplified);
      /* A simplified character is never folded again. */
      g_assert_cmpuint (gt_ledger_fold_char (simplified), ==, simplified);
    }
}

static void
assert_folds (const char *traditional,
              const char *simplified)
{
  g_autofree char *text = g_strdup (traditional);

  gt_ledger_fold_traditional (text);
  g_assert_cmpstr (text, ==, simplified);
}

static void
test_fold_text (void)
{
  assert_folds ("總投資（萬元）", "总投资（万元）");
  assert_folds ("項目名稱", "项目名称");
  assert_folds ("包聯領導", "包联领导");
  assert_folds ("2023年計劃投資(萬元)", "2023年计划投资(万元)");
  assert_folds ("2023年計畫投資", "2023年计划投资");
  assert_folds ("所屬鄉鎮", "所属乡镇");
  assert_folds ("備註", "备注");
  /* Simplified text, ASCII, other scripts and what is no traditional form stay. */
  assert_folds ("总投资（万元）", "总投资（万元）");
  assert_folds ("Total (10k yuan) é ü Ω", "Total (10k yuan) é ü Ω");
  assert_folds ("城关镇 😀", "城关镇 😀");
  assert_folds ("", "");
}

static void
assert_same_column (const char *traditional,
                    const char *simplified)
{
  GtLedgerColumn t = { 0, };
  GtLedgerColumn s = { 0, };

  gt_ledger_column_guess (traditional, &t);
  gt_ledger_column_guess (simplified, &s);
  g_test_message ("%s / %s: field %d", traditional, simplified, (int) s.field);
  g_assert_cmpint (t.field, ==, s.field);
  g_assert_cmpint (t.unit, ==, s.unit);
  g_assert_cmpint (t.year, ==, s.year);
  g_assert_cmpint (t.month, ==, s.month);
  g_assert_cmpint (t.cumulative, ==, s.cumulative);
}

static void
test_headers (void)
{
  static const char *const pairs[][2] = {
    { "序號", "序号" },
    { "項目名稱", "项目名称" },
    { "項目", "项目" },
    { "項目代碼", "项目代码" },
    { "項目編碼", "项目编码" },
    { "建設單位", "建设单位" },
    { "項目業主", "项目业主" },
    { "實施單位", "实施单位" },
    { "建設內容", "建设内容" },
    { "建設規模", "建设规模" },
    { "項目級別", "项目级别" },
    { "層級", "层级" },
    { "項目類別", "项目类别" },
    { "類型", "类型" },
    { "行業", "行业" },
    { "產業", "产业" },
    { "項目階段", "项目阶段" },
    { "項目狀態", "项目状态" },
    { "建設性質", "建设性质" },
    { "總投資（萬元）", "总投资（万元）" },
    { "總投資（億元）", "总投资（亿元）" },
    { "總投資(元)", "总投资(元)" },
    { "2023年計劃投資（萬元）", "2023年计划投资（万元）" },
    { "2023年計畫投資", "2023年计划投资" },
    { "1—3月完成投資（萬元）", "1—3月完成投资（万元）" },
    { "1-4月份完成投資", "1-4月份完成投资" },
    { "截至3月累計完成", "截至3月累计完成" },
    { "截止2023年6月累計完成投資（萬元）", "截止2023年6月累计完成投资（万元）" },
    { "3月完成投資", "3月完成投资" },
    { "開工至今累計完成", "开工至今累计完成" },
    { "佔年計劃%", "占年计划%" },
    { "完成率", "完成率" },
    { "包聯領導", "包联领导" },
    { "包聯縣領導", "包联县领导" },
    { "責任單位", "责任单位" },
    { "牽頭單位", "牵头单位" },
    { "責任部門", "责任部门" },
    { "主管部門", "主管部门" },
    { "所屬鄉鎮", "所属乡镇" },
    { "屬地", "属地" },
    { "所在地", "所在地" },
    { "園區", "园区" },
    { "開工時間", "开工时间" },
    { "計劃開工時間", "计划开工时间" },
    { "竣工時間", "竣工时间" },
    { "實際開工", "实际开工" },
    { "實際竣工", "实际竣工" },
    { "實際完工", "实际完工" },
    { "形象進度", "形象进度" },
    { "進展情況", "进展情况" },
    { "存在問題", "存在问题" },
    { "困難和問題", "困难和问题" },
    { "備註", "备注" },
    { "備注", "备注" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (pairs); i++)
    assert_same_column (pairs[i][0], pairs[i][1]);

  /* And what they are, so that a pair both unrecognised does not pass. */
  {
    GtLedgerColumn column = { 0, };

    gt_ledger_column_guess ("總投資（億元）", &column);
    g_assert_cmpint (column.field, ==, GT_LEDGER_FIELD_TOTAL);
    g_assert_cmpint (column.unit, ==, 100000000);
    gt_ledger_column_guess ("1—3月完成投資（萬元）", &column);
    g_assert_cmpint (column.field, ==, GT_LEDGER_FIELD_COMPLETED);
    g_assert_cmpint (column.unit, ==, 10000);
    g_assert_cmpint (column.month, ==, 3);
    g_assert_true (column.cumulative);
    gt_ledger_column_guess ("2023年計畫投資（萬元）", &column);
    g_assert_cmpint (column.field, ==, GT_LEDGER_FIELD_PLAN);
    g_assert_cmpint (column.year, ==, 2023);
    gt_ledger_column_guess ("包聯領導", &column);
    g_assert_cmpint (column.field, ==, GT_LEDGER_FIELD_LEADER);
    gt_ledger_column_guess ("所屬鄉鎮", &column);
    g_assert_cmpint (column.field, ==, GT_LEDGER_FIELD_LOCALITY);
    gt_ledger_column_guess ("存在問題", &column);
    g_assert_cmpint (column.field, ==, GT_LEDGER_FIELD_ISSUES);
    gt_ledger_column_guess ("備註", &column);
    g_assert_cmpint (column.field, ==, GT_LEDGER_FIELD_NOTES);
  }
}

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
  g_assert_cmpint (amount ("1.5億元", 10000), ==, 150000000);
  g_assert_cmpint (amount ("2億", 1), ==, 200000000);
  g_assert_cmpint (amount ("300萬元", 1), ==, 3000000);
  g_assert_cmpint (amount ("5,000萬", 100000000), ==, 50000000);
  g_assert_cmpint (amount ("１２萬", 1), ==, 120000);
  g_assert_cmpint (amount ("1.5億元", 10000), ==, amount ("1.5亿元", 10000));
  g_assert_true (gt_ledger_is_empty ("無"));
  g_assert_true (gt_ledger_is_empty (" 暫無 "));
  g_assert_true (gt_ledger_is_empty ("無問題"));
  g_assert_false (gt_ledger_is_empty ("資金缺口"));
}

/* The fixture ledger of gt-test-ledger.c, its title, header, unit line, group
 * headings and empty marks in traditional script, some amounts with their unit
 * (萬, 億元) in the cell; the names and words of the rows as the simplified one
 * writes them, so that the two registers are the same; the totals (合計, 小計)
 * and a level (縣級) in traditional script too. */
static const char *const traditional_rows[] = {
  "2023年全縣重點項目建設台賬",
  "填報單位：縣重點項目辦|||||||||||||||單位：萬元",
  "序號|項目名稱|項目代碼|建設單位|建設內容|項目級別|項目階段|總投資（億元）|"
  "2023年計劃投資(萬元)|1—3月完成投資（萬元）|包聯縣領導|責任單位|所屬鄉鎮|開工時間|"
  "竣工時間|形象進度|存在問題",
  "一、產業項目（2個）",
  "1|年产10万吨饲料项目|2301-000001|某某饲料公司|年产饲料10万吨, 厂房2万平方米|省级|在建|"
  "15000萬元|5,000|0.12億|张三（副县长）|县发改局|城关镇|2023年3月|2024.06|主体完工\n正在装修|"
  "用地指标未落实",
  "",
  "2|城南物流园|2301-000002|某物流公司|仓储\"冷链\"中心|縣級|前期|0.8億元|3000萬|0|李四|县商务局|"
  "经济开发区|2023-03-29|2024/3/31|完成可研|無",
  "小計||||||||2.3|8000|1200",
  "二、基礎設施（1個）",
  "3|县城供水管网改造||县水务公司|管网5公里|市级|在建|#0.35|#2000|#450|张三|县住建局|城关镇|"
  "#44986|2023年12月29日|铺设管网2公里|资金缺口较大",
  "合計||||||||#2.65|#10000|#1650",
  NULL
};

static char *
import_register (const char        *dir,
                 const char        *name,
                 const char *const *rows,
                 GtImportCounts    *counts)
{
  g_autofree char *csv_name = g_strconcat (name, ".csv", NULL);
  g_autofree char *db_name = g_strconcat (name, ".db", NULL);
  g_autofree char *csv = gt_test_write_csv (dir, csv_name, rows, "UTF-8", FALSE);
  g_autofree char *db = g_build_filename (dir, db_name, NULL);
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 10, G_DATE_MAY, 2023);
  store = gt_store_open (db, &error);
  g_assert_no_error (error);
  if (!gt_import_file (store, csv, -1, &today, counts, NULL, &problems, &error))
    {
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        {
          g_autofree char *problem = gt_import_problem_to_string (g_ptr_array_index (problems, i));

          g_test_message ("%s: %s", name, problem);
        }
      g_error ("%s: %s", name, error != NULL ? error->message : "no error");
    }
  g_assert_null (problems);
  g_clear_object (&store);
  return gt_test_dump_database (db);
}

static void
test_ledger (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  GtImportCounts simplified_counts = { 0, };
  GtImportCounts traditional_counts = { 0, };
  g_autofree char *simplified = import_register (dir, "simplified", gt_test_ledger_rows,
                                                 &simplified_counts);
  g_autofree char *traditional = import_register (dir, "traditional", traditional_rows,
                                                  &traditional_counts);

  g_assert_cmpint (simplified_counts.created, ==, 3);
  g_assert_cmpmem (&traditional_counts, sizeof traditional_counts,
                   &simplified_counts, sizeof simplified_counts);
  g_assert_cmpstr (traditional, ==, simplified);
  gt_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gt_test_use_zh_cn ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/traditional/fold-table", test_fold_table);
  g_test_add_func ("/import/traditional/fold-text", test_fold_text);
  g_test_add_func ("/import/traditional/headers", test_headers);
  g_test_add_func ("/import/traditional/amounts", test_amounts);
  g_test_add_func ("/import/traditional/ledger", test_ledger);

  return g_test_run ();
}
