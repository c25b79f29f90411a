/* gt-store-reports.c: saving a month's report, with undo.
 *
 * A figure typed over by mistake on the monthly sheet is one Ctrl+Z away: the
 * command keeps the report as it was (or that there was none) and as it became.
 * The sheet saves over the report as it showed it: another desk's newer
 * figures for the same month are refused, not written over.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-format.h"
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

/* The report of @report's project and month was @original when the sheet
 * showed it (NULL: none was filed): is it still? */
static gboolean
still_as_read (GtMonthlyReport *stored,
               GtMonthlyReport *original)
{
  if (stored == NULL || original == NULL)
    return stored == NULL && original == NULL;
  return gt_monthly_report_same_values (stored, original);
}

static gboolean
refuse (GtStore          *self,
        GtMonthlyReport  *report,
        GError          **error)
{
  GtProject *project = _gt_store_lookup (self, GT_STORE_KIND_PROJECT,
                                         gt_monthly_report_get_project_id (report));
  g_autofree char *month = gt_format_month (gt_monthly_report_get_year (report),
                                            gt_monthly_report_get_month (report));
  /* TRANSLATORS: a project's report of a month, as a refused save names it:
   * 城南污水处理厂2023年4月月报 */
  g_autofree char *name = g_strdup_printf (_("%s, report of %s"),
                                           project != NULL ? gt_project_get_name (project) : "",
                                           month);

  return _gt_store_refuse_changed (self, "project", gt_monthly_report_get_project_id (report),
                                   "monthly_reports", name, error);
}

/* One transaction: the report as it was read inside it, then (when @check)
 * refused unless it is still @original, then written; one step of undo. */
static gboolean
save (GtStore          *self,
      gboolean          check,
      GtMonthlyReport  *original,
      GtMonthlyReport  *report,
      GError          **error)
{
  g_autoptr(GtMonthlyReport) before = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean refused = FALSE;
  GtProject *project;
  gboolean ok;

  /* In a batch with no undo (the demo) there is no history to keep. */
  if (!check && self->in_batch && self->batch_command == NULL)
    return _gt_store_write_report (self, report, error);

  if (!_gt_store_edit_begin (self, error))
    return FALSE;
  before = find_stored (self, report, &local_error);
  ok = local_error == NULL;
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  if (ok && check && !still_as_read (before, original))
    {
      refused = TRUE;
      ok = refuse (self, report, error);
    }
  ok = ok && _gt_store_write_report (self, report, error);
  if (!_gt_store_edit_end (self, ok, ok ? error : NULL) || !ok)
    {
      /* The lists and the sheet take the other desk's change now. */
      if (refused)
        gt_store_refresh (self, NULL);
      return FALSE;
    }

  project = _gt_store_lookup (self, GT_STORE_KIND_PROJECT,
                              gt_monthly_report_get_project_id (report));
  _gt_store_record (self, _gt_store_command_new_report (
                      g_steal_pointer (&before), gt_monthly_report_copy (report),
                      project != NULL ? gt_project_get_name (project) : ""));
  return TRUE;
}

gboolean
gt_store_save_monthly_report (GtStore          *self,
                              GtMonthlyReport  *report,
                              GError          **error)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (report), FALSE);

  return save (self, FALSE, NULL, report, error);
}

gboolean
gt_store_save_monthly_report_over (GtStore          *self,
                                   GtMonthlyReport  *original,
                                   GtMonthlyReport  *report,
                                   GError          **error)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (original == NULL || GT_IS_MONTHLY_REPORT (original), FALSE);
  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (report), FALSE);

  return save (self, TRUE, original, report, error);
}
