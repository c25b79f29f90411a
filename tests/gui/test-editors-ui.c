/* test-editors-ui.c: every editor opened and closed as a clerk would — Esc at
 * once, and Esc after a change — with G_DEBUG=fatal-criticals (tests/meson.build)
 * so that a critical on the way out fails the test.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "gt-choice.h"
#include "gt-choice-picker.h"
#include "gt-date-button.h"
#include "gt-formality-editor.h"
#include "gt-issue-editor.h"
#include "gt-leader-editor.h"
#include "gt-milestone-editor.h"
#include "gt-project-editor.h"
#include "gt-store-formalities.h"
#include "gt-test-ui.h"
#include "gt-text-match.h"
#include "gt-unit-editor.h"
#include "gt-window.h"

static GtStore *
store (void)
{
  return gt_window_get_store (gt_test_ui_window ());
}

static GtkWindow *
parent (void)
{
  return GTK_WINDOW (gt_test_ui_window ());
}

static gboolean
is_entry_row (GtkWidget     *widget,
              gconstpointer  data)
{
  return ADW_IS_ENTRY_ROW (widget);
}

/* Types into the editor's first entry row, as a clerk would start. */
static void
change_something (GtkWindow *editor)
{
  GtkWidget *row = gt_test_ui_find_widget (GTK_WIDGET (editor), is_entry_row, NULL);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "改过的内容");
  gt_test_ui_settle (50);
}

static void
press_escape (GtkWindow *editor)
{
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  gt_test_ui_settle (200);
}

/* Opened and closed at once: no question, gone, nothing left behind. */
static void
check_closes_quietly (GtkWindow *editor,
                      GType      type,
                      gboolean   change)
{
  gtk_window_present (editor);
  gt_test_ui_settle (300);
  g_assert_nonnull (gt_test_ui_find_window (type));
  if (change)
    change_something (editor);
  press_escape (editor);
  g_assert_null (gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (gt_test_ui_find_window (type));
}

static void
test_project_editor_esc (void)
{
  g_autoptr(GtProject) project = g_list_model_get_item (gt_store_get_projects (store ()), 0);
  guint n = g_list_model_get_n_items (gt_store_get_projects (store ()));

  /* An existing project, a new one (Ctrl+N) and the last one, whose choices are
   * likelier to be at the ends of their lists. */
  check_closes_quietly (GTK_WINDOW (gt_project_editor_new (parent (), store (), project)),
                        GT_TYPE_PROJECT_EDITOR, FALSE);
  check_closes_quietly (GTK_WINDOW (gt_project_editor_new (parent (), store (), NULL)),
                        GT_TYPE_PROJECT_EDITOR, FALSE);
  g_clear_object (&project);
  project = g_list_model_get_item (gt_store_get_projects (store ()), n - 1);
  check_closes_quietly (GTK_WINDOW (gt_project_editor_new (parent (), store (), project)),
                        GT_TYPE_PROJECT_EDITOR, FALSE);

  /* Through the window's own action too. */
  gt_window_show_page (gt_test_ui_window (), "projects");
  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.new", NULL);
  gt_test_ui_settle (300);
  check_closes_quietly (gt_test_ui_find_window (GT_TYPE_PROJECT_EDITOR),
                        GT_TYPE_PROJECT_EDITOR, FALSE);
}

/* Changed, then Esc: the question; Keep Editing keeps it, Discard closes it. */
static void
test_project_editor_discard (void)
{
  g_autoptr(GtProject) project = g_list_model_get_item (gt_store_get_projects (store ()), 0);
  g_autofree char *name_before = g_strdup (gt_project_get_name (project));
  GtProjectEditor *editor = gt_project_editor_new (parent (), store (), project);
  GtkWidget *name;
  GtkWindow *dialog;

  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (300);
  name = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_row_titled, _("Name"));
  g_assert_nonnull (name);

  /* Typed and typed back is no change. */
  gtk_editable_set_text (GTK_EDITABLE (name), "改过的名字");
  gtk_editable_set_text (GTK_EDITABLE (name), name_before);
  press_escape (GTK_WINDOW (editor));
  g_assert_null (gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (gt_test_ui_find_window (GT_TYPE_PROJECT_EDITOR));

  editor = gt_project_editor_new (parent (), store (), project);
  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (300);
  name = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_row_titled, _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (name), "改过的名字");
  press_escape (GTK_WINDOW (editor));
  dialog = gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_signal_emit_by_name (gt_test_ui_find_widget (GTK_WIDGET (dialog),
                                                 gt_test_ui_is_button_labelled, _("_Keep Editing")),
                         "clicked");
  gt_test_ui_settle (200);
  g_assert_null (gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (gt_test_ui_find_window (GT_TYPE_PROJECT_EDITOR));

  press_escape (GTK_WINDOW (editor));
  dialog = gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  /* The button, as adw_message_dialog_response() alone leaves the dialog open. */
  g_signal_emit_by_name (gt_test_ui_find_widget (GTK_WIDGET (dialog),
                                                 gt_test_ui_is_button_labelled, _("_Discard")),
                         "clicked");
  gt_test_ui_settle (300);
  g_assert_null (gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (gt_test_ui_find_window (GT_TYPE_PROJECT_EDITOR));
  g_assert_cmpstr (gt_project_get_name (project), ==, name_before);
}

static void
test_issue_editor (void)
{
  g_autoptr(GtIssue) issue = g_list_model_get_item (gt_store_get_issues (store ()), 0);

  for (int change = 0; change < 2; change++)
    {
      check_closes_quietly (GTK_WINDOW (gt_issue_editor_new (parent (), store (), issue)),
                            GT_TYPE_ISSUE_EDITOR, change);
      check_closes_quietly (GTK_WINDOW (gt_issue_editor_new (parent (), store (), NULL)),
                            GT_TYPE_ISSUE_EDITOR, change);
    }
}

static void
test_leader_editor (void)
{
  g_autoptr(GtLeader) leader = g_list_model_get_item (gt_store_get_leaders (store ()), 0);

  for (int change = 0; change < 2; change++)
    {
      check_closes_quietly (GTK_WINDOW (gt_leader_editor_new (parent (), store (), leader)),
                            GT_TYPE_LEADER_EDITOR, change);
      check_closes_quietly (GTK_WINDOW (gt_leader_editor_new (parent (), store (), NULL)),
                            GT_TYPE_LEADER_EDITOR, change);
    }
}

static void
test_unit_editor (void)
{
  g_autoptr(GtUnit) unit = g_list_model_get_item (gt_store_get_units (store ()), 0);

  for (int change = 0; change < 2; change++)
    {
      check_closes_quietly (GTK_WINDOW (gt_unit_editor_new (parent (), store (), unit)),
                            GT_TYPE_UNIT_EDITOR, change);
      check_closes_quietly (GTK_WINDOW (gt_unit_editor_new (parent (), store (), NULL)),
                            GT_TYPE_UNIT_EDITOR, change);
    }
}

static void
test_milestone_editor (void)
{
  g_autoptr(GtProject) project = g_list_model_get_item (gt_store_get_projects (store ()), 0);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GError) error = NULL;

  nodes = gt_store_list_milestones (store (), gt_project_get_id (project), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nodes->len, >, 0);
  for (int change = 0; change < 2; change++)
    {
      check_closes_quietly (GTK_WINDOW (gt_milestone_editor_new (parent (), store (), project,
                                                                 nodes->pdata[0], 0)),
                            GT_TYPE_MILESTONE_EDITOR, change);
      check_closes_quietly (GTK_WINDOW (gt_milestone_editor_new (parent (), store (), project,
                                                                 NULL, nodes->len)),
                            GT_TYPE_MILESTONE_EDITOR, change);
    }
}

/* Save in @editor (of @type) over another desk's change: refused with a
 * message (saved as @screenshot when not NULL), the editor left open with what
 * was typed. The message is closed after. */
static void
save_refused (GtkWindow  *editor,
              GType       type,
              const char *screenshot)
{
  GtkWindow *message;

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  gt_test_ui_settle (300);
  message = gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (message);
  if (screenshot != NULL)
    gt_test_ui_save_screenshot (GTK_WIDGET (message), screenshot);
  g_assert_nonnull (gt_test_ui_find_window (type));
  gtk_window_destroy (message);
  gt_test_ui_settle (100);
}

/* Saved again after the refusal: written, and the editor closed. */
static void
save_written (GtkWindow *editor,
              GType      type)
{
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  gt_test_ui_settle (300);
  g_assert_null (gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (gt_test_ui_find_window (type));
}

/* The node's name in the register, read through a connection of its own. */
static char *
stored_node_name (gint64 id)
{
  g_autoptr(GtStore) reader = gt_store_open (gt_store_get_path (store ()), NULL);
  g_autoptr(GtMilestone) found = NULL;
  GHashTable *all;
  GHashTableIter iter;
  gpointer nodes;

  g_assert_nonnull (reader);
  all = gt_store_list_all_milestones (reader, NULL);
  g_hash_table_iter_init (&iter, all);
  while (found == NULL && g_hash_table_iter_next (&iter, NULL, &nodes))
    for (guint i = 0; i < ((GPtrArray *) nodes)->len; i++)
      if (gt_milestone_get_id (g_ptr_array_index ((GPtrArray *) nodes, i)) == id)
        found = g_object_ref (g_ptr_array_index ((GPtrArray *) nodes, i));
  g_hash_table_unref (all);
  g_assert_nonnull (found);
  return g_strdup (gt_milestone_get_name (found));
}

/* A node's editor open while another desk renames the node: Save is refused
 * with a message, the editor stays open with what was typed, the other desk's
 * name stays; a second Save, told, writes over it. */
static void
test_milestone_editor_over_change (void)
{
  g_autoptr(GtProject) project = g_list_model_get_item (gt_store_get_projects (store ()), 0);
  g_autoptr(GtStore) other = gt_store_open (gt_store_get_path (store ()), NULL);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) theirs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after_refusal = NULL;
  g_autofree char *after_second = NULL;
  GtkWindow *editor;
  gint64 id;

  nodes = gt_store_list_milestones (store (), gt_project_get_id (project), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nodes->len, >, 0);
  id = gt_milestone_get_id (nodes->pdata[0]);
  editor = GTK_WINDOW (gt_milestone_editor_new (parent (), store (), project,
                                                nodes->pdata[0], 0));
  gtk_window_present (editor);
  gt_test_ui_settle (300);

  g_assert_nonnull (other);
  theirs = gt_store_list_milestones (other, gt_project_get_id (project), &error);
  g_assert_no_error (error);
  gt_milestone_set_name (theirs->pdata[0], "别处改过的节点");
  g_assert_true (gt_store_update_milestone (other, theirs->pdata[0], &error));
  g_assert_no_error (error);

  change_something (editor);
  save_refused (editor, GT_TYPE_MILESTONE_EDITOR, "milestone-conflict.png");
  after_refusal = stored_node_name (id);
  g_assert_cmpstr (after_refusal, ==, "别处改过的节点");
  save_written (editor, GT_TYPE_MILESTONE_EDITOR);
  after_second = stored_node_name (id);
  g_assert_cmpstr (after_second, ==, "改过的内容");
}

/* The approval's note in the register, read through a connection of its own. */
static char *
stored_formality_note (gint64 project_id,
                       gint64 id)
{
  g_autoptr(GtStore) reader = gt_store_open (gt_store_get_path (store ()), NULL);
  g_autoptr(GPtrArray) list = NULL;

  g_assert_nonnull (reader);
  list = gt_store_list_formalities (reader, project_id, NULL);
  for (guint i = 0; list != NULL && i < list->len; i++)
    if (gt_formality_get_id (list->pdata[i]) == id)
      return g_strdup (gt_formality_get_note (list->pdata[i]));
  g_assert_not_reached ();
}

/* An approval's editor open while another desk changes the approval: as a
 * node's editor, refused once with a message, written when saved again. */
static void
test_formality_editor_over_change (void)
{
  g_autoptr(GtStore) other = gt_store_open (gt_store_get_path (store ()), NULL);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) theirs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after_refusal = NULL;
  g_autofree char *after_second = NULL;
  GtFormality *formality;
  GtProject *project;
  GtkWindow *editor;
  gint64 project_id;

  all = gt_store_list_all_formalities (store (), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, >, 0);
  formality = all->pdata[0];
  project_id = gt_formality_get_project_id (formality);
  project = gt_store_lookup_project (store (), project_id);
  g_assert_nonnull (project);
  editor = GTK_WINDOW (gt_formality_editor_new (parent (), store (), project, formality));
  gtk_window_present (editor);
  gt_test_ui_settle (300);

  g_assert_nonnull (other);
  theirs = gt_store_list_formalities (other, project_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < theirs->len; i++)
    if (gt_formality_get_id (theirs->pdata[i]) == gt_formality_get_id (formality))
      {
        gt_formality_set_note (theirs->pdata[i], "别处写的备注");
        g_assert_true (gt_store_update_formality (other, theirs->pdata[i], &error));
        g_assert_no_error (error);
      }

  change_something (editor);
  save_refused (editor, GT_TYPE_FORMALITY_EDITOR, NULL);
  after_refusal = stored_formality_note (project_id, gt_formality_get_id (formality));
  g_assert_cmpstr (after_refusal, ==, "别处写的备注");
  save_written (editor, GT_TYPE_FORMALITY_EDITOR);
  /* The editor's own note (as opened) is what the second save wrote. */
  after_second = stored_formality_note (project_id, gt_formality_get_id (formality));
  g_assert_cmpstr (after_second, ==, gt_formality_get_note (formality));
}

static gboolean
shows_item (GtChoicePicker *picker,
            gpointer        item)
{
  GtkWidget *popover = gt_choice_picker_get_popover (picker);
  GtkWidget *list = gt_test_ui_find_widget (popover, gt_test_ui_is_of_type,
                                            GSIZE_TO_POINTER (GTK_TYPE_LIST_VIEW));
  GListModel *shown = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (shown, i);

      if (other == item)
        return TRUE;
    }
  return FALSE;
}

/* The issue editor's project picker: a name found by a part from its middle or
 * by pinyin initials, and a name of 20 characters shown whole. */
static void
test_issue_project_picker (void)
{
  GListModel *projects = gt_store_get_projects (store ());
  guint n = g_list_model_get_n_items (projects);
  GtIssueEditor *editor = gt_issue_editor_new (parent (), store (), NULL);
  GtChoicePicker *picker;
  g_autoptr(GtProject) project = NULL;
  g_autofree char *middle = NULL;
  g_autofree char *initials = NULL;
  GtkWidget *label;
  guint longest = 0;

  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (300);
  picker = GT_CHOICE_PICKER (gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_of_type,
                                                     GSIZE_TO_POINTER (GT_TYPE_CHOICE_PICKER)));
  g_assert_nonnull (picker);
  g_assert_cmpuint (gt_choice_picker_get_selected (picker), ==, GTK_INVALID_LIST_POSITION);

  /* The longest name of at most 20 characters. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtProject) candidate = g_list_model_get_item (projects, i);
      glong length = g_utf8_strlen (gt_project_get_name (candidate), -1);

      if (length <= 20 && length > (glong) longest)
        {
          longest = length;
          g_set_object (&project, candidate);
        }
    }
  g_assert_nonnull (project);
  g_assert_cmpuint (longest, >=, 10);

  /* Four characters from the middle of the name, not its start. */
  {
    const char *name = gt_project_get_name (project);
    const char *start = g_utf8_offset_to_pointer (name, longest / 2);
    const char *end = g_utf8_offset_to_pointer (start, 4);

    middle = g_strndup (start, end - start);
    initials = gt_text_dup_initials (middle);
  }
  /* Activating the row opens the list, as Enter on it would. */
  adw_action_row_activate (ADW_ACTION_ROW (gtk_widget_get_ancestor (GTK_WIDGET (picker),
                                                                    ADW_TYPE_ACTION_ROW)));
  gt_test_ui_settle (200);
  g_assert_true (gtk_widget_get_visible (gt_choice_picker_get_popover (picker)));
  gt_choice_picker_set_search_text (picker, middle);
  g_assert_cmpuint (gt_choice_picker_get_n_shown (picker), <, n);
  g_assert_true (shows_item (picker, project));
  g_assert_cmpuint (strlen (initials), ==, 4);
  gt_choice_picker_set_search_text (picker, initials);
  g_assert_true (shows_item (picker, project));
  gt_test_ui_save_screenshot (gt_choice_picker_get_popover (picker), "issue-picker.png");
  gt_choice_picker_set_search_text (picker, "不会有这个名字");
  g_assert_cmpuint (gt_choice_picker_get_n_shown (picker), ==, 0);

  /* Enter takes the first match and closes the list. */
  gt_choice_picker_set_search_text (picker, middle);
  g_signal_emit_by_name (gt_test_ui_find_widget (gt_choice_picker_get_popover (picker),
                           gt_test_ui_is_of_type, GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY)),
                         "activate");
  gt_test_ui_settle (200);
  g_assert_false (gtk_widget_get_visible (gt_choice_picker_get_popover (picker)));
  /* The focus back on the picker, a button itself, as on a menu button. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (editor)) == GTK_WIDGET (picker));
  g_assert_true (GTK_IS_BUTTON (picker));
  g_assert_nonnull (gt_choice_picker_get_selected_item (picker));
  g_assert_true (gt_text_matches (gt_project_get_name (gt_choice_picker_get_selected_item (picker)),
                                  middle));

  gt_choice_picker_set_selected (picker, gt_choice_find (projects, gt_project_get_id (project)));
  g_assert_true (gt_choice_picker_get_selected_item (picker) == (gpointer) project);
  gt_test_ui_settle (200);
  label = gt_test_ui_find_widget (GTK_WIDGET (picker), gt_test_ui_is_of_type,
                                  GSIZE_TO_POINTER (GTK_TYPE_LABEL));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, gt_project_get_name (project));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
  gt_test_ui_save_screenshot (GTK_WIDGET (editor), "issue-editor-picker.png");

  gtk_window_destroy (GTK_WINDOW (editor));
  gt_test_ui_settle (100);
}

/* The plan row's title has the store's year in it. */
static gboolean
is_plan_row (GtkWidget     *widget,
             gconstpointer  data)
{
  g_autofree char *title = g_strdup_printf (_("_Plan for %d (10k yuan)"), gt_store_get_year (store ()));

  return gt_test_ui_is_row_titled (widget, title);
}

static gboolean
is_visible_label_with_class (GtkWidget     *widget,
                             gconstpointer  css_class)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         gtk_widget_has_css_class (widget, css_class);
}

/* A project with a month reported this year, and that month's figure. */
static GtProject *
project_with_a_month (gint64 *largest)
{
  GListModel *projects = gt_store_get_projects (store ());
  int year = gt_store_get_year (store ());

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      g_autoptr(GPtrArray) reports = gt_store_list_monthly_reports (store (),
                                                                    gt_project_get_id (project),
                                                                    NULL);

      *largest = 0;
      for (guint j = 0; reports != NULL && j < reports->len; j++)
        if (gt_monthly_report_get_year (reports->pdata[j]) == year)
          *largest = MAX (*largest, gt_monthly_report_get_completed (reports->pdata[j]));
      if (*largest >= 20000)
        return g_steal_pointer (&project);
    }
  return NULL;
}

/* A plan above the total, or a month above half the plan: a warning beside
 * the plan, and Save still there. */
static void
test_project_plausibility (void)
{
  gint64 largest = 0;
  g_autoptr(GtProject) project = project_with_a_month (&largest);
  GtProjectEditor *editor;
  GtkWidget *total, *plan, *save, *warning;
  g_autofree char *plan_text = NULL;

  g_assert_nonnull (project);
  editor = gt_project_editor_new (parent (), store (), project);
  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (300);
  total = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_row_titled,
                                  _("_Total investment (10k yuan)"));
  plan = gt_test_ui_find_widget (GTK_WIDGET (editor), is_plan_row, NULL);
  save = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_button_labelled, _("Save"));
  g_assert_nonnull (total);
  g_assert_nonnull (plan);

  /* Far above any month: no warning. */
  plan_text = g_strdup_printf ("%" G_GINT64_FORMAT, largest / 10000 * 4 + 4);
  gtk_editable_set_text (GTK_EDITABLE (total), "");
  gtk_editable_set_text (GTK_EDITABLE (plan), plan_text);
  gt_test_ui_settle (50);
  g_assert_null (gt_test_ui_find_widget (GTK_WIDGET (editor), is_visible_label_with_class,
                                         "warning"));

  /* A digit too many. */
  gtk_editable_set_text (GTK_EDITABLE (total), "1");
  gt_test_ui_settle (50);
  warning = gt_test_ui_find_widget (GTK_WIDGET (editor), is_visible_label_with_class, "warning");
  g_assert_nonnull (warning);
  g_assert_true (gtk_widget_is_sensitive (save));
  g_assert_null (gt_test_ui_find_widget (GTK_WIDGET (editor), is_visible_label_with_class,
                                         "error"));
  /* Tall and scrolled to the plan, to look at. */
  gtk_window_set_default_size (GTK_WINDOW (editor), 640, 980);
  gt_test_ui_settle (100);
  gtk_widget_grab_focus (plan);
  gt_test_ui_save_screenshot (GTK_WIDGET (editor), "project-editor-warning.png");

  /* A plan that this year's largest month is more than half of. */
  g_clear_pointer (&plan_text, g_free);
  plan_text = g_strdup_printf ("%" G_GINT64_FORMAT, largest / 10000);
  gtk_editable_set_text (GTK_EDITABLE (total), "");
  gtk_editable_set_text (GTK_EDITABLE (plan), plan_text);
  gt_test_ui_settle (50);
  warning = gt_test_ui_find_widget (GTK_WIDGET (editor), is_visible_label_with_class, "warning");
  g_assert_nonnull (warning);
  g_assert_true (gtk_widget_is_sensitive (save));

  gtk_window_destroy (GTK_WINDOW (editor));
  gt_test_ui_settle (100);
}

static GtkWidget *
date_entry (GtDateButton *button)
{
  return gt_date_button_get_entry (button);
}

static GtkWidget *
date_popover (GtDateButton *button)
{
  return gtk_widget_get_ancestor (date_entry (button), GTK_TYPE_POPOVER);
}

/* Types @text into @button's field and presses Enter. */
static void
type_date (GtDateButton *button,
           const char   *text)
{
  GtkWidget *entry;

  gt_date_button_popup (button);
  gt_test_ui_settle (100);
  entry = date_entry (button);
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_get_focus_child (entry) != NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  gt_test_ui_settle (100);
}

static void
assert_date (GtDateButton *button,
             int           year,
             int           month,
             int           day)
{
  const GDate *date = gt_date_button_get_date (button);

  g_assert_nonnull (date);
  g_assert_cmpint (g_date_get_year (date), ==, year);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_day (date), ==, day);
}

/* Dates typed as well as picked: a full date in either form, a month and day
 * in this year; a wrong one is marked and changes nothing. */
static void
test_dates_typed (void)
{
  GtkWidget *window = gtk_window_new ();
  GtDateButton *button = GT_DATE_BUTTON (gt_date_button_new ());
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int this_year = g_date_time_get_year (now);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "测试日期", -1);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (button));
  gtk_window_present (GTK_WINDOW (window));
  gt_test_ui_settle (200);

  type_date (button, "2023-3-29");
  assert_date (button, 2023, 3, 29);
  g_assert_false (gtk_widget_get_visible (date_popover (button)));
  type_date (button, "2024年2月29日");
  assert_date (button, 2024, 2, 29);
  type_date (button, "3/29");
  assert_date (button, this_year, 3, 29);
  type_date (button, "12月31日");
  assert_date (button, this_year, 12, 31);
  type_date (button, "１／５");
  assert_date (button, this_year, 1, 5);

  /* Not dates, or out of 1900–2100: marked, kept open, nothing changed. */
  type_date (button, "2023-2-30");
  g_assert_true (gtk_widget_has_css_class (date_entry (button), "error"));
  g_assert_true (gtk_widget_get_visible (date_popover (button)));
  assert_date (button, this_year, 1, 5);
  gt_test_ui_save_screenshot (date_popover (button),
                              "date-typed-wrong.png");
  type_date (button, "1800-1-1");
  g_assert_true (gtk_widget_has_css_class (date_entry (button), "error"));
  type_date (button, "13/1");
  g_assert_true (gtk_widget_has_css_class (date_entry (button), "error"));
  assert_date (button, this_year, 1, 5);

  /* Nothing typed: Enter keeps the date and closes. */
  type_date (button, "");
  assert_date (button, this_year, 1, 5);
  g_assert_false (gtk_widget_get_visible (date_popover (button)));

  gtk_window_destroy (GTK_WINDOW (window));
  gt_test_ui_settle (100);
}

/* +7, +15, +30: a deadline that many days from today. */
static void
test_quick_deadlines (void)
{
  GtIssueEditor *editor = gt_issue_editor_new (parent (), store (), NULL);
  GtkWidget *deadline_row, *quick;
  GtDateButton *deadline;
  g_autoptr(GDate) expected = g_date_new ();

  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (300);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.step-forward", NULL);
  gt_test_ui_settle (100);
  deadline_row = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_row_titled,
                                         _("Deadline"));
  g_assert_nonnull (deadline_row);
  deadline = GT_DATE_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (deadline_row)));
  g_assert_null (gt_date_button_get_date (deadline));

  quick = gt_test_ui_find_widget (deadline_row, gt_test_ui_is_button_labelled, _("+15"));
  g_assert_nonnull (quick);
  g_assert_true (gtk_widget_get_mapped (quick));
  g_signal_emit_by_name (quick, "clicked");
  gt_test_ui_settle (50);
  g_date_set_time_t (expected, time (NULL));
  g_date_add_days (expected, 15);
  g_assert_cmpint (g_date_compare (gt_date_button_get_date (deadline), expected), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.deadline-in", "i", 30);
  g_date_add_days (expected, 15);
  g_assert_cmpint (g_date_compare (gt_date_button_get_date (deadline), expected), ==, 0);
  gt_test_ui_save_screenshot (GTK_WIDGET (editor), "issue-editor-deadlines.png");

  gtk_window_destroy (GTK_WINDOW (editor));
  gt_test_ui_settle (100);
}

/* The choice is an item, not a place in the list: it follows the item as the
 * register changes, and goes with it. */
static void
test_picker_follows_its_choice (void)
{
  g_autoptr(GListStore) names = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GtkStringObject) a = gtk_string_object_new ("甲项目");
  g_autoptr(GtkStringObject) b = gtk_string_object_new ("乙项目");
  g_autoptr(GtkStringObject) c = gtk_string_object_new ("丙项目");
  g_autoptr(GtkWidget) picker = g_object_ref_sink (gt_choice_picker_new ());
  GtChoicePicker *self = GT_CHOICE_PICKER (picker);

  g_list_store_append (names, a);
  g_list_store_append (names, b);
  gt_choice_picker_set_model (self, G_LIST_MODEL (names));
  gt_choice_picker_set_selected (self, 1);
  g_assert_true (gt_choice_picker_get_selected_item (self) == (gpointer) b);

  g_list_store_insert (names, 0, c);
  g_assert_cmpuint (gt_choice_picker_get_selected (self), ==, 2);
  g_assert_true (gt_choice_picker_get_selected_item (self) == (gpointer) b);

  g_list_store_remove (names, 2);
  g_assert_cmpuint (gt_choice_picker_get_selected (self), ==, GTK_INVALID_LIST_POSITION);
  g_assert_null (gt_choice_picker_get_selected_item (self));

  gt_choice_picker_set_search_text (self, "丙");
  g_assert_cmpuint (gt_choice_picker_get_n_shown (self), ==, 1);
  gt_choice_picker_set_search_text (self, "xm");
  g_assert_cmpuint (gt_choice_picker_get_n_shown (self), ==, 2);
}

static void
add_tests (void)
{
  g_test_add_func ("/editors-ui/project-esc", test_project_editor_esc);
  g_test_add_func ("/editors-ui/project-discard", test_project_editor_discard);
  g_test_add_func ("/editors-ui/issue", test_issue_editor);
  g_test_add_func ("/editors-ui/leader", test_leader_editor);
  g_test_add_func ("/editors-ui/unit", test_unit_editor);
  g_test_add_func ("/editors-ui/milestone", test_milestone_editor);
  g_test_add_func ("/editors-ui/milestone-over-change", test_milestone_editor_over_change);
  g_test_add_func ("/editors-ui/formality-over-change", test_formality_editor_over_change);
  g_test_add_func ("/editors-ui/issue-project-picker", test_issue_project_picker);
  g_test_add_func ("/editors-ui/picker-follows-its-choice", test_picker_follows_its_choice);
  g_test_add_func ("/editors-ui/project-plausibility", test_project_plausibility);
  g_test_add_func ("/editors-ui/dates-typed", test_dates_typed);
  g_test_add_func ("/editors-ui/quick-deadlines", test_quick_deadlines);
}

int
main (int argc, char **argv)
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
