/* gt-milestone-list.h: a project's schedule nodes (推进节点) in its editor.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_MILESTONE_LIST (gt_milestone_list_get_type ())
G_DECLARE_FINAL_TYPE (GtMilestoneList, gt_milestone_list, GT, MILESTONE_LIST, AdwPreferencesGroup)

/* Nodes are saved as soon as they change, each edit its own transaction, unlike
 * the project's fields, which wait for Save. @project is a saved project. */
GtkWidget *gt_milestone_list_new     (GtStore         *store,
                                      GtProject       *project);
guint      gt_milestone_list_get_n_nodes (GtMilestoneList *self);

G_END_DECLS
