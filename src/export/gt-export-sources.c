/* gt-export-sources.c: the data of prints and exports, from the store.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-briefing.h"
#include "gt-enums.h"
#include "gt-export-sources.h"
#include "gt-format.h"
#include "gt-issue.h"
#include "gt-leader.h"
#include "gt-office-month.h"
#include "gt-project.h"
#include "gt-report-sheet.h"
#include "gt-unit.h"

static GPtrArray *
list_projects (GtStore *store)
{
  GListModel *model = gt_store_get_projects (store);
  guint n = g_list_model_get_n_items (model);
  GPtrArray *projects = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (projects, g_list_model_get_item (model, i));
  return projects;
}

GtGanttRows *
gt_export_gantt_rows (GtStore          *store,
                      const GtRagRules *rules,
                      const GDate      *as_of,
                      GError          **error)
{
  g_autoptr(GPtrArray) projects = list_projects (store);
  g_autoptr(GHashTable) milestones = NULL;
  g_autoptr(GHashTable) lights = NULL;

  milestones = gt_store_list_all_milestones (store, error);
  if (milestones == NULL)
    return NULL;
  /* GtRag and the renderer's statuses share their values. */
  lights = gt_rag_judge_as_of (store, rules, as_of, NULL, error);
  if (lights == NULL)
    return NULL;
  return gt_gantt_rows_new (store, projects, milestones, lights, GT_GANTT_GROUP_LOCALITY);
}

static const char *
unit_name (GtStore *store,
           gint64   id)
{
  GtUnit *unit = id > 0 ? gt_store_lookup_unit (store, id) : NULL;

  return unit != NULL ? gt_unit_get_name (unit) : "";
}

static const char *
leader_name (GtStore *store,
             gint64   id)
{
  GtLeader *leader = id > 0 ? gt_store_lookup_leader (store, id) : NULL;

  return leader != NULL ? gt_leader_get_name (leader) : "";
}

/* "1—3月累计（万元）": the cumulative column of @as_of's month. */
static char *
cumulative_header (const GtAsOf *as_of)
{
  if (as_of->month == 1)
    return g_strdup (C_("reports column", "January (10k yuan)"));
  /* TRANSLATORS: a column of the monthly report, January to month %d;
   * Chinese: 1—%d月累计（万元） */
  return g_strdup_printf (C_("reports column", "January to month %d (10k yuan)"),
                          as_of->month);
}

static void
set_money (GtExportTable *table,
           guint          row,
           guint          column,
           gint64         yuan,
           gboolean       known)
{
  if (known)
    gt_export_table_set_value (table, row, column, yuan);
}

enum {
  REG_CODE, REG_NAME, REG_LOCALITY, REG_UNIT, REG_LEADER, REG_STAGE, REG_START, REG_END,
  REG_TOTAL, REG_PLAN, REG_DONE, REG_RATE
};

GtExportTable *
gt_export_register_table (GtStore       *store,
                          const GtAsOf  *as_of,
                          GError       **error)
{
  g_autoptr(GtReportSheet) sheet = gt_report_sheet_new (store);
  g_autofree char *title = NULL;
  g_autofree char *done_header = cumulative_header (as_of);
  GListModel *lines = G_LIST_MODEL (sheet);
  GtExportTable *table;
  gint64 total = 0, plan = 0, done = 0;
  gboolean any_done = FALSE;
  guint row;

  /* The plan of the month's year, and what was done in it to the month. */
  if (!gt_report_sheet_load (sheet, as_of->year, as_of->month, error))
    return NULL;

  title = g_strdup_printf (_("Register of Key Projects, %d"), as_of->year);
  table = gt_export_table_new (title, _("Register"));
  gt_export_table_set_register (table, gt_store_get_path (store));
  gt_export_table_add_column (table, _("Code"), GT_EXPORT_TEXT, 12);
  gt_export_table_add_column (table, C_("reports column", "Project"), GT_EXPORT_TEXT, 36);
  gt_export_table_add_column (table, _("Locality"), GT_EXPORT_TEXT, 12);
  gt_export_table_add_column (table, _("Responsible unit"), GT_EXPORT_TEXT, 18);
  gt_export_table_add_column (table, _("Leader"), GT_EXPORT_TEXT, 10);
  gt_export_table_add_column (table, _("Stage"), GT_EXPORT_TEXT, 10);
  gt_export_table_add_column (table, _("Planned start"), GT_EXPORT_DATE, 12);
  gt_export_table_add_column (table, _("Planned end"), GT_EXPORT_DATE, 12);
  gt_export_table_add_column (table, _("Total investment (10k yuan)"), GT_EXPORT_WAN, 14);
  gt_export_table_add_column (table, _("Year plan (10k yuan)"), GT_EXPORT_WAN, 14);
  gt_export_table_add_column (table, done_header, GT_EXPORT_WAN, 14);
  gt_export_table_add_column (table, _("Of year plan"), GT_EXPORT_PERCENT, 10);

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(GtReportRow) line = g_list_model_get_item (lines, i);
      GtProject *p = gt_report_row_get_project (line);
      gint64 p_plan = gt_report_row_get_annual_plan (line);
      gint64 p_done = gt_report_row_get_cumulative (line);
      gboolean has_done = gt_report_row_has_cumulative (line);

      row = gt_export_table_add_row (table, GT_EXPORT_ROW_PLAIN);
      gt_export_table_set_text (table, row, REG_CODE, gt_project_get_code (p));
      gt_export_table_set_text (table, row, REG_NAME, gt_project_get_name (p));
      gt_export_table_set_text (table, row, REG_LOCALITY,
                                unit_name (store, gt_project_get_locality_id (p)));
      gt_export_table_set_text (table, row, REG_UNIT,
                                unit_name (store, gt_project_get_unit_id (p)));
      gt_export_table_set_text (table, row, REG_LEADER,
                                leader_name (store, gt_project_get_leader_id (p)));
      gt_export_table_set_text (table, row, REG_STAGE,
                                gt_stage_get_label (gt_project_get_stage (p)));
      gt_export_table_set_date (table, row, REG_START, gt_project_get_planned_start (p));
      gt_export_table_set_date (table, row, REG_END, gt_project_get_planned_end (p));
      set_money (table, row, REG_TOTAL, gt_project_get_total_investment (p),
                 gt_project_get_total_investment (p) > 0);
      set_money (table, row, REG_PLAN, p_plan, p_plan > 0);
      set_money (table, row, REG_DONE, p_done, has_done);
      if (p_plan > 0 && has_done)
        gt_export_table_set_value (table, row, REG_RATE, (double) p_done / p_plan);
      total += gt_project_get_total_investment (p);
      plan += p_plan;
      done += p_done;
      any_done |= has_done;
    }

  row = gt_export_table_add_row (table, GT_EXPORT_ROW_TOTAL);
  gt_export_table_set_text (table, row, REG_CODE, _("Total"));
  set_money (table, row, REG_TOTAL, total, total > 0);
  set_money (table, row, REG_PLAN, plan, plan > 0);
  set_money (table, row, REG_DONE, done, any_done);
  if (plan > 0 && any_done)
    gt_export_table_set_value (table, row, REG_RATE, (double) done / plan);
  return table;
}

/* The columns of the monthly report (月报) as offices file it. */
enum {
  REP_NO, REP_NAME, REP_TOTAL, REP_PLAN, REP_MONTH, REP_CUMULATIVE, REP_SHARE, REP_POINTS,
  REP_NOTE, REP_PROBLEMS, REP_UNIT, REP_LEADER
};

typedef struct {
  gint64   total, plan, month, cumulative;
  gboolean has_month, has_cumulative;
} Sums;

static void
add_line (Sums                 *sums,
          const GtBriefingLine *line)
{
  sums->total += line->total_investment;
  sums->plan += line->annual_plan;
  sums->cumulative += line->completed;
  sums->has_cumulative |= line->has_completed;
  if (line->completed_month >= 0)
    {
      sums->month += line->completed_month;
      sums->has_month = TRUE;
    }
}

/* The figures of a line or a sum: a blank where there is none. The points are
 * completion's distance from 序时进度, the share of the plan due by the month. */
static void
put_figures (GtExportTable *table,
             guint          row,
             const GtAsOf  *as_of,
             const Sums    *sums)
{
  set_money (table, row, REP_TOTAL, sums->total, sums->total > 0);
  set_money (table, row, REP_PLAN, sums->plan, sums->plan > 0);
  set_money (table, row, REP_MONTH, sums->month, sums->has_month);
  set_money (table, row, REP_CUMULATIVE, sums->cumulative, sums->has_cumulative);
  if (sums->plan > 0 && sums->has_cumulative)
    {
      double share = (double) sums->cumulative / sums->plan;

      gt_export_table_set_value (table, row, REP_SHARE, share);
      gt_export_table_set_value (table, row, REP_POINTS, (share - as_of->month / 12.0) * 100);
    }
}

/* In the register's order, which is the ledger's for an imported one. */
static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const GtBriefingLine *line_a = *(GtBriefingLine * const *) a;
  const GtBriefingLine *line_b = *(GtBriefingLine * const *) b;

  return (line_a->project_id > line_b->project_id) - (line_a->project_id < line_b->project_id);
}

GtExportTable *
gt_export_report_table (GtStore           *store,
                        const GtAsOf      *as_of,
                        GtExportGrouping   grouping,
                        GError           **error)
{
  g_autoptr(GtBriefing) briefing = NULL;
  g_autofree char *month_text = gt_format_month (as_of->year, as_of->month);
  g_autofree char *title = NULL;
  g_autofree char *cumulative = cumulative_header (as_of);
  GtExportTable *table;
  Sums total = { 0 };
  guint row, number = 0;

  /* The briefing the slides show: the same lights, figures and problems. */
  briefing = gt_office_month_briefing (store, as_of->year, as_of->month,
                                       grouping == GT_EXPORT_GROUP_UNIT ? GT_BRIEFING_BY_UNIT
                                                                        : GT_BRIEFING_BY_LOCALITY,
                                       &as_of->day, error);
  if (briefing == NULL)
    return NULL;

  /* TRANSLATORS: the monthly report's title; %s is a month, 2023年3月 */
  title = g_strdup_printf (_("Monthly Report of Key Projects, %s"), month_text);
  table = gt_export_table_new (title, _("Monthly report"));
  gt_export_table_set_register (table, gt_store_get_path (store));
  gt_export_table_add_column (table, _("No."), GT_EXPORT_INTEGER, 5);
  gt_export_table_add_column (table, C_("reports column", "Project"), GT_EXPORT_TEXT, 28);
  gt_export_table_add_column (table, _("Total investment (10k yuan)"), GT_EXPORT_WAN, 13);
  gt_export_table_add_column (table, C_("reports column", "Year plan (10k yuan)"),
                              GT_EXPORT_WAN, 13);
  gt_export_table_add_column (table, C_("reports column", "This month (10k yuan)"),
                              GT_EXPORT_WAN, 12);
  gt_export_table_add_column (table, cumulative, GT_EXPORT_WAN, 13);
  gt_export_table_add_column (table, C_("reports column", "Of year plan (%)"),
                              GT_EXPORT_PERCENT, 9);
  gt_export_table_add_column (table, C_("reports column", "Against the time-proportional "
                                                          "target (points)"),
                              GT_EXPORT_POINTS, 10);
  gt_export_table_add_column (table, C_("reports column", "Physical progress"),
                              GT_EXPORT_TEXT, 28);
  gt_export_table_add_column (table, C_("reports column", "Problems"), GT_EXPORT_TEXT, 28);
  gt_export_table_add_column (table, _("Responsible unit"), GT_EXPORT_TEXT, 14);
  gt_export_table_add_column (table, _("Leader"), GT_EXPORT_TEXT, 8);

  for (guint s = 0; s < briefing->sections->len; s++)
    {
      GtBriefingSection *section = g_ptr_array_index (briefing->sections, s);
      g_autoptr(GPtrArray) lines = g_ptr_array_sized_new (section->lines->len);
      Sums group = { 0 };

      /* The briefing's lines, borrowed; the briefing puts red first. */
      g_ptr_array_extend (lines, section->lines, NULL, NULL);

      /* The group heading is the only place its locality (or unit) is named. */
      row = gt_export_table_add_row (table, GT_EXPORT_ROW_GROUP);
      gt_export_table_set_text (table, row, REP_NO, section->name);

      g_ptr_array_sort (lines, compare_lines);
      for (guint i = 0; i < lines->len; i++)
        {
          const GtBriefingLine *line = g_ptr_array_index (lines, i);
          GtProject *p = gt_store_lookup_project (store, line->project_id);
          Sums one = { 0 };

          add_line (&one, line);
          add_line (&group, line);
          add_line (&total, line);
          row = gt_export_table_add_row (table, GT_EXPORT_ROW_PLAIN);
          gt_export_table_set_row_light (table, row, line->rag);
          gt_export_table_set_value (table, row, REP_NO, ++number);
          gt_export_table_set_text (table, row, REP_NAME, line->name);
          put_figures (table, row, as_of, &one);
          gt_export_table_set_text (table, row, REP_NOTE, line->progress_note);
          gt_export_table_set_text (table, row, REP_PROBLEMS, line->problems);
          if (p != NULL)
            {
              gt_export_table_set_text (table, row, REP_UNIT,
                                        unit_name (store, gt_project_get_unit_id (p)));
              gt_export_table_set_text (table, row, REP_LEADER,
                                        leader_name (store, gt_project_get_leader_id (p)));
            }
        }

      row = gt_export_table_add_row (table, GT_EXPORT_ROW_TOTAL);
      /* TRANSLATORS: a group's subtotal in the monthly report */
      gt_export_table_set_text (table, row, REP_NAME, _("Subtotal"));
      put_figures (table, row, as_of, &group);
    }

  row = gt_export_table_add_row (table, GT_EXPORT_ROW_TOTAL);
  gt_export_table_set_text (table, row, REP_NAME, _("Total"));
  put_figures (table, row, as_of, &total);
  return table;
}

enum {
  ISS_NO, ISS_PROJECT, ISS_DESCRIPTION, ISS_CATEGORY, ISS_UNIT, ISS_LEADER, ISS_RAISED,
  ISS_DEADLINE, ISS_STATUS, ISS_OVERDUE, ISS_RESOLUTION
};

static int
compare_issues (gconstpointer a,
                gconstpointer b)
{
  GtIssue *ia = *(GtIssue **) a;
  GtIssue *ib = *(GtIssue **) b;
  gboolean open_a = gt_issue_status_is_open (gt_issue_get_status (ia));
  gboolean open_b = gt_issue_status_is_open (gt_issue_get_status (ib));
  const GDate *da = gt_issue_get_deadline (ia);
  const GDate *db = gt_issue_get_deadline (ib);
  gboolean va = da != NULL && g_date_valid (da);
  gboolean vb = db != NULL && g_date_valid (db);

  if (open_a != open_b)
    return open_a ? -1 : 1;
  if (va != vb)
    return va ? -1 : 1;
  if (va && g_date_compare (da, db) != 0)
    return g_date_compare (da, db);
  return gt_issue_get_id (ia) < gt_issue_get_id (ib) ? -1 : 1;
}

/* How @issue counts at the end of @as_of's month, as the figures count it. */
static void
count_issue (GtIssue      *issue,
             const GtAsOf *as_of,
             gboolean      counts[GT_N_FIGURES_ISSUES])
{
  gt_figures_count_issue (gt_issue_get_status (issue), gt_issue_get_raised_on (issue),
                          gt_issue_get_resolved_on (issue), gt_issue_get_closed_on (issue),
                          gt_issue_get_deadline (issue), &as_of->day, counts);
}

GtExportTable *
gt_export_issues_table (GtStore      *store,
                        const GtAsOf *as_of)
{
  g_autofree char *month_text = gt_format_month (as_of->year, as_of->month);
  /* TRANSLATORS: %s is a month, 2023年3月 */
  g_autofree char *title = g_strdup_printf (_("Issue Ledger of Key Projects, %s"), month_text);
  GtExportTable *table = gt_export_table_new (title, _("Issue ledger"));
  GListModel *model = gt_store_get_issues (store);
  g_autoptr(GPtrArray) issues = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (model);

  gt_export_table_set_register (table, gt_store_get_path (store));
  gt_export_table_add_column (table, _("No."), GT_EXPORT_INTEGER, 6);
  gt_export_table_add_column (table, _("Project"), GT_EXPORT_TEXT, 28);
  gt_export_table_add_column (table, _("Issue"), GT_EXPORT_TEXT, 40);
  gt_export_table_add_column (table, _("Category"), GT_EXPORT_TEXT, 10);
  gt_export_table_add_column (table, _("Responsible unit"), GT_EXPORT_TEXT, 16);
  gt_export_table_add_column (table, _("Leader"), GT_EXPORT_TEXT, 10);
  gt_export_table_add_column (table, C_("issue ledger column", "Date raised"),
                              GT_EXPORT_DATE, 12);
  gt_export_table_add_column (table, _("Deadline"), GT_EXPORT_DATE, 12);
  gt_export_table_add_column (table, _("Status"), GT_EXPORT_TEXT, 10);
  gt_export_table_add_column (table, _("Overdue"), GT_EXPORT_TEXT, 8);
  gt_export_table_add_column (table, _("Resolution"), GT_EXPORT_TEXT, 30);

  /* The issues found by the end of the month: a later one was not there yet. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (model, i);
      gboolean counts[GT_N_FIGURES_ISSUES];

      count_issue (issue, as_of, counts);
      if (counts[GT_FIGURES_ISSUES_FOUND])
        g_ptr_array_add (issues, g_steal_pointer (&issue));
    }
  g_ptr_array_sort (issues, compare_issues);

  for (guint i = 0; i < issues->len; i++)
    {
      GtIssue *issue = issues->pdata[i];
      GtProject *project = gt_store_lookup_project (store, gt_issue_get_project_id (issue));
      guint row = gt_export_table_add_row (table, GT_EXPORT_ROW_PLAIN);
      gboolean counts[GT_N_FIGURES_ISSUES];

      count_issue (issue, as_of, counts);
      gt_export_table_set_value (table, row, ISS_NO, i + 1);
      gt_export_table_set_text (table, row, ISS_PROJECT,
                                project != NULL ? gt_project_get_name (project) : "");
      gt_export_table_set_text (table, row, ISS_DESCRIPTION, gt_issue_get_description (issue));
      gt_export_table_set_text (table, row, ISS_CATEGORY,
                                gt_issue_category_get_label (gt_issue_get_category (issue)));
      gt_export_table_set_text (table, row, ISS_UNIT,
                                unit_name (store, gt_issue_get_unit_id (issue)));
      gt_export_table_set_text (table, row, ISS_LEADER,
                                leader_name (store, gt_issue_get_leader_id (issue)));
      gt_export_table_set_date (table, row, ISS_RAISED, gt_issue_get_raised_on (issue));
      gt_export_table_set_date (table, row, ISS_DEADLINE, gt_issue_get_deadline (issue));
      gt_export_table_set_text (table, row, ISS_STATUS,
                                gt_issue_status_get_label (gt_issue_get_status (issue)));
      gt_export_table_set_text (table, row, ISS_OVERDUE,
                                counts[GT_FIGURES_ISSUES_OVERDUE] ? _("Yes") : "");
      gt_export_table_set_text (table, row, ISS_RESOLUTION, gt_issue_get_resolution (issue));
    }
  return table;
}
