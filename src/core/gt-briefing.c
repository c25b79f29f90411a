/* gt-briefing.c: what the monthly advancement meeting is shown.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-briefing.h"
#include "gt-report-sheet.h"

static const char * const grouping_ids[GT_N_BRIEFING_GROUPINGS] = {
  "locality", "unit", "leader",
};

const char *
gt_briefing_grouping_to_id (GtBriefingGrouping grouping)
{
  g_return_val_if_fail ((guint) grouping < GT_N_BRIEFING_GROUPINGS, NULL);
  return grouping_ids[grouping];
}

gboolean
gt_briefing_grouping_from_id (const char         *id,
                              GtBriefingGrouping *grouping)
{
  for (guint i = 0; id != NULL && i < GT_N_BRIEFING_GROUPINGS; i++)
    if (g_str_equal (id, grouping_ids[i]))
      {
        if (grouping != NULL)
          *grouping = i;
        return TRUE;
      }
  return FALSE;
}

static void
line_free (gpointer data)
{
  GtBriefingLine *line = data;

  g_free (line->name);
  g_free (line->progress_note);
  g_free (line->problems);
  g_free (line);
}

static void
section_free (gpointer data)
{
  GtBriefingSection *section = data;

  g_free (section->name);
  g_ptr_array_unref (section->lines);
  g_free (section);
}

static void
issue_free (gpointer data)
{
  GtBriefingIssue *issue = data;

  g_free (issue->project_name);
  g_free (issue->description);
  g_free (issue->unit_name);
  g_free (issue);
}

void
gt_briefing_free (GtBriefing *briefing)
{
  if (briefing == NULL)
    return;

  g_clear_pointer (&briefing->figures, gt_figures_free);
  g_clear_pointer (&briefing->sections, g_ptr_array_unref);
  g_clear_pointer (&briefing->overdue_issues, g_ptr_array_unref);
  g_clear_pointer (&briefing->lagging, g_array_unref);
  g_free (briefing);
}

static gint64
owner_of (GtProject          *project,
          GtBriefingGrouping  grouping)
{
  switch (grouping)
    {
    case GT_BRIEFING_BY_LOCALITY:
      return gt_project_get_locality_id (project);
    case GT_BRIEFING_BY_UNIT:
      return gt_project_get_unit_id (project);
    case GT_BRIEFING_BY_LEADER:
      return gt_project_get_leader_id (project);
    case GT_N_BRIEFING_GROUPINGS:
    default:
      g_return_val_if_reached (0);
    }
}

static char *
owner_name (GtStore            *store,
            GtBriefingGrouping  grouping,
            gint64              id)
{
  if (grouping == GT_BRIEFING_BY_LEADER)
    {
      GtLeader *leader = gt_store_lookup_leader (store, id);

      if (leader != NULL)
        return g_strdup (gt_leader_get_name (leader));
    }
  else
    {
      GtUnit *unit = gt_store_lookup_unit (store, id);

      if (unit != NULL)
        return g_strdup (gt_unit_get_name (unit));
    }
  return g_strdup (_("Not assigned"));
}

static void
string_free (gpointer data)
{
  g_string_free (data, TRUE);
}

/* Issues in hand by project: project id → GString of descriptions. */
static GHashTable *
collect_problems (GtStore    *store,
                  GtBriefing *briefing)
{
  GListModel *issues = gt_store_get_issues (store);
  GHashTable *problems = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                string_free);
  const GDate *as_of = &briefing->figures->as_of;

  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);
      gint64 project_id = gt_issue_get_project_id (issue);
      const GDate *deadline = gt_issue_get_deadline (issue);
      gboolean counts[GT_N_FIGURES_ISSUES];
      GString *text;

      /* As the figures count them: in hand at the end of the month. */
      gt_figures_count_issue (gt_issue_get_status (issue), gt_issue_get_raised_on (issue),
                              gt_issue_get_resolved_on (issue), gt_issue_get_closed_on (issue),
                              deadline, as_of, counts);
      if (!counts[GT_FIGURES_ISSUES_IN_HAND])
        continue;

      text = g_hash_table_lookup (problems, &project_id);
      if (text == NULL)
        {
          gint64 *key = g_new (gint64, 1);

          *key = project_id;
          text = g_string_new (NULL);
          g_hash_table_insert (problems, key, text);
        }
      else
        g_string_append (text, "；");
      g_string_append (text, gt_issue_get_description (issue));

      if (counts[GT_FIGURES_ISSUES_OVERDUE])
        {
          GtBriefingIssue *overdue = g_new0 (GtBriefingIssue, 1);
          GtProject *project = gt_store_lookup_project (store, project_id);
          GtUnit *unit = gt_store_lookup_unit (store, gt_issue_get_unit_id (issue));

          overdue->project_name = g_strdup (project != NULL ? gt_project_get_name (project) : "");
          overdue->description = g_strdup (gt_issue_get_description (issue));
          overdue->unit_name = g_strdup (unit != NULL ? gt_unit_get_name (unit) : "");
          overdue->category = gt_issue_get_category (issue);
          overdue->deadline = *deadline;
          overdue->days_overdue = g_date_days_between (deadline, as_of);
          g_ptr_array_add (briefing->overdue_issues, overdue);
        }
    }
  return problems;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const GtBriefingLine *line_a = *(GtBriefingLine * const *) a;
  const GtBriefingLine *line_b = *(GtBriefingLine * const *) b;

  /* Red first, then amber: the meeting talks about those. */
  if (line_a->rag != line_b->rag)
    return line_a->rag > line_b->rag ? -1 : 1;
  return g_utf8_collate (line_a->name, line_b->name);
}

static int
compare_sections (gconstpointer a,
                  gconstpointer b)
{
  const GtBriefingSection *section_a = *(GtBriefingSection * const *) a;
  const GtBriefingSection *section_b = *(GtBriefingSection * const *) b;

  return g_utf8_collate (section_a->name, section_b->name);
}

static int
compare_issues (gconstpointer a,
                gconstpointer b)
{
  const GtBriefingIssue *issue_a = *(GtBriefingIssue * const *) a;
  const GtBriefingIssue *issue_b = *(GtBriefingIssue * const *) b;

  return issue_b->days_overdue - issue_a->days_overdue;
}

/* The issues in hand, and the problems the month's report names unless an
 * issue says the same (a ledger's 存在问题 opens an issue of the same words). */
static char *
join_problems (const char *issues,
               const char *reported)
{
  g_autofree char *told = g_strstrip (g_strdup (reported != NULL ? reported : ""));

  if (*told == '\0' || strstr (issues, told) != NULL)
    return g_strdup (issues);
  if (*issues == '\0')
    return g_steal_pointer (&told);
  return g_strconcat (issues, "；", told, NULL);
}

static GtBriefingLine *
line_new (GtReportRow *row,
          GHashTable  *rags,
          GHashTable  *problems)
{
  GtProject *project = gt_report_row_get_project (row);
  GtMonthlyReport *report = gt_report_row_get_report (row);
  GtBriefingLine *line = g_new0 (GtBriefingLine, 1);
  gint64 id = gt_project_get_id (project);
  GString *open = g_hash_table_lookup (problems, &id);
  gpointer rag = NULL;

  line->project_id = id;
  line->name = g_strdup (gt_project_get_name (project));
  line->stage = gt_project_get_stage (project);
  line->rag = g_hash_table_lookup_extended (rags, &id, NULL, &rag) ? GPOINTER_TO_INT (rag)
                                                                 : GT_RAG_GREEN;
  line->total_investment = gt_project_get_total_investment (project);
  line->annual_plan = gt_report_row_get_annual_plan (row);
  line->completed = gt_report_row_get_cumulative (row);
  line->completed_month = gt_report_row_has_report (row)
                          ? gt_monthly_report_get_completed (report) : -1;
  line->has_completed = gt_report_row_has_cumulative (row);
  line->completion = line->annual_plan > 0 ? (double) line->completed / line->annual_plan : -1;
  line->progress_note = g_strdup (gt_monthly_report_get_progress_note (report));
  line->problems = join_problems (open != NULL ? open->str : "",
                                  gt_monthly_report_get_problems (report));
  return line;
}

GtBriefing *
gt_briefing_new (GtStore              *store,
                 int                   year,
                 int                   month,
                 GtBriefingGrouping    grouping,
                 const GtRagRules     *rules,
                 const GtStartTargets *targets,
                 const GDate          *today,
                 GError              **error)
{
  g_autoptr(GtBriefing) briefing = NULL;
  g_autoptr(GtReportSheet) sheet = NULL;
  g_autoptr(GHashTable) problems = NULL;
  g_autoptr(GHashTable) sections = NULL;
  GListModel *rows;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail ((guint) grouping < GT_N_BRIEFING_GROUPINGS, NULL);

  briefing = g_new0 (GtBriefing, 1);
  briefing->year = year;
  briefing->month = month;
  briefing->grouping = grouping;
  briefing->sections = g_ptr_array_new_with_free_func (section_free);
  briefing->overdue_issues = g_ptr_array_new_with_free_func (issue_free);
  briefing->lagging = g_array_new (FALSE, FALSE, sizeof (gint64));

  briefing->figures = gt_figures_compute (store, year, month, rules, targets, today, error);
  if (briefing->figures == NULL)
    return NULL;
  sheet = gt_report_sheet_new (store);
  if (!gt_report_sheet_load (sheet, year, month, error))
    return NULL;

  problems = collect_problems (store, briefing);
  sections = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  rows = G_LIST_MODEL (sheet);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtReportRow) row = g_list_model_get_item (rows, i);
      GtProject *project = gt_report_row_get_project (row);
      gint64 owner = owner_of (project, grouping);
      GtBriefingSection *section = g_hash_table_lookup (sections, &owner);
      GtBriefingLine *line = line_new (row, briefing->figures->lights, problems);

      if (section == NULL)
        {
          gint64 *key = g_new (gint64, 1);

          *key = owner;
          section = g_new0 (GtBriefingSection, 1);
          section->name = owner_name (store, grouping, owner);
          section->lines = g_ptr_array_new_with_free_func (line_free);
          g_hash_table_insert (sections, key, section);
          g_ptr_array_add (briefing->sections, section);
        }
      if (line->rag != GT_RAG_GREEN)
        g_array_append_val (briefing->lagging, line->project_id);
      g_ptr_array_add (section->lines, line);
    }

  g_ptr_array_sort (briefing->sections, compare_sections);
  for (guint i = 0; i < briefing->sections->len; i++)
    g_ptr_array_sort (((GtBriefingSection *) g_ptr_array_index (briefing->sections, i))->lines,
                      compare_lines);
  g_ptr_array_sort (briefing->overdue_issues, compare_issues);

  return g_steal_pointer (&briefing);
}
