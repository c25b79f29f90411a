/* gt-summary.c: the headline figures of a year's register.
 *
 * The figures are read from the file with a few aggregate queries rather than by
 * walking the live objects, so that the command line gets them without loading
 * every row, and so that they are a second, independent reading of the data the
 * views show.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <time.h>

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-store-private.h"
#include "gt-summary.h"

/* Live projects only; a deleted project takes its plans, reports and issues with
 * it. */
static const GtDbQuery projects_query =
  GT_DB_QUERY ("summary-projects",
               "SELECT stage, COUNT(*), COALESCE(SUM(total_investment), 0)"
               " FROM projects WHERE deleted = 0 GROUP BY stage");

/* ?1 the year. */
static const GtDbQuery plan_query =
  GT_DB_QUERY ("summary-plan",
               "SELECT COALESCE(SUM(a.amount), 0)"
               " FROM annual_plans a JOIN projects p ON p.id = a.project_id"
               " WHERE p.deleted = 0 AND a.year = ?1");

/* Months are 'YYYY-MM' text, so the year's months sort between these bounds,
 * ?1 and ?2. */
static const GtDbQuery completed_query =
  GT_DB_QUERY ("summary-completed",
               "SELECT COALESCE(SUM(r.completed), 0)"
               " FROM monthly_reports r JOIN projects p ON p.id = r.project_id"
               " WHERE p.deleted = 0 AND r.month >= ?1 AND r.month <= ?2");

/* ?1 today. SQLite sums the truth of a comparison as 0 or 1; PostgreSQL's
 * booleans do not add up, so it counts the rows that match. */
static const GtDbQuery issues_query = {
  "summary-issues",
  "SELECT i.status, COUNT(*),"
  "       SUM(i.status IN ('raised', 'assigned') AND i.deadline IS NOT NULL"
  "           AND i.deadline < ?1)"
  " FROM issues i JOIN projects p ON p.id = i.project_id"
  " WHERE i.deleted = 0 AND p.deleted = 0 GROUP BY i.status",
  "SELECT i.status, COUNT(*),"
  "       COUNT(*) FILTER (WHERE i.status IN ('raised', 'assigned')"
  "                          AND i.deadline IS NOT NULL AND i.deadline < $1)"
  " FROM issues i JOIN projects p ON p.id = i.project_id"
  " WHERE i.deleted = 0 AND p.deleted = 0 GROUP BY i.status",
};

/* What a query binds: PostgreSQL must know every parameter it numbers, so the
 * queries number only those they use, from ?1. */
typedef enum {
  BIND_NOTHING,
  BIND_YEAR,    /* ?1 the year */
  BIND_TEXT,    /* ?1 and ?2 the texts given (a NULL text binds nothing) */
} Binding;

/* Runs @query bound as @binding says; calls @row for each row. */
typedef void (*RowFunc) (GtDbStmt  *stmt,
                         GtSummary *summary);

static gboolean
run_query (GtStore          *store,
           const GtDbQuery  *query,
           Binding           binding,
           const char       *text1,
           const char       *text2,
           int               year,
           RowFunc           row,
           GtSummary        *summary,
           GError          **error)
{
  GError *local = NULL;
  GtDbStmt *stmt = gt_db_prepare (_gt_store_get_db (store), query, &local);

  if (stmt != NULL)
    {
      if (binding == BIND_YEAR)
        gt_db_stmt_bind_int64 (stmt, 1, year);
      else if (binding == BIND_TEXT)
        {
          if (text1 != NULL)
            gt_db_stmt_bind_text (stmt, 1, text1);
          if (text2 != NULL)
            gt_db_stmt_bind_text (stmt, 2, text2);
        }

      while (gt_db_stmt_next (stmt, &local))
        row (stmt, summary);
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

static guint
column_count (GtDbStmt *stmt,
              int       column)
{
  return (guint) MAX (gt_db_stmt_get_int64 (stmt, column), 0);
}

static void
projects_row (GtDbStmt  *stmt,
              GtSummary *summary)
{
  GtStage stage;
  guint count = column_count (stmt, 1);

  summary->projects += count;
  summary->total_investment += gt_db_stmt_get_int64 (stmt, 2);
  /* The schema's CHECK admits only known stages; a row that still does not parse
   * is counted as a project but in no stage. */
  if (gt_stage_from_id (gt_db_stmt_get_text (stmt, 0), &stage))
    summary->by_stage[stage] += count;
}

static void
plan_row (GtDbStmt  *stmt,
          GtSummary *summary)
{
  summary->annual_plan = gt_db_stmt_get_int64 (stmt, 0);
}

static void
completed_row (GtDbStmt  *stmt,
               GtSummary *summary)
{
  summary->completed = gt_db_stmt_get_int64 (stmt, 0);
}

static void
issues_row (GtDbStmt  *stmt,
            GtSummary *summary)
{
  GtIssueStatus status;
  guint count = column_count (stmt, 1);

  summary->issues_total += count;
  summary->issues_overdue += column_count (stmt, 2);
  if (!gt_issue_status_from_id (gt_db_stmt_get_text (stmt, 0), &status))
    return;

  if (gt_issue_status_is_open (status))
    summary->issues_open += count;
  else if (status == GT_ISSUE_STATUS_RESOLVED)
    summary->issues_resolved += count;
  else
    summary->issues_closed += count;
}

gboolean
gt_summary_compute (GtStore      *store,
                    int           year,
                    const GDate  *today,
                    GtSummary    *summary,
                    GError      **error)
{
  g_autofree char *today_iso = NULL;
  g_autofree char *first_month = NULL;
  g_autofree char *last_month = NULL;
  GDate now;

  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (today == NULL || !g_date_valid (today))
    {
      g_date_clear (&now, 1);
      g_date_set_time_t (&now, time (NULL));
      today = &now;
    }

  memset (summary, 0, sizeof *summary);
  summary->year = year;
  today_iso = gt_date_to_iso (today);
  first_month = g_strdup_printf ("%04d-01", year);
  last_month = g_strdup_printf ("%04d-12", year);

  return run_query (store, &projects_query, BIND_NOTHING, NULL, NULL, year, projects_row,
                    summary, error) &&
         run_query (store, &plan_query, BIND_YEAR, NULL, NULL, year, plan_row, summary,
                    error) &&
         run_query (store, &completed_query, BIND_TEXT, first_month, last_month, year,
                    completed_row, summary, error) &&
         run_query (store, &issues_query, BIND_TEXT, today_iso, NULL, year, issues_row,
                    summary, error);
}

char *
gt_summary_to_json (const GtSummary *summary)
{
  GString *json;

  g_return_val_if_fail (summary != NULL, NULL);

  /* Every value is a number and every key a fixed ASCII identifier: nothing here
   * needs escaping. */
  json = g_string_new ("{\n");
  g_string_append_printf (json, "  \"projects\": %u,\n", summary->projects);
  g_string_append_printf (json, "  \"total_investment_yuan\": %" G_GINT64_FORMAT ",\n",
                          summary->total_investment);
  g_string_append_printf (json, "  \"annual_plan_yuan\": %" G_GINT64_FORMAT ",\n",
                          summary->annual_plan);
  g_string_append_printf (json, "  \"completed_yuan\": %" G_GINT64_FORMAT ",\n",
                          summary->completed);
  g_string_append_printf (json, "  \"year\": %d,\n", summary->year);
  g_string_append (json, "  \"by_stage\": {");
  for (guint s = 0; s < GT_N_STAGES; s++)
    g_string_append_printf (json, "%s\n    \"%s\": %u", s > 0 ? "," : "",
                            gt_stage_to_id ((GtStage) s), summary->by_stage[s]);
  g_string_append (json, "\n  },\n");
  g_string_append_printf (json,
                          "  \"issues\": {\n"
                          "    \"total\": %u,\n"
                          "    \"open\": %u,\n"
                          "    \"resolved\": %u,\n"
                          "    \"closed\": %u,\n"
                          "    \"overdue\": %u\n"
                          "  }\n",
                          summary->issues_total, summary->issues_open,
                          summary->issues_resolved, summary->issues_closed,
                          summary->issues_overdue);
  g_string_append (json, "}\n");

  return g_string_free (json, FALSE);
}

char *
gt_summary_to_text (const GtSummary *summary)
{
  g_autofree char *total = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *completed = NULL;
  g_autofree char *ratio = NULL;
  GString *text;

  g_return_val_if_fail (summary != NULL, NULL);

  total = gt_format_money (summary->total_investment);
  plan = gt_format_money (summary->annual_plan);
  completed = gt_format_money (summary->completed);
  ratio = gt_format_percent (summary->annual_plan > 0
                             ? (double) summary->completed / (double) summary->annual_plan
                             : -1.0);

  text = g_string_new (NULL);
  g_string_append_printf (text, _("Key projects of %d"), summary->year);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Projects: %u"), summary->projects);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Total investment: %s"), total);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Planned investment for the year: %s"), plan);
  g_string_append_c (text, '\n');
  /* Translators: the first %s is an amount, the second the share of the year's
   * plan, e.g. "45.3%" */
  g_string_append_printf (text, _("Investment completed: %s (%s of the plan)"),
                          completed, ratio);
  g_string_append_c (text, '\n');

  g_string_append (text, _("By stage:"));
  g_string_append_c (text, '\n');
  for (guint s = 0; s < GT_N_STAGES; s++)
    {
      /* Translators: a stage and the number of projects in it, e.g. "Signed: 4" */
      g_string_append_printf (text, _("  %s: %u"), gt_stage_get_label ((GtStage) s),
                              summary->by_stage[s]);
      g_string_append_c (text, '\n');
    }

  /* Resolved here counts those struck off the ledger too, as the office does. */
  g_string_append_printf (text, _("Found %u issues, %u resolved, %u in hand, %u overdue"),
                          summary->issues_total,
                          summary->issues_resolved + summary->issues_closed,
                          summary->issues_open, summary->issues_overdue);
  g_string_append_c (text, '\n');

  return g_string_free (text, FALSE);
}
