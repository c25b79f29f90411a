/* gt-template-group.h: the standard nodes of backward scheduling (倒排工期),
 * edited as a list: a name and its days on each row, rows added, removed and
 * moved. Saved to the "schedule-template" key as it changes, whenever every
 * row is valid.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GT_TYPE_TEMPLATE_GROUP (gt_template_group_get_type ())
G_DECLARE_FINAL_TYPE (GtTemplateGroup, gt_template_group, GT, TEMPLATE_GROUP,
                      AdwPreferencesGroup)

GtkWidget *gt_template_group_new     (GSettings       *settings);
guint      gt_template_group_get_n_nodes (GtTemplateGroup *self);

G_END_DECLS
