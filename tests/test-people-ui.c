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
#include <glib/gstdio.h>
#include <locale.h>

#include "gt-application.h"
#include "gt-date-button.h"
#include "gt-demo.h"
#include "gt-issue-editor.h"
#include "gt-issues-view.h"
#include "gt-leader-editor.h"
#include "gt-window.h"

typedef struct {
  char          *dir;
  char          *db;
  GtApplication *app;
  GtWindow      *window;
} Fixture;

static Fixture fixture;

/* ---- helpers ------------------------------------------------------------ */

static gboolean
quit_loop_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
settle (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_loop_cb, loop);
  g_main_loop_run (loop);
}

typedef gboolean (*WidgetPredicate) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find_widget (GtkWidget       *root,
             WidgetPredicate  predicate,
             gconstpointer    data)
{
  if (predicate (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, predicate, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  g_autofree char *plain = NULL;
  const char *text;
  char *out;

  if (!GTK_IS_BUTTON (widget) || (text = gtk_button_get_label (GTK_BUTTON (widget))) == NULL)
    return FALSE;

  /* Compare without the mnemonic underscore. */
  plain = g_strdup (text);
  out = plain;
  for (const char *p = text; *p; p++)
    if (*p != '_')
      *out++ = *p;
  *out = '\0';
  return g_str_equal (plain, label);
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
is_sidebar (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_has_css_class (widget, "navigation-sidebar");
}

/* Dialogs are transient windows, not all of them the application's. */
static GtkWindow *
find_window_of_type (GType type)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static GtStore *
store (void)
{
  return gt_window_get_store (fixture.window);
}

static GtkWidget *
page (const char *name)
{
  return gt_window_get_page (fixture.window, name);
}

static void
select_in_sidebar (gpointer item)
{
  GtkWidget *list = find_widget (page ("leaders"), is_sidebar, NULL);
  GListModel *model;

  g_assert_nonnull (list);
  model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (model, i);

      if (row == item)
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), i);
          settle (100);
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

  gt_window_show_page (fixture.window, "leaders");
  settle (300);
  list = find_widget (page ("leaders"), is_sidebar, NULL);
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

  gt_window_show_page (fixture.window, "leaders");
  gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.new", NULL);
  settle (300);
  editor = find_window_of_type (GT_TYPE_LEADER_EDITOR);
  g_assert_nonnull (editor);

  save = find_widget (GTK_WIDGET (editor), is_button_labelled, _("Save"));
  g_assert_nonnull (save);
  g_assert_false (gtk_widget_is_sensitive (save));

  name = find_widget (GTK_WIDGET (editor), is_row_titled, C_("person", "Name"));
  g_assert_nonnull (name);
  gtk_editable_set_text (GTK_EDITABLE (name), "   ");
  settle (50);
  /* Spaces are no name: marked in place, and nothing may be saved. */
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (gtk_widget_has_css_class (name, "error"));

  gtk_editable_set_text (GTK_EDITABLE (name), "界面测试领导");
  settle (50);
  g_assert_true (gtk_widget_is_sensitive (save));
  g_assert_false (gtk_widget_has_css_class (name, "error"));

  /* What Ctrl+S does. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  settle (300);
  g_assert_null (find_window_of_type (GT_TYPE_LEADER_EDITOR));
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
  settle (300);
  editor = find_window_of_type (GT_TYPE_LEADER_EDITOR);
  g_assert_nonnull (editor);
  name = find_widget (GTK_WIDGET (editor), is_row_titled, C_("person", "Name"));
  gtk_editable_set_text (GTK_EDITABLE (name), "不应保存的领导");

  /* What Escape does. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  settle (200);
  g_assert_null (find_window_of_type (GT_TYPE_LEADER_EDITOR));
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
  settle (200);
  g_assert_cmpuint (g_list_model_get_n_items (leaders), ==, before - 1);
  g_assert_null (find_leader ("界面测试领导"));

  gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL);
  settle (200);
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
  gtk_widget_activate_action (page ("leaders"), "view.delete", NULL);
  settle (300);

  /* A leader with projects stays, and a dialog says why. */
  g_assert_cmpuint (g_list_model_get_n_items (leaders), ==, before);
  dialog = find_window_of_type (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  settle (100);
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

  gt_window_show_page (fixture.window, "issues");
  settle (300);
  gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.new", NULL);
  settle (300);
  editor = find_window_of_type (GT_TYPE_ISSUE_EDITOR);
  g_assert_nonnull (editor);
  save = find_widget (GTK_WIDGET (editor), is_button_labelled, _("Save"));
  g_assert_false (gtk_widget_is_sensitive (save));

  project = find_widget (GTK_WIDGET (editor), is_of_type, GSIZE_TO_POINTER (GTK_TYPE_DROP_DOWN));
  g_assert_nonnull (project);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (project), 0);
  description = find_widget (GTK_WIDGET (editor), is_row_titled, _("Description"));
  gtk_editable_set_text (GTK_EDITABLE (description), "界面测试问题描述");
  settle (50);
  g_assert_true (gtk_widget_is_sensitive (save));

  /* Assigning needs a unit (the project's is offered) and a deadline. */
  g_assert_nonnull (find_widget (GTK_WIDGET (editor), is_button_labelled, _("Assign…")));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.step-forward", NULL);
  settle (50);
  unit = find_widget (GTK_WIDGET (editor), is_row_titled, C_("issue", "Unit"));
  g_assert_true (gtk_widget_get_mapped (unit));
  g_assert_false (gtk_widget_is_sensitive (save));
  deadline_row = find_widget (GTK_WIDGET (editor), is_row_titled, _("Deadline"));
  gt_date_button_set_date (GT_DATE_BUTTON (adw_action_row_get_activatable_widget (
                             ADW_ACTION_ROW (deadline_row))), deadline);
  if (adw_combo_row_get_selected (ADW_COMBO_ROW (unit)) == 0)
    adw_combo_row_set_selected (ADW_COMBO_ROW (unit), 1);
  settle (50);
  g_assert_true (gtk_widget_is_sensitive (save));

  /* Resolving needs a note; stepping back undoes the step. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.step-forward", NULL);
  settle (50);
  g_assert_false (gtk_widget_is_sensitive (save));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.step-back", NULL);
  settle (50);
  g_assert_true (gtk_widget_is_sensitive (save));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  settle (300);
  g_assert_null (find_window_of_type (GT_TYPE_ISSUE_EDITOR));
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
  GtkWidget *column_view = find_widget (GTK_WIDGET (view), is_of_type,
                                        GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW));
  GtkSelectionModel *selection;

  g_assert_nonnull (column_view);
  g_assert_cmpuint (gt_issues_view_get_n_visible (view), ==, 1);
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view));
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (selection), 0);
  settle (50);

  gtk_widget_activate_action (GTK_WIDGET (view), "view.delete", NULL);
  settle (200);
  g_assert_cmpuint (gt_issues_view_get_n_visible (view), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL);
  settle (200);
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

static gboolean
run_tests_cb (gpointer data)
{
  fixture.window = GT_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (fixture.app)));
  g_assert_nonnull (fixture.window);
  settle (300);

  *(int *) data = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (fixture.window));
  g_application_quit (G_APPLICATION (fixture.app));
  return G_SOURCE_REMOVE;
}

static void
activate_cb (GApplication *app,
             int          *status)
{
  g_idle_add (run_tests_cb, status);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  const char *localedir = g_getenv ("GUATU_LOCALEDIR");
  int status = 1;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);

  fixture.dir = g_dir_make_tmp ("guatu-people-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture.db = g_build_filename (fixture.dir, "demo.db", NULL);
  {
    g_autoptr(GtStore) demo = gt_store_open (fixture.db, &error);

    g_assert_no_error (error);
    gt_demo_populate (demo, gt_demo_size_default (), today, &error);
    g_assert_no_error (error);
  }

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

  fixture.app = gt_application_new ();
  g_application_set_flags (G_APPLICATION (fixture.app), G_APPLICATION_NON_UNIQUE);
  gt_application_set_database (fixture.app, fixture.db);
  g_signal_connect_after (fixture.app, "activate", G_CALLBACK (activate_cb), &status);
  g_application_run (G_APPLICATION (fixture.app), 0, NULL);
  g_clear_object (&fixture.app);

  {
    g_autofree char *wal = g_strconcat (fixture.db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (fixture.db, "-shm", NULL);

    g_unlink (fixture.db);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (fixture.dir);
  }
  g_free (fixture.db);
  g_free (fixture.dir);

  return status;
}
