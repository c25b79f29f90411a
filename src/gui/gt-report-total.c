/* gt-report-total.c: the 合计 line under the monthly entry sheet.
 *
 * An item of its own, appended after the sorted lines, so that the column view
 * draws it with the same columns and widths as the projects above it while no
 * sorter ever sees it: it stays last whatever the order. Its sums are those of
 * the lines shown, as in the office's own spreadsheets (a filtered 合计).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-report-row.h"
#include "gt-report-total.h"

struct _GtReportTotal
{
  GObject parent_instance;

  guint   n_lines;
  gint64  plan;
  gint64  previous;
  gint64  completed;
  gint64  cumulative;
};

G_DEFINE_FINAL_TYPE (GtReportTotal, gt_report_total, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
gt_report_total_class_init (GtReportTotalClass *klass)
{
  /* Emitted when any sum changed. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
gt_report_total_init (GtReportTotal *self)
{
  self->previous = -1;
  self->completed = -1;
}

GtReportTotal *
gt_report_total_new (void)
{
  return g_object_new (GT_TYPE_REPORT_TOTAL, NULL);
}

void
gt_report_total_update (GtReportTotal *self,
                        GListModel    *lines)
{
  guint n_lines = g_list_model_get_n_items (lines);
  gint64 plan = 0, previous = -1, completed = -1, cumulative = 0;

  g_return_if_fail (GT_IS_REPORT_TOTAL (self));

  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(GtReportRow) row = g_list_model_get_item (lines, i);
      gint64 before = gt_report_row_get_previous_completed (row);

      plan += gt_report_row_get_annual_plan (row);
      if (before >= 0)
        previous = MAX (previous, 0) + before;
      if (gt_report_row_has_report (row))
        completed = MAX (completed, 0)
                    + gt_monthly_report_get_completed (gt_report_row_get_report (row));
      cumulative += gt_report_row_get_cumulative (row);
    }

  if (n_lines == self->n_lines && plan == self->plan && previous == self->previous
      && completed == self->completed && cumulative == self->cumulative)
    return;
  self->n_lines = n_lines;
  self->plan = plan;
  self->previous = previous;
  self->completed = completed;
  self->cumulative = cumulative;
  g_signal_emit (self, signals[CHANGED], 0);
}

guint
gt_report_total_get_n_lines (GtReportTotal *self)
{
  g_return_val_if_fail (GT_IS_REPORT_TOTAL (self), 0);
  return self->n_lines;
}

gint64
gt_report_total_get_plan (GtReportTotal *self)
{
  g_return_val_if_fail (GT_IS_REPORT_TOTAL (self), 0);
  return self->plan;
}

gint64
gt_report_total_get_previous (GtReportTotal *self)
{
  g_return_val_if_fail (GT_IS_REPORT_TOTAL (self), -1);
  return self->previous;
}

gint64
gt_report_total_get_completed (GtReportTotal *self)
{
  g_return_val_if_fail (GT_IS_REPORT_TOTAL (self), -1);
  return self->completed;
}

gint64
gt_report_total_get_cumulative (GtReportTotal *self)
{
  g_return_val_if_fail (GT_IS_REPORT_TOTAL (self), 0);
  return self->cumulative;
}
