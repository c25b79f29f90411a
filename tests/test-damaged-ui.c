/* test-damaged-ui.c: the window on a register damaged where opening does not
 * look.
 *
 * The window shows the register before its integrity check has read the whole
 * file (the check runs in a thread once the window is up). A file damaged past
 * what the window reads first must still end in the message an open would
 * have given, the window gone, and not a byte of the file changed.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "gt-application.h"
#include "gt-test-util.h"
#include "gt-window.h"

typedef struct {
  GtApplication *app;
  gboolean       saw_window;
  char          *message;
  guint          polls;
} Run;

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
poll_cb (gpointer data)
{
  Run *run = data;
  AdwMessageDialog *dialog;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (run->app));

  if (GT_IS_WINDOW (window))
    run->saw_window = TRUE;

  dialog = find_message_dialog ();
  if (dialog != NULL)
    {
      run->message = g_strdup (adw_message_dialog_get_body (dialog));
      /* No register window is left to write through. */
      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (run->app)); l; l = l->next)
        g_assert_false (GT_IS_WINDOW (l->data));
      adw_message_dialog_response (dialog, "close");
      gtk_window_destroy (GTK_WINDOW (dialog));
      return G_SOURCE_REMOVE;
    }

  /* Ten seconds at most: the check reads a demo register in milliseconds. */
  g_assert_cmpuint (++run->polls, <, 1000);
  return G_SOURCE_CONTINUE;
}

static void
activate_cb (GApplication *app,
             Run          *run)
{
  g_timeout_add (10, poll_cb, run);
}

static void
test_damaged_register (void)
{
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = NULL;
  g_autofree char *display = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize n_before, n_after;
  Run run = { 0 };

  {
    g_autoptr(GtStore) demo = gt_test_open_demo (dir, today);

    path = g_strdup (gt_store_get_path (demo));
  }
  display = g_filename_display_name (path);
  /* Issues load when a view first asks for them, not to open the window. */
  gt_test_damage_table (path, "issues");
  g_assert_true (g_file_get_contents (path, &before, &n_before, NULL));

  run.app = gt_application_new ();
  g_application_set_flags (G_APPLICATION (run.app), G_APPLICATION_NON_UNIQUE);
  gt_application_set_database (run.app, path);
  g_signal_connect_after (run.app, "activate", G_CALLBACK (activate_cb), &run);
  g_application_run (G_APPLICATION (run.app), 0, NULL);
  g_clear_object (&run.app);

  g_assert_nonnull (run.message);
  g_assert_nonnull (strstr (run.message, display));
  g_assert_nonnull (strstr (run.message, _("the file is damaged")));
  g_test_message ("window shown first: %s; message: %s", run.saw_window ? "yes" : "no",
                  run.message);

  g_assert_true (g_file_get_contents (path, &after, &n_after, NULL));
  g_assert_cmpmem (before, n_before, after, n_after);

  g_free (run.message);
  gt_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("GUATU_LOCALEDIR");

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/damaged-ui/damaged-register", test_damaged_register);

  return g_test_run ();
}
