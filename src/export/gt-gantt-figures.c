/* gt-gantt-figures.c: the wall chart's figures from the month's sheet.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-gantt-figures.h"
#include "gt-report-sheet.h"

gboolean
gt_gantt_figures_fill (GtGanttRows  *rows,
                       GtStore      *store,
                       int           year,
                       int           month,
                       GError      **error)
{
  g_autoptr(GtReportSheet) sheet = NULL;
  guint n;

  g_return_val_if_fail (rows != NULL, FALSE);
  g_return_val_if_fail (GT_IS_STORE (store), FALSE);

  /* The sheet sums the months itself, as the monthly report does: the wall and
   * the report never disagree. */
  sheet = gt_report_sheet_new (store);
  if (!gt_report_sheet_load (sheet, year, month, error))
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (sheet));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtReportRow) line = g_list_model_get_item (G_LIST_MODEL (sheet), i);
      GtProject *project = gt_report_row_get_project (line);
      const char *note = NULL;

      if (gt_report_row_has_report (line))
        note = gt_monthly_report_get_progress_note (gt_report_row_get_report (line));
      gt_gantt_rows_set_figures (rows, gt_project_get_id (project),
                                 gt_project_get_total_investment (project),
                                 gt_report_row_get_annual_plan (line),
                                 gt_report_row_get_cumulative (line), note);
    }
  return TRUE;
}
