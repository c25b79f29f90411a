/* test-live-ui.c: what another program commits to the open register shows in
 * the window within a second or so, without anyone touching it.
 *
 * The other program is tests/live-edit, a process of its own.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-overview-view.h"
#include "gt-project-editor.h"
#include "gt-projects-view.h"
#include "gt-test-ui.h"

/* Long enough for a loaded machine; the window polls twice a second. */
#define WAIT_SECONDS 5

static GtProjectsView *
projects_view (void)
{
  return GT_PROJECTS_VIEW (gt_window_get_page (gt_test_ui_window (), "projects"));
}

static char *
live_edit (const char *first_edit,
           ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_test_build_filename (G_TEST_BUILT, "live-edit", NULL);
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;
  va_list args;

  g_ptr_array_add (argv, program);
  g_ptr_array_add (argv, (gpointer) gt_store_get_path (gt_test_ui_store ()));
  va_start (args, first_edit);
  for (const char *arg = first_edit; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("live-edit failed: %s", err);

  return out;
}

/* Runs the main loop until the Projects page shows @n rows for its search, as
 * a person would see it; the time it took, in seconds. */
static gboolean
tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static double
wait_for_visible (guint n)
{
  gint64 start = g_get_monotonic_time ();
  /* Wakes the loop up to look at the clock, should nothing else happen. */
  guint tick = g_timeout_add (50, tick_cb, NULL);

  while (gt_projects_view_get_n_visible (projects_view ()) != n &&
         g_get_monotonic_time () - start < WAIT_SECONDS * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);

  g_assert_cmpuint (gt_projects_view_get_n_visible (projects_view ()), ==, n);
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static void
count_changed (GtStore *store,
               guint   *n_changed)
{
  (*n_changed)++;
}

static void
test_projects_list (void)
{
  GtWindow *window = gt_test_ui_window ();
  GtStore *store = gt_test_ui_store ();
  g_autofree char *added = NULL;
  g_autofree char *id = NULL;
  GtProject *project;
  guint n_changed = 0;
  gulong handler;
  double seconds;

  /* The window someone works in polls; this one is it. */
  gtk_window_present (GTK_WINDOW (window));
  gt_window_show_page (window, "projects");
  gt_test_ui_settle (200);
  g_assert_true (gtk_window_is_active (GTK_WINDOW (window)));
  handler = g_signal_connect (store, "changed", G_CALLBACK (count_changed), &n_changed);

  gt_projects_view_set_search_text (projects_view (), "高铁站前广场");
  g_assert_cmpuint (gt_projects_view_get_n_visible (projects_view ()), ==, 0);

  /* Added elsewhere: in the list, found by the search. */
  added = live_edit ("add-project", "高铁站前广场", NULL);
  id = g_strstrip (g_strdup (added));
  seconds = wait_for_visible (1);
  g_test_message ("a project added by another process showed after %.2f s", seconds);
  project = gt_store_lookup_project (store, g_ascii_strtoll (id, NULL, 10));
  g_assert_nonnull (project);
  g_assert_cmpstr (gt_project_get_name (project), ==, "高铁站前广场");
  /* The overview and charts redraw on ::changed: once for the commit. */
  g_assert_cmpuint (n_changed, ==, 1);

  /* Renamed elsewhere: the row follows its new name. */
  g_free (live_edit ("rename-project", id, "高铁站前广场（二期）", NULL));
  gt_projects_view_set_search_text (projects_view (), "二期");
  g_assert_cmpuint (gt_projects_view_get_n_visible (projects_view ()), ==, 0);
  wait_for_visible (1);

  /* Deleted elsewhere: gone from the list. */
  g_free (live_edit ("delete-project", id, NULL));
  wait_for_visible (0);
  g_assert_null (gt_store_lookup_project (store, g_ascii_strtoll (id, NULL, 10)));

  gt_projects_view_set_search_text (projects_view (), "");
  g_signal_handler_disconnect (store, handler);
}

/* The Overview's figures (and the charts drawn from them) follow a project
 * and a month's report committed elsewhere. */
static void
test_overview (void)
{
  GtWindow *window = gt_test_ui_window ();
  GtOverviewView *view;
  const GtFigures *figures;
  g_autofree char *added = NULL;
  g_autofree char *year = NULL;
  g_autofree char *month = NULL;
  guint projects;
  gint64 completed;
  gint64 start;
  guint tick;

  gtk_window_present (GTK_WINDOW (window));
  gt_window_show_page (window, "overview");
  gt_test_ui_settle (300);
  view = GT_OVERVIEW_VIEW (gt_window_get_page (window, "overview"));
  figures = gt_overview_view_get_figures (view);
  g_assert_nonnull (figures);
  projects = figures->total.projects;
  completed = figures->total.completed;
  year = g_strdup_printf ("%d", figures->year);
  month = g_strdup_printf ("%d", figures->month);

  added = live_edit ("add-project", "城北物流园", NULL);
  g_strstrip (added);
  g_free (live_edit ("report", added, year, month, "3000000", NULL));

  start = g_get_monotonic_time ();
  tick = g_timeout_add (50, tick_cb, NULL);
  while ((gt_overview_view_get_figures (view) == NULL ||
          gt_overview_view_get_figures (view)->total.projects != projects + 1 ||
          gt_overview_view_get_figures (view)->total.completed != completed + 3000000) &&
         g_get_monotonic_time () - start < WAIT_SECONDS * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);

  figures = gt_overview_view_get_figures (view);
  g_assert_cmpuint (figures->total.projects, ==, projects + 1);
  g_assert_cmpint (figures->total.completed, ==, completed + 3000000);
  g_test_message ("the overview showed them after %.2f s",
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  g_free (live_edit ("delete-project", added, NULL));
  gt_window_show_page (window, "projects");
}

/* An editor open while another program renames its project: the lists show
 * the new name, but the editor's fields still hold the old one, and saving
 * them would put it back without a word. The save is refused instead. */
static void
test_editor_over_change (void)
{
  GtWindow *window = gt_test_ui_window ();
  GtStore *store = gt_test_ui_store ();
  g_autoptr(GtProject) project = g_list_model_get_item (gt_store_get_projects (store), 0);
  gint64 id = gt_project_get_id (project);
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autofree char *old_name = g_strdup (gt_project_get_name (project));
  GtProjectEditor *editor;
  GtkWidget *notes;
  gint64 start;
  guint tick;

  gtk_window_present (GTK_WINDOW (window));
  gt_window_show_page (window, "projects");
  editor = gt_project_editor_new (GTK_WINDOW (window), store, project);
  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (300);

  g_free (live_edit ("rename-project", id_text, "别处改过的名称", NULL));
  /* The window polls while it is the active one. */
  gtk_window_present (GTK_WINDOW (window));
  start = g_get_monotonic_time ();
  tick = g_timeout_add (50, tick_cb, NULL);
  while (g_strcmp0 (gt_project_get_name (gt_store_lookup_project (store, id)),
                    "别处改过的名称") != 0 &&
         g_get_monotonic_time () - start < WAIT_SECONDS * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  g_assert_cmpstr (gt_project_get_name (gt_store_lookup_project (store, id)), ==,
                   "别处改过的名称");

  /* Something typed in the editor, then Save. */
  notes = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_of_type,
                                  GSIZE_TO_POINTER (GTK_TYPE_TEXT_VIEW));
  g_assert_nonnull (notes);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes)), "编辑器里写的", -1);
  gt_test_ui_settle (50);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  gt_test_ui_settle (200);

  g_assert_cmpstr (gt_project_get_name (gt_store_lookup_project (store, id)), ==,
                   "别处改过的名称");
  g_assert_cmpstr (gt_project_get_name (gt_store_lookup_project (store, id)), !=, old_name);

  gtk_window_destroy (GTK_WINDOW (editor));
  gt_test_ui_settle (100);
  g_free (live_edit ("rename-project", id_text, old_name, NULL));
}

static void
add_tests (void)
{
  g_test_add_func ("/live-ui/projects-list", test_projects_list);
  g_test_add_func ("/live-ui/overview", test_overview);
  g_test_add_func ("/live-ui/editor-over-change", test_editor_over_change);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
