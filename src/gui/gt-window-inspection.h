/* gt-window-inspection.h: the weekly 督查专报 from the window's menu.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-window.h"

G_BEGIN_DECLS

/* The main menu's item: asks for the week, then the file, then writes the
 * report under the export bar. */
void     _gt_window_export_inspection       (GtWindow     *self);
/* Once the week and the file are chosen: the report of the week of @day
 * gathered from the store now and written to @file under the export bar (a
 * toast with Open when it is done). FALSE with @error when it cannot start
 * (not a local file, the register itself, the store refusing). */
gboolean _gt_window_export_inspection_start (GtWindow     *self,
                                             const GDate  *day,
                                             GFile        *file,
                                             GError      **error);

/* The folder of @file, where the next report is offered to go. */
void     _gt_window_inspection_remember_folder (GFile    *file);
/* That folder while it is there, else NULL. New. */
GFile   *_gt_window_inspection_dup_folder      (void);

G_END_DECLS
