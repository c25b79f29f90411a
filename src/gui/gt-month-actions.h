/* gt-month-actions.h: month by month, as the Overview and the monthly sheet go.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gt-store.h"

G_BEGIN_DECLS

/* Moves @page @delta months. */
typedef void (*GtMonthStepFunc) (GtkWidget *page,
                                 int        delta);

/* Installs view.previous-month and view.next-month on @widget_class, bound to
 * Ctrl+Page Up and Ctrl+Page Down, calling @step. */
void gt_month_actions_install (GtkWidgetClass  *widget_class,
                               GtMonthStepFunc  step);
/* @year and @month moved by @delta months. */
void gt_month_add             (int             *year,
                               int             *month,
                               int              delta);
/* The month a page opens on, the one every output is as of until another is
 * chosen: the latest month with reports, else this month (gt-as-of.h). */
void gt_month_get_default     (GtStore         *store,
                               int             *year,
                               int             *month);

G_END_DECLS
