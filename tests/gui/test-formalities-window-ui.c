/* test-formalities-window-ui.c: 手续办理 from the window's menu: the approvals
 * still to be given, a group per approving department, one department chosen,
 * and the list following an approval given in the register.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

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
