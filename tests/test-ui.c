/* test-ui.c: Guatu's window on the demo register, driven as a person would.
 *
 * Runs under Xvfb (build-aux/test). Opens the demo database, switches pages,
 * creates a project through the window's own actions and editor, finds it in the
 * list, deletes it and takes it back with undo. With GUATU_SCREENSHOT_DIR set, it
 * saves a PNG of every page and the editor there (run it with LANGUAGE=zh_CN to
 * see the Chinese screens).
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
#include "gt-demo.h"
#include "gt-project-editor.h"
#include "gt-projects-view.h"
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

/* Lets GTK lay out and paint what the last step changed. */
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
  const char *text;

  if (!GTK_IS_BUTTON (widget))
    return FALSE;
  text = gtk_button_get_label (GTK_BUTTON (widget));
  if (text == NULL)
    return FALSE;
  /* Compare without the mnemonic underscore. */
  {
    g_autofree char *plain = g_strdup (text);
    char *out = plain;

    for (const char *p = text; *p; p++)
      if (*p != '_')
        *out++ = *p;
    *out = '\0';
    return g_str_equal (plain, label);
  }
}

static GtkWindow *
find_window_of_type (GType type)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (fixture.app)); l; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;

  return NULL;
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("GUATU_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;

  settle (300);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static GtProjectsView *
projects_view (void)
{
  return GT_PROJECTS_VIEW (gt_window_get_page (fixture.window, "projects"));
}

/* ---- tests ---------------------------------------------------------------- */

static void
test_window_opens_on_projects (void)
{
  GtStore *store = gt_window_get_store (fixture.window);
  guint n_projects = g_list_model_get_n_items (gt_store_get_projects (store));

  g_assert_cmpuint (n_projects, >=, 60);
  gt_window_show_page (fixture.window, "projects");
  settle (200);
  g_assert_cmpstr (gt_window_get_page_name (fixture.window), ==, "projects");
  g_assert_cmpuint (gt_projects_view_get_n_visible (projects_view ()), ==, n_projects);
  save_screenshot (GTK_WIDGET (fixture.window), "projects.png");
}

static void
test_switch_pages (void)
{
  static const char * const pages[] = { "leaders", "issues", "projects" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *shot = g_strdup_printf ("%s.png", pages[i]);

      gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.show-page", "s", pages[i]);
      settle (200);
      g_assert_cmpstr (gt_window_get_page_name (fixture.window), ==, pages[i]);
      if (i < 2)
        save_screenshot (GTK_WIDGET (fixture.window), shot);
    }
}

static void
test_search_filters (void)
{
  GtStore *store = gt_window_get_store (fixture.window);
  GtProject *first = g_list_model_get_item (gt_store_get_projects (store), 0);

  gt_projects_view_set_search_text (projects_view (), gt_project_get_name (first));
  g_assert_cmpuint (gt_projects_view_get_n_visible (projects_view ()), >=, 1);
  gt_projects_view_set_search_text (projects_view (), "没有这样的项目名称");
  g_assert_cmpuint (gt_projects_view_get_n_visible (projects_view ()), ==, 0);
  settle (100);
  save_screenshot (GTK_WIDGET (fixture.window), "projects-no-results.png");
  gt_projects_view_set_search_text (projects_view (), "");
  g_object_unref (first);
}

static void
test_create_project_through_editor (void)
{
  GtStore *store = gt_window_get_store (fixture.window);
  GListModel *projects = gt_store_get_projects (store);
  guint before = g_list_model_get_n_items (projects);
  GtkWindow *editor;
  GtkWidget *name_row, *save;

  gt_window_show_page (fixture.window, "projects");
  gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.new", NULL);
  settle (300);

  editor = find_window_of_type (GT_TYPE_PROJECT_EDITOR);
  g_assert_nonnull (editor);

  save = find_widget (GTK_WIDGET (editor), is_button_labelled, _("Save"));
  g_assert_nonnull (save);
  /* An empty name is invalid: nothing may be saved. */
  g_assert_false (gtk_widget_is_sensitive (save));
  save_screenshot (GTK_WIDGET (editor), "project-editor-empty.png");

  name_row = find_widget (GTK_WIDGET (editor), is_row_titled, _("Name"));
  g_assert_nonnull (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "界面测试新建项目");
  settle (100);
  g_assert_true (gtk_widget_is_sensitive (save));
  save_screenshot (GTK_WIDGET (editor), "project-editor.png");

  g_signal_emit_by_name (save, "clicked");
  settle (300);
  g_assert_null (find_window_of_type (GT_TYPE_PROJECT_EDITOR));
  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, before + 1);

  gt_projects_view_set_search_text (projects_view (), "界面测试新建");
  g_assert_cmpuint (gt_projects_view_get_n_visible (projects_view ()), ==, 1);
  gt_projects_view_set_search_text (projects_view (), "");
}

static void
test_undo_takes_back_the_new_project (void)
{
  GtStore *store = gt_window_get_store (fixture.window);
  GListModel *projects = gt_store_get_projects (store);
  guint before = g_list_model_get_n_items (projects);

  g_assert_true (gt_store_can_undo (store));
  gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL);
  settle (100);
  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, before - 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.redo", NULL);
  settle (100);
  g_assert_cmpuint (g_list_model_get_n_items (projects), ==, before);
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

  fixture.dir = g_dir_make_tmp ("guatu-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture.db = g_build_filename (fixture.dir, "demo.db", NULL);
  {
    g_autoptr(GtStore) store = gt_store_open (fixture.db, &error);

    g_assert_no_error (error);
    gt_demo_populate (store, gt_demo_size_default (), today, &error);
    g_assert_no_error (error);
  }

  g_test_add_func ("/ui/window-opens-on-projects", test_window_opens_on_projects);
  g_test_add_func ("/ui/switch-pages", test_switch_pages);
  g_test_add_func ("/ui/search-filters", test_search_filters);
  g_test_add_func ("/ui/create-project-through-editor", test_create_project_through_editor);
  g_test_add_func ("/ui/undo-takes-back-the-new-project", test_undo_takes_back_the_new_project);

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

  return status;
}
