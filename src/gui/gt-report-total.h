/* gt-report-total.h: the 合计 line under the monthly entry sheet: the sums of the
 * money columns over the lines shown.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define GT_TYPE_REPORT_TOTAL (gt_report_total_get_type ())
G_DECLARE_FINAL_TYPE (GtReportTotal, gt_report_total, GT, REPORT_TOTAL, GObject)

GtReportTotal *gt_report_total_new            (void);
/* Sums @lines (a list model of GtReportRow) again; emits ::changed when a sum
 * differs. */
void           gt_report_total_update         (GtReportTotal *self,
                                               GListModel    *lines);
guint          gt_report_total_get_n_lines    (GtReportTotal *self);
/* Sums in yuan. previous and completed are −1 when no line has a figure for
 * that month (the cell shows a dash, not 0). */
gint64         gt_report_total_get_plan       (GtReportTotal *self);
gint64         gt_report_total_get_previous   (GtReportTotal *self);
gint64         gt_report_total_get_completed  (GtReportTotal *self);
gint64         gt_report_total_get_cumulative (GtReportTotal *self);

G_END_DECLS
