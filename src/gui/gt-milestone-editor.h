/* gt-milestone-editor.h: the dialog that adds or edits one schedule node.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_MILESTONE_EDITOR (gt_milestone_editor_get_type ())
G_DECLARE_FINAL_TYPE (GtMilestoneEditor, gt_milestone_editor, GT, MILESTONE_EDITOR, AdwWindow)

/* Edits @milestone (a node read from the store, saved in place on Save), or a new
 * node appended to @project's when @milestone is NULL. The "saved" signal fires
 * after a successful save. */
GtMilestoneEditor *gt_milestone_editor_new (GtkWindow   *parent,
                                            GtStore     *store,
                                            GtProject   *project,
                                            GtMilestone *milestone,
                                            int          position);

G_END_DECLS
