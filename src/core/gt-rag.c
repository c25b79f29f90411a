/* gt-rag.c: the status light (红黄绿灯).
 *
 * The rule, after the published rules of city project offices:
 * - a project not started by its planned start month is amber, and red once it is
 *   @red_start_months behind;
 * - completion behind the time-proportional target (序时进度) by more than
 *   @amber_lag_points is amber, by more than @red_lag_points red;
 * - an overdue node or an overdue assigned issue makes it at least amber, and a
 *   node overdue by more than @red_milestone_days red.
 * Projects not yet started are judged on their start only; completed ones only on
 * their issues; a project with no plan this year is not judged on investment.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-rag.h"
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
  return g_date_get_month (today) - 1;
}

/* Whole months from the planned start month to @today's month, for a project
 * that has not started: 0 in the planned month itself. */
static int
months_late (const GDate *planned_start,
             const GDate *today)
{
  int months = (g_date_get_year (today) - g_date_get_year (planned_start)) * 12 +
               (int) g_date_get_month (today) - (int) g_date_get_month (planned_start);

  return MAX (months, 0);
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
  gboolean started = input->actual_start != NULL || input->stage >= GT_STAGE_UNDER_CONSTRUCTION;
  gboolean finished = input->stage >= GT_STAGE_COMPLETED;

  g_return_val_if_fail (rules != NULL && input != NULL && today != NULL, GT_RAG_GREEN);

  if (!started && input->planned_start != NULL)
    {
      int late = months_late (input->planned_start, today);

      if (late >= rules->red_start_months)
        rag = worse (rag, GT_RAG_RED);
      else if (late >= rules->amber_start_months)
        rag = worse (rag, GT_RAG_AMBER);
      if (late >= rules->amber_start_months)
        why |= GT_RAG_REASON_LATE_START;
    }

  if (started && !finished && input->annual_plan > 0)
    {
      gint64 target = gt_rag_pro_rata_target (input->annual_plan, gt_rag_months_elapsed (today));
      double lag = 100.0 * (double) (target - input->completed) / (double) input->annual_plan;

      if (lag > rules->red_lag_points)
        rag = worse (rag, GT_RAG_RED);
      else if (lag > rules->amber_lag_points)
        rag = worse (rag, GT_RAG_AMBER);
      if (lag > rules->amber_lag_points)
        why |= GT_RAG_REASON_INVESTMENT_LAG;
    }

  if (!finished && input->overdue_milestones > 0)
    {
      rag = worse (rag, input->worst_milestone_days > rules->red_milestone_days
                        ? GT_RAG_RED : GT_RAG_AMBER);
      why |= GT_RAG_REASON_MILESTONE_OVERDUE;
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

char *
gt_rag_describe_reasons (guint reasons)
{
  GPtrArray *parts = g_ptr_array_new ();
  char *text;

  if (reasons & GT_RAG_REASON_LATE_START)
    g_ptr_array_add (parts, _("Not started by the planned start"));
  if (reasons & GT_RAG_REASON_INVESTMENT_LAG)
    g_ptr_array_add (parts, _("Investment behind the time-proportional target"));
  if (reasons & GT_RAG_REASON_MILESTONE_OVERDUE)
    g_ptr_array_add (parts, _("A milestone is overdue"));
  if (reasons & GT_RAG_REASON_ISSUE_OVERDUE)
    g_ptr_array_add (parts, _("An assigned issue is overdue"));
  if (parts->len == 0)
    g_ptr_array_add (parts, _("On schedule"));
  g_ptr_array_add (parts, NULL);

  /* TRANSLATORS: separates the reasons for a project's status light */
  text = g_strjoinv (_("; "), (char **) parts->pdata);
  g_ptr_array_free (parts, TRUE);
  return text;
}

typedef struct {
  guint overdue_milestones;
  int   worst_milestone_days;
  guint overdue_issues;
} Lateness;

static gboolean
collect (GtStore     *store,
         GHashTable  *lateness,
         const char  *sql,
         const char  *today_iso,
         gboolean     milestones,
         GError     **error)
{
  sqlite3 *db = _gt_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      _gt_store_set_error (store, error, _("Could not read the schedule"));
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, today_iso, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      Lateness *late = g_hash_table_lookup (lateness, &id);

      if (late == NULL)
        {
          gint64 *key = g_new (gint64, 1);

          *key = id;
          late = g_new0 (Lateness, 1);
          g_hash_table_insert (lateness, key, late);
        }
      if (milestones)
        {
          late->overdue_milestones = sqlite3_column_int (stmt, 1);
          late->worst_milestone_days = sqlite3_column_int (stmt, 2);
        }
      else
        late->overdue_issues = sqlite3_column_int (stmt, 1);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      _gt_store_set_error (store, error, _("Could not read the schedule"));
      return FALSE;
    }
  return TRUE;
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
  /* Unfinished nodes whose planned end has passed, and the worst of them. */
  static const char milestones_sql[] =
    "SELECT project_id, COUNT(*), "
    "       CAST(MAX(julianday(?1) - julianday(planned_end)) AS INTEGER) "
    "FROM milestones "
    "WHERE planned_end IS NOT NULL AND planned_end < ?1 "
    "  AND percent < 100 AND actual_end IS NULL "
    "GROUP BY project_id";
  /* Open (raised or assigned) issues past their deadline. */
  static const char issues_sql[] =
    "SELECT project_id, COUNT(*) FROM issues "
    "WHERE deleted = 0 AND status IN ('raised', 'assigned') "
    "  AND deadline IS NOT NULL AND deadline < ?1 "
    "GROUP BY project_id";
  g_autoptr(GHashTable) lateness = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, g_free);
  g_autofree char *today_iso = NULL;
  GListModel *projects;
  GHashTable *result;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (rules != NULL && today != NULL, NULL);

  today_iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (today),
                               g_date_get_month (today), g_date_get_day (today));
  if (!collect (store, lateness, milestones_sql, today_iso, TRUE, error) ||
      !collect (store, lateness, issues_sql, today_iso, FALSE, error))
    return NULL;

  result = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  if (reasons != NULL)
    *reasons = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  projects = gt_store_get_projects (store);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      gint64 id = gt_project_get_id (project);
      Lateness *late = g_hash_table_lookup (lateness, &id);
      GtRagInput input = {
        .stage = gt_project_get_stage (project),
        .planned_start = gt_project_get_planned_start (project),
        .actual_start = gt_project_get_actual_start (project),
        .annual_plan = gt_project_get_annual_plan (project),
        .completed = gt_project_get_completed (project),
        .overdue_milestones = late ? late->overdue_milestones : 0,
        .worst_milestone_days = late ? late->worst_milestone_days : 0,
        .overdue_issues = late ? late->overdue_issues : 0,
      };
      gint64 *key = g_new (gint64, 1);
      guint why = 0;

      *key = id;
      g_hash_table_insert (result, key,
                           GINT_TO_POINTER (gt_rag_judge (rules, &input, today, &why)));
      if (reasons != NULL)
        g_hash_table_insert (*reasons, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (why));
    }

  return result;
}
