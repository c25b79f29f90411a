/* gt-figures.h: the figures of a monthly notice (月报通报), for one year and month:
 * totals, the four rates, stages, status lights and issues, for the whole
 * register and per locality, responsible unit and leader.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-enums.h"
#include "gt-rag.h"
#include "gt-store.h"

G_BEGIN_DECLS

/* How issues count, as of the figures' date: found = raised by then; resolved =
 * resolved or closed by then (整改完毕); in hand = found − resolved (正在处理);
 * overdue = in hand with a deadline already past. */
typedef enum {
  GT_FIGURES_ISSUES_FOUND,
  GT_FIGURES_ISSUES_RESOLVED,
  GT_FIGURES_ISSUES_IN_HAND,
  GT_FIGURES_ISSUES_OVERDUE,
  GT_N_FIGURES_ISSUES
} GtFiguresIssues;

/* How one issue counts as of @as_of, in @counts (TRUE for each of
 * GtFiguresIssues that applies). Unset dates are NULL or invalid. */
void        gt_figures_count_issue            (GtIssueStatus         status,
                                               const GDate          *raised_on,
                                               const GDate          *resolved_on,
                                               const GDate          *closed_on,
                                               const GDate          *deadline,
                                               const GDate          *as_of,
                                               gboolean              counts[GT_N_FIGURES_ISSUES]);

/* The figures of a set of projects: the whole register, one locality, one unit
 * or one leader. Money in yuan. */
typedef struct {
  gint64  id;                   /* the locality, unit or leader; 0 for the total
                                 * and for projects that have none */
  char   *name;                 /* translated "Total" / "Not assigned" for id 0 */
  guint   projects;
  gint64  total_investment;
  gint64  annual_plan;          /* plan of the year */
  gint64  completed;            /* 1—N月累计 */
  gint64  completed_month;      /* 当月完成, month N alone */
  gint64  pro_rata_target;      /* 序时进度: plan × N ÷ 12 */
  guint   to_start;             /* planned to start in the year (开工率 base) */
  guint   started;              /* of those, started by the end of month N */
  guint   by_stage[GT_N_STAGES];
  guint   by_rag[GT_N_RAGS];
  guint   issues[GT_N_FIGURES_ISSUES];
} GtFiguresGroup;

/* Completed ÷ year plan; −1 when there is no plan. */
double      gt_figures_group_completion_rate  (const GtFiguresGroup *group);
/* Completed ÷ 序时进度 target; −1 when the target is zero (no plan, or month 0). */
double      gt_figures_group_pro_rata_rate    (const GtFiguresGroup *group);
/* Started ÷ planned to start; −1 when none was planned to start. */
double      gt_figures_group_start_rate       (const GtFiguresGroup *group);
/* Resolved ÷ found; −1 when none was found. */
double      gt_figures_group_resolution_rate  (const GtFiguresGroup *group);

/* Start-rate targets (开工率目标) from the preferences: the share of the year's
 * planned starts that should have started by the end of March and of June. */
typedef struct {
  double by_march;              /* default 0.5 */
  double by_june;               /* default 0.8 */
} GtStartTargets;

const GtStartTargets *gt_start_targets_default (void);
/* The target in force at the end of @month: by_june from June, by_march from
 * March, −1 before March (no target yet). */
double      gt_start_targets_for_month        (const GtStartTargets *targets,
                                               int                   month);

typedef struct {
  int             year;
  int             month;           /* 1–12: the figures run to the end of it */
  GDate           as_of;           /* the last day of @month, or the day asked
                                    * for if earlier; the lights are judged at
                                    * its close (gt_rag_judge_as_of()) */
  double          start_target;    /* in force at @month, −1 when none */
  GtFiguresGroup  total;
  /* Of GtFiguresGroup *, ordered by name (collated); a group for projects with
   * no locality / unit / leader comes last, when there are any. */
  GPtrArray      *by_locality;
  GPtrArray      *by_unit;
  GPtrArray      *by_leader;
  /* The whole register's completed investment in each month of the year (index
   * 0 = January), for the cumulative chart; months after @month are 0. */
  gint64          completed_by_month[12];
  /* Each project's light at the close of @as_of: project id (gint64 *) →
   * GINT_TO_POINTER (GtRag), for whoever lists the projects behind the counts. */
  GHashTable     *lights;
  /* Issues by category (GtIssueCategory) and GtFiguresIssues. */
  guint           issues_by_category[GT_N_ISSUE_CATEGORIES][GT_N_FIGURES_ISSUES];
  /* Of the whole register's issues resolved by @as_of, those also struck off
   * the ledger (销号) by then: closed on or before it, or closed with no date.
   * The summary tells resolved from closed with it. */
  guint           issues_closed;
} GtFigures;

/* Reads the figures of live rows from @store's file as of the last day of
 * @month (gt-as-of.h); @today, when not NULL and earlier, stops them on that
 * day of a month still running. Status lights are judged by @rules at the
 * close of that day.
 * Issues count per locality and leader by their project, per unit by the unit
 * they were assigned to (交办), else their project's unit. */
GtFigures  *gt_figures_compute                (GtStore              *store,
                                               int                   year,
                                               int                   month,
                                               const GtRagRules     *rules,
                                               const GtStartTargets *targets,
                                               const GDate          *today,
                                               GError              **error);
void        gt_figures_free                   (GtFigures            *figures);

/* 排名通报 */
typedef enum {
  GT_RANKING_COMPLETION,        /* 投资完成率 against the year plan */
  GT_RANKING_START,             /* 开工率 */
  GT_RANKING_RESOLUTION,        /* 问题整改率 */
  GT_N_RANKINGS
} GtRankingMetric;

typedef struct {
  const GtFiguresGroup *group;  /* points into the figures ranked */
  double                value;  /* the rate, −1 when it has no base */
  guint                 rank;   /* 1…; equal values share a rank, and the next
                                 * rank skips (1, 2, 2, 4); 0 = not ranked */
} GtRankingEntry;

/* The groups of @groups (GtFiguresGroup *) ranked by @metric, best first; those
 * without a base (no plan, nothing to start, no issue) follow, unranked. Rates
 * equal to 0.1 percentage point (as printed) tie. A GArray of GtRankingEntry. */
GArray     *gt_ranking_compute                (GPtrArray            *groups,
                                               GtRankingMetric       metric);
const char *gt_ranking_metric_get_label       (GtRankingMetric       metric);
/* The rule, in a sentence for the foot of the table (translated). */
const char *gt_ranking_metric_describe_rule   (GtRankingMetric       metric);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtFigures, gt_figures_free)

G_END_DECLS
