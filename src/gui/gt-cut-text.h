/* gt-cut-text.h: the whole text of a label cut short, on hover.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void gt_cut_text_add_tooltip (GtkLabel *label);

G_END_DECLS
