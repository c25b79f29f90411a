/* gt-export-history.c: the change history (变更记录) as a table to export.
 *
 * One line per changed field: when (local time), which desk, from what, the
 * project, what it was (project, issue, month's figures, plan), the month, the
 * field in words, and the old and new values as a clerk reads them: money in
 * 万元, a leader or unit by name, a stage by its label.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-enums.h"
#include "gt-escalation.h"
#include "gt-export-history.h"
#include "gt-format.h"
#include "gt-history.h"
#include "gt-store-visits.h"

enum {
  COL_AT,
  COL_DESK,
  COL_SOURCE,
  COL_PROJECT,
  COL_KIND,
  COL_MONTH,
  COL_FIELD,
  COL_OLD,
  COL_NEW,
};

typedef struct {
  const char *kind;
  const char *field;
  const char *label;
} FieldLabel;

static const FieldLabel field_labels[] = {
  { "project", "", N_("Created") },
  { "project", "code", N_("Project code") },
  { "project", "name", N_("Project name") },
  { "project", "owner", N_("Owner") },
  { "project", "content", N_("Scope") },
  { "project", "level", N_("Level") },
  { "project", "category", N_("Category") },
  { "project", "stage", N_("Stage") },
  { "project", "locality_id", N_("Locality") },
  { "project", "unit_id", N_("Responsible unit") },
  { "project", "leader_id", N_("Leader") },
  { "project", "total_investment", N_("Total investment") },
  { "project", "planned_start", N_("Planned start") },
  { "project", "planned_end", N_("Planned completion") },
  { "project", "actual_start", N_("Actual start") },
  { "project", "actual_end", N_("Actual completion") },
  { "project", "notes", N_("Notes") },
  { "project", "deleted", N_("Deleted") },
  { "issue", "", N_("Raised") },
  { "issue", "project_id", N_("Project") },
  { "issue", "description", N_("Issue") },
  { "issue", "category", N_("Category") },
  { "issue", "status", N_("Status") },
  { "issue", "raised_on", N_("Date raised") },
  { "issue", "unit_id", N_("Responsible unit") },
  { "issue", "leader_id", N_("Leader") },
  { "issue", "deadline", N_("Deadline") },
  { "issue", "resolution", N_("Resolution") },
  { "issue", "resolved_on", N_("Date resolved") },
  { "issue", "closed_on", N_("Date closed") },
  { "issue", "deleted", N_("Deleted") },
  { "issue", "escalation_level", N_("Supervision level") },
  { "issue", "visit_id", N_("Site visit") },
  /* A new month's figures are one entry, its new value the month's completed
   * amount (schema 7); later changes are field by field. */
  { "report", "", N_("Completed this month (new month’s figures)") },
  { "report", "completed", N_("Completed this month") },
  { "report", "percent", N_("Progress (%)") },
  { "report", "progress_note", N_("Progress") },
  { "report", "problems", N_("Problems") },
  { "plan", "amount", N_("Annual plan") },
};

const char *
gt_export_describe_field (const char *kind,
                          const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (g_str_equal (field_labels[i].kind, kind) && g_str_equal (field_labels[i].field, field))
      return _(field_labels[i].label);
  return field;
}

char *
gt_export_describe_source (const char *source)
{
  if (source == NULL || *source == '\0')
    return g_strdup (_("Another program"));
  if (g_str_equal (source, "typed"))
    return g_strdup (_("Typed"));
  if (g_str_equal (source, "undo"))
    return g_strdup (_("Undo"));
  if (g_str_equal (source, "redo"))
    return g_strdup (_("Redo"));
  if (g_str_equal (source, "demo"))
    return g_strdup (_("Demo data"));
  if (g_str_has_prefix (source, "import:"))
    /* TRANSLATORS: %s is the file name of the ledger imported */
    return g_strdup_printf (_("Import of %s"), source + strlen ("import:"));
  if (g_str_has_prefix (source, "return:"))
    /* TRANSLATORS: %s is the unit whose monthly return was imported */
    return g_strdup_printf (_("Return from %s"), source + strlen ("return:"));
  return g_strdup (source);
}

static char *
describe_kind (const char *kind)
{
  if (g_str_equal (kind, "project"))
    return g_strdup (C_("history kind", "Project"));
  if (g_str_equal (kind, "issue"))
    return g_strdup (C_("history kind", "Issue"));
  if (g_str_equal (kind, "report"))
    return g_strdup (C_("history kind", "Monthly figures"));
  if (g_str_equal (kind, "plan"))
    return g_strdup (C_("history kind", "Annual plan"));
  return g_strdup (kind);
}

char *
gt_export_describe_value (GtStore    *store,
                          const char *kind,
                          const char *field,
                          const char *value)
{
  gint64 number;

  if (value == NULL)
    return g_strdup ("");
  number = g_ascii_strtoll (value, NULL, 10);
  if (g_str_equal (field, "total_investment") || g_str_equal (field, "amount") ||
      g_str_equal (field, "completed") || (g_str_equal (kind, "report") && *field == '\0'))
    return gt_format_money (number);
  if (g_str_equal (field, "unit_id") || g_str_equal (field, "locality_id"))
    {
      GtUnit *unit = gt_store_lookup_unit (store, number);

      return g_strdup (unit != NULL ? gt_unit_get_name (unit) : value);
    }
  if (g_str_equal (field, "leader_id"))
    {
      GtLeader *leader = gt_store_lookup_leader (store, number);

      return g_strdup (leader != NULL ? gt_leader_get_name (leader) : value);
    }
  if (g_str_equal (field, "project_id"))
    {
      GtProject *project = gt_store_lookup_project (store, number);

      return g_strdup (project != NULL ? gt_project_get_name (project) : value);
    }
  if (g_str_equal (field, "deleted"))
    return g_strdup (number != 0 ? _("Yes") : _("No"));
  if (g_str_equal (kind, "project") && g_str_equal (field, "stage"))
    {
      GtStage stage;

      if (gt_stage_from_id (value, &stage))
        return g_strdup (gt_stage_get_label (stage));
    }
  /* 0 未督办, 1 交办, 2 督办, 3 挂牌督办 (gt-escalation.h). */
  if (g_str_equal (kind, "issue") && g_str_equal (field, "escalation_level") &&
      number >= 0 && number < GT_N_ESCALATION_LEVELS)
    return g_strdup (gt_escalation_level_get_label ((GtEscalationLevel) number));
  /* The visit it was assigned on (现场交办) by its day and kind; a visit
   * since deleted keeps its id. */
  if (g_str_equal (kind, "issue") && g_str_equal (field, "visit_id") && store != NULL)
    {
      g_autoptr(GtVisit) visit = gt_store_get_visit (store, number, NULL);

      if (visit != NULL)
        {
          g_autofree char *day = gt_format_date (gt_visit_get_visited_on (visit));

          /* TRANSLATORS: a site visit in the change history: its date
           * (2023年4月12日), then its kind (现场办公) */
          return g_strdup_printf (C_("site visit", "%s %s"), day,
                                  gt_visit_kind_get_label (gt_visit_get_kind (visit)));
        }
    }
  if (g_str_equal (kind, "issue") && g_str_equal (field, "status"))
    {
      GtIssueStatus status;

      if (gt_issue_status_from_id (value, &status))
        return g_strdup (gt_issue_status_get_label (status));
    }
  return g_strdup (value);
}

GtExportTable *
gt_export_history_table (GtStore  *store,
                         int       year,
                         int       month,
                         GError  **error)
{
  g_autoptr(GPtrArray) entries = gt_history_list (store, 0, year, month, error);
  g_autofree char *title = NULL;
  GtExportTable *table;

  if (entries == NULL)
    return NULL;

  if (year > 0 && month > 0)
    {
      g_autofree char *month_text = gt_format_month (year, month);

      /* TRANSLATORS: %s is a month, 2023年3月 */
      title = g_strdup_printf (_("Change History of the Register, %s"), month_text);
    }
  else
    {
      title = g_strdup (_("Change History of the Register"));
    }
  table = gt_export_table_new (title, _("Change history"));
  gt_export_table_set_register (table, gt_store_get_path (store));
  gt_export_table_add_column (table, _("Time"), GT_EXPORT_TEXT, 16);
  gt_export_table_add_column (table, _("Desk"), GT_EXPORT_TEXT, 12);
  gt_export_table_add_column (table, _("Source"), GT_EXPORT_TEXT, 18);
  gt_export_table_add_column (table, _("Project"), GT_EXPORT_TEXT, 26);
  gt_export_table_add_column (table, _("What"), GT_EXPORT_TEXT, 10);
  gt_export_table_add_column (table, _("Month"), GT_EXPORT_TEXT, 9);
  gt_export_table_add_column (table, _("Field"), GT_EXPORT_TEXT, 14);
  gt_export_table_add_column (table, _("Old value"), GT_EXPORT_TEXT, 24);
  gt_export_table_add_column (table, _("New value"), GT_EXPORT_TEXT, 24);

  for (guint i = 0; i < entries->len; i++)
    {
      GtHistoryEntry *entry = entries->pdata[i];
      GtProject *project = gt_store_lookup_project (store, entry->project_id);
      guint row = gt_export_table_add_row (table, GT_EXPORT_ROW_PLAIN);
      g_autofree char *at = gt_format_log_time (entry->at);
      g_autofree char *source = gt_export_describe_source (entry->source);
      g_autofree char *kind = describe_kind (entry->kind);
      g_autofree char *old_value = gt_export_describe_value (store, entry->kind, entry->field,
                                                   entry->old_value);
      g_autofree char *new_value = gt_export_describe_value (store, entry->kind, entry->field,
                                                   entry->new_value);
      g_autofree char *month_text = NULL;
      int y, m;

      if (entry->month != NULL && sscanf (entry->month, "%4d-%2d", &y, &m) == 2)
        month_text = gt_format_month (y, m);
      gt_export_table_set_text (table, row, COL_AT, at);
      gt_export_table_set_text (table, row, COL_DESK, entry->desk);
      gt_export_table_set_text (table, row, COL_SOURCE, source);
      gt_export_table_set_text (table, row, COL_PROJECT,
                                project != NULL ? gt_project_get_name (project) : "");
      gt_export_table_set_text (table, row, COL_KIND, kind);
      gt_export_table_set_text (table, row, COL_MONTH,
                                month_text != NULL ? month_text
                                : entry->month != NULL ? entry->month : "");
      gt_export_table_set_text (table, row, COL_FIELD,
                                gt_export_describe_field (entry->kind, entry->field));
      gt_export_table_set_text (table, row, COL_OLD, old_value);
      gt_export_table_set_text (table, row, COL_NEW, new_value);
    }
  return table;
}
