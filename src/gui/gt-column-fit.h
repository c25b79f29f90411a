/* gt-column-fit.h: a column view that shows as many columns as its width holds.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* From now on, whenever @view's width changes, shows the columns at the
 * positions in @order (most important first, @n_order of them) while their
 * fixed widths fit beside @keep_width (the room kept for the columns that
 * expand, and for those not in @order, which always show), and hides the
 * rest. Call once, after the columns are added. */
void gt_column_fit_attach      (GtkColumnView *view,
                                const guint   *order,
                                guint          n_order,
                                int            keep_width);
/* Applies the rule for @width at once (for tests and for a view not yet shown). */
void gt_column_fit_apply       (GtkColumnView *view,
                                int            width);
/* The columns hidden now, as a comma-separated list of their titles ("" for
 * none): for tests. */
char *gt_column_fit_dup_hidden (GtkColumnView *view);

G_END_DECLS
