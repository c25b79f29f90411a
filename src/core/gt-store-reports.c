/* gt-store-reports.c: saving a month's report, with undo.
 *
 * A figure typed over by mistake on the monthly sheet is one Ctrl+Z away: the
 * command keeps the report as it was (or that there was none) and as it became.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-store-internal.h"

/* The report of the same project and month as @report, as it is in the file. */
static GtMonthlyReport *
find_stored (GtStore          *self,
             GtMonthlyReport  *report,
             GError          **error)
{
  g_autoptr(GPtrArray) reports = NULL;

  reports = gt_store_list_monthly_reports (self, gt_monthly_report_get_project_id (report),
                                           error);
  if (reports == NULL)
    return NULL;
  for (guint i = 0; i < reports->len; i++)
    {
      GtMonthlyReport *stored = g_ptr_array_index (reports, i);

      if (gt_monthly_report_get_year (stored) == gt_monthly_report_get_year (report) &&
          gt_monthly_report_get_month (stored) == gt_monthly_report_get_month (report))
        return g_object_ref (stored);
    }
  return NULL;
}

gboolean
gt_store_save_monthly_report (GtStore          *self,
                              GtMonthlyReport  *report,
                              GError          **error)
{
  g_autoptr(GtMonthlyReport) before = NULL;
  g_autoptr(GError) local_error = NULL;
  GtProject *project;

  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (report), FALSE);

  /* In a batch with no undo (the demo) there is no history to keep. */
  if (self->in_batch && self->batch_command == NULL)
    return _gt_store_write_report (self, report, error);

  before = find_stored (self, report, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!_gt_store_write_report (self, report, error))
    return FALSE;

  project = _gt_store_lookup (self, GT_STORE_KIND_PROJECT,
                              gt_monthly_report_get_project_id (report));
  _gt_store_record (self, _gt_store_command_new_report (
                      g_steal_pointer (&before), gt_monthly_report_copy (report),
                      project != NULL ? gt_project_get_name (project) : ""));
  return TRUE;
}
