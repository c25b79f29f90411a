/* test-import-ui.c: the import preview, driven as a person would: a ledger with
 * one bad cell, its column set aside, then imported.
 *
 * Runs under Xvfb (build-aux/test), in the C locale.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <time.h>

#include <adwaita.h>

#include "gt-import.h"
#include "gt-import-dialog.h"
#include "gt-import-names-group.h"
#include "gt-import-row-item.h"
#include "gt-import-rows-group.h"
#include "gt-ledger-columns.h"
#include "gt-test-ledger.h"
#include "gt-test-ui.h"
#include "gt-window.h"

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

static guint
count_named (GtStore    *store,
             const char *name)
{
  GListModel *projects = gt_store_get_projects (store);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      n += g_str_equal (gt_project_get_name (project), name);
    }
  return n;
}

/* The dialog reads and plans in a worker: waits until it shows what it found
 * (a minute at most, so that a hang fails rather than blocks). */
static void
wait_read (GtImportDialog *dialog)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (gt_import_dialog_is_busy (dialog) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (gt_import_dialog_is_busy (dialog));
  gt_test_ui_settle (50);
}

/* Ticks every new name still unchecked, as a person who has read them would. */
static guint
confirm_new_names (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_CHECK_BUTTON (widget) && !gtk_check_button_get_active (GTK_CHECK_BUTTON (widget))
      && gtk_widget_get_ancestor (widget, GT_TYPE_IMPORT_NAMES_GROUP) != NULL)
    {
      gtk_check_button_set_active (GTK_CHECK_BUTTON (widget), TRUE);
      return 1;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += confirm_new_names (child);
  return n;
}

static void
imported_cb (GtImportDialog *dialog,
             const char     *message,
             char          **out)
{
  *out = g_strdup (message);
}

static void
test_preview_fix_and_import (void)
{
  GtStore *store = gt_test_ui_store ();
  g_autofree char *dir = gt_test_make_dir ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) rows = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  GtImportDialog *dialog;
  GtkWidget *summary, *column_row, *problems;
  guint n_projects = g_list_model_get_n_items (gt_store_get_projects (store));

  /* Row 10's completed figure mistyped with a letter O */
  g_strv_builder_addv (builder, (const char **) gt_test_ledger_rows);
  rows = g_strv_builder_end (builder);
  g_free (rows[9]);
  rows[9] = g_strdup ("3|县城供水管网改造||县水务公司|管网5公里|市级|在建|0.35|2000|45O|张三|"
                      "县住建局|城关镇|44986|2023年12月29日|铺设管网2公里|资金缺口较大");
  path = gt_test_write_csv (dir, "ledger.csv", (const char *const *) rows, "GB18030", FALSE);

  dialog = gt_import_dialog_new (GTK_WINDOW (gt_test_ui_window ()), store, path, &error);
  g_assert_no_error (error);
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), &message);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_read (dialog);
  gt_test_ui_settle (200);
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "import-preview");

  summary = gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_containing,
                                    "3 projects will be created, 0 updated — 1 problem");
  g_assert_nonnull (summary);
  problems = gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_row_titled,
                                     "not an amount");
  g_assert_nonnull (problems);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (problems)), ==,
                   "Row 10, column J “1—3月完成投资（万元）”: “45O”");
  g_assert_false (gtk_widget_is_sensitive (gt_test_ui_find_widget (
    GTK_WIDGET (dialog), gt_test_ui_is_button_labelled, "_Import")));
  g_assert_null (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_containing, "Stages:"));

  /* Not importing the completed column takes the problem away. */
  column_row = gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_row_titled,
                                       "1—3月完成投资（万元）");
  g_assert_nonnull (column_row);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (column_row)), ==,
                    GT_LEDGER_FIELD_COMPLETED);
  adw_combo_row_set_selected (ADW_COMBO_ROW (column_row), GT_LEDGER_FIELD_NONE);
  wait_read (dialog);
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_containing,
                                            "3 projects will be created, 0 updated"));
  g_assert_null (gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_row_titled,
                                         "not an amount"));
  /* The ledger's 项目阶段 column gives every stage. */
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_containing,
                                            "Stages: 3 from 项目阶段, 0 from 形象进度, 0 from "
                                            "建设性质, 0 from dates or figures, 0 planned"));
  /* 经济开发区 is like the register's 清河经济开发区…: Import waits for a check. */
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_containing,
                                            "to confirm"));
  g_assert_false (gtk_widget_is_sensitive (gt_test_ui_find_widget (
    GTK_WIDGET (dialog), gt_test_ui_is_button_labelled, "_Import")));
  g_assert_cmpuint (confirm_new_names (GTK_WIDGET (dialog)), >, 0);
  gt_test_ui_settle (50);
  g_assert_true (gtk_widget_is_sensitive (gt_test_ui_find_widget (
    GTK_WIDGET (dialog), gt_test_ui_is_button_labelled, "_Import")));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  gt_test_ui_settle (100);
  g_assert_cmpstr (message, ==, "Imported: 3 created, 0 updated");
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), ==,
                    n_projects + 3);
  g_assert_cmpuint (count_named (store, "县城供水管网改造"), ==, 1);
  g_assert_null (gt_test_ui_find_window (GT_TYPE_IMPORT_DIALOG));

  gt_test_remove_tree (dir);
}

static void
test_other_sheet (void)
{
  static const char *const notes[] = { "填表说明", NULL };
  const GtTestSheet sheets[] = { { "说明", notes }, { "台账", gt_test_ledger_rows } };
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_write_xlsx (dir, "ledger.xlsx", sheets, 2);
  g_autoptr(GError) error = NULL;
  GtImportDialog *dialog = gt_import_dialog_new (GTK_WINDOW (gt_test_ui_window ()),
                                                 gt_test_ui_store (), path, &error);
  GtkWidget *sheet_row;

  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_read (dialog);
  gt_test_ui_settle (100);
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_containing,
                                            "not a project ledger"));
  sheet_row = gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_row_titled, "Sheet");
  g_assert_nonnull (sheet_row);
  g_assert_true (gtk_widget_get_mapped (sheet_row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (sheet_row), 1);
  wait_read (dialog);
  /* The first test imported these three already. */
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_containing,
                                            "0 projects will be created, 3 updated"));
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_containing,
                                            "goes to the report of March 2023"));
  g_assert_true (gtk_widget_is_sensitive (gt_test_ui_find_widget (
    GTK_WIDGET (dialog), gt_test_ui_is_button_labelled, "_Import")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gt_test_remove_tree (dir);
}

static void
test_not_a_ledger (void)
{
  static const char *const rows[] = { "姓名|电话", "张三|123", NULL };
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_write_csv (dir, "people.csv", rows, "UTF-8", FALSE);
  g_autoptr(GError) error = NULL;
  GtImportDialog *dialog = gt_import_dialog_new (GTK_WINDOW (gt_test_ui_window ()),
                                                 gt_test_ui_store (), path, &error);

  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_read (dialog);
  gt_test_ui_settle (100);
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_containing,
                                            "not a project ledger"));
  g_assert_false (gtk_widget_is_sensitive (gt_test_ui_find_widget (
    GTK_WIDGET (dialog), gt_test_ui_is_button_labelled, "_Import")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gt_test_remove_tree (dir);
}

/* The command line imports the same ledger while the preview is open: Import
 * plans again under the write lock, updates what the other import created, and
 * says that the result is not what the preview showed (issue 13, item 3). */
static void
test_other_import_meanwhile (void)
{
  static const char *const rows[] = {
    "项目名称|总投资（万元）|责任单位", "窗口项目甲|100|窗口单位", "窗口项目乙|200|窗口单位", NULL
  };
  GtStore *store = gt_test_ui_store ();
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_write_csv (dir, "ledger.csv", rows, "UTF-8", FALSE);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) other = NULL;
  GtImportCounts counts = { 0, };
  GtImportDialog *dialog;
  GDate today;

  dialog = gt_import_dialog_new (GTK_WINDOW (gt_test_ui_window ()), store, path, &error);
  g_assert_no_error (error);
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), &message);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_read (dialog);
  gt_test_ui_settle (100);
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_containing,
                                            "2 projects will be created, 0 updated"));

  /* Another connection to the file, as `guatu --import` would have. */
  other = gt_store_open (gt_store_get_path (store), &error);
  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  g_assert_true (gt_import_file (other, path, -1, &today, &counts, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.created, ==, 2);
  g_clear_object (&other);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  gt_test_ui_settle (100);
  g_assert_cmpstr (message, ==, "Imported: 0 created, 2 updated — not as previewed, since the "
                                "register changed meanwhile");
  g_assert_cmpuint (count_named (store, "窗口项目甲"), ==, 1);
  g_assert_cmpuint (count_named (store, "窗口项目乙"), ==, 1);
  g_assert_null (gt_test_ui_find_window (GT_TYPE_IMPORT_DIALOG));

  gt_test_remove_tree (dir);
}


static guint
count_units_named (GtStore    *store,
                   const char *name)
{
  GListModel *units = gt_store_get_units (store);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(GtUnit) unit = g_list_model_get_item (units, i);

      n += g_str_equal (gt_unit_get_name (unit), name);
    }
  return n;
}

/* Issue 19 item 3: the rows as they will land (created, updated, skipped, with
 * their numbers), and the names the import would create: a locality like one
 * the register has (城关真 for 城关镇) waits for a check before Import. */
static void
test_rows_and_new_names (void)
{
  GtStore *store = gt_test_ui_store ();
  g_autofree char *dir = gt_test_make_dir ();
  g_autoptr(GtProject) existing = g_list_model_get_item (gt_store_get_projects (store), 0);
  g_autofree char *existing_row = g_strdup_printf ("%s|||", gt_project_get_name (existing));
  const char *rows[] = {
    "项目名称|总投资（万元）|包联领导|责任单位|所属乡镇",
    "预览项目甲|100|王预览|县预览局|柳河新区",
    "预览项目乙|200|王预览|县预览局|城关真",
    existing_row,
    "合计|300",
    NULL
  };
  g_autofree char *path = gt_test_write_csv (dir, "names.csv", rows, "UTF-8", FALSE);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  GtImportDialog *dialog;
  GtkWidget *widget, *typo;
  GtImportRowsGroup *group;
  GListModel *shown;
  g_autoptr(GtImportRowItem) skipped = NULL;
  g_autoptr(GtImportRowItem) first = NULL;

  g_assert_cmpuint (count_units_named (store, "城关镇"), ==, 1);
  g_assert_cmpuint (count_units_named (store, "柳河镇"), ==, 1);
  dialog = gt_import_dialog_new (GTK_WINDOW (gt_test_ui_window ()), store, path, &error);
  g_assert_no_error (error);
  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), &message);
  /* Tall enough for the screenshot to show the new names too. */
  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, 980);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_read (dialog);
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "import-preview-names");

  widget = gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_of_type,
                                   GSIZE_TO_POINTER (GT_TYPE_IMPORT_ROWS_GROUP));
  g_assert_nonnull (widget);
  group = GT_IMPORT_ROWS_GROUP (widget);
  g_assert_cmpuint (gt_import_rows_group_count (group, GT_IMPORT_ROW_CREATED), ==, 2);
  g_assert_cmpuint (gt_import_rows_group_count (group, GT_IMPORT_ROW_UPDATED), ==, 1);
  g_assert_cmpuint (gt_import_rows_group_count (group, GT_IMPORT_ROW_SKIPPED), ==, 1);
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_button_labelled,
                                            "Created 2"));
  shown = gt_import_rows_group_get_shown (group);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 4);
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpuint (gt_import_row_item_get_row (first), ==, 2);
  g_assert_cmpstr (gt_import_row_item_get_name (first), ==, "预览项目甲");
  g_assert_cmpint (gt_import_row_item_get_state (first), ==, GT_IMPORT_ROW_CREATED);
  gt_import_rows_group_set_filter (group, GT_IMPORT_ROW_SKIPPED);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  skipped = g_list_model_get_item (shown, 0);
  g_assert_cmpuint (gt_import_row_item_get_row (skipped), ==, 5);
  g_assert_cmpstr (gt_import_row_item_get_name (skipped), ==, "合计");
  g_assert_cmpstr (gt_import_row_item_describe (skipped), ==, "Skipped: a total");
  gt_import_rows_group_set_filter (group, GT_IMPORT_ROW_UPDATED);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  gt_import_rows_group_set_filter (group, GT_N_IMPORT_ROW_STATES);

  /* The names it would create; the one like 城关镇 is not confirmed yet. */
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_row_titled,
                                            "New leader: 王预览"));
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_row_titled,
                                            "New unit: 县预览局"));
  /* The issue's own case: the register has 柳河镇. */
  widget = gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_row_titled,
                                   "New locality: 柳河新区");
  g_assert_nonnull (widget);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), ==,
                   "Row 2 · the register has “柳河镇”");
  typo = gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_row_titled,
                                 "New locality: 城关真");
  g_assert_nonnull (typo);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (typo)), ==,
                   "Row 3 · the register has “城关镇”");
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_containing,
                                            "2 new names to confirm"));
  g_assert_false (gtk_widget_is_sensitive (gt_test_ui_find_widget (
    GTK_WIDGET (dialog), gt_test_ui_is_button_labelled, "_Import")));

  /* Meant after all: checked, and Import goes ahead. */
  adw_action_row_activate (ADW_ACTION_ROW (typo));
  gt_test_ui_settle (50);
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_containing,
                                            "1 new name to confirm"));
  g_assert_false (gtk_widget_is_sensitive (gt_test_ui_find_widget (
    GTK_WIDGET (dialog), gt_test_ui_is_button_labelled, "_Import")));
  adw_action_row_activate (ADW_ACTION_ROW (widget));
  gt_test_ui_settle (50);
  g_assert_null (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_containing,
                                         "new name to confirm"));
  g_assert_true (gtk_widget_is_sensitive (gt_test_ui_find_widget (
    GTK_WIDGET (dialog), gt_test_ui_is_button_labelled, "_Import")));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  gt_test_ui_settle (100);
  g_assert_cmpstr (message, ==, "Imported: 2 created, 1 updated");
  g_assert_cmpuint (count_units_named (store, "城关真"), ==, 1);
  g_assert_cmpuint (count_units_named (store, "柳河新区"), ==, 1);

  gt_test_remove_tree (dir);
}

/* The ledger corrected in the spreadsheet and read again from the dialog: the
 * mistyped locality is gone, and Import no longer waits. */
static void
test_read_again (void)
{
  static const char *const typo[] = {
    "项目名称|总投资（万元）|所属乡镇", "重读项目|100|城关震", NULL
  };
  static const char *const fixed[] = {
    "项目名称|总投资（万元）|所属乡镇", "重读项目|100|城关镇", NULL
  };
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_write_csv (dir, "again.csv", typo, "UTF-8", FALSE);
  g_autofree char *again = NULL;
  g_autoptr(GError) error = NULL;
  GtImportDialog *dialog = gt_import_dialog_new (GTK_WINDOW (gt_test_ui_window ()),
                                                 gt_test_ui_store (), path, &error);

  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_read (dialog);
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_row_titled,
                                            "New locality: 城关震"));
  g_assert_false (gtk_widget_is_sensitive (gt_test_ui_find_widget (
    GTK_WIDGET (dialog), gt_test_ui_is_button_labelled, "_Import")));

  again = gt_test_write_csv (dir, "again.csv", fixed, "UTF-8", FALSE);
  g_assert_cmpstr (again, ==, path);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.reload", NULL);
  g_assert_true (gt_import_dialog_is_busy (dialog));
  wait_read (dialog);
  g_assert_null (gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_row_titled,
                                         "New locality: 城关震"));
  g_assert_null (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_containing,
                                         "to confirm"));
  g_assert_true (gtk_widget_is_sensitive (gt_test_ui_find_widget (
    GTK_WIDGET (dialog), gt_test_ui_is_button_labelled, "_Import")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gt_test_remove_tree (dir);
}

/* A file that cannot be read is said in the dialog, which the worker opened at
 * once, and nothing can be imported. */
static void
test_unreadable (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_write_bytes (dir, "broken.xlsx", "PK\003\004 not a zip", -1);
  g_autoptr(GError) error = NULL;
  GtImportDialog *dialog = gt_import_dialog_new (GTK_WINDOW (gt_test_ui_window ()),
                                                 gt_test_ui_store (), path, &error);

  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_read (dialog);
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_containing,
                                            "cannot be read"));
  g_assert_null (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_containing,
                                         "Reading the ledger"));
  g_assert_false (gtk_widget_get_visible (gt_test_ui_find_widget (
    GTK_WIDGET (dialog), gt_test_ui_is_of_type, GSIZE_TO_POINTER (GT_TYPE_IMPORT_ROWS_GROUP))));
  g_assert_false (gtk_widget_is_sensitive (gt_test_ui_find_widget (
    GTK_WIDGET (dialog), gt_test_ui_is_button_labelled, "_Import")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gt_test_remove_tree (dir);
}

/* Issue 19 item 14: Cancel while the worker reads a long ledger closes the
 * dialog at once, and the register is as it was. */
static void
test_cancel_while_reading (void)
{
  GtStore *store = gt_test_ui_store ();
  g_autofree char *dir = gt_test_make_dir ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) again = NULL;
  GtImportDialog *dialog;
  guint n_projects = g_list_model_get_n_items (gt_store_get_projects (store));
  guint n_units = g_list_model_get_n_items (gt_store_get_units (store));

  g_ptr_array_add (rows, g_strdup ("项目名称|总投资（万元）|责任单位|所属乡镇"));
  for (guint i = 0; i < 4000; i++)
    g_ptr_array_add (rows, g_strdup_printf ("取消项目%u|%u|取消单位%u|取消镇%u", i, 100 + i,
                                            i % 50, i % 20));
  g_ptr_array_add (rows, NULL);
  path = gt_test_write_csv (dir, "long.csv", (const char *const *) rows->pdata, "UTF-8", FALSE);

  dialog = gt_import_dialog_new (GTK_WINDOW (gt_test_ui_window ()), store, path, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (gt_import_dialog_is_busy (dialog));
  /* Import cannot be pressed while it reads. */
  g_assert_false (gtk_widget_is_sensitive (gt_test_ui_find_widget (
    GTK_WIDGET (dialog), gt_test_ui_is_button_labelled, "_Import")));

  /* Closed at once, with nothing left waiting for the worker. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  g_assert_false (gt_import_dialog_is_busy (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gt_test_ui_settle (50);
  g_assert_null (gt_test_ui_find_window (GT_TYPE_IMPORT_DIALOG));
  g_assert_null (dialog);

  /* Long enough for the worker to have finished what it was doing. */
  gt_test_ui_settle (2000);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), ==, n_projects);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_units (store)), ==, n_units);
  again = gt_store_open (gt_store_get_path (store), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (again)), ==, n_projects);
  g_assert_cmpuint (count_named (again, "取消项目1"), ==, 0);

  gt_test_remove_tree (dir);
}

static void
add_tests (void)
{
  g_test_add_func ("/import-ui/preview-fix-and-import", test_preview_fix_and_import);
  g_test_add_func ("/import-ui/other-sheet", test_other_sheet);
  g_test_add_func ("/import-ui/not-a-ledger", test_not_a_ledger);
  g_test_add_func ("/import-ui/other-import-meanwhile", test_other_import_meanwhile);
  g_test_add_func ("/import-ui/rows-and-new-names", test_rows_and_new_names);
  g_test_add_func ("/import-ui/read-again", test_read_again);
  g_test_add_func ("/import-ui/unreadable", test_unreadable);
  g_test_add_func ("/import-ui/cancel-while-reading", test_cancel_while_reading);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
