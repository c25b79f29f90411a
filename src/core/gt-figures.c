/* gt-figures.c: the figures of a monthly notice.
 *
 * Like the summary, the figures are read from the file with a few queries (one
 * row per project, one per issue, the names) and summed here, so that the
 * command line and print get them without the window, and so that they are a
 * reading of the data independent of the live objects the views show.
 *
 * Dates are compared as ISO text ('YYYY-MM-DD' sorts as it reads).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-figures.h"
#include "gt-format.h"
#include "gt-store-private.h"

static const GtStartTargets default_targets = {
  .by_march = 0.5,
  .by_june = 0.8,
};

/* ?1 the year. */
static const GtDbQuery projects_query =
  GT_DB_QUERY ("figures-projects",
               "SELECT p.id, p.stage, COALESCE(p.locality_id, 0), COALESCE(p.unit_id, 0),"
               "       COALESCE(p.leader_id, 0), p.total_investment, p.planned_start,"
               "       p.actual_start,"
               "       COALESCE((SELECT a.amount FROM annual_plans a"
               "                 WHERE a.project_id = p.id AND a.year = ?1), 0)"
               " FROM projects p WHERE p.deleted = 0");

/* ?1 the first month 'YYYY-01', ?2 month N 'YYYY-MM'. */
static const GtDbQuery reports_query =
  GT_DB_QUERY ("figures-reports",
               "SELECT r.project_id, r.month, r.completed"
               " FROM monthly_reports r JOIN projects p ON p.id = r.project_id"
               " WHERE p.deleted = 0 AND r.month >= ?1 AND r.month <= ?2");

static const GtDbQuery issues_query =
  GT_DB_QUERY ("figures-issues",
               "SELECT i.project_id, i.category, i.status, i.raised_on, i.resolved_on,"
               "       i.closed_on, i.deadline, COALESCE(i.unit_id, 0)"
               " FROM issues i JOIN projects p ON p.id = i.project_id"
               " WHERE i.deleted = 0 AND p.deleted = 0");

/* Names of deleted rows too: a project keeps the name it was filed under. */
static const GtDbQuery names_query =
  GT_DB_QUERY ("figures-names",
               "SELECT 'u', id, name FROM units UNION ALL SELECT 'l', id, name FROM leaders");

/* What a query binds: PostgreSQL must know every parameter it numbers, so the
 * queries number only those they use, from ?1. */
typedef enum {
  BIND_NOTHING,
  BIND_YEAR,     /* ?1 the year */
  BIND_MONTHS,   /* ?1 the first month, ?2 the last */
} Binding;

typedef enum {
  BY_LOCALITY,
  BY_UNIT,
  BY_LEADER,
  N_GROUPINGS
} Grouping;

typedef struct {
  gint64 owner[N_GROUPINGS];    /* locality, unit, leader ids; 0 for none */
} ProjectOwners;

typedef struct {
  GtFigures   *figures;
  GHashTable  *groups[N_GROUPINGS];  /* id (gint64 *) → GtFiguresGroup * */
  GHashTable  *owners;               /* project id (gint64 *) → ProjectOwners * */
  GHashTable  *unit_names;           /* id → name */
  GHashTable  *leader_names;
  GHashTable  *rags;                 /* project id → GtRag */
  char         year_text[8];
  char         first_month[8];
  char         last_month[8];
  char         as_of_iso[16];   /* for comparing with ISO dates in SQL rows */
} Reading;

double
gt_figures_group_completion_rate (const GtFiguresGroup *group)
{
  g_return_val_if_fail (group != NULL, -1);
  return group->annual_plan > 0 ? (double) group->completed / group->annual_plan : -1;
}

double
gt_figures_group_pro_rata_rate (const GtFiguresGroup *group)
{
  g_return_val_if_fail (group != NULL, -1);
  return group->pro_rata_target > 0 ? (double) group->completed / group->pro_rata_target
                                    : -1;
}

double
gt_figures_group_start_rate (const GtFiguresGroup *group)
{
  g_return_val_if_fail (group != NULL, -1);
  return group->to_start > 0 ? (double) group->started / group->to_start : -1;
}

double
gt_figures_group_resolution_rate (const GtFiguresGroup *group)
{
  guint found;

  g_return_val_if_fail (group != NULL, -1);
  found = group->issues[GT_FIGURES_ISSUES_FOUND];
  return found > 0 ? (double) group->issues[GT_FIGURES_ISSUES_RESOLVED] / found : -1;
}

const GtStartTargets *
gt_start_targets_default (void)
{
  return &default_targets;
}

double
gt_start_targets_for_month (const GtStartTargets *targets,
                            int                   month)
{
  g_return_val_if_fail (targets != NULL, -1);

  if (month >= 6)
    return targets->by_june;
  if (month >= 3)
    return targets->by_march;
  return -1;
}

static void
group_free (gpointer data)
{
  GtFiguresGroup *group = data;

  g_free (group->name);
  g_free (group);
}

void
gt_figures_free (GtFigures *figures)
{
  if (figures == NULL)
    return;

  g_free (figures->total.name);
  g_clear_pointer (&figures->lights, g_hash_table_unref);
  g_clear_pointer (&figures->by_locality, g_ptr_array_unref);
  g_clear_pointer (&figures->by_unit, g_ptr_array_unref);
  g_clear_pointer (&figures->by_leader, g_ptr_array_unref);
  g_free (figures);
}

static GtFiguresGroup *
get_group (Reading  *reading,
           Grouping  grouping,
           gint64    id)
{
  GtFiguresGroup *group = g_hash_table_lookup (reading->groups[grouping], &id);

  if (group == NULL)
    {
      group = g_new0 (GtFiguresGroup, 1);
      group->id = id;
      g_hash_table_insert (reading->groups[grouping], &group->id, group);
    }
  return group;
}

typedef gboolean (*RowFunc) (Reading  *reading,
                             GtDbStmt *stmt);

static gboolean
run_query (GtStore          *store,
           Reading          *reading,
           const GtDbQuery  *query,
           Binding           binding,
           RowFunc           row,
           GError          **error)
{
  GError *local = NULL;
  GtDbStmt *stmt = gt_db_prepare (_gt_store_get_db (store), query, &local);

  if (stmt != NULL)
    {
      if (binding == BIND_YEAR)
        gt_db_stmt_bind_int64 (stmt, 1, reading->figures->year);
      else if (binding == BIND_MONTHS)
        {
          gt_db_stmt_bind_text (stmt, 1, reading->first_month);
          gt_db_stmt_bind_text (stmt, 2, reading->last_month);
        }

      while (gt_db_stmt_next (stmt, &local))
        row (reading, stmt);
      gt_db_stmt_reset (stmt);
    }

  if (local != NULL)
    {
      g_prefix_error (&local, "%s: ", _("Could not read the figures"));
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

static gboolean
name_row (Reading  *reading,
          GtDbStmt *stmt)
{
  GHashTable *names = gt_db_stmt_get_string (stmt, 0)[0] == 'u' ? reading->unit_names
                                                                : reading->leader_names;
  gint64 *id = g_new (gint64, 1);

  *id = gt_db_stmt_get_int64 (stmt, 1);
  g_hash_table_insert (names, id, g_strdup (gt_db_stmt_get_text (stmt, 2)));
  return TRUE;
}

/* Started by the figures' date: an actual start on or before it, or a building
 * stage with no date given (ledgers often carry the stage alone). */
static gboolean
is_started (GtStage     stage,
            const char *actual_start,
            const char *as_of_iso)
{
  if (actual_start != NULL && *actual_start != '\0')
    return strcmp (actual_start, as_of_iso) <= 0;
  return stage >= GT_STAGE_UNDER_CONSTRUCTION;
}

static gboolean
project_row (Reading  *reading,
             GtDbStmt *stmt)
{
  GtFigures *figures = reading->figures;
  gint64 project_id = gt_db_stmt_get_int64 (stmt, 0);
  const char *planned_start = gt_db_stmt_get_text (stmt, 6);
  const char *actual_start = gt_db_stmt_get_text (stmt, 7);
  gint64 plan = gt_db_stmt_get_int64 (stmt, 8);
  ProjectOwners *owners = g_new0 (ProjectOwners, 1);
  gint64 *key = g_new (gint64, 1);
  gboolean has_stage;
  gboolean to_start;
  gboolean started;
  gpointer rag_value;
  GtStage stage;

  has_stage = gt_stage_from_id (gt_db_stmt_get_text (stmt, 1), &stage);
  to_start = planned_start != NULL &&
             strncmp (planned_start, reading->year_text, 4) == 0 && planned_start[4] == '-';
  started = to_start && is_started (has_stage ? stage : GT_STAGE_PLANNED, actual_start,
                                    reading->as_of_iso);

  *key = project_id;
  for (int g = 0; g < N_GROUPINGS; g++)
    owners->owner[g] = gt_db_stmt_get_int64 (stmt, 2 + g);
  g_hash_table_insert (reading->owners, key, owners);

  for (int g = -1; g < N_GROUPINGS; g++)
    {
      GtFiguresGroup *group = g < 0 ? &figures->total : get_group (reading, g, owners->owner[g]);

      group->projects++;
      group->total_investment += gt_db_stmt_get_int64 (stmt, 5);
      group->annual_plan += plan;
      group->pro_rata_target += gt_rag_pro_rata_target (plan, figures->month);
      group->to_start += to_start;
      group->started += started;
      if (has_stage)
        group->by_stage[stage]++;
      if (reading->rags != NULL &&
          g_hash_table_lookup_extended (reading->rags, &project_id, NULL, &rag_value))
        group->by_rag[GPOINTER_TO_INT (rag_value)]++;
    }
  return TRUE;
}

static gboolean
report_row (Reading  *reading,
            GtDbStmt *stmt)
{
  GtFigures *figures = reading->figures;
  gint64 project_id = gt_db_stmt_get_int64 (stmt, 0);
  const char *month_text = gt_db_stmt_get_text (stmt, 1);
  gint64 completed = gt_db_stmt_get_int64 (stmt, 2);
  gboolean this_month = g_strcmp0 (month_text, reading->last_month) == 0;
  ProjectOwners *owners = g_hash_table_lookup (reading->owners, &project_id);
  int month;

  if (owners == NULL || month_text == NULL || strlen (month_text) < 7)
    return TRUE;

  month = atoi (month_text + 5);
  if (month >= 1 && month <= 12)
    figures->completed_by_month[month - 1] += completed;

  for (int g = -1; g < N_GROUPINGS; g++)
    {
      GtFiguresGroup *group = g < 0 ? &figures->total : get_group (reading, g, owners->owner[g]);

      group->completed += completed;
      if (this_month)
        group->completed_month += completed;
    }
  return TRUE;
}

static gboolean
is_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

void
gt_figures_count_issue (GtIssueStatus  status,
                        const GDate   *raised_on,
                        const GDate   *resolved_on,
                        const GDate   *closed_on,
                        const GDate   *deadline,
                        const GDate   *as_of,
                        gboolean       counts[GT_N_FIGURES_ISSUES])
{
  const GDate *done_on;

  for (int k = 0; k < GT_N_FIGURES_ISSUES; k++)
    counts[k] = FALSE;

  /* An issue with no date raised was found when it was filed: before now. */
  counts[GT_FIGURES_ISSUES_FOUND] = !is_set (raised_on) || g_date_compare (raised_on, as_of) <= 0;
  if (!counts[GT_FIGURES_ISSUES_FOUND])
    return;

  /* Resolved by the date it was resolved, or closed when that was skipped; with
   * neither date recorded, by its status alone. */
  done_on = is_set (resolved_on) ? resolved_on : closed_on;
  counts[GT_FIGURES_ISSUES_RESOLVED] = !gt_issue_status_is_open (status) &&
                                       (!is_set (done_on) || g_date_compare (done_on, as_of) <= 0);
  counts[GT_FIGURES_ISSUES_IN_HAND] = !counts[GT_FIGURES_ISSUES_RESOLVED];
  counts[GT_FIGURES_ISSUES_OVERDUE] = counts[GT_FIGURES_ISSUES_IN_HAND] && is_set (deadline) &&
                                      g_date_compare (deadline, as_of) < 0;
}

static const GDate *
column_date (GtDbStmt *stmt,
             int       column,
             GDate    *date)
{
  return gt_date_parse_iso (gt_db_stmt_get_text (stmt, column), date) ? date : NULL;
}

static gboolean
issue_row (Reading  *reading,
           GtDbStmt *stmt)
{
  GtFigures *figures = reading->figures;
  gint64 project_id = gt_db_stmt_get_int64 (stmt, 0);
  gint64 assigned_unit = gt_db_stmt_get_int64 (stmt, 7);
  ProjectOwners *owners = g_hash_table_lookup (reading->owners, &project_id);
  gboolean counts[GT_N_FIGURES_ISSUES];
  GDate raised_on, resolved_on, closed_on, deadline;
  const GDate *closed;
  GtIssueCategory category;
  GtIssueStatus status;

  if (owners == NULL || !gt_issue_status_from_id (gt_db_stmt_get_text (stmt, 2), &status))
    return TRUE;
  if (!gt_issue_category_from_id (gt_db_stmt_get_text (stmt, 1), &category))
    category = GT_ISSUE_CATEGORY_OTHER;

  closed = column_date (stmt, 5, &closed_on);
  gt_figures_count_issue (status, column_date (stmt, 3, &raised_on),
                          column_date (stmt, 4, &resolved_on), closed,
                          column_date (stmt, 6, &deadline), &figures->as_of, counts);
  if (!counts[GT_FIGURES_ISSUES_FOUND])
    return TRUE;

  for (int g = -1; g < N_GROUPINGS; g++)
    {
      GtFiguresGroup *group;

      if (g < 0)
        group = &figures->total;
      else if (g == BY_UNIT && assigned_unit != 0)
        group = get_group (reading, g, assigned_unit);
      else
        group = get_group (reading, g, owners->owner[g]);

      for (int k = 0; k < GT_N_FIGURES_ISSUES; k++)
        group->issues[k] += counts[k];
    }

  for (int k = 0; k < GT_N_FIGURES_ISSUES; k++)
    figures->issues_by_category[category][k] += counts[k];
  if (counts[GT_FIGURES_ISSUES_RESOLVED] && status == GT_ISSUE_STATUS_CLOSED &&
      (closed == NULL || g_date_compare (closed, &figures->as_of) <= 0))
    figures->issues_closed++;
  return TRUE;
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const GtFiguresGroup *group_a = *(GtFiguresGroup * const *) a;
  const GtFiguresGroup *group_b = *(GtFiguresGroup * const *) b;

  /* Projects with no locality, unit or leader last. */
  if ((group_a->id == 0) != (group_b->id == 0))
    return group_a->id == 0 ? 1 : -1;
  return g_utf8_collate (group_a->name, group_b->name);
}

static GPtrArray *
collect_groups (Reading    *reading,
                Grouping    grouping,
                GHashTable *names)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func (group_free);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, reading->groups[grouping]);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GtFiguresGroup *group = value;
      const char *name = g_hash_table_lookup (names, &group->id);

      group->name = g_strdup (group->id != 0 && name != NULL ? name : _("Not assigned"));
      g_hash_table_iter_steal (&iter);
      g_ptr_array_add (groups, group);
    }
  g_ptr_array_sort (groups, compare_groups);
  return groups;
}

static void
set_as_of (GtFigures   *figures,
           const GDate *today)
{
  g_date_clear (&figures->as_of, 1);
  g_date_set_dmy (&figures->as_of,
                  g_date_get_days_in_month (figures->month, figures->year),
                  figures->month, figures->year);
  if (today != NULL && g_date_valid (today) && g_date_compare (today, &figures->as_of) < 0)
    figures->as_of = *today;
}

GtFigures *
gt_figures_compute (GtStore              *store,
                    int                   year,
                    int                   month,
                    const GtRagRules     *rules,
                    const GtStartTargets *targets,
                    const GDate          *today,
                    GError              **error)
{
  g_autoptr(GtFigures) figures = NULL;
  g_autofree char *as_of_iso = NULL;
  Reading reading = { NULL, };
  gboolean ok;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (year >= 1 && year <= 9999, NULL);
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (rules == NULL)
    rules = gt_rag_rules_default ();
  if (targets == NULL)
    targets = gt_start_targets_default ();

  figures = g_new0 (GtFigures, 1);
  figures->year = year;
  figures->month = month;
  figures->total.name = g_strdup (_("Total"));
  figures->start_target = gt_start_targets_for_month (targets, month);
  set_as_of (figures, today);

  reading.figures = figures;
  for (int g = 0; g < N_GROUPINGS; g++)
    reading.groups[g] = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, group_free);
  reading.owners = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  reading.unit_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  reading.leader_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_snprintf (reading.year_text, sizeof reading.year_text, "%04d", year);
  g_snprintf (reading.first_month, sizeof reading.first_month, "%04d-01", year);
  g_snprintf (reading.last_month, sizeof reading.last_month, "%04d-%02d", year, month);
  as_of_iso = gt_date_to_iso (&figures->as_of);
  g_strlcpy (reading.as_of_iso, as_of_iso, sizeof reading.as_of_iso);

  reading.rags = gt_rag_judge_as_of (store, rules, &figures->as_of, NULL, error);

  ok = reading.rags != NULL &&
       run_query (store, &reading, &names_query, BIND_NOTHING, name_row, error) &&
       run_query (store, &reading, &projects_query, BIND_YEAR, project_row, error) &&
       run_query (store, &reading, &reports_query, BIND_MONTHS, report_row, error) &&
       run_query (store, &reading, &issues_query, BIND_NOTHING, issue_row, error);

  if (ok)
    {
      figures->by_locality = collect_groups (&reading, BY_LOCALITY, reading.unit_names);
      figures->by_unit = collect_groups (&reading, BY_UNIT, reading.unit_names);
      figures->by_leader = collect_groups (&reading, BY_LEADER, reading.leader_names);
    }

  for (int g = 0; g < N_GROUPINGS; g++)
    g_hash_table_unref (reading.groups[g]);
  g_hash_table_unref (reading.owners);
  g_hash_table_unref (reading.unit_names);
  g_hash_table_unref (reading.leader_names);
  figures->lights = g_steal_pointer (&reading.rags);

  return ok ? g_steal_pointer (&figures) : NULL;
}
