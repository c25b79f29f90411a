/* gt-import-apply.c: writing a checked plan into the register, all or nothing.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-import-private.h"
#include "gt-issue-category-guess.h"

typedef struct {
  GtImportPlan *plan;
  GHashTable   *leaders;   /* normal form of the name (gt_ledger_normalize) → GtLeader */
  GHashTable   *units;     /* normal form of the name → GtUnit */
  GHashTable   *issues;    /* "project id\x1fdescription" → GtIssue, for not opening twice */
} Apply;

static void
apply_clear (Apply *apply)
{
  g_clear_pointer (&apply->leaders, g_hash_table_unref);
  g_clear_pointer (&apply->units, g_hash_table_unref);
  g_clear_pointer (&apply->issues, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Apply, apply_clear)

static void
index_names (GListModel  *model,
             GHashTable  *table,
             const char *(*get_name) (gpointer))
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_hash_table_insert (table, gt_ledger_normalize (get_name (item)), g_object_ref (item));
    }
}

static char *
issue_key (gint64      project_id,
           const char *description)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "\x1f%s", project_id, description);
}

/* "张三（副县长）、李四": the project has one leader, the first; what stands in
 * brackets is the title. */
static gint64
find_leader (Apply       *apply,
             const char  *text,
             GError     **error)
{
  g_auto(GStrv) names = g_regex_split_simple ("[、,，;；/\\s]+", text, 0, 0);
  g_autofree char *title = NULL;
  g_autofree char *key = NULL;
  char *name = NULL;
  char *open;
  GtLeader *leader;

  for (char **n = names; *n != NULL && name == NULL; n++)
    if (**n != '\0')
      name = *n;
  if (name == NULL)
    return 0;
  open = strstr (name, "（") != NULL ? strstr (name, "（") : strchr (name, '(');
  if (open != NULL)
    {
      char *close = strstr (open, "）") != NULL ? strstr (open, "）") : strchr (open, ')');

      if (close != NULL)
        *close = '\0';
      title = g_strstrip (g_strdup (open + (*open == '(' ? 1 : strlen ("（"))));
      *open = '\0';
    }
  g_strstrip (name);
  key = gt_ledger_normalize (name);
  if (key[0] == '\0')
    return 0;

  leader = g_hash_table_lookup (apply->leaders, key);
  if (leader == NULL)
    {
      g_autoptr(GtLeader) created = gt_leader_new ();

      gt_leader_set_name (created, name);
      if (title != NULL && title[0] != '\0')
        gt_leader_set_title (created, title);
      if (!gt_store_add_leader (apply->plan->store, created, error))
        return -1;
      g_hash_table_insert (apply->leaders, g_steal_pointer (&key), g_object_ref (created));
      apply->plan->counts.leaders_created++;
      leader = created;
    }
  return gt_leader_get_id (leader);
}

static gint64
find_unit (Apply       *apply,
           const char  *text,
           gboolean     locality,
           GError     **error)
{
  g_autofree char *key = gt_ledger_normalize (text);
  GtUnit *unit = g_hash_table_lookup (apply->units, key);

  if (unit == NULL)
    {
      g_autoptr(GtUnit) created = gt_unit_new ();
      GtUnitKind kind = GT_UNIT_KIND_DEPARTMENT;

      if (locality)
        kind = strstr (key, "园") != NULL || strstr (key, "开发区") != NULL
               || strstr (key, "高新区") != NULL ? GT_UNIT_KIND_PARK : GT_UNIT_KIND_TOWNSHIP;
      gt_unit_set_name (created, text);
      gt_unit_set_kind (created, kind);
      if (!gt_store_add_unit (apply->plan->store, created, error))
        return -1;
      g_hash_table_insert (apply->units, g_steal_pointer (&key), g_object_ref (created));
      apply->plan->counts.units_created++;
      unit = created;
    }
  return gt_unit_get_id (unit);
}

void
_gt_import_set_project_fields (GtImportPlan *plan,
                               GtImportRow  *row,
                               GtProject    *project)
{
  char **text = row->text;

  /* A project found by its name keeps the register's spelling of it; one found
   * by its code takes the ledger's name. */
  if (text[GT_LEDGER_FIELD_NAME] != NULL)
    {
      g_autofree char *old_key = gt_ledger_normalize (gt_project_get_name (project));
      g_autofree char *new_key = gt_ledger_normalize (text[GT_LEDGER_FIELD_NAME]);

      if (row->existing == NULL || !g_str_equal (old_key, new_key))
        gt_project_set_name (project, text[GT_LEDGER_FIELD_NAME]);
    }
  if (text[GT_LEDGER_FIELD_CODE] != NULL)
    gt_project_set_code (project, text[GT_LEDGER_FIELD_CODE]);
  if (text[GT_LEDGER_FIELD_OWNER] != NULL)
    gt_project_set_owner (project, text[GT_LEDGER_FIELD_OWNER]);
  if (text[GT_LEDGER_FIELD_CONTENT] != NULL)
    gt_project_set_content (project, text[GT_LEDGER_FIELD_CONTENT]);
  if (text[GT_LEDGER_FIELD_CATEGORY] != NULL)
    gt_project_set_category (project, text[GT_LEDGER_FIELD_CATEGORY]);
  if (text[GT_LEDGER_FIELD_NOTES] != NULL)
    gt_project_set_notes (project, text[GT_LEDGER_FIELD_NOTES]);
  /* plan_stage() left the register's stage when the ledger says less. */
  if (row->stage_source != GT_LEDGER_STAGE_FROM_REGISTER)
    gt_project_set_stage (project, row->stage);
  if (text[GT_LEDGER_FIELD_LEVEL] != NULL)
    gt_project_set_level (project, row->level);
  if (text[GT_LEDGER_FIELD_TOTAL] != NULL)
    gt_project_set_total_investment (project, row->total);
  if (text[GT_LEDGER_FIELD_PLAN] != NULL && plan->plan_year == gt_store_get_year (plan->store))
    gt_project_set_annual_plan (project, row->plan);

  if (g_date_valid (&row->dates[0]))
    gt_project_set_planned_start (project, &row->dates[0]);
  if (g_date_valid (&row->dates[1]))
    gt_project_set_planned_end (project, &row->dates[1]);
  if (g_date_valid (&row->dates[2]))
    gt_project_set_actual_start (project, &row->dates[2]);
  if (g_date_valid (&row->dates[3]))
    gt_project_set_actual_end (project, &row->dates[3]);
}

static gboolean
same_report (GtMonthlyReport *a,
             GtMonthlyReport *b)
{
  return gt_monthly_report_get_id (a) == gt_monthly_report_get_id (b) &&
         gt_monthly_report_get_year (a) == gt_monthly_report_get_year (b) &&
         gt_monthly_report_get_month (a) == gt_monthly_report_get_month (b) &&
         gt_monthly_report_get_completed (a) == gt_monthly_report_get_completed (b) &&
         gt_monthly_report_get_percent (a) == gt_monthly_report_get_percent (b) &&
         g_strcmp0 (gt_monthly_report_get_progress_note (a),
                    gt_monthly_report_get_progress_note (b)) == 0 &&
         g_strcmp0 (gt_monthly_report_get_problems (a),
                    gt_monthly_report_get_problems (b)) == 0;
}

static gboolean
save_report (GtImportPlan  *plan,
             GtImportRow   *row,
             gint64         project_id,
             GError       **error)
{
  gboolean has_figure = row->text[GT_LEDGER_FIELD_COMPLETED] != NULL;
  gboolean has_note = row->text[GT_LEDGER_FIELD_PROGRESS] != NULL;
  g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();
  int year, month;

  if (!has_figure && !has_note)
    return TRUE;
  _gt_import_plan_ledger_month (plan, &year, &month);

  /* The month's report may be there already: keep what the ledger does not say. */
  if (row->report != NULL && gt_monthly_report_get_month (row->report) == month
      && gt_monthly_report_get_year (row->report) == year)
    {
      gt_monthly_report_set_id (report, gt_monthly_report_get_id (row->report));
      gt_monthly_report_set_completed (report, gt_monthly_report_get_completed (row->report));
      gt_monthly_report_set_progress_note (report,
                                           gt_monthly_report_get_progress_note (row->report));
      gt_monthly_report_set_percent (report, gt_monthly_report_get_percent (row->report));
      gt_monthly_report_set_problems (report, gt_monthly_report_get_problems (row->report));
    }
  gt_monthly_report_set_project_id (report, project_id);
  gt_monthly_report_set_month (report, year, month);
  if (has_figure)
    gt_monthly_report_set_completed (report, row->month_figure);
  if (has_note)
    gt_monthly_report_set_progress_note (report, row->text[GT_LEDGER_FIELD_PROGRESS]);

  /* Taken in as it was: the register holds it already. */
  if (row->report != NULL && same_report (row->report, report))
    {
      plan->counts.reports_saved++;
      return TRUE;
    }
  if (!gt_store_save_monthly_report (plan->store, report, error))
    return FALSE;
  plan->counts.reports_saved++;
  return TRUE;
}

/* An issue the ledger names again, as imports before issue 14 left it: raised,
 * with no unit and no leader, dated the day of that import. It takes the
 * project's team, and the ledger's month end when that is earlier (the ledger
 * shows it was there by then). One a person assigned, or gave a unit or leader,
 * is theirs and stays as it is. */
static gboolean
give_owners (Apply        *apply,
             GtIssue      *issue,
             GtProject    *project,
             const GDate  *month_end,
             GError      **error)
{
  g_autoptr(GtIssue) edited = NULL;
  const GDate *raised_on = gt_issue_get_raised_on (issue);

  if (gt_issue_get_status (issue) != GT_ISSUE_STATUS_RAISED
      || gt_issue_get_unit_id (issue) != 0 || gt_issue_get_leader_id (issue) != 0
      || (gt_project_get_unit_id (project) == 0 && gt_project_get_leader_id (project) == 0))
    return TRUE;

  edited = gt_issue_copy (issue);
  gt_issue_set_unit_id (edited, gt_project_get_unit_id (project));
  gt_issue_set_leader_id (edited, gt_project_get_leader_id (project));
  if (raised_on == NULL || g_date_compare (raised_on, month_end) > 0)
    gt_issue_set_raised_on (edited, month_end);
  if (!gt_store_update_issue (apply->plan->store, edited, error))
    return FALSE;
  apply->plan->counts.issues_owned++;
  return TRUE;
}

/* The issue is the project's team's to solve, as the register has the team
 * after this row (交办 takes a deadline too, which a ledger does not give: the
 * issue stays raised); it was raised by the ledger's month, whatever day it is
 * imported. */
static gboolean
open_issue (Apply       *apply,
            GtImportRow *row,
            GtProject   *project,
            GError     **error)
{
  const char *text = row->text[GT_LEDGER_FIELD_ISSUES];
  gint64 project_id = gt_project_get_id (project);
  g_autofree char *key = NULL;
  g_autoptr(GtIssue) issue = NULL;
  GtIssue *known;
  GDate raised_on;

  if (text == NULL)
    return TRUE;
  key = issue_key (project_id, text);
  _gt_import_plan_month_end (apply->plan, &raised_on);
  if ((known = g_hash_table_lookup (apply->issues, key)) != NULL)
    return give_owners (apply, known, project, &raised_on, error);

  issue = gt_issue_new ();
  gt_issue_set_project_id (issue, project_id);
  gt_issue_set_description (issue, text);
  gt_issue_set_category (issue, gt_issue_category_guess (text));
  gt_issue_set_status (issue, GT_ISSUE_STATUS_RAISED);
  gt_issue_set_unit_id (issue, gt_project_get_unit_id (project));
  gt_issue_set_leader_id (issue, gt_project_get_leader_id (project));
  gt_issue_set_raised_on (issue, &raised_on);
  if (!gt_store_add_issue (apply->plan->store, issue, error))
    return FALSE;
  g_hash_table_insert (apply->issues, g_steal_pointer (&key), g_object_ref (issue));
  apply->plan->counts.issues_opened++;
  return TRUE;
}

static gboolean
apply_row (Apply        *apply,
           GtImportRow  *row,
           GError      **error)
{
  GtImportPlan *plan = apply->plan;
  g_autoptr(GtProject) project = NULL;
  gint64 id;

  project = row->existing != NULL ? gt_project_copy (row->existing) : gt_project_new ();
  _gt_import_set_project_fields (plan, row, project);

  if (row->text[GT_LEDGER_FIELD_LEADER] != NULL)
    {
      id = find_leader (apply, row->text[GT_LEDGER_FIELD_LEADER], error);
      if (id < 0)
        return FALSE;
      if (id > 0)
        gt_project_set_leader_id (project, id);
    }
  if (row->text[GT_LEDGER_FIELD_UNIT] != NULL)
    {
      if ((id = find_unit (apply, row->text[GT_LEDGER_FIELD_UNIT], FALSE, error)) < 0)
        return FALSE;
      gt_project_set_unit_id (project, id);
    }
  if (row->text[GT_LEDGER_FIELD_LOCALITY] != NULL)
    {
      if ((id = find_unit (apply, row->text[GT_LEDGER_FIELD_LOCALITY], TRUE, error)) < 0)
        return FALSE;
      gt_project_set_locality_id (project, id);
    }

  /* A row the register already holds as it is writes nothing: no history, no
   * change for other desks to read, no step inside the import's undo. */
  if (row->existing == NULL ? !gt_store_add_project (plan->store, project, error)
      : !gt_project_same_values (row->existing, project) &&
        !gt_store_update_project (plan->store, project, error))
    return FALSE;
  id = gt_project_get_id (project);

  /* This year's plan went with the project's save; another year's is its own. */
  if (row->text[GT_LEDGER_FIELD_PLAN] != NULL &&
      !(row->existing != NULL && plan->plan_year == gt_store_get_year (plan->store) &&
        gt_project_get_annual_plan (row->existing) == row->plan) &&
      !gt_store_set_annual_plan (plan->store, id, plan->plan_year, row->plan, error))
    return FALSE;

  return save_report (plan, row, id, error) && open_issue (apply, row, project, error);
}

gboolean
_gt_import_apply_rows (GtImportPlan  *self,
                       GError       **error)
{
  g_auto(Apply) apply = { self, NULL, NULL, NULL };
  GListModel *issues;

  /* The names as the store has them inside the transaction, which gt_store_begin()
   * reloaded: a unit another import just made is found, not made twice. */
  apply.leaders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  apply.units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  apply.issues = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  index_names (gt_store_get_leaders (self->store), apply.leaders,
               (const char *(*) (gpointer)) gt_leader_get_name);
  index_names (gt_store_get_units (self->store), apply.units,
               (const char *(*) (gpointer)) gt_unit_get_name);
  issues = gt_store_get_issues (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);

      g_hash_table_insert (apply.issues, issue_key (gt_issue_get_project_id (issue),
                                                     gt_issue_get_description (issue)),
                           g_object_ref (issue));
    }

  self->counts.leaders_created = self->counts.units_created = 0;
  self->counts.reports_saved = self->counts.issues_opened = self->counts.issues_owned = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtImportRow *row = g_ptr_array_index (self->rows, i);
      g_autoptr(GError) local_error = NULL;

      if (!apply_row (&apply, row, &local_error))
        {
          g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_BAD_VALUE,
                       _("Nothing was imported. Row %u: %s"), row->row + 1,
                       local_error->message);
          return FALSE;
        }
    }
  return TRUE;
}
