/* gt-window-private.h: shared by gt-window.c and gt-window-actions.c.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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

  /* template children */
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *stack;
  AdwSqueezer          *title_squeezer;
  AdwViewSwitcher      *switcher;
  AdwViewSwitcher      *narrow_switcher;
  GtkWidget            *window_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkWidget            *new_button;
  AdwSplitButton       *present_button;
  GtkMenuButton        *primary_menu_button;
  GMenuModel           *primary_menu;
  GtkRevealer          *server_notice;
  GtkLabel             *server_label;
};

void _gt_window_class_actions_init (GtWindowClass *klass);
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
gboolean   _gt_window_print_to_pdf   (GtWindow    *self,
                                      const char  *path,
                                      GError     **error);
void       _gt_window_export         (GtWindow    *self);
gboolean   _gt_window_export_to      (GtWindow    *self,
                                      GFile       *file,
                                      GError     **error);

G_END_DECLS
