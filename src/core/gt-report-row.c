/* gt-report-row.c: one project's line on the monthly entry sheet.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-report-row.h"

struct _GtReportRow
{
  GObject parent_instance;

  GtProject *project;
  GtMonthlyReport *report;
  gboolean filed;
  gint64 previous;     /* last month's own figure, −1 when none */
  gint64 before;       /* months of the year before this one */
  gboolean filed_before; /* a report of one of those months */
  gint64 annual_plan;
};

G_DEFINE_FINAL_TYPE (GtReportRow, gt_report_row, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
gt_report_row_dispose (GObject *object)
{
  GtReportRow *self = GT_REPORT_ROW (object);

  g_clear_object (&self->project);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (gt_report_row_parent_class)->dispose (object);
}

static void
gt_report_row_class_init (GtReportRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gt_report_row_dispose;

  /* The report was saved: every figure of the line may have changed. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
gt_report_row_init (GtReportRow *self)
{
}

GtReportRow *
_gt_report_row_new (GtProject       *project,
                    GtMonthlyReport *report,
                    gboolean         filed,
                    gint64           previous,
                    gint64           before,
                    gboolean         filed_before,
                    gint64           annual_plan)
{
  GtReportRow *self = g_object_new (GT_TYPE_REPORT_ROW, NULL);

  self->project = g_object_ref (project);
  self->report = g_object_ref (report);
  self->filed = filed;
  self->previous = previous;
  self->before = before;
  self->filed_before = filed_before;
  self->annual_plan = annual_plan;
  return self;
}

void
_gt_report_row_set_report (GtReportRow     *self,
                           GtMonthlyReport *report)
{
  g_return_if_fail (GT_IS_REPORT_ROW (self));
  g_return_if_fail (GT_IS_MONTHLY_REPORT (report));

  g_set_object (&self->report, report);
  self->filed = TRUE;
  g_signal_emit (self, signals[CHANGED], 0);
}

GtProject *
gt_report_row_get_project (GtReportRow *self)
{
  g_return_val_if_fail (GT_IS_REPORT_ROW (self), NULL);
  return self->project;
}

GtMonthlyReport *
gt_report_row_get_report (GtReportRow *self)
{
  g_return_val_if_fail (GT_IS_REPORT_ROW (self), NULL);
  return self->report;
}

gboolean
gt_report_row_has_report (GtReportRow *self)
{
  g_return_val_if_fail (GT_IS_REPORT_ROW (self), FALSE);
  return self->filed;
}

gint64
gt_report_row_get_previous_completed (GtReportRow *self)
{
  g_return_val_if_fail (GT_IS_REPORT_ROW (self), -1);
  return self->previous;
}

gint64
gt_report_row_get_cumulative (GtReportRow *self)
{
  g_return_val_if_fail (GT_IS_REPORT_ROW (self), 0);
  return self->before + gt_monthly_report_get_completed (self->report);
}

gboolean
gt_report_row_has_cumulative (GtReportRow *self)
{
  g_return_val_if_fail (GT_IS_REPORT_ROW (self), FALSE);
  return self->filed || self->filed_before;
}

gint64
gt_report_row_get_annual_plan (GtReportRow *self)
{
  g_return_val_if_fail (GT_IS_REPORT_ROW (self), 0);
  return self->annual_plan;
}
