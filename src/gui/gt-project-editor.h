/* gt-project-editor.h: the dialog that creates or edits one project.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_PROJECT_EDITOR (gt_project_editor_get_type ())
G_DECLARE_FINAL_TYPE (GtProjectEditor, gt_project_editor, GT, PROJECT_EDITOR, AdwWindow)

/* ::saved (GtProject *project): emitted with the live project once it is saved, just
 * before the editor closes. */
/* Edits a copy of @project (NULL: a new one) and saves it through @store only when
 * every field is valid; invalid fields are marked in place and never saved. */
GtProjectEditor *gt_project_editor_new (GtkWindow *parent,
                                    GtStore   *store,
                                    GtProject *project);

G_END_DECLS
