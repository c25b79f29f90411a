/* gt-return-apply.c: a planned return written into the register, all or nothing.
 *
 * Applying plans the return again under the register's write lock, so that
 * it is against the register as it is then (another desk may have taken the
 * same return meanwhile); a plan that changes nothing opens no transaction,
 * so that taking a return twice leaves no history and no step of undo. The
 * source "return:UNIT" is set before gt_store_begin(), which stamps it on
 * every change of the batch and names the undo step after the unit.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-issue-category-guess.h"
#include "gt-returns-private.h"

static gboolean
refuse_values (GtReturnPlan  *self,
               GError       **error)
{
  const GtReturnFlag *first = NULL;
  guint n = 0;
  g_autofree char *message = NULL;

  for (guint i = 0; i < self->flags->len; i++)
    {
      GtReturnFlag *flag = g_ptr_array_index (self->flags, i);

      if (!gt_return_flag_refuses (flag->kind))
        continue;
      if (first == NULL)
        first = flag;
      n++;
    }
  if (n == 1)
    /* TRANSLATORS: a return refused for a bad cell; %s says which and why */
    message = g_strdup_printf (_("nothing was taken. %s"), first->message);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "nothing was taken. %s (and %u more problem)",
                                            "nothing was taken. %s (and %u more problems)",
                                            n - 1), first->message, n - 1);
  return _gt_return_refuse (error, GT_RETURN_ERROR_BAD_VALUES, self->path, message);
}

/* The project's team is to solve it, as a ledger's issue (gt-import-apply.c),
 * in the category its words suggest as there; raised by the month's end,
 * whatever day the return is taken in. */
static gboolean
add_issue (GtReturnPlan  *self,
           gint64         project_id,
           const char    *text,
           GError       **error)
{
  g_autoptr(GtIssue) issue = gt_issue_new ();
  GtProject *project = gt_store_lookup_project (self->store, project_id);
  GDate raised_on;

  g_date_clear (&raised_on, 1);
  g_date_set_dmy (&raised_on, 1, (GDateMonth) self->book->month, (GDateYear) self->book->year);
  g_date_set_day (&raised_on, g_date_get_days_in_month ((GDateMonth) self->book->month,
                                                        (GDateYear) self->book->year));
  gt_issue_set_project_id (issue, project_id);
  gt_issue_set_description (issue, text);
  gt_issue_set_category (issue, gt_issue_category_guess (text));
  gt_issue_set_status (issue, GT_ISSUE_STATUS_RAISED);
  if (project != NULL)
    {
      gt_issue_set_unit_id (issue, gt_project_get_unit_id (project));
      gt_issue_set_leader_id (issue, gt_project_get_leader_id (project));
    }
  gt_issue_set_raised_on (issue, &raised_on);
  return gt_store_add_issue (self->store, issue, error);
}

static gboolean
write_changes (GtReturnPlan  *self,
               GError       **error)
{
  for (guint i = 0; i < self->changes->len; i++)
    {
      GtReturnChange *change = g_ptr_array_index (self->changes, i);
      GtMonthlyReport *report = g_ptr_array_index (self->reports, i);

      if (report != NULL && !gt_store_save_monthly_report (self->store, report, error))
        return FALSE;
      for (guint k = 0; k < change->new_issues->len; k++)
        if (!add_issue (self, change->project_id, g_ptr_array_index (change->new_issues, k),
                        error))
          return FALSE;
    }
  return TRUE;
}

gboolean
gt_return_plan_apply (GtReturnPlan  *self,
                      guint         *n_changed,
                      GError       **error)
{
  g_autofree char *source = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  if (n_changed != NULL)
    *n_changed = 0;
  if (gt_return_plan_is_refused (self))
    return refuse_values (self, error);
  /* Nothing to change: no transaction, so no undo step and no history. */
  if (self->changes->len == 0)
    return TRUE;

  /* The change history and the undo step name the unit (return:UNIT). */
  source = g_strconcat ("return:", self->unit_name, NULL);
  gt_store_set_source (self->store, source);
  ok = gt_store_begin (self->store, &local_error);
  gt_store_set_source (self->store, NULL);
  if (!ok)
    return _gt_return_refuse (error, GT_RETURN_ERROR_FAILED, self->path, local_error->message);

  /* Again, under the write lock: another desk may have taken it meanwhile. */
  _gt_return_plan_rows (self);
  if (gt_return_plan_is_refused (self))
    {
      gt_store_rollback (self->store);
      return refuse_values (self, error);
    }
  if (!write_changes (self, &local_error))
    {
      GtReturnError code = g_error_matches (local_error, GT_STORE_ERROR, GT_STORE_ERROR_CLOSED)
                           ? GT_RETURN_ERROR_CLOSED : GT_RETURN_ERROR_FAILED;

      gt_store_rollback (self->store);
      return _gt_return_refuse (error, code, self->path, local_error->message);
    }
  if (!gt_store_commit (self->store, &local_error))
    return _gt_return_refuse (error, GT_RETURN_ERROR_FAILED, self->path, local_error->message);
  if (n_changed != NULL)
    for (guint i = 0; i < self->reports->len; i++)
      *n_changed += g_ptr_array_index (self->reports, i) != NULL;
  return TRUE;
}
