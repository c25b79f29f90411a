/* test-import-codes.c: project codes (项目代码) on import: checked for shape
 * with a warning that names the cell, and matched before the name when the
 * ledger comes again.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "gt-import.h"
#include "gt-store.h"
#include "gt-test-ledger.h"

typedef GtTestImportFixture Fixture;

static const char *const march[] = {
  "2023年全县重点项目建设台账",
  "序号|项目名称|项目代码|总投资（万元）|包联县领导",
  "1|城南物流园|2304-411621-04-01-123456|8000|张三",
  "2|县城供水管网改造|XM-2023-015|3500|李四",
  "3|老城区棚户区改造|2019-330106-47-03-012345|12000|张三",
  NULL
};

/* A month on: the park renamed (and its code typed full-width in WPS), the
 * old town given its national code, the water works as before. */
static const char *const april[] = {
  "2023年全县重点项目建设台账",
  "序号|项目名称|项目代码|总投资（万元）|包联县领导",
  "1|城南现代物流园（一期）|２３０４－４１１６２１－０４－０１－１２３４５６|9000|张三",
  "2|县城供水管网改造|XM-2023-015|3600|李四",
  "3|老城区棚户区改造|2305-411621-04-01-000017|12500|张三",
  NULL
};

static GtImportPlan *
plan_rows (Fixture            *f,
           const char *const  *rows,
           GtLedgerSheet     **sheet,
           GtLedgerMapping   **mapping)
{
  g_autofree char *path = gt_test_write_csv (f->dir, "ledger.csv", rows, "UTF-8", FALSE);
  g_autoptr(GError) error = NULL;

  *sheet = gt_ledger_sheet_load (path, -1, &error);
  g_assert_no_error (error);
  *mapping = gt_ledger_mapping_guess (*sheet, &error);
  g_assert_no_error (error);
  return gt_import_plan_new (f->store, *sheet, *mapping, &f->today);
}

static void
import_rows (Fixture            *f,
             const char *const  *rows,
             GtImportCounts     *counts,
             GPtrArray         **warnings)
{
  g_autofree char *path = gt_test_write_csv (f->dir, "ledger.csv", rows, "UTF-8", FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_true (gt_import_file_full (f->store, path, -1, &f->today, counts, NULL, &problems,
                                      warnings, &error));
  g_assert_no_error (error);
  g_assert_null (problems);
}

static GtProject *
find_by_code (GtStore    *store,
              const char *code)
{
  GListModel *projects = gt_store_get_projects (store);

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      if (g_str_equal (gt_project_get_code (project), code))
        return project;
    }
  return NULL;
}

static char *
warnings_text (GPtrArray *warnings)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      g_autofree char *line = gt_import_problem_to_string (g_ptr_array_index (warnings, i));

      g_string_append_printf (text, "%s\n", line);
    }
  return g_string_free (text, FALSE);
}

/* The national code passes; the county's own numbering and a code of the
 * older shape are warned of, by row and column, and imported all the same. */
static void
test_shape_warnings (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GtLedgerSheet) sheet = NULL;
  g_autoptr(GtLedgerMapping) mapping = NULL;
  g_autoptr(GtImportPlan) plan = plan_rows (f, march, &sheet, &mapping);
  GPtrArray *warnings = gt_import_plan_get_warnings (plan);
  g_autofree char *text = warnings_text (warnings);
  GtImportProblem *first, *second;
  g_autoptr(GError) error = NULL;

  g_test_message ("%s", text);
  g_assert_cmpuint (gt_import_plan_get_problems (plan)->len, ==, 0);
  g_assert_cmpuint (warnings->len, ==, 2);
  first = g_ptr_array_index (warnings, 0);
  second = g_ptr_array_index (warnings, 1);
  /* Rows as the spreadsheet numbers them; the code is column C. */
  g_assert_cmpuint (first->row, ==, 4);
  g_assert_true (g_str_has_prefix (first->column, "C"));
  g_assert_nonnull (strstr (first->column, "项目代码"));
  g_assert_cmpstr (first->value, ==, "XM-2023-015");
  g_assert_cmpuint (second->row, ==, 5);
  g_assert_cmpstr (second->value, ==, "2019-330106-47-03-012345");

  g_assert_true (gt_import_plan_apply (plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (gt_import_plan_get_counts (plan)->created, ==, 3);
  g_assert_nonnull (find_by_code (f->store, "XM-2023-015"));
  g_assert_nonnull (find_by_code (f->store, "2019-330106-47-03-012345"));
}

/* Renamed since the last ledger: found by its code, updated, not made anew. */
static void
test_matched_by_code (Fixture       *f,
                      gconstpointer  data)
{
  GtImportCounts counts = { 0, };
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *text = NULL;
  GtProject *park, *old_town;
  gint64 park_id;

  import_rows (f, march, &counts, NULL);
  g_assert_cmpuint (counts.created, ==, 3);
  park = find_by_code (f->store, "2304-411621-04-01-123456");
  g_assert_nonnull (park);
  park_id = gt_project_get_id (park);

  import_rows (f, april, &counts, &warnings);
  g_assert_cmpuint (counts.created, ==, 0);
  g_assert_cmpuint (counts.updated, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (f->store)), ==, 3);

  park = gt_store_lookup_project (f->store, park_id);
  g_assert_nonnull (park);
  g_assert_cmpstr (gt_project_get_name (park), ==, "城南现代物流园（一期）");
  /* Kept in its normal form, however the ledger typed it. */
  g_assert_cmpstr (gt_project_get_code (park), ==, "2304-411621-04-01-123456");
  g_assert_cmpint (gt_project_get_total_investment (park), ==, 90000000);

  /* The old town by its name, with its new national code; said. */
  old_town = find_by_code (f->store, "2305-411621-04-01-000017");
  g_assert_nonnull (old_town);
  g_assert_cmpstr (gt_project_get_name (old_town), ==, "老城区棚户区改造");
  g_assert_null (find_by_code (f->store, "2019-330106-47-03-012345"));
  text = warnings_text (warnings);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "2019-330106-47-03-012345"));
}

/* The code comes before the name: a row whose code is one project's and whose
 * name is another's updates the one with the code. */
static void
test_code_before_name (Fixture       *f,
                       gconstpointer  data)
{
  static const char *const swapped[] = {
    "2023年全县重点项目建设台账",
    "序号|项目名称|项目代码|总投资（万元）|包联县领导",
    "1|县城供水管网改造|2304-411621-04-01-123456|7777|张三",
    NULL
  };
  GtImportCounts counts = { 0, };
  g_autoptr(GtLedgerSheet) sheet = NULL;
  g_autoptr(GtLedgerMapping) mapping = NULL;
  g_autoptr(GtImportPlan) plan = NULL;
  GtProject *park;

  import_rows (f, march, &counts, NULL);
  park = find_by_code (f->store, "2304-411621-04-01-123456");
  plan = plan_rows (f, swapped, &sheet, &mapping);
  g_assert_cmpuint (gt_import_plan_get_counts (plan)->updated, ==, 1);
  g_assert_true (gt_import_plan_apply (plan, NULL));
  g_assert_cmpint (gt_project_get_total_investment (park), ==, 77770000);
  g_assert_cmpint (gt_project_get_total_investment (find_by_code (f->store, "XM-2023-015")),
                   ==, 35000000);
}

/* Two rows with one code would write one project twice: refused, as two rows
 * with one name are. */
static void
test_code_twice (Fixture       *f,
                 gconstpointer  data)
{
  static const char *const twice[] = {
    "2023年全县重点项目建设台账",
    "序号|项目名称|项目代码|总投资（万元）",
    "1|城南物流园|2304-411621-04-01-123456|8000",
    "2|城北物流园|2304—411621—04—01—123456|6000",
    NULL
  };
  g_autoptr(GtLedgerSheet) sheet = NULL;
  g_autoptr(GtLedgerMapping) mapping = NULL;
  g_autoptr(GtImportPlan) plan = plan_rows (f, twice, &sheet, &mapping);
  GPtrArray *problems = gt_import_plan_get_problems (plan);
  g_autofree char *line = NULL;

  g_assert_cmpuint (problems->len, ==, 1);
  line = gt_import_problem_to_string (g_ptr_array_index (problems, 0));
  g_test_message ("%s", line);
  g_assert_cmpuint (((GtImportProblem *) g_ptr_array_index (problems, 0))->row, ==, 4);
  g_assert_false (gt_import_plan_apply (plan, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, gt_test_import_fixture_set_up, func, \
              gt_test_import_fixture_tear_down)
  ADD ("/import/codes/shape-warnings", test_shape_warnings);
  ADD ("/import/codes/matched-by-code", test_matched_by_code);
  ADD ("/import/codes/code-before-name", test_code_before_name);
  ADD ("/import/codes/code-twice", test_code_twice);
#undef ADD

  return g_test_run ();
}
