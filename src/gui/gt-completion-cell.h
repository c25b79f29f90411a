/* gt-completion-cell.h: a project's completion in a list row: a bar and its
 * percentage, drawn by one widget.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GT_TYPE_COMPLETION_CELL (gt_completion_cell_get_type ())
G_DECLARE_FINAL_TYPE (GtCompletionCell, gt_completion_cell, GT, COMPLETION_CELL, GtkWidget)

GtkWidget *gt_completion_cell_new       (void);
/* @ratio of the plan done, −1 for none (no bar, "—"). */
void       gt_completion_cell_set_ratio (GtCompletionCell *self,
                                         double            ratio);

G_END_DECLS
