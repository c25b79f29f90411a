/* test-reports-total-ui.c: the monthly sheet's 合计 line and its sorting by a
 * column (issue 19, item 2), on the demo register.
 *
 * Runs under Xvfb, in the C locale. With GUATU_SCREENSHOT_DIR set, saves a PNG
 * of the sheet sorted, with its total.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "gt-format.h"
#include "gt-report-sheet.h"
#include "gt-report-total.h"
#include "gt-reports-view.h"
#include "gt-test-ui.h"

/* The columns, in the sheet's order. */
enum { COL_NAME, COL_LOCALITY, COL_PLAN, COL_PREVIOUS, COL_COMPLETED, COL_CUMULATIVE };

static GtReportsView *
reports_view (void)
{
  GtkWidget *page;

  gt_window_show_page (gt_test_ui_window (), "reports");
  gt_test_ui_settle (100);
  page = gt_window_get_page (gt_test_ui_window (), "reports");
  g_assert_true (GT_IS_REPORTS_VIEW (page));
  return GT_REPORTS_VIEW (page);
}

static gboolean
is_total_cell (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_INSCRIPTION (widget) && gtk_widget_has_css_class (widget, "report-total")
         && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0;
}

static gboolean
is_sheet (GtkWidget     *widget,
          gconstpointer  footer)
{
  return GTK_IS_COLUMN_VIEW (widget)
         && gtk_widget_has_css_class (widget, "report-footer") == GPOINTER_TO_INT (footer);
}

static GtkColumnView *
column_view_of (GtReportsView *view)
{
  GtkWidget *column_view = gt_test_ui_find_widget (GTK_WIDGET (view), is_sheet,
                                                   GINT_TO_POINTER (FALSE));

  g_assert_nonnull (column_view);
  return GTK_COLUMN_VIEW (column_view);
}

static GtkColumnView *
footer_of (GtReportsView *view)
{
  GtkWidget *column_view = gt_test_ui_find_widget (GTK_WIDGET (view), is_sheet,
                                                   GINT_TO_POINTER (TRUE));

  g_assert_nonnull (column_view);
  return GTK_COLUMN_VIEW (column_view);
}

static GListModel *
shown (GtReportsView *view)
{
  return G_LIST_MODEL (gtk_column_view_get_model (column_view_of (view)));
}

/* The 合计 line: the one item of the view under the sheet, never one of the
 * sheet's lines, whatever the sort. */
static GtReportTotal *
total_of (GtReportsView *view)
{
  GListModel *foot = G_LIST_MODEL (gtk_column_view_get_model (footer_of (view)));
  GListModel *model = shown (view);
  g_autoptr(GObject) item = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) line = g_list_model_get_item (model, i);

      g_assert_true (GT_IS_REPORT_ROW (line));
    }
  g_assert_cmpuint (g_list_model_get_n_items (foot), ==, 1);
  item = g_list_model_get_item (foot, 0);
  g_assert_true (GT_IS_REPORT_TOTAL (item));
  return GT_REPORT_TOTAL (item);
}

/* The total is drawn under the sheet's last line, wherever the sheet is
 * scrolled. */
static void
assert_total_pinned (GtReportsView *view,
                     const char    *text)
{
  GtkWidget *sheet = GTK_WIDGET (column_view_of (view));
  GtkWidget *cell = NULL;
  graphene_point_t top;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (footer_of (view)), sheet,
                                           &GRAPHENE_POINT_INIT (0, 0), &top));
  g_assert_cmpfloat (top.y, >=, gtk_widget_get_height (sheet) - 1);
  cell = gt_test_ui_find_widget (GTK_WIDGET (footer_of (view)), is_total_cell, text);
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_get_mapped (cell));
}

static gint64
sum_completed (GtReportsView *view,
               gint64        *plan)
{
  GListModel *model = shown (view);
  guint n = g_list_model_get_n_items (model);
  gint64 completed = 0;

  *plan = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtReportRow) row = g_list_model_get_item (model, i);

      *plan += gt_report_row_get_annual_plan (row);
      if (gt_report_row_has_report (row))
        completed += gt_monthly_report_get_completed (gt_report_row_get_report (row));
    }
  return completed;
}

static GtkWidget *
focused_entry (void)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (gt_test_ui_window ()));

  while (focus != NULL && !GTK_IS_ENTRY (focus))
    focus = gtk_widget_get_parent (focus);
  g_assert_nonnull (focus);
  return focus;
}

static void
scroll_to_end (GtReportsView *view)
{
  GtkAdjustment *adjustment =
    gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (column_view_of (view)));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  gt_test_ui_settle (100);
}

/* In a narrow window the sheet hides what is only read; the footer hides the
 * same columns, so that its sums stay under their figures. */
static void
narrow_window (GtReportsView *view)
{
  GtkWindow *window = GTK_WINDOW (gt_test_ui_window ());
  GListModel *columns = gtk_column_view_get_columns (column_view_of (view));
  GListModel *foot_columns = gtk_column_view_get_columns (footer_of (view));
  guint hidden = 0;
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  gtk_window_set_default_size (window, 800, 600);
  gt_test_ui_settle (400);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      g_autoptr(GtkColumnViewColumn) foot = g_list_model_get_item (foot_columns, i);

      hidden += !gtk_column_view_column_get_visible (column);
      g_assert_cmpint (gtk_column_view_column_get_visible (foot), ==,
                       gtk_column_view_column_get_visible (column));
    }
  g_assert_cmpuint (hidden, >, 0);
  assert_total_pinned (view, "Total");
  gtk_window_set_default_size (window, width, height);
  gt_test_ui_settle (400);
}

/* The total is the sum of the lines shown; it follows a figure typed, and the
 * search. */
static void
test_total_sums_and_follows (void)
{
  GtReportsView *view = reports_view ();
  GtReportTotal *total;
  GtkWidget *entry, *search;
  g_autofree char *text = NULL;
  g_autoptr(GtReportRow) first = NULL;
  gint64 plan, completed, before;

  gt_reports_view_set_month (view, 2026, 10);
  gt_test_ui_settle (100);
  total = total_of (view);
  completed = sum_completed (view, &plan);
  g_assert_cmpuint (gt_report_total_get_n_lines (total), ==,
                    g_list_model_get_n_items (shown (view)));
  g_assert_cmpint (gt_report_total_get_plan (total), ==, plan);
  g_assert_cmpint (gt_report_total_get_completed (total), ==, completed);
  g_assert_cmpint (plan, >, 0);

  /* Drawn at the foot whether the sheet is scrolled to its top or its end,
   * bold, never an entry. */
  assert_total_pinned (view, "Total");
  text = gt_format_wan (plan);
  assert_total_pinned (view, text);
  scroll_to_end (view);
  assert_total_pinned (view, text);
  g_clear_pointer (&text, g_free);

  /* A figure typed on the first line moves the total by as much. */
  g_assert_true (gt_reports_view_focus_line (view, 0));
  gt_test_ui_settle (100);
  entry = focused_entry ();
  first = g_list_model_get_item (shown (view), 0);
  before = gt_report_row_has_report (first)
           ? gt_monthly_report_get_completed (gt_report_row_get_report (first)) : 0;
  gtk_editable_set_text (GTK_EDITABLE (entry), "777");
  g_signal_emit_by_name (entry, "activate");
  gt_test_ui_settle (100);
  g_assert_cmpint (gt_report_total_get_completed (total), ==,
                   MAX (completed, 0) - before + 7770000);
  text = gt_format_wan (gt_report_total_get_completed (total));
  assert_total_pinned (view, text);

  /* Its columns follow the sheet's: a width dragged, and sideways scrolling. */
  {
    GListModel *columns = gtk_column_view_get_columns (column_view_of (view));
    GListModel *foot_columns = gtk_column_view_get_columns (footer_of (view));
    g_autoptr(GtkColumnViewColumn) plan_column = g_list_model_get_item (columns, COL_PLAN);
    g_autoptr(GtkColumnViewColumn) foot_column = g_list_model_get_item (foot_columns, COL_PLAN);
    int width = gtk_column_view_column_get_fixed_width (plan_column);

    gtk_column_view_column_set_fixed_width (plan_column, width + 30);
    g_assert_cmpint (gtk_column_view_column_get_fixed_width (foot_column), ==, width + 30);
    gtk_column_view_column_set_fixed_width (plan_column, width);
    narrow_window (view);
  }

  /* The search narrows the total to the lines it leaves. */
  search = gt_test_ui_find_widget (GTK_WIDGET (view), gt_test_ui_is_of_type,
                                   GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY));
  gtk_editable_set_text (GTK_EDITABLE (search),
                         gt_project_get_name (gt_report_row_get_project (first)));
  gt_test_ui_settle (400);
  g_assert_cmpuint (gt_report_total_get_n_lines (total), ==, 1);
  g_assert_cmpint (gt_report_total_get_plan (total), ==, gt_report_row_get_annual_plan (first));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  gt_test_ui_settle (400);
  g_assert_cmpint (gt_report_total_get_plan (total), ==, plan);
}

static GtkColumnViewColumn *
column (GtReportsView *view,
        guint          index)
{
  GListModel *columns = gtk_column_view_get_columns (column_view_of (view));
  GtkColumnViewColumn *result = g_list_model_get_item (columns, index);

  g_object_unref (result);
  return result;
}

static gint64
line_plan (GListModel *model,
           guint       i)
{
  g_autoptr(GtReportRow) row = g_list_model_get_item (model, i);

  return gt_report_row_get_annual_plan (row);
}

/* Sorted by a money column, largest first, the total last; the choice is
 * remembered and a new sheet opens sorted so. */
static void
test_sort_by_money (void)
{
  GtReportsView *view = reports_view ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.guatu.Guatu");
  g_autofree char *key = NULL;
  g_autoptr(GtkWidget) other = NULL;
  GListModel *model;
  GListModel *other_model;
  guint n;

  gt_reports_view_set_month (view, 2026, 10);
  gtk_column_view_sort_by_column (column_view_of (view), column (view, COL_PLAN),
                                  GTK_SORT_DESCENDING);
  gt_test_ui_settle (100);
  model = shown (view);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >, 3);
  for (guint i = 0; i + 1 < n; i++)
    g_assert_cmpint (line_plan (model, i), >=, line_plan (model, i + 1));
  g_assert_cmpint (line_plan (model, 0), >, line_plan (model, n - 1));
  total_of (view);
  key = g_settings_get_string (settings, "reports-sort");
  g_assert_cmpstr (key, ==, "plan:descending");
  g_clear_pointer (&key, g_free);
  scroll_to_end (view);
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "reports-sorted-total");

  /* Smallest first: still the total last. */
  gtk_column_view_sort_by_column (column_view_of (view), column (view, COL_PLAN),
                                  GTK_SORT_ASCENDING);
  gt_test_ui_settle (100);
  for (guint i = 0; i + 1 < n; i++)
    g_assert_cmpint (line_plan (model, i), <=, line_plan (model, i + 1));
  total_of (view);
  key = g_settings_get_string (settings, "reports-sort");
  g_assert_cmpstr (key, ==, "plan:ascending");

  /* A sheet made now sorts as the last one was left. */
  other = g_object_ref_sink (gt_reports_view_new (gt_test_ui_store ()));
  gt_reports_view_set_month (GT_REPORTS_VIEW (other), 2026, 10);
  other_model = shown (GT_REPORTS_VIEW (other));
  g_assert_cmpuint (g_list_model_get_n_items (other_model), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (line_plan (other_model, i), ==, line_plan (model, i));

  /* Names in collation order. */
  gtk_column_view_sort_by_column (column_view_of (view), column (view, COL_NAME),
                                  GTK_SORT_ASCENDING);
  gt_test_ui_settle (100);
  for (guint i = 0; i + 1 < n; i++)
    {
      g_autoptr(GtReportRow) a = g_list_model_get_item (model, i);
      g_autoptr(GtReportRow) b = g_list_model_get_item (model, i + 1);

      g_assert_cmpint (g_utf8_collate (gt_project_get_name (gt_report_row_get_project (a)),
                                       gt_project_get_name (gt_report_row_get_project (b))),
                       <=, 0);
    }
  total_of (view);

  /* Back to the register's order for the other tests. */
  g_settings_set_string (settings, "reports-sort", "");
}

static void
add_tests (void)
{
  g_test_add_func ("/reports-total-ui/total-sums-and-follows", test_total_sums_and_follows);
  g_test_add_func ("/reports-total-ui/sort-by-money", test_sort_by_money);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
