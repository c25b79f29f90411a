/* gt-lazy-icons.h: status pages' large icons, loaded when a page first shows.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Every AdwStatusPage at or below @widget gets its icon when first mapped.
 * Call it before @widget is in a window (after gtk_widget_init_template()). */
void gt_lazy_icons_defer (GtkWidget *widget);

G_END_DECLS
