/* gt-window-inspection.c: the weekly 督查专报 from the window's menu.
 *
 * The same report as a leader's Site Visits page and the command line make
 * (gt-inspection-report.h), of the county's leaders: the week is asked for
 * (gt-inspection-dialog.c), then the file, in the folder the report was last
 * saved in, since the office files one a week beside the last. The week's
 * figures are gathered from the store in the main thread, and the pages laid
 * out from them; only the writing runs under the export bar, as the other
 * exports do, since it touches no store.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-export-file.h"
#include "gt-inspection-dialog.h"
#include "gt-inspection-report.h"
#include "gt-office-settings.h"
#include "gt-window-inspection.h"
#include "gt-window-private.h"

#define FOLDER_KEY "inspection-report-folder"

typedef struct {
  GtInspection       *inspection;
  GtInspectionReport *report;
  GtExportDoc         doc;
  char               *path;
  char               *register_path;
} InspectionWork;

static void
inspection_work_free (InspectionWork *work)
{
  g_clear_pointer (&work->report, gt_inspection_report_free);
  g_clear_pointer (&work->inspection, gt_inspection_free);
  g_free (work->path);
  g_free (work->register_path);
  g_free (work);
}

static gboolean
inspection_work_run (gpointer                data,
                     const GtExportMonitor  *monitor,
                     GError                **error)
{
  InspectionWork *work = data;

  return gt_export_write_pdf_full (&work->doc, work->path, monitor, error);
}

gboolean
_gt_window_export_inspection_start (GtWindow     *self,
                                    const GDate  *day,
                                    GFile        *file,
                                    GError      **error)
{
  g_autofree char *office = gt_office_settings_dup_string ("office-name");
  g_autofree char *path = NULL;
  InspectionWork *work;
  GtRagRules rules;

  g_return_val_if_fail (GT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("The report can only be saved to a local file."));
      return FALSE;
    }
  /* Refused now, in words, rather than from the worker after the bar showed. */
  if (!gt_export_file_check (path, gt_store_get_path (self->store), error))
    return FALSE;

  gt_office_settings_load_rag_rules (&rules);
  work = g_new0 (InspectionWork, 1);
  work->inspection = gt_inspection_new (self->store, day, &rules, error);
  if (work->inspection == NULL)
    {
      inspection_work_free (work);
      return FALSE;
    }
  work->report = gt_inspection_report_new (work->inspection, office);
  gt_inspection_report_get_doc (work->report, &work->doc);
  work->path = g_steal_pointer (&path);
  work->register_path = g_strdup (gt_store_get_path (self->store));
  work->doc.register_path = work->register_path;
  _gt_window_run_export (self, file, inspection_work_run, work,
                         (GDestroyNotify) inspection_work_free,
                         _("Could Not Save the Report"),
                         /* TRANSLATORS: a toast once the file is written; %s is its name */
                         _("Saved the inspection report as “%s”"));
  return TRUE;
}

typedef struct {
  GtWindow *window;
  GDate     monday;
} FileRequest;

static void
file_request_free (FileRequest *request)
{
  g_object_unref (request->window);
  g_free (request);
}

void
_gt_window_inspection_remember_folder (GFile *file)
{
  g_autoptr(GSettings) settings = gt_office_settings_open (FOLDER_KEY);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = parent != NULL ? g_file_get_path (parent) : NULL;

  if (settings != NULL && folder != NULL)
    g_settings_set_string (settings, FOLDER_KEY, folder);
}

GFile *
_gt_window_inspection_dup_folder (void)
{
  g_autoptr(GSettings) settings = gt_office_settings_open (FOLDER_KEY);
  g_autofree char *folder = settings != NULL ? g_settings_get_string (settings, FOLDER_KEY)
                                             : NULL;

  /* A folder since removed (a USB stick taken out) is not offered. */
  if (folder == NULL || *folder == '\0' || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    return NULL;
  return g_file_new_for_path (folder);
}

static void
file_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  FileRequest     *request)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    {
      _gt_window_inspection_remember_folder (file);
      if (!_gt_window_export_inspection_start (request->window, &request->monday, file, &error))
        {
          GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (request->window),
                                                      _("Could Not Save the Report"),
                                                      error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  file_request_free (request);
}

static void
week_chosen_cb (GtInspectionDialog *dialog,
                guint               julian,
                GtWindow           *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  FileRequest *request;
  char day[16];

  request = g_new0 (FileRequest, 1);
  request->window = g_object_ref (self);
  g_date_clear (&request->monday, 1);
  g_date_set_julian (&request->monday, julian);
  g_date_strftime (day, sizeof day, "%Y-%m-%d", &request->monday);
  /* The name the leader's page offers too. */
  name = g_strdup_printf (_("Inspection Report %s.pdf"), day);
  chooser = gtk_file_chooser_native_new (_("Save the Inspection Report"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  folder = _gt_window_inspection_dup_folder ();
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (file_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_gt_window_export_inspection (GtWindow *self)
{
  GtInspectionDialog *dialog = gt_inspection_dialog_new (GTK_WINDOW (self), NULL);

  g_signal_connect_object (dialog, "chosen", G_CALLBACK (week_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
