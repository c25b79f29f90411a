/* gt-issue-columns.h: the issue ledger's columns and their cells.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gt-issue-query.h"
#include "gt-store.h"

G_BEGIN_DECLS

typedef struct _GtIssueColumns GtIssueColumns;

/* Appends the ledger's columns to @column_view (issue, project, category,
 * status, escalation level, unit, deadline, raised on), each sorted by @query's order for it, the
 * newest issues first; names are read from @store. @store and @query must
 * outlive every use of the columns: the view detaches its models before it
 * lets them go. Free with gt_issue_columns_free() once the view is gone. */
GtIssueColumns *gt_issue_columns_add          (GtkColumnView  *column_view,
                                               GtStore        *store,
                                               GtIssueQuery   *query);
/* Fills again the bound cells that name a project or a unit, or show a
 * level: after a change of the store. */
void            gt_issue_columns_update_names (GtIssueColumns *self);
/* After the query's levels changed (gt_issue_query_refresh_levels()): sorts
 * again if sorted by level (gt_issue_columns_update_names() fills the cells). */
void            gt_issue_columns_levels_changed (GtIssueColumns *self);
void            gt_issue_columns_free         (GtIssueColumns *self);

G_END_DECLS
