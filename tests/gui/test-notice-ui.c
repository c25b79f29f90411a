/* test-notice-ui.c: the monthly notice from the window: the main menu's item,
 * and what it writes once a file is chosen (DOCX and PDF by the extension, of
 * the month the Overview shows; anything else, and the register itself,
 * refused).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-format.h"
#include "gt-notice.h"
#include "gt-reports-view.h"
#include "gt-preferences.h"
#include "gt-test-ui.h"
#include "gt-window-notice.h"
#include "gt-window-private.h"

static void
test_menu (void)
{
  GtWindow *window = gt_test_ui_window ();

  GtkPopover *popover;

  g_assert_true (gt_test_ui_menu_has_action (window->primary_menu, "win.export-notice"));
  /* Open, to look at. */
  gtk_menu_button_popup (window->primary_menu_button);
  gt_test_ui_settle (300);
  popover = gtk_menu_button_get_popover (window->primary_menu_button);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gt_test_ui_save_screenshot (GTK_WIDGET (popover), "notice-menu");
  gtk_menu_button_popdown (window->primary_menu_button);
  gt_test_ui_settle (100);
}

static void
write_notice (const char  *name,
              const char  *magic,
              gboolean     ok)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-notice-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_no_error (error);
  if (!ok)
    {
      g_assert_false (_gt_window_export_notice_to (gt_test_ui_window (), file, &error));
      g_assert_nonnull (error);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_cmpint (g_rmdir (dir), ==, 0);
      return;
    }
  g_assert_true (_gt_window_export_notice_to (gt_test_ui_window (), file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpmem (contents, strlen (magic), magic, strlen (magic));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_export (void)
{
  write_notice ("通报.docx", "PK\003\004", TRUE);
  write_notice ("通报.PDF", "%PDF-", TRUE);
  write_notice ("通报.odt", NULL, FALSE);
}

/* The register itself is no target, and is left as it was. */
static void
test_export_register (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_strconcat (gt_store_get_path (gt_test_ui_store ()), ".docx", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = NULL;
  gsize before_length = 0, after_length = 0;

  /* A link named .docx to the register: the checks see through the name. */
  g_assert_cmpint (symlink (gt_store_get_path (gt_test_ui_store ()), copy), ==, 0);
  file = g_file_new_for_path (copy);
  g_assert_true (g_file_get_contents (copy, &before, &before_length, NULL));
  g_assert_false (_gt_window_export_notice_to (gt_test_ui_window (), file, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_file_get_contents (copy, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
  g_assert_cmpint (g_unlink (copy), ==, 0);
}

/* The text of the notice the window writes as PDF now, spaces and line breaks
 * taken out. */
static char *
exported_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-notice-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "notice.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autofree char *out = NULL;
  GString *text = g_string_new (NULL);
  int wait_status = 0;

  g_assert_true (_gt_window_export_notice_to (gt_test_ui_window (), file, &error));
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);
  for (const char *p = out; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (text, *p);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  return g_string_free (text, FALSE);
}

/* As of the monthly sheet's month when that page is shown (as the window's
 * other outputs), else the Overview's. */
static void
test_month (void)
{
  GtWindow *window = gt_test_ui_window ();
  GtkWidget *view;
  g_autofree char *month = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;

  gt_window_show_page (window, "reports");
  view = gt_window_get_page (window, "reports");
  g_assert_true (GT_IS_REPORTS_VIEW (view));
  gtk_widget_activate_action (view, "view.previous-month", NULL);
  gtk_widget_activate_action (view, "view.previous-month", NULL);
  gt_test_ui_settle (100);
  month = gt_format_month (gt_reports_view_get_year (GT_REPORTS_VIEW (view)),
                           gt_reports_view_get_month (GT_REPORTS_VIEW (view)));
  /* TRANSLATORS: as in gt-notice.c */
  title = g_strdup_printf (_("Notice on the Progress of the County’s Key Projects in %s"),
                           month);
  g_strdelimit (title, " \n", '\a');
  text = exported_text ();
  {
    g_auto(GStrv) words = g_strsplit (title, "\a", -1);
    g_autofree char *squeezed = g_strjoinv ("", words);

    g_assert_nonnull (strstr (text, squeezed));
  }
  gtk_widget_activate_action (view, "view.next-month", NULL);
  gtk_widget_activate_action (view, "view.next-month", NULL);
  gt_window_show_page (window, "overview");
  gt_test_ui_settle (100);
}

/* Preferences → Monthly Notice: the rules the notice is made by. */
static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GtNoticeRules) rules = { 0 };
  GtkWindow *prefs = GTK_WINDOW (gt_preferences_new (GTK_WINDOW (gt_test_ui_window ())));
  GtkWidget *row, *spin, *prefix;

  gtk_window_present (prefs);
  gt_test_ui_settle (200);
  row = gt_test_ui_find_widget (GTK_WIDGET (prefs), gt_test_ui_is_row_titled, _("Red List"));
  g_assert_nonnull (row);
  spin = gt_test_ui_find_widget (row, gt_test_ui_is_of_type,
                                 GSIZE_TO_POINTER (GTK_TYPE_SPIN_BUTTON));
  g_assert_nonnull (spin);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, 5);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 8);
  /* Below the schema's range: the box stops at 1. */
  row = gt_test_ui_find_widget (GTK_WIDGET (prefs), gt_test_ui_is_row_titled,
                                _("Black List: Months Red"));
  spin = gt_test_ui_find_widget (row, gt_test_ui_is_of_type,
                                 GSIZE_TO_POINTER (GTK_TYPE_SPIN_BUTTON));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 0);
  prefix = gt_test_ui_find_widget (GTK_WIDGET (prefs), gt_test_ui_is_row_titled,
                                   _("Number Prefix"));
  g_assert_nonnull (prefix);
  gtk_editable_set_text (GTK_EDITABLE (prefix), "测重点办");
  /* Scrolled to the group, to look at. */
  gtk_widget_grab_focus (prefix);
  gt_test_ui_settle (300);
  gt_test_ui_save_screenshot (GTK_WIDGET (prefs), "notice-preferences");

  gt_notice_rules_load (&rules);
  g_assert_cmpuint (rules.red_list_size, ==, 8);
  g_assert_cmpuint (rules.black_list_months, ==, 1);
  g_assert_cmpstr (rules.number_prefix, ==, "测重点办");
  gtk_window_destroy (prefs);
  gt_test_ui_settle (100);
  g_settings_reset (settings, "notice-red-list-size");
  g_settings_reset (settings, "notice-black-list-months");
  g_settings_reset (settings, "notice-number-prefix");
}

static void
add_tests (void)
{
  g_test_add_func ("/notice-ui/menu", test_menu);
  g_test_add_func ("/notice-ui/export", test_export);
  g_test_add_func ("/notice-ui/export-register", test_export_register);
  g_test_add_func ("/notice-ui/month", test_month);
  g_test_add_func ("/notice-ui/preferences", test_preferences);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
