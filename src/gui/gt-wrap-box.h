/* gt-wrap-box.h: a toolbar whose controls wrap onto a second line when the
 * window is too narrow for one.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GT_TYPE_WRAP_BOX (gt_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (GtWrapBox, gt_wrap_box, GT, WRAP_BOX, GtkWidget)

GtkWidget *gt_wrap_box_new             (void);
/* Adds @child at the end. */
void       gt_wrap_box_append          (GtWrapBox *self,
                                        GtkWidget *child);
/* The number of lines at the width the box has now. */
guint      gt_wrap_box_get_n_lines     (GtWrapBox *self);

G_END_DECLS
