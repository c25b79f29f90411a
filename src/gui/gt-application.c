/* gt-application.c: the application: command line first, then the window.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "gt-application.h"
#include "gt-a11y.h"
#include "guatu-resources.h"
#include "gt-cli.h"
#include "gt-backup.h"
#include "gt-connect-dialog.h"
#include "gt-damaged-dialog.h"
#include "gt-dialog-fit.h"
#include "gt-preferences.h"
#include "gt-restore.h"
#include "gt-tooltips.h"
#include "gt-window.h"

struct _GtApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  GtStore        *store;
  /* Opens the register while GTK starts up: see gt_application_startup(). */
  GThread        *open_thread;
};

typedef struct {
  GtStore *store;
  GError  *error;
} OpenResult;

G_DEFINE_FINAL_TYPE (GtApplication, gt_application, ADW_TYPE_APPLICATION)

/* Backups are a file's: a server's register is backed up on the server
 * (pg_dump), and Restore from Backup… has nothing to offer for it. */
static void
update_actions (GtApplication *self)
{
  GAction *restore = g_action_map_lookup_action (G_ACTION_MAP (self), "restore-backup");

  if (restore != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (restore),
                                 self->store == NULL || !gt_store_is_server (self->store));
}

/* The file is refused and left untouched: say why in plain words and offer a
 * backup or another file (the dialog keeps the application running). */
static void
show_open_error (GtApplication *self,
                 const char    *path,
                 const GError  *error)
{
  gtk_window_present (GTK_WINDOW (gt_damaged_dialog_new (self, path, error)));
}

static void
server_connected_cb (GtConnectDialog *dialog,
                     GtStore         *store,
                     GtApplication   *self)
{
  gt_application_show_store (self, store, _("Connected to the server"));
}

/* guatu --database postgresql://… and the server did not let us in (no
 * password in ~/.pgpass, the server down): Connect to Server… with the
 * location filled in and why, rather than a damaged file's choices. */
static void
show_connect_error (GtApplication *self,
                    const char    *url,
                    const GError  *error)
{
  GtConnectDialog *dialog = gt_connect_dialog_new (NULL);

  /* An application window: it keeps the application running meanwhile. */
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gt_connect_dialog_set_url (dialog, url);
  gt_connect_dialog_show_error (dialog, error);
  g_signal_connect_object (dialog, "connected", G_CALLBACK (server_connected_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opening reads what the window shows first; the integrity check of the whole
 * file waits for the window (see start_check()). */
static gpointer
open_store_thread (gpointer data)
{
  g_autofree char *path = data;
  OpenResult *result = g_new0 (OpenResult, 1);

  result->store = gt_store_open_deferring_check (path, &result->error);

  return result;
}

typedef struct {
  GtApplication *app;
  GtStore       *store;
  GError        *error;
} CheckJob;

/* Back on the main thread. A damaged file: the window goes, and the message is
 * the one opening it would have given; nothing was written to it, since every
 * write waits for the check. */
static gboolean
check_done_cb (gpointer data)
{
  CheckJob *job = data;

  if (job->error != NULL && job->store == job->app->store)
    {
      GList *windows;

      /* The job's own hold keeps the application while no window is left. */
      while ((windows = gtk_application_get_windows (GTK_APPLICATION (job->app))) != NULL)
        gtk_window_destroy (GTK_WINDOW (windows->data));
      g_clear_object (&job->app->store);
      show_open_error (job->app, gt_store_get_path (job->store), job->error);
    }
  else if (job->error == NULL)
    {
      g_autoptr(GError) purge_error = NULL;

      /* Rows deleted in an earlier session can no longer be undone: drop them. */
      if (!gt_store_purge_deleted (job->store, &purge_error))
        g_warning ("Could not purge deleted rows: %s", purge_error->message);
    }

  g_application_release (G_APPLICATION (job->app));
  g_object_unref (job->app);
  g_object_unref (job->store);
  g_clear_error (&job->error);
  g_free (job);

  return G_SOURCE_REMOVE;
}

static gpointer
check_store_thread (gpointer data)
{
  CheckJob *job = data;

#ifdef __linux__
  /* Behind the window's own work (this thread only; Linux's nice is per thread). */
  setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), 10);
#endif

  /* The daily backup, of a file that just passed the check; a failure costs
   * the backup, never the session. A server's register is the server's to
   * back up (pg_dump). */
  if (gt_store_check (job->store, &job->error) && !gt_store_is_server (job->store))
    {
      g_autoptr(GError) backup_error = NULL;
      g_autofree char *backup = gt_backup_daily (gt_store_get_path (job->store), NULL,
                                                 GT_BACKUP_KEEP, &backup_error);

      if (backup_error != NULL)
        g_warning ("Could not make the daily backup: %s", backup_error->message);
    }

  g_idle_add (check_done_cb, job);
  return NULL;
}

/* The check reads every page of the file (a tenth of a second at 5,000
 * projects), the backup copies it: both after the first frame, in a thread at a
 * lower priority. */
static void
start_check (GtApplication *self)
{
  CheckJob *job = g_new0 (CheckJob, 1);

  job->app = g_object_ref (self);
  job->store = g_object_ref (self->store);
  g_application_hold (G_APPLICATION (self));
  g_thread_unref (g_thread_new ("guatu-check", check_store_thread, job));
}

static gboolean
open_store (GtApplication  *self,
            GError        **error)
{
  OpenResult *result;

  if (self->open_thread == NULL)
    {
      char *path = self->database_path ? g_strdup (self->database_path)
                                       : gt_store_dup_default_path ();

      self->open_thread = g_thread_new ("guatu-open", open_store_thread, path);
    }

  result = g_thread_join (g_steal_pointer (&self->open_thread));
  self->store = result->store;
  if (result->error != NULL)
    g_propagate_error (error, result->error);
  g_free (result);

  return self->store != NULL;
}

static void
gt_application_activate (GApplication *app)
{
  GtApplication *self = GT_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GError) error = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->store == NULL && !open_store (self, &error))
    {
      g_autofree char *path = self->database_path ? g_strdup (self->database_path)
                                                  : gt_store_dup_default_path ();

      if (gt_store_location_is_server (path))
        show_connect_error (self, path, error);
      else
        show_open_error (self, path, error);
      return;
    }

  update_actions (self);
  window = GTK_WINDOW (gt_window_new (self, self->store));
  gtk_window_present (window);
  start_check (self);
}

static int
gt_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  GtApplication *self = GT_APPLICATION (app);
  const char *database = NULL;
  int status;

  /* --summary, --demo and friends run here, before GTK is initialised, so they
   * work from cron or SSH with no display. */
  status = gt_cli_run (options);
  if (status >= 0)
    return status;

  if (g_variant_dict_lookup (options, "database", "^&ay", &database))
    {
      gt_application_set_database (self, database);
      /* Another file deserves its own process rather than the running window. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  return -1;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (app);

  /* Close windows properly so that each saves its size. */
  for (GList *l = windows; l != NULL; l = windows)
    {
      windows = l->next;
      gtk_window_close (GTK_WINDOW (l->data));
    }
  g_application_quit (G_APPLICATION (app));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Guatu authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Guatu"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Guatu authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Track key projects and print their wall charts"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);

  gtk_window_present (GTK_WINDOW (gt_preferences_new (gtk_application_get_active_window (app))));
}

static void
restore_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);

  gt_restore_run (GT_APPLICATION (app), gtk_application_get_active_window (app));
}

static void
connect_server_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtConnectDialog *dialog = gt_connect_dialog_new (gtk_application_get_active_window (app));

  g_signal_connect_object (dialog, "connected", G_CALLBACK (server_connected_cb), app, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const GActionEntry app_actions[] = {
  { "connect-server", connect_server_activated },
  { "preferences", preferences_activated },
  { "restore-backup", restore_activated },
  { "quit", quit_activated },
  { "about", about_activated },
};

/* Lookups are safe from any thread once the theme is set up (gtkicontheme.c). */
static gpointer
read_icon_theme_thread (gpointer data)
{
  g_autoptr(GtkIconTheme) theme = data;

  gtk_icon_theme_has_icon (theme, "list-add-symbolic");
  return NULL;
}

static void
gt_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.new", { "<Control>n", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "win.import", { "<Control>i", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.print-preview", { "<Control><Shift>p", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", NULL } },
    { "win.show-page('overview')", { "<Alt>1", NULL } },
    { "win.show-page('projects')", { "<Alt>2", NULL } },
    { "win.show-page('reports')", { "<Alt>3", NULL } },
    { "win.show-page('gantt')", { "<Alt>4", NULL } },
    { "win.show-page('leaders')", { "<Alt>5", NULL } },
    { "win.show-page('issues')", { "<Alt>6", NULL } },
    { "win.present", { "F5", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  GtApplication *self = GT_APPLICATION (app);

  /* Reading and checking the register takes as long as connecting to the display
   * and loading the theme; on two cores both can happen at once. The store is
   * touched by no one else until gt_application_activate() joins the thread. */
  if (self->store == NULL && self->open_thread == NULL)
    {
      char *path = self->database_path ? g_strdup (self->database_path)
                                       : gt_store_dup_default_path ();

      self->open_thread = g_thread_new ("guatu-open", open_store_thread, path);
    }

  G_APPLICATION_CLASS (gt_application_parent_class)->startup (app);

  /* Every tooltip of every window wraps Chinese as lines, not a character a
   * line, and none shows over an open menu. */
  gt_tooltips_install ();
  /* Every dialog fits the screen it opens on (800 × 600 in some offices). */
  gt_dialog_fit_install ();
  /* Every element a screen reader reaches is named, and once (gt-a11y.h). */
  gt_a11y_install ();

  /* GtkApplication has the icon theme read again once it added its resource
   * path, by whichever thread first asks for an icon: the window's, as it is
   * realized. Asked from a thread of our own now, the reading overlaps with
   * opening the register and building the window. */
  if (gdk_display_get_default () != NULL)
    {
      GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

      g_thread_unref (g_thread_new ("guatu-icons", read_icon_theme_thread,
                                    g_object_ref (theme)));
    }

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app),
                                           accels[i].action, accels[i].accels);
}

static void
gt_application_finalize (GObject *object)
{
  GtApplication *self = GT_APPLICATION (object);

  if (self->open_thread != NULL)
    {
      OpenResult *result = g_thread_join (g_steal_pointer (&self->open_thread));

      g_clear_object (&result->store);
      g_clear_error (&result->error);
      g_free (result);
    }
  g_clear_pointer (&self->database_path, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gt_application_parent_class)->finalize (object);
}

static void
gt_application_class_init (GtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = gt_application_finalize;
  app_class->activate = gt_application_activate;
  app_class->startup = gt_application_startup;
  app_class->handle_local_options = gt_application_handle_local_options;
}

static void
gt_application_init (GtApplication *self)
{
  static gsize resources_registered;

  if (g_once_init_enter (&resources_registered))
    g_once_init_leave (&resources_registered, (guatu_register_resource (), 1));

  gt_cli_add_options (G_APPLICATION (self));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Track key projects and print their wall charts."));
  g_application_set_option_context_description (G_APPLICATION (self),
    _("Without an option that prints or writes something, the window opens on the "
      "register (--database FILE, else the default register)."));
}

GtApplication *
gt_application_new (void)
{
  return g_object_new (GT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", "/io/github/guatu/Guatu",
                       NULL);
}

GtStore *
gt_application_get_store (GtApplication *self)
{
  g_return_val_if_fail (GT_IS_APPLICATION (self), NULL);

  return self->store;
}

gboolean
gt_application_reopen (GtApplication  *self,
                       const char     *toast,
                       GError        **error)
{
  GtkWidget *window;
  GList *windows;

  g_return_val_if_fail (GT_IS_APPLICATION (self), FALSE);

  /* Held, so that closing the last window does not end the application. */
  g_application_hold (G_APPLICATION (self));
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));
  g_clear_object (&self->store);

  if (!open_store (self, error))
    {
      g_application_release (G_APPLICATION (self));
      return FALSE;
    }
  update_actions (self);
  window = GTK_WIDGET (gt_window_new (self, self->store));
  gtk_window_present (GTK_WINDOW (window));
  start_check (self);
  if (toast != NULL)
    gt_window_show_toast (GT_WINDOW (window), toast);
  g_application_release (G_APPLICATION (self));

  return TRUE;
}

void
gt_application_show_store (GtApplication *self,
                           GtStore       *store,
                           const char    *toast)
{
  GtkWidget *window;
  GList *windows;

  g_return_if_fail (GT_IS_APPLICATION (self));
  g_return_if_fail (GT_IS_STORE (store));

  /* As gt_application_reopen(), with the register opened already. Held, so
   * that closing the last window does not end the application. */
  g_application_hold (G_APPLICATION (self));
  g_object_ref (store);
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));
  g_clear_object (&self->store);
  self->store = store;
  /* Its location may hold a typed password: kept in memory for this session
   * (gt_application_reopen() needs it), never written anywhere. */
  gt_application_set_database (self, gt_store_get_path (store));
  update_actions (self);

  window = GTK_WIDGET (gt_window_new (self, self->store));
  gtk_window_present (GTK_WINDOW (window));
  start_check (self);
  if (toast != NULL)
    gt_window_show_toast (GT_WINDOW (window), toast);
  g_application_release (G_APPLICATION (self));
}

void
gt_application_set_database (GtApplication *self,
                             const char    *path)
{
  g_return_if_fail (GT_IS_APPLICATION (self));

  g_free (self->database_path);
  self->database_path = g_strdup (path);
}
