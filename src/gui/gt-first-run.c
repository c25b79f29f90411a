/* gt-first-run.c: what an empty register offers: import, the example, the
 * office's name.
 *
 * A new clerk opening Guatu met an overview of zeros. The office already has
 * its ledger in Excel or WPS, so importing it comes first; the example register
 * (the one `guatu --demo` makes) shows what the pages are for before the real
 * one is filled; the office's name heads every printed report, and here it is
 * asked for once instead of being found in the preferences later.
 *
 * The example is a file of its own beside the user's register: opening it
 * never writes to the user's file, which opens again at the next start.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <time.h>

#include "gt-application.h"
#include "gt-demo.h"
#include "gt-first-run.h"
#include "gt-lazy-icons.h"

struct _GtFirstRun
{
  AdwBin      parent_instance;

  GSettings  *settings;

  /* template children */
  GtkWidget  *new_button;
  GtkWidget  *office_row;
};

G_DEFINE_FINAL_TYPE (GtFirstRun, gt_first_run, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_OFFER_NEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct {
  GtApplication *app;
  char          *path;
  char          *previous;  /* the register shown until now */
} OpenJob;

/* Runs once the click is over: reopening destroys the window the button is in. */
static gboolean
open_example_idle (gpointer user_data)
{
  OpenJob *job = user_data;
  g_autoptr(GError) error = NULL;

  gt_application_set_database (job->app, job->path);
  if (!gt_application_reopen (job->app,
                              _("This is the example register. Your own register is "
                                "unchanged and opens at the next start."),
                              &error))
    {
      g_autoptr(GError) back_error = NULL;
      g_autofree char *message = g_strdup_printf (_("Could not open the example: %s"),
                                                  error->message);

      /* Back to the register the clerk was in, saying why. */
      gt_application_set_database (job->app, job->previous);
      if (!gt_application_reopen (job->app, message, &back_error))
        {
          GtkWidget *dialog = adw_message_dialog_new (NULL, _("Could Not Open the Example"),
                                                      error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close",
                                           _("_Close"));
          gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (job->app));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }

  g_object_unref (job->app);
  g_free (job->path);
  g_free (job->previous);
  g_free (job);
  return G_SOURCE_REMOVE;
}

static void
show_error (GtFirstRun   *self,
            const char   *heading,
            const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
example_clicked_cb (GtFirstRun *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root))
                                             : NULL;
  g_autofree char *path = gt_first_run_dup_example_path ();
  g_autoptr(GError) error = NULL;
  GtStore *store;
  OpenJob *job;

  if (!GT_IS_APPLICATION (app))
    return;

  if (!gt_first_run_ensure_example (path, &error))
    {
      show_error (self, _("Could Not Make the Example"), error);
      return;
    }

  job = g_new0 (OpenJob, 1);
  job->app = g_object_ref (GT_APPLICATION (app));
  job->path = g_steal_pointer (&path);
  store = gt_application_get_store (GT_APPLICATION (app));
  job->previous = store != NULL ? g_strdup (gt_store_get_path (store)) : NULL;
  g_idle_add (open_example_idle, job);
}

static void
gt_first_run_dispose (GObject *object)
{
  GtFirstRun *self = GT_FIRST_RUN (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GT_TYPE_FIRST_RUN);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gt_first_run_parent_class)->dispose (object);
}

static void
gt_first_run_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  GtFirstRun *self = GT_FIRST_RUN (object);

  switch (prop_id)
    {
    case PROP_OFFER_NEW:
      g_value_set_boolean (value, gtk_widget_get_visible (self->new_button));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_first_run_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  GtFirstRun *self = GT_FIRST_RUN (object);

  switch (prop_id)
    {
    case PROP_OFFER_NEW:
      gt_first_run_set_offer_new (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_first_run_class_init (GtFirstRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_first_run_dispose;
  object_class->get_property = gt_first_run_get_property;
  object_class->set_property = gt_first_run_set_property;

  /* The projects page's view.new: a first project by hand. */
  properties[PROP_OFFER_NEW] =
    g_param_spec_boolean ("offer-new", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/guatu/Guatu/gt-first-run.ui");
  gtk_widget_class_bind_template_child (widget_class, GtFirstRun, new_button);
  gtk_widget_class_bind_template_child (widget_class, GtFirstRun, office_row);
  gtk_widget_class_bind_template_callback (widget_class, example_clicked_cb);
}

static void
gt_first_run_init (GtFirstRun *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The status page is the bin's child, not a template child: AdwBin
   * unparents it itself. */
  gt_lazy_icons_defer (GTK_WIDGET (self));

  /* Saved as typed, as in the preferences, where the same name can be changed. */
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "office-name", self->office_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
}

GtkWidget *
gt_first_run_new (void)
{
  return g_object_new (GT_TYPE_FIRST_RUN, NULL);
}

void
gt_first_run_set_offer_new (GtFirstRun *self,
                            gboolean    offer_new)
{
  g_return_if_fail (GT_IS_FIRST_RUN (self));

  offer_new = !!offer_new;
  if (gtk_widget_get_visible (self->new_button) == offer_new)
    return;
  gtk_widget_set_visible (self->new_button, offer_new);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFER_NEW]);
}

char *
gt_first_run_dup_example_path (void)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "guatu", NULL);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    g_debug ("Could not create %s: %s", folder, g_strerror (errno));
  return g_build_filename (folder, "demo.db", NULL);
}

gboolean
gt_first_run_ensure_example (const char  *path,
                             GError     **error)
{
  g_autoptr(GtStore) store = NULL;
  GDate today;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  /* Made exclusively, as `guatu --demo` does: a file that is there (the
   * example made before, with whatever was tried in it) is opened as it is. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        return TRUE;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s: %s",
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  store = gt_store_open (path, error);
  if (store == NULL || !gt_demo_populate (store, gt_demo_size_default (), &today, error))
    {
      /* Half made and ours: leave nothing behind. */
      g_clear_object (&store);
      g_unlink (path);
      return FALSE;
    }

  return TRUE;
}
