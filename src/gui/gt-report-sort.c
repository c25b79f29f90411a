/* gt-report-sort.c: sorting the monthly entry sheet by a column's header.
 *
 * Figures sort as numbers (a line without one before every line with one),
 * names and words by the locale's collation (pinyin order in zh_CN). The 合计
 * line is not in the sorted model, so it stays last.
 *
 * The sort is remembered in the reports-sort key. GTK 4.8 cannot say which
 * column the view sorts by (GtkColumnViewSorter's accessors came in 4.10), so
 * the view asks its own sorter to compare two items once while `probing`: the
 * first column sorter asked names itself and answers "smaller", and the view
 * sorter's answer says whether it inverted that, that is the direction.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-reports-view-private.h"

/* The key's words for the columns, in ReportColumnId order. */
static const char *const column_keys[N_REPORT_COLUMNS] = {
  "name", "locality", "plan", "previous", "completed", "cumulative", "share",
  "percent", "note", "problems",
};

static int
compare_numbers (double a,
                 double b)
{
  return a < b ? GTK_ORDERING_SMALLER : a > b ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* Empty text after any words, whichever the direction's start. */
static int
compare_texts (const char *a,
               const char *b)
{
  gboolean a_empty = a == NULL || *a == '\0';
  gboolean b_empty = b == NULL || *b == '\0';
  int result;

  if (a_empty || b_empty)
    return a_empty == b_empty ? GTK_ORDERING_EQUAL
                              : a_empty ? GTK_ORDERING_LARGER : GTK_ORDERING_SMALLER;
  result = g_utf8_collate (a, b);
  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER
                                                        : GTK_ORDERING_EQUAL;
}

/* A line's figure in a numeric column; −1 where the sheet shows none. */
static double
line_number (GtReportRow    *row,
             ReportColumnId  id)
{
  gboolean filed = gt_report_row_has_report (row);
  GtMonthlyReport *report = gt_report_row_get_report (row);
  gint64 plan = gt_report_row_get_annual_plan (row);

  switch (id)
    {
    case REPORT_COL_PLAN:
      return plan;
    case REPORT_COL_PREVIOUS:
      return gt_report_row_get_previous_completed (row);
    case REPORT_COL_COMPLETED:
      return filed ? gt_monthly_report_get_completed (report) : -1;
    case REPORT_COL_CUMULATIVE:
      return gt_report_row_get_cumulative (row);
    case REPORT_COL_SHARE:
      return plan > 0 ? (double) gt_report_row_get_cumulative (row) / plan : -1;
    case REPORT_COL_PERCENT:
      return filed ? gt_monthly_report_get_percent (report) : -1;
    case REPORT_COL_NAME:
    case REPORT_COL_LOCALITY:
    case REPORT_COL_NOTE:
    case REPORT_COL_PROBLEMS:
    case N_REPORT_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static const char *
line_text (GtReportsView  *self,
           GtReportRow    *row,
           ReportColumnId  id)
{
  GtProject *project = gt_report_row_get_project (row);
  GtUnit *locality;

  switch (id)
    {
    case REPORT_COL_NAME:
      return gt_project_get_name (project);
    case REPORT_COL_LOCALITY:
      locality = gt_store_lookup_unit (self->store, gt_project_get_locality_id (project));
      return locality != NULL ? gt_unit_get_name (locality) : NULL;
    case REPORT_COL_NOTE:
      return gt_monthly_report_get_progress_note (gt_report_row_get_report (row));
    case REPORT_COL_PROBLEMS:
      return gt_monthly_report_get_problems (gt_report_row_get_report (row));
    case REPORT_COL_PLAN:
    case REPORT_COL_PREVIOUS:
    case REPORT_COL_COMPLETED:
    case REPORT_COL_CUMULATIVE:
    case REPORT_COL_SHARE:
    case REPORT_COL_PERCENT:
    case N_REPORT_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
column_is_text (ReportColumnId id)
{
  return id == REPORT_COL_NAME || id == REPORT_COL_LOCALITY || id == REPORT_COL_NOTE
         || id == REPORT_COL_PROBLEMS;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  ReportColumn *column = user_data;
  GtReportsView *self = column->view;
  int result;

  if (self->probing)
    {
      if (self->probed_column < 0)
        self->probed_column = column->id;
      return GTK_ORDERING_SMALLER;
    }

  if (column_is_text (column->id))
    result = compare_texts (line_text (self, (GtReportRow *) a, column->id),
                            line_text (self, (GtReportRow *) b, column->id));
  else
    result = compare_numbers (line_number ((GtReportRow *) a, column->id),
                              line_number ((GtReportRow *) b, column->id));
  /* Ties in the register's order, so that a sort is the same every time. */
  if (result == GTK_ORDERING_EQUAL)
    result = compare_numbers (gt_project_get_id (gt_report_row_get_project ((GtReportRow *) a)),
                              gt_project_get_id (gt_report_row_get_project ((GtReportRow *) b)));
  return result;
}

static void
sorter_changed_cb (GtReportsView *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  g_autoptr(GObject) probe = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) other = g_object_new (G_TYPE_OBJECT, NULL);
  g_autofree char *value = NULL;
  GtkOrdering order;

  self->probing = TRUE;
  self->probed_column = -1;
  order = gtk_sorter_compare (sorter, probe, other);
  self->probing = FALSE;

  if (self->probed_column >= 0)
    value = g_strdup_printf ("%s:%s", column_keys[self->probed_column],
                             order == GTK_ORDERING_LARGER ? "descending" : "ascending");
  else
    value = g_strdup ("");
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "reports-sort", value);
}

void
_gt_reports_view_add_sorters (GtReportsView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  for (guint i = 0; i < N_REPORT_COLUMNS; i++)
    {
      g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (columns, i);
      g_autoptr(GtkSorter) sorter = NULL;

      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_lines, &self->columns[i], NULL));
      gtk_column_view_column_set_sorter (view_column, sorter);
    }
}

/* Sorts as the key says, then follows the clicks into it. */
void
_gt_reports_view_restore_sort (GtReportsView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  g_autofree char *value = g_settings_get_string (self->settings, "reports-sort");
  g_auto(GStrv) parts = g_strsplit (value, ":", 2);

  for (guint i = 0; parts[0] != NULL && i < N_REPORT_COLUMNS; i++)
    if (strcmp (parts[0], column_keys[i]) == 0)
      {
        g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (columns, i);

        gtk_column_view_sort_by_column (self->column_view, view_column,
                                        g_strcmp0 (parts[1], "descending") == 0
                                        ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
        break;
      }

  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);
}
