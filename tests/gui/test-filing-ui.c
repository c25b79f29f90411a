/* test-filing-ui.c: Monthly Reports → Who Has Filed (报送情况) on the demo
 * register: the window opens on the page's month; its rows, their order (the
 * units still owing first) and its counts are the core's (gt_filing_list());
 * Copy Reminders puts the core's reminders on the clipboard; figures saved for
 * a unit move it down at once; the months step; a register without units shows
 * the empty page; every control has a name for a screen reader; the list
 * exports to PDF and XLSX.
 *
 * Runs under Xvfb. With GUATU_SCREENSHOT_DIR set, saves a PNG of the window.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <time.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "gt-filing-dialog.h"
#include "gt-filing-print.h"
#include "gt-format.h"
#include "gt-month-actions.h"
#include "gt-print-operation.h"
#include "gt-reports-view.h"
#include "gt-test-ui.h"
#include "gt-test-util.h"

static GtFilingDialog *
open_dialog (void)
{
  GtkWidget *page;
  GtkWindow *dialog;

  gt_window_show_page (gt_test_ui_window (), "reports");
  gt_test_ui_settle (100);
  page = gt_window_get_page (gt_test_ui_window (), "reports");
  g_assert_true (GT_IS_REPORTS_VIEW (page));
  dialog = gt_test_ui_find_window (GT_TYPE_FILING_DIALOG);
  if (dialog == NULL)
    {
      g_assert_true (gtk_widget_activate_action (page, "view.filing-status", NULL));
      gt_test_ui_settle (300);
      dialog = gt_test_ui_find_window (GT_TYPE_FILING_DIALOG);
    }
  g_assert_nonnull (dialog);
  g_assert_cmpint (gt_filing_dialog_get_year (GT_FILING_DIALOG (dialog)), ==,
                   gt_reports_view_get_year (GT_REPORTS_VIEW (page)));
  g_assert_cmpint (gt_filing_dialog_get_month (GT_FILING_DIALOG (dialog)), ==,
                   gt_reports_view_get_month (GT_REPORTS_VIEW (page)));
  return GT_FILING_DIALOG (dialog);
}

/* The core's list for the dialog's month, today, in the dialog's order. */
static GPtrArray *
core_list (GtFilingDialog *dialog)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  list = gt_filing_list (gt_test_ui_store (), gt_filing_dialog_get_year (dialog),
                         gt_filing_dialog_get_month (dialog), gt_filing_get_deadline_day (),
                         &today, &error);
  g_assert_no_error (error);
  gt_filing_sort (list);
  return list;
}

static GtkListBox *
list_box (GtFilingDialog *dialog)
{
  GtkWidget *box = gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_of_type,
                                           GSIZE_TO_POINTER (GTK_TYPE_LIST_BOX));

  g_assert_nonnull (box);
  return GTK_LIST_BOX (box);
}

static gboolean
is_label_with (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* The rows, their titles, subtitles and statuses, are the core's, in its order;
 * the counts at the top are its counts. */
static void
assert_shows_core (GtFilingDialog *dialog)
{
  g_autoptr(GPtrArray) expected = core_list (dialog);
  GtkListBox *box = list_box (dialog);
  guint counts[GT_FILING_PROBLEMS + 1] = { 0 };
  g_autofree char *counts_text = NULL;
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (box)); row != NULL;
       row = gtk_widget_get_next_sibling (row), n++)
    {
      const GtFiling *filing;
      g_autofree char *count = NULL;

      g_assert_true (ADW_IS_ACTION_ROW (row));
      g_assert_cmpuint (n, <, expected->len);
      filing = expected->pdata[n];
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       filing->unit);
      count = g_strdup_printf ("%u", filing->filed);
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), count));
      /* The status in words, not only in colour. */
      g_assert_nonnull (gt_test_ui_find_widget (row, is_label_with,
                                                gt_filing_status_get_label (filing->status)));
      counts[filing->status]++;
    }
  g_assert_cmpuint (n, ==, expected->len);
  g_assert_cmpuint (gt_filing_dialog_get_filings (dialog)->len, ==, expected->len);

  counts_text = g_strdup_printf (ngettext ("%u unit: %u filed, %u not filed, %u late, "
                                           "%u with problems",
                                           "%u units: %u filed, %u not filed, %u late, %u with "
                                           "problems", expected->len),
                                 expected->len, counts[GT_FILING_FILED],
                                 counts[GT_FILING_MISSING], counts[GT_FILING_LATE],
                                 counts[GT_FILING_PROBLEMS]);
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_with, counts_text));
}

static guint
count_dialogs (void)
{
  GListModel *windows = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (windows); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (windows, i);

      n += GT_IS_FILING_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window));
    }
  return n;
}

static void
test_rows_match_core (void)
{
  GtFilingDialog *dialog = open_dialog ();
  g_autoptr(GPtrArray) expected = core_list (dialog);
  gboolean owing = TRUE;

  g_assert_cmpuint (expected->len, >, 3);
  assert_shows_core (dialog);
  /* The units still owing come first. */
  for (guint i = 0; i < expected->len; i++)
    {
      gboolean outstanding = gt_filing_is_outstanding (expected->pdata[i]);

      g_assert_true (owing || !outstanding);
      owing = outstanding;
    }
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "filing-dialog");

  /* Asked again, the page shows the same window. */
  g_assert_true (gtk_widget_activate_action (gt_window_get_page (gt_test_ui_window (),
                                                                 "reports"),
                                             "view.filing-status", NULL));
  gt_test_ui_settle (100);
  g_assert_cmpuint (count_dialogs (), ==, 1);
}

static void
read_text_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  char **text = data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static char *
clipboard_text (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, read_text_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  return text;
}

static void
test_copy_reminders (void)
{
  GtFilingDialog *dialog = open_dialog ();
  g_autoptr(GPtrArray) expected = core_list (dialog);
  g_autofree char *copied = NULL;
  g_autofree char *reminders = NULL;
  g_autofree char *one = NULL;
  g_auto(GStrv) lines = NULL;
  const GtFiling *first = expected->pdata[0];
  guint outstanding = 0;
  GtkWidget *button;

  for (guint i = 0; i < expected->len; i++)
    outstanding += gt_filing_is_outstanding (expected->pdata[i]);
  g_assert_cmpuint (outstanding, >, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "filing.copy-reminders",
                                             NULL));
  copied = clipboard_text (GTK_WIDGET (dialog));
  reminders = gt_filing_reminders (expected, gt_filing_dialog_get_year (dialog),
                                   gt_filing_dialog_get_month (dialog),
                                   gt_filing_get_deadline_day ());
  g_assert_cmpstr (copied, ==, reminders);
  lines = g_strsplit (g_strchomp (copied), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, outstanding);
  g_assert_nonnull (strstr (lines[0], first->unit));

  /* A unit's own button copies its own reminder. */
  one = gt_filing_reminder (first->unit, gt_filing_dialog_get_year (dialog),
                            gt_filing_dialog_get_month (dialog), gt_filing_get_deadline_day ());
  button = gt_test_ui_find_widget (gtk_widget_get_first_child (GTK_WIDGET (list_box (dialog))),
                                   gt_test_ui_is_of_type, GSIZE_TO_POINTER (GTK_TYPE_BUTTON));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_free (copied);
  copied = clipboard_text (GTK_WIDGET (dialog));
  g_assert_cmpstr (copied, ==, one);
}

/* Saves figures for every project of @unit_id without any in @year/@month:
 * small ones, or when @slip, the whole year's plan (有问题) where there is a
 * plan. Returns how many; *@slipped, whether a slip was saved. */
static guint
fill_unit (gint64    unit_id,
           int       year,
           int       month,
           gboolean  slip,
           gboolean *slipped)
{
  GListModel *projects = gt_store_get_projects (gt_test_ui_store ());
  guint saved = 0;

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      g_autoptr(GPtrArray) reports = NULL;
      g_autoptr(GtMonthlyReport) report = NULL;
      g_autoptr(GError) error = NULL;
      gint64 id = gt_project_get_id (project);
      gint64 plan = gt_store_get_annual_plan (gt_test_ui_store (), id, year);
      gboolean has = FALSE;

      if (gt_project_get_unit_id (project) != unit_id)
        continue;
      reports = gt_store_list_monthly_reports (gt_test_ui_store (), id, &error);
      g_assert_no_error (error);
      for (guint r = 0; r < reports->len; r++)
        has |= gt_monthly_report_get_year (reports->pdata[r]) == year &&
               gt_monthly_report_get_month (reports->pdata[r]) == month;
      if (has)
        continue;
      report = gt_monthly_report_new ();
      gt_monthly_report_set_project_id (report, id);
      gt_monthly_report_set_month (report, year, month);
      gt_monthly_report_set_completed (report, slip && plan > 0 ? plan : 10000);
      if (slip && plan > 0 && slipped != NULL)
        *slipped = TRUE;
      g_assert_true (gt_store_save_monthly_report (gt_test_ui_store (), report, &error));
      g_assert_no_error (error);
      saved++;
    }
  return saved;
}

static const GtFiling *
find_unit (GtFilingDialog *dialog,
           gint64          unit_id)
{
  GPtrArray *filings = gt_filing_dialog_get_filings (dialog);

  for (guint i = 0; i < filings->len; i++)
    if (((GtFiling *) filings->pdata[i])->unit_id == unit_id)
      return filings->pdata[i];
  g_assert_not_reached ();
}

/* Figures saved for every project of the first unit owing: it has filed, and
 * the window says so without being asked. */
static void
test_follows_changes (void)
{
  GtFilingDialog *dialog = open_dialog ();
  g_autoptr(GPtrArray) before = core_list (dialog);
  const GtFiling *first = before->pdata[0];
  gint64 unit_id = first->unit_id;
  g_autofree char *unit = g_strdup (first->unit);
  GtkWidget *row;

  g_assert_true (gt_filing_is_outstanding (first));
  g_assert_cmpuint (fill_unit (unit_id, gt_filing_dialog_get_year (dialog),
                               gt_filing_dialog_get_month (dialog), FALSE, NULL), >, 0);
  gt_test_ui_settle (200);

  assert_shows_core (dialog);
  row = gtk_widget_get_first_child (GTK_WIDGET (list_box (dialog)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), !=, unit);
  g_assert_false (gt_filing_is_outstanding (find_unit (dialog, unit_id)));
}

/* This month, before its deadline or after: a unit filed, one with a slip, the
 * rest owing; the statuses as the core judges them. */
static void
test_this_month (void)
{
  GtFilingDialog *dialog = open_dialog ();
  int year = gt_filing_dialog_get_year (dialog);
  int month = gt_filing_dialog_get_month (dialog);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) list = NULL;
  gint64 filed_id = 0, slip_id = 0;
  gboolean slipped = FALSE;

  gt_filing_dialog_set_month (dialog, g_date_time_get_year (now),
                              g_date_time_get_month (now));
  list = core_list (dialog);
  g_assert_cmpuint (list->len, >, 2);
  for (guint i = list->len; i-- > 0 && (filed_id == 0 || !slipped);)
    {
      const GtFiling *filing = list->pdata[i];

      if (!gt_filing_is_outstanding (filing))
        continue;
      if (!slipped)
        {
          fill_unit (filing->unit_id, gt_filing_dialog_get_year (dialog),
                     gt_filing_dialog_get_month (dialog), TRUE, &slipped);
          slip_id = filing->unit_id;
        }
      else
        {
          fill_unit (filing->unit_id, gt_filing_dialog_get_year (dialog),
                     gt_filing_dialog_get_month (dialog), FALSE, NULL);
          filed_id = filing->unit_id;
        }
    }
  g_assert_true (slipped);
  g_assert_cmpint (filed_id, !=, 0);
  gt_test_ui_settle (200);
  assert_shows_core (dialog);
  g_assert_cmpint (find_unit (dialog, slip_id)->status, ==, GT_FILING_PROBLEMS);
  g_assert_false (gt_filing_is_outstanding (find_unit (dialog, filed_id)));
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "filing-this-month");

  gt_filing_dialog_set_month (dialog, year, month);
}

static void
test_months (void)
{
  GtFilingDialog *dialog = open_dialog ();
  int year = gt_filing_dialog_get_year (dialog);
  int month = gt_filing_dialog_get_month (dialog);
  int y = year, m = month;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "view.previous-month",
                                             NULL));
  gt_month_add (&y, &m, -1);
  g_assert_cmpint (gt_filing_dialog_get_year (dialog), ==, y);
  g_assert_cmpint (gt_filing_dialog_get_month (dialog), ==, m);
  assert_shows_core (dialog);
  gt_filing_dialog_set_month (dialog, year, month);
  assert_shows_core (dialog);
}

/* Every button, and every row, has a name a screen reader can say. */
static void
assert_named (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_named (child);
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_BUTTON (widget) && !GTK_IS_LIST_BOX_ROW (widget) &&
      gtk_button_get_label (GTK_BUTTON (widget)) == NULL &&
      !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL))
    g_error ("a %s without a name", G_OBJECT_TYPE_NAME (widget));
  if (ADW_IS_ACTION_ROW (widget) &&
      !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL))
    g_error ("a row without a name: %s",
             adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
}

/* Preferences → Filing Deadline Day: the window judges again at once. */
static void
test_deadline_day (void)
{
  GtFilingDialog *dialog = open_dialog ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *day = NULL;
  GDate deadline;

  g_settings_set_int (settings, "report-deadline-day", 5);
  gt_test_ui_settle (100);
  gt_filing_get_deadline (gt_filing_dialog_get_year (dialog),
                          gt_filing_dialog_get_month (dialog), 5, &deadline);
  day = gt_format_date (&deadline);
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (dialog), is_label_with, day));
  assert_shows_core (dialog);
  g_settings_reset (settings, "report-deadline-day");
  gt_test_ui_settle (100);
  assert_shows_core (dialog);
}

static void
test_names (void)
{
  GtFilingDialog *dialog = open_dialog ();

  assert_named (GTK_WIDGET (dialog));
}

static void
test_empty (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (path, &error);
  GtFilingDialog *dialog;
  GtkWidget *stack, *bar, *copy;

  g_assert_no_error (error);
  dialog = gt_filing_dialog_new (store, NULL, 2026, 10);
  gtk_window_present (GTK_WINDOW (dialog));
  gt_test_ui_settle (200);
  stack = gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_of_type,
                                  GSIZE_TO_POINTER (GTK_TYPE_STACK));
  g_assert_nonnull (stack);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  g_assert_cmpuint (gt_filing_dialog_get_filings (dialog)->len, ==, 0);
  /* Nothing to copy. */
  bar = gt_test_ui_find_widget (GTK_WIDGET (dialog), gt_test_ui_is_of_type,
                                GSIZE_TO_POINTER (GTK_TYPE_ACTION_BAR));
  g_assert_nonnull (bar);
  copy = gt_test_ui_find_widget (bar, gt_test_ui_is_of_type, GSIZE_TO_POINTER (GTK_TYPE_BUTTON));
  g_assert_nonnull (copy);
  g_assert_false (gtk_widget_is_sensitive (copy));
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "filing-empty");
  gtk_window_destroy (GTK_WINDOW (dialog));
  gt_test_ui_settle (100);
  g_clear_object (&store);
  gt_test_remove_tree (dir);
}

static void
test_export (void)
{
  GtFilingDialog *dialog = open_dialog ();
  g_autoptr(GPtrArray) expected = core_list (dialog);
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *pdf = g_build_filename (dir, "filing.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "filing.xlsx", NULL);
  g_autofree char *csv = g_build_filename (dir, "filing.csv", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };

  g_assert_true (gt_filing_dialog_export (dialog, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (gt_filing_dialog_export (dialog, xlsx, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  g_assert_false (gt_filing_dialog_export (dialog, csv, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text, NULL, NULL,
                               NULL));
  for (guint i = 0; i < expected->len; i++)
    {
      const GtFiling *filing = expected->pdata[i];

      /* Names may wrap in their column: the first characters are on one line. */
      if (gt_filing_is_outstanding (filing))
        g_assert_nonnull (strstr (text, filing->unit));
    }
  gt_test_remove_tree (dir);
}

/* Printing goes through GtkPrintOperation and the same pages: exported by the
 * print operation (as Print to File would), the units owing are there. */
static void
test_print (void)
{
  GtFilingDialog *dialog = open_dialog ();
  g_autoptr(GPtrArray) expected = core_list (dialog);
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *pdf = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GtPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtExportJobOptions options;
  const char *argv[] = { "pdftotext", pdf, "-", NULL };

  gt_export_job_options_init (&options);
  options.year = gt_filing_dialog_get_year (dialog);
  options.month = gt_filing_dialog_get_month (dialog);
  operation = gt_print_operation_new (gt_export_job_new (gt_test_ui_store (),
                                                         GT_EXPORT_CHART_FILING, &options));
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), pdf);
  g_assert_cmpint (gt_print_operation_run_saving (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                                  GTK_WINDOW (dialog), &error),
                   !=, GTK_PRINT_OPERATION_RESULT_ERROR);
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text, NULL, NULL,
                               NULL));
  for (guint i = 0; i < expected->len; i++)
    {
      const GtFiling *filing = expected->pdata[i];

      if (gt_filing_is_outstanding (filing))
        g_assert_nonnull (strstr (text, filing->unit));
    }
  gt_test_remove_tree (dir);
}

static void
add_tests (void)
{
  g_test_add_func ("/filing-ui/rows", test_rows_match_core);
  g_test_add_func ("/filing-ui/names", test_names);
  g_test_add_func ("/filing-ui/copy", test_copy_reminders);
  g_test_add_func ("/filing-ui/months", test_months);
  g_test_add_func ("/filing-ui/deadline-day", test_deadline_day);
  g_test_add_func ("/filing-ui/export", test_export);
  g_test_add_func ("/filing-ui/print", test_print);
  g_test_add_func ("/filing-ui/follows-changes", test_follows_changes);
  g_test_add_func ("/filing-ui/this-month", test_this_month);
  g_test_add_func ("/filing-ui/empty", test_empty);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
