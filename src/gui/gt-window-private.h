/* gt-window-private.h: shared by gt-window.c and gt-window-actions.c.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-as-of.h"
#include "gt-export-bar.h"
#include "gt-window.h"

G_BEGIN_DECLS

struct _GtWindow
{
  AdwApplicationWindow  parent_instance;

  GtStore              *store;
  GSettings            *settings;
  /* Built the first time Ctrl+? asks for it (gt-window-actions.c). */
  GtkWindow            *shortcuts_window;
  guint                 attach_switchers_id;
  guint                 monitors_menu_id;
  /* Polls the store for other programs' commits while the window is active. */
  guint                 refresh_id;
  /* Under the header while an export runs; made when first needed
   * (_gt_window_get_export_bar()). */
  GtExportBar          *export_bar;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *stack;
  AdwSqueezer          *title_squeezer;
  AdwViewSwitcher      *switcher;
  AdwViewSwitcher      *narrow_switcher;
  GtkWidget            *window_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkWidget            *new_button;
  GtkWidget            *undo_button;
  AdwSplitButton       *present_button;
  GtkMenuButton        *primary_menu_button;
  GMenuModel           *primary_menu;
  GtkRevealer          *server_notice;
  GtkLabel             *server_label;
};

void _gt_window_class_actions_init (GtWindowClass *klass);
/* The month every output of the window is as of (gt-as-of.h): the one the
 * visible page shows (the Overview or the monthly sheet), else the Overview's,
 * else the register's default. */
void _gt_window_get_month          (GtWindow      *self,
                                    int           *year,
                                    int           *month);
/* The same month as every output takes it (gt-as-of.h). */
void _gt_window_get_as_of          (GtWindow      *self,
                                    GtAsOf        *as_of);
void _gt_window_actions_update     (GtWindow      *self);
/* Opens the monthly meeting's slides full screen on @monitor (NULL: the
 * projector if there is one); NULL (with a toast) on error. */
GtkWindow *_gt_window_present_slides (GtWindow    *self,
                                      GdkMonitor  *monitor);
void       _gt_window_present_slides_on (GtWindow *self,
                                         guint     index);
/* A menu of the display's monitors, kept up to date, for choosing the one to
 * present on. */
GMenuModel *_gt_window_monitors_menu_new (GtWindow *self);
/* Asks where, then saves the month's slides as PDF (one slide a page, 16:9). */
void       _gt_window_export_slides  (GtWindow    *self);
gboolean   _gt_window_export_slides_to (GtWindow  *self,
                                        GFile     *file,
                                        GError   **error);
/* Ctrl+P: the visible page through the print dialog; Export…: to PDF, PNG,
 * XLSX or CSV by the file's extension (gt-window-print.c). */
void       _gt_window_print          (GtWindow    *self);
/* The visible page in the print preview, without the dialog first. */
void       _gt_window_print_preview  (GtWindow    *self);
gboolean   _gt_window_print_to_pdf   (GtWindow    *self,
                                      const char  *path,
                                      GError     **error);
void       _gt_window_export         (GtWindow    *self);
gboolean   _gt_window_export_to      (GtWindow    *self,
                                      GFile       *file,
                                      GError     **error);
/* Export… once the file is chosen: the job read from the store now, written
 * in a worker thread under the export bar, a toast with Open when done. */
void       _gt_window_export_start   (GtWindow    *self,
                                      GFile       *file);
/* The bar under the header (made the first time). */
GtExportBar *_gt_window_get_export_bar (GtWindow  *self);
/* Runs @work under the export bar; when it is done, a toast of @done (its %s
 * the file's name) with Open, or a message headed @heading. */
void       _gt_window_run_export     (GtWindow        *self,
                                      GFile           *file,
                                      GtExportBarWork  work,
                                      gpointer         data,
                                      GDestroyNotify   destroy,
                                      const char      *heading,
                                      const char      *done);
/* @message as a toast with an Open button that opens @file. */
void       _gt_window_show_exported  (GtWindow    *self,
                                      const char  *message,
                                      GFile       *file);
/* Asks where, then exports the slides under the export bar. */
void       _gt_window_export_slides_start (GtWindow *self,
                                           GFile    *file);

G_END_DECLS
