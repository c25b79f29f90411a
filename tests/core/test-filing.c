/* test-filing.c: who has filed the month's figures (报送情况).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-filing.h"
#include "gt-store.h"
#include "gt-test-util.h"

static gint64
add_unit (GtStore    *store,
          const char *name)
{
  g_autoptr(GtUnit) unit = gt_unit_new ();
  g_autoptr(GError) error = NULL;

  gt_unit_set_name (unit, name);
  gt_unit_set_kind (unit, GT_UNIT_KIND_DEPARTMENT);
  g_assert_true (gt_store_add_unit (store, unit, &error));
  g_assert_no_error (error);
  return gt_unit_get_id (unit);
}

static gint64
add_project (GtStore    *store,
             const char *name,
             gint64      unit_id,
             gint64      plan)
{
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;

  gt_project_set_name (project, name);
  gt_project_set_unit_id (project, unit_id);
  gt_project_set_annual_plan (project, plan);
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
  return gt_project_get_id (project);
}

static void
file_report (GtStore *store,
             gint64   project_id,
             gint64   completed)
{
  g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();
  g_autoptr(GError) error = NULL;

  gt_monthly_report_set_project_id (report, project_id);
  gt_monthly_report_set_month (report, 2099, 4);
  gt_monthly_report_set_completed (report, completed);
  g_assert_true (gt_store_save_monthly_report (store, report, &error));
  g_assert_no_error (error);
}

static GtFiling *
find (GPtrArray  *list,
      const char *unit)
{
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (((GtFiling *) list->pdata[i])->unit, unit))
      return list->pdata[i];
  return NULL;
}

/* Run in 2026 for April 2099: every figure here came in before its deadline. */
static void
test_statuses (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_register_location (dir, "r.db");
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) early = g_date_new_dmy (10, G_DATE_APRIL, 2099);
  g_autoptr(GDate) late = g_date_new_dmy (2, G_DATE_MAY, 2099);
  g_autofree char *reminder = NULL;
  gint64 housing, water, roads, a, b, c, d;

  store = gt_store_open (path, &error);
  g_assert_no_error (error);
  gt_store_set_year (store, 2099);
  housing = add_unit (store, "住房和城乡建设局");
  water = add_unit (store, "水利局");
  roads = add_unit (store, "交通运输局");
  a = add_project (store, "甲项目", housing, 100000000);
  b = add_project (store, "乙项目", housing, 100000000);
  c = add_project (store, "丙项目", water, 100000000);
  d = add_project (store, "丁项目", roads, 100000000);

  file_report (store, a, 5000000);
  file_report (store, c, 5000000);
  /* A month above half the year plan: filed, but to be queried. */
  file_report (store, d, 60000000);

  before = gt_filing_list (store, 2099, 4, 25, early, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->len, ==, 3);
  g_assert_cmpint (find (before, "住房和城乡建设局")->status, ==, GT_FILING_MISSING);
  g_assert_cmpuint (find (before, "住房和城乡建设局")->filed, ==, 1);
  g_assert_cmpuint (find (before, "住房和城乡建设局")->projects, ==, 2);
  g_assert_cmpint (find (before, "水利局")->status, ==, GT_FILING_FILED);
  g_assert_nonnull (find (before, "水利局")->filed_at);
  g_assert_cmpint (find (before, "交通运输局")->status, ==, GT_FILING_PROBLEMS);

  after = gt_filing_list (store, 2099, 4, 25, late, &error);
  g_assert_cmpint (find (after, "住房和城乡建设局")->status, ==, GT_FILING_LATE);
  g_assert_cmpint (find (after, "水利局")->status, ==, GT_FILING_FILED);
  file_report (store, b, 1000000);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = gt_filing_list (store, 2099, 4, 25, late, &error);
  g_assert_cmpint (find (after, "住房和城乡建设局")->status, ==, GT_FILING_FILED);

  g_assert_cmpstr (gt_filing_status_to_id (GT_FILING_PROBLEMS), ==, "problems");
  reminder = gt_filing_reminder ("住房和城乡建设局", 2099, 4, 25);
  g_assert_nonnull (strstr (reminder, "住房和城乡建设局"));

  (void) roads;
  g_clear_object (&store);
  gt_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/filing/statuses", test_statuses);

  return g_test_run ();
}
