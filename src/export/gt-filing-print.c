/* gt-filing-print.c: the units that have not filed a month's figures (未报名单).
 *
 * The list is what a clerk sends round on the 26th: who still owes figures,
 * how many of their projects are in, and the reminder to paste into a message.
 * Units that filed late or with problems have filed: they are in the window's
 * view, not on this list. The list is judged on a given day (whether the
 * deadline has passed), so its title says which, beside the deadline.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-filing-print.h"
#include "gt-format.h"

gboolean
gt_filing_is_outstanding (const GtFiling *filing)
{
  g_return_val_if_fail (filing != NULL, FALSE);
  return filing->filed < filing->projects;
}

/* Smaller first: owing, problems, late, filed. */
static int
rank (const GtFiling *filing)
{
  if (gt_filing_is_outstanding (filing))
    return 0;
  switch (filing->status)
    {
    case GT_FILING_PROBLEMS:
      return 1;
    case GT_FILING_LATE:
      return 2;
    case GT_FILING_FILED:
    case GT_FILING_MISSING:
    default:
      return 3;
    }
}

static int
compare_filings (gconstpointer a,
                 gconstpointer b)
{
  const GtFiling *x = *(GtFiling * const *) a;
  const GtFiling *y = *(GtFiling * const *) b;
  int by_rank = rank (x) - rank (y);

  return by_rank != 0 ? by_rank : g_strcmp0 (x->unit, y->unit);
}

void
gt_filing_sort (GPtrArray *list)
{
  g_return_if_fail (list != NULL);
  g_ptr_array_sort (list, compare_filings);
}

char *
gt_filing_print_title (int year,
                       int month,
                       int deadline_day)
{
  g_autofree char *shown = gt_format_month (year, month);
  g_autofree char *day = NULL;
  GDate deadline;

  gt_filing_get_deadline (year, month, deadline_day, &deadline);
  day = gt_format_date (&deadline);
  /* TRANSLATORS: a month (2023年4月) and the deadline of its figures (2023年4月25日) */
  return g_strdup_printf (_("Units Yet to File for %s (deadline %s)"), shown, day);
}

GtExportTable *
gt_filing_print_table (GPtrArray   *list,
                       int          year,
                       int          month,
                       int          deadline_day,
                       const GDate *today)
{
  g_autofree char *heading = gt_filing_print_title (year, month, deadline_day);
  g_autofree char *today_text = NULL;
  g_autofree char *title = NULL;
  GtExportTable *table;
  guint number = 0;

  g_return_val_if_fail (list != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  today_text = gt_format_date (today);
  /* TRANSLATORS: the list's title, then the day it was judged on */
  title = g_strdup_printf (_("%s, data as of %s"), heading, today_text);
  table = gt_export_table_new (title, C_("sheet name", "Not filed"));
  gt_export_table_add_column (table, _("No."), GT_EXPORT_INTEGER, 5);
  gt_export_table_add_column (table, C_("filing column", "Unit"), GT_EXPORT_TEXT, 22);
  gt_export_table_add_column (table, C_("filing column", "Status"), GT_EXPORT_TEXT, 8);
  gt_export_table_add_column (table, C_("filing column", "Projects filed"), GT_EXPORT_TEXT,
                              10);
  gt_export_table_add_column (table, C_("filing column", "Last filed"), GT_EXPORT_TEXT, 18);
  gt_export_table_add_column (table, C_("filing column", "Reminder"), GT_EXPORT_TEXT, 48);

  for (guint i = 0; i < list->len; i++)
    {
      const GtFiling *filing = list->pdata[i];
      g_autofree char *count = NULL;
      g_autofree char *when = NULL;
      g_autofree char *reminder = NULL;
      guint row;

      if (!gt_filing_is_outstanding (filing))
        continue;
      row = gt_export_table_add_row (table, GT_EXPORT_ROW_PLAIN);
      gt_export_table_set_value (table, row, 0, ++number);
      gt_export_table_set_text (table, row, 1, filing->unit);
      gt_export_table_set_text (table, row, 2, gt_filing_status_get_label (filing->status));
      /* TRANSLATORS: projects with the month's figures in, of the unit's projects */
      count = g_strdup_printf (C_("filing count", "%u of %u"), filing->filed, filing->projects);
      gt_export_table_set_text (table, row, 3, count);
      when = filing->filed_at != NULL ? gt_format_log_time (filing->filed_at) : g_strdup ("—");
      gt_export_table_set_text (table, row, 4, when);
      reminder = gt_filing_reminder (filing->unit, year, month, deadline_day);
      gt_export_table_set_text (table, row, 5, reminder);
    }
  return table;
}

char *
gt_filing_reminders (GPtrArray *list,
                     int        year,
                     int        month,
                     int        deadline_day)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (list != NULL, g_string_free (text, FALSE));

  for (guint i = 0; i < list->len; i++)
    {
      const GtFiling *filing = list->pdata[i];
      g_autofree char *reminder = NULL;

      if (!gt_filing_is_outstanding (filing))
        continue;
      reminder = gt_filing_reminder (filing->unit, year, month, deadline_day);
      g_string_append_printf (text, "%s\n", reminder);
    }
  return g_string_free (text, FALSE);
}
