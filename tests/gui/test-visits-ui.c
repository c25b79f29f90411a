/* test-visits-ui.c: a leader's site visits on their page. The Site Visits
 * tab of a leader shows this month's visits against the office's rule and
 * the leader's projects not visited for the rule's weeks; New Visit… writes a
 * visit with its projects and an issue assigned on the spot; a visit without
 * a project is refused in the editor, which stays open; editing and deleting
 * a visit; a visit's edit undone with Ctrl+Z and done again, the toast
 * naming the step; the rule in Preferences changes the page; the week's 督查专报
 * saved from the page. Screenshots of the page
 * and the editor when GUATU_SCREENSHOT_DIR is set.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-format.h"
#include "gt-leader-visits.h"
#include "gt-office-settings.h"
#include "gt-preferences.h"
#include "gt-store-visits.h"
#include "gt-test-ui.h"
#include "gt-visit-editor.h"

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
leaders_page (void)
{
  return gt_window_get_page (gt_test_ui_window (), "leaders");
}

static GDate
today (void)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 15, 11, 2026);
  return date;
}

static void
select_in_sidebar (gpointer item)
{
  GtkWidget *list = gt_test_ui_find_widget (leaders_page (), is_sidebar, NULL);
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

/* The leader of the first project, on their page's Site Visits tab. */
static GtLeaderVisits *
open_leader (GtProject **project_out)
{
  g_autoptr(GtProject) project = g_list_model_get_item (gt_store_get_projects (store ()), 0);
  GtLeader *leader = gt_store_lookup_leader (store (), gt_project_get_leader_id (project));
  GtkWidget *visits, *stack;
  GDate day = today ();

  gt_window_show_page (gt_test_ui_window (), "leaders");
  gt_test_ui_settle (200);
  g_assert_nonnull (leader);
  select_in_sidebar (leader);
  visits = gt_test_ui_find_widget (leaders_page (), gt_test_ui_is_of_type,
                                   GSIZE_TO_POINTER (GT_TYPE_LEADER_VISITS));
  g_assert_nonnull (visits);
  stack = gtk_widget_get_ancestor (visits, ADW_TYPE_VIEW_STACK);
  g_assert_nonnull (stack);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "visits");
  gt_leader_visits_set_today (GT_LEADER_VISITS (visits), &day);
  gt_test_ui_settle (100);
  if (project_out != NULL)
    *project_out = g_steal_pointer (&project);
  return GT_LEADER_VISITS (visits);
}

static void
assert_summary (GtLeaderVisits *visits,
                guint           done,
                guint           rule)
{
  g_autofree char *wanted = g_strdup_printf (_("On site this month: %u of %u"), done, rule);

  g_assert_cmpstr (gt_leader_visits_get_summary (visits), ==, wanted);
}

static void
test_new_visit (void)
{
  g_autoptr(GtProject) project = NULL;
  GtLeaderVisits *visits = open_leader (&project);
  g_autoptr(GPtrArray) month = NULL;
  g_autoptr(GArray) issue_ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtUnit) unit = g_list_model_get_item (gt_store_get_units (store ()), 0);
  GDate day = today (), deadline = today ();
  guint before_visits = gt_leader_visits_get_n_visits (visits);
  guint before_unvisited = gt_leader_visits_get_n_unvisited (visits);
  guint before_month;
  GtVisitEditor *editor;
  GtIssue *issue;

  month = gt_store_list_visits_in_month (store (), gt_project_get_leader_id (project),
                                         2026, 11, &error);
  g_assert_no_error (error);
  before_month = month->len;
  g_clear_pointer (&month, g_ptr_array_unref);
  assert_summary (visits, before_month, 4);
  g_assert_cmpuint (before_unvisited, >, 0);
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "leader-visits.png");

  editor = GT_VISIT_EDITOR (gt_leader_visits_open_editor (visits, -1));
  gt_test_ui_settle (200);
  g_assert_true (gt_test_ui_find_window (GT_TYPE_VISIT_EDITOR) == GTK_WINDOW (editor));
  gt_visit_editor_set_project (editor, gt_project_get_id (project), TRUE);
  gt_visit_editor_set_decisions (editor, "征地拆迁由所在乡镇十日内完成");
  g_date_add_days (&deadline, 10);
  gt_visit_editor_add_issue (editor, gt_project_get_id (project), "施工便道未打通",
                             gt_unit_get_id (unit), &deadline);
  gt_test_ui_settle (100);
  gt_test_ui_save_screenshot (GTK_WIDGET (editor), "visit-editor.png");
  g_assert_true (gt_visit_editor_save (editor));
  gt_test_ui_settle (300);
  g_assert_null (gt_test_ui_find_window (GT_TYPE_VISIT_EDITOR));

  /* The page heard the store: one more this month, the project visited. */
  assert_summary (visits, before_month + 1, 4);
  g_assert_cmpuint (gt_leader_visits_get_n_visits (visits), ==, before_visits + 1);
  g_assert_cmpuint (gt_leader_visits_get_n_unvisited (visits), <=, before_unvisited);

  month = gt_store_list_visits (store (), gt_project_get_leader_id (project), &day, &day,
                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (month->len, >=, 1);
  issue_ids = gt_store_list_visit_issues (store (),
                                          gt_visit_get_id (month->pdata[month->len - 1]),
                                          &error);
  g_assert_cmpuint (issue_ids->len, ==, 1);
  issue = gt_store_lookup_issue (store (), g_array_index (issue_ids, gint64, 0));
  g_assert_nonnull (issue);
  g_assert_cmpstr (gt_issue_get_description (issue), ==, "施工便道未打通");
  g_assert_cmpint (gt_issue_get_status (issue), ==, GT_ISSUE_STATUS_ASSIGNED);
  g_assert_cmpint (gt_issue_get_unit_id (issue), ==, gt_unit_get_id (unit));
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "leader-visits-one.png");
}

static void
test_refused (void)
{
  GtLeaderVisits *visits = open_leader (NULL);
  guint before = gt_leader_visits_get_n_visits (visits);
  GtVisitEditor *editor = GT_VISIT_EDITOR (gt_leader_visits_open_editor (visits, -1));

  gt_test_ui_settle (200);
  /* No project ticked: refused, said in the window, which stays. */
  g_assert_false (gt_visit_editor_save (editor));
  gt_test_ui_settle (100);
  g_assert_true (gt_test_ui_find_window (GT_TYPE_VISIT_EDITOR) == GTK_WINDOW (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
  gt_test_ui_settle (200);
  g_assert_cmpuint (gt_leader_visits_get_n_visits (visits), ==, before);
}

static gboolean
is_label_saying (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* The page's first visit, the newest: the last the store lists up to today. */
static gint64
newest_visit (gint64 leader_id)
{
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  GDate from = today (), to = today ();

  g_date_subtract_days (&from, 366);
  listed = gt_store_list_visits (store (), leader_id, &from, &to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, >, 0);
  return gt_visit_get_id (listed->pdata[listed->len - 1]);
}

static char *
dup_decisions (gint64 visit_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtVisit) visit = gt_store_get_visit (store (), visit_id, &error);

  g_assert_no_error (error);
  return g_strdup (gt_visit_get_decisions (visit));
}

static void
test_edit_and_delete (void)
{
  GtLeaderVisits *visits = open_leader (NULL);
  guint before = gt_leader_visits_get_n_visits (visits);
  GtVisitEditor *editor;
  GtkWidget *delete;
  GDate deleted_on;

  g_assert_cmpuint (before, >, 0);
  editor = GT_VISIT_EDITOR (gt_leader_visits_open_editor (visits, 0));
  gt_test_ui_settle (200);
  gt_visit_editor_set_decisions (editor, "改为下周复查");
  g_assert_true (gt_visit_editor_save (editor));
  gt_test_ui_settle (300);
  g_assert_cmpuint (gt_leader_visits_get_n_visits (visits), ==, before);

  {
    g_autoptr(GtProject) project = g_list_model_get_item (gt_store_get_projects (store ()), 0);
    gint64 id = newest_visit (gt_project_get_leader_id (project));
    g_autoptr(GtVisit) newest = gt_store_get_visit (store (), id, NULL);

    g_assert_nonnull (newest);
    deleted_on = *gt_visit_get_visited_on (newest);
  }
  editor = GT_VISIT_EDITOR (gt_leader_visits_open_editor (visits, 0));
  gt_test_ui_settle (200);
  delete = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_button_labelled,
                                   _("_Delete Visit"));
  g_assert_nonnull (delete);
  g_signal_emit_by_name (delete, "clicked");
  gt_test_ui_settle (300);
  g_assert_null (gt_test_ui_find_window (GT_TYPE_VISIT_EDITOR));
  g_assert_cmpuint (gt_leader_visits_get_n_visits (visits), ==, before - 1);

  /* The toast names the deletion; undo brings the visit back, redo takes it
   * away again. */
  {
    g_autofree char *date = gt_format_date (&deleted_on);
    g_autofree char *label = g_strdup_printf (_("Delete the Site Visit of %s"), date);

    g_assert_cmpstr (gt_store_get_undo_label (store ()), ==, label);
    g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (gt_test_ui_window ()),
                                              is_label_saying, label));
  }
  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.undo", NULL);
  gt_test_ui_settle (300);
  g_assert_cmpuint (gt_leader_visits_get_n_visits (visits), ==, before);
  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.redo", NULL);
  gt_test_ui_settle (300);
  g_assert_cmpuint (gt_leader_visits_get_n_visits (visits), ==, before - 1);
}

/* A visit's editor open while another desk changes the visit: Save is
 * refused with the editor left open and theirs kept; a second Save, told,
 * writes over it. */
static void
test_save_over_other_desk (void)
{
  GtLeaderVisits *visits = open_leader (NULL);
  g_autoptr(GtProject) project = g_list_model_get_item (gt_store_get_projects (store ()), 0);
  gint64 id = newest_visit (gt_project_get_leader_id (project));
  g_autoptr(GtStore) other = gt_store_open (gt_store_get_path (store ()), NULL);
  g_autoptr(GtVisit) theirs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *written = NULL;
  GtVisitEditor *editor;

  editor = GT_VISIT_EDITOR (gt_leader_visits_open_editor (visits, 0));
  gt_test_ui_settle (200);
  g_assert_nonnull (other);
  theirs = gt_store_get_visit (other, id, &error);
  g_assert_no_error (error);
  gt_visit_set_decisions (theirs, "另一台电脑记下的决定");
  g_assert_true (gt_store_update_visit (other, theirs, NULL, &error));
  g_assert_no_error (error);

  gt_visit_editor_set_decisions (editor, "本机记下的决定");
  g_assert_false (gt_visit_editor_save (editor));
  gt_test_ui_settle (200);
  g_assert_nonnull (gt_test_ui_find_window (GT_TYPE_VISIT_EDITOR));
  kept = dup_decisions (id);
  g_assert_cmpstr (kept, ==, "另一台电脑记下的决定");

  g_assert_true (gt_visit_editor_save (editor));
  gt_test_ui_settle (300);
  written = dup_decisions (id);
  g_assert_cmpstr (written, ==, "本机记下的决定");
}

/* A visit's edit saved is one step of the window's undo: the toast names it,
 * Ctrl+Z (win.undo) takes it back whole, and redo does it again. */
static void
test_undo (void)
{
  g_autoptr(GtProject) project = NULL;
  GtLeaderVisits *visits = open_leader (&project);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (gt_test_ui_window ()));
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, "win.undo");
  gint64 id = newest_visit (gt_project_get_leader_id (project));
  g_autofree char *before = dup_decisions (id);
  g_autofree char *now = NULL;
  g_autofree char *label = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GtVisit) visit = NULL;
  g_autoptr(GError) error = NULL;
  GtVisitEditor *editor;

  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>z"));
  editor = GT_VISIT_EDITOR (gt_leader_visits_open_editor (visits, 0));
  gt_test_ui_settle (200);
  gt_visit_editor_set_decisions (editor, "月底前复查征地进度");
  g_assert_true (gt_visit_editor_save (editor));
  gt_test_ui_settle (300);
  now = dup_decisions (id);
  g_assert_cmpstr (now, ==, "月底前复查征地进度");
  g_clear_pointer (&now, g_free);

  visit = gt_store_get_visit (store (), id, &error);
  g_assert_no_error (error);
  date = gt_format_date (gt_visit_get_visited_on (visit));
  label = g_strdup_printf (_("Edit the Site Visit of %s"), date);
  g_assert_cmpstr (gt_store_get_undo_label (store ()), ==, label);
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (gt_test_ui_window ()), is_label_saying,
                                            label));
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "visit-undo-toast.png");

  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.undo", NULL);
  gt_test_ui_settle (300);
  now = dup_decisions (id);
  g_assert_cmpstr (now, ==, before);
  g_clear_pointer (&now, g_free);

  gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.redo", NULL);
  gt_test_ui_settle (300);
  now = dup_decisions (id);
  g_assert_cmpstr (now, ==, "月底前复查征地进度");
}

static void
test_rule_in_preferences (void)
{
  g_autoptr(GtProject) project = NULL;
  GtLeaderVisits *visits = open_leader (&project);
  g_autoptr(GPtrArray) month = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = gt_office_settings_open ("visits-per-month");
  GtPreferences *preferences;
  GtkWidget *row;

  g_assert_nonnull (settings);
  preferences = gt_preferences_new (GTK_WINDOW (gt_test_ui_window ()));
  gtk_window_present (GTK_WINDOW (preferences));
  gt_test_ui_settle (200);
  row = gt_test_ui_find_widget (GTK_WIDGET (preferences), gt_test_ui_is_row_titled,
                                _("Visits a Month"));
  g_assert_nonnull (row);
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (preferences), gt_test_ui_is_row_titled,
                                            _("Not Visited After (Weeks)")));
  g_settings_set_int (settings, "visits-per-month", 2);
  gt_test_ui_settle (200);
  month = gt_store_list_visits_in_month (store (), gt_project_get_leader_id (project),
                                         2026, 11, &error);
  g_assert_no_error (error);
  assert_summary (visits, month->len, 2);
  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (settings, "visits-per-month");
  gt_test_ui_settle (100);
}

/* This Week's Inspection Report… saves the county's 督查专报 of the page's week. */
static void
test_report (void)
{
  g_autoptr(GtProject) project = NULL;
  GtLeaderVisits *visits = open_leader (&project);
  GtLeader *leader = gt_store_lookup_leader (store (), gt_project_get_leader_id (project));
  g_autofree char *dir = g_dir_make_tmp ("guatu-visits-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (visits), gt_test_ui_is_button_labelled,
                                            _("This Week’s _Inspection Report…")));
  g_assert_true (gt_leader_visits_write_report (visits, pdf, &error));
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, gt_leader_get_name (leader)));
  g_assert_nonnull (strstr (text, _("Weekly Inspection Report on Key Projects")));
  g_unlink (pdf);
  g_rmdir (dir);
}

static void
add_tests (void)
{
  g_test_add_func ("/visits-ui/new-visit", test_new_visit);
  g_test_add_func ("/visits-ui/refused", test_refused);
  g_test_add_func ("/visits-ui/undo", test_undo);
  g_test_add_func ("/visits-ui/edit-and-delete", test_edit_and_delete);
  g_test_add_func ("/visits-ui/save-over-other-desk", test_save_over_other_desk);
  g_test_add_func ("/visits-ui/rule-in-preferences", test_rule_in_preferences);
  g_test_add_func ("/visits-ui/report", test_report);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
