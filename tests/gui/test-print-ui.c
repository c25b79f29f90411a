/* test-print-ui.c: Ctrl+P and Export… on each page, through GtkPrintOperation
 * exporting to a file (what the print dialog's "Print to File" does), under Xvfb.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "gt-as-of.h"
#include "gt-format.h"
#include "gt-overview-view.h"
#include "gt-print-operation.h"
#include "gt-reports-view.h"
#include "gt-test-ui.h"
#include "gt-test-util.h"
#include "gt-window-private.h"

static char *config_dir;

static char *
poppler (const char *tool,
         const char *path)
{
  const char *argv[] = { tool, path, g_str_equal (tool, "pdftotext") ? "-" : NULL, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);
  return out;
}

static void
show_page (const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()),
                                             "win.show-page", "s", name));
  gt_test_ui_settle (200);
}

static void
print_page (const char *page,
            const char *title,
            const char *as_of)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-print-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "print.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;

  show_page (page);
  g_assert_true (_gt_window_print_to_pdf (gt_test_ui_window (), path, &error));
  g_assert_no_error (error);
  text = poppler ("pdftotext", path);
  g_test_message ("%s: %.200s", page, text);
  g_assert_nonnull (strstr (text, title));
  g_assert_nonnull (strstr (text, as_of));
  info = poppler ("pdfinfo", path);
  g_assert_null (strstr (info, "Pages:           0\n"));
  /* To look at, like the screenshots of the other window tests. */
  if (g_getenv ("GUATU_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *name = g_strdup_printf ("print-%s.pdf", page);
      g_autofree char *keep = g_build_filename (g_getenv ("GUATU_SCREENSHOT_DIR"), name, NULL);

      g_assert_cmpint (g_rename (path, keep), ==, 0);
    }
  gt_test_remove_tree (dir);
}

/* What every printed page says of @year and @month: its title's month, and
 * "Data as of" the month's last day. */
static void
print_pages (int year,
             int month)
{
  static const char *const pages[][2] = {
    { "gantt", "Wall Chart of Key Projects, %s" },
    { "overview", "Progress of Key Projects, %s" },
    { "reports", "Monthly Report of Key Projects, %s" },
    { "issues", "Issue Ledger of Key Projects, %s" },
    { "projects", "Register of Key Projects, %d" },
  };
  g_autofree char *month_text = gt_format_month (year, month);
  g_autofree char *day_text = NULL;
  g_autofree char *as_of = NULL;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_get_days_in_month (month, year), month, year);
  day_text = gt_format_date (&day);
  as_of = g_strdup_printf ("Data as of %s", day_text);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *title = g_str_equal (pages[i][0], "projects")
                               ? g_strdup_printf (pages[i][1], year)
                               : g_strdup_printf (pages[i][1], month_text);

      print_page (pages[i][0], title, as_of);
    }
}

/* Every page prints as of the window's month: the latest with reports when
 * the window opens, then the one chosen on the Overview and the monthly sheet
 * (the wall chart, the issues and the register follow the Overview's). */
static void
test_print_pages (void)
{
  GtWindow *window = gt_test_ui_window ();
  GtOverviewView *overview = GT_OVERVIEW_VIEW (gt_window_get_page (window, "overview"));
  GtReportsView *reports = GT_REPORTS_VIEW (gt_window_get_page (window, "reports"));
  g_autoptr(GError) error = NULL;
  GtAsOf as_of;

  g_assert_true (gt_as_of_init_default (&as_of, gt_test_ui_store (), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_overview_view_get_year (overview), ==, as_of.year);
  g_assert_cmpint (gt_overview_view_get_month (overview), ==, as_of.month);
  g_assert_cmpint (gt_reports_view_get_year (reports), ==, as_of.year);
  g_assert_cmpint (gt_reports_view_get_month (reports), ==, as_of.month);
  print_pages (as_of.year, as_of.month);

  gt_overview_view_set_month (overview, 2026, 3);
  gt_reports_view_set_month (reports, 2026, 3);
  print_pages (2026, 3);
  gt_overview_view_set_month (overview, as_of.year, as_of.month);
  gt_reports_view_set_month (reports, as_of.year, as_of.month);
}

static void
test_print_nothing (void)
{
  g_autoptr(GError) error = NULL;

  show_page ("leaders");
  g_assert_false (_gt_window_print_to_pdf (gt_test_ui_window (), "/nonexistent/x.pdf", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
}

static void
export_file (const char *page,
             const char *name,
             const char *magic)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  gsize length = 0;

  show_page (page);
  g_assert_true (_gt_window_export_to (gt_test_ui_window (), file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 100);
  g_assert_true (memcmp (contents, magic, strlen (magic)) == 0);
  gt_test_remove_tree (dir);
}

static void
test_export_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) bad = g_file_new_for_path ("/tmp/report.doc");

  export_file ("gantt", "chart.pdf", "%PDF-");
  export_file ("gantt", "chart.png", "\x89PNG");
  export_file ("gantt", "register.xlsx", "PK");
  export_file ("reports", "report.csv", "\xEF\xBB\xBF");
  export_file ("issues", "issues.xlsx", "PK");
  export_file ("overview", "overview.png", "\x89PNG");

  show_page ("reports");
  g_assert_false (_gt_window_export_to (gt_test_ui_window (), bad, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test ("/tmp/report.doc", G_FILE_TEST_EXISTS));
}

/* The page setup chosen is the one the next print and export start from. */
static void
test_page_setup_remembered (void)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GtkPageSetup) fresh = gt_print_operation_load_page_setup (GT_EXPORT_CHART_GANTT);
  g_autoptr(GtkPageSetup) loaded = NULL;

  /* Nothing remembered yet: the wall chart starts on A3 landscape. */
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (fresh)), ==,
                   GTK_PAPER_NAME_A3);
  g_assert_cmpint (gtk_page_setup_get_orientation (fresh), ==,
                   GTK_PAGE_ORIENTATION_LANDSCAPE);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gt_print_operation_save_page_setup (setup);
  loaded = gt_print_operation_load_page_setup (GT_EXPORT_CHART_GANTT);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (loaded)), ==,
                   GTK_PAPER_NAME_A4);
  g_assert_cmpint (gtk_page_setup_get_orientation (loaded), ==, GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
add_tests (void)
{
  g_test_add_func ("/print-ui/pages", test_print_pages);
  g_test_add_func ("/print-ui/nothing", test_print_nothing);
  g_test_add_func ("/print-ui/export", test_export_files);
  g_test_add_func ("/print-ui/page-setup", test_page_setup_remembered);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The remembered page setup goes to a folder of the test's own. */
  config_dir = g_dir_make_tmp ("guatu-config-XXXXXX", NULL);
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  status = gt_test_ui_run (&argc, &argv, add_tests);
  gt_test_remove_tree (config_dir);
  g_free (config_dir);
  return status;
}
