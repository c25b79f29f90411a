/* gt-milestone.h: a schedule node (推进节点) of a project.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "gt-types.h"

G_BEGIN_DECLS

#define GT_TYPE_MILESTONE (gt_milestone_get_type ())
G_DECLARE_FINAL_TYPE (GtMilestone, gt_milestone, GT, MILESTONE, GObject)

GtMilestone *gt_milestone_new               (void);
/* A new node with @self's values: what an editor was opened with. */
GtMilestone *gt_milestone_copy              (GtMilestone *self);
/* Whether saving @other over @self would leave the register as it is: every
 * field gt_store_update_milestone() writes, the id and position included. */
gboolean     gt_milestone_same_values       (GtMilestone *self,
                                             GtMilestone *other);

gint64       gt_milestone_get_id            (GtMilestone *self);
void         gt_milestone_set_id            (GtMilestone *self,
                                             gint64       id);
gint64       gt_milestone_get_project_id    (GtMilestone *self);
void         gt_milestone_set_project_id    (GtMilestone *self,
                                             gint64       project_id);
const char  *gt_milestone_get_name          (GtMilestone *self);
void         gt_milestone_set_name          (GtMilestone *self,
                                             const char  *name);
/* Order within the project, from 0. */
int          gt_milestone_get_position      (GtMilestone *self);
void         gt_milestone_set_position      (GtMilestone *self,
                                             int          position);
const GDate *gt_milestone_get_planned_start (GtMilestone *self);
void         gt_milestone_set_planned_start (GtMilestone *self,
                                             const GDate *date);
const GDate *gt_milestone_get_planned_end   (GtMilestone *self);
void         gt_milestone_set_planned_end   (GtMilestone *self,
                                             const GDate *date);
const GDate *gt_milestone_get_actual_start  (GtMilestone *self);
void         gt_milestone_set_actual_start  (GtMilestone *self,
                                             const GDate *date);
const GDate *gt_milestone_get_actual_end    (GtMilestone *self);
void         gt_milestone_set_actual_end    (GtMilestone *self,
                                             const GDate *date);
/* 0–100 */
int          gt_milestone_get_percent       (GtMilestone *self);
void         gt_milestone_set_percent       (GtMilestone *self,
                                             int          percent);

G_END_DECLS
