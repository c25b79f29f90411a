/* gt-rag.c: the status light (红黄绿灯).
 *
 * The rule, after the published rules of city project offices:
 * - a project not started by its planned start month is amber once it is
 *   @amber_start_months past that month, and red once @red_start_months past;
 * - completion behind the time-proportional target (序时进度) by more than
 *   @amber_lag_points is amber, by more than @red_lag_points red;
 * - an overdue node or an overdue assigned issue makes it at least amber, and a
 *   node overdue by more than @red_milestone_days red.
 * By stage: projects not yet started (谋划, 签约, 前期) are judged on their start,
 * not on investment, since their plan is spent only once building begins;
 * projects under construction on investment; completed and operating ones only
 * on their open issues. Overdue nodes count until the project is completed. A
 * project with no plan for the year is not judged on investment.
 *
 * 序时进度 counts completed months: in July, January to June (6/12) are due,
 * whatever the day, because the office checks a month's figures after it ends.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-figures.h"
#include "gt-format.h"
#include "gt-rag.h"
#include "gt-store-formalities.h"
#include "gt-store-private.h"

static const GtRagRules default_rules = {
  .amber_start_months = 1,
  .red_start_months = 3,
  .amber_lag_points = 10.0,
  .red_lag_points = 30.0,
  .red_milestone_days = 30,
};

static const struct {
  const char *id;
  const char *label;
} rag_names[GT_N_RAGS] = {
  { "green", N_("Green") },
  { "amber", N_("Amber") },
  { "red", N_("Red") },
};

const char *
gt_rag_to_id (GtRag rag)
{
  g_return_val_if_fail ((guint) rag < GT_N_RAGS, NULL);
  return rag_names[rag].id;
}

gboolean
gt_rag_from_id (const char *id,
                GtRag      *rag)
{
  for (guint i = 0; id != NULL && i < GT_N_RAGS; i++)
    if (g_str_equal (id, rag_names[i].id))
      {
        if (rag != NULL)
          *rag = (GtRag) i;
        return TRUE;
      }
  return FALSE;
}

const char *
gt_rag_get_label (GtRag rag)
{
  g_return_val_if_fail ((guint) rag < GT_N_RAGS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, rag_names[rag].label);
}

const char *
gt_rag_get_mark (GtRag rag)
{
  static const char * const marks[GT_N_RAGS] = { "●", "▲", "■" };

  g_return_val_if_fail ((guint) rag < GT_N_RAGS, NULL);
  return marks[rag];
}

const GtRagRules *
gt_rag_rules_default (void)
{
  return &default_rules;
}

gint64
gt_rag_pro_rata_target (gint64 annual_plan,
                        int    months_elapsed)
{
  months_elapsed = CLAMP (months_elapsed, 0, 12);
  return annual_plan * months_elapsed / 12;
}

int
gt_rag_months_elapsed (const GDate *today)
{
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);
  return g_date_get_month (today) - 1;
}

/* Months of the plan's year that are due by @today. */
static int
months_due (const GtRagInput *input,
            const GDate      *today)
{
  int year = g_date_get_year (today);

  if (input->year == 0 || input->year == year)
    return gt_rag_months_elapsed (today);
  return input->year < year ? 12 : 0;
}

/* Whole months from the planned start month to @today's month, for a project
 * that should have started and has not: 0 in the planned month itself. FALSE
 * when the start is not judged (started, no planned start, or a later month). */
static gboolean
start_months_late (const GtRagInput *input,
                   const GDate      *today,
                   int              *months)
{
  const GDate *planned = input->planned_start;

  if (input->stage >= GT_STAGE_UNDER_CONSTRUCTION || input->actual_start != NULL ||
      planned == NULL || !g_date_valid (planned))
    return FALSE;

  *months = ((int) g_date_get_year (today) - (int) g_date_get_year (planned)) * 12 +
            (int) g_date_get_month (today) - (int) g_date_get_month (planned);
  return *months >= 0;
}

/* Percentage points by which completion trails 序时进度, negative when ahead.
 * One division of exact integers, so that a lag of exactly 30 points compares as
 * 30.0 and not as 30.000000001 (the target is not rounded to the yuan first). */
static gboolean
investment_lag (const GtRagInput *input,
                const GDate      *today,
                double           *points)
{
  gint64 behind;

  if (input->stage != GT_STAGE_UNDER_CONSTRUCTION || input->annual_plan <= 0)
    return FALSE;

  /* (plan × months ÷ 12 − completed) ÷ plan × 100, over the common 12 × plan. */
  behind = input->annual_plan * months_due (input, today) - 12 * input->completed;
  *points = (double) (behind * 100) / (double) (input->annual_plan * 12);
  return TRUE;
}

static GtRag
worse (GtRag a,
       GtRag b)
{
  return MAX (a, b);
}

GtRag
gt_rag_judge (const GtRagRules *rules,
              const GtRagInput *input,
              const GDate      *today,
              guint            *reasons)
{
  GtRag rag = GT_RAG_GREEN;
  guint why = 0;
  int months;
  double points;

  g_return_val_if_fail (rules != NULL && input != NULL, GT_RAG_GREEN);
  g_return_val_if_fail (today != NULL && g_date_valid (today), GT_RAG_GREEN);

  if (start_months_late (input, today, &months))
    {
      GtRag light = months >= rules->red_start_months ? GT_RAG_RED
                    : months >= rules->amber_start_months ? GT_RAG_AMBER : GT_RAG_GREEN;

      if (light != GT_RAG_GREEN)
        {
          rag = worse (rag, light);
          why |= GT_RAG_REASON_LATE_START;
        }
    }

  if (investment_lag (input, today, &points))
    {
      GtRag light = points > rules->red_lag_points ? GT_RAG_RED
                    : points > rules->amber_lag_points ? GT_RAG_AMBER : GT_RAG_GREEN;

      if (light != GT_RAG_GREEN)
        {
          rag = worse (rag, light);
          why |= GT_RAG_REASON_INVESTMENT_LAG;
        }
    }

  if (input->stage < GT_STAGE_COMPLETED && input->overdue_milestones > 0)
    {
      rag = worse (rag, input->worst_milestone_days > rules->red_milestone_days
                        ? GT_RAG_RED : GT_RAG_AMBER);
      why |= GT_RAG_REASON_MILESTONE_OVERDUE;
    }

  /* An approval not given in time holds the start up as a late node does. */
  if (input->stage < GT_STAGE_COMPLETED && input->overdue_formalities > 0)
    {
      rag = worse (rag, input->worst_formality_days > rules->red_milestone_days
                        ? GT_RAG_RED : GT_RAG_AMBER);
      why |= GT_RAG_REASON_FORMALITY_OVERDUE;
    }

  if (input->overdue_issues > 0)
    {
      rag = worse (rag, GT_RAG_AMBER);
      why |= GT_RAG_REASON_ISSUE_OVERDUE;
    }

  if (reasons != NULL)
    *reasons = why;
  return rag;
}

/* Takes @parts (of allocated strings) and joins them. */
static char *
join_reasons (GPtrArray *parts)
{
  if (parts->len == 0)
    g_ptr_array_add (parts, g_strdup (_("On schedule")));
  g_ptr_array_add (parts, NULL);

  /* TRANSLATORS: separates the reasons for a project's status light */
  return g_strjoinv (_("; "), (char **) parts->pdata);
}

char *
gt_rag_describe_reasons (guint reasons)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (reasons & GT_RAG_REASON_LATE_START)
    g_ptr_array_add (parts, g_strdup (_("Not started by the planned start")));
  if (reasons & GT_RAG_REASON_INVESTMENT_LAG)
    g_ptr_array_add (parts, g_strdup (_("Investment behind the time-proportional target")));
  if (reasons & GT_RAG_REASON_MILESTONE_OVERDUE)
    g_ptr_array_add (parts, g_strdup (_("A milestone is overdue")));
  if (reasons & GT_RAG_REASON_FORMALITY_OVERDUE)
    g_ptr_array_add (parts, g_strdup (_("An approval is overdue")));
  if (reasons & GT_RAG_REASON_ISSUE_OVERDUE)
    g_ptr_array_add (parts, g_strdup (_("An assigned issue is overdue")));

  return join_reasons (parts);
}

char *
gt_rag_describe (const GtRagRules *rules,
                 const GtRagInput *input,
                 const GDate      *today)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint reasons = 0;
  int months = 0;
  double points = 0.0;

  g_return_val_if_fail (rules != NULL && input != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  gt_rag_judge (rules, input, today, &reasons);

  if ((reasons & GT_RAG_REASON_LATE_START) && start_months_late (input, today, &months))
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "Start %d month late",
                                                          "Start %d months late",
                                                          months),
                                             months));
  if ((reasons & GT_RAG_REASON_INVESTMENT_LAG) && investment_lag (input, today, &points))
    g_ptr_array_add (parts, g_strdup_printf (_("Investment %.1f points behind the "
                                               "time-proportional target"), points));
  if (reasons & GT_RAG_REASON_MILESTONE_OVERDUE)
    {
      int days = input->worst_milestone_days;

      if (input->overdue_milestones == 1)
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "A milestone %d day overdue",
                                                              "A milestone %d days overdue",
                                                              days),
                                                 days));
      else
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u milestones overdue, the "
                                                              "worst by %d day",
                                                              "%u milestones overdue, the "
                                                              "worst by %d days",
                                                              days),
                                                 input->overdue_milestones, days));
    }
  if (reasons & GT_RAG_REASON_FORMALITY_OVERDUE)
    {
      int days = input->worst_formality_days;

      if (input->overdue_formalities == 1)
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "An approval %d day overdue",
                                                              "An approval %d days overdue",
                                                              days),
                                                 days));
      else
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u approvals overdue, the "
                                                              "worst by %d day",
                                                              "%u approvals overdue, the "
                                                              "worst by %d days",
                                                              days),
                                                 input->overdue_formalities, days));
    }
  if (reasons & GT_RAG_REASON_ISSUE_OVERDUE)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u assigned issue overdue",
                                                          "%u assigned issues overdue",
                                                          input->overdue_issues),
                                             input->overdue_issues));

  return join_reasons (parts);
}

static gboolean
milestone_is_overdue (GtMilestone *milestone,
                      const GDate *today)
{
  const GDate *end = gt_milestone_get_planned_end (milestone);

  return end != NULL && g_date_compare (end, today) < 0 &&
         gt_milestone_get_percent (milestone) < 100 &&
         gt_milestone_get_actual_end (milestone) == NULL;
}

gboolean
gt_rag_input_from_store (GtStore      *store,
                         GtProject    *project,
                         const GDate  *today,
                         GtRagInput   *input,
                         GError      **error)
{
  g_autoptr(GPtrArray) milestones = NULL;
  g_autoptr(GPtrArray) formalities = NULL;
  GListModel *issues;
  gint64 id;

  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (GT_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = gt_project_get_id (project);
  milestones = gt_store_list_milestones (store, id, error);
  if (milestones == NULL)
    return FALSE;
  formalities = gt_store_list_formalities (store, id, error);
  if (formalities == NULL)
    return FALSE;

  *input = (GtRagInput) {
    .stage = gt_project_get_stage (project),
    .planned_start = gt_project_get_planned_start (project),
    .actual_start = gt_project_get_actual_start (project),
    .annual_plan = gt_project_get_annual_plan (project),
    .completed = gt_project_get_completed (project),
    .year = gt_store_get_year (store),
  };

  for (guint i = 0; i < milestones->len; i++)
    {
      GtMilestone *milestone = g_ptr_array_index (milestones, i);

      if (milestone_is_overdue (milestone, today))
        {
          int late = g_date_days_between (gt_milestone_get_planned_end (milestone), today);

          input->overdue_milestones++;
          input->worst_milestone_days = MAX (input->worst_milestone_days, late);
        }
    }

  for (guint i = 0; i < formalities->len; i++)
    {
      int late = 0;

      if (gt_formality_is_overdue (g_ptr_array_index (formalities, i), today, &late))
        {
          input->overdue_formalities++;
          input->worst_formality_days = MAX (input->worst_formality_days, late);
        }
    }

  /* The store keeps every live issue in memory: no query needed. */
  issues = gt_store_get_issues (store);
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);

      if (gt_issue_get_project_id (issue) == id && gt_issue_is_overdue (issue, today))
        input->overdue_issues++;
    }

  return TRUE;
}

typedef struct {
  guint overdue_milestones;
  int   worst_milestone_days;
  guint overdue_issues;
  guint overdue_formalities;
  int   worst_formality_days;
} Lateness;

/* What a query of collect() counts. */
typedef enum {
  COLLECT_MILESTONES,
  COLLECT_ISSUES,
  COLLECT_FORMALITIES,
} Collect;

static gboolean
collect (GtStore          *store,
         GHashTable       *lateness,
         const GtDbQuery  *query,
         const char       *today_iso,
         Collect           what,
         GError          **error)
{
  GError *local = NULL;
  GtDbStmt *stmt = gt_db_prepare (_gt_store_get_db (store), query, &local);

  if (stmt != NULL)
    {
      gt_db_stmt_bind_text (stmt, 1, today_iso);
      while (gt_db_stmt_next (stmt, &local))
        {
          gint64 id = gt_db_stmt_get_int64 (stmt, 0);
          Lateness *late = g_hash_table_lookup (lateness, &id);

          if (late == NULL)
            {
              gint64 *key = g_new (gint64, 1);

              *key = id;
              late = g_new0 (Lateness, 1);
              g_hash_table_insert (lateness, key, late);
            }
          if (what == COLLECT_MILESTONES)
            {
              late->overdue_milestones = (guint) gt_db_stmt_get_int64 (stmt, 1);
              late->worst_milestone_days = (int) gt_db_stmt_get_int64 (stmt, 2);
            }
          else if (what == COLLECT_FORMALITIES)
            {
              late->overdue_formalities = (guint) gt_db_stmt_get_int64 (stmt, 1);
              late->worst_formality_days = (int) gt_db_stmt_get_int64 (stmt, 2);
            }
          else
            late->overdue_issues = (guint) gt_db_stmt_get_int64 (stmt, 1);
        }
      gt_db_stmt_reset (stmt);
    }

  if (local != NULL)
    {
      g_prefix_error (&local, "%s: ", _("Could not read the schedule"));
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

static gint64
amount_of (GHashTable *amounts,
           gint64      id)
{
  gint64 *amount = g_hash_table_lookup (amounts, &id);

  return amount != NULL ? *amount : 0;
}

static gboolean
is_after (const GDate *date,
          const GDate *day)
{
  return date != NULL && g_date_valid (date) && g_date_compare (date, day) > 0;
}

/* What one judgement of every live project reads besides the projects: their
 * lateness, and for a judgement as of a day its year's plans and completions
 * (NULL: the projects' own figures, of the store's year). */
typedef struct {
  GHashTable  *lateness;    /* project id → Lateness */
  GHashTable  *plans;       /* project id → gint64 yuan, or NULL */
  GHashTable  *completed;
  const GDate *as_of;       /* with the tables above: the day the stages stood */
  int          year;
} Judging;

static GHashTable *
judge_projects (GtStore           *store,
                const GtRagRules  *rules,
                const GDate       *today,
                const Judging     *judging,
                GHashTable       **reasons)
{
  GListModel *projects = gt_store_get_projects (store);
  GHashTable *result = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  if (reasons != NULL)
    *reasons = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      gint64 id = gt_project_get_id (project);
      Lateness *late = g_hash_table_lookup (judging->lateness, &id);
      GtRagInput input = {
        .stage = gt_project_get_stage (project),
        .planned_start = gt_project_get_planned_start (project),
        .actual_start = gt_project_get_actual_start (project),
        .annual_plan = judging->plans != NULL ? amount_of (judging->plans, id)
                                              : gt_project_get_annual_plan (project),
        .completed = judging->completed != NULL ? amount_of (judging->completed, id)
                                                : gt_project_get_completed (project),
        .overdue_milestones = late ? late->overdue_milestones : 0,
        .worst_milestone_days = late ? late->worst_milestone_days : 0,
        .overdue_issues = late ? late->overdue_issues : 0,
        .overdue_formalities = late ? late->overdue_formalities : 0,
        .worst_formality_days = late ? late->worst_formality_days : 0,
        .year = judging->year,
      };
      guint why = 0;

      /* The stage it had then: a start or an end after @as_of had not come. */
      if (judging->as_of != NULL && is_after (input.actual_start, judging->as_of))
        {
          input.actual_start = NULL;
          input.stage = MIN (input.stage, GT_STAGE_PREPARING);
        }
      else if (judging->as_of != NULL && input.stage >= GT_STAGE_COMPLETED &&
               is_after (gt_project_get_actual_end (project), judging->as_of))
        input.stage = GT_STAGE_UNDER_CONSTRUCTION;

      g_hash_table_insert (result, g_memdup2 (&id, sizeof id),
                           GINT_TO_POINTER (gt_rag_judge (rules, &input, today, &why)));
      if (reasons != NULL)
        g_hash_table_insert (*reasons, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (why));
    }
  return result;
}

/* project id (gint64 *) → gint64 * of column 1 of @query, which binds ?1 the
 * year or, with @months, ?1 and ?2 its first month and @month. */
static GHashTable *
read_amounts (GtStore          *store,
              const GtDbQuery  *query,
              gboolean          months,
              int               year,
              int               month,
              GError          **error)
{
  g_autoptr(GHashTable) amounts = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                         g_free, g_free);
  GError *local = NULL;
  GtDbStmt *stmt = gt_db_prepare (_gt_store_get_db (store), query, &local);
  char first[8], last[8];

  if (stmt != NULL)
    {
      if (months)
        {
          g_snprintf (first, sizeof first, "%04d-01", year);
          g_snprintf (last, sizeof last, "%04d-%02d", year, month);
          gt_db_stmt_bind_text (stmt, 1, first);
          gt_db_stmt_bind_text (stmt, 2, last);
        }
      else
        gt_db_stmt_bind_int64 (stmt, 1, year);

      while (gt_db_stmt_next (stmt, &local))
        {
          gint64 id = gt_db_stmt_get_int64 (stmt, 0);
          gint64 amount = gt_db_stmt_get_int64 (stmt, 1);

          g_hash_table_insert (amounts, g_memdup2 (&id, sizeof id),
                               g_memdup2 (&amount, sizeof amount));
        }
      gt_db_stmt_reset (stmt);
    }

  if (local != NULL)
    {
      g_prefix_error (&local, "%s: ", _("Could not read the schedule"));
      g_propagate_error (error, local);
      return NULL;
    }
  return g_steal_pointer (&amounts);
}

GHashTable *
gt_rag_judge_as_of (GtStore           *store,
                    const GtRagRules  *rules,
                    const GDate       *as_of,
                    GHashTable       **reasons,
                    GError           **error)
{
  /* Nodes unfinished at the close of the day before ?1 whose planned end is
   * before ?1; a node finished later was still open then. PostgreSQL counts
   * the days by subtracting dates, for julianday(). */
  static const GtDbQuery milestones_query = {
    "rag-milestones-as-of",
    "SELECT project_id, COUNT(*), "
    "       CAST(MAX(julianday(?1) - julianday(planned_end)) AS INTEGER) "
    "FROM milestones "
    "WHERE planned_end IS NOT NULL AND planned_end < ?1 "
    "  AND ((actual_end IS NULL AND percent < 100) OR actual_end >= ?1) "
    "GROUP BY project_id",
    "SELECT project_id, COUNT(*), "
    "       MAX(to_date($1, 'YYYY-MM-DD') - to_date(planned_end, 'YYYY-MM-DD')) "
    "FROM milestones "
    "WHERE planned_end IS NOT NULL AND planned_end < $1 "
    "  AND ((actual_end IS NULL AND percent < 100) OR actual_end >= $1) "
    "GROUP BY project_id",
  };
  /* Approvals open at the close of the day before ?1 whose planned day is
   * before ?1: one given later (its date on or after ?1) was open then. */
  static const GtDbQuery formalities_query = {
    "rag-formalities-as-of",
    "SELECT project_id, COUNT(*), "
    "       CAST(MAX(julianday(?1) - julianday(planned_on)) AS INTEGER) "
    "FROM formalities "
    "WHERE planned_on IS NOT NULL AND planned_on < ?1 "
    "  AND (state IN ('todo', 'doing') OR (state = 'done' AND actual_on >= ?1)) "
    "GROUP BY project_id",
    "SELECT project_id, COUNT(*), "
    "       MAX(to_date($1, 'YYYY-MM-DD') - to_date(planned_on, 'YYYY-MM-DD')) "
    "FROM formalities "
    "WHERE planned_on IS NOT NULL AND planned_on < $1 "
    "  AND (state IN ('todo', 'doing') OR (state = 'done' AND actual_on >= $1)) "
    "GROUP BY project_id",
  };
  static const GtDbQuery plans_query =
    GT_DB_QUERY ("rag-plans",
                 "SELECT project_id, amount FROM annual_plans WHERE year = ?1");
  static const GtDbQuery completed_query =
    GT_DB_QUERY ("rag-completed",
                 "SELECT project_id, SUM(completed) FROM monthly_reports"
                 " WHERE month >= ?1 AND month <= ?2 GROUP BY project_id");
  g_autoptr(GHashTable) lateness = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, g_free);
  g_autoptr(GHashTable) plans = NULL;
  g_autoptr(GHashTable) completed = NULL;
  g_autofree char *close_iso = NULL;
  GListModel *issues;
  Judging judging;
  GDate close;
  int year, month;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (rules != NULL && as_of != NULL && g_date_valid (as_of), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Judged at the close of @as_of: on the next day's rules, so that a node due
   * on @as_of is late, and the month of @as_of counts for 序时进度 when @as_of is
   * its last day. */
  year = g_date_get_year (as_of);
  month = g_date_get_month (as_of);
  close = *as_of;
  g_date_add_days (&close, 1);
  close_iso = gt_date_to_iso (&close);

  plans = read_amounts (store, &plans_query, FALSE, year, month, error);
  completed = plans != NULL ? read_amounts (store, &completed_query, TRUE, year, month, error)
                            : NULL;
  if (completed == NULL ||
      !collect (store, lateness, &milestones_query, close_iso, COLLECT_MILESTONES, error) ||
      !collect (store, lateness, &formalities_query, close_iso, COLLECT_FORMALITIES, error))
    return NULL;

  /* Issues in hand at the end of @as_of with their deadline reached, as the
   * figures count an issue in hand. */
  issues = gt_store_get_issues (store);
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);
      const GDate *deadline = gt_issue_get_deadline (issue);
      gint64 id = gt_issue_get_project_id (issue);
      gboolean counts[GT_N_FIGURES_ISSUES];
      Lateness *late;

      if (deadline == NULL || !g_date_valid (deadline) || g_date_compare (deadline, as_of) > 0)
        continue;
      gt_figures_count_issue (gt_issue_get_status (issue), gt_issue_get_raised_on (issue),
                              gt_issue_get_resolved_on (issue), gt_issue_get_closed_on (issue),
                              deadline, as_of, counts);
      if (!counts[GT_FIGURES_ISSUES_IN_HAND])
        continue;
      late = g_hash_table_lookup (lateness, &id);
      if (late == NULL)
        {
          late = g_new0 (Lateness, 1);
          g_hash_table_insert (lateness, g_memdup2 (&id, sizeof id), late);
        }
      late->overdue_issues++;
    }

  judging = (Judging) { lateness, plans, completed, as_of, year };
  return judge_projects (store, rules, &close, &judging, reasons);
}

GHashTable *
gt_rag_judge_all (GtStore           *store,
                  const GtRagRules  *rules,
                  const GDate       *today,
                  GError           **error)
{
  return gt_rag_judge_all_with_reasons (store, rules, today, NULL, error);
}

GHashTable *
gt_rag_judge_all_with_reasons (GtStore           *store,
                               const GtRagRules  *rules,
                               const GDate       *today,
                               GHashTable       **reasons,
                               GError           **error)
{
  /* Unfinished nodes whose planned end has passed, and the worst of them (in
   * PostgreSQL by subtracting dates, for julianday()). */
  static const GtDbQuery milestones_query = {
    "rag-milestones",
    "SELECT project_id, COUNT(*), "
    "       CAST(MAX(julianday(?1) - julianday(planned_end)) AS INTEGER) "
    "FROM milestones "
    "WHERE planned_end IS NOT NULL AND planned_end < ?1 "
    "  AND percent < 100 AND actual_end IS NULL "
    "GROUP BY project_id",
    "SELECT project_id, COUNT(*), "
    "       MAX(to_date($1, 'YYYY-MM-DD') - to_date(planned_end, 'YYYY-MM-DD')) "
    "FROM milestones "
    "WHERE planned_end IS NOT NULL AND planned_end < $1 "
    "  AND percent < 100 AND actual_end IS NULL "
    "GROUP BY project_id",
  };
  /* Open approvals past their planned day. */
  static const GtDbQuery formalities_query = {
    "rag-formalities",
    "SELECT project_id, COUNT(*), "
    "       CAST(MAX(julianday(?1) - julianday(planned_on)) AS INTEGER) "
    "FROM formalities "
    "WHERE planned_on IS NOT NULL AND planned_on < ?1 AND state IN ('todo', 'doing') "
    "GROUP BY project_id",
    "SELECT project_id, COUNT(*), "
    "       MAX(to_date($1, 'YYYY-MM-DD') - to_date(planned_on, 'YYYY-MM-DD')) "
    "FROM formalities "
    "WHERE planned_on IS NOT NULL AND planned_on < $1 AND state IN ('todo', 'doing') "
    "GROUP BY project_id",
  };
  /* Open (raised or assigned) issues past their deadline. */
  static const GtDbQuery issues_query =
    GT_DB_QUERY ("rag-overdue-issues",
                 "SELECT project_id, COUNT(*) FROM issues "
                 "WHERE deleted = 0 AND status IN ('raised', 'assigned') "
                 "  AND deadline IS NOT NULL AND deadline < ?1 "
                 "GROUP BY project_id");
  g_autoptr(GHashTable) lateness = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, g_free);
  g_autofree char *today_iso = NULL;
  Judging judging;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (rules != NULL && today != NULL, NULL);

  today_iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (today),
                               g_date_get_month (today), g_date_get_day (today));
  if (!collect (store, lateness, &milestones_query, today_iso, COLLECT_MILESTONES, error) ||
      !collect (store, lateness, &formalities_query, today_iso, COLLECT_FORMALITIES, error) ||
      !collect (store, lateness, &issues_query, today_iso, COLLECT_ISSUES, error))
    return NULL;

  judging = (Judging) { lateness, NULL, NULL, NULL, gt_store_get_year (store) };
  return judge_projects (store, rules, today, &judging, reasons);
}
