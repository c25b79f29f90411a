/* gt-window-present.c: F5 — the monthly meeting's slides, full screen.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-month-actions.h"
#include "gt-overview-view.h"
#include "gt-office-settings.h"
#include "gt-preferences.h"
#include "gt-presentation.h"
#include "gt-slides-export.h"
#include "gt-window-private.h"

/* The month the Overview shows, else the register's default month. */
static void
get_month (GtWindow *self,
           int      *year,
           int      *month)
{
  GtkWidget *overview = gt_window_get_page (self, "overview");

  if (GT_IS_OVERVIEW_VIEW (overview))
    {
      *year = gt_overview_view_get_year (GT_OVERVIEW_VIEW (overview));
      *month = gt_overview_view_get_month (GT_OVERVIEW_VIEW (overview));
      return;
    }
  gt_month_get_default (self->store, year, month);
}

/* The deck of the month the window shows, by the office's settings. */
static GtSlideDeck *
slide_deck_new (GtWindow  *self,
                GError   **error)
{
  int year, month;

  /* As of the month's last day, as every output of the month (gt-as-of.h). */
  get_month (self, &year, &month);
  return gt_slide_deck_new_for_office (self->store, year, month, NULL, 16.0 / 9.0, error);
}

GtkWindow *
_gt_window_present_slides (GtWindow   *self,
                           GdkMonitor *monitor)
{
  g_autoptr(GError) error = NULL;
  GtPresentation *presentation;
  GtSlideDeck *deck;

  deck = slide_deck_new (self, &error);
  if (deck == NULL)
    {
      gt_window_show_toast (self, error->message);
      return NULL;
    }

  presentation = gt_presentation_new (deck, g_settings_get_boolean (self->settings,
                                                                    "presentation-dark"));
  gtk_window_set_application (GTK_WINDOW (presentation),
                              gtk_window_get_application (GTK_WINDOW (self)));
  gt_presentation_present_on (presentation, GTK_WINDOW (self), monitor);
  return GTK_WINDOW (presentation);
}

/* The slides' export, for a worker thread: the deck holds the month's
 * briefing and rows, read from the store when it was made (in the main
 * thread); drawing it reads nothing more. */
typedef struct {
  GtSlideDeck *deck;
  char        *register_path;
  char        *path;
} SlidesWork;

static void
slides_work_free (SlidesWork *work)
{
  g_clear_pointer (&work->deck, gt_slide_deck_free);
  g_free (work->register_path);
  g_free (work->path);
  g_free (work);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlidesWork, slides_work_free)

static SlidesWork *
slides_work_new (GtWindow  *self,
                 GFile     *file,
                 GError   **error)
{
  g_autoptr(SlidesWork) work = g_new0 (SlidesWork, 1);

  work->path = g_file_get_path (file);
  if (work->path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Slides can only be saved to a local file."));
      return NULL;
    }
  work->deck = slide_deck_new (self, error);
  if (work->deck == NULL)
    return NULL;
  work->register_path = g_strdup (gt_store_get_path (self->store));
  return g_steal_pointer (&work);
}

static gboolean
slides_work_run (gpointer                data,
                 const GtExportMonitor  *monitor,
                 GError                **error)
{
  SlidesWork *work = data;

  return gt_export_write_slides_full (work->deck, FALSE, work->register_path, work->path,
                                      monitor, error);
}

gboolean
_gt_window_export_slides_to (GtWindow    *self,
                             GFile       *file,
                             GError     **error)
{
  g_autoptr(SlidesWork) work = slides_work_new (self, file, error);

  return work != NULL && slides_work_run (work, NULL, error);
}

void
_gt_window_export_slides_start (GtWindow *self,
                                GFile    *file)
{
  g_autoptr(GError) error = NULL;
  SlidesWork *work = slides_work_new (self, file, &error);

  if (work == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  _("Could Not Save the Slides"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  _gt_window_run_export (self, file, slides_work_run, work, (GDestroyNotify) slides_work_free,
                         _("Could Not Save the Slides"), _("Saved the slides as “%s”"));
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    GtWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      _gt_window_export_slides_start (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

void
_gt_window_export_slides (GtWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *month_text = NULL;
  g_autofree char *name = NULL;
  int year, month;

  get_month (self, &year, &month);
  month_text = gt_format_month (year, month);
  /* "重点项目月度推进会（2026年10月）.pdf" */
  name = g_strdup_printf (_("Key Projects Advancement Meeting (%s).pdf"), month_text);

  chooser = gtk_file_chooser_native_new (_("Export Meeting Slides"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* "Screen 2: HDMI-1 (1920×1080)" for each monitor, in the header button's menu. */
static void
monitors_changed_cb (GListModel *monitors,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GMenu      *menu)
{
  g_menu_remove_all (menu);
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      const char *name = gdk_monitor_get_connector (monitor);
      g_autofree char *label = NULL;
      g_autofree char *action = g_strdup_printf ("win.present-on(uint32 %u)", i);
      GdkRectangle geometry;

      if (name == NULL)
        name = gdk_monitor_get_model (monitor);
      gdk_monitor_get_geometry (monitor, &geometry);
      label = g_strdup_printf (_("Present on Screen %u: %s (%d×%d)"), i + 1,
                               name != NULL ? name : "", geometry.width, geometry.height);
      g_menu_append (menu, label, action);
    }
}

GMenuModel *
_gt_window_monitors_menu_new (GtWindow *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  GMenu *menu = g_menu_new ();

  g_signal_connect_object (monitors, "items-changed", G_CALLBACK (monitors_changed_cb), menu, 0);
  monitors_changed_cb (monitors, 0, 0, 0, menu);
  return G_MENU_MODEL (menu);
}

void
_gt_window_present_slides_on (GtWindow *self,
                              guint     index)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, index);

  _gt_window_present_slides (self, monitor);
}
