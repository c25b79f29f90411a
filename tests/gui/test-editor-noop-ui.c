/* test-editor-noop-ui.c: an editor saved without a change leaves no undo step.
 * Each editor (project, issue, leader, unit) opened on a row and saved as it
 * is closes, and Undo still takes back what it did before; an issue raised
 * (督办) in its editor and then saved is one Ctrl+Z, not two.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "gt-escalation-steps.h"
#include "gt-issue-editor.h"
#include "gt-leader-editor.h"
#include "gt-project-editor.h"
#include "gt-store-escalation.h"
#include "gt-test-ui.h"
#include "gt-unit-editor.h"
#include "gt-window.h"

static GtkWindow *
parent (void)
{
  return GTK_WINDOW (gt_test_ui_window ());
}

/* Presents @editor, presses Save and checks that it closed. */
static void
save (GtkWindow *editor)
{
  gtk_window_present (editor);
  gt_test_ui_settle (300);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  gt_test_ui_settle (300);
  g_assert_null (editor);
}

static void
save_unchanged (GtkWindow *editor)
{
  GtStore *store = gt_test_ui_store ();
  g_autofree char *label = g_strdup (gt_store_get_undo_label (store));
  gboolean can_undo = gt_store_can_undo (store);

  save (editor);
  g_assert_cmpint (gt_store_can_undo (store), ==, can_undo);
  g_assert_cmpstr (gt_store_get_undo_label (store), ==, label);
}

static void
test_unchanged (void)
{
  GtStore *store = gt_test_ui_store ();
  g_autoptr(GtProject) project = g_list_model_get_item (gt_store_get_projects (store), 0);
  g_autoptr(GtIssue) issue = NULL;
  g_autoptr(GtLeader) leader = g_list_model_get_item (gt_store_get_leaders (store), 0);
  g_autoptr(GtUnit) unit = g_list_model_get_item (gt_store_get_units (store), 0);

  save_unchanged (GTK_WINDOW (gt_project_editor_new (parent (), store, project)));
  issue = g_list_model_get_item (gt_store_get_issues (store), 0);
  save_unchanged (GTK_WINDOW (gt_issue_editor_new (parent (), store, issue)));
  save_unchanged (GTK_WINDOW (gt_leader_editor_new (parent (), store, leader)));
  save_unchanged (GTK_WINDOW (gt_unit_editor_new (parent (), store, unit)));
}

static gboolean
is_steps (GtkWidget     *widget,
          gconstpointer  data)
{
  return GT_IS_ESCALATION_STEPS (widget);
}

static GtEscalationLevel
level_of (gint64 issue_id)
{
  g_autoptr(GError) error = NULL;
  GtEscalationLevel level = GT_N_ESCALATION_LEVELS;

  g_assert_true (gt_store_get_escalation_level (gt_test_ui_store (), issue_id, &level, &error));
  g_assert_no_error (error);
  return level;
}

/* An issue under supervision that can still be raised to listed (挂牌督办). */
static GtIssue *
issue_to_raise (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) levels = gt_store_list_escalation_levels (gt_test_ui_store (), &error);
  GHashTableIter iter;
  gpointer key;

  g_assert_no_error (error);
  g_hash_table_iter_init (&iter, levels);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (level_of (*(gint64 *) key) < GT_ESCALATION_LISTED)
        return gt_store_lookup_issue (gt_test_ui_store (), *(gint64 *) key);
    }
  g_assert_not_reached ();
}

/* Raised in the editor, then saved as it is: one undo takes the level back
 * and leaves the stack as it was before the editor opened. */
static void
test_raised_then_saved (void)
{
  GtStore *store = gt_test_ui_store ();
  GtIssue *issue = issue_to_raise ();
  gint64 id = gt_issue_get_id (issue);
  GtEscalationLevel level = level_of (id);
  GtIssueEditor *editor = gt_issue_editor_new (parent (), store, issue);
  g_autofree char *label = g_strdup (gt_store_get_undo_label (store));
  g_autofree char *raised = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *steps;

  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (300);
  steps = gt_test_ui_find_widget (GTK_WIDGET (editor), is_steps, NULL);
  g_assert_nonnull (steps);
  g_assert_true (gt_escalation_steps_raise (GT_ESCALATION_STEPS (steps), GT_ESCALATION_LISTED,
                                            "县长批示挂牌督办", &error));
  g_assert_no_error (error);
  gt_test_ui_settle (100);
  g_assert_cmpint (level_of (id), ==, GT_ESCALATION_LISTED);
  raised = g_strdup (gt_store_get_undo_label (store));
  g_assert_cmpstr (raised, !=, label);

  save (GTK_WINDOW (editor));
  g_assert_cmpstr (gt_store_get_undo_label (store), ==, raised);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.undo",
                                             NULL));
  gt_test_ui_settle (300);
  g_assert_cmpint (level_of (id), ==, level);
  g_assert_cmpstr (gt_store_get_undo_label (store), ==, label);
}

static void
add_tests (void)
{
  g_test_add_func ("/editor-noop-ui/unchanged", test_unchanged);
  g_test_add_func ("/editor-noop-ui/raised-then-saved", test_raised_then_saved);
}

int
main (int argc, char **argv)
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
