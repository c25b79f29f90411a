/* gt-scroll-guard.h: number boxes that the mouse wheel passes over.
 *
 * A GtkSpinButton takes every wheel turn under the pointer, so scrolling down
 * a page of settings changes whatever threshold passes beneath it. Guarded, a
 * spin button takes the wheel only while it has the keyboard focus; otherwise
 * the turn scrolls the page it is on.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void gt_scroll_guard_add (GtkWidget *widget);

G_END_DECLS
