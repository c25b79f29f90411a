/* test-formality-list-ui.c: the project editor's approvals (审批手续): the
 * category's list made with one click and planned backwards from the planned
 * start, a state chosen in place and saved at once with today as the day
 * given, an approval deleted.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-formality-editor.h"
#include "gt-formality-list.h"
#include "gt-project-editor.h"
#include "gt-test-ui.h"
#include "gt-window.h"

static gboolean
is_drop_down (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_DROP_DOWN (widget);
}

static gboolean
is_trash (GtkWidget     *widget,
          gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), _("Delete Approval")) == 0;
}

static void
test_make_and_give (void)
{
  GtStore *store = gt_window_get_store (gt_test_ui_window ());
  g_autoptr(GtProject) project = NULL;
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *editor, *list, *make, *drop_down;
  GDate today;
  gint64 id = 0;

  /* A project with a planned start. */
  for (guint i = 0; id == 0; i++)
    {
      g_autoptr(GtProject) each = g_list_model_get_item (gt_store_get_projects (store), i);

      g_assert_nonnull (each);
      if (gt_project_get_planned_start (each) != NULL)
        id = gt_project_get_id (each);
    }
  /* Without the approvals the demo gave it. */
  {
    g_autoptr(GPtrArray) none = g_ptr_array_new ();

    g_assert_true (gt_store_replace_formalities (store, id, none, &error));
    g_assert_no_error (error);
  }
  project = g_object_ref (gt_store_lookup_project (store, id));
  editor = GTK_WIDGET (gt_project_editor_new (GTK_WINDOW (gt_test_ui_window ()), store,
                                              project));
  gtk_window_set_default_size (GTK_WINDOW (editor), 720, 900);
  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (300);

  list = gt_test_ui_find_widget (editor, gt_test_ui_is_of_type,
                                 GSIZE_TO_POINTER (GT_TYPE_FORMALITY_LIST));
  g_assert_nonnull (list);
  g_assert_cmpuint (gt_formality_list_get_n_items (GT_FORMALITY_LIST (list)), ==, 0);
  make = gt_test_ui_find_widget (list, gt_test_ui_is_button_labelled, _("_Make the List…"));
  g_assert_nonnull (make);
  g_signal_emit_by_name (make, "clicked");
  gt_test_ui_settle (200);

  /* The built-in eight, the last due the day before the planned start. */
  g_assert_cmpuint (gt_formality_list_get_n_items (GT_FORMALITY_LIST (list)), ==, 8);
  saved = gt_store_list_formalities (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (saved->len, ==, 8);
  {
    GDate eve = *gt_project_get_planned_start (project);

    g_date_subtract_days (&eve, 1);
    g_assert_cmpint (g_date_compare (gt_formality_get_planned_on (saved->pdata[7]), &eve), ==,
                     0);
  }

  /* The first given: saved at once, dated today. */
  drop_down = gt_test_ui_find_widget (list, is_drop_down, NULL);
  g_assert_nonnull (drop_down);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), GT_FORMALITY_DONE);
  gt_test_ui_settle (200);
  g_clear_pointer (&saved, g_ptr_array_unref);
  saved = gt_store_list_formalities (store, id, &error);
  g_assert_cmpint (gt_formality_get_state (saved->pdata[0]), ==, GT_FORMALITY_DONE);
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  g_assert_nonnull (gt_formality_get_actual_on (saved->pdata[0]));
  g_assert_cmpint (g_date_compare (gt_formality_get_actual_on (saved->pdata[0]), &today), ==, 0);
  gt_test_ui_save_screenshot (list, "formality-list.png");

  /* The last deleted. */
  {
    GtkWidget *trash = NULL;
    GtkWidget *child;

    /* The trash of the last row: the last one found walking the rows. */
    for (child = gt_test_ui_find_widget (list, is_trash, NULL); child != NULL;)
      {
        trash = child;
        gtk_widget_set_tooltip_text (child, "seen");
        child = gt_test_ui_find_widget (list, is_trash, NULL);
      }
    g_assert_nonnull (trash);
    g_signal_emit_by_name (trash, "clicked");
    gt_test_ui_settle (200);
  }
  g_assert_cmpuint (gt_formality_list_get_n_items (GT_FORMALITY_LIST (list)), ==, 7);
  g_clear_pointer (&saved, g_ptr_array_unref);
  saved = gt_store_list_formalities (store, id, &error);
  g_assert_cmpuint (saved->len, ==, 7);

  /* One edited in its own editor: the day given, a department, a note. */
  {
    /* The rows were made again: the first approval's. */
    GtkWidget *row = gt_test_ui_find_widget (list, gt_test_ui_is_of_type,
                                             GSIZE_TO_POINTER (ADW_TYPE_ACTION_ROW));
    GtFormalityEditor *one;
    GtkWidget *save;
    GDate given;

    g_assert_nonnull (row);
    g_signal_emit_by_name (row, "activated");
    gt_test_ui_settle (200);
    one = GT_FORMALITY_EDITOR (gt_test_ui_find_window (GT_TYPE_FORMALITY_EDITOR));
    g_assert_nonnull (one);
    g_date_clear (&given, 1);
    g_date_set_dmy (&given, 3, G_DATE_MARCH, 2026);
    gt_formality_editor_fill (one, "立项备案", 0, &given, GT_FORMALITY_DONE, "发改备〔2026〕8号");
    gt_test_ui_save_screenshot (GTK_WIDGET (one), "formality-editor.png");
    save = gt_test_ui_find_widget (GTK_WIDGET (one), gt_test_ui_is_button_labelled, _("Save"));
    g_assert_nonnull (save);
    gtk_widget_activate_action (GTK_WIDGET (one), "editor.save", NULL);
    gt_test_ui_settle (200);
    g_clear_pointer (&saved, g_ptr_array_unref);
    saved = gt_store_list_formalities (store, id, &error);
    g_assert_cmpstr (gt_formality_get_kind (saved->pdata[0]), ==, "立项备案");
    g_assert_cmpstr (gt_formality_get_note (saved->pdata[0]), ==, "发改备〔2026〕8号");
    g_assert_cmpint (gt_formality_get_approver_unit_id (saved->pdata[0]), ==, 0);
    g_assert_cmpint (g_date_compare (gt_formality_get_actual_on (saved->pdata[0]), &given), ==,
                     0);
    g_assert_cmpuint (gt_formality_list_get_n_items (GT_FORMALITY_LIST (list)), ==, 7);
  }

  gtk_window_destroy (GTK_WINDOW (editor));
  gt_test_ui_settle (100);
}

static void
add_tests (void)
{
  g_test_add_func ("/formality-list-ui/make-and-give", test_make_and_give);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
