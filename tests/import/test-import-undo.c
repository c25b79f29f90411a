/* test-import-undo.c: an import is one step of undo, and of redo.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-import.h"
#include "gt-summary.h"
#include "gt-test-county.h"
#include "gt-test-ledger.h"
#include "gt-test-util.h"

static char *
summary_of (GtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (31, G_DATE_MARCH, 2023);
  GtSummary summary;

  g_assert_true (gt_summary_compute (store, 2023, today, &summary, &error));
  g_assert_no_error (error);
  return gt_summary_to_json (&summary);
}

static void
test_one_step (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_register_location (dir, "r.db");
  g_autofree char *ledger = NULL;
  g_autofree char *second = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *again = NULL;
  g_autofree char *redone = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (31, G_DATE_MARCH, 2023);
  g_auto(GStrv) rows = NULL;
  GtTestCountyFacts facts;
  GtImportCounts counts;

  store = gt_store_open (path, &error);
  g_assert_no_error (error);
  gt_store_set_year (store, 2023);
  rows = gt_test_county_ledger_rows (40, 2023, 3, &facts);
  ledger = gt_test_write_csv (dir, "台账.csv", (const char *const *) rows, "GB18030", FALSE);
  empty = summary_of (store);

  g_assert_true (gt_import_file (store, ledger, 0, today, &counts, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), ==, 40);
  imported = summary_of (store);
  g_assert_true (gt_store_can_undo (store));
  g_assert_cmpstr (gt_store_get_undo_label (store), ==, "Import “台账.csv”");

  /* Undone whole: the register is as before it. */
  g_assert_true (gt_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), ==, 0);
  again = summary_of (store);
  g_assert_cmpstr (again, ==, empty);

  /* And done again whole. */
  g_assert_true (gt_store_redo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), ==, 40);
  redone = summary_of (store);
  g_assert_cmpstr (redone, ==, imported);

  /* A second import updating the first: its undo brings back the first's figures. */
  g_strfreev (rows);
  rows = gt_test_county_ledger_rows (40, 2023, 4, &facts);
  second = gt_test_write_csv (dir, "四月台账.csv", (const char *const *) rows, "GB18030", FALSE);
  g_assert_true (gt_import_file (store, second, 0, today, &counts, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gt_store_get_undo_label (store), ==, "Import “四月台账.csv”");
  g_assert_true (gt_store_undo (store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&again, g_free);
  again = summary_of (store);
  g_assert_cmpstr (again, ==, imported);

  g_clear_object (&store);
  gt_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/undo/one-step", test_one_step);

  return g_test_run ();
}
