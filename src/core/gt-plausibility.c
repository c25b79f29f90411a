/* gt-plausibility.c
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-plausibility.h"

GtImplausible
gt_plausibility_check_plan (gint64 total,
                            gint64 plan)
{
  if (total > 0 && plan > total)
    return GT_IMPLAUSIBLE_PLAN_ABOVE_TOTAL;
  return GT_IMPLAUSIBLE_NONE;
}

GtImplausible
gt_plausibility_check_month (gint64 plan,
                             gint64 month)
{
  /* Compared in integers: month > plan × ½ without rounding the plan. */
  if (plan > 0 && month > 0 && month * 2 > plan)
    return GT_IMPLAUSIBLE_MONTH_ABOVE_HALF_PLAN;
  return GT_IMPLAUSIBLE_NONE;
}

GtImplausible
gt_project_check_plausible (GtProject *project,
                            gint64     largest_month)
{
  gint64 plan;

  g_return_val_if_fail (GT_IS_PROJECT (project), GT_IMPLAUSIBLE_NONE);

  plan = gt_project_get_annual_plan (project);
  return gt_plausibility_check_plan (gt_project_get_total_investment (project), plan) |
         gt_plausibility_check_month (plan, largest_month);
}
