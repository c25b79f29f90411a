/* test-inspection-menu-ui.c: the weekly 督查专报 from the window's main menu:
 * the item, the dialog that asks for the week (this week first, the choice
 * remembered), and the report of the week chosen written under the export
 * bar (read back with pdftotext); a file that cannot be written refused.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-export-bar.h"
#include "gt-format.h"
#include "gt-inspection-dialog.h"
#include "gt-office-settings.h"
#include "gt-test-ui.h"
#include "gt-test-util.h"
#include "gt-window-inspection.h"
#include "gt-window-private.h"

/* The item opens the dialog, which starts at this week. */
static void
test_menu (void)
{
  GtWindow *window = gt_test_ui_window ();
  g_autoptr(GSettings) settings = gt_office_settings_open ("inspection-report-weeks-ago");
  GtkWindow *dialog;
  GtkPopover *popover;

  g_assert_nonnull (settings);
  g_settings_reset (settings, "inspection-report-weeks-ago");
  g_assert_true (gt_test_ui_menu_has_action (window->primary_menu, "win.export-inspection"));
  gtk_menu_button_popup (window->primary_menu_button);
  gt_test_ui_settle (300);
  popover = gtk_menu_button_get_popover (window->primary_menu_button);
  gt_test_ui_save_screenshot (GTK_WIDGET (popover), "inspection-menu");
  gtk_menu_button_popdown (window->primary_menu_button);
  gt_test_ui_settle (100);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-inspection",
                                             NULL));
  gt_test_ui_settle (300);
  dialog = gt_test_ui_find_window (GT_TYPE_INSPECTION_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_cmpuint (gt_inspection_dialog_get_weeks_ago (GT_INSPECTION_DIALOG (dialog)), ==, 0);
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "inspection-dialog");
  /* Escape: nothing chosen, nothing remembered. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "editor.cancel", NULL));
  gt_test_ui_settle (100);
  g_assert_null (gt_test_ui_find_window (GT_TYPE_INSPECTION_DIALOG));
  g_assert_cmpint (g_settings_get_int (settings, "inspection-report-weeks-ago"), ==, 0);
}

static void
chosen_cb (GtInspectionDialog *dialog,
           guint               julian,
           guint              *out)
{
  *out = julian;
}

/* Weeks counted back from the day given; the choice offered the next time. */
static void
test_week_remembered (void)
{
  g_autoptr(GSettings) settings = gt_office_settings_open ("inspection-report-weeks-ago");
  GDate today = gt_test_date (2026, 11, 15);   /* a Sunday */
  GDate monday;
  GtInspectionDialog *dialog;
  guint julian = 0;

  g_settings_reset (settings, "inspection-report-weeks-ago");
  dialog = gt_inspection_dialog_new (GTK_WINDOW (gt_test_ui_window ()), &today);
  gtk_window_present (GTK_WINDOW (dialog));
  gt_test_ui_settle (100);
  gt_inspection_dialog_get_monday (dialog, &monday);
  g_assert_cmpint (g_date_get_day (&monday), ==, 9);
  g_assert_cmpint (g_date_get_weekday (&monday), ==, G_DATE_MONDAY);

  gt_inspection_dialog_set_weeks_ago (dialog, 2);
  g_signal_connect (dialog, "chosen", G_CALLBACK (chosen_cb), &julian);
  gt_inspection_dialog_save (dialog);
  gt_test_ui_settle (100);
  monday = gt_test_date (2026, 10, 26);
  g_assert_cmpuint (julian, ==, g_date_get_julian (&monday));
  g_assert_cmpint (g_settings_get_int (settings, "inspection-report-weeks-ago"), ==, 2);

  /* Offered again. */
  dialog = gt_inspection_dialog_new (GTK_WINDOW (gt_test_ui_window ()), &today);
  g_assert_cmpuint (gt_inspection_dialog_get_weeks_ago (dialog), ==, 2);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_settings_reset (settings, "inspection-report-weeks-ago");
  gt_test_ui_settle (50);
}

static void
wait_for_export (void)
{
  GtExportBar *bar = _gt_window_get_export_bar (gt_test_ui_window ());

  for (guint i = 0; i < 200 && gt_export_bar_is_busy (bar); i++)
    gt_test_ui_settle (50);
  g_assert_false (gt_export_bar_is_busy (bar));
  gt_test_ui_settle (100);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return text;
}

/* The week chosen is the week written: its Monday and Sunday head the report. */
static void
test_write (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-inspection-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const GDate weeks[] = { gt_test_date (2026, 11, 12), gt_test_date (2026, 10, 28) };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (weeks); i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      GDate monday = weeks[i], sunday;

      g_date_subtract_days (&monday, g_date_get_weekday (&monday) - G_DATE_MONDAY);
      sunday = monday;
      g_date_add_days (&sunday, 6);
      from = gt_format_date (&monday);
      to = gt_format_date (&sunday);

      g_assert_true (_gt_window_export_inspection_start (gt_test_ui_window (), &weeks[i], file,
                                                         &error));
      g_assert_no_error (error);
      wait_for_export ();
      text = pdf_text (path);
      g_assert_nonnull (strstr (text, _("Weekly Inspection Report on Key Projects")));
      g_assert_nonnull (strstr (text, from));
      g_assert_nonnull (strstr (text, to));
      g_test_message ("%s – %s: %zu characters", from, to, strlen (text));
      /* To look at, as the screenshots are. */
      if (g_getenv ("GUATU_SCREENSHOT_DIR") != NULL)
        {
          g_autofree char *name = g_strdup_printf ("inspection-report-%u.pdf", i);
          g_autofree char *copy = g_build_filename (g_getenv ("GUATU_SCREENSHOT_DIR"), name,
                                                    NULL);
          g_autofree char *contents = NULL;
          gsize length = 0;

          g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
          g_assert_true (g_file_set_contents (copy, contents, length, NULL));
        }
    }
  g_assert_cmpint (g_unlink (path), ==, 0);

  /* Never over the register itself. */
  {
    g_autoptr(GFile) own = g_file_new_for_path (gt_store_get_path (gt_test_ui_store ()));

    g_assert_false (_gt_window_export_inspection_start (gt_test_ui_window (), &weeks[0], own,
                                                        &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_false (gt_export_bar_is_busy (_gt_window_get_export_bar (gt_test_ui_window ())));
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The folder a report was saved in is offered the next time, while it is there. */
static void
test_folder_remembered (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-inspection-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = NULL;
  g_autofree char *folder_path = NULL;

  g_assert_no_error (error);
  g_assert_null (_gt_window_inspection_dup_folder ());
  _gt_window_inspection_remember_folder (file);
  folder = _gt_window_inspection_dup_folder ();
  g_assert_nonnull (folder);
  folder_path = g_file_get_path (folder);
  g_assert_cmpstr (folder_path, ==, dir);
  g_clear_object (&folder);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_null (_gt_window_inspection_dup_folder ());
}

static void
add_tests (void)
{
  g_test_add_func ("/inspection-menu-ui/menu", test_menu);
  g_test_add_func ("/inspection-menu-ui/week-remembered", test_week_remembered);
  g_test_add_func ("/inspection-menu-ui/write", test_write);
  g_test_add_func ("/inspection-menu-ui/folder-remembered", test_folder_remembered);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
