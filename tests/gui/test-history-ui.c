/* test-history-ui.c: a project's change history (变更记录) in its editor.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-history.h"
#include "gt-project-editor.h"
#include "gt-project-history.h"
#include "gt-reports-view.h"
#include "gt-test-ui.h"
#include "gt-window.h"

static gboolean
is_row_containing (GtkWidget     *widget,
                   gconstpointer  text)
{
  return ADW_IS_ACTION_ROW (widget) &&
         strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), text) != NULL;
}

/* A rename made elsewhere shows in the editor, old and new, newest first. */
static void
test_editor_shows_history (void)
{
  GtStore *store = gt_test_ui_store ();
  g_autoptr(GtProject) project = g_list_model_get_item (gt_store_get_projects (store), 4);
  g_autoptr(GtProject) edited = gt_project_copy (project);
  g_autoptr(GError) error = NULL;
  g_autofree char *old_name = g_strdup (gt_project_get_name (project));
  GtProjectEditor *editor;
  GtkWidget *history, *row;

  gt_store_set_desk_name (store, "综合科");
  gt_project_set_name (edited, "改名后的项目");
  g_assert_true (gt_store_update_project (store, edited, &error));
  g_assert_no_error (error);
  /* A new month's figures: one row, the month and its completed amount. */
  {
    g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();

    gt_monthly_report_set_project_id (report, gt_project_get_id (project));
    gt_monthly_report_set_month (report, 2030, 1);
    gt_monthly_report_set_completed (report, 1200000);
    gt_monthly_report_set_percent (report, 30);
    gt_monthly_report_set_progress_note (report, "主体施工");
    g_assert_true (gt_store_save_monthly_report (store, report, &error));
    g_assert_no_error (error);
  }

  editor = gt_project_editor_new (GTK_WINDOW (gt_test_ui_window ()), store, project);
  gtk_window_set_default_size (GTK_WINDOW (editor), 720, 900);
  gtk_window_present (GTK_WINDOW (editor));
  gt_test_ui_settle (400);

  history = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_of_type,
                                    GSIZE_TO_POINTER (GT_TYPE_PROJECT_HISTORY));
  g_assert_nonnull (history);
  row = gt_test_ui_find_widget (history, is_row_containing, "改名后的项目");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), old_name));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "综合科"));
  {
    g_autofree char *month = gt_format_month (2030, 1);
    g_autofree char *money = gt_format_money (1200000);
    g_autofree char *title = g_strdup_printf (_("New figures for %s: %s completed this month"),
                                              month, money);

    row = gt_test_ui_find_widget (history, is_row_containing, title);
    g_assert_nonnull (row);
    /* Not field by field. */
    g_assert_null (gt_test_ui_find_widget (history, is_row_containing, "主体施工"));
  }
  {
    GtkWidget *scrolled = gt_test_ui_find_widget (GTK_WIDGET (editor), gt_test_ui_is_of_type,
                                                  GSIZE_TO_POINTER (GTK_TYPE_SCROLLED_WINDOW));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    gt_test_ui_settle (300);
  }
  gt_test_ui_save_screenshot (GTK_WIDGET (editor), "project-history");

  gtk_window_destroy (GTK_WINDOW (editor));
  gt_test_ui_settle (100);
}

static void
click_button (GtkWindow  *dialog,
              const char *label)
{
  GtkWidget *button = gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_button_labelled,
                                              label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  gt_test_ui_settle (300);
}

static gboolean
is_editable_cell (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_EDITABLE (widget) && gtk_widget_has_css_class (widget, "report-cell");
}

/* Sign-off from the Monthly Reports page: asked, the page says so, its cells
 * take no typing, and the register refuses the month; reopening asks why. */
static void
test_signoff (void)
{
  GtWindow *window = gt_test_ui_window ();
  GtStore *store = gt_test_ui_store ();
  GtReportsView *view;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  GtkWidget *cell, *reason;

  gt_window_show_page (window, "reports");
  view = GT_REPORTS_VIEW (gt_window_get_page (window, "reports"));
  gt_reports_view_set_month (view, 2026, 10);
  gt_test_ui_settle (300);
  g_assert_false (gt_history_is_month_closed (store, 2026, 10, &error));

  gtk_widget_activate_action (GTK_WIDGET (view), "view.signoff", NULL);
  gt_test_ui_settle (300);
  dialog = gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "signoff-dialog");
  click_button (dialog, _("_Sign Off"));
  g_assert_true (gt_history_is_month_closed (store, 2026, 10, &error));
  cell = gt_test_ui_find_widget (GTK_WIDGET (view), is_editable_cell, NULL);
  g_assert_nonnull (cell);
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (cell)));
  gt_test_ui_save_screenshot (GTK_WIDGET (window), "signoff-page");

  /* Reopen: not without a reason. */
  gtk_widget_activate_action (GTK_WIDGET (view), "view.signoff", NULL);
  gt_test_ui_settle (300);
  dialog = gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  reason = gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_of_type,
                                   GSIZE_TO_POINTER (GTK_TYPE_ENTRY));
  g_assert_nonnull (reason);
  gtk_editable_set_text (GTK_EDITABLE (reason), "柳河镇更正10月数");
  gt_test_ui_settle (100);
  click_button (dialog, _("_Reopen"));
  g_assert_false (gt_history_is_month_closed (store, 2026, 10, &error));
  cell = gt_test_ui_find_widget (GTK_WIDGET (view), is_editable_cell, NULL);
  g_assert_true (gtk_editable_get_editable (GTK_EDITABLE (cell)));
}

static void
add_tests (void)
{
  g_test_add_func ("/history-ui/editor", test_editor_shows_history);
  g_test_add_func ("/history-ui/signoff", test_signoff);
}

int
main (int    argc,
      char **argv)
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
