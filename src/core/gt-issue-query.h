/* gt-issue-query.h: what the Issues view is asked to show, and its counts.
 *
 * Kept out of GTK so that filtering and counting are tested without a display;
 * the view wraps gt_issue_query_matches() in a GtkCustomFilter.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-escalation.h"
#include "gt-store.h"

G_BEGIN_DECLS

/* Besides a GtIssueStatus, the status filter takes these groupings. */
#define GT_ISSUE_QUERY_ANY_STATUS  (-1)
#define GT_ISSUE_QUERY_OPEN        (-2)   /* raised or assigned */
#define GT_ISSUE_QUERY_OVERDUE     (-3)   /* open and past the deadline */

/* How a setter changed the query, so that a filter re-checks only what it must. */
typedef enum {
  GT_ISSUE_QUERY_UNCHANGED,
  GT_ISSUE_QUERY_STRICTER,     /* matches a subset of what it matched */
  GT_ISSUE_QUERY_LOOSER,       /* matches a superset */
  GT_ISSUE_QUERY_DIFFERENT,
} GtIssueQueryChange;

/* The office's summary of a ledger: "found N, R resolved, H in hand, O overdue".
 * Resolved counts resolved and closed issues; in hand, raised and assigned. */
typedef struct {
  guint found;
  guint resolved;
  guint in_hand;
  guint overdue;
} GtIssueCounts;

/* The orders the ledger can be sorted in. */
typedef enum {
  GT_ISSUE_SORT_DESCRIPTION,
  GT_ISSUE_SORT_PROJECT,       /* by the project's name */
  GT_ISSUE_SORT_CATEGORY,
  GT_ISSUE_SORT_STATUS,        /* overdue ones first within a status */
  GT_ISSUE_SORT_LEVEL,         /* by the escalation level (督办), lowest first */
  GT_ISSUE_SORT_UNIT,          /* by the assigned unit's name */
  GT_ISSUE_SORT_DEADLINE,
  GT_ISSUE_SORT_RAISED,
  GT_N_ISSUE_SORTS
} GtIssueSort;

typedef struct _GtIssueQuery GtIssueQuery;

GtIssueQuery       *gt_issue_query_new          (GtStore       *store);
void                gt_issue_query_free         (GtIssueQuery  *self);
/* Words separated by spaces; every word must appear (case-insensitively) in the
 * description or in the project's own text (gt_project_get_search_key()). */
GtIssueQueryChange  gt_issue_query_set_text     (GtIssueQuery  *self,
                                                 const char    *text);
/* A GtIssueStatus or one of the GT_ISSUE_QUERY_* groupings above. */
GtIssueQueryChange  gt_issue_query_set_status   (GtIssueQuery  *self,
                                                 int            status);
/* -1 for any. */
GtIssueQueryChange  gt_issue_query_set_category (GtIssueQuery  *self,
                                                 int            category);
/* 0 for any. */
GtIssueQueryChange  gt_issue_query_set_unit     (GtIssueQuery  *self,
                                                 gint64         unit_id);
GtIssueQueryChange  gt_issue_query_set_project  (GtIssueQuery  *self,
                                                 gint64         project_id);
/* Issues at escalation level @level or above; GT_ESCALATION_NONE for any. */
GtIssueQueryChange  gt_issue_query_set_level    (GtIssueQuery      *self,
                                                 GtEscalationLevel  level);
/* Issue @issue's escalation level, from the table the query read from the
 * store (gt_store_list_escalation_levels()) on first use. */
GtEscalationLevel   gt_issue_query_get_level    (GtIssueQuery      *self,
                                                 GtIssue           *issue);
/* Reads the levels' table again, once for a change of the store: never per
 * issue. TRUE when some issue's level differs from the table read before. */
gboolean            gt_issue_query_refresh_levels (GtIssueQuery    *self);
/* The day against which deadlines are overdue; NULL or unset: the real today. */
void                gt_issue_query_set_today    (GtIssueQuery  *self,
                                                 const GDate   *today);
const GDate        *gt_issue_query_get_today    (GtIssueQuery  *self);

gboolean            gt_issue_query_matches      (GtIssueQuery  *self,
                                                 GtIssue       *issue);
/* Counts the issues of @issues (any GListModel of GtIssue) that the query
 * matches, e.g. what a filter over @issues shows, against the query's today. */
void                gt_issue_query_count        (GtIssueQuery  *self,
                                                 GListModel    *issues,
                                                 GtIssueCounts *counts);

/* Orders @a before @b (negative), after (positive) or as equal (0) by @sort,
 * ascending. Texts compare by collation (keys cached, so that sorting fifty
 * thousand issues collates each text once); empty texts and unset dates come
 * after the others; ties fall back to the id. */
int                 gt_issue_query_compare      (GtIssueQuery  *self,
                                                 GtIssueSort    sort,
                                                 GtIssue       *a,
                                                 GtIssue       *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtIssueQuery, gt_issue_query_free)

G_END_DECLS
