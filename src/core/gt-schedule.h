/* gt-schedule.h: backward scheduling (倒排工期) from a target completion date.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_SCHEDULE_ERROR (gt_schedule_error_quark ())
typedef enum {
  GT_SCHEDULE_ERROR_INVALID,
} GtScheduleError;
GQuark               gt_schedule_error_quark          (void);

/* The standard nodes of a project and how many days each takes, in order. */
typedef struct _GtScheduleTemplate GtScheduleTemplate;

GtScheduleTemplate  *gt_schedule_template_new         (void);
void                 gt_schedule_template_free        (GtScheduleTemplate *self);
/* 前期手续, 土地征迁, 开工准备, 主体施工, 设备安装, 竣工验收, 投产达效 with their
 * usual durations; names translated. */
GtScheduleTemplate  *gt_schedule_template_new_default (void);
void                 gt_schedule_template_append      (GtScheduleTemplate *self,
                                                       const char         *name,
                                                       guint               days);
guint                gt_schedule_template_get_n_nodes (const GtScheduleTemplate *self);
const char          *gt_schedule_template_get_name    (const GtScheduleTemplate *self,
                                                       guint               index);
guint                gt_schedule_template_get_days    (const GtScheduleTemplate *self,
                                                       guint               index);
/* "name=days;name=days", for a settings key. Parsing refuses an empty name, a
 * duration that is not a whole number of days ≥ 1, and an empty template. */
char                *gt_schedule_template_to_string   (const GtScheduleTemplate *self);
GtScheduleTemplate  *gt_schedule_template_parse       (const char         *text,
                                                       GError            **error);

/* New milestones laid end to end, the last ending on @target, each starting the
 * day after the one before ends; positions 0…n−1, for @project_id. */
GPtrArray           *gt_schedule_plan_backward        (const GtScheduleTemplate *tmpl,
                                                       const GDate        *target,
                                                       gint64              project_id);
/* One query; TRUE also when it cannot tell, so that the caller asks first. */
gboolean             gt_schedule_has_milestones       (GtStore            *store,
                                                       gint64              project_id);
/* Replaces the project's milestones with the backward plan in one savepoint:
 * all of them or, on failure, the old ones untouched. It leaves the undo history
 * of other edits alone and cannot itself be undone (milestone edits have no
 * undo), so the window asks before calling this on a project that has nodes.
 * Works inside gt_store_begin() … gt_store_commit() too. */
gboolean             gt_schedule_apply                (GtStore            *store,
                                                       GtProject          *project,
                                                       const GtScheduleTemplate *tmpl,
                                                       const GDate        *target,
                                                       GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtScheduleTemplate, gt_schedule_template_free)

G_END_DECLS
