/* gt-project.h: one key project (重点项目) of the register.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "gt-enums.h"
#include "gt-types.h"

G_BEGIN_DECLS

#define GT_TYPE_PROJECT (gt_project_get_type ())
G_DECLARE_FINAL_TYPE (GtProject, gt_project, GT, PROJECT, GObject)

/* Why a project cannot be saved; see gt_project_validate(). */
#define GT_PROJECT_ERROR (gt_project_error_quark ())
typedef enum {
  GT_PROJECT_ERROR_NAME_REQUIRED,
  GT_PROJECT_ERROR_NEGATIVE_AMOUNT,
  GT_PROJECT_ERROR_PLANNED_END_BEFORE_START,
  GT_PROJECT_ERROR_ACTUAL_END_BEFORE_START,
  GT_PROJECT_ERROR_DATE_OUT_OF_RANGE,
  GT_PROJECT_ERROR_NAME_TOO_LONG,
} GtProjectError;
GQuark       gt_project_error_quark         (void);

GtProject   *gt_project_new                 (void);
/* A detached copy with the same id, for editors: edit the copy, save it with
 * gt_store_update_project(), and the live object is only touched on success. */
GtProject   *gt_project_copy                (GtProject   *self);
/* Whether saving @other over @self would leave the register as it is: every
 * field a save writes (the year's plan included; the completed amount is the
 * reports'). */
gboolean     gt_project_same_values         (GtProject   *self,
                                             GtProject   *other);
/* Copies every field of @source into @self, notifying what changed. */
void         gt_project_assign              (GtProject   *self,
                                             GtProject   *source);
/* The first error of gt_project_validation_check() (gt-project-validation.h),
 * warnings aside: FALSE with @error set when @self cannot be saved. */
gboolean     gt_project_validate            (GtProject   *self,
                                             GError     **error);

/* Text getters never return NULL: an unset text is "". */

gint64       gt_project_get_id              (GtProject   *self);
void         gt_project_set_id              (GtProject   *self,
                                             gint64       id);
const char  *gt_project_get_code            (GtProject   *self);
void         gt_project_set_code            (GtProject   *self,
                                             const char  *code);
const char  *gt_project_get_name            (GtProject   *self);
void         gt_project_set_name            (GtProject   *self,
                                             const char  *name);
const char  *gt_project_get_owner           (GtProject   *self);
void         gt_project_set_owner           (GtProject   *self,
                                             const char  *owner);
const char  *gt_project_get_content         (GtProject   *self);
void         gt_project_set_content         (GtProject   *self,
                                             const char  *content);
GtLevel      gt_project_get_level           (GtProject   *self);
void         gt_project_set_level           (GtProject   *self,
                                             GtLevel      level);
const char  *gt_project_get_category        (GtProject   *self);
void         gt_project_set_category        (GtProject   *self,
                                             const char  *category);
GtStage      gt_project_get_stage           (GtProject   *self);
void         gt_project_set_stage           (GtProject   *self,
                                             GtStage      stage);
/* Ids of rows in the leaders and units tables; 0 means none. */
gint64       gt_project_get_locality_id     (GtProject   *self);
void         gt_project_set_locality_id     (GtProject   *self,
                                             gint64       unit_id);
gint64       gt_project_get_unit_id         (GtProject   *self);
void         gt_project_set_unit_id         (GtProject   *self,
                                             gint64       unit_id);
gint64       gt_project_get_leader_id       (GtProject   *self);
void         gt_project_set_leader_id       (GtProject   *self,
                                             gint64       leader_id);
gint64       gt_project_get_total_investment (GtProject  *self);
void         gt_project_set_total_investment (GtProject  *self,
                                              gint64      yuan);
/* NULL when not set. */
const GDate *gt_project_get_planned_start   (GtProject   *self);
void         gt_project_set_planned_start   (GtProject   *self,
                                             const GDate *date);
const GDate *gt_project_get_planned_end     (GtProject   *self);
void         gt_project_set_planned_end     (GtProject   *self,
                                             const GDate *date);
const GDate *gt_project_get_actual_start    (GtProject   *self);
void         gt_project_set_actual_start    (GtProject   *self,
                                             const GDate *date);
const GDate *gt_project_get_actual_end      (GtProject   *self);
void         gt_project_set_actual_end      (GtProject   *self,
                                             const GDate *date);
const char  *gt_project_get_notes           (GtProject   *self);
void         gt_project_set_notes           (GtProject   *self,
                                             const char  *notes);
/* The plan for the store's year (年度计划投资); saved with the project. */
gint64       gt_project_get_annual_plan     (GtProject   *self);
void         gt_project_set_annual_plan     (GtProject   *self,
                                             gint64       yuan);
/* Completed in the store's year, summed from the monthly reports: read only for
 * editors, set by the store when it loads or a report changes. */
gint64       gt_project_get_completed       (GtProject   *self);
void         gt_project_set_completed       (GtProject   *self,
                                             gint64       yuan);
/* completed ÷ annual plan; negative when there is no plan. */
double       gt_project_get_completion_ratio (GtProject  *self);

/* The project's own text (name, code, owner, content, category), NFKC-normalized
 * and case-folded, for filtering without allocating per keystroke. Cached until a
 * setter changes one of those fields; valid until then. */
const char  *gt_project_get_search_key      (GtProject   *self);

G_END_DECLS
