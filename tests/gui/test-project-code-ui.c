/* test-project-code-ui.c: the project editor's word on a project code
 * (项目代码) of another shape than the national one: a warning beside the
 * field, and Save all the same.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-project-editor.h"
#include "gt-test-ui.h"
#include "gt-window.h"

static gboolean
is_visible_warning (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
         && gtk_widget_has_css_class (widget, "warning");
}

static gboolean
is_visible_warning_icon (GtkWidget     *widget,
                         gconstpointer  data)
{
  return GTK_IS_IMAGE (widget) && gtk_widget_get_visible (widget)
         && gtk_widget_has_css_class (widget, "warning");
}

static GtkWidget *
type_code (GtkWidget  *row,
           GtkWidget  *editor,
           const char *code)
{
  gtk_editable_set_text (GTK_EDITABLE (row), code);
  gt_test_ui_settle (50);
  return gt_test_ui_find_widget (editor, is_visible_warning, NULL);
}

static void
test_code_warning (void)
{
  GtStore *store = gt_window_get_store (gt_test_ui_window ());
  g_autoptr(GtProject) project = g_list_model_get_item (gt_store_get_projects (store), 0);
  gint64 id = gt_project_get_id (project);
  GtkWidget *editor, *row, *save, *warning;

  editor = GTK_WIDGET (gt_project_editor_new (GTK_WINDOW (gt_test_ui_window ()), store,
                                              project));
  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (300);
  row = gt_test_ui_find_widget (editor, gt_test_ui_is_row_titled, _("Pro_ject code"));
  save = gt_test_ui_find_widget (editor, gt_test_ui_is_button_labelled, _("Save"));
  g_assert_nonnull (row);
  g_assert_nonnull (save);

  /* The demo's codes are national: nothing to say. */
  g_assert_null (gt_test_ui_find_widget (editor, is_visible_warning, NULL));
  g_assert_null (gt_test_ui_find_widget (editor, is_visible_warning_icon, NULL));

  /* An older code: said, with its year; Save stays. */
  warning = type_code (row, editor, "2019-330106-47-03-012345");
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (warning)), "2019"));
  g_assert_nonnull (gt_test_ui_find_widget (editor, is_visible_warning_icon, NULL));
  g_assert_true (gtk_widget_is_sensitive (save));

  /* Typed full-width in WPS, a national code is fine. */
  g_assert_null (type_code (row, editor, "２３０４－４１１６２１－０４－０１－１２３４５６"));
  g_assert_null (gt_test_ui_find_widget (editor, is_visible_warning_icon, NULL));

  /* A county's own numbering: said, and saved as it is. */
  warning = type_code (row, editor, "XM-2023-015");
  g_assert_nonnull (warning);
  gtk_window_set_default_size (GTK_WINDOW (editor), 640, 700);
  gt_test_ui_settle (100);
  gt_test_ui_save_screenshot (editor, "project-code-warning.png");
  g_assert_true (gtk_widget_is_sensitive (save));
  gtk_widget_activate_action (editor, "editor.save", NULL);
  gt_test_ui_settle (300);
  g_assert_cmpstr (gt_project_get_code (gt_store_lookup_project (store, id)), ==, "XM-2023-015");
  if (gt_test_ui_find_window (GT_TYPE_PROJECT_EDITOR) != NULL)
    gtk_window_destroy (GTK_WINDOW (gt_test_ui_find_window (GT_TYPE_PROJECT_EDITOR)));
  gt_test_ui_settle (100);
}

static void
add_tests (void)
{
  g_test_add_func ("/project-code-ui/warning", test_code_warning);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
