/* gt-leader-editor.h: the dialog that creates or edits one leader.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_LEADER_EDITOR (gt_leader_editor_get_type ())
G_DECLARE_FINAL_TYPE (GtLeaderEditor, gt_leader_editor, GT, LEADER_EDITOR, AdwWindow)

/* Edits a copy of @leader (NULL: a new one) and saves it through @store only when
 * every field is valid; invalid fields are marked in place and never saved. */
GtLeaderEditor *gt_leader_editor_new (GtkWindow *parent,
                                  GtStore   *store,
                                  GtLeader *leader);

G_END_DECLS
