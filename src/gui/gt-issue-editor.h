/* gt-issue-editor.h: the dialog that creates or edits one issue.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_ISSUE_EDITOR (gt_issue_editor_get_type ())
G_DECLARE_FINAL_TYPE (GtIssueEditor, gt_issue_editor, GT, ISSUE_EDITOR, AdwWindow)

/* ::saved (GtIssue *issue): emitted with the live issue once it is saved, just
 * before the editor closes. */
/* Edits a copy of @issue (NULL: a new one) and saves it through @store only when
 * every field is valid; invalid fields are marked in place and never saved. An
 * @issue whose id is 0 is a new one filled in beforehand (e.g. its project). */
GtIssueEditor *gt_issue_editor_new (GtkWindow *parent,
                                GtStore   *store,
                                GtIssue *issue);

G_END_DECLS
