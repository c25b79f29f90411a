/* gt-restore.c: restoring the register from one of its dated backups.
 *
 * The work is gt_backup_restore() in core; here the user picks a date and
 * confirms, and the application reopens the file, since every object the
 * window shows still holds the contents from before.
 *
 * A damaged register is replaced differently (gt_backup_replace_damaged()):
 * it is renamed aside rather than copied into the backups, and only backups
 * that pass the integrity check (gt_backup_list_intact(), in a thread here)
 * are offered.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-backup.h"
#include "gt-restore.h"

typedef struct {
  GtApplication *app;
  GPtrArray     *backups;   /* paths, newest first */
  GtkDropDown   *choice;
} RestoreData;

static void
restore_data_free (RestoreData *data)
{
  g_object_unref (data->app);
  g_ptr_array_unref (data->backups);
  g_free (data);
}

static void
show_message (GtkWindow  *parent,
              const char *heading,
              const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

char *
gt_restore_format_backup (const char *path)
{
  g_autoptr(GDateTime) time = gt_backup_get_time (path);

  /* A date and time as the office writes them, e.g. 2026-03-01 09:00. */
  return time != NULL ? g_date_time_format (time, _("%Y-%m-%d %H:%M")) : g_strdup (path);
}

typedef struct {
  GtApplication *app;
  char          *chosen;
} RestoreJob;

/* Runs once the dialog is gone: it is transient for the window that reopening
 * destroys. */
static gboolean
restore_idle (gpointer user_data)
{
  RestoreJob *job = user_data;
  GtStore *store = gt_application_get_store (job->app);
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *when = gt_restore_format_backup (job->chosen);
  g_autofree char *message = NULL;

  if (store == NULL)
    ;
  else if (!gt_backup_restore (gt_store_get_path (store), job->chosen, &saved, &error))
    {
      show_message (gtk_application_get_active_window (GTK_APPLICATION (job->app)),
                    _("Could Not Restore the Backup"), error->message);
    }
  else
    {
      /* The file now holds the backup; the window still shows what was there. */
      message = g_strdup_printf (_("Restored the backup of %s. The register as it was "
                                   "before is kept as a backup too."), when);
      if (!gt_application_reopen (job->app, message, &error))
        {
          GtkWidget *dialog = adw_message_dialog_new (NULL, _("Could Not Open the Register"),
                                                      error->message);

          /* No window is left: the dialog keeps the application running until
           * it is read. */
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (job->app));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }

  g_object_unref (job->app);
  g_free (job->chosen);
  g_free (job);
  return G_SOURCE_REMOVE;
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             RestoreData      *data)
{
  RestoreJob *job;
  guint index;

  if (g_strcmp0 (response, "restore") != 0)
    return;
  index = gtk_drop_down_get_selected (data->choice);
  if (index >= data->backups->len)
    return;

  job = g_new0 (RestoreJob, 1);
  job->app = g_object_ref (data->app);
  job->chosen = g_strdup (g_ptr_array_index (data->backups, index));
  g_idle_add (restore_idle, job);
}

void
gt_restore_run (GtApplication *app,
                GtkWindow     *parent)
{
  GtStore *store = gt_application_get_store (app);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *dir = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *body = NULL;
  RestoreData *data;
  GtkWidget *dialog;
  GtkWidget *choice;

  g_return_if_fail (GT_IS_APPLICATION (app));
  if (store == NULL)
    return;

  backups = gt_backup_list (gt_store_get_path (store), &error);
  if (backups == NULL)
    {
      show_message (parent, _("Could Not List the Backups"), error->message);
      return;
    }
  dir = gt_backup_dup_dir (gt_store_get_path (store));
  folder = g_filename_display_name (dir);
  if (backups->len == 0)
    {
      body = g_strdup_printf (_("Guatu backs up the register once a day when it starts, "
                                "into “%s”. There is no backup yet."), folder);
      show_message (parent, _("No Backups Yet"), body);
      return;
    }

  for (guint i = 0; i < backups->len; i++)
    {
      g_autofree char *label = gt_restore_format_backup (g_ptr_array_index (backups, i));

      gtk_string_list_append (labels, label);
    }

  body = g_strdup_printf (_("The register is replaced by the backup of the date chosen. "
                            "What it holds now is backed up first, into “%s”, so this "
                            "can be undone by restoring that copy."), folder);
  dialog = adw_message_dialog_new (parent, _("Restore from Backup?"), body);
  choice = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Backup"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), choice);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  data = g_new0 (RestoreData, 1);
  data->app = g_object_ref (app);
  data->backups = g_steal_pointer (&backups);
  data->choice = GTK_DROP_DOWN (choice);
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb), data,
                         (GClosureNotify) restore_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- damaged registers --------------------------------------------------- */

static void
list_good_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *good = gt_backup_list_intact (task_data, &error);

  if (good == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, good, (GDestroyNotify) g_ptr_array_unref);
}

void
gt_restore_list_good_backups_async (const char          *db_path,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, gt_restore_list_good_backups_async);
  g_task_set_task_data (task, g_strdup (db_path), g_free);
  g_task_run_in_thread (task, list_good_thread);
}

GPtrArray *
gt_restore_list_good_backups_finish (GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
