/* gt-formalities-print.c: the month's approvals by department (手续办理).
 *
 * The list answers "what must 自然资源局 approve this month": every approval
 * still open at the close of the month that was planned by then (due in the
 * month, or late), and those given in the month, so that the department's
 * month shows what it did as well as what it owes. It is judged as the lights
 * are (gt_rag_judge_as_of()): at the close of the month's last day, so that
 * one due that day is a day late, and an approval given after the month was
 * still open in it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-formalities-print.h"
#include "gt-format.h"
#include "gt-rag.h"

static void
close_of (const GtAsOf *as_of,
          GDate        *close)
{
  *close = as_of->day;
  g_date_add_days (close, 1);
}

gboolean
gt_formalities_print_includes (GtFormality  *formality,
                               const GtAsOf *as_of)
{
  g_autoptr(GtFormality) then = NULL;
  const GDate *actual;
  GDate close;

  g_return_val_if_fail (GT_IS_FORMALITY (formality), FALSE);
  g_return_val_if_fail (as_of != NULL, FALSE);

  if (gt_formality_get_state (formality) == GT_FORMALITY_NOT_NEEDED)
    return FALSE;
  close_of (as_of, &close);
  then = gt_formality_as_of (formality, &close);
  actual = gt_formality_get_actual_on (then);
  if (!gt_formality_is_open (then))
    return actual != NULL && (int) g_date_get_year (actual) == as_of->year &&
           (int) g_date_get_month (actual) == as_of->month;
  return gt_formality_get_planned_on (then) != NULL &&
         g_date_compare (gt_formality_get_planned_on (then), &close) < 0;
}

char *
gt_formalities_print_title (const GtAsOf *as_of,
                            const char   *unit_name)
{
  g_autofree char *month = gt_format_month (as_of->year, as_of->month);

  if (unit_name != NULL && *unit_name != '\0')
    /* TRANSLATORS: the approving department, then a month (2023年4月) */
    return g_strdup_printf (_("Approvals of %s, %s"), unit_name, month);
  /* TRANSLATORS: %s is a month (2023年4月) */
  return g_strdup_printf (_("Approvals, %s"), month);
}

static const char *
unit_name (GtStore *store,
           gint64   unit_id)
{
  GtUnit *unit = unit_id != 0 ? gt_store_lookup_unit (store, unit_id) : NULL;

  return unit != NULL ? gt_unit_get_name (unit) : NULL;
}

static void
add_row (GtExportTable *table,
         GtStore       *store,
         GtFormality   *formality,
         const GDate   *close,
         guint          number)
{
  GtProject *project = gt_store_lookup_project (store, gt_formality_get_project_id (formality));
  /* Given after the month: it was in hand then. */
  g_autoptr(GtFormality) then = gt_formality_as_of (formality, close);
  gboolean given = !gt_formality_is_open (then);
  guint row = gt_export_table_add_row (table, GT_EXPORT_ROW_PLAIN);
  int late = 0;

  gt_export_table_set_value (table, row, 0, number);
  gt_export_table_set_text (table, row, 1, project != NULL ? gt_project_get_name (project) : "");
  gt_export_table_set_text (table, row, 2, gt_formality_get_kind (formality));
  gt_export_table_set_date (table, row, 3, gt_formality_get_planned_on (formality));
  if (given)
    gt_export_table_set_date (table, row, 4, gt_formality_get_actual_on (then));
  gt_export_table_set_text (table, row, 5,
                            gt_formality_state_get_label (gt_formality_get_state (then)));
  if (given)
    return;
  if (gt_formality_is_overdue (then, close, &late))
    {
      gt_export_table_set_value (table, row, 6, late);
      gt_export_table_set_row_light (table, row, GT_RAG_RED);
    }
  else
    gt_export_table_set_row_light (table, row, GT_RAG_AMBER);
}

GtExportTable *
gt_formalities_print_table (GtStore       *store,
                            const GtAsOf  *as_of,
                            gint64         approver_unit_id,
                            GError       **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *title = NULL;
  GtExportTable *table;
  gint64 group = -1;
  guint number = 0;
  GDate close;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (as_of != NULL, NULL);

  all = gt_store_list_all_formalities (store, approver_unit_id, error);
  if (all == NULL)
    return NULL;
  close_of (as_of, &close);

  /* The pages say the day judged on (数据截至) under the title. */
  title = gt_formalities_print_title (as_of, unit_name (store, approver_unit_id));
  table = gt_export_table_new (title, C_("sheet name", "Approvals"));
  gt_export_table_add_column (table, _("No."), GT_EXPORT_INTEGER, 5);
  gt_export_table_add_column (table, C_("formality column", "Project"), GT_EXPORT_TEXT, 30);
  gt_export_table_add_column (table, C_("formality column", "Approval"), GT_EXPORT_TEXT, 18);
  gt_export_table_add_column (table, C_("formality column", "Planned"), GT_EXPORT_DATE, 14);
  gt_export_table_add_column (table, C_("formality column", "Given"), GT_EXPORT_DATE, 14);
  gt_export_table_add_column (table, C_("formality column", "State"), GT_EXPORT_TEXT, 8);
  gt_export_table_add_column (table, C_("formality column", "Days late"), GT_EXPORT_INTEGER, 8);

  for (guint i = 0; i < all->len; i++)
    {
      GtFormality *formality = g_ptr_array_index (all, i);
      gint64 approver = gt_formality_get_approver_unit_id (formality);

      if (!gt_formalities_print_includes (formality, as_of))
        continue;
      if (approver != group)
        {
          const char *name = unit_name (store, approver);
          guint row = gt_export_table_add_row (table, GT_EXPORT_ROW_GROUP);

          gt_export_table_set_text (table, row, 0,
                                    name != NULL ? name
                                    : C_("formality group", "No approving department"));
          group = approver;
        }
      add_row (table, store, formality, &close, ++number);
    }
  return table;
}
