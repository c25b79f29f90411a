/* gt-formality-template-group.h: Preferences → the approvals (审批手续) a
 * project of each category needs, with departments and days.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-formality-item-row.h"

G_BEGIN_DECLS

#define GT_TYPE_FORMALITY_TEMPLATE_GROUP (gt_formality_template_group_get_type ())
G_DECLARE_FINAL_TYPE (GtFormalityTemplateGroup, gt_formality_template_group, GT,
                      FORMALITY_TEMPLATE_GROUP, AdwPreferencesGroup)

/* Edits the key formality-templates of @settings. */
GtkWidget *gt_formality_template_group_new     (GSettings                *settings);
/* For tests: shows @category's list ("" for every other category) and, when
 * @text is not NULL, shows it and keeps it as an edit would; FALSE when it does not parse. */
gboolean   gt_formality_template_group_apply   (GtFormalityTemplateGroup *self,
                                                const char               *category,
                                                const char               *text);

/* The units to choose approving departments from (a GListModel of GtUnit;
 * NULL: the list's own words only). Found by itself from the window
 * Preferences is transient for. */
void       gt_formality_template_group_set_units (GtFormalityTemplateGroup *self,
                                                  GListModel               *units);
/* For tests: the approvals' rows, the Add Approval button. */
guint      gt_formality_template_group_get_n_rows (GtFormalityTemplateGroup *self);
GtFormalityItemRow *gt_formality_template_group_get_row (GtFormalityTemplateGroup *self,
                                                         guint                     index);
GtkWidget *gt_formality_template_group_get_add_button (GtFormalityTemplateGroup *self);
/* The category button's menu as it is when opened: sections of items whose
 * action template.category takes the category ("" for every other). */
GMenuModel *gt_formality_template_group_get_categories (GtFormalityTemplateGroup *self);

G_END_DECLS
