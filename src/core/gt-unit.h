/* gt-unit.h: a unit: township, department, park or company.
 *
 * Townships and parks are a project's locality (属地); departments are its
 * responsible unit (责任单位).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "gt-enums.h"
#include "gt-types.h"

G_BEGIN_DECLS

#define GT_TYPE_UNIT (gt_unit_get_type ())
G_DECLARE_FINAL_TYPE (GtUnit, gt_unit, GT, UNIT, GObject)

GtUnit      *gt_unit_new           (void);
GtUnit      *gt_unit_copy          (GtUnit      *self);
void         gt_unit_assign        (GtUnit      *self,
                                    GtUnit      *source);
/* Whether saving @other over @self would leave the register as it is. */
gboolean     gt_unit_same_values   (GtUnit      *self,
                                    GtUnit      *other);
/* Fails with G_IO_ERROR_INVALID_DATA when the name is empty. */
gboolean     gt_unit_validate      (GtUnit      *self,
                                    GError     **error);

gint64       gt_unit_get_id        (GtUnit      *self);
void         gt_unit_set_id        (GtUnit      *self,
                                    gint64       id);
const char  *gt_unit_get_name      (GtUnit      *self);
void         gt_unit_set_name      (GtUnit      *self,
                                    const char  *name);
GtUnitKind   gt_unit_get_kind      (GtUnit      *self);
void         gt_unit_set_kind      (GtUnit      *self,
                                    GtUnitKind   kind);
const char  *gt_unit_get_contact   (GtUnit      *self);
void         gt_unit_set_contact   (GtUnit      *self,
                                    const char  *contact);
const char  *gt_unit_get_phone     (GtUnit      *self);
void         gt_unit_set_phone     (GtUnit      *self,
                                    const char  *phone);

G_END_DECLS
