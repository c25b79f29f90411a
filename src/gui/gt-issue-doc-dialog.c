/* gt-issue-doc-dialog.c: an issue's numbered document from the window.
 *
 * The file is chosen before the number is taken (gt_issue_doc_save()), so
 * that a dialog cancelled costs no number; the name offered is the kind and
 * the project, the number being unknown until then. The document is dated
 * today: it is made now, unlike the outputs of a month.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <time.h>

#include <glib/gi18n-lib.h>

#include "gt-issue-doc.h"
#include "gt-issue-doc-dialog.h"
#include "gt-office-settings.h"
#include "gt-window.h"

typedef struct {
  GtkWindow      *parent;
  GtStore        *store;
  GtIssue        *issue;
  GtIssueDocKind  kind;
} Request;

static void
request_free (Request *request)
{
  g_clear_object (&request->parent);
  g_clear_object (&request->store);
  g_clear_object (&request->issue);
  g_free (request);
}

gboolean
gt_issue_doc_dialog_save_to (GtStore         *store,
                             GtIssue         *issue,
                             GtIssueDocKind   kind,
                             const GDate     *date,
                             GFile           *file,
                             char           **message,
                             GError         **error)
{
  g_autofree char *path = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *number = NULL;
  g_autofree char *name = NULL;
  GtIssueDocument document;

  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (GT_IS_ISSUE (issue), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("The document can only be saved to a local file."));
      return FALSE;
    }
  if (!gt_issue_doc_save (store, gt_issue_get_id (issue), kind, date, path, &document, error))
    return FALSE;
  if (message != NULL)
    {
      prefix = gt_office_settings_dup_string (kind == GT_ISSUE_DOC_SUPERVISE
                                              ? "issue-doc-supervise-prefix"
                                              : "issue-doc-assign-prefix");
      number = gt_issue_doc_format_number (prefix, document.year, document.number);
      name = g_file_get_basename (file);
      /* TRANSLATORS: the kind of document, its number, the file's name */
      *message = g_strdup_printf (_("Saved %s %s as “%s”"),
                                  gt_issue_doc_kind_get_label (kind), number, name);
    }
  return TRUE;
}

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             Request         *request)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GDate today;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_date_clear (&today, 1);
      g_date_set_time_t (&today, time (NULL));
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (gt_issue_doc_dialog_save_to (request->store, request->issue, request->kind, &today,
                                       file, &message, &error))
        {
          /* From an editor, the main window behind it shows the toast. */
          GtkWindow *window = request->parent;

          while (window != NULL && !GT_IS_WINDOW (window))
            window = gtk_window_get_transient_for (window);
          if (window != NULL)
            gt_window_show_toast (GT_WINDOW (window), message);
        }
      else
        {
          GtkWidget *dialog = adw_message_dialog_new (request->parent,
                                                      _("Could Not Save the Document"),
                                                      error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  request_free (request);
}

void
gt_issue_doc_dialog_show (GtkWindow      *parent,
                          GtStore        *store,
                          GtIssue        *issue,
                          GtIssueDocKind  kind)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtProject *project;
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  Request *request;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (GT_IS_STORE (store));
  g_return_if_fail (GT_IS_ISSUE (issue));

  request = g_new0 (Request, 1);
  request->parent = parent != NULL ? g_object_ref (parent) : NULL;
  request->store = g_object_ref (store);
  request->issue = g_object_ref (issue);
  request->kind = kind;

  project = gt_store_lookup_project (store, gt_issue_get_project_id (issue));
  /* TRANSLATORS: a file name offered: the document's kind and the project */
  name = g_strdup_printf (_("%s (%s).pdf"), gt_issue_doc_kind_get_label (kind),
                          project != NULL ? gt_project_get_name (project) : "");
  g_strdelimit (name, "/\\:*?\"<>|", '_');

  chooser = gtk_file_chooser_native_new (kind == GT_ISSUE_DOC_SUPERVISE
                                         ? _("Save Supervision Letter")
                                         : _("Save Assignment Sheet"),
                                         parent, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
