/* test-returns-ui.c: Monthly Reports → Import Returns… (导入回执) on the demo
 * register: two returns added (one filled in, one whose hidden sheet was
 * removed), previewed per unit and project (old → new, the refusal by name),
 * taken in, and planned again to show nothing left to change.
 *
 * Runs under Xvfb. With GUATU_SCREENSHOT_DIR set, saves PNGs of the dialog.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "gt-ledger-sheet.h"
#include "gt-report-template.h"
#include "gt-reports-view.h"
#include "gt-returns-dialog.h"
#include "gt-test-returns.h"
#include "gt-test-ui.h"
#include "gt-test-util.h"

#define YEAR  2026
#define MONTH 10

static gboolean
is_group_titled (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_PREFERENCES_GROUP (widget)
         && strstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)),
                    title) != NULL;
}

static char *
copy_file (const char *from,
           const char *dir,
           const char *name)
{
  g_autofree char *contents = NULL;
  char *path = g_build_filename (dir, name, NULL);
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

static gint64
completed_of (GtStore *store,
              gint64   project_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reports = gt_store_list_monthly_reports (store, project_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < reports->len; i++)
    {
      GtMonthlyReport *report = g_ptr_array_index (reports, i);

      if (gt_monthly_report_get_year (report) == YEAR
          && gt_monthly_report_get_month (report) == MONTH)
        return gt_monthly_report_get_completed (report);
    }
  return -1;
}

static GtkWidget *
button_of (GtkWindow  *dialog,
           const char *label)
{
  GtkWidget *button = gt_test_ui_find_widget (GTK_WIDGET (dialog),
                                              gt_test_ui_is_button_labelled, label);

  g_assert_nonnull (button);
  return button;
}

/* The project of the first data row, from the hidden sheet. */
static gint64
first_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) hidden = gt_ledger_sheet_load (path, 1, &error);

  g_assert_no_error (error);
  for (guint r = 0; r + 1 < gt_ledger_sheet_n_rows (hidden); r++)
    if (g_str_equal (gt_ledger_sheet_get (hidden, r, 0), GT_TEMPLATE_KEY_ROWS))
      return g_ascii_strtoll (gt_ledger_sheet_get (hidden, r + 1, 1), NULL, 10);
  g_assert_not_reached ();
}

static void
test_preview_and_take_in (void)
{
  GtStore *store = gt_test_ui_store ();
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autofree char *filled = NULL;
  g_autofree char *dropped = NULL;
  g_autoptr(GtTemplateSet) set = NULL;
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[3];
  GtkWidget *page;
  GtkWindow *dialog;
  gint64 project_id;

  set = gt_template_set_collect (store, YEAR, MONTH, GT_TEMPLATE_BY_UNIT, 25, &error);
  g_assert_no_error (error);
  written = gt_template_set_write (set, out, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (written->len, >, 1);
  filled = copy_file (g_ptr_array_index (written, 0), dir, "回执.xlsx");
  dropped = copy_file (g_ptr_array_index (written, 1), dir, "无隐藏表.xlsx");
  gt_test_return_set_cell (filled, "F4", "12.5", TRUE);
  gt_test_return_set_cell (filled, "G4", "60", TRUE);
  gt_test_return_set_cell (filled, "H4", "主体结构封顶", FALSE);
  gt_test_return_set_cell (filled, "I4", "配套道路用地未落实", FALSE);
  gt_test_return_set_cell (filled, "C4", "1", TRUE);
  gt_test_return_drop_hidden (dropped);

  gt_window_show_page (gt_test_ui_window (), "reports");
  gt_test_ui_settle (100);
  page = gt_window_get_page (gt_test_ui_window (), "reports");
  g_assert_true (GT_IS_REPORTS_VIEW (page));
  g_assert_nonnull (gt_test_ui_find_widget (page, gt_test_ui_is_button_labelled,
                                            _("Import Returns…")));
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "returns-button.png");
  g_assert_true (gtk_widget_activate_action (page, "view.import-returns", NULL));
  gt_test_ui_settle (200);
  dialog = gt_test_ui_find_window (GT_TYPE_RETURNS_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpuint (gt_returns_dialog_get_n_files (GT_RETURNS_DIALOG (dialog)), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (button_of (dialog, _("C_lear"))));
  g_assert_false (gtk_widget_get_sensitive (button_of (dialog, _("_Take In"))));
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "returns-empty.png");
  /* Asked again, the same dialog comes forward. */
  g_assert_true (gtk_widget_activate_action (page, "view.import-returns", NULL));
  gt_test_ui_settle (100);
  g_assert_true (gt_returns_dialog_present (store, GTK_WINDOW (gt_test_ui_window ()), NULL)
                 == GT_RETURNS_DIALOG (dialog));

  paths[0] = filled;
  paths[1] = dropped;
  paths[2] = NULL;
  gt_returns_dialog_add_paths (GT_RETURNS_DIALOG (dialog), paths);
  gt_test_ui_settle (200);
  g_assert_cmpuint (gt_returns_dialog_get_n_files (GT_RETURNS_DIALOG (dialog)), ==, 2);
  g_assert_cmpuint (gt_returns_dialog_get_n_ready (GT_RETURNS_DIALOG (dialog)), ==, 1);
  /* The refused file by its name; the filled one by its unit. */
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_group_titled,
                                            "无隐藏表.xlsx"));
  g_assert_true (gtk_widget_get_sensitive (button_of (dialog, _("_Take In"))));
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "returns-preview.png");

  project_id = first_project (filled);
  g_assert_cmpint (completed_of (store, project_id), !=, 125000);

  g_assert_cmpuint (gt_returns_dialog_apply (GT_RETURNS_DIALOG (dialog)), ==, 1);
  gt_test_ui_settle (200);
  g_assert_cmpuint (gt_returns_dialog_get_n_ready (GT_RETURNS_DIALOG (dialog)), ==, 0);
  /* Nothing left to take in: Take In is off until another file comes. */
  g_assert_false (gtk_widget_get_sensitive (button_of (dialog, _("_Take In"))));
  g_assert_true (gt_store_can_undo (store));
  g_assert_nonnull (strstr (gt_store_get_undo_label (store), "“"));
  g_assert_cmpint (completed_of (store, project_id), ==, 125000);
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "returns-taken.png");

  gtk_window_destroy (dialog);
  gt_test_remove_tree (dir);
}

static void
add_tests (void)
{
  g_test_add_func ("/returns-ui/preview-and-take-in", test_preview_and_take_in);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
