/* gt-plausibility.h: figures that are valid but look like a slip.
 *
 * A year plan above the project's total investment, or one month's completed
 * investment above half the year plan, is possible (a plan revised, a big
 * payment) but far likelier a typo: an extra zero, 万元 taken for 元. Editors
 * warn beside the field and still save; nothing here refuses anything.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "gt-project.h"

G_BEGIN_DECLS

typedef enum {
  GT_IMPLAUSIBLE_NONE                  = 0,
  GT_IMPLAUSIBLE_PLAN_ABOVE_TOTAL      = 1 << 0,
  GT_IMPLAUSIBLE_MONTH_ABOVE_HALF_PLAN = 1 << 1,
} GtImplausible;

/* The share of the year plan above which one month's figure is questioned. */
#define GT_PLAUSIBLE_MONTH_SHARE 0.5

/* Amounts in yuan; 0 means not given, and nothing is judged against it. */
GtImplausible  gt_plausibility_check_plan   (gint64     total,
                                             gint64     plan);
GtImplausible  gt_plausibility_check_month  (gint64     plan,
                                             gint64     month);
/* Both rules for @project, with @largest_month the largest of its months'
 * completed investment this year (0 when none is reported). */
GtImplausible  gt_project_check_plausible   (GtProject *project,
                                             gint64     largest_month);

G_END_DECLS
