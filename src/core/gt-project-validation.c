/* gt-project-validation.c: what is wrong with a project, and what only looks wrong.
 *
 * The sentences are the ones gt_project_validate() always gave and the
 * editor showed beside its fields, so that a refusal reads the same wherever
 * it comes from. Figures are judged by gt-plausibility.c, codes by
 * gt-project-code.c; this file says which rule is an error and which a
 * warning, and of which field.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-model-private.h"
#include "gt-plausibility.h"
#include "gt-project-code.h"
#include "gt-project-validation.h"

static void
problem_free (gpointer data)
{
  GtProjectProblem *problem = data;

  g_free (problem->message);
  g_free (problem);
}

/* Takes @message. */
static void
add (GPtrArray            *problems,
     GtProjectField        field,
     GtValidationSeverity  severity,
     int                   code,
     char                 *message)
{
  GtProjectProblem *problem = g_new0 (GtProjectProblem, 1);

  problem->field = field;
  problem->severity = severity;
  problem->code = code;
  problem->message = message;
  g_ptr_array_add (problems, problem);
}

static void
check_amount (GPtrArray      *problems,
              GtProjectField  field,
              gint64          yuan,
              const char     *message)
{
  if (yuan < 0)
    add (problems, field, GT_VALIDATION_ERROR, GT_PROJECT_ERROR_NEGATIVE_AMOUNT,
         g_strdup (message));
}

static void
check_in_range (GPtrArray      *problems,
                GtProjectField  field,
                const GDate    *date)
{
  if (date != NULL && !gt_date_in_range (date))
    add (problems, field, GT_VALIDATION_ERROR, GT_PROJECT_ERROR_DATE_OUT_OF_RANGE,
         g_strdup_printf (_("Dates must fall between %d and %d."), GT_DATE_MIN_YEAR,
                          GT_DATE_MAX_YEAR));
}

static void
check_order (GPtrArray      *problems,
             GtProjectField  end_field,
             const GDate    *start,
             const GDate    *end,
             int             code,
             const char     *message)
{
  if (start != NULL && end != NULL && g_date_compare (end, start) < 0)
    add (problems, end_field, GT_VALIDATION_ERROR, code, g_strdup (message));
}

static void
check_plausible (GPtrArray *problems,
                 GtProject *project,
                 gint64     largest_month,
                 int        largest_month_number)
{
  gint64 total = gt_project_get_total_investment (project);
  gint64 plan = gt_project_get_annual_plan (project);
  GtImplausible what;

  /* A negative amount is an error already; nothing is judged against it. */
  if (total < 0 || plan < 0)
    return;
  what = gt_plausibility_check_plan (total, plan) |
         gt_plausibility_check_month (plan, largest_month);

  if (what & GT_IMPLAUSIBLE_PLAN_ABOVE_TOTAL)
    {
      g_autofree char *plan_text = gt_format_wan (plan);
      g_autofree char *total_text = gt_format_wan (total);

      /* TRANSLATORS: amounts in 10,000 yuan */
      add (problems, GT_PROJECT_FIELD_ANNUAL_PLAN, GT_VALIDATION_WARNING, 0,
           g_strdup_printf (_("The year plan, %s, is above the total investment, %s: "
                              "a digit too many?"), plan_text, total_text));
    }
  if (what & GT_IMPLAUSIBLE_MONTH_ABOVE_HALF_PLAN)
    {
      g_autofree char *month_text = gt_format_wan (largest_month);

      /* TRANSLATORS: a month's number, then an amount in 10,000 yuan */
      add (problems, GT_PROJECT_FIELD_ANNUAL_PLAN, GT_VALIDATION_WARNING, 0,
           g_strdup_printf (_("Month %d's completed investment, %s, is more than half "
                              "the year plan."), largest_month_number, month_text));
    }
}

GPtrArray *
gt_project_validation_check (GtProject *project,
                             gint64     largest_month,
                             int        largest_month_number)
{
  GPtrArray *problems;
  const char *name;
  char *code_message = NULL;
  const GDate *planned_start, *planned_end, *actual_start, *actual_end;

  g_return_val_if_fail (GT_IS_PROJECT (project), NULL);

  problems = g_ptr_array_new_with_free_func (problem_free);
  name = gt_project_get_name (project);
  planned_start = gt_project_get_planned_start (project);
  planned_end = gt_project_get_planned_end (project);
  actual_start = gt_project_get_actual_start (project);
  actual_end = gt_project_get_actual_end (project);

  /* Errors, in the order a save reports the first of them. */
  if (_gt_model_text_is_blank (name))
    add (problems, GT_PROJECT_FIELD_NAME, GT_VALIDATION_ERROR, GT_PROJECT_ERROR_NAME_REQUIRED,
         g_strdup (_("The project needs a name.")));
  else if (g_utf8_strlen (name, -1) > GT_PROJECT_NAME_MAX_CHARS)
    add (problems, GT_PROJECT_FIELD_NAME, GT_VALIDATION_ERROR, GT_PROJECT_ERROR_NAME_TOO_LONG,
         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The name is longer than %d character.",
                                       "The name is longer than %d characters.",
                                       GT_PROJECT_NAME_MAX_CHARS),
                          GT_PROJECT_NAME_MAX_CHARS));

  check_amount (problems, GT_PROJECT_FIELD_TOTAL_INVESTMENT,
                gt_project_get_total_investment (project),
                _("The total investment cannot be negative."));
  check_amount (problems, GT_PROJECT_FIELD_ANNUAL_PLAN, gt_project_get_annual_plan (project),
                _("The planned investment for the year cannot be negative."));
  check_amount (problems, GT_PROJECT_FIELD_COMPLETED, gt_project_get_completed (project),
                _("The completed investment cannot be negative."));

  /* Every way a date comes in (an editor, the wall chart, an import) passes
   * here before it is saved. */
  check_in_range (problems, GT_PROJECT_FIELD_PLANNED_START, planned_start);
  check_in_range (problems, GT_PROJECT_FIELD_PLANNED_END, planned_end);
  check_in_range (problems, GT_PROJECT_FIELD_ACTUAL_START, actual_start);
  check_in_range (problems, GT_PROJECT_FIELD_ACTUAL_END, actual_end);
  check_order (problems, GT_PROJECT_FIELD_PLANNED_END, planned_start, planned_end,
               GT_PROJECT_ERROR_PLANNED_END_BEFORE_START,
               _("The planned completion date is before the planned start."));
  check_order (problems, GT_PROJECT_FIELD_ACTUAL_END, actual_start, actual_end,
               GT_PROJECT_ERROR_ACTUAL_END_BEFORE_START,
               _("The actual completion date is before the actual start."));

  /* Warnings: saved all the same. */
  gt_project_code_check (gt_project_get_code (project), NULL, &code_message);
  if (code_message != NULL)
    add (problems, GT_PROJECT_FIELD_CODE, GT_VALIDATION_WARNING, 0, code_message);
  check_plausible (problems, project, largest_month, largest_month_number);

  return problems;
}

const GtProjectProblem *
gt_project_validation_find (GPtrArray            *problems,
                            GtProjectField        field,
                            GtValidationSeverity  severity)
{
  g_return_val_if_fail (problems != NULL, NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      const GtProjectProblem *problem = g_ptr_array_index (problems, i);

      if (problem->field == field && problem->severity == severity)
        return problem;
    }
  return NULL;
}

gboolean
gt_project_validation_has_error (GPtrArray *problems)
{
  g_return_val_if_fail (problems != NULL, FALSE);

  for (guint i = 0; i < problems->len; i++)
    {
      const GtProjectProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity == GT_VALIDATION_ERROR)
        return TRUE;
    }
  return FALSE;
}
