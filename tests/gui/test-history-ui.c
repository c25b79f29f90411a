/* test-history-ui.c: a project's change history (变更记录) in its editor.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "gt-project-editor.h"
#include "gt-project-history.h"
#include "gt-test-ui.h"
#include "gt-window.h"

static gboolean
is_row_containing (GtkWidget     *widget,
                   gconstpointer  text)
{
  return ADW_IS_ACTION_ROW (widget) &&
         strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), text) != NULL;
}

/* A rename made elsewhere shows in the editor, old and new, newest first. */
static void
test_editor_shows_history (void)
{
  GtStore *store = gt_test_ui_store ();
  g_autoptr(GtProject) project = g_list_model_get_item (gt_store_get_projects (store), 4);
  g_autoptr(GtProject) edited = gt_project_copy (project);
  g_autoptr(GError) error = NULL;
  g_autofree char *old_name = g_strdup (gt_project_get_name (project));
  GtProjectEditor *editor;
  GtkWidget *history, *row;

  gt_store_set_desk_name (store, "综合科");
  gt_project_set_name (edited, "改名后的项目");
  g_assert_true (gt_store_update_project (store, edited, &error));
  g_assert_no_error (error);

  editor = gt_project_editor_new (GTK_WINDOW (gt_test_ui_window ()), store, project);
  gtk_window_set_default_size (GTK_WINDOW (editor), 720, 900);
  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (400);

  history = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_of_type,
                                    GSIZE_TO_POINTER (GT_TYPE_PROJECT_HISTORY));
  g_assert_nonnull (history);
  row = gt_test_ui_find_widget (history, is_row_containing, "改名后的项目");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), old_name));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "综合科"));
  {
    GtkWidget *scrolled = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_of_type,
                                                  GSIZE_TO_POINTER (GTK_TYPE_SCROLLED_WINDOW));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    gt_test_ui_settle (300);
  }
  gt_test_ui_save_screenshot (GTK_WIDGET (editor), "project-history");

  gtk_window_destroy (GTK_WINDOW (editor));
  gt_test_ui_settle (100);
}

static void
add_tests (void)
{
  g_test_add_func ("/history-ui/editor", test_editor_shows_history);
}

int
main (int    argc,
      char **argv)
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
