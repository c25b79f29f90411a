/* bench-import.c: the time to import a 5,000-row ledger, new and again.
 *
 * Prints figures; never fails on time. Target: ≤ 1 s for each import.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "gt-import.h"
#include "gt-store.h"
#include "gt-test-ledger.h"

#define N_ROWS 5000

static const char *const towns[] = { "城关镇", "河口乡", "东坝镇", "经济开发区", "南山乡" };
static const char *const units[] = { "县发改局", "县住建局", "县商务局", "县水务局" };
static const char *const leaders[] = { "张三（副县长）", "李四", "王五", "赵六" };

static GStrv
make_rows (int month,
           int extra)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv rows;

  g_strv_builder_add (builder, "2023年全县重点项目建设台账");
  g_autofree char *header = g_strdup_printf (
    "序号|项目名称|建设单位|总投资（亿元）|2023年计划投资(万元)|1—%d月完成投资|包联县领导|"
    "责任单位|所属乡镇|开工时间|竣工时间|形象进度|存在问题", month);
  g_strv_builder_add (builder, header);
  for (int i = 0; i < N_ROWS; i++)
    {
      g_autofree char *row = g_strdup_printf (
        "%d|重点项目%05d|建设公司%d|%d.%02d|%d|%d|%s|%s|%s|2023年%d月|2025-%02d-28|主体施工|%s",
        i + 1, i, i % 300, 1 + i % 9, i % 100, 1000 + i, (100 + i % 500) * month + extra,
        leaders[i % 4], units[i % 4], towns[i % 5], 1 + i % 12, 1 + i % 12,
        i % 7 == 0 ? "用地指标未落实" : "无");

      g_strv_builder_add (builder, row);
    }
  g_strv_builder_add (builder, "合计");
  rows = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return rows;
}

static double
import (GtStore    *store,
        const char *path)
{
  g_autoptr(GError) error = NULL;
  GtImportCounts counts = { 0, };
  gint64 start = g_get_monotonic_time ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 10, G_DATE_MAY, 2023);
  if (!gt_import_file (store, path, -1, &today, &counts, NULL, NULL, &error))
    g_error ("%s", error->message);
  g_print ("  %u created, %u updated, %u reports, %u issues\n", counts.created, counts.updated,
           counts.reports_saved, counts.issues_opened);
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *db = g_build_filename (dir, "bench.db", NULL);
  g_auto(GStrv) march = make_rows (3, 0);
  g_auto(GStrv) april = make_rows (4, 7);
  g_autofree char *march_csv = gt_test_write_csv (dir, "march.csv", (const char *const *) march,
                                                  "GB18030", FALSE);
  g_autofree char *april_csv = gt_test_write_csv (dir, "april.csv", (const char *const *) april,
                                                  "GB18030", FALSE);
  const GtTestSheet sheets[] = { { "台账", (const char *const *) april } };
  g_autofree char *april_xlsx = gt_test_write_xlsx (dir, "april.xlsx", sheets, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (db, &error);
  double seconds;

  setlocale (LC_ALL, "");
  g_assert_no_error (error);
  g_print ("Import of a %d-row ledger (target ≤ 1 s each):\n", N_ROWS);
  seconds = import (store, march_csv);
  g_print ("GBK CSV into an empty register:  %.3f s\n", seconds);
  seconds = import (store, april_csv);
  g_print ("GBK CSV, next month, updating:   %.3f s\n", seconds);
  seconds = import (store, april_xlsx);
  g_print ("XLSX, the same month again:      %.3f s\n", seconds);

  g_clear_object (&store);
  gt_test_remove_tree (dir);
  return 0;
}
