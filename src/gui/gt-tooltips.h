/* gt-tooltips.h: tooltips that read in Chinese and keep out of open menus.
 *
 * GTK 4.8 caps a tooltip's width at as many "chars" as its text has
 * characters, a char being the width of a Latin letter: a Chinese character is
 * two of those, so "状态" wraps one character a line. And a tooltip asked for
 * before a menu opened still shows over the menu.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Fixes every tooltip of the process from now on; calling again does nothing.
 * Watches widgets being realized for GTK's own tooltip window. */
void      gt_tooltips_install       (void);

/* Caps @label (a tooltip's) at the width its text needs, a wide character
 * counted as two, up to about 25 Chinese characters a line. */
void      gt_tooltips_fit_label     (GtkLabel  *label);

/* Whether a popover (a menu, a list to pick from) is open in @root. */
gboolean  gt_tooltips_popover_open  (GtkWidget *root);

G_END_DECLS
