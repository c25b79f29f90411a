/* gt-dialog-fit.h: dialogs no larger than the screen they open on.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* From now on every dialog (a window transient for another) opens no larger
 * than its parent's monitor, and every main window (a GtkApplicationWindow)
 * no larger than the largest monitor; calling again does nothing. */
void gt_dialog_fit_install (void);
/* Caps @window's default size at @max_width × @max_height (what the hook does
 * with the monitor's size); a side without a default size is left alone. */
void gt_dialog_fit_to      (GtkWindow *window,
                            int        max_width,
                            int        max_height);

G_END_DECLS
