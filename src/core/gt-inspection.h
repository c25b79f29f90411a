/* gt-inspection.h: what the weekly 督查专报 says: for each county leader, the
 * projects in their charge that are slow (red or amber light) or have
 * problems (open issues past their deadline, or under 督办), and what the
 * leader decided on site that week.
 *
 * The week runs Monday to Sunday around the day asked; the lights are judged
 * as of its Sunday (gt_rag_judge_as_of()), issues are overdue when their
 * deadline is before that Sunday and they are still open. Never the clock.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-rag.h"
#include "gt-store.h"
#include "gt-visit.h"

G_BEGIN_DECLS

typedef struct {
  gint64  project_id;
  char   *name;
  GtRag   rag;
  char   *reasons;            /* the light's reasons in words; "" for green */
  guint   overdue_issues;     /* open, past the deadline at the week's end */
  guint   supervised_issues;  /* open, at 督办 or 挂牌督办 */
} GtInspectionProject;

typedef struct {
  gint64       visit_id;
  GDate        on;
  GtVisitKind  kind;
  char        *projects;      /* the names visited, joined as a list */
  char        *decisions;
  guint        n_issues;      /* assigned on the spot */
} GtInspectionVisit;

typedef struct {
  gint64     leader_id;       /* 0: projects without a leader in charge */
  char      *name;
  char      *title;
  GPtrArray *projects;        /* GtInspectionProject *, red, then amber, then the rest */
  GPtrArray *visits;          /* GtInspectionVisit *, by date */
  guint      n_projects;      /* every live project in their charge */
} GtInspectionLeader;

typedef struct {
  GDate      from;            /* Monday */
  GDate      to;              /* Sunday */
  GPtrArray *leaders;         /* GtInspectionLeader *: the leaders in the store's order,
                               * each with something to report; those without a leader last */
  GPtrArray *idle_leaders;    /* char *: leaders with projects and no visit in the week */
  guint      n_red;
  guint      n_amber;
  guint      n_problem;       /* projects with overdue or supervised issues */
  guint      n_visits;
  guint      n_issues_assigned;
} GtInspection;

/* The Monday and Sunday of @day's week. */
void          gt_inspection_get_week (const GDate       *day,
                                      GDate             *monday,
                                      GDate             *sunday);
/* The week of @day in @store, the lights by @rules. NULL with @error set. */
GtInspection *gt_inspection_new      (GtStore           *store,
                                      const GDate       *day,
                                      const GtRagRules  *rules,
                                      GError           **error);
void          gt_inspection_free     (GtInspection      *inspection);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtInspection, gt_inspection_free)

G_END_DECLS
