/* gt-report-sheet.h: the monthly entry sheet (月报填报): every live project's line
 * for one month, as a list model of GtReportRow.
 *
 * Cumulative figures are computed from the months' own figures, never typed. The
 * sheet reads its month again when the store changes, except for its own saves.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-report-row.h"
#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_REPORT_SHEET (gt_report_sheet_get_type ())
G_DECLARE_FINAL_TYPE (GtReportSheet, gt_report_sheet, GT, REPORT_SHEET, GObject)

GtReportSheet *gt_report_sheet_new         (GtStore         *store);
/* Reads the lines of @month (1–12) of @year, replacing the model's items. */
gboolean       gt_report_sheet_load        (GtReportSheet   *self,
                                            int              year,
                                            int              month,
                                            GError         **error);
int            gt_report_sheet_get_year    (GtReportSheet   *self);
int            gt_report_sheet_get_month   (GtReportSheet   *self);

/* Saves @edited (a copy of @row's report with new values) as @row's report, in
 * one transaction; @row then emits ::changed. On failure @row keeps its report. */
gboolean       gt_report_sheet_save        (GtReportSheet   *self,
                                            GtReportRow     *row,
                                            GtMonthlyReport *edited,
                                            GError         **error);

/* Sums over every line, in yuan. */
void           gt_report_sheet_get_totals  (GtReportSheet   *self,
                                            gint64          *annual_plan,
                                            gint64          *completed_month,
                                            gint64          *cumulative);
/* Lines that have a report filed for the month. */
guint          gt_report_sheet_count_filed (GtReportSheet   *self);

G_END_DECLS
