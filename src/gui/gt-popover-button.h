/* gt-popover-button.h: a GtkButton that owns its popover as a child.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void gt_popover_button_set_popover (GtkButton *button,
                                    GtkWidget *popover);

G_END_DECLS
