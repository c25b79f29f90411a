/* gt-text-cell.h: one line of text in a list cell, cut off with "…".
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GT_TYPE_TEXT_CELL (gt_text_cell_get_type ())
G_DECLARE_FINAL_TYPE (GtTextCell, gt_text_cell, GT, TEXT_CELL, GtkWidget)

GtkWidget  *gt_text_cell_new      (float       xalign);
const char *gt_text_cell_get_text (GtTextCell *self);
void        gt_text_cell_set_text (GtTextCell *self,
                                   const char *text);
gboolean    gt_text_cell_is_cut   (GtTextCell *self);

G_END_DECLS
