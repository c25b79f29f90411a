/* gt-restore.c: restoring the register from one of its dated backups.
 *
 * The work is gt_backup_restore() in core; here the user picks a date and
 * confirms, and the application reopens the file, since every object the
 * window shows still holds the contents from before.
 *
 * A damaged register is replaced differently (gt_restore_replace_damaged()):
 * it is renamed aside rather than copied into the backups, and only backups
 * that pass the integrity check are offered.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

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

/* Read-only and immutable: looking at a backup must not change it, nor leave a
 * -wal or -shm beside it. */
static sqlite3 *
open_immutable (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *uri = g_filename_to_uri (absolute, NULL, NULL);
  g_autofree char *name = NULL;
  sqlite3 *db = NULL;

  if (uri == NULL)
    return NULL;
  name = g_strconcat (uri, "?immutable=1", NULL);
  if (sqlite3_open_v2 (name, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
    {
      sqlite3_close (db);
      return NULL;
    }
  return db;
}

/* What gt_backup_restore() asks of a backup: a register of this build or an
 * older one, whose every page passes quick_check. */
static gboolean
is_intact (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  stmt = NULL;
  if (version < 1 || version > GT_STORE_SCHEMA_VERSION)
    return FALSE;

  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);

  return ok;
}

static gboolean
backup_is_intact (const char *path)
{
  sqlite3 *db = open_immutable (path);
  gboolean ok = db != NULL && is_intact (db);

  sqlite3_close (db);
  return ok;
}

GPtrArray *
gt_restore_list_good_backups (const char  *db_path,
                              GError     **error)
{
  g_autoptr(GPtrArray) all = gt_backup_list (db_path, error);
  GPtrArray *good;

  if (all == NULL)
    return NULL;
  good = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < all->len; i++)
    if (backup_is_intact (g_ptr_array_index (all, i)))
      g_ptr_array_add (good, g_strdup (g_ptr_array_index (all, i)));

  return good;
}

static void
list_good_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *good = gt_restore_list_good_backups (task_data, &error);

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

char *
gt_restore_dup_kept_path (const char *db_path,
                          GDateTime  *when)
{
  g_autofree char *stamp = g_date_time_format (when, "%Y%m%d-%H%M%S");

  return g_strdup_printf ("%s.damaged-%s", db_path, stamp);
}

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *db_path)
{
  g_autofree char *display = g_filename_display_name (db_path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Could not restore “%s”: %s"), display, g_strerror (saved_errno));
  return FALSE;
}

/* The backup into @copy, a new file of the owner's only, through SQLite's
 * backup API so that what lands is one consistent database. */
static gboolean
copy_backup (const char  *backup_path,
             const char  *copy,
             const char  *db_path,
             GError     **error)
{
  g_autofree char *display = g_filename_display_name (backup_path);
  sqlite3 *source = open_immutable (backup_path);
  sqlite3 *target = NULL;
  sqlite3_backup *backup;
  int fd;
  int rc;

  if (source == NULL || !is_intact (source))
    {
      sqlite3_close (source);
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CORRUPT,
                   _("Could not restore “%s”: it is not an intact Guatu database."), display);
      return FALSE;
    }

  /* A copy left by an earlier attempt that was cut short is worth nothing. */
  g_unlink (copy);
  fd = g_open (copy, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      sqlite3_close (source);
      return set_errno_error (error, saved_errno, db_path);
    }
  g_close (fd, NULL);

  rc = sqlite3_open_v2 (copy, &target, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (target, "main", source, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (target);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
    }
  sqlite3_close (source);
  if (rc == SQLITE_OK)
    rc = sqlite3_close (target);
  else
    sqlite3_close (target);
  if (rc != SQLITE_OK)
    {
      g_autofree char *db_display = g_filename_display_name (db_path);

      /* SQLite's words are for the log; the user learns what failed. */
      g_warning ("Could not copy %s to %s: %s", backup_path, copy, sqlite3_errstr (rc));
      g_unlink (copy);
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("Could not restore “%s”: the backup could not be copied beside it. "
                     "Check that the disk is not full."), db_display);
      return FALSE;
    }

  return TRUE;
}

static const char *const side_suffixes[] = { "-wal", "-shm", "-journal" };

/* Renames @from (and its side files) to @to; ENOENT of a side file is no
 * error. On failure what was moved is moved back. */
static gboolean
move_with_side_files (const char *from,
                      const char *to,
                      int        *saved_errno)
{
  guint moved = 0;

  if (g_rename (from, to) != 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  for (; moved < G_N_ELEMENTS (side_suffixes); moved++)
    {
      g_autofree char *side_from = g_strconcat (from, side_suffixes[moved], NULL);
      g_autofree char *side_to = g_strconcat (to, side_suffixes[moved], NULL);

      if (g_rename (side_from, side_to) != 0 && errno != ENOENT)
        {
          *saved_errno = errno;
          break;
        }
    }
  if (moved == G_N_ELEMENTS (side_suffixes))
    return TRUE;

  while (moved-- > 0)
    {
      g_autofree char *side_from = g_strconcat (from, side_suffixes[moved], NULL);
      g_autofree char *side_to = g_strconcat (to, side_suffixes[moved], NULL);

      g_rename (side_to, side_from);
    }
  g_rename (to, from);
  return FALSE;
}

gboolean
gt_restore_replace_damaged (const char  *db_path,
                            const char  *backup_path,
                            GDateTime   *when,
                            char       **kept,
                            GError     **error)
{
  g_autoptr(GDateTime) now = when != NULL ? g_date_time_ref (when)
                                          : g_date_time_new_now_local ();
  g_autofree char *copy = g_strconcat (db_path, ".restoring", NULL);
  g_autofree char *stem = gt_restore_dup_kept_path (db_path, now);
  g_autofree char *aside = NULL;
  int saved_errno = 0;

  g_return_val_if_fail (db_path != NULL && backup_path != NULL, FALSE);

  if (!copy_backup (backup_path, copy, db_path, error))
    return FALSE;

  /* Never over an earlier damaged copy, nor over its side files. */
  for (guint n = 0; aside == NULL; n++)
    {
      g_autofree char *name = n == 0 ? g_strdup (stem) : g_strdup_printf ("%s-%u", stem, n);
      gboolean taken = g_file_test (name, G_FILE_TEST_EXISTS);

      for (guint s = 0; !taken && s < G_N_ELEMENTS (side_suffixes); s++)
        {
          g_autofree char *side = g_strconcat (name, side_suffixes[s], NULL);

          taken = g_file_test (side, G_FILE_TEST_EXISTS);
        }
      if (!taken)
        aside = g_steal_pointer (&name);
    }

  if (!move_with_side_files (db_path, aside, &saved_errno))
    {
      g_unlink (copy);
      return set_errno_error (error, saved_errno, db_path);
    }
  if (g_rename (copy, db_path) != 0)
    {
      saved_errno = errno;
      move_with_side_files (aside, db_path, &(int) { 0 });
      g_unlink (copy);
      return set_errno_error (error, saved_errno, db_path);
    }

  if (kept != NULL)
    *kept = g_steal_pointer (&aside);
  return TRUE;
}
