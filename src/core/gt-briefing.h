/* gt-briefing.h: what the monthly advancement meeting (月度推进会) is shown for
 * one month: the figures, every project's line grouped by locality, unit or
 * leader, and the overdue issues. Slides and print lay it out; this only
 * gathers it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-figures.h"

G_BEGIN_DECLS

typedef enum {
  GT_BRIEFING_BY_LOCALITY,
  GT_BRIEFING_BY_UNIT,
  GT_BRIEFING_BY_LEADER,
  GT_N_BRIEFING_GROUPINGS
} GtBriefingGrouping;

typedef struct {
  gint64   project_id;
  char    *name;
  GtStage  stage;
  GtRag    rag;
  gint64   total_investment;  /* yuan */
  gint64   annual_plan;       /* yuan */
  gint64   completed;         /* yuan, January to the month */
  gint64   completed_month;   /* yuan, the month alone; −1 when not reported */
  gboolean has_completed;     /* some month of the year to this one is reported */
  double   completion;        /* completed ÷ plan, −1 without a plan */
  char    *progress_note;     /* the month's 形象进度, "" when not reported */
  char    *problems;          /* issues in hand, then what the month's report
                               * says, "；"-separated, "" when none */
} GtBriefingLine;

typedef struct {
  char      *name;            /* the locality, unit or leader */
  GPtrArray *lines;           /* GtBriefingLine *, red first, then amber, green */
} GtBriefingSection;

typedef struct {
  char            *project_name;
  char            *description;
  char            *unit_name;    /* assigned to, "" when none */
  GtIssueCategory  category;
  GDate            deadline;
  int              days_overdue;
} GtBriefingIssue;

typedef struct {
  int                 year;
  int                 month;
  GtBriefingGrouping  grouping;
  GtFigures          *figures;
  GPtrArray          *sections;        /* GtBriefingSection * */
  GPtrArray          *overdue_issues;  /* GtBriefingIssue *, most overdue first */
  GArray             *lagging;         /* gint64 ids of red and amber projects */
} GtBriefing;

GtBriefing *gt_briefing_new              (GtStore              *store,
                                          int                   year,
                                          int                   month,
                                          GtBriefingGrouping    grouping,
                                          const GtRagRules     *rules,
                                          const GtStartTargets *targets,
                                          const GDate          *today,
                                          GError              **error);
void        gt_briefing_free             (GtBriefing           *briefing);
const char *gt_briefing_grouping_to_id   (GtBriefingGrouping    grouping);
gboolean    gt_briefing_grouping_from_id (const char           *id,
                                          GtBriefingGrouping   *grouping);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtBriefing, gt_briefing_free)

G_END_DECLS
