/* gt-formality-editor.h: one approval (审批手续) of a project: what, from which
 * department, its time limit, the days planned and given, its state, a note.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store-formalities.h"

G_BEGIN_DECLS

#define GT_TYPE_FORMALITY_EDITOR (gt_formality_editor_get_type ())
G_DECLARE_FINAL_TYPE (GtFormalityEditor, gt_formality_editor, GT, FORMALITY_EDITOR, AdwWindow)

/* Edits @formality (a copy is saved), or a new approval of @project when it is
 * NULL (placed last). Saved to the store on Save; "saved" is emitted then. */
GtFormalityEditor *gt_formality_editor_new (GtkWindow   *parent,
                                            GtStore     *store,
                                            GtProject   *project,
                                            GtFormality *formality);
/* For tests: the fields, as a person would fill them. */
void               gt_formality_editor_fill (GtFormalityEditor *self,
                                             const char        *kind,
                                             gint64             approver_unit_id,
                                             const GDate       *actual_on,
                                             GtFormalityState   state,
                                             const char        *note);

G_END_DECLS
