/* gt-formality-template-group.h: Preferences → the approvals (审批手续) a
 * project of each category needs, with departments and days.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GT_TYPE_FORMALITY_TEMPLATE_GROUP (gt_formality_template_group_get_type ())
G_DECLARE_FINAL_TYPE (GtFormalityTemplateGroup, gt_formality_template_group, GT,
                      FORMALITY_TEMPLATE_GROUP, AdwPreferencesGroup)

/* Edits the key formality-templates of @settings. */
GtkWidget *gt_formality_template_group_new     (GSettings                *settings);
/* For tests: shows @category's list ("" for every other category) and, when
 * @text is not NULL, applies it as Apply does; FALSE when it does not parse. */
gboolean   gt_formality_template_group_apply   (GtFormalityTemplateGroup *self,
                                                const char               *category,
                                                const char               *text);

G_END_DECLS
