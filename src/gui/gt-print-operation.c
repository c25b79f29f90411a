/* gt-print-operation.c: a chart through the system's print dialog.
 *
 * The pages are laid out again in ::begin-print for the paper the dialog chose,
 * by the same job (and renderers) as PDF export.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-print-operation.h"
#include "gt-print-preview.h"

#define KEY_FILE   "print.ini"
#define PAGE_GROUP "Page Setup"
#define PRINT_GROUP "Print Settings"
/* Our own key among the print settings, so that it is remembered with them. */
#define FIT_WIDTH_KEY "guatu-fit-width"
#define OVERLAP_KEY   "guatu-overlap"
#define COLUMNS_KEY   "guatu-columns"

struct _GtPrintOperation
{
  GtkPrintOperation  parent_instance;

  GtExportJob       *job;
  GtExportDoc        doc;
  GtkPageSetup      *used_setup;
  GtkWidget         *fit_width;   /* the wall chart's options in the dialog */
  GtkWidget         *overlap;
  GtkWidget         *columns[GT_GANTT_N_COLUMNS];
  gboolean           fit;
  GtGanttWall        wall;
  GError            *error;
  GtkWindow         *parent;      /* of an operation started, until ::done */
};

G_DEFINE_FINAL_TYPE (GtPrintOperation, gt_print_operation, GTK_TYPE_PRINT_OPERATION)

static char *
key_file_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "guatu", KEY_FILE, NULL);
}

GtkPageSetup *
gt_print_operation_load_page_setup (GtExportChart chart)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *path = key_file_path ();
  GtkPageSetup *setup = NULL;

  if (g_key_file_load_from_file (keys, path, G_KEY_FILE_NONE, NULL))
    setup = gtk_page_setup_new_from_key_file (keys, PAGE_GROUP, NULL);
  if (setup == NULL)
    {
      g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (chart == GT_EXPORT_CHART_GANTT
                                                          ? GTK_PAPER_NAME_A3
                                                          : GTK_PAPER_NAME_A4);

      setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
      gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
    }
  return setup;
}

static void
save_keys (GtkPageSetup      *setup,
           GtkPrintSettings  *settings)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *path = key_file_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_key_file_load_from_file (keys, path, G_KEY_FILE_KEEP_COMMENTS, NULL);
  if (setup != NULL)
    gtk_page_setup_to_key_file (setup, keys, PAGE_GROUP);
  if (settings != NULL)
    gtk_print_settings_to_key_file (settings, keys, PRINT_GROUP);
  /* Remembering is a convenience: a read-only home must not stop a print. */
  if (g_mkdir_with_parents (dir, 0700) != 0 || !g_key_file_save_to_file (keys, path, &error))
    g_warning ("Could not remember the page setup: %s",
               error != NULL ? error->message : g_strerror (errno));
}

void
gt_print_operation_save_page_setup (GtkPageSetup *setup)
{
  save_keys (setup, NULL);
}

static GtkPrintSettings *
load_print_settings (void)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *path = key_file_path ();

  if (!g_key_file_load_from_file (keys, path, G_KEY_FILE_NONE, NULL))
    return NULL;
  return gtk_print_settings_new_from_key_file (keys, PRINT_GROUP, NULL);
}

static void
gt_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  GtPrintOperation *self = GT_PRINT_OPERATION (operation);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);

  g_set_object (&self->used_setup, gtk_print_context_get_page_setup (context));
  g_clear_error (&self->error);
  if (!gt_export_job_layout (self->job, width, height, &self->doc, &self->error))
    {
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, MAX (self->doc.n_pages, 1));
}

static void
gt_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  GtPrintOperation *self = GT_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  if (self->doc.draw_page == NULL || page_nr < 0 || (guint) page_nr >= self->doc.n_pages)
    return;
  cairo_save (cr);
  self->doc.draw_page (self->doc.data, cr, (guint) page_nr);
  cairo_restore (cr);
}

/* The wall chart's own tab in the dialog: fit the dates to one page across. */
/* Figures beside the names, so that a leader reads money off the wall. */
static void
add_column_buttons (GtPrintOperation *self,
                    GtkBox           *box)
{
  const char *labels[GT_GANTT_N_COLUMNS] = {
    _("_Total investment"),
    _("_Plan of the year"),
    _("_Completed this year"),
    _("Completion _rate"),
    _("Physical pro_gress"),
  };
  GtkWidget *heading = gtk_label_new (_("Figures beside the names"));
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (box, heading);
  for (guint i = 0; i < GT_GANTT_N_COLUMNS; i++)
    {
      self->columns[i] = gtk_check_button_new_with_mnemonic (labels[i]);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->columns[i]),
                                   (self->wall.columns & (1u << i)) != 0);
      gtk_box_append (GTK_BOX (row), self->columns[i]);
    }
  gtk_box_append (box, row);
}

static GtkWidget *
gt_print_operation_create_custom_widget (GtkPrintOperation *operation)
{
  GtPrintOperation *self = GT_PRINT_OPERATION (operation);
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  GtkWidget *box;

  if (gt_export_job_get_chart (self->job) != GT_EXPORT_CHART_GANTT)
    return NULL;

  gtk_print_operation_set_custom_tab_label (operation, _("Wall Chart"));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  self->fit_width = gtk_check_button_new_with_mnemonic (_("_Fit to one page width"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->fit_width),
                               settings != NULL &&
                               gtk_print_settings_get_bool (settings, FIT_WIDTH_KEY));
  gtk_box_append (GTK_BOX (box), self->fit_width);
  /* For a wall: each sheet repeats the last centimetre of dates of the one on its
   * left, with marks to lay them over each other. */
  self->overlap = gtk_check_button_new_with_mnemonic (_("_Overlap sheets by 10 mm for "
                                                        "pasting up"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->overlap), self->wall.overlap);
  gtk_box_append (GTK_BOX (box), self->overlap);
  add_column_buttons (self, GTK_BOX (box));
  return box;
}

static void
gt_print_operation_custom_widget_apply (GtkPrintOperation *operation,
                                        GtkWidget         *widget)
{
  GtPrintOperation *self = GT_PRINT_OPERATION (operation);

  /* GTK applies even where we made no tab (the charts but the wall chart). */
  if (self->fit_width == NULL)
    return;
  /* Kept with the settings only once printing went ahead (see run_saving). */
  self->fit = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->fit_width));
  gt_export_job_set_fit_width (self->job, self->fit);
  self->wall.overlap = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->overlap));
  self->wall.columns = 0;
  for (guint i = 0; i < GT_GANTT_N_COLUMNS; i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->columns[i])))
      self->wall.columns |= 1u << i;
  gt_export_job_set_gantt_wall (self->job, &self->wall);
}

/* The preview's Print: the previewed pages printed by a new operation with the
 * job, options and paper the preview had, through the print dialog with the
 * printer, range and copies chosen before already set. Not straight to the
 * printer: GTK finds no virtual printer by name (Print to File, the one an
 * office without a printer uses), and would wait on the print server for a
 * printer gone since. */
static void
print_previewed (GtkPrintOperation *previewed,
                 GtkWindow         *parent,
                 gpointer           user_data)
{
  GtPrintOperation *old = GT_PRINT_OPERATION (previewed);
  g_autoptr(GtPrintOperation) self = g_object_new (GT_TYPE_PRINT_OPERATION, NULL);
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (previewed);

  self->job = g_steal_pointer (&old->job);
  self->fit = old->fit;
  self->wall = old->wall;
  if (old->used_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, old->used_setup);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (operation, settings);
  gt_print_operation_start (self, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent);
}

static gboolean
gt_print_operation_preview (GtkPrintOperation        *operation,
                            GtkPrintOperationPreview *preview,
                            GtkPrintContext          *context,
                            GtkWindow                *parent)
{
  GtPrintPreview *window = gt_print_preview_new (operation, preview, context, parent,
                                                 print_previewed, NULL);

  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

static void
gt_print_operation_finalize (GObject *object)
{
  GtPrintOperation *self = GT_PRINT_OPERATION (object);

  g_clear_pointer (&self->job, gt_export_job_free);
  g_clear_object (&self->used_setup);
  g_clear_error (&self->error);
  g_clear_object (&self->parent);

  G_OBJECT_CLASS (gt_print_operation_parent_class)->finalize (object);
}

static void
gt_print_operation_class_init (GtPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = gt_print_operation_finalize;
  print_class->begin_print = gt_print_operation_begin_print;
  print_class->draw_page = gt_print_operation_draw_page;
  print_class->create_custom_widget = gt_print_operation_create_custom_widget;
  print_class->custom_widget_apply = gt_print_operation_custom_widget_apply;
  print_class->preview = gt_print_operation_preview;
}

static void
gt_print_operation_init (GtPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  /* Our pages have their own margins and are measured in points from the
   * paper's corner, as in PDF export. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
}

GtPrintOperation *
gt_print_operation_new (GtExportJob *job)
{
  GtPrintOperation *self = g_object_new (GT_TYPE_PRINT_OPERATION, NULL);
  g_autoptr(GtkPrintSettings) settings = load_print_settings ();
  GtExportChart chart = gt_export_job_get_chart (job);
  g_autoptr(GtkPageSetup) setup = gt_print_operation_load_page_setup (chart);

  self->job = job;
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  if (settings != NULL)
    {
      gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), settings);
      self->fit = gtk_print_settings_get_bool (settings, FIT_WIDTH_KEY);
      self->wall.overlap = gtk_print_settings_get_bool (settings, OVERLAP_KEY);
      self->wall.columns = (guint) CLAMP (gtk_print_settings_get_int (settings, COLUMNS_KEY), 0,
                                          (1 << GT_GANTT_N_COLUMNS) - 1);
      if (chart == GT_EXPORT_CHART_GANTT)
        {
          gt_export_job_set_fit_width (job, self->fit);
          gt_export_job_set_gantt_wall (job, &self->wall);
        }
    }
  return self;
}

/* Printing went ahead: the page setup and our options, for the next time. */
static void
remember (GtPrintOperation *self)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (self));

  if (settings != NULL)
    {
      gtk_print_settings_set_bool (settings, FIT_WIDTH_KEY, self->fit);
      gtk_print_settings_set_bool (settings, OVERLAP_KEY, self->wall.overlap);
      gtk_print_settings_set_int (settings, COLUMNS_KEY, (int) self->wall.columns);
    }
  save_keys (self->used_setup, settings);
}

GtkPrintOperationResult
gt_print_operation_run_saving (GtPrintOperation        *self,
                               GtkPrintOperationAction  action,
                               GtkWindow               *parent,
                               GError                 **error)
{
  GtkPrintOperationResult result;

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (self), action, parent, error);
  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return GTK_PRINT_OPERATION_RESULT_ERROR;
    }
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && action != GTK_PRINT_OPERATION_ACTION_EXPORT)
    remember (self);
  return result;
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         gpointer                 data)
{
  GtPrintOperation *self = GT_PRINT_OPERATION (operation);
  g_autoptr(GError) error = g_steal_pointer (&self->error);
  g_autoptr(GtkWindow) parent = g_steal_pointer (&self->parent);

  g_signal_handlers_disconnect_by_func (operation, done_cb, data);
  g_debug ("Print operation done: result %d, status %s", result,
           gtk_print_operation_get_status_string (operation));
  if (error == NULL && result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    {
      GtkWidget *dialog;

      if (parent == NULL || !gtk_widget_get_visible (GTK_WIDGET (parent)))
        g_warning ("Could not print: %s", error->message);
      else
        {
          dialog = adw_message_dialog_new (parent, _("Could Not Print"), error->message);
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    remember (self);
  g_object_unref (self);
}

void
gt_print_operation_start (GtPrintOperation        *self,
                          GtkPrintOperationAction  action,
                          GtkWindow               *parent)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (GT_IS_PRINT_OPERATION (self));

  /* The pages are drawn one an idle callback, the window handling its events
   * in between, with GTK's progress dialog (and its Cancel) once it takes more
   * than a moment; the dialog's answer comes back through ::done. */
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_show_progress (operation, TRUE);
  g_set_object (&self->parent, parent);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), NULL);
  g_object_ref (self);
  result = gtk_print_operation_run (operation, action, parent, &error);
  /* Where GTK ran it to the end at once (no asynchronous dialog on this
   * platform), ::done was emitted already, or not at all on an error. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR &&
      g_signal_handler_find (operation, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, done_cb, NULL) != 0)
    {
      if (self->error == NULL)
        self->error = g_steal_pointer (&error);
      done_cb (operation, result, NULL);
    }
}
