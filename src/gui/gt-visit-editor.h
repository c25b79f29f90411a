/* gt-visit-editor.h: a leader's site visit, new or edited: its date and kind,
 * the projects visited, what was decided, and issues assigned on the spot
 * (现场交办).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"
#include "gt-visit.h"

G_BEGIN_DECLS

#define GT_TYPE_VISIT_EDITOR (gt_visit_editor_get_type ())
G_DECLARE_FINAL_TYPE (GtVisitEditor, gt_visit_editor, GT, VISIT_EDITOR, AdwWindow)

/* An editor of @visit (a copy is edited; NULL for a new visit of @leader_id
 * on @day), transient for @parent. Save writes the visit, its projects and
 * the new issues in one transaction and closes; a refusal is shown in the
 * window, which stays open. */
GtVisitEditor *gt_visit_editor_new          (GtkWindow     *parent,
                                             GtStore       *store,
                                             gint64         leader_id,
                                             GtVisit       *visit,
                                             const GDate   *day);
/* For tests: tick @project_id as visited (or not). */
void           gt_visit_editor_set_project  (GtVisitEditor *self,
                                             gint64         project_id,
                                             gboolean       visited);
/* For tests: a new issue on the spot about @project_id, assigned to @unit_id
 * (0: none) by @deadline (may be NULL). */
void           gt_visit_editor_add_issue    (GtVisitEditor *self,
                                             gint64         project_id,
                                             const char    *description,
                                             gint64         unit_id,
                                             const GDate   *deadline);
void           gt_visit_editor_set_decisions (GtVisitEditor *self,
                                             const char    *decisions);
/* Saves as the Save button does; FALSE with the refusal shown. */
gboolean       gt_visit_editor_save         (GtVisitEditor *self);

G_END_DECLS
