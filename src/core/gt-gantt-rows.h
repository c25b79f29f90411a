/* gt-gantt-rows.h: the rows of the wall chart, built from the register.
 *
 * Core gathers them here (names, groups, milestones, lights), so that the
 * renderer in src/charts draws finished data and never queries a store. The
 * renderer borrows its rows' strings and milestones; GtGanttRows owns them,
 * copied, so that a chart drawn between a store edit and the next rebuild never
 * reads a freed name. Group rows (by locality, unit, leader or stage) come first
 * in their group, groups and projects in name order.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-briefing.h"
#include "gt-gantt-data.h"
#include "gt-store.h"

G_BEGIN_DECLS

typedef enum {
  GT_GANTT_GROUP_NONE,
  GT_GANTT_GROUP_LOCALITY,
  GT_GANTT_GROUP_UNIT,
  GT_GANTT_GROUP_LEADER,
  GT_GANTT_GROUP_STAGE,
  GT_GANTT_N_GROUPS
} GtGanttGrouping;

typedef struct _GtGanttRows GtGanttRows;

/* @projects: the GtProject objects to show (already filtered), in any order.
 * @milestones: from gt_store_list_all_milestones(), or NULL.
 * @statuses: project id (gint64 *) → GINT_TO_POINTER (GT_GANTT_STATUS_*), or
 * NULL for no statuses. */
GtGanttRows      *gt_gantt_rows_new          (GtStore          *store,
                                              GPtrArray        *projects,
                                              GHashTable       *milestones,
                                              GHashTable       *statuses,
                                              GtGanttGrouping   grouping);
/* The rows of @briefing's red and amber projects, ungrouped and in name order
 * as on every wall chart, each with the briefing's light: the wall chart of
 * the meeting's slides. NULL with @error set when the milestones cannot be
 * read. */
GtGanttRows      *gt_gantt_rows_new_lagging  (GtStore          *store,
                                              const GtBriefing *briefing,
                                              GError          **error);
void              gt_gantt_rows_free         (GtGanttRows      *self);
const GtGanttRow *gt_gantt_rows_get_rows     (GtGanttRows      *self,
                                              guint            *n_rows);
guint             gt_gantt_rows_get_n_rows   (GtGanttRows      *self);
guint             gt_gantt_rows_get_n_groups (GtGanttRows      *self);
/* The row of project @id, or -1. */
int               gt_gantt_rows_find         (GtGanttRows      *self,
                                              gint64            id);

/* Hands project @id's figures of the as-of month to its row (yuan), for the
 * figure columns; the caller reads them from core. Unknown ids are ignored. */
void              gt_gantt_rows_set_figures  (GtGanttRows      *self,
                                              gint64            id,
                                              gint64            total_investment,
                                              gint64            annual_plan,
                                              gint64            completed,
                                              const char       *progress_note);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtGanttRows, gt_gantt_rows_free)

G_END_DECLS
