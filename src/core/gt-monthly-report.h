/* gt-monthly-report.h: one project's report for one month (月报).
 *
 * Only the month's own figure is stored; cumulative figures (1—N月累计) are
 * always computed from these rows.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "gt-types.h"

G_BEGIN_DECLS

#define GT_TYPE_MONTHLY_REPORT (gt_monthly_report_get_type ())
G_DECLARE_FINAL_TYPE (GtMonthlyReport, gt_monthly_report, GT, MONTHLY_REPORT, GObject)

GtMonthlyReport *gt_monthly_report_new                (void);
/* A new report with @report's values, id included. */
GtMonthlyReport *gt_monthly_report_copy               (GtMonthlyReport *report);
/* Whether @self and @other say the same of the same project and month: every
 * field a save writes (the row's id aside). */
gboolean         gt_monthly_report_same_values        (GtMonthlyReport *self,
                                                       GtMonthlyReport *other);

gint64       gt_monthly_report_get_id            (GtMonthlyReport *self);
void         gt_monthly_report_set_id            (GtMonthlyReport *self,
                                                  gint64           id);
gint64       gt_monthly_report_get_project_id    (GtMonthlyReport *self);
void         gt_monthly_report_set_project_id    (GtMonthlyReport *self,
                                                  gint64           project_id);
int          gt_monthly_report_get_year          (GtMonthlyReport *self);
int          gt_monthly_report_get_month         (GtMonthlyReport *self);
void         gt_monthly_report_set_month         (GtMonthlyReport *self,
                                                  int              year,
                                                  int              month);
/* Investment completed in this month, in yuan (当月完成). */
gint64       gt_monthly_report_get_completed     (GtMonthlyReport *self);
void         gt_monthly_report_set_completed     (GtMonthlyReport *self,
                                                  gint64           yuan);
/* 形象进度 */
const char  *gt_monthly_report_get_progress_note (GtMonthlyReport *self);
void         gt_monthly_report_set_progress_note (GtMonthlyReport *self,
                                                  const char      *note);
/* 0–100 */
int          gt_monthly_report_get_percent       (GtMonthlyReport *self);
void         gt_monthly_report_set_percent       (GtMonthlyReport *self,
                                                  int              percent);
const char  *gt_monthly_report_get_problems      (GtMonthlyReport *self);
void         gt_monthly_report_set_problems      (GtMonthlyReport *self,
                                                  const char      *problems);

G_END_DECLS
