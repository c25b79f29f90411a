/* gt-project-validation.h: what is wrong with a project, and what only looks wrong.
 *
 * The office's rules for a project's fields, in one place for every way a
 * project comes in: the project editor shows each problem beside its field,
 * gt_project_validate() refuses a save on the first error, and the import can
 * say the same sentences. An error stops a save (no name, a name too long, a
 * negative amount, a date outside 1900–2100, an end before its start); a
 * warning is said and the project saved all the same (a year plan above the
 * total investment, one month above half the year plan, a code of another
 * shape than the national one).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "gt-project.h"

G_BEGIN_DECLS

/* The longest name a project may have, in characters (as the import's cap). */
#define GT_PROJECT_NAME_MAX_CHARS 200

typedef enum {
  GT_PROJECT_FIELD_NAME,
  GT_PROJECT_FIELD_CODE,
  GT_PROJECT_FIELD_TOTAL_INVESTMENT,
  GT_PROJECT_FIELD_ANNUAL_PLAN,
  GT_PROJECT_FIELD_COMPLETED,
  GT_PROJECT_FIELD_PLANNED_START,
  GT_PROJECT_FIELD_PLANNED_END,
  GT_PROJECT_FIELD_ACTUAL_START,
  GT_PROJECT_FIELD_ACTUAL_END,
} GtProjectField;

typedef enum {
  GT_VALIDATION_ERROR,    /* the project cannot be saved */
  GT_VALIDATION_WARNING,  /* saved, but likely a slip */
} GtValidationSeverity;

typedef struct {
  GtProjectField        field;
  GtValidationSeverity  severity;
  /* A GtProjectError for an error; 0 for a warning. */
  int                   code;
  /* A translated sentence, to show beside the field. */
  char                 *message;
} GtProjectProblem;

/* Every problem of @project, errors first in the order gt_project_validate()
 * reports them, then warnings. @largest_month is this year's largest monthly
 * figure of the project in yuan, @largest_month_number its month (1–12); 0
 * when there is none or the caller does not know. Returns a new array of
 * GtProjectProblem (freed with it), empty when all is well. */
GPtrArray              *gt_project_validation_check     (GtProject            *project,
                                                         gint64                largest_month,
                                                         int                   largest_month_number);
/* The first problem of @problems for @field of @severity, or NULL. */
const GtProjectProblem *gt_project_validation_find      (GPtrArray            *problems,
                                                         GtProjectField        field,
                                                         GtValidationSeverity  severity);
/* Whether @problems holds an error. */
gboolean                gt_project_validation_has_error (GPtrArray            *problems);

G_END_DECLS
