/* test-import-preview.c: what the import preview lists, row by row and name by
 * name, against what applying then does (issue 19, item 3).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-import.h"
#include "gt-import-preview.h"
#include "gt-store.h"
#include "gt-test-ledger.h"

typedef GtTestImportFixture Fixture;

static void
test_closest (void)
{
  static const char *const register_names[] = {
    "城关镇", "柳河镇", "县发展和改革局", "县水利局", "张三",
  };
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *typo = NULL;
  g_autofree char *longer = NULL;
  g_autofree char *short_form = NULL;
  g_autofree char *other = NULL;
  g_autofree char *same = NULL;
  g_autofree char *leader = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (register_names); i++)
    g_ptr_array_add (names, (gpointer) register_names[i]);

  /* One character changed, or the same first two. */
  typo = gt_import_closest_name ("城关真", names);
  g_assert_cmpstr (typo, ==, "城关镇");
  longer = gt_import_closest_name ("柳河新区", names);
  g_assert_cmpstr (longer, ==, "柳河镇");
  short_form = gt_import_closest_name ("县发改局", names);
  g_assert_cmpstr (short_form, ==, "县发展和改革局");
  leader = gt_import_closest_name ("张山", names);
  g_assert_cmpstr (leader, ==, "张三");
  /* Two characters changed in a short name is another name (县水利局). */
  other = gt_import_closest_name ("县住建局", names);
  g_assert_null (other);
  same = gt_import_closest_name ("北城街道", names);
  g_assert_null (same);
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

static const GtImportNewName *
find_new (GPtrArray       *names,
          GtImportNewKind  kind,
          const char      *name)
{
  for (guint i = 0; i < names->len; i++)
    {
      const GtImportNewName *entry = g_ptr_array_index (names, i);

      if (entry->kind == kind && g_str_equal (entry->name, name))
        return entry;
    }
  return NULL;
}

/* The rows in row order with their fate; the new names exactly those applying
 * creates, with the register's like name. */
static void
test_rows_and_names (Fixture       *f,
                     gconstpointer  data)
{
  static const char *const second[] = {
    "项目名称|包联领导|责任单位|所属乡镇|总投资（万元）",
    "一、产业项目",
    "年产10万吨饲料项目|张三（副县长）|县发改局|城关镇|100",
    "预览新项目|王五（县长）、赵六|县发改委|城关真|200",
    "预览另一项目|王五|县发改委|城关真|300",
    "合计|||600",
    NULL
  };
  g_autofree char *first_path = gt_test_write_csv (f->dir, "first.csv", gt_test_ledger_rows,
                                                   "GB18030", FALSE);
  g_autofree char *path = gt_test_write_csv (f->dir, "second.csv", second, "UTF-8", FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = NULL;
  g_autoptr(GtLedgerMapping) mapping = NULL;
  g_autoptr(GtImportPlan) plan = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const GtImportRowOutcome *outcome;
  const GtImportNewName *entry;
  guint leaders, units;

  g_assert_true (gt_import_file (f->store, first_path, -1, &f->today, NULL, NULL, NULL,
                                 &error));
  g_assert_no_error (error);
  leaders = n_items (gt_store_get_leaders (f->store));
  units = n_items (gt_store_get_units (f->store));

  sheet = gt_ledger_sheet_load (path, -1, &error);
  g_assert_no_error (error);
  mapping = gt_ledger_mapping_guess (sheet, &error);
  g_assert_no_error (error);
  plan = gt_import_plan_new (f->store, sheet, mapping, &f->today);
  g_assert_cmpuint (gt_import_plan_get_problems (plan)->len, ==, 0);

  rows = gt_import_plan_list_rows (plan);
  g_assert_cmpuint (rows->len, ==, 5);
  outcome = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (outcome->row, ==, 2);
  g_assert_cmpint (outcome->state, ==, GT_IMPORT_ROW_SKIPPED);
  g_assert_cmpint (outcome->reason, ==, GT_IMPORT_SKIP_HEADING);
  g_assert_cmpstr (outcome->name, ==, "一、产业项目");
  outcome = g_ptr_array_index (rows, 1);
  g_assert_cmpuint (outcome->row, ==, 3);
  g_assert_cmpint (outcome->state, ==, GT_IMPORT_ROW_UPDATED);
  g_assert_cmpstr (outcome->name, ==, "年产10万吨饲料项目");
  outcome = g_ptr_array_index (rows, 2);
  g_assert_cmpint (outcome->state, ==, GT_IMPORT_ROW_CREATED);
  g_assert_cmpstr (outcome->name, ==, "预览新项目");
  outcome = g_ptr_array_index (rows, 4);
  g_assert_cmpuint (outcome->row, ==, 6);
  g_assert_cmpint (outcome->state, ==, GT_IMPORT_ROW_SKIPPED);
  g_assert_cmpint (outcome->reason, ==, GT_IMPORT_SKIP_TOTAL);

  /* 张三 and 县发改局 and 城关镇 are the register's; 赵六 stands second, and
   * applying takes the first leader only. */
  names = gt_import_plan_list_new_names (plan);
  g_assert_cmpuint (names->len, ==, 3);
  entry = find_new (names, GT_IMPORT_NEW_LEADER, "王五");
  g_assert_nonnull (entry);
  g_assert_cmpuint (entry->first_row, ==, 4);
  g_assert_cmpuint (entry->n_rows, ==, 2);
  entry = find_new (names, GT_IMPORT_NEW_UNIT, "县发改委");
  g_assert_nonnull (entry);
  g_assert_cmpstr (entry->closest, ==, "县发改局");
  entry = find_new (names, GT_IMPORT_NEW_LOCALITY, "城关真");
  g_assert_nonnull (entry);
  g_assert_cmpstr (entry->closest, ==, "城关镇");
  g_assert_null (find_new (names, GT_IMPORT_NEW_LEADER, "赵六"));
  g_assert_null (find_new (names, GT_IMPORT_NEW_LEADER, "张三"));

  /* Applying creates those and no others. */
  g_assert_true (gt_import_plan_apply (plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (gt_store_get_leaders (f->store)), ==, leaders + 1);
  g_assert_cmpuint (n_items (gt_store_get_units (f->store)), ==, units + 2);
}

/* A plan made against a second connection to the file is applied through the
 * first, as the dialog's worker does. */
static void
test_set_store (Fixture       *f,
                gconstpointer  data)
{
  static const char *const rows[] = {
    "项目名称|总投资（万元）", "另一连接的项目|100", NULL
  };
  g_autofree char *path = gt_test_write_csv (f->dir, "other.csv", rows, "UTF-8", FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) reader = NULL;
  g_autoptr(GtLedgerSheet) sheet = NULL;
  g_autoptr(GtLedgerMapping) mapping = NULL;
  g_autoptr(GtImportPlan) plan = NULL;
  guint projects = n_items (gt_store_get_projects (f->store));

  reader = gt_store_open_deferring_check (gt_store_get_path (f->store), &error);
  g_assert_no_error (error);
  sheet = gt_ledger_sheet_load (path, -1, &error);
  g_assert_no_error (error);
  mapping = gt_ledger_mapping_guess (sheet, &error);
  g_assert_no_error (error);
  plan = gt_import_plan_new (reader, sheet, mapping, &f->today);
  g_clear_object (&reader);
  gt_import_plan_set_store (plan, f->store);
  g_assert_true (gt_import_plan_apply (plan, &error));
  g_assert_no_error (error);
  g_assert_false (gt_import_plan_get_changed (plan));
  /* The first connection's lists have it at once. */
  g_assert_cmpuint (n_items (gt_store_get_projects (f->store)), ==, projects + 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-preview/closest", test_closest);
  g_test_add ("/import-preview/rows-and-names", Fixture, NULL, gt_test_import_fixture_set_up,
              test_rows_and_names, gt_test_import_fixture_tear_down);
  g_test_add ("/import-preview/set-store", Fixture, NULL, gt_test_import_fixture_set_up,
              test_set_store, gt_test_import_fixture_tear_down);
  return g_test_run ();
}
