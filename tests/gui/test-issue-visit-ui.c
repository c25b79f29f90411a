/* test-issue-visit-ui.c: the issue editor says which site visit an issue was
 * assigned on (来自现场活动: the visit's date, leader and kind) and opens it;
 * an issue raised otherwise, a new one, and one whose visit was deleted show
 * no such row.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-issue-editor.h"
#include "gt-issue-visit-row.h"
#include "gt-store-visit-lookup.h"
#include "gt-store-visits.h"
#include "gt-test-ui.h"
#include "gt-visit-editor.h"

static GtStore *
store (void)
{
  return gt_test_ui_store ();
}

/* A working visit of the first project's leader on 2026-11-10, with one
 * issue assigned on the spot; returns the visit, @issue_id that issue's id. */
static GtVisit *
add_visit (gint64 *issue_id)
{
  g_autoptr(GtProject) project = g_list_model_get_item (gt_store_get_projects (store ()), 0);
  g_autoptr(GPtrArray) issues = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GtVisit *visit = gt_visit_new ();
  GtIssue *issue = gt_issue_new ();
  GDate on;

  g_date_clear (&on, 1);
  g_date_set_dmy (&on, 10, 11, 2026);
  gt_visit_set_leader_id (visit, gt_project_get_leader_id (project));
  gt_visit_set_visited_on (visit, &on);
  gt_visit_set_kind (visit, GT_VISIT_ON_SITE);
  gt_visit_set_decisions (visit, "三天内完成管线迁改方案");
  gt_visit_add_project_id (visit, gt_project_get_id (project));
  gt_issue_set_project_id (issue, gt_project_get_id (project));
  gt_issue_set_description (issue, "管线迁改滞后");
  g_ptr_array_add (issues, issue);
  g_assert_true (gt_store_add_visit (store (), visit, issues, &error));
  g_assert_no_error (error);
  *issue_id = gt_issue_get_id (issue);
  g_assert_cmpint (*issue_id, >, 0);
  return visit;
}

static GtkWidget *
visit_row_of (GtIssueEditor *editor)
{
  return gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_row_titled,
                                 _("From Site Visit"));
}

static GtIssueEditor *
open_editor (gint64 issue_id)
{
  GtIssue *issue = gt_store_lookup_issue (store (), issue_id);
  GtIssueEditor *editor;

  g_assert_nonnull (issue);
  editor = gt_issue_editor_new (GTK_WINDOW (gt_test_ui_window ()), store (), issue);
  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (200);
  return editor;
}

static void
test_row_and_open (void)
{
  gint64 issue_id = 0;
  g_autoptr(GtVisit) visit = add_visit (&issue_id);
  GtLeader *leader = gt_store_lookup_leader (store (), gt_visit_get_leader_id (visit));
  g_autofree char *date = gt_format_date (gt_visit_get_visited_on (visit));
  g_autoptr(GError) error = NULL;
  GtIssueEditor *editor;
  GtkWidget *row, *button;
  GtkWindow *visit_editor;
  const char *subtitle;

  g_assert_cmpint (gt_store_get_issue_visit_id (store (), issue_id, &error), ==,
                   gt_visit_get_id (visit));
  g_assert_no_error (error);

  editor = open_editor (issue_id);
  row = visit_row_of (editor);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_visible (row));
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  g_assert_nonnull (strstr (subtitle, date));
  g_assert_nonnull (strstr (subtitle, gt_leader_get_name (leader)));
  g_assert_nonnull (strstr (subtitle, gt_visit_kind_get_label (GT_VISIT_ON_SITE)));
  gt_test_ui_save_screenshot (GTK_WIDGET (editor), "issue-visit-row");

  /* The button opens the visit, over the issue's editor. */
  button = gt_test_ui_find_widget (row, gt_test_ui_is_button_labelled, _("Open _Visit"));
  g_assert_nonnull (button);
  g_assert_null (gt_test_ui_find_window (GT_TYPE_VISIT_EDITOR));
  g_signal_emit_by_name (button, "clicked");
  gt_test_ui_settle (300);
  visit_editor = gt_test_ui_find_window (GT_TYPE_VISIT_EDITOR);
  g_assert_nonnull (visit_editor);
  g_assert_true (gtk_window_get_transient_for (visit_editor) == GTK_WINDOW (editor));
  gt_test_ui_save_screenshot (GTK_WIDGET (visit_editor), "issue-visit-opened");
  gtk_window_destroy (visit_editor);

  /* The visit edited meanwhile: the row reads its new day. */
  {
    g_autoptr(GtVisit) moved = gt_visit_copy (visit);
    g_autofree char *new_date = NULL;
    GDate on;

    g_date_clear (&on, 1);
    g_date_set_dmy (&on, 12, 11, 2026);
    gt_visit_set_visited_on (moved, &on);
    g_assert_true (gt_store_update_visit (store (), moved, NULL, &error));
    g_assert_no_error (error);
    gt_test_ui_settle (100);
    new_date = gt_format_date (&on);
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), new_date));
  }
  gtk_window_destroy (GTK_WINDOW (editor));
  gt_test_ui_settle (100);

  /* A visit deleted leaves its issue, from no visit now. */
  g_assert_true (gt_store_delete_visit (store (), gt_visit_get_id (visit), &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_store_get_issue_visit_id (store (), issue_id, &error), ==, 0);
  editor = open_editor (issue_id);
  g_assert_null (visit_row_of (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
  gt_test_ui_settle (100);
}

/* Issues raised otherwise, and new ones, have no such row. */
static void
test_no_row (void)
{
  GListModel *issues = gt_store_get_issues (store ());
  g_autoptr(GtIssue) other = NULL;
  g_autoptr(GError) error = NULL;
  GtIssueEditor *editor;

  for (guint i = 0; i < g_list_model_get_n_items (issues) && other == NULL; i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);

      if (gt_store_get_issue_visit_id (store (), gt_issue_get_id (issue), &error) == 0)
        other = g_steal_pointer (&issue);
      g_assert_no_error (error);
    }
  g_assert_nonnull (other);
  editor = open_editor (gt_issue_get_id (other));
  g_assert_null (visit_row_of (editor));
  gtk_window_destroy (GTK_WINDOW (editor));

  editor = gt_issue_editor_new (GTK_WINDOW (gt_test_ui_window ()), store (), NULL);
  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (100);
  g_assert_null (visit_row_of (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
  gt_test_ui_settle (100);
}

static void
add_tests (void)
{
  g_test_add_func ("/issue-visit-ui/row-and-open", test_row_and_open);
  g_test_add_func ("/issue-visit-ui/no-row", test_no_row);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
