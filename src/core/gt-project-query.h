/* gt-project-query.h: what the Projects view is asked to show.
 *
 * Kept out of GTK so that filtering is tested without a display; the view wraps
 * gt_project_query_matches() in a GtkCustomFilter.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-store.h"

G_BEGIN_DECLS

typedef struct _GtProjectQuery GtProjectQuery;

GtProjectQuery *gt_project_query_new          (GtStore        *store);
void            gt_project_query_free         (GtProjectQuery *self);
/* Words separated by spaces; every word must appear (case-insensitively) in the
 * name, code, owner, content, category, or the names of the leader, unit or
 * locality. Returns TRUE when the query changed. */
gboolean        gt_project_query_set_text     (GtProjectQuery *self,
                                               const char     *text);
/* -1 for any. */
gboolean        gt_project_query_set_stage    (GtProjectQuery *self,
                                               int             stage);
gboolean        gt_project_query_set_level    (GtProjectQuery *self,
                                               int             level);
/* 0 for any. */
gboolean        gt_project_query_set_locality (GtProjectQuery *self,
                                               gint64          unit_id);
gboolean        gt_project_query_set_leader   (GtProjectQuery *self,
                                               gint64          leader_id);
gboolean        gt_project_query_matches      (GtProjectQuery *self,
                                               GtProject      *project);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtProjectQuery, gt_project_query_free)

G_END_DECLS
