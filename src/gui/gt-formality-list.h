/* gt-formality-list.h: a project's approval formalities (审批手续) in its editor.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store-formalities.h"

G_BEGIN_DECLS

#define GT_TYPE_FORMALITY_LIST (gt_formality_list_get_type ())
G_DECLARE_FINAL_TYPE (GtFormalityList, gt_formality_list, GT, FORMALITY_LIST, AdwPreferencesGroup)

/* Saved as soon as they change, as the milestones are. @project is a saved
 * project; @today the day late and due soon are told from. */
GtkWidget *gt_formality_list_new       (GtStore          *store,
                                        GtProject        *project,
                                        const GDate      *today);
guint      gt_formality_list_get_n_items (GtFormalityList *self);

G_END_DECLS
