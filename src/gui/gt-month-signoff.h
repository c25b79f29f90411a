/* gt-month-signoff.h: signing off a month (定稿) and reopening it, from the
 * Monthly Reports page.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gt-store.h"

G_BEGIN_DECLS

/* Called once the month's state has changed (or stayed, on Cancel). */
typedef void (*GtMonthSignoffDone) (GtkWidget *widget);

/* Asks, then closes @year/@month (when @close) or, with a reason typed,
 * reopens it; errors are shown. @done runs with @widget afterwards. */
void gt_month_signoff_run (GtkWidget          *widget,
                           GtStore            *store,
                           int                 year,
                           int                 month,
                           gboolean            close,
                           GtMonthSignoffDone  done);

G_END_DECLS
