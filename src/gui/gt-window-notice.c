/* gt-window-notice.c: the monthly notice (通报) from the window.
 *
 * As of the month the window's outputs are as of (gt-window-print.c): the
 * monthly sheet's when it is the page shown, else the Overview's, so that the
 * notice, the printed report and the meeting tell the same month; the
 * office's name and rules from its settings, as on the command line.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-notice.h"
#include "gt-window-notice.h"
#include "gt-window-private.h"

gboolean
_gt_window_export_notice_to (GtWindow  *self,
                             GFile     *file,
                             GError   **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GtNotice) notice = NULL;
  GtAsOf as_of;

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("The notice can only be saved to a local file."));
      return FALSE;
    }
  if (!gt_notice_path_is_supported (path))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The notice is written as PDF or DOCX: name the file .pdf or "
                             ".docx"));
      return FALSE;
    }
  _gt_window_get_as_of (self, &as_of);
  notice = gt_notice_build_for_office (self->store, &as_of, error);
  return notice != NULL && gt_notice_write (notice, path, gt_store_get_path (self->store),
                                            error);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    GtWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (_gt_window_export_notice_to (self, file, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *message = g_strdup_printf (_("Saved the notice as “%s”"), name);

          gt_window_show_toast (self, message);
        }
      else
        {
          GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                      _("Could Not Save the Notice"),
                                                      error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
}

void
_gt_window_export_notice (GtWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  GtAsOf as_of;

  _gt_window_get_as_of (self, &as_of);
  /* A DOCX first: the office edits the notice before it goes out. */
  name = gt_notice_file_name (as_of.year, as_of.month, "docx");

  chooser = gtk_file_chooser_native_new (_("Export Monthly Notice"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  /* The extension typed decides the format; the filters only show the files. */
  add_filter (GTK_FILE_CHOOSER (chooser), _("Word documents (DOCX)"),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "*.docx");
  add_filter (GTK_FILE_CHOOSER (chooser), _("PDF documents"), "application/pdf", "*.pdf");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
