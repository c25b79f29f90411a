/* gt-rag.h: the status light (红黄绿灯) of a project: one rule for the whole app.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-store.h"

G_BEGIN_DECLS

/* The numbers match GT_GANTT_STATUS_GREEN … RED of the chart renderer. */
typedef enum {
  GT_RAG_GREEN,
  GT_RAG_AMBER,
  GT_RAG_RED,
  GT_N_RAGS
} GtRag;

typedef enum {
  GT_RAG_REASON_LATE_START        = 1 << 0,
  GT_RAG_REASON_INVESTMENT_LAG    = 1 << 1,
  GT_RAG_REASON_MILESTONE_OVERDUE = 1 << 2,
  GT_RAG_REASON_ISSUE_OVERDUE     = 1 << 3,
  /* An approval (审批手续) not given by its planned day: as a late node. */
  GT_RAG_REASON_FORMALITY_OVERDUE = 1 << 4,
} GtRagReason;

/* Thresholds, defaults from the rules city offices publish (see
 * gt_rag_rules_default()). */
typedef struct {
  int    amber_start_months;    /* months past the planned start month, unstarted */
  int    red_start_months;
  double amber_lag_points;      /* percentage points behind 序时进度 */
  double red_lag_points;
  int    red_milestone_days;    /* a node (or an approval) overdue by more than
                                 * this is red */
} GtRagRules;

/* What the rule looks at, for one project. */
typedef struct {
  GtStage      stage;
  const GDate *planned_start;        /* NULL when not set */
  const GDate *actual_start;
  gint64       annual_plan;          /* yuan */
  gint64       completed;            /* yuan, in the plan's year so far */
  guint        overdue_milestones;
  int          worst_milestone_days; /* days the most overdue node is late */
  guint        overdue_issues;
  guint        overdue_formalities;
  int          worst_formality_days; /* days the most overdue approval is late */
  /* The year of @annual_plan and @completed; 0 means @today's year. A past
   * year's plan is due in full, a future year's not at all. */
  int          year;
} GtRagInput;

const char       *gt_rag_to_id              (GtRag              rag);
gboolean          gt_rag_from_id            (const char        *id,
                                             GtRag             *rag);
const char       *gt_rag_get_label          (GtRag              rag);
/* ● ▲ ■: a shape for each light, so that it reads without colour (greyscale
 * print, colour blindness); the wall chart draws the same shapes. */
const char       *gt_rag_get_mark           (GtRag              rag);
const GtRagRules *gt_rag_rules_default      (void);

/* 序时进度: the share of the year plan due by now, plan × months ÷ 12, rounded
 * down to the yuan (the rule itself compares unrounded shares). */
gint64            gt_rag_pro_rata_target    (gint64             annual_plan,
                                             int                months_elapsed);
/* Completed months of @today's year: the month of @today minus one, because a
 * month's figures are reported after it ends (by the 25th of the next month at
 * the latest; a report filed early does not make its month count sooner). */
int               gt_rag_months_elapsed     (const GDate       *today);

GtRag             gt_rag_judge              (const GtRagRules  *rules,
                                             const GtRagInput  *input,
                                             const GDate       *today,
                                             guint             *reasons);
/* "Not started by the planned start; Investment behind the time-proportional
 * target" from the reason bits alone — translated, for tooltips. */
char             *gt_rag_describe_reasons   (guint              reasons);
/* The same with the figures: "Start 2 months late; Investment 15.0 points behind
 * the time-proportional target; 1 assigned issue overdue". */
char             *gt_rag_describe           (const GtRagRules  *rules,
                                             const GtRagInput  *input,
                                             const GDate       *today);

/* Fills @input for one live project of @store: its own fields, and its overdue
 * milestones and issues as of @today (one query for the milestones; the issues
 * come from the store's list). @input points into @project: keep @project
 * alive and unchanged while using it. For many projects use
 * gt_rag_judge_all(). */
gboolean          gt_rag_input_from_store   (GtStore           *store,
                                             GtProject         *project,
                                             const GDate       *today,
                                             GtRagInput        *input,
                                             GError           **error);

/* Every live project's light, with two queries however many projects there are:
 * project id (gint64 *) → GINT_TO_POINTER (GtRag). */
GHashTable       *gt_rag_judge_all          (GtStore           *store,
                                             const GtRagRules  *rules,
                                             const GDate       *today,
                                             GError           **error);
/* The same, and when @reasons is not NULL a second table: project id (gint64 *)
 * → GUINT_TO_POINTER (GtRagReason bits), for saying why. */
GHashTable       *gt_rag_judge_all_with_reasons (GtStore       *store,
                                             const GtRagRules  *rules,
                                             const GDate       *today,
                                             GHashTable       **reasons,
                                             GError           **error);
/* Every live project's light at the close of @as_of, the one judgement of every
 * output made as of a month (gt-as-of.h): the plan of @as_of's year and what
 * was completed from January to its month, judged on the next day's rules (a
 * node or an issue due on @as_of is late; the month of @as_of counts for 序时进度
 * when @as_of is its last day), with the starts, ends, nodes and issues as they
 * stood on @as_of. Tables as gt_rag_judge_all_with_reasons(). */
GHashTable       *gt_rag_judge_as_of        (GtStore           *store,
                                             const GtRagRules  *rules,
                                             const GDate       *as_of,
                                             GHashTable       **reasons,
                                             GError           **error);

G_END_DECLS
