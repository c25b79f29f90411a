/* gt-reports-view.h: a page of the main window: the monthly entry sheet (月报).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_REPORTS_VIEW (gt_reports_view_get_type ())
G_DECLARE_FINAL_TYPE (GtReportsView, gt_reports_view, GT, REPORTS_VIEW, AdwBin)

/* Opens on last month: a month is reported once it is over. The view installs
 * view.previous-month and view.next-month (Ctrl+Page Up / Page Down). */
GtkWidget *gt_reports_view_new        (GtStore       *store);
void       gt_reports_view_set_month  (GtReportsView *self,
                                       int            year,
                                       int            month);
int        gt_reports_view_get_year   (GtReportsView *self);
int        gt_reports_view_get_month  (GtReportsView *self);
/* Moves the keyboard focus to the "completed this month" cell of line
 * @position, scrolling to it; FALSE if there is no such line. */
gboolean   gt_reports_view_focus_line (GtReportsView *self,
                                       guint          position);

G_END_DECLS
