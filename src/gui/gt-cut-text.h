/* gt-cut-text.h: the whole text of a label or inscription cut short, on hover.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void gt_cut_text_add_tooltip (GtkWidget *label_or_inscription);

G_END_DECLS
