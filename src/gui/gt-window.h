/* gt-window.h: the main window: a view switcher over the register's pages.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-application.h"
#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_WINDOW (gt_window_get_type ())
G_DECLARE_FINAL_TYPE (GtWindow, gt_window, GT, WINDOW, AdwApplicationWindow)

GtWindow   *gt_window_new            (GtApplication *application,
                                      GtStore       *store);
GtStore    *gt_window_get_store      (GtWindow      *self);
/* "projects", "leaders" or "issues". */
void        gt_window_show_page      (GtWindow      *self,
                                      const char    *name);
GtkWidget  *gt_window_get_page       (GtWindow      *self,
                                      const char    *name);
const char *gt_window_get_page_name  (GtWindow      *self);
void        gt_window_show_toast     (GtWindow      *self,
                                      const char    *message);

G_END_DECLS
