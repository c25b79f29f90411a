/* gt-store-plan.c: annual plans and monthly reports (milestones: gt-store-milestones.c).
 *
 * These rows are not kept in memory: a view reads them per project. What they
 * change in memory is the project's figures and its row in the list.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "gt-store-internal.h"
#include "gt-store-private.h"
#include "gt-format.h"

void
_gt_store_set_changed_meanwhile (GError     **error,
                                 const char  *name,
                                 const char  *desk,
                                 const char  *when)
{
  if (desk != NULL && *desk != '\0')
    g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT,
                 _("“%s” was changed meanwhile by %s, at %s. Its new values are shown now; "
                   "make your change again if it is still needed."), name, desk, when);
  else if (when != NULL)
    g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT,
                 _("“%s” was changed meanwhile by another program, at %s. Its new values are "
                   "shown now; make your change again if it is still needed."), name, when);
  else
    g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT,
                 _("“%s” was changed meanwhile by another program. Its new values are shown "
                   "now; make your change again if it is still needed."), name);
}

GtStoreSave
_gt_store_judge_save (gpointer         stored,
                      gpointer         original,
                      gpointer         edited,
                      GtStoreSameFunc  same,
                      gboolean         adds)
{
  if (!adds && ((stored != NULL && same (stored, edited)) ||
                (original != NULL && same (original, edited))))
    return GT_STORE_SAVE_UNCHANGED;
  if (stored != NULL && original != NULL && !same (stored, original))
    return GT_STORE_SAVE_REFUSED;
  return GT_STORE_SAVE_WRITE;
}

/* Who last changed row ?2 of kind ?1 (its part ?3 only, unless ''), and when:
 * the change log's newest entry for it, whichever desk wrote it. */
static const GtDbQuery changed_by_query =
  GT_DB_QUERY ("store-row-changed-by",
               "SELECT desk, at FROM changes WHERE kind = ?1 AND row_id = ?2 "
               "  AND (CAST (?3 AS TEXT) = '' OR part = ?3) ORDER BY seq DESC LIMIT 1");

gboolean
_gt_store_refuse_changed (GtStore     *self,
                          const char  *kind,
                          gint64       row_id,
                          const char  *part,
                          const char  *name,
                          GError     **error)
{
  GtDbStmt *stmt = _gt_store_stmt_of (self, &changed_by_query, error);
  g_autofree char *desk = NULL;
  g_autofree char *when = NULL;

  if (stmt == NULL)
    return FALSE;
  gt_db_stmt_bind_text (stmt, 1, kind);
  gt_db_stmt_bind_int64 (stmt, 2, row_id);
  gt_db_stmt_bind_text (stmt, 3, part);
  if (gt_db_stmt_next (stmt, NULL))
    {
      desk = g_strdup (gt_db_stmt_get_string (stmt, 0));
      when = gt_format_log_time (gt_db_stmt_get_text (stmt, 1));
    }
  gt_db_stmt_reset (stmt);
  _gt_store_set_changed_meanwhile (error, name, desk, when);
  return FALSE;
}

gboolean
_gt_store_check_project (GtStore  *self,
                         gint64    project_id,
                         GError  **error)
{
  if (project_id != 0 && _gt_store_lookup (self, GT_STORE_KIND_PROJECT, project_id) != NULL)
    return TRUE;

  _gt_store_set_not_found (error, GT_STORE_KIND_PROJECT);
  return FALSE;
}

gboolean
_gt_store_check_percent (int       percent,
                         GError  **error)
{
  if (percent >= 0 && percent <= 100)
    return TRUE;

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("A percentage must be between 0 and 100."));
  return FALSE;
}

static gboolean
check_amount (gint64    yuan,
              GError  **error)
{
  if (yuan >= 0)
    return TRUE;

  g_set_error_literal (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_NEGATIVE_AMOUNT,
                       _("An amount cannot be negative."));
  return FALSE;
}

/* A change to a project's schedule or figures shows in its row: views that
 * bind once per row (or sort by a figure) learn of it from items-changed. In a
 * batch the rows are refreshed once, at the commit. */
void
_gt_store_project_touched (GtStore *self,
                           gint64   project_id)
{
  if (!self->in_batch)
    _gt_store_row_changed (self, GT_STORE_KIND_PROJECT, project_id);
  _gt_store_emit_changed (self);
}

/* Annual plans */

gint64
gt_store_get_annual_plan (GtStore *self,
                          gint64   project_id,
                          int      year)
{
  g_autoptr(GError) error = NULL;
  GtDbStmt *stmt;
  gint64 amount = 0;

  g_return_val_if_fail (GT_IS_STORE (self), 0);

  stmt = _gt_store_stmt (self, GT_STORE_STMT_SELECT_PLAN, &error);
  if (stmt == NULL)
    {
      g_warning ("%s", error->message);
      return 0;
    }

  gt_db_stmt_bind_int64 (stmt, 1, project_id);
  gt_db_stmt_bind_int64 (stmt, 2, year);
  if (gt_db_stmt_next (stmt, &error))
    amount = gt_db_stmt_get_int64 (stmt, 0);
  else if (error != NULL)
    g_warning ("Could not read the plan of project %" G_GINT64_FORMAT ": %s",
               project_id, error->message);
  gt_db_stmt_reset (stmt);

  return amount;
}

gboolean
gt_store_set_annual_plan (GtStore  *self,
                          gint64    project_id,
                          int       year,
                          gint64    yuan,
                          GError  **error)
{
  GtProject *project;
  gboolean ok;

  g_return_val_if_fail (GT_IS_STORE (self), FALSE);

  if (!check_amount (yuan, error) || !_gt_store_check_project (self, project_id, error))
    return FALSE;

  if (!_gt_store_edit_begin (self, error))
    return FALSE;
  ok = _gt_store_write_plan (self, project_id, year, yuan, error);
  if (!_gt_store_edit_end (self, ok, error))
    return FALSE;

  project = _gt_store_lookup (self, GT_STORE_KIND_PROJECT, project_id);
  if (year == self->year)
    gt_project_set_annual_plan (project, yuan);
  _gt_store_project_touched (self, project_id);

  return TRUE;
}

/* Monthly reports */

GPtrArray *
gt_store_list_monthly_reports (GtStore  *self,
                               gint64    project_id,
                               GError  **error)
{
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_object_unref);
  GtDbStmt *stmt;
  GError *local = NULL;

  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  stmt = _gt_store_stmt (self, GT_STORE_STMT_LIST_REPORTS, error);
  if (stmt == NULL)
    return NULL;

  gt_db_stmt_bind_int64 (stmt, 1, project_id);
  while (gt_db_stmt_next (stmt, &local))
    {
      GtMonthlyReport *report = gt_monthly_report_new ();
      const char *month = gt_db_stmt_get_text (stmt, 2);
      int year = 0, number = 0;

      if (month != NULL && sscanf (month, "%4d-%2d", &year, &number) == 2)
        gt_monthly_report_set_month (report, year, number);
      gt_monthly_report_set_id (report, gt_db_stmt_get_int64 (stmt, 0));
      gt_monthly_report_set_project_id (report, gt_db_stmt_get_int64 (stmt, 1));
      gt_monthly_report_set_completed (report, gt_db_stmt_get_int64 (stmt, 3));
      gt_monthly_report_set_progress_note (report, gt_db_stmt_get_text (stmt, 4));
      gt_monthly_report_set_percent (report, gt_db_stmt_get_int64 (stmt, 5));
      gt_monthly_report_set_problems (report, gt_db_stmt_get_text (stmt, 6));
      g_ptr_array_add (reports, report);
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
      return NULL;
    }

  return g_steal_pointer (&reports);
}

static void reload_figures (GtStore *self,
                            gint64   project_id,
                            int      year);

/* The upsert behind gt_store_save_monthly_report() and its undo. */
gboolean
_gt_store_write_report (GtStore          *self,
                        GtMonthlyReport  *report,
                        GError          **error)
{
  const char *note, *problems;
  gint64 project_id;
  GtDbStmt *stmt;
  char month[16];
  int year, number;
  GError *local = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (report), FALSE);

  project_id = gt_monthly_report_get_project_id (report);
  year = gt_monthly_report_get_year (report);
  number = gt_monthly_report_get_month (report);
  if (year < 1 || year > 9999 || number < 1 || number > 12)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The month of the report is not valid."));
      return FALSE;
    }
  if (!check_amount (gt_monthly_report_get_completed (report), error) ||
      !_gt_store_check_percent (gt_monthly_report_get_percent (report), error) ||
      !_gt_store_check_project (self, project_id, error))
    return FALSE;

  stmt = _gt_store_stmt (self, GT_STORE_STMT_UPSERT_REPORT, error);
  if (stmt == NULL || !_gt_store_edit_begin (self, error))
    return FALSE;

  g_snprintf (month, sizeof month, "%04d-%02d", year, number);
  gt_db_stmt_bind_int64 (stmt, 1, project_id);
  gt_db_stmt_bind_text (stmt, 2, month);
  gt_db_stmt_bind_int64 (stmt, 3, gt_monthly_report_get_completed (report));
  note = gt_monthly_report_get_progress_note (report);
  problems = gt_monthly_report_get_problems (report);
  gt_db_stmt_bind_text (stmt, 4, note != NULL ? note : "");
  gt_db_stmt_bind_int64 (stmt, 5, gt_monthly_report_get_percent (report));
  gt_db_stmt_bind_text (stmt, 6, problems != NULL ? problems : "");
  /* RETURNING: an upsert that updates sets no last_insert_rowid. */
  while (gt_db_stmt_next (stmt, &local))
    id = gt_db_stmt_get_int64 (stmt, 0);
  gt_db_stmt_reset (stmt);
  ok = local == NULL;
  if (!ok)
    g_propagate_prefixed_error (error, local, "%s: ", _("Could not save the change"));
  if (!_gt_store_edit_end (self, ok, error))
    return FALSE;

  gt_monthly_report_set_id (report, id);

  /* The year-to-date figure is a sum: re-read it, once per edit, or once for a
   * whole batch at the commit. */
  if (year == self->year && self->in_batch)
    {
      self->batch_figures_stale = TRUE;
    }
  else
    reload_figures (self, project_id, year);
  _gt_store_project_touched (self, project_id);

  return TRUE;
}

static void
reload_figures (GtStore *self,
                gint64   project_id,
                int      year)
{
  GtProject *project = _gt_store_lookup (self, GT_STORE_KIND_PROJECT, project_id);
  g_autoptr(GError) error = NULL;

  if (year == self->year && project != NULL &&
      !_gt_store_reload_project_figures (self, project, &error))
    g_warning ("%s", error->message);
}

gboolean
_gt_store_remove_report (GtStore  *self,
                         gint64    project_id,
                         int       year,
                         int       month,
                         GError  **error)
{
  static const GtDbQuery delete_report =
    GT_DB_QUERY ("store-delete-report",
                 "DELETE FROM monthly_reports WHERE project_id = ?1 AND month = ?2");
  GtDbStmt *stmt;
  char month_text[16];
  gboolean ok;

  if (!_gt_store_edit_begin (self, error))
    return FALSE;
  g_snprintf (month_text, sizeof month_text, "%04d-%02d", year, month);
  stmt = gt_db_prepare (self->db, &delete_report, error);
  ok = stmt != NULL;
  if (ok)
    {
      gt_db_stmt_bind_int64 (stmt, 1, project_id);
      gt_db_stmt_bind_text (stmt, 2, month_text);
      ok = gt_db_stmt_run (stmt, error);
    }
  if (!ok)
    g_prefix_error (error, "%s: ", _("Could not save the change"));
  if (!_gt_store_edit_end (self, ok, error))
    return FALSE;

  reload_figures (self, project_id, year);
  _gt_store_project_touched (self, project_id);
  return TRUE;
}
