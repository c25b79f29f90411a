/* test-formalities-window-ui.c: 手续办理 from the window's menu: the approvals
 * still to be given, a group per approving department, one department chosen,
 * and the list following an approval given in the register.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-formalities-window.h"
#include "gt-store-formalities.h"
#include "gt-test-ui.h"
#include "gt-window.h"

static void
test_by_department (void)
{
  GtStore *store = gt_window_get_store (gt_test_ui_window ());
  GListModel *projects = gt_store_get_projects (store);
  g_autoptr(GtFormalityTemplate) tmpl =
    gt_formality_template_parse ("用地规划许可|自然资源局|20;环评批复|生态环境局|30;"
                                 "施工许可|住建局|7", NULL);
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GError) error = NULL;
  GtFormalitiesWindow *window;
  gint64 ids[2] = { 0, 0 };
  gint64 planning;
  guint found = 0;

  /* The demo's own approvals taken away first: the window then lists only
   * what this test gives. */
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      g_assert_true (gt_store_replace_formalities (store, gt_project_get_id (project), none,
                                                   &error));
      g_assert_no_error (error);
    }

  /* Two projects with planned starts get the three approvals. */
  for (guint i = 0; found < 2; i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      g_assert_nonnull (project);
      if (gt_project_get_planned_start (project) == NULL)
        continue;
      g_assert_true (gt_store_apply_formality_template (store, project, tmpl, &error));
      g_assert_no_error (error);
      ids[found++] = gt_project_get_id (project);
    }
  first = gt_store_list_formalities (store, ids[0], &error);
  planning = gt_formality_get_approver_unit_id (first->pdata[0]);
  g_assert_cmpint (planning, >, 0);

  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.formalities", NULL);
  gt_test_ui_settle (300);
  window = GT_FORMALITIES_WINDOW (gt_test_ui_find_window (GT_TYPE_FORMALITIES_WINDOW));
  g_assert_nonnull (window);
  g_assert_cmpuint (gt_formalities_window_get_n_items (window), ==, 6);
  g_assert_cmpuint (gt_formalities_window_get_n_groups (window), ==, 3);
  gt_test_ui_save_screenshot (GTK_WIDGET (window), "formalities-window.png");

  /* One department: what 自然资源局 must approve. */
  gt_formalities_window_set_unit (window, planning);
  gt_test_ui_settle (100);
  g_assert_cmpuint (gt_formalities_window_get_n_items (window), ==, 2);
  g_assert_cmpuint (gt_formalities_window_get_n_groups (window), ==, 1);

  /* Given in the register: off the list at once. */
  gt_formality_set_state (first->pdata[0], GT_FORMALITY_DONE);
  g_assert_true (gt_store_update_formality (store, first->pdata[0], &error));
  g_assert_no_error (error);
  gt_test_ui_settle (100);
  g_assert_cmpuint (gt_formalities_window_get_n_items (window), ==, 1);

  gt_formalities_window_set_unit (window, 0);
  gt_test_ui_settle (100);
  g_assert_cmpuint (gt_formalities_window_get_n_items (window), ==, 5);
  gtk_window_destroy (GTK_WINDOW (window));
  gt_test_ui_settle (100);

  /* True to the month: one given on 2023年6月15日 was still in hand at the
   * close of May, and given by the close of June. */
  {
    g_autoptr(GDate) given = g_date_new_dmy (15, G_DATE_JUNE, 2023);
    GtAsOf may, june;

    gt_formality_set_state (first->pdata[1], GT_FORMALITY_DONE);
    gt_formality_set_actual_on (first->pdata[1], given);
    g_assert_true (gt_store_update_formality (store, first->pdata[1], &error));
    g_assert_no_error (error);
    gt_as_of_set (&may, 2023, 5);
    gt_as_of_set (&june, 2023, 6);
    window = gt_formalities_window_new (NULL, store, &may);
    gtk_window_present (GTK_WINDOW (window));
    gt_test_ui_settle (100);
    g_assert_cmpuint (gt_formalities_window_get_n_items (window), ==, 5);
    {
      GtkWidget *title = gt_test_ui_find_widget (GTK_WIDGET (window), gt_test_ui_is_of_type,
                                                 GSIZE_TO_POINTER (ADW_TYPE_WINDOW_TITLE));
      g_autofree char *day = gt_format_date (&may.day);
      g_autofree char *expected = g_strdup_printf (_("Data as of %s"), day);

      g_assert_nonnull (title);
      g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)), ==, expected);
    }
    gtk_window_destroy (GTK_WINDOW (window));
    window = gt_formalities_window_new (NULL, store, &june);
    gtk_window_present (GTK_WINDOW (window));
    gt_test_ui_settle (100);
    g_assert_cmpuint (gt_formalities_window_get_n_items (window), ==, 4);
    gtk_window_destroy (GTK_WINDOW (window));
    gt_test_ui_settle (100);
  }
}

static void
add_tests (void)
{
  g_test_add_func ("/formalities-window-ui/by-department", test_by_department);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
