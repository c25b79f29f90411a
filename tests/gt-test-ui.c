/* gt-test-ui.c
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "gt-demo.h"
#include "gt-test-ui.h"

static GtApplication *app;
static GtWindow *window;

static gboolean
quit_loop_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

void
gt_test_ui_settle (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_loop_cb, loop);
  g_main_loop_run (loop);
}

GtWindow *
gt_test_ui_window (void)
{
  return window;
}

GtStore *
gt_test_ui_store (void)
{
  return gt_window_get_store (window);
}

GtkWidget *
gt_test_ui_find_widget (GtkWidget             *root,
                        GtTestWidgetPredicate  predicate,
                        gconstpointer          data)
{
  if (predicate (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gt_test_ui_find_widget (child, predicate, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWindow *
gt_test_ui_find_window (GType type)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

gboolean
gt_test_ui_is_row_titled (GtkWidget     *widget,
                          gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static char *
strip_mnemonic (const char *text)
{
  char *plain = g_strdup (text);
  char *out = plain;

  for (const char *p = text; *p; p++)
    if (*p != '_')
      *out++ = *p;
  *out = '\0';
  return plain;
}

/* Compares without mnemonic underscores, so that "_Save" matches "Save" and a
 * translation's "交办(_A)…" matches itself. */
gboolean
gt_test_ui_is_button_labelled (GtkWidget     *widget,
                               gconstpointer  label)
{
  g_autofree char *plain = NULL;
  g_autofree char *wanted = NULL;
  const char *text;

  if (!GTK_IS_BUTTON (widget) || (text = gtk_button_get_label (GTK_BUTTON (widget))) == NULL)
    return FALSE;

  plain = strip_mnemonic (text);
  wanted = strip_mnemonic (label);
  return g_str_equal (plain, wanted);
}

gboolean
gt_test_ui_is_of_type (GtkWidget     *widget,
                       gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

GdkTexture *
gt_test_ui_render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  int width, height;

  gt_test_ui_settle (300);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                      node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

void
gt_test_ui_save_texture (GdkTexture *texture,
                         const char *name)
{
  const char *dir = g_getenv ("GUATU_SCREENSHOT_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  path = g_build_filename (dir, name, NULL);
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

void
gt_test_ui_save_screenshot (GtkWidget  *widget,
                            const char *name)
{
  g_autoptr(GdkTexture) texture = NULL;

  /* Only to look at: a test that asserts on pixels calls gt_test_ui_render(). */
  if (g_getenv ("GUATU_SCREENSHOT_DIR") == NULL)
    return;

  texture = gt_test_ui_render (widget);
  gt_test_ui_save_texture (texture, name);
}

static gboolean
run_tests_cb (gpointer data)
{
  window = GT_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  gt_test_ui_settle (300);

  *(int *) data = g_test_run ();

  /* Whatever windows are open by now: a test may have replaced the first one
   * (restoring a backup reopens the register in a new window). */
  for (GList *l; (l = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL;)
    gtk_window_destroy (GTK_WINDOW (l->data));
  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static void
activate_cb (GApplication *application,
             int          *status)
{
  g_idle_add (run_tests_cb, status);
}

static int
run_on_register (int     *argc,
                 char  ***argv,
                 void   (*add_tests) (void),
                 gboolean demo_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  const char *localedir = g_getenv ("GUATU_LOCALEDIR");
  int status = 1;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (argc, argv, NULL);

  dir = g_dir_make_tmp ("guatu-ui-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (dir, "demo.db", NULL);
  {
    g_autoptr(GtStore) demo = gt_store_open (db, &error);

    g_assert_no_error (error);
    if (demo_data)
      gt_demo_populate (demo, gt_demo_size_default (), today, &error);
    g_assert_no_error (error);
  }

  add_tests ();

  app = gt_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  gt_application_set_database (app, db);
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), &status);
  g_application_run (G_APPLICATION (app), 0, NULL);
  g_clear_object (&app);

  {
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);

    g_unlink (db);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }

  return status;
}

int
gt_test_ui_run (int    *argc,
                char ***argv,
                void  (*add_tests) (void))
{
  return run_on_register (argc, argv, add_tests, TRUE);
}

int
gt_test_ui_run_empty (int    *argc,
                      char ***argv,
                      void  (*add_tests) (void))
{
  return run_on_register (argc, argv, add_tests, FALSE);
}

gboolean
gt_test_ui_menu_has_action (GMenuModel *model,
                            const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
      if (section != NULL && gt_test_ui_menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}
