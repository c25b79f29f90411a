/* gt-unit-issues-table.c: every unit's open issues and their supervision, on
 * paper and in a spreadsheet.
 *
 * The same list as the window's (gt-unit-issues-window.c), from the same
 * store call (gt_store_list_unit_issues()), laid out by the table printer
 * that prints the issue ledger, so that the page looks like the office's
 * other lists.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-office-settings.h"
#include "gt-rag.h"
#include "gt-store-escalation.h"
#include "gt-table-export.h"
#include "gt-table-print.h"
#include "gt-unit-issues-table.h"

enum {
  COL_NUMBER,
  COL_ISSUE,
  COL_PROJECT,
  COL_CATEGORY,
  COL_DEADLINE,
  COL_DAYS,
  COL_LEVEL,
};

static void
add_issue_row (GtExportTable     *table,
               GtStore           *store,
               const GtUnitIssue *item,
               guint              number)
{
  GtIssue *issue = gt_store_lookup_issue (store, item->issue_id);
  GtProject *project = gt_store_lookup_project (store, item->project_id);
  guint row = gt_export_table_add_row (table, GT_EXPORT_ROW_PLAIN);

  gt_export_table_set_value (table, row, COL_NUMBER, number);
  gt_export_table_set_text (table, row, COL_ISSUE,
                            issue != NULL ? gt_issue_get_description (issue) : "");
  gt_export_table_set_text (table, row, COL_PROJECT,
                            project != NULL ? gt_project_get_name (project) : "");
  gt_export_table_set_text (table, row, COL_CATEGORY,
                            issue != NULL
                            ? gt_issue_category_get_label (gt_issue_get_category (issue)) : "");
  if (g_date_valid (&item->deadline))
    gt_export_table_set_date (table, row, COL_DEADLINE, &item->deadline);
  if (item->days_overdue > 0)
    gt_export_table_set_value (table, row, COL_DAYS, item->days_overdue);
  /* Below 督办, the issue's status says more than its level (as in the window). */
  gt_export_table_set_text (table, row, COL_LEVEL,
                            item->level >= GT_ESCALATION_SUPERVISED || issue == NULL
                            ? gt_escalation_level_get_label (item->level)
                            : gt_issue_status_get_label (gt_issue_get_status (issue)));
  /* Red for 挂牌督办, amber for 督办, as the lights are drawn. */
  if (item->level == GT_ESCALATION_LISTED)
    gt_export_table_set_row_light (table, row, GT_RAG_RED);
  else if (item->level == GT_ESCALATION_SUPERVISED)
    gt_export_table_set_row_light (table, row, GT_RAG_AMBER);
}

static char *
dup_title (const GDate *as_of)
{
  g_autofree char *day = gt_format_date (as_of);

  /* TRANSLATORS: the title of the printed list; %s is its day */
  return g_strdup_printf (_("Open Issues by Unit, as of %s"), day);
}

GtExportTable *
gt_unit_issues_table (GtStore      *store,
                      const GDate  *as_of,
                      GError      **error)
{
  g_autoptr(GArray) issues = NULL;
  g_autoptr(GtExportTable) table = NULL;
  g_autofree char *title = NULL;
  GListModel *units;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (as_of != NULL && g_date_valid (as_of), NULL);

  gt_store_get_issues (store);
  issues = gt_store_list_unit_issues (store, 0, as_of, error);
  if (issues == NULL)
    return NULL;
  title = dup_title (as_of);
  table = gt_export_table_new (title, _("Open Issues"));
  gt_export_table_add_column (table, C_("unit issues column", "No."), GT_EXPORT_INTEGER, 5);
  gt_export_table_add_column (table, C_("unit issues column", "Issue"), GT_EXPORT_TEXT, 36);
  gt_export_table_add_column (table, C_("unit issues column", "Project"), GT_EXPORT_TEXT, 28);
  gt_export_table_add_column (table, C_("unit issues column", "Category"), GT_EXPORT_TEXT, 8);
  gt_export_table_add_column (table, C_("unit issues column", "Deadline"), GT_EXPORT_DATE, 14);
  gt_export_table_add_column (table, C_("unit issues column", "Days Overdue"), GT_EXPORT_INTEGER, 8);
  gt_export_table_add_column (table, C_("unit issues column", "Level"), GT_EXPORT_TEXT, 10);

  units = gt_store_get_units (store);
  for (guint pass = 0; pass < 2; pass++)
    {
      guint n_units = pass == 0 ? g_list_model_get_n_items (units) : 1;

      for (guint u = 0; u < n_units; u++)
        {
          g_autoptr(GtUnit) unit = pass == 0 ? g_list_model_get_item (units, u) : NULL;
          gint64 unit_id = unit != NULL ? gt_unit_get_id (unit) : 0;
          guint open = 0, overdue = 0, number = 0;
          g_autofree char *group = NULL;
          guint group_row;

          for (guint i = 0; i < issues->len; i++)
            {
              GtUnitIssue *item = &g_array_index (issues, GtUnitIssue, i);

              if (item->unit_id == unit_id)
                {
                  open++;
                  overdue += item->days_overdue > 0;
                }
            }
          if (open == 0)
            continue;
          /* TRANSLATORS: a unit's group: its name, its open and overdue issues */
          group = g_strdup_printf (_("%s (%u open, %u overdue)"),
                                   unit != NULL ? gt_unit_get_name (unit)
                                                : _("No responsible unit"),
                                   open, overdue);
          group_row = gt_export_table_add_row (table, GT_EXPORT_ROW_GROUP);
          gt_export_table_set_text (table, group_row, 0, group);
          for (guint i = 0; i < issues->len; i++)
            {
              GtUnitIssue *item = &g_array_index (issues, GtUnitIssue, i);

              if (item->unit_id == unit_id)
                add_issue_row (table, store, item, ++number);
            }
        }
    }
  return g_steal_pointer (&table);
}

gboolean
gt_unit_issues_path_is_supported (const char *path)
{
  g_autofree char *lower = path != NULL ? g_ascii_strdown (path, -1) : NULL;

  return lower != NULL && (g_str_has_suffix (lower, ".pdf") ||
                           g_str_has_suffix (lower, ".xlsx") || g_str_has_suffix (lower, ".csv"));
}

gboolean
gt_unit_issues_write (GtStore      *store,
                      const GDate  *as_of,
                      const char   *path,
                      GError      **error)
{
  g_autoptr(GtExportTable) table = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!gt_unit_issues_path_is_supported (path))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The list is written as PDF, XLSX or CSV: name the file .pdf, "
                             ".xlsx or .csv"));
      return FALSE;
    }
  table = gt_unit_issues_table (store, as_of, error);
  if (table == NULL)
    return FALSE;
  gt_export_table_set_register (table, gt_store_get_path (store));
  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".xlsx"))
    return gt_xlsx_export_write (&table, 1, path, error);
  if (g_str_has_suffix (lower, ".csv"))
    return gt_csv_export_write (table, path, error);

  {
    g_autofree char *office = gt_office_settings_dup_string ("office-name");
    g_autofree char *name = dup_title (as_of);
    GtPrintTitle title = { office, name, *as_of };
    g_autoptr(GtTablePrint) print = NULL;
    GtExportDoc doc;
    double width, height;

    gt_paper_get_size (GT_PAPER_A4, TRUE, &width, &height);
    print = gt_table_print_new (table, &title, width, height);
    gt_table_print_get_doc (print, &doc);
    doc.register_path = gt_store_get_path (store);
    return gt_export_write_pdf (&doc, path, error);
  }
}
