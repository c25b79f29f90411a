/* gt-export-sources.c: the data of prints and exports, from the store.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-enums.h"
#include "gt-export-sources.h"
#include "gt-format.h"
#include "gt-issue.h"
#include "gt-leader.h"
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
                      const GDate      *today,
                      GError          **error)
{
  g_autoptr(GPtrArray) projects = list_projects (store);
  g_autoptr(GHashTable) milestones = NULL;
  g_autoptr(GHashTable) lights = NULL;
  g_autoptr(GHashTable) statuses = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  gpointer key, value;

  milestones = gt_store_list_all_milestones (store, error);
  if (milestones == NULL)
    return NULL;
  lights = gt_rag_judge_all (store, rules, today, error);
  if (lights == NULL)
    return NULL;
  /* GtRag and the renderer's statuses share their values. */
  g_hash_table_iter_init (&iter, lights);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (statuses, key, value);

  return gt_gantt_rows_new (store, projects, milestones, statuses, GT_GANTT_GROUP_LOCALITY);
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

static void
set_date (GtExportTable *table,
          guint          row,
          guint          column,
          const GDate   *date)
{
  char text[16] = "";

  if (date != NULL && g_date_valid (date))
    g_date_strftime (text, sizeof text, "%Y-%m-%d", date);
  gt_export_table_set_text (table, row, column, text);
}

enum {
  REG_CODE, REG_NAME, REG_LOCALITY, REG_UNIT, REG_LEADER, REG_STAGE, REG_START, REG_END,
  REG_TOTAL, REG_PLAN, REG_DONE, REG_RATE
};

GtExportTable *
gt_export_register_table (GtStore *store,
                          int      year)
{
  g_autofree char *title = g_strdup_printf (_("Register of Key Projects, %d"), year);
  GtExportTable *table = gt_export_table_new (title, _("Register"));
  g_autoptr(GPtrArray) projects = list_projects (store);
  gint64 total = 0, plan = 0, done = 0;
  guint row;

  gt_export_table_set_register (table, gt_store_get_path (store));
  gt_export_table_add_column (table, _("Code"), GT_EXPORT_TEXT, 12);
  gt_export_table_add_column (table, C_("reports column", "Project"), GT_EXPORT_TEXT, 36);
  gt_export_table_add_column (table, _("Locality"), GT_EXPORT_TEXT, 12);
  gt_export_table_add_column (table, _("Responsible unit"), GT_EXPORT_TEXT, 18);
  gt_export_table_add_column (table, _("Leader"), GT_EXPORT_TEXT, 10);
  gt_export_table_add_column (table, _("Stage"), GT_EXPORT_TEXT, 10);
  gt_export_table_add_column (table, _("Planned start"), GT_EXPORT_TEXT, 12);
  gt_export_table_add_column (table, _("Planned end"), GT_EXPORT_TEXT, 12);
  gt_export_table_add_column (table, _("Total investment (10k yuan)"), GT_EXPORT_WAN, 14);
  gt_export_table_add_column (table, _("Year plan (10k yuan)"), GT_EXPORT_WAN, 14);
  gt_export_table_add_column (table, _("Completed (10k yuan)"), GT_EXPORT_WAN, 14);
  gt_export_table_add_column (table, _("Of year plan"), GT_EXPORT_PERCENT, 10);

  for (guint i = 0; i < projects->len; i++)
    {
      GtProject *p = projects->pdata[i];
      gint64 p_plan = gt_project_get_annual_plan (p);
      gint64 p_done = gt_project_get_completed (p);

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
      set_date (table, row, REG_START, gt_project_get_planned_start (p));
      set_date (table, row, REG_END, gt_project_get_planned_end (p));
      gt_export_table_set_value (table, row, REG_TOTAL, gt_project_get_total_investment (p));
      gt_export_table_set_value (table, row, REG_PLAN, p_plan);
      gt_export_table_set_value (table, row, REG_DONE, p_done);
      if (p_plan > 0)
        gt_export_table_set_value (table, row, REG_RATE, (double) p_done / p_plan);
      total += gt_project_get_total_investment (p);
      plan += p_plan;
      done += p_done;
    }

  row = gt_export_table_add_row (table, GT_EXPORT_ROW_TOTAL);
  gt_export_table_set_text (table, row, REG_CODE, _("Total"));
  gt_export_table_set_value (table, row, REG_TOTAL, total);
  gt_export_table_set_value (table, row, REG_PLAN, plan);
  gt_export_table_set_value (table, row, REG_DONE, done);
  if (plan > 0)
    gt_export_table_set_value (table, row, REG_RATE, (double) done / plan);
  return table;
}

enum {
  REP_NAME, REP_GROUP, REP_PLAN, REP_PREVIOUS, REP_MONTH, REP_CUMULATIVE, REP_SHARE,
  REP_PERCENT, REP_NOTE, REP_PROBLEMS
};

typedef struct {
  gint64 plan, previous, month, cumulative;
} Sums;

static void
put_sums (GtExportTable *table,
          guint          row,
          const Sums    *sums)
{
  gt_export_table_set_value (table, row, REP_PLAN, sums->plan);
  gt_export_table_set_value (table, row, REP_PREVIOUS, sums->previous);
  gt_export_table_set_value (table, row, REP_MONTH, sums->month);
  gt_export_table_set_value (table, row, REP_CUMULATIVE, sums->cumulative);
  if (sums->plan > 0)
    gt_export_table_set_value (table, row, REP_SHARE, (double) sums->cumulative / sums->plan);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  const char *const *la = a;
  const char *const *lb = b;
  int by_group = g_utf8_collate (la[0], lb[0]);

  return by_group != 0 ? by_group : g_utf8_collate (la[1], lb[1]);
}

GtExportTable *
gt_export_report_table (GtStore          *store,
                        int               year,
                        int               month,
                        GtExportGrouping  grouping,
                        GError          **error)
{
  g_autoptr(GtReportSheet) sheet = gt_report_sheet_new (store);
  g_autofree char *title = NULL;
  g_autoptr(GArray) order = NULL;
  GtExportTable *table;
  GListModel *lines;
  Sums total = { 0 }, group = { 0 };
  const char *current = NULL;
  guint n, row;

  if (!gt_report_sheet_load (sheet, year, month, error))
    return NULL;

  /* TRANSLATORS: the monthly report's title; %d年%d月 */
  title = g_strdup_printf (_("Monthly Report of Key Projects, %d-%02d"), year, month);
  table = gt_export_table_new (title, _("Monthly report"));
  gt_export_table_set_register (table, gt_store_get_path (store));
  gt_export_table_add_column (table, C_("reports column", "Project"), GT_EXPORT_TEXT, 36);
  gt_export_table_add_column (table, grouping == GT_EXPORT_GROUP_UNIT
                                     ? _("Responsible unit") : C_("reports column", "Locality"),
                              GT_EXPORT_TEXT, 14);
  gt_export_table_add_column (table, C_("reports column", "Year plan (10k yuan)"),
                              GT_EXPORT_WAN, 13);
  gt_export_table_add_column (table, C_("reports column", "Last month (10k yuan)"),
                              GT_EXPORT_WAN, 13);
  gt_export_table_add_column (table, C_("reports column", "This month (10k yuan)"),
                              GT_EXPORT_WAN, 13);
  gt_export_table_add_column (table, C_("reports column", "Year to date (10k yuan)"),
                              GT_EXPORT_WAN, 13);
  gt_export_table_add_column (table, C_("reports column", "Of year plan"),
                              GT_EXPORT_PERCENT, 10);
  gt_export_table_add_column (table, C_("reports column", "Complete (%)"),
                              GT_EXPORT_INTEGER, 9);
  gt_export_table_add_column (table, C_("reports column", "Physical progress"),
                              GT_EXPORT_TEXT, 36);
  gt_export_table_add_column (table, C_("reports column", "Problems"), GT_EXPORT_TEXT, 28);

  /* Sort the lines by group, then name: keys [group, name, index]. */
  lines = G_LIST_MODEL (sheet);
  n = g_list_model_get_n_items (lines);
  order = g_array_sized_new (FALSE, FALSE, sizeof (const char *) * 3, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtReportRow) line = g_list_model_get_item (lines, i);
      GtProject *p = gt_report_row_get_project (line);
      const char *key[3];

      key[0] = unit_name (store, grouping == GT_EXPORT_GROUP_UNIT
                                 ? gt_project_get_unit_id (p) : gt_project_get_locality_id (p));
      key[1] = gt_project_get_name (p);
      key[2] = GUINT_TO_POINTER (i);
      g_array_append_vals (order, key, 1);
    }
  g_array_sort_with_data (order, compare_lines, NULL);

  for (guint k = 0; k <= n; k++)
    {
      const char **key = k < n ? &g_array_index (order, const char *, 3 * k) : NULL;
      g_autoptr(GtReportRow) line = NULL;
      GtMonthlyReport *report;
      gint64 previous, done;

      if (current != NULL && (key == NULL || g_strcmp0 (key[0], current) != 0))
        {
          row = gt_export_table_add_row (table, GT_EXPORT_ROW_TOTAL);
          /* TRANSLATORS: a group's subtotal in the monthly report */
          gt_export_table_set_text (table, row, REP_NAME, _("Subtotal"));
          gt_export_table_set_text (table, row, REP_GROUP, current);
          put_sums (table, row, &group);
          memset (&group, 0, sizeof group);
        }
      if (key == NULL)
        break;
      if (current == NULL || g_strcmp0 (key[0], current) != 0)
        {
          current = key[0];
          row = gt_export_table_add_row (table, GT_EXPORT_ROW_GROUP);
          gt_export_table_set_text (table, row, REP_NAME, *current != '\0' ? current : "—");
        }

      line = g_list_model_get_item (lines, GPOINTER_TO_UINT (key[2]));
      report = gt_report_row_get_report (line);
      previous = MAX (gt_report_row_get_previous_completed (line), 0);
      done = gt_report_row_has_report (line) ? gt_monthly_report_get_completed (report) : 0;
      row = gt_export_table_add_row (table, GT_EXPORT_ROW_PLAIN);
      gt_export_table_set_text (table, row, REP_NAME, key[1]);
      gt_export_table_set_text (table, row, REP_GROUP, key[0]);
      gt_export_table_set_value (table, row, REP_PLAN, gt_report_row_get_annual_plan (line));
      if (gt_report_row_get_previous_completed (line) >= 0)
        gt_export_table_set_value (table, row, REP_PREVIOUS, previous);
      if (gt_report_row_has_report (line))
        {
          gt_export_table_set_value (table, row, REP_MONTH, done);
          gt_export_table_set_value (table, row, REP_PERCENT,
                                     gt_monthly_report_get_percent (report));
          gt_export_table_set_text (table, row, REP_NOTE,
                                    gt_monthly_report_get_progress_note (report));
          gt_export_table_set_text (table, row, REP_PROBLEMS,
                                    gt_monthly_report_get_problems (report));
        }
      gt_export_table_set_value (table, row, REP_CUMULATIVE, gt_report_row_get_cumulative (line));
      if (gt_report_row_get_annual_plan (line) > 0)
        gt_export_table_set_value (table, row, REP_SHARE,
                                   (double) gt_report_row_get_cumulative (line)
                                   / gt_report_row_get_annual_plan (line));
      for (Sums *s = &total; s != NULL; s = s == &total ? &group : NULL)
        {
          s->plan += gt_report_row_get_annual_plan (line);
          s->previous += previous;
          s->month += done;
          s->cumulative += gt_report_row_get_cumulative (line);
        }
    }

  row = gt_export_table_add_row (table, GT_EXPORT_ROW_TOTAL);
  gt_export_table_set_text (table, row, REP_NAME, _("Total"));
  put_sums (table, row, &total);
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

GtExportTable *
gt_export_issues_table (GtStore     *store,
                        const GDate *today)
{
  GtExportTable *table = gt_export_table_new (_("Issue Ledger of Key Projects"),
                                              _("Issue ledger"));
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
  gt_export_table_add_column (table, _("Raised"), GT_EXPORT_TEXT, 12);
  gt_export_table_add_column (table, _("Deadline"), GT_EXPORT_TEXT, 12);
  gt_export_table_add_column (table, _("Status"), GT_EXPORT_TEXT, 10);
  gt_export_table_add_column (table, _("Overdue"), GT_EXPORT_TEXT, 8);
  gt_export_table_add_column (table, _("Resolution"), GT_EXPORT_TEXT, 30);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (issues, g_list_model_get_item (model, i));
  g_ptr_array_sort (issues, compare_issues);

  for (guint i = 0; i < issues->len; i++)
    {
      GtIssue *issue = issues->pdata[i];
      GtProject *project = gt_store_lookup_project (store, gt_issue_get_project_id (issue));
      guint row = gt_export_table_add_row (table, GT_EXPORT_ROW_PLAIN);

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
      set_date (table, row, ISS_RAISED, gt_issue_get_raised_on (issue));
      set_date (table, row, ISS_DEADLINE, gt_issue_get_deadline (issue));
      gt_export_table_set_text (table, row, ISS_STATUS,
                                gt_issue_status_get_label (gt_issue_get_status (issue)));
      gt_export_table_set_text (table, row, ISS_OVERDUE,
                                gt_issue_is_overdue (issue, today) ? _("Yes") : "");
      gt_export_table_set_text (table, row, ISS_RESOLUTION, gt_issue_get_resolution (issue));
    }
  return table;
}
