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

/* The month every output of the window is as of: the one the visible page
 * shows (the Overview or the monthly sheet), else the Overview's. */
static void
get_month (GtWindow *self,
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
  get_month (self, &options.year, &options.month);

  if (g_str_equal (name, "gantt") && GT_IS_GANTT_VIEW (page))
    {
      GtGanttCanvas *canvas = gt_gantt_view_get_canvas (GT_GANTT_VIEW (page));
      GtGanttRows *rows = gt_gantt_canvas_get_rows (canvas);

      chart = as_table ? GT_EXPORT_CHART_REGISTER : GT_EXPORT_CHART_GANTT;
      /* The rows and range the page shows; the print dialog is modal, so they
       * stay as they are while it is open. */
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
  g_autoptr(GError) error = NULL;

  if (job == NULL)
    {
      gt_window_show_toast (self, _("This page has nothing to print"));
      return;
    }
  operation = gt_print_operation_new (job);
  if (gt_print_operation_run_saving (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                     GTK_WINDOW (self), &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could Not Print"), error->message);
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

gboolean
_gt_window_export_to (GtWindow    *self,
                      GFile       *file,
                      GError     **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *lower = NULL;
  g_autoptr(GtExportJob) job = NULL;

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Reports can only be saved to a local file."));
      return FALSE;
    }
  lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".xlsx") || g_str_has_suffix (lower, ".csv"))
    {
      GtExportTable *table;

      job = job_for_page (self, TRUE);
      table = job != NULL ? gt_export_job_get_table (job, error) : NULL;
      if (job == NULL)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                             _("This page has no table to export"));
      if (table == NULL)
        return FALSE;
      if (g_str_has_suffix (lower, ".csv"))
        return gt_csv_export_write (table, path, error);
      return gt_xlsx_export_write (&table, 1, path, error);
    }

  job = job_for_page (self, FALSE);
  if (job == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("This page has nothing to export"));
      return FALSE;
    }
  if (g_str_has_suffix (lower, ".png"))
    return gt_export_job_write_png (job, path, error);
  if (g_str_has_suffix (lower, ".pdf"))
    {
      g_autoptr(GtkPageSetup) setup = gt_print_operation_load_page_setup (
        gt_export_job_get_chart (job));
      GtExportDoc doc;

      return gt_export_job_layout (job, gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
                                   gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS),
                                   &doc, error) &&
             gt_export_write_pdf (&doc, path, error);
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("Name the file with .pdf, .png, .xlsx or .csv at the end"));
  return FALSE;
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
      if (_gt_window_export_to (self, file, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);

          gt_window_show_toast (self, message);
        }
      else
        show_error (self, _("Could Not Export"), error->message);
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

    get_month (self, &year, &month);
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
