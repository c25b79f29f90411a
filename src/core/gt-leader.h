/* gt-leader.h: a responsible leader (包联领导).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "gt-types.h"

G_BEGIN_DECLS

#define GT_TYPE_LEADER (gt_leader_get_type ())
G_DECLARE_FINAL_TYPE (GtLeader, gt_leader, GT, LEADER, GObject)

GtLeader    *gt_leader_new       (void);
GtLeader    *gt_leader_copy      (GtLeader    *self);
void         gt_leader_assign    (GtLeader    *self,
                                  GtLeader    *source);
/* Whether saving @other over @self would leave the register as it is. */
gboolean     gt_leader_same_values (GtLeader  *self,
                                    GtLeader  *other);
/* Fails with G_IO_ERROR_INVALID_DATA when the name is empty. */
gboolean     gt_leader_validate  (GtLeader    *self,
                                  GError     **error);

gint64       gt_leader_get_id    (GtLeader    *self);
void         gt_leader_set_id    (GtLeader    *self,
                                  gint64       id);
const char  *gt_leader_get_name  (GtLeader    *self);
void         gt_leader_set_name  (GtLeader    *self,
                                  const char  *name);
/* 职务, e.g. 县委副书记 */
const char  *gt_leader_get_title (GtLeader    *self);
void         gt_leader_set_title (GtLeader    *self,
                                  const char  *title);
const char  *gt_leader_get_phone (GtLeader    *self);
void         gt_leader_set_phone (GtLeader    *self,
                                  const char  *phone);

G_END_DECLS
