/* gt-unit-editor.h: the dialog that creates or edits one unit.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_UNIT_EDITOR (gt_unit_editor_get_type ())
G_DECLARE_FINAL_TYPE (GtUnitEditor, gt_unit_editor, GT, UNIT_EDITOR, AdwWindow)

/* Edits a copy of @unit (NULL: a new one) and saves it through @store only when
 * every field is valid; invalid fields are marked in place and never saved. */
GtUnitEditor *gt_unit_editor_new (GtkWindow *parent,
                              GtStore   *store,
                              GtUnit *unit);

G_END_DECLS
