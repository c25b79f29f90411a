/* gt-damaged-dialog.c: a register that cannot be opened, and the ways on.
 *
 * Shown instead of the window when opening fails at start-up, and in its place
 * when the integrity check that runs behind the window finds the file damaged.
 * SQLite's own words ("btreeInitPage() returns error code 11") tell an office
 * nothing: a damaged file gets one plain sentence, its location, and the two
 * ways on, a backup or another file. Nothing here writes to the damaged file:
 * restoring renames it aside (gt_backup_replace_damaged()). A file that is
 * not a register at all (another program's database) is said to be that.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-backup.h"
#include "gt-damaged-dialog.h"
#include "gt-restore.h"

struct _GtDamagedDialog
{
  AdwMessageDialog  parent_instance;

  GtApplication    *app;
  char             *path;
  GError           *error;
  gboolean          offers_restore;
  GPtrArray        *good;          /* intact backups, newest first; NULL until listed */
  GCancellable     *cancellable;
  GtkLabel         *backups_label;
};

G_DEFINE_FINAL_TYPE (GtDamagedDialog, gt_damaged_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* Damaged, as opposed to busy, read-only or too new: what a backup can mend. */
static gboolean
is_damaged (const GError *error)
{
  return g_error_matches (error, GT_STORE_ERROR, GT_STORE_ERROR_CORRUPT);
}

static gboolean
backup_may_help (const GError *error)
{
  return is_damaged (error) ||
         g_error_matches (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_A_DATABASE);
}

/* Puts the dialog for @path up again, after a step that led nowhere. */
static void
show_again (GtApplication *app,
            const char    *path,
            const GError  *error)
{
  gtk_window_present (GTK_WINDOW (gt_damaged_dialog_new (app, path, error)));
}

static void
list_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GtDamagedDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) good = gt_restore_list_good_backups_finish (result, &error);
  g_autofree char *text = NULL;

  /* Gone (destroyed) meanwhile. */
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  if (good == NULL)
    text = g_strdup (error->message);
  else if (good->len == 0)
    text = g_strdup (_("No intact backup of it was found, so there is nothing to restore."));
  else
    {
      g_autofree char *when = gt_restore_format_backup (g_ptr_array_index (good, 0));

      text = g_strdup_printf (_("The newest intact backup is from %s."), when);
    }
  gtk_label_set_text (self->backups_label, text);

  self->good = good != NULL ? g_ptr_array_ref (good) : g_ptr_array_new ();
  if (self->good->len > 0)
    {
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "restore", TRUE);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "restore");
    }
}

/* ---- Restore from Backup… ---------------------------------------------- */

typedef struct {
  GtApplication *app;
  char          *path;
  GError        *error;       /* the opening's, to show again */
  GPtrArray     *good;
  GDateTime     *when;        /* the stamp of the name the damaged file gets */
  GtkDropDown   *choice;
  char          *chosen;
} RestoreChoice;

static void
restore_choice_free (RestoreChoice *choice)
{
  g_object_unref (choice->app);
  g_free (choice->path);
  g_error_free (choice->error);
  g_ptr_array_unref (choice->good);
  g_date_time_unref (choice->when);
  g_free (choice->chosen);
  g_free (choice);
}

/* In an idle: the choice dialog is closing, and the window about to open must
 * not be transient for it. */
static gboolean
restore_idle (gpointer user_data)
{
  RestoreChoice *choice = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *when = gt_restore_format_backup (choice->chosen);
  g_autofree char *kept_name = NULL;
  g_autofree char *toast = NULL;

  if (!gt_backup_replace_damaged (choice->path, choice->chosen, choice->when, &kept, &error))
    {
      GtkWidget *message;

      show_again (choice->app, choice->path, choice->error);
      message = adw_message_dialog_new (gtk_application_get_active_window (
                                          GTK_APPLICATION (choice->app)),
                                        _("Could Not Restore the Backup"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
      restore_choice_free (choice);
      return G_SOURCE_REMOVE;
    }

  {
    g_autofree char *base = g_path_get_basename (kept);

    kept_name = g_filename_display_name (base);
  }
  toast = g_strdup_printf (_("Restored the backup of %s. The damaged file is kept as “%s”."),
                           when, kept_name);
  /* The database the application opens is @path already, or it was chosen
   * through "Open Another…"; say so either way. */
  gt_application_set_database (choice->app, choice->path);
  if (!gt_application_reopen (choice->app, toast, &error))
    show_again (choice->app, choice->path, error);

  restore_choice_free (choice);
  return G_SOURCE_REMOVE;
}

static void
restore_choice_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            RestoreChoice    *choice)
{
  guint index = gtk_drop_down_get_selected (choice->choice);

  if (g_strcmp0 (response, "restore") != 0 || index >= choice->good->len)
    {
      show_again (choice->app, choice->path, choice->error);
      restore_choice_free (choice);
      return;
    }

  choice->chosen = g_strdup (g_ptr_array_index (choice->good, index));
  g_idle_add (restore_idle, choice);
}

static void
choose_backup (GtDamagedDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *name = NULL;
  g_autofree char *kept_name = NULL;
  g_autofree char *body = NULL;
  RestoreChoice *choice;
  GtkWidget *dialog;
  GtkWidget *dropdown;

  choice = g_new0 (RestoreChoice, 1);
  choice->app = g_object_ref (self->app);
  choice->path = g_strdup (self->path);
  choice->error = g_error_copy (self->error);
  choice->good = g_ptr_array_ref (self->good);
  choice->when = g_date_time_new_now_local ();

  for (guint i = 0; i < self->good->len; i++)
    {
      g_autofree char *label = gt_restore_format_backup (g_ptr_array_index (self->good, i));

      gtk_string_list_append (labels, label);
    }

  {
    g_autofree char *base = g_path_get_basename (self->path);
    g_autofree char *kept = gt_backup_dup_damaged_path (base, choice->when);

    name = g_filename_display_name (base);
    kept_name = g_filename_display_name (kept);
  }
  body = g_strdup_printf (_("The backup of the date chosen takes the place of “%s”. The "
                            "damaged file is not deleted: it stays in the same folder, "
                            "unchanged, as “%s”."), name, kept_name);
  dialog = adw_message_dialog_new (NULL, _("Restore from Backup?"), body);
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Backup"), -1);
  choice->choice = GTK_DROP_DOWN (dropdown);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), dropdown);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  /* An application window: it alone keeps the application running now. */
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self->app));
  g_signal_connect (dialog, "response", G_CALLBACK (restore_choice_response_cb), choice);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Open Another… ------------------------------------------------------- */

typedef struct {
  GtApplication *app;
  char          *path;
  GError        *error;
} OpenChoice;

static void
open_choice_response_cb (GtkNativeDialog *chooser,
                         int              response,
                         OpenChoice      *choice)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);

  if (path == NULL)
    show_again (choice->app, choice->path, choice->error);
  else
    {
      gt_application_set_database (choice->app, path);
      if (!gt_application_reopen (choice->app, NULL, &error))
        show_again (choice->app, path, error);
    }

  g_application_release (G_APPLICATION (choice->app));
  g_object_unref (choice->app);
  g_free (choice->path);
  g_error_free (choice->error);
  g_free (choice);
  g_object_unref (chooser);
}

static void
choose_file (GtDamagedDialog *self)
{
  g_autoptr(GtkFileFilter) registers = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) everything = gtk_file_filter_new ();
  g_autoptr(GFile) folder = NULL;
  g_autofree char *dir = g_path_get_dirname (self->path);
  GtkFileChooserNative *chooser;
  OpenChoice *choice;

  chooser = gtk_file_chooser_native_new (_("Open a Register"), NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (registers, _("Guatu Registers"));
  gtk_file_filter_add_pattern (registers, "*.db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), registers);
  gtk_file_filter_set_name (everything, _("All Files"));
  gtk_file_filter_add_pattern (everything, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), everything);
  folder = g_file_new_for_path (dir);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);

  choice = g_new0 (OpenChoice, 1);
  choice->app = g_object_ref (self->app);
  choice->path = g_strdup (self->path);
  choice->error = g_error_copy (self->error);
  /* A native chooser is no window of the application: hold it meanwhile. */
  g_application_hold (G_APPLICATION (self->app));
  g_signal_connect (chooser, "response", G_CALLBACK (open_choice_response_cb), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- the dialog ---------------------------------------------------------- */

static void
gt_damaged_dialog_response (AdwMessageDialog *dialog,
                            const char       *response)
{
  GtDamagedDialog *self = GT_DAMAGED_DIALOG (dialog);

  /* Each way on starts before this dialog closes, so that the application
   * always has a window or a hold and does not quit in between. */
  if (g_strcmp0 (response, "restore") == 0 && self->good != NULL && self->good->len > 0)
    choose_backup (self);
  else if (g_strcmp0 (response, "open") == 0)
    choose_file (self);
}

static void
gt_damaged_dialog_dispose (GObject *object)
{
  GtDamagedDialog *self = GT_DAMAGED_DIALOG (object);

  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (gt_damaged_dialog_parent_class)->dispose (object);
}

static void
gt_damaged_dialog_finalize (GObject *object)
{
  GtDamagedDialog *self = GT_DAMAGED_DIALOG (object);

  g_clear_object (&self->app);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->path, g_free);
  g_clear_error (&self->error);
  g_clear_pointer (&self->good, g_ptr_array_unref);

  G_OBJECT_CLASS (gt_damaged_dialog_parent_class)->finalize (object);
}

static void
gt_damaged_dialog_class_init (GtDamagedDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = gt_damaged_dialog_dispose;
  object_class->finalize = gt_damaged_dialog_finalize;
  dialog_class->response = gt_damaged_dialog_response;
}

static void
gt_damaged_dialog_init (GtDamagedDialog *self)
{
  self->cancellable = g_cancellable_new ();
}

GtDamagedDialog *
gt_damaged_dialog_new (GtApplication *app,
                       const char    *path,
                       const GError  *error)
{
  GtDamagedDialog *self;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *display = NULL;
  g_autofree char *body = NULL;
  g_autofree char *location = NULL;
  GtkWidget *box;
  GtkWidget *label;

  g_return_val_if_fail (GT_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (path != NULL && error != NULL, NULL);

  self = g_object_new (GT_TYPE_DAMAGED_DIALOG, NULL);
  self->app = g_object_ref (app);
  self->path = g_strdup (path);
  self->error = g_error_copy (error);
  self->offers_restore = backup_may_help (error);

  base = g_path_get_basename (path);
  name = g_filename_display_name (base);
  display = g_filename_display_name (path);

  if (is_damaged (error))
    {
      /* What SQLite said is for the log, not for the office. */
      g_message ("%s", error->message);
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("The Register Is Damaged"));
      body = g_strdup_printf (_("“%s” is damaged and cannot be opened safely. Nothing in it "
                                "was changed."), name);
    }
  else if (g_error_matches (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_A_DATABASE))
    {
      /* Another program's database, or no database at all: not damaged, and
       * not to be called so; the message names what it is. */
      g_message ("%s", error->message);
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self),
                                      _("Not a Guatu Register"));
      body = g_strdup_printf (_("“%s” is not a Guatu register: it is another program’s "
                                "file, or no database at all. Nothing in it was changed."),
                              name);
    }
  else
    {
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self),
                                      _("Could Not Open the Register"));
      body = g_strdup (error->message);
    }
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  /* The full path, selectable: whoever mends the file must find it. */
  location = g_strdup_printf (_("Location: %s"), display);
  label = gtk_label_new (location);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.5);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_name (label, "location");
  gtk_box_append (GTK_BOX (box), label);

  if (self->offers_restore)
    {
      label = gtk_label_new (_("Looking for an intact backup…"));
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_widget_set_name (label, "backups");
      self->backups_label = GTK_LABEL (label);
      gtk_box_append (GTK_BOX (box), label);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "close", _("_Close"),
                                    "open", _("_Open Another…"),
                                    NULL);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "close");
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "close");
  if (self->offers_restore)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "restore",
                                       _("_Restore from Backup…"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "restore",
                                                  ADW_RESPONSE_SUGGESTED);
      /* Until a backup is known to be intact. */
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "restore", FALSE);
      gt_restore_list_good_backups_async (path, self->cancellable, list_done_cb,
                                          g_object_ref (self));
    }

  /* An application window: the application runs as long as it is open. */
  gtk_window_set_application (GTK_WINDOW (self), GTK_APPLICATION (app));

  return self;
}

const char *
gt_damaged_dialog_get_path (GtDamagedDialog *self)
{
  g_return_val_if_fail (GT_IS_DAMAGED_DIALOG (self), NULL);

  return self->path;
}

GPtrArray *
gt_damaged_dialog_get_good_backups (GtDamagedDialog *self)
{
  g_return_val_if_fail (GT_IS_DAMAGED_DIALOG (self), NULL);

  return self->good;
}
