/* gt-report-row.h: one project's line on the monthly entry sheet: this month's
 * report and, beside it, what the sheet shows for comparison.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-monthly-report.h"
#include "gt-project.h"

G_BEGIN_DECLS

#define GT_TYPE_REPORT_ROW (gt_report_row_get_type ())
G_DECLARE_FINAL_TYPE (GtReportRow, gt_report_row, GT, REPORT_ROW, GObject)

/* The live project (not a copy): its name and plan follow edits elsewhere. */
GtProject       *gt_report_row_get_project             (GtReportRow *self);
/* This month's report; a new one with id 0 when none was filed yet. Read only:
 * edit through gt_report_sheet_save(). */
GtMonthlyReport *gt_report_row_get_report              (GtReportRow *self);
gboolean         gt_report_row_has_report              (GtReportRow *self);
/* Last month's own figure (December of last year for January), yuan; −1 when
 * no report was filed for it. */
gint64           gt_report_row_get_previous_completed  (GtReportRow *self);
/* 1—N月累计: the months of the year before this one plus this month, yuan. */
gint64           gt_report_row_get_cumulative          (GtReportRow *self);
/* Whether any month of the year up to this one has a report, that is whether
 * the 1—N月累计 is a figure at all (a table shows a blank, not 0, without). */
gboolean         gt_report_row_has_cumulative          (GtReportRow *self);
/* The year's plan of the sheet's year, yuan. */
gint64           gt_report_row_get_annual_plan         (GtReportRow *self);

/* For the sheet. */
GtReportRow     *_gt_report_row_new                    (GtProject       *project,
                                                        GtMonthlyReport *report,
                                                        gboolean         filed,
                                                        gint64           previous,
                                                        gint64           before,
                                                        gboolean         filed_before,
                                                        gint64           annual_plan);
void             _gt_report_row_set_report             (GtReportRow     *self,
                                                        GtMonthlyReport *report);

G_END_DECLS
