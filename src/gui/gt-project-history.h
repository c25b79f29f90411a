/* gt-project-history.h: a project's change history (变更记录) in its editor.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_PROJECT_HISTORY (gt_project_history_get_type ())
G_DECLARE_FINAL_TYPE (GtProjectHistory, gt_project_history, GT, PROJECT_HISTORY,
                      AdwPreferencesGroup)

/* The changes of @project, newest first, read when the editor opens. */
GtkWidget *gt_project_history_new (GtStore   *store,
                                   GtProject *project);

G_END_DECLS
