/* test-presentation-ui.c: F5 on the demo register.
 *
 * Runs under Xvfb (build-aux/test). The slides open full screen; the keys of a
 * keyboard or a presenter's clicker move through them, jump to a number, blank
 * the screen and leave. With GUATU_SCREENSHOT_DIR set, saves PNGs of the first
 * slides as shown.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-preferences.h"
#include "gt-presentation.h"
#include "gt-test-ui.h"
#include "gt-window-private.h"

static GtPresentation *
open_presentation (void)
{
  GtkWindow *window;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.present",
                                             NULL));
  gt_test_ui_settle (300);
  window = gt_test_ui_find_window (GT_TYPE_PRESENTATION);
  g_assert_nonnull (window);
  return GT_PRESENTATION (window);
}

static void
key (GtPresentation *presentation,
     guint           keyval)
{
  g_assert_true (gt_presentation_handle_key (presentation, keyval, 0));
}

static void
test_navigate (void)
{
  GtPresentation *presentation = open_presentation ();
  g_autoptr(GtkWidget) guard = g_object_ref (GTK_WIDGET (presentation));

  g_assert_cmpuint (gt_presentation_get_current (presentation), ==, 0);
  gt_test_ui_save_screenshot (GTK_WIDGET (presentation), "presentation-title.png");

  key (presentation, GDK_KEY_Right);
  key (presentation, GDK_KEY_Page_Down);
  key (presentation, GDK_KEY_space);
  g_assert_cmpuint (gt_presentation_get_current (presentation), ==, 3);
  key (presentation, GDK_KEY_Left);
  key (presentation, GDK_KEY_Page_Up);
  g_assert_cmpuint (gt_presentation_get_current (presentation), ==, 1);
  gt_test_ui_settle (100);
  gt_test_ui_save_screenshot (GTK_WIDGET (presentation), "presentation-figures.png");

  /* Back from the first stays there; End goes to the last. */
  key (presentation, GDK_KEY_Home);
  key (presentation, GDK_KEY_Up);
  g_assert_cmpuint (gt_presentation_get_current (presentation), ==, 0);
  /* The demo's deck: title, figures, localities, two of the red list, the
   * overdue issues. */
  key (presentation, GDK_KEY_End);
  g_assert_cmpuint (gt_presentation_get_current (presentation), >=, 5);
  key (presentation, GDK_KEY_Down);
  g_assert_cmpuint (gt_presentation_get_current (presentation), >=, 5);

  /* A number then Enter: slide 5 (the fifth, index 4). */
  key (presentation, GDK_KEY_5);
  key (presentation, GDK_KEY_Return);
  g_assert_cmpuint (gt_presentation_get_current (presentation), ==, 4);
  key (presentation, GDK_KEY_1);
  key (presentation, GDK_KEY_2);
  key (presentation, GDK_KEY_BackSpace);
  key (presentation, GDK_KEY_KP_Enter);
  g_assert_cmpuint (gt_presentation_get_current (presentation), ==, 0);
  /* Beyond the last: nothing happens. */
  key (presentation, GDK_KEY_9);
  key (presentation, GDK_KEY_9);
  key (presentation, GDK_KEY_9);
  key (presentation, GDK_KEY_Return);
  g_assert_cmpuint (gt_presentation_get_current (presentation), ==, 0);

  /* B blanks and brings back; a move brings back too. */
  key (presentation, GDK_KEY_b);
  g_assert_true (gt_presentation_is_black (presentation));
  key (presentation, GDK_KEY_b);
  g_assert_false (gt_presentation_is_black (presentation));
  key (presentation, GDK_KEY_period);
  key (presentation, GDK_KEY_Right);
  g_assert_false (gt_presentation_is_black (presentation));

  g_assert_false (gt_presentation_handle_key (presentation, GDK_KEY_F1, 0));

  key (presentation, GDK_KEY_Escape);
  gt_test_ui_settle (200);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (presentation)));
}

/* What the menu's Export Meeting Slides… writes once a file is chosen. */
static void
test_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-slides-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "meeting.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_no_error (error);
  g_assert_true (_gt_window_export_slides_to (gt_test_ui_window (), file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The window's export goes through the checks every export makes: the
 * register itself is no target, and is left as it was. */
static void
test_export_register (void)
{
  g_autoptr(GError) error = NULL;
  const char *path = gt_store_get_path (gt_test_ui_store ());
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length = 0, after_length = 0;

  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));
  g_assert_false (_gt_window_export_slides_to (gt_test_ui_window (), file, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
}

/* The pages of the slides the window exports (cairo writes each page's
 * dictionary uncompressed, "<< /Type /Page % 3"). */
static guint
exported_pages (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-slides-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "meeting.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint pages = 0;

  g_assert_no_error (error);
  g_assert_true (_gt_window_export_slides_to (gt_test_ui_window (), file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  /* Binary streams hold NULs: memmem, not strstr. */
  for (const char *at = memmem (contents, length, "/Type /Page %", 13); at != NULL;
       at = memmem (at + 1, length - (at + 1 - contents), "/Type /Page %", 13))
    pages++;
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  return pages;
}

/* Preferences → Slides per Project: every project's slides make the deck
 * longer, the red and amber ones alone shorter again. */
static void
test_per_project (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *stored = NULL;
  guint lagging, all;
  GtkWindow *prefs;
  GtkWidget *row;

  g_action_group_activate_action (G_ACTION_GROUP (g_application_get_default ()), "preferences",
                                  NULL);
  gt_test_ui_settle (300);
  prefs = gt_test_ui_find_window (GT_TYPE_PREFERENCES);
  g_assert_nonnull (prefs);
  row = gt_test_ui_find_widget (GTK_WIDGET (prefs), gt_test_ui_is_row_titled,
                                _("Slides per Project"));
  g_assert_true (ADW_IS_COMBO_ROW (row));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);

  lagging = exported_pages ();
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  stored = g_settings_get_string (settings, "slides-per-project");
  g_assert_cmpstr (stored, ==, "all");
  all = exported_pages ();
  g_test_message ("%u slides of the red and amber projects, %u of all", lagging, all);
  g_assert_cmpuint (lagging, >=, 5);
  g_assert_cmpuint (all, >, lagging);

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
  g_assert_cmpuint (exported_pages (), ==, lagging);
  gtk_window_destroy (prefs);
}

static void
add_tests (void)
{
  g_test_add_func ("/presentation-ui/navigate", test_navigate);
  g_test_add_func ("/presentation-ui/export", test_export);
  g_test_add_func ("/presentation-ui/export-register", test_export_register);
  g_test_add_func ("/presentation-ui/per-project", test_per_project);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
