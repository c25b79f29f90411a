/* test-escalation-ui.c: supervision (督办) in the window. The issue ledger's
 * menu offers the 交办单, the 督办函 and every unit's open issues; the units'
 * window lists each unit's open issues, the overdue first, and its Run Rules
 * raises them as guatu --escalate does; the issue editor shows the steps and
 * documents of an issue; a document saved from the window is a numbered PDF
 * and says its number; a raise by hand is one step of the window's undo;
 * Preferences has the rules. Screenshots of each when
 * GUATU_SCREENSHOT_DIR is set.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-escalation-steps.h"
#include "gt-issue-doc-dialog.h"
#include "gt-issue-editor.h"
#include "gt-issues-view.h"
#include "gt-preferences.h"
#include "gt-store-escalation.h"
#include "gt-test-ui.h"
#include "gt-unit-issues-window.h"

static GDate
demo_today (void)
{
  GDate date;

  /* gt_test_ui_run()'s demo register is made as of this day. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 15, 11, 2026);
  return date;
}

static gboolean
is_menu_button (GtkWidget     *widget,
                gconstpointer  data)
{
  GMenuModel *model;

  if (!GTK_IS_MENU_BUTTON (widget))
    return FALSE;
  model = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));
  return model != NULL && gt_test_ui_menu_has_action (model, data);
}

static GtkWidget *
issues_view (void)
{
  GtWindow *window = gt_test_ui_window ();

  gt_window_show_page (window, "issues");
  gt_test_ui_settle (200);
  return gt_window_get_page (window, "issues");
}

static void
test_menu (void)
{
  GtkWidget *view = issues_view ();
  GtkWidget *button = gt_test_ui_find_widget (view, is_menu_button, "view.assign-doc");
  GMenuModel *model;
  GtkPopover *popover;

  g_assert_nonnull (button);
  model = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_true (gt_test_ui_menu_has_action (model, "view.supervise-doc"));
  g_assert_true (gt_test_ui_menu_has_action (model, "view.unit-issues"));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  gt_test_ui_settle (300);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gt_test_ui_save_screenshot (GTK_WIDGET (popover), "escalation-menu");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  gt_test_ui_settle (100);
}

static void
test_unit_issues (void)
{
  GtkWidget *view = issues_view ();
  GtUnitIssuesWindow *window;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) levels = NULL;
  g_autoptr(GHashTable) levels_before = NULL;
  guint n_issues;
  guint rose;

  gtk_widget_activate_action (view, "view.unit-issues", NULL);
  gt_test_ui_settle (300);
  window = GT_UNIT_ISSUES_WINDOW (gt_test_ui_find_window (GT_TYPE_UNIT_ISSUES_WINDOW));
  g_assert_nonnull (window);
  gtk_window_destroy (GTK_WINDOW (window));
  gt_test_ui_settle (100);

  /* The demo's issues stand where the rules left them on the demo's day; two
   * months on, the open ones have risen further. From a window made for it. */
  {
    GDate today = demo_today ();

    g_date_add_months (&today, 2);

    window = gt_unit_issues_window_new (GTK_WINDOW (gt_test_ui_window ()), gt_test_ui_store (),
                                        &today);
  }
  gtk_window_present (GTK_WINDOW (window));
  gt_test_ui_settle (300);
  g_assert_cmpuint (gt_unit_issues_window_get_n_units (window), >, 0);
  n_issues = gt_unit_issues_window_get_n_issues (window);
  g_assert_cmpuint (n_issues, >, 0);

  levels_before = gt_store_list_escalation_levels (gt_test_ui_store (), &error);
  g_assert_no_error (error);
  rose = gt_unit_issues_window_escalate (window, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rose, >, 0);
  gt_test_ui_settle (300);
  /* The window followed the store: the same issues, now with their levels,
   * none lower than before and @rose of them higher. */
  g_assert_cmpuint (gt_unit_issues_window_get_n_issues (window), ==, n_issues);
  levels = gt_store_list_escalation_levels (gt_test_ui_store (), &error);
  g_assert_no_error (error);
  {
    GHashTableIter iter;
    gpointer id, level;
    guint higher = 0;

    g_hash_table_iter_init (&iter, levels);
    while (g_hash_table_iter_next (&iter, &id, &level))
      {
        gpointer was = g_hash_table_lookup (levels_before, id);

        g_assert_cmpint (GPOINTER_TO_INT (level), >=, GPOINTER_TO_INT (was));
        higher += GPOINTER_TO_INT (level) > GPOINTER_TO_INT (was);
      }
    g_assert_cmpuint (higher, ==, rose);
  }
  /* Again on the same day: nothing more. */
  g_assert_cmpuint (gt_unit_issues_window_escalate (window, &error), ==, 0);
  gt_test_ui_save_screenshot (GTK_WIDGET (window), "unit-issues");
  /* Export…, once a file is chosen. */
  {
    g_autofree char *dir = g_dir_make_tmp ("guatu-unit-issues-XXXXXX", &error);
    g_autofree char *path = g_build_filename (dir, "各单位未办结问题.pdf", NULL);
    g_autofree char *odt = g_build_filename (dir, "list.odt", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GFile) wrong = g_file_new_for_path (odt);
    g_autofree char *contents = NULL;
    gsize length = 0;

    g_assert_true (gt_unit_issues_window_export_to (window, file, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (path, &contents, &length, &error));
    g_assert_cmpmem (contents, 5, "%PDF-", 5);
    g_assert_false (gt_unit_issues_window_export_to (window, wrong, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_remove (path);
    g_rmdir (dir);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  gt_test_ui_settle (100);
}

/* An issue the rules raised. */
static GtIssue *
escalated_issue (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) levels = gt_store_list_escalation_levels (gt_test_ui_store (), &error);
  GHashTableIter iter;
  gpointer key;

  g_assert_no_error (error);
  g_hash_table_iter_init (&iter, levels);
  g_assert_true (g_hash_table_iter_next (&iter, &key, NULL));
  return gt_store_lookup_issue (gt_test_ui_store (), *(gint64 *) key);
}

static void
test_save_documents (void)
{
  GtIssue *issue = escalated_issue ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-issue-doc-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "督办函.pdf", NULL);
  g_autofree char *sheet = g_build_filename (dir, "交办单.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) sheet_file = g_file_new_for_path (sheet);
  g_autofree char *message = NULL;
  g_autofree char *sheet_message = NULL;
  g_autofree char *contents = NULL;
  GDate today = demo_today ();
  gsize length = 0;

  g_assert_true (gt_issue_doc_dialog_save_to (gt_test_ui_store (), issue, GT_ISSUE_DOC_ASSIGN,
                                              &today, sheet_file, &sheet_message, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (sheet_message, gt_issue_doc_kind_get_label (GT_ISSUE_DOC_ASSIGN)));
  g_assert_true (gt_issue_doc_dialog_save_to (gt_test_ui_store (), issue,
                                              GT_ISSUE_DOC_SUPERVISE, &today, file, &message,
                                              &error));
  g_assert_no_error (error);
  g_test_message ("%s", message);
  g_assert_nonnull (strstr (message, gt_issue_doc_kind_get_label (GT_ISSUE_DOC_SUPERVISE)));
  g_assert_nonnull (strstr (message, "督办函.pdf"));
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpmem (contents, 5, "%PDF-", 5);

  /* The register itself is no target, and takes no number. */
  {
    g_autoptr(GFile) target = g_file_new_for_path (gt_store_get_path (gt_test_ui_store ()));
    g_autoptr(GArray) before = gt_store_list_issue_documents (gt_test_ui_store (),
                                                              gt_issue_get_id (issue), NULL);
    g_autoptr(GArray) after = NULL;

    g_assert_false (gt_issue_doc_dialog_save_to (gt_test_ui_store (), issue,
                                                 GT_ISSUE_DOC_SUPERVISE, &today, target, NULL,
                                                 &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    after = gt_store_list_issue_documents (gt_test_ui_store (), gt_issue_get_id (issue), NULL);
    g_assert_cmpuint (after->len, ==, before->len);
  }
  g_remove (path);
  g_remove (sheet);
  g_rmdir (dir);
}

static gboolean
is_steps (GtkWidget     *widget,
          gconstpointer  data)
{
  return GT_IS_ESCALATION_STEPS (widget);
}

static void
test_editor_steps (void)
{
  GtIssue *issue = escalated_issue ();
  GtIssueEditor *editor = gt_issue_editor_new (GTK_WINDOW (gt_test_ui_window ()),
                                               gt_test_ui_store (), issue);
  GtkWidget *steps;
  g_autoptr(GtIssue) fresh = gt_issue_new ();
  GtIssueEditor *new_editor;

  gtk_window_set_default_size (GTK_WINDOW (editor), 640, 1000);
  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (300);
  steps = gt_test_ui_find_widget (GTK_WIDGET (editor), is_steps, NULL);
  g_assert_nonnull (steps);
  g_assert_true (gtk_widget_get_visible (steps));
  g_assert_cmpuint (gt_escalation_steps_get_n_steps (GT_ESCALATION_STEPS (steps)), >=, 1);
  /* Scrolled to the steps, to look at. */
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (steps, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment =
      gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    gt_test_ui_settle (300);
  }
  gt_test_ui_save_screenshot (GTK_WIDGET (editor), "issue-editor-steps");

  /* Raised by the office from the editor's menu, then the issue saved: the
   * step is there, and the save keeps the level. */
  {
    g_autoptr(GError) error = NULL;
    GtEscalationLevel level = GT_ESCALATION_NONE;
    guint before = gt_escalation_steps_get_n_steps (GT_ESCALATION_STEPS (steps));

    g_assert_true (gtk_widget_activate_action (steps, "steps.raise-listed", NULL));
    gt_test_ui_settle (300);
    {
      GtkWindow *question = gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);

      g_assert_nonnull (question);
      gt_test_ui_save_screenshot (GTK_WIDGET (question), "raise-dialog");
      gtk_window_destroy (question);
    }
    g_assert_true (gt_escalation_steps_raise (GT_ESCALATION_STEPS (steps), GT_ESCALATION_LISTED,
                                              "县长批示挂牌督办", &error));
    g_assert_no_error (error);
    gt_test_ui_settle (100);
    g_assert_cmpuint (gt_escalation_steps_get_n_steps (GT_ESCALATION_STEPS (steps)), ==,
                      before + 1);
    g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
    gt_test_ui_settle (300);
    /* Saved, the editor closed. */
    g_assert_null (editor);
    g_assert_true (gt_store_get_escalation_level (gt_test_ui_store (), gt_issue_get_id (issue),
                                                  &level, &error));
    g_assert_cmpint (level, ==, GT_ESCALATION_LISTED);
  }

  /* A new issue has none to show. */
  new_editor = gt_issue_editor_new (GTK_WINDOW (gt_test_ui_window ()), gt_test_ui_store (),
                                    fresh);
  g_assert_null (gt_test_ui_find_widget (GTK_WIDGET (new_editor), is_steps, NULL));
  gtk_window_destroy (GTK_WINDOW (new_editor));
  gt_test_ui_settle (100);
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

static guint
n_steps_of (gint64 issue_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) steps = gt_store_list_escalations (gt_test_ui_store (), issue_id, &error);

  g_assert_no_error (error);
  return steps->len;
}

/* An open issue of a live project not yet supervised. */
static GtIssue *
unsupervised_issue (void)
{
  GListModel *issues = gt_store_get_issues (gt_test_ui_store ());

  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);
      GtIssueStatus status = gt_issue_get_status (issue);

      if ((status == GT_ISSUE_STATUS_RAISED || status == GT_ISSUE_STATUS_ASSIGNED) &&
          level_of (gt_issue_get_id (issue)) < GT_ESCALATION_SUPERVISED)
        return issue;
    }
  g_assert_not_reached ();
}

static gboolean
is_label_saying (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* Raising by hand from the editor's menu is one step of the window's undo:
 * the window's toast names it; win.undo (Ctrl+Z) puts the level and the
 * steps back, and redo raises it again. */
static void
test_undo_raise (void)
{
  GtIssue *issue = unsupervised_issue ();
  gint64 id = gt_issue_get_id (issue);
  GtEscalationLevel before = level_of (id);
  guint before_steps = n_steps_of (id);
  GtkWidget *window = GTK_WIDGET (gt_test_ui_window ());
  GtIssueEditor *editor = gt_issue_editor_new (GTK_WINDOW (window), gt_test_ui_store (), issue);
  const char *label;
  GtkWidget *steps;
  GtkWindow *question;

  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (300);
  steps = gt_test_ui_find_widget (GTK_WIDGET (editor), is_steps, NULL);
  g_assert_nonnull (steps);
  g_assert_true (gtk_widget_activate_action (steps, "steps.raise-supervised", NULL));
  gt_test_ui_settle (300);
  question = gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "raise");
  gt_test_ui_settle (300);
  g_assert_cmpint (level_of (id), ==, GT_ESCALATION_SUPERVISED);
  g_assert_cmpuint (n_steps_of (id), ==, before_steps + 1);

  label = gt_store_get_undo_label (gt_test_ui_store ());
  g_assert_nonnull (label);
  g_assert_true (g_str_has_suffix (label,
                                   gt_escalation_level_get_label (GT_ESCALATION_SUPERVISED)));
  g_assert_nonnull (gt_test_ui_find_widget (window, is_label_saying, label));
  gtk_window_destroy (GTK_WINDOW (editor));
  gt_test_ui_settle (200);
  gt_test_ui_save_screenshot (window, "raise-undo-toast");

  gtk_widget_activate_action (window, "win.undo", NULL);
  gt_test_ui_settle (300);
  g_assert_cmpint (level_of (id), ==, before);
  g_assert_cmpuint (n_steps_of (id), ==, before_steps);

  gtk_widget_activate_action (window, "win.redo", NULL);
  gt_test_ui_settle (300);
  g_assert_cmpint (level_of (id), ==, GT_ESCALATION_SUPERVISED);
  g_assert_cmpuint (n_steps_of (id), ==, before_steps + 1);
}

static void
test_preferences (void)
{
  GtPreferences *prefs = gt_preferences_new (GTK_WINDOW (gt_test_ui_window ()));
  GtkWidget *row;

  gtk_window_set_default_size (GTK_WINDOW (prefs), 700, 1000);
  gtk_window_present (GTK_WINDOW (prefs));
  gt_test_ui_settle (300);
  row = gt_test_ui_find_widget (GTK_WIDGET (prefs), gt_test_ui_is_row_titled,
                                _("Listed for Supervision After"));
  g_assert_nonnull (row);
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (prefs), gt_test_ui_is_row_titled,
                                            _("Supervised After")));
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment =
      gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    graphene_point_t point;

    if (gtk_widget_compute_point (row, scrolled, &GRAPHENE_POINT_INIT (0, 0), &point))
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + point.y -
                                200);
    gt_test_ui_settle (300);
  }
  gt_test_ui_save_screenshot (GTK_WIDGET (prefs), "preferences-escalation");
  gtk_window_destroy (GTK_WINDOW (prefs));
  gt_test_ui_settle (100);
}

static void
add_tests (void)
{
  g_test_add_func ("/escalation-ui/menu", test_menu);
  g_test_add_func ("/escalation-ui/unit-issues", test_unit_issues);
  g_test_add_func ("/escalation-ui/save-documents", test_save_documents);
  g_test_add_func ("/escalation-ui/editor-steps", test_editor_steps);
  g_test_add_func ("/escalation-ui/undo-raise", test_undo_raise);
  g_test_add_func ("/escalation-ui/preferences", test_preferences);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
