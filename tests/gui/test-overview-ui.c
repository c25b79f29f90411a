/* test-overview-ui.c: the Overview page on the demo register.
 *
 * Runs under Xvfb (build-aux/test). The window opens on it; its cards show the
 * figures core computes for the month, and follow an edit made elsewhere. With
 * GUATU_SCREENSHOT_DIR set, saves a PNG of the page.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "gt-format.h"
#include "gt-overview-view.h"
#include "gt-test-ui.h"

static GtOverviewView *
overview_view (void)
{
  GtkWidget *page;

  gt_window_show_page (gt_test_ui_window (), "overview");
  gt_test_ui_settle (100);
  page = gt_window_get_page (gt_test_ui_window (), "overview");
  g_assert_true (GT_IS_OVERVIEW_VIEW (page));
  return GT_OVERVIEW_VIEW (page);
}

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static void
test_first_page (void)
{
  g_assert_cmpstr (gt_window_get_page_name (gt_test_ui_window ()), ==, "overview");
}

static void
test_cards (void)
{
  GtOverviewView *view = overview_view ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GtFigures) expected = NULL;
  g_autofree char *completed = NULL;
  const GtFigures *shown;

  gt_overview_view_set_month (view, 2026, 10);
  gt_test_ui_settle (100);
  shown = gt_overview_view_get_figures (view);
  g_assert_nonnull (shown);
  g_assert_cmpint (shown->month, ==, 10);

  /* The defaults of the preferences are core's defaults. */
  expected = gt_figures_compute (gt_test_ui_store (), 2026, 10, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (shown->total.completed, ==, expected->total.completed);
  g_assert_cmpuint (shown->total.started, ==, expected->total.started);

  completed = gt_format_money (expected->total.completed);
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (view), is_label_with_text, completed));

  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "overview.png");

  /* A month's report typed elsewhere reaches the cards. */
  {
    GListModel *projects = gt_store_get_projects (gt_test_ui_store ());
    g_autoptr(GtProject) project = g_list_model_get_item (projects, 0);
    g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();
    gint64 before = shown->total.completed;
    g_autoptr(GPtrArray) reports = gt_store_list_monthly_reports (gt_test_ui_store (),
                                                                  gt_project_get_id (project),
                                                                  &error);
    gint64 old = 0;

    g_assert_no_error (error);
    for (guint i = 0; i < reports->len; i++)
      if (gt_monthly_report_get_year (g_ptr_array_index (reports, i)) == 2026 &&
          gt_monthly_report_get_month (g_ptr_array_index (reports, i)) == 10)
        old = gt_monthly_report_get_completed (g_ptr_array_index (reports, i));

    gt_monthly_report_set_project_id (report, gt_project_get_id (project));
    gt_monthly_report_set_month (report, 2026, 10);
    gt_monthly_report_set_completed (report, old + 1000000);
    gt_store_save_monthly_report (gt_test_ui_store (), report, &error);
    g_assert_no_error (error);
    for (int i = 0; i < 20 && gt_overview_view_get_figures (view)->total.completed == before; i++)
      gt_test_ui_settle (100);
    g_assert_cmpint (gt_overview_view_get_figures (view)->total.completed, ==, before + 1000000);
  }

}

static void
add_tests (void)
{
  g_test_add_func ("/overview-ui/first-page", test_first_page);
  g_test_add_func ("/overview-ui/cards", test_cards);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
