/* test-templates-ui.c: Monthly Reports → Report Templates… (报送模板) on the demo
 * register: the dialog opens on the page's month, the folder chooser takes a
 * folder, and the templates are written there, one per unit, in a thread;
 * the toast offers Open Folder.
 *
 * Runs under Xvfb. With GUATU_SCREENSHOT_DIR set, saves a PNG of the dialog.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "gt-report-sheet.h"
#include "gt-report-template.h"
#include "gt-reports-view.h"
#include "gt-test-ui.h"
#include "gt-test-util.h"

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    n += g_str_has_suffix (name, ".xlsx");
  return n;
}

static void
test_write_templates (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autoptr(GtTemplateSet) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  GtkWidget *page, *spin;
  GtkWindow *dialog, *chooser;
  guint n_expected;

  gt_window_show_page (gt_test_ui_window (), "reports");
  gt_test_ui_settle (100);
  page = gt_window_get_page (gt_test_ui_window (), "reports");
  g_assert_true (GT_IS_REPORTS_VIEW (page));

  g_assert_true (gtk_widget_activate_action (page, "view.export-templates", NULL));
  gt_test_ui_settle (200);
  dialog = gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  /* The page's month first, in the demo's year. */
  spin = gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_of_type,
                                 GSIZE_TO_POINTER (GTK_TYPE_SPIN_BUTTON));
  g_assert_nonnull (spin);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 2026);
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "templates-dialog");
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_row_titled,
                                            "Deadline Day"));

  /* As its button does: the response, then the dialog closes. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "choose");
  gtk_window_close (dialog);
  gt_test_ui_settle (300);
  chooser = gt_test_ui_find_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder,
                                                      &error));
  g_assert_no_error (error);
  gt_test_ui_settle (200);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS

  /* As many as units with projects, whatever the month. */
  expected = gt_template_set_collect (gt_test_ui_store (), 2026, 10, GT_TEMPLATE_BY_UNIT,
                                      25, &error);
  g_assert_no_error (error);
  n_expected = gt_template_set_get_n_groups (expected);
  g_assert_cmpuint (n_expected, >, 1);
  for (int i = 0; i < 100 && count_files (dir) < n_expected; i++)
    gt_test_ui_settle (100);
  gt_test_ui_settle (300);
  g_assert_cmpuint (count_files (dir), ==, n_expected);
  /* The progress dialog has gone. */
  dialog = gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  if (dialog != NULL)
    g_test_message ("left open: %s", adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_null (dialog);
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "templates-toast");

  gt_test_remove_tree (dir);
}

static void
add_tests (void)
{
  g_test_add_func ("/templates-ui/write", test_write_templates);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
