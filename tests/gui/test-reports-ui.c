/* test-reports-ui.c: the monthly entry sheet on the demo register.
 *
 * Runs under Xvfb (build-aux/test). Types into the sheet as a person would with
 * the keyboard only: a refused figure stays in its cell, marked, selected and
 * explained under the sheet, and is not saved; a good one is saved when Enter moves on to the next project, and the
 * year-to-date figure beside it follows. With GUATU_SCREENSHOT_DIR set, saves a
 * PNG of the page.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "gt-report-sheet.h"
#include "gt-reports-view.h"
#include "gt-test-ui.h"

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

static GtkWidget *
focused_entry (void)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (gt_test_ui_window ()));

  /* The focus sits in the entry's text widget. */
  while (focus != NULL && !GTK_IS_ENTRY (focus))
    focus = gtk_widget_get_parent (focus);
  g_assert_nonnull (focus);
  return focus;
}

static GtReportRow *
entry_row (GtkWidget *entry)
{
  GtReportRow *row = g_object_get_data (G_OBJECT (entry), "row");

  g_assert_true (GT_IS_REPORT_ROW (row));
  return row;
}

static gint64
stored_completed (gint64 project_id,
                  int    year,
                  int    month)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reports = gt_store_list_monthly_reports (gt_test_ui_store (),
                                                                project_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < reports->len; i++)
    {
      GtMonthlyReport *report = g_ptr_array_index (reports, i);

      if (gt_monthly_report_get_year (report) == year &&
          gt_monthly_report_get_month (report) == month)
        return gt_monthly_report_get_completed (report);
    }
  return -1;
}

static void
type_and_enter (GtkWidget  *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  gt_test_ui_settle (50);
}

static void
test_enter_figures (void)
{
  GtReportsView *view = reports_view ();
  GtkWidget *entry, *next;
  GtReportRow *row;
  gint64 project_id, before, cumulative;

  gt_reports_view_set_month (view, 2026, 10);
  gt_test_ui_settle (100);
  g_assert_cmpint (gt_reports_view_get_month (view), ==, 10);

  g_assert_true (gt_reports_view_focus_line (view, 0));
  gt_test_ui_settle (100);
  entry = focused_entry ();
  row = entry_row (entry);
  project_id = gt_project_get_id (gt_report_row_get_project (row));
  before = stored_completed (project_id, 2026, 10);
  cumulative = gt_report_row_get_cumulative (row);

  /* Refused in place: marked, not saved, and the cursor stays. */
  type_and_enter (entry, "abc");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_nonnull (gtk_widget_get_tooltip_text (entry));
  g_assert_true (focused_entry () == entry);
  g_assert_cmpint (stored_completed (project_id, 2026, 10), ==, before);

  type_and_enter (entry, "-5");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_true (focused_entry () == entry);
  g_assert_cmpint (stored_completed (project_id, 2026, 10), ==, before);

  /* Saved, and Enter goes down to the next project. */
  type_and_enter (entry, "1,234.5");
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpint (stored_completed (project_id, 2026, 10), ==, 12345000);
  g_assert_cmpint (gt_report_row_get_cumulative (row), ==,
                   cumulative - MAX (before, 0) + 12345000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "1,234.50");
  next = focused_entry ();
  g_assert_true (next != entry);
  g_assert_true (gt_report_row_get_project (entry_row (next)) !=
                 gt_report_row_get_project (row));

  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "reports");
}

static gboolean
is_error_line (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error");
}

/* Issue 19: a refused figure is explained on the line under the sheet, and its
 * text is selected so that the figure typed next replaces it ("-5" then "150"
 * gives 150, not "-5150"). */
static void
test_refused_figure_explained (void)
{
  GtReportsView *view = reports_view ();
  GtkWidget *entry, *line;
  GtReportRow *row;
  const char *reason;
  int start, end, position;
  gint64 project_id, before;

  gt_reports_view_set_month (view, 2026, 10);
  gt_test_ui_settle (100);
  line = gt_test_ui_find_widget (GTK_WIDGET (view), is_error_line, NULL);
  g_assert_nonnull (line);
  g_assert_false (gtk_widget_get_visible (line));

  g_assert_true (gt_reports_view_focus_line (view, 1));
  gt_test_ui_settle (100);
  entry = focused_entry ();
  /* The line's completed amount (REPORT_COL_COMPLETED). */
  g_assert_cmpint (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "column")), ==, 4);
  row = entry_row (entry);
  project_id = gt_project_get_id (gt_report_row_get_project (row));
  before = stored_completed (project_id, 2026, 10);

  type_and_enter (entry, "-5");
  g_assert_true (focused_entry () == entry);
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpint (stored_completed (project_id, 2026, 10), ==, before);

  /* The reason, where the eye is. */
  reason = gtk_widget_get_tooltip_text (entry);
  g_assert_nonnull (reason);
  g_assert_true (gtk_widget_get_visible (line));
  g_assert_true (gtk_widget_get_mapped (line));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (line)), reason));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (line)),
                            gt_project_get_name (gt_report_row_get_project (row))));

  /* All of "-5" is selected. */
  g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (entry), &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, 2);

  /* Typing replaces a selection, as GtkText does with typed text. */
  gtk_editable_delete_selection (GTK_EDITABLE (entry));
  position = gtk_editable_get_position (GTK_EDITABLE (entry));
  gtk_editable_insert_text (GTK_EDITABLE (entry), "150", -1, &position);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "150");

  g_signal_emit_by_name (entry, "activate");
  gt_test_ui_settle (50);
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpint (stored_completed (project_id, 2026, 10), ==, 1500000);
  g_assert_false (gtk_widget_get_visible (line));
  g_assert_true (focused_entry () != entry);
}

/* Another desk files the month's figure for a line while this desk types
 * one: this desk's is refused, marked with the reason, and theirs stays and
 * is shown; typed again, it is saved over theirs. */
static void
test_figure_over_other_desk (void)
{
  GtReportsView *view = reports_view ();
  g_autoptr(GtStore) other = gt_store_open (gt_store_get_path (gt_test_ui_store ()), NULL);
  g_autoptr(GtMonthlyReport) theirs = gt_monthly_report_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *entry;
  GtReportRow *row;
  gint64 project_id, deadline;

  gt_reports_view_set_month (view, 2026, 10);
  gt_test_ui_settle (100);
  g_assert_true (gt_reports_view_focus_line (view, 2));
  gt_test_ui_settle (100);
  entry = focused_entry ();
  row = entry_row (entry);
  project_id = gt_project_get_id (gt_report_row_get_project (row));

  g_assert_nonnull (other);
  gt_store_set_desk_name (other, "二号机");
  gt_monthly_report_set_project_id (theirs, project_id);
  gt_monthly_report_set_month (theirs, 2026, 10);
  gt_monthly_report_set_completed (theirs, 7770000);
  gt_monthly_report_set_progress_note (theirs, "二号机填报");
  g_assert_true (gt_store_save_monthly_report (other, theirs, &error));
  g_assert_no_error (error);

  /* Held: the sheet's reading the month again may take the cell away. */
  g_object_ref (entry);
  type_and_enter (entry, "1,000");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (entry), "二号机"));
  g_object_unref (entry);
  g_assert_cmpint (stored_completed (project_id, 2026, 10), ==, 7770000);
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "reports-conflict");

  /* The sheet reads the month again and shows theirs. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  do
    {
      gt_test_ui_settle (50);
      g_assert_true (gt_reports_view_focus_line (view, 2));
      gt_test_ui_settle (50);
      entry = focused_entry ();
      row = entry_row (entry);
    }
  while (gt_monthly_report_get_completed (gt_report_row_get_report (row)) != 7770000 &&
         g_get_monotonic_time () < deadline);
  g_assert_cmpint (gt_project_get_id (gt_report_row_get_project (row)), ==, project_id);
  g_assert_cmpint (gt_monthly_report_get_completed (gt_report_row_get_report (row)), ==,
                   7770000);

  type_and_enter (entry, "1,000");
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpint (stored_completed (project_id, 2026, 10), ==, 10000000);
}

static gboolean
focus_is_on (GtProject *project)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (gt_test_ui_window ()));
  GtReportRow *row;

  while (focus != NULL && !GTK_IS_ENTRY (focus))
    focus = gtk_widget_get_parent (focus);
  row = focus != NULL ? g_object_get_data (G_OBJECT (focus), "row") : NULL;
  return row != NULL && gt_report_row_get_project (row) == project;
}

static void
test_far_line_and_months (void)
{
  GtReportsView *view = reports_view ();
  g_autoptr(GtProject) last_project = NULL;
  GListModel *projects;
  guint last;

  gt_reports_view_set_month (view, 2026, 10);
  gt_test_ui_settle (100);

  /* A line far below the screen is scrolled to and gets the cursor. */
  projects = gt_store_get_projects (gt_test_ui_store ());
  last = g_list_model_get_n_items (projects) - 1;
  last_project = g_list_model_get_item (projects, last);
  g_assert_true (gt_reports_view_focus_line (view, last));
  for (int i = 0; i < 40 && !focus_is_on (last_project); i++)
    gt_test_ui_settle (50);
  g_assert_true (focus_is_on (last_project));

  gtk_widget_activate_action (GTK_WIDGET (view), "view.next-month", NULL);
  g_assert_cmpint (gt_reports_view_get_month (view), ==, 11);
  gtk_widget_activate_action (GTK_WIDGET (view), "view.previous-month", NULL);
  gtk_widget_activate_action (GTK_WIDGET (view), "view.previous-month", NULL);
  g_assert_cmpint (gt_reports_view_get_month (view), ==, 9);
  gt_reports_view_set_month (view, 2026, 1);
  gtk_widget_activate_action (GTK_WIDGET (view), "view.previous-month", NULL);
  g_assert_cmpint (gt_reports_view_get_year (view), ==, 2025);
  g_assert_cmpint (gt_reports_view_get_month (view), ==, 12);
}

/* Ctrl+F narrows the sheet to the projects of a place; Enter goes to the first. */
static void
test_find (void)
{
  GtReportsView *view = reports_view ();
  GtkWidget *search;
  GtkColumnView *column_view;
  GListModel *lines;
  guint all;

  gt_reports_view_set_month (view, 2026, 10);
  column_view = GTK_COLUMN_VIEW (gt_test_ui_find_widget (GTK_WIDGET (view),
                                                         gt_test_ui_is_of_type,
                                                         GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW)));
  lines = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  all = g_list_model_get_n_items (lines);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "view.find", NULL));
  search = gt_test_ui_find_widget (GTK_WIDGET (view), gt_test_ui_is_of_type,
                                   GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY));
  gtk_editable_set_text (GTK_EDITABLE (search), "城关镇");
  for (int i = 0; i < 20 && g_list_model_get_n_items (lines) == all; i++)
    gt_test_ui_settle (50);
  g_assert_cmpuint (g_list_model_get_n_items (lines), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (lines), <, all);

  g_signal_emit_by_name (search, "activate");
  gt_test_ui_settle (100);
  {
    g_autoptr(GtReportRow) first = g_list_model_get_item (lines, 0);

    for (int i = 0; i < 20 && !focus_is_on (gt_report_row_get_project (first)); i++)
      gt_test_ui_settle (50);
    g_assert_true (focus_is_on (gt_report_row_get_project (first)));
  }

  gtk_editable_set_text (GTK_EDITABLE (search), "");
  for (int i = 0; i < 20 && g_list_model_get_n_items (lines) != all; i++)
    gt_test_ui_settle (50);
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, all);
}

static void
add_tests (void)
{
  g_test_add_func ("/reports-ui/find", test_find);
  g_test_add_func ("/reports-ui/enter-figures", test_enter_figures);
  g_test_add_func ("/reports-ui/refused-figure-explained", test_refused_figure_explained);
  g_test_add_func ("/reports-ui/figure-over-other-desk", test_figure_over_other_desk);
  g_test_add_func ("/reports-ui/far-line-and-months", test_far_line_and_months);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
