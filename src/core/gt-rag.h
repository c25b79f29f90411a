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
} GtRagReason;

/* Thresholds, defaults from the rules city offices publish (see
 * gt_rag_rules_default()). */
typedef struct {
  int    amber_start_months;    /* months past the planned start month, unstarted */
  int    red_start_months;
  double amber_lag_points;      /* percentage points behind 序时进度 */
  double red_lag_points;
  int    red_milestone_days;    /* a node overdue by more than this is red */
} GtRagRules;

/* What the rule looks at, for one project. */
typedef struct {
  GtStage      stage;
  const GDate *planned_start;        /* NULL when not set */
  const GDate *actual_start;
  gint64       annual_plan;          /* yuan */
  gint64       completed;            /* yuan, this year so far */
  guint        overdue_milestones;
  int          worst_milestone_days; /* days the latest overdue node is late */
  guint        overdue_issues;
} GtRagInput;

const char       *gt_rag_to_id              (GtRag              rag);
const char       *gt_rag_get_label          (GtRag              rag);
/* ● ▲ ■: a shape for each light, so that it reads without colour (greyscale
 * print, colour blindness); the wall chart draws the same shapes. */
const char       *gt_rag_get_mark           (GtRag              rag);
const GtRagRules *gt_rag_rules_default      (void);

/* 序时进度: the share of the year plan due by now, plan × months ÷ 12. */
gint64            gt_rag_pro_rata_target    (gint64             annual_plan,
                                             int                months_elapsed);
/* Completed months of @today's year: the month of @today minus one, because a
 * month's figures are reported after it ends. */
int               gt_rag_months_elapsed     (const GDate       *today);

GtRag             gt_rag_judge              (const GtRagRules  *rules,
                                             const GtRagInput  *input,
                                             const GDate       *today,
                                             guint             *reasons);
/* "Start 2 months late; investment 15.0 points behind the time-proportional
 * target" — translated, for tooltips. */
char             *gt_rag_describe_reasons   (guint              reasons);

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

G_END_DECLS
