/* test-people-ui.c: the Leaders and Issues pages and their editors, driven as a
 * person would, on the demo register.
 *
 * Runs under Xvfb (build-aux/test), in the C locale: widgets are found by their
 * English labels and titles.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "gt-choice-picker.h"
#include "gt-date-button.h"
#include "gt-issue-editor.h"
#include "gt-issues-view.h"
#include "gt-leader-editor.h"
#include "gt-test-ui.h"
#include "gt-window.h"

static gboolean
is_sidebar (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_has_css_class (widget, "navigation-sidebar");
}

static GtStore *
store (void)
{
  return gt_window_get_store (gt_test_ui_window ());
}

static GtkWidget *
page (const char *name)
{
  return gt_window_get_page (gt_test_ui_window (), name);
}

static void
select_in_sidebar (gpointer item)
{
  GtkWidget *list = gt_test_ui_find_widget (page ("leaders"), is_sidebar, NULL);
  GListModel *model;

  g_assert_nonnull (list);
  model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (model, i);

      if (row == item)
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), i);
          gt_test_ui_settle (100);
          return;
        }
    }
  g_assert_not_reached ();
}

static GtLeader *
find_leader (const char *name)
{
  GListModel *leaders = gt_store_get_leaders (store ());

  for (guint i = 0; i < g_list_model_get_n_items (leaders); i++)
    {
      g_autoptr(GtLeader) leader = g_list_model_get_item (leaders, i);

      if (g_str_equal (gt_leader_get_name (leader), name))
        return leader;
    }
  return NULL;
}

/* ---- tests ---------------------------------------------------------------- */

static void
test_sidebar_lists_leaders_and_units (void)
{
  GtkWidget *list;
  GListModel *rows;
  guint n_leaders = g_list_model_get_n_items (gt_store_get_leaders (store ()));
  guint n_units = g_list_model_get_n_items (gt_store_get_units (store ()));
  guint n_headings = 0, n_people = 0;

  gt_window_show_page (gt_test_ui_window (), "leaders");
  gt_test_ui_settle (300);
  list = gt_test_ui_find_widget (page ("leaders"), is_sidebar, NULL);
  g_assert_nonnull (list);
  rows = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (GTK_IS_STRING_OBJECT (row))
        n_headings++;
      else
        n_people++;
    }

  /* Every leader and unit once, under headings: leaders and at least one kind
   * of unit in the demo. */
  g_assert_cmpuint (n_people, ==, n_leaders + n_units);
  g_assert_cmpuint (n_headings, >=, 2);
  g_assert_cmpuint (n_headings, <=, 4);
  {
    g_autoptr(GObject) first = g_list_model_get_item (rows, 0);

    g_assert_true (GTK_IS_STRING_OBJECT (first));
  }
}

static void
test_leader_editor_validates_and_saves (void)
{
  guint before = g_list_model_get_n_items (gt_store_get_leaders (store ()));
  GtkWindow *editor;
  GtkWidget *save, *name;

  gt_window_show_page (gt_test_ui_window (), "leaders");
  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.new", NULL);
  gt_test_ui_settle (300);
  editor = gt_test_ui_find_window (GT_TYPE_LEADER_EDITOR);
  g_assert_nonnull (editor);

  save = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_button_labelled, _("Save"));
  g_assert_nonnull (save);
  g_assert_false (gtk_widget_is_sensitive (save));

  name = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_row_titled, C_("person", "Name"));
  g_assert_nonnull (name);
  gtk_editable_set_text (GTK_EDITABLE (name), "   ");
  gt_test_ui_settle (50);
  /* Spaces are no name: marked in place, and nothing may be saved. */
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (gtk_widget_has_css_class (name, "error"));

  gtk_editable_set_text (GTK_EDITABLE (name), "界面测试领导");
  gt_test_ui_settle (50);
  g_assert_true (gtk_widget_is_sensitive (save));
  g_assert_false (gtk_widget_has_css_class (name, "error"));

  /* What Ctrl+S does. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  gt_test_ui_settle (300);
  g_assert_null (gt_test_ui_find_window (GT_TYPE_LEADER_EDITOR));
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_leaders (store ())), ==, before + 1);
  g_assert_nonnull (find_leader ("界面测试领导"));
}

static void
test_cancel_saves_nothing (void)
{
  guint before = g_list_model_get_n_items (gt_store_get_leaders (store ()));
  GtkWindow *editor;
  GtkWidget *name;

  gtk_widget_activate_action (page ("leaders"), "view.new", NULL);
  gt_test_ui_settle (300);
  editor = gt_test_ui_find_window (GT_TYPE_LEADER_EDITOR);
  g_assert_nonnull (editor);
  name = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_row_titled, C_("person", "Name"));
  gtk_editable_set_text (GTK_EDITABLE (name), "不应保存的领导");

  /* What Escape does. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  gt_test_ui_settle (200);
  g_assert_null (gt_test_ui_find_window (GT_TYPE_LEADER_EDITOR));
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_leaders (store ())), ==, before);
}

static void
test_delete_leader_and_undo (void)
{
  GListModel *leaders = gt_store_get_leaders (store ());
  guint before = g_list_model_get_n_items (leaders);
  GtLeader *leader = find_leader ("界面测试领导");

  g_assert_nonnull (leader);
  select_in_sidebar (leader);
  gtk_widget_activate_action (page ("leaders"), "view.delete", NULL);
  gt_test_ui_settle (200);
  g_assert_cmpuint (g_list_model_get_n_items (leaders), ==, before - 1);
  g_assert_null (find_leader ("界面测试领导"));

  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.undo", NULL);
  gt_test_ui_settle (200);
  g_assert_cmpuint (g_list_model_get_n_items (leaders), ==, before);
  g_assert_nonnull (find_leader ("界面测试领导"));
}

static void
test_leader_in_use_is_kept (void)
{
  GListModel *leaders = gt_store_get_leaders (store ());
  guint before = g_list_model_get_n_items (leaders);
  g_autoptr(GtProject) project = g_list_model_get_item (gt_store_get_projects (store ()), 0);
  GtLeader *busy = gt_store_lookup_leader (store (), gt_project_get_leader_id (project));
  GtkWindow *dialog;

  g_assert_nonnull (busy);
  select_in_sidebar (busy);
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "leader-portfolio.png");
  gtk_widget_activate_action (page ("leaders"), "view.delete", NULL);
  gt_test_ui_settle (300);

  /* A leader with projects stays, and a dialog says why. */
  g_assert_cmpuint (g_list_model_get_n_items (leaders), ==, before);
  dialog = gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  gt_test_ui_settle (100);
}

static void
test_issue_through_its_steps (void)
{
  GtIssuesView *view = GT_ISSUES_VIEW (page ("issues"));
  GListModel *issues = gt_store_get_issues (store ());
  guint before = g_list_model_get_n_items (issues);
  g_autoptr(GDate) deadline = g_date_new_dmy (1, G_DATE_JANUARY, 2030);
  GtkWindow *editor;
  GtkWidget *save, *project, *description, *unit, *deadline_row;

  gt_window_show_page (gt_test_ui_window (), "issues");
  gt_test_ui_settle (300);
  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.new", NULL);
  gt_test_ui_settle (300);
  editor = gt_test_ui_find_window (GT_TYPE_ISSUE_EDITOR);
  g_assert_nonnull (editor);
  save = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_button_labelled, _("Save"));
  g_assert_false (gtk_widget_is_sensitive (save));

  project = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_of_type,
                                    GSIZE_TO_POINTER (GT_TYPE_CHOICE_PICKER));
  g_assert_nonnull (project);
  gt_choice_picker_set_selected (GT_CHOICE_PICKER (project), 0);
  description = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_row_titled, _("Description"));
  gtk_editable_set_text (GTK_EDITABLE (description), "界面测试问题描述");
  gt_test_ui_settle (50);
  g_assert_true (gtk_widget_is_sensitive (save));

  /* Assigning needs a unit (the project's is offered) and a deadline. */
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_button_labelled,
                                            _("_Assign…")));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.step-forward", NULL);
  gt_test_ui_settle (50);
  unit = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_row_titled, C_("issue", "Unit"));
  g_assert_true (gtk_widget_get_mapped (unit));
  g_assert_false (gtk_widget_is_sensitive (save));
  deadline_row = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_row_titled, _("Deadline"));
  gt_date_button_set_date (GT_DATE_BUTTON (adw_action_row_get_activatable_widget (
                             ADW_ACTION_ROW (deadline_row))), deadline);
  if (adw_combo_row_get_selected (ADW_COMBO_ROW (unit)) == 0)
    adw_combo_row_set_selected (ADW_COMBO_ROW (unit), 1);
  gt_test_ui_settle (50);
  g_assert_true (gtk_widget_is_sensitive (save));
  gt_test_ui_save_screenshot (GTK_WIDGET (editor), "issue-editor-assigned.png");

  /* Resolving needs a note; stepping back undoes the step. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.step-forward", NULL);
  gt_test_ui_settle (50);
  g_assert_false (gtk_widget_is_sensitive (save));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.step-back", NULL);
  gt_test_ui_settle (50);
  g_assert_true (gtk_widget_is_sensitive (save));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  gt_test_ui_settle (300);
  g_assert_null (gt_test_ui_find_window (GT_TYPE_ISSUE_EDITOR));
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, before + 1);
  {
    g_autoptr(GtIssue) added = g_list_model_get_item (issues, before);

    g_assert_cmpstr (gt_issue_get_description (added), ==, "界面测试问题描述");
    g_assert_cmpint (gt_issue_get_status (added), ==, GT_ISSUE_STATUS_ASSIGNED);
    g_assert_cmpint (gt_issue_get_unit_id (added), >, 0);
    g_assert_cmpint (g_date_compare (gt_issue_get_deadline (added), deadline), ==, 0);
  }

  gt_issues_view_set_search_text (view, "界面测试问题");
  g_assert_cmpuint (gt_issues_view_get_n_visible (view), ==, 1);
  g_assert_cmpstr (gt_issues_view_get_counts_text (view), ==,
                   "Found 1 issues: 0 resolved, 1 in hand, 0 overdue");
}

static void
test_delete_issue_and_undo (void)
{
  GtIssuesView *view = GT_ISSUES_VIEW (page ("issues"));
  GtkWidget *column_view = gt_test_ui_find_widget (GTK_WIDGET (view), gt_test_ui_is_of_type,
                                        GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW));
  GtkSelectionModel *selection;

  g_assert_nonnull (column_view);
  g_assert_cmpuint (gt_issues_view_get_n_visible (view), ==, 1);
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view));
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (selection), 0);
  gt_test_ui_settle (50);

  gtk_widget_activate_action (GTK_WIDGET (view), "view.delete", NULL);
  gt_test_ui_settle (200);
  g_assert_cmpuint (gt_issues_view_get_n_visible (view), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.undo", NULL);
  gt_test_ui_settle (200);
  g_assert_cmpuint (gt_issues_view_get_n_visible (view), ==, 1);
  gt_issues_view_set_search_text (view, "");
}

static void
test_counts_line_matches_the_store (void)
{
  GtIssuesView *view = GT_ISSUES_VIEW (page ("issues"));
  GListModel *issues = gt_store_get_issues (store ());
  guint n = g_list_model_get_n_items (issues);
  guint resolved = 0, in_hand = 0, overdue = 0;
  g_autofree char *expected = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);

      if (gt_issue_status_is_open (gt_issue_get_status (issue)))
        in_hand++;
      else
        resolved++;
      overdue += gt_issue_is_overdue (issue, &today);
    }

  gt_issues_view_set_search_text (view, "");
  g_assert_cmpuint (gt_issues_view_get_n_visible (view), ==, n);
  expected = g_strdup_printf ("Found %u issues: %u resolved, %u in hand, %u overdue",
                              n, resolved, in_hand, overdue);
  g_assert_cmpstr (gt_issues_view_get_counts_text (view), ==, expected);
  g_assert_cmpuint (resolved, >, 0);
  g_assert_cmpuint (in_hand, >, 0);
}

/* ---- driver --------------------------------------------------------------- */

static void
add_tests (void)
{
  g_test_add_func ("/people-ui/sidebar-lists-leaders-and-units",
                   test_sidebar_lists_leaders_and_units);
  g_test_add_func ("/people-ui/leader-editor-validates-and-saves",
                   test_leader_editor_validates_and_saves);
  g_test_add_func ("/people-ui/cancel-saves-nothing", test_cancel_saves_nothing);
  g_test_add_func ("/people-ui/delete-leader-and-undo", test_delete_leader_and_undo);
  g_test_add_func ("/people-ui/leader-in-use-is-kept", test_leader_in_use_is_kept);
  g_test_add_func ("/people-ui/issue-through-its-steps", test_issue_through_its_steps);
  g_test_add_func ("/people-ui/delete-issue-and-undo", test_delete_issue_and_undo);
  g_test_add_func ("/people-ui/counts-line-matches-the-store",
                   test_counts_line_matches_the_store);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
