/* gt-window-print.c: Ctrl+P and Export… — what the visible page shows, on
 * paper or in a file: the Wall Chart page its chart (the rows and dates chosen
 * there), the Overview its charts, Monthly Reports the month's report table,
 * Issues the issue ledger, Projects the register.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-export-bar.h"
#include "gt-format.h"
#include "gt-gantt-view.h"
#include "gt-month-actions.h"
#include "gt-overview-view.h"
#include "gt-office-settings.h"
#include "gt-preferences.h"
#include "gt-print-operation.h"
#include "gt-reports-view.h"
#include "gt-table-export.h"
#include "gt-window-private.h"

void
_gt_window_get_month (GtWindow *self,
                      int      *year,
                      int      *month)
{
  const char *name = gt_window_get_page_name (self);
  GtkWidget *page = gt_window_get_page (self, name);
  GtkWidget *overview = gt_window_get_page (self, "overview");

  if (g_str_equal (name, "reports") && GT_IS_REPORTS_VIEW (page))
    {
      *year = gt_reports_view_get_year (GT_REPORTS_VIEW (page));
      *month = gt_reports_view_get_month (GT_REPORTS_VIEW (page));
    }
  else if (GT_IS_OVERVIEW_VIEW (overview))
    {
      *year = gt_overview_view_get_year (GT_OVERVIEW_VIEW (overview));
      *month = gt_overview_view_get_month (GT_OVERVIEW_VIEW (overview));
    }
  else
    gt_month_get_default (gt_window_get_store (self), year, month);
}

void
_gt_window_get_as_of (GtWindow *self,
                      GtAsOf   *as_of)
{
  int year, month;

  _gt_window_get_month (self, &year, &month);
  gt_as_of_set (as_of, year, month);
}

/* The job for the visible page; NULL when the page has nothing to print. With
 * @as_table, the table behind a chart page (the register, the month's report). */
static GtExportJob *
job_for_page (GtWindow *self,
              gboolean  as_table)
{
  const char *name = gt_window_get_page_name (self);
  GtkWidget *page = gt_window_get_page (self, name);
  g_autofree char *office = gt_office_settings_dup_string ("office-name");
  GtExportJobOptions options;
  GtExportChart chart;

  gt_export_job_options_init (&options);
  options.office_name = office;
  _gt_window_get_month (self, &options.year, &options.month);

  if (g_str_equal (name, "gantt") && GT_IS_GANTT_VIEW (page))
    {
      GtGanttCanvas *canvas = gt_gantt_view_get_canvas (GT_GANTT_VIEW (page));
      GtGanttRows *rows = gt_gantt_canvas_get_rows (canvas);

      chart = as_table ? GT_EXPORT_CHART_REGISTER : GT_EXPORT_CHART_GANTT;
      /* The rows and range the page shows, copied by the job. */
      if (rows != NULL)
        {
          options.gantt_rows = gt_gantt_rows_get_rows (rows, &options.n_gantt_rows);
          options.gantt_options = gt_gantt_canvas_get_options (canvas);
        }
    }
  else if (g_str_equal (name, "overview") && GT_IS_OVERVIEW_VIEW (page))
    chart = as_table ? GT_EXPORT_CHART_REPORT : GT_EXPORT_CHART_OVERVIEW;
  else if (g_str_equal (name, "reports") && GT_IS_REPORTS_VIEW (page))
    chart = GT_EXPORT_CHART_REPORT;
  else if (g_str_equal (name, "issues"))
    chart = GT_EXPORT_CHART_ISSUES;
  else if (g_str_equal (name, "projects"))
    chart = GT_EXPORT_CHART_REGISTER;
  else
    return NULL;

  return gt_export_job_new (gt_window_get_store (self), chart, &options);
}

static void
show_error (GtWindow   *self,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_gt_window_print (GtWindow *self)
{
  GtExportJob *job = job_for_page (self, FALSE);
  g_autoptr(GtPrintOperation) operation = NULL;

  if (job == NULL)
    {
      gt_window_show_toast (self, _("This page has nothing to print"));
      return;
    }
  operation = gt_print_operation_new (job);
  gt_print_operation_start (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                            GTK_WINDOW (self));
}

void
_gt_window_print_preview (GtWindow *self)
{
  GtExportJob *job = job_for_page (self, FALSE);
  g_autoptr(GtPrintOperation) operation = NULL;

  if (job == NULL)
    {
      gt_window_show_toast (self, _("This page has nothing to print"));
      return;
    }
  operation = gt_print_operation_new (job);
  gt_print_operation_start (operation, GTK_PRINT_OPERATION_ACTION_PREVIEW, GTK_WINDOW (self));
}

gboolean
_gt_window_print_to_pdf (GtWindow    *self,
                         const char  *path,
                         GError     **error)
{
  GtExportJob *job = job_for_page (self, FALSE);
  g_autoptr(GtPrintOperation) operation = NULL;

  if (job == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("This page has nothing to print"));
      return FALSE;
    }
  operation = gt_print_operation_new (job);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  return gt_print_operation_run_saving (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                        GTK_WINDOW (self), error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* An export of the window, for a worker thread: a prepared job (everything
 * read from the store already, in the main thread) and where it goes. */
typedef struct {
  GtExportJob    *job;
  GtExportFormat  format;
  char           *path;
  double          width;    /* of a PDF page, points */
  double          height;
} ExportWork;

static void
export_work_free (ExportWork *work)
{
  g_clear_pointer (&work->job, gt_export_job_free);
  g_free (work->path);
  g_free (work);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportWork, export_work_free)

/* In the main thread: the job for @file's format, with what it draws read from
 * the store now. The store and its list models (a SQLite connection, the
 * GListStores the pages bind to) belong to the main thread; rather than open
 * a second connection in the worker, which would see a later state than the
 * rows the page shows and, on a server, a second login, the job gathers its
 * rows, figures and tables here (a few hundredths of a second for a thousand
 * projects) and the worker only lays out, draws and writes them. */
static ExportWork *
export_work_new (GtWindow  *self,
                 GFile     *file,
                 GError   **error)
{
  g_autoptr(ExportWork) work = g_new0 (ExportWork, 1);

  work->path = g_file_get_path (file);
  if (work->path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Reports can only be saved to a local file."));
      return NULL;
    }
  if (!gt_export_format_from_path (work->path, &work->format))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Name the file with .pdf, .png, .xlsx or .csv at the end"));
      return NULL;
    }

  if (work->format == GT_EXPORT_FORMAT_XLSX || work->format == GT_EXPORT_FORMAT_CSV)
    {
      work->job = job_for_page (self, TRUE);
      if (work->job == NULL)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("This page has no table to export"));
          return NULL;
        }
    }
  else
    {
      work->job = job_for_page (self, FALSE);
      if (work->job == NULL)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("This page has nothing to export"));
          return NULL;
        }
    }
  if (work->format == GT_EXPORT_FORMAT_PDF)
    {
      g_autoptr(GtkPageSetup) setup = gt_print_operation_load_page_setup (
        gt_export_job_get_chart (work->job));

      work->width = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
      work->height = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);
    }
  if (!gt_export_job_prepare (work->job, error))
    return NULL;
  return g_steal_pointer (&work);
}

/* In the worker thread (or, for _gt_window_export_to(), the caller's). */
static gboolean
export_work_run (gpointer                data,
                 const GtExportMonitor  *monitor,
                 GError                **error)
{
  ExportWork *work = data;

  return gt_export_job_write (work->job, work->format, work->path, work->width,
                              work->height, monitor, error);
}

gboolean
_gt_window_export_to (GtWindow    *self,
                      GFile       *file,
                      GError     **error)
{
  g_autoptr(ExportWork) work = export_work_new (self, file, error);

  return work != NULL && export_work_run (work, NULL, error);
}

GtExportBar *
_gt_window_get_export_bar (GtWindow *self)
{
  /* Made when first needed, under the header bar. */
  if (self->export_bar == NULL)
    {
      GtkWidget *stack = GTK_WIDGET (self->stack);

      self->export_bar = gt_export_bar_new ();
      gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (stack)),
                                  GTK_WIDGET (self->export_bar),
                                  gtk_widget_get_prev_sibling (stack));
    }
  return self->export_bar;
}

static void
launch_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_warning ("Could not open the exported file: %s", error->message);
}

static void
open_clicked_cb (AdwToast   *toast,
                 const char *uri)
{
  g_autoptr(GdkAppLaunchContext) context = NULL;

  context = gdk_display_get_app_launch_context (gdk_display_get_default ());
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           launch_cb, NULL);
}

void
_gt_window_show_exported (GtWindow   *self,
                          const char *message,
                          GFile      *file)
{
  AdwToast *toast = adw_toast_new (message);

  /* GtkFileLauncher is GTK 4.10's: the default application, as it would. */
  adw_toast_set_button_label (toast, _("_Open"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_clicked_cb),
                         g_file_get_uri (file), (GClosureNotify) (void (*) (void)) g_free, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* What the end of an export needs. Only a weak reference to the window: a
 * closed window must go (and its bar cancel the work, gt_export_bar_unroot())
 * rather than be kept until the work ends. */
typedef struct {
  GtExportBar *bar;
  GWeakRef     window;
  GFile       *file;
  char        *heading;   /* of the message when it fails */
  char        *done;      /* the toast's, with a %s for the file's name */
} Finish;

static void
finish_free (Finish *finish)
{
  g_object_unref (finish->bar);
  g_weak_ref_clear (&finish->window);
  g_object_unref (finish->file);
  g_free (finish->heading);
  g_free (finish->done);
  g_free (finish);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Finish *finish = user_data;
  g_autoptr(GtWindow) self = g_weak_ref_get (&finish->window);
  g_autoptr(GError) error = NULL;
  gboolean ok = gt_export_bar_run_finish (finish->bar, result, &error);

  /* The window closed meanwhile (which cancels the work): nowhere to say. */
  if (self == NULL || !gtk_widget_get_visible (GTK_WIDGET (self)))
    ;
  else if (ok)
    {
      g_autofree char *name = g_file_get_basename (finish->file);
      g_autofree char *message = g_strdup_printf (finish->done, name);

      _gt_window_show_exported (self, message, finish->file);
    }
  /* Cancelled by the user, who knows: nothing was written, nothing to say. */
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, finish->heading, error->message);
  finish_free (finish);
}

void
_gt_window_run_export (GtWindow        *self,
                       GFile           *file,
                       GtExportBarWork  work,
                       gpointer         data,
                       GDestroyNotify   destroy,
                       const char      *heading,
                       const char      *done)
{
  GtExportBar *bar = _gt_window_get_export_bar (self);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *label = NULL;
  Finish *finish;

  if (gt_export_bar_is_busy (bar))
    {
      destroy (data);
      gt_window_show_toast (self, _("Another export is still running"));
      return;
    }
  finish = g_new0 (Finish, 1);
  finish->bar = g_object_ref (bar);
  g_weak_ref_init (&finish->window, self);
  finish->file = g_object_ref (file);
  finish->heading = g_strdup (heading);
  finish->done = g_strdup (done);
  /* TRANSLATORS: under the header while a file is written; %s is its name */
  label = g_strdup_printf (_("Exporting “%s”…"), name);
  gt_export_bar_run (bar, label, work, data, destroy, export_done_cb, finish);
}

void
_gt_window_export_start (GtWindow *self,
                         GFile    *file)
{
  g_autoptr(GError) error = NULL;
  ExportWork *work = export_work_new (self, file, &error);

  if (work == NULL)
    {
      show_error (self, _("Could Not Export"), error->message);
      return;
    }
  /* TRANSLATORS: a toast once the file is written; %s is its name */
  _gt_window_run_export (self, file, export_work_run, work, (GDestroyNotify) export_work_free,
                         _("Could Not Export"), _("Exported “%s”"));
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    GtWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      _gt_window_export_start (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
}

void
_gt_window_export (GtWindow *self)
{
  g_autoptr(GtExportJob) job = job_for_page (self, FALSE);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (job == NULL)
    {
      gt_window_show_toast (self, _("This page has nothing to export"));
      return;
    }

  /* Named after the page as people see it and the month (挂图作战（2023年3月）.pdf);
   * the extension the file is given picks the format. */
  {
    GtkWidget *visible = adw_view_stack_get_visible_child (self->stack);
    AdwViewStackPage *page = visible != NULL ? adw_view_stack_get_page (self->stack, visible)
                                             : NULL;
    const char *title = page != NULL ? adw_view_stack_page_get_title (page) : NULL;
    g_autofree char *month_text = NULL;
    int year, month;

    _gt_window_get_month (self, &year, &month);
    month_text = gt_format_month (year, month);
    /* TRANSLATORS: an exported file's name: the page, then the month it is as
     * of; Chinese: %s（%s） */
    name = g_strdup_printf (C_("export file name", "%s, %s.pdf"),
                            title != NULL ? title : gt_window_get_page_name (self), month_text);
  }
  chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  add_filter (GTK_FILE_CHOOSER (chooser), _("PDF documents"), "*.pdf");
  add_filter (GTK_FILE_CHOOSER (chooser), _("PNG images"), "*.png");
  add_filter (GTK_FILE_CHOOSER (chooser), _("Excel workbooks"), "*.xlsx");
  add_filter (GTK_FILE_CHOOSER (chooser), _("CSV tables"), "*.csv");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
