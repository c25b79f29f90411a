/* test-export-ui.c: Export… in a worker thread under the export bar: the
 * window's main loop runs on meanwhile, the bar's progress reaches the end,
 * Cancel leaves nothing on disk, and a toast with Open says where the file
 * went (issue 19, item 14). Under Xvfb.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-gantt-view.h"
#include "gt-test-ui.h"
#include "gt-test-util.h"
#include "gt-window-private.h"

#define N_STEPS 50

static char *config_dir;
static char *data_dir;
static char *opened_path;   /* where the stand-in PDF viewer copies a file */
static char *quit_path;     /* the temporary of /export-ui/quit */

static void
show_page (const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()),
                                             "win.show-page", "s", name));
  gt_test_ui_settle (200);
}

/* The work of /export-ui/responsive: each step waits until the main loop has
 * gone round once more, so that it ends only if the main loop runs while it
 * works. */
typedef struct {
  int main_turns;   /* atomic */
  int steps_done;   /* atomic */
} Lockstep;

static gboolean
lockstep_work (gpointer                data,
               const GtExportMonitor  *monitor,
               GError                **error)
{
  Lockstep *lockstep = data;

  for (guint i = 0; i <= N_STEPS; i++)
    {
      int seen = g_atomic_int_get (&lockstep->main_turns);

      if (!gt_export_monitor_step (monitor, i, N_STEPS, error))
        return FALSE;
      g_atomic_int_set (&lockstep->steps_done, (int) i);
      while (g_atomic_int_get (&lockstep->main_turns) == seen)
        g_usleep (1000);
    }
  return TRUE;
}

typedef struct {
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Outcome;

static void
outcome_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Outcome *outcome = data;

  outcome->ok = gt_export_bar_run_finish (_gt_window_get_export_bar (gt_test_ui_window ()),
                                          result, &outcome->error);
  outcome->done = TRUE;
}

/* While the work runs the window's main loop goes round (it handles events
 * and draws), the bar is shown, and the fraction it shows only grows, to 1. */
static void
test_responsive (void)
{
  GtExportBar *bar = _gt_window_get_export_bar (gt_test_ui_window ());
  GtkWidget *revealer = gtk_widget_get_first_child (GTK_WIDGET (bar));
  Lockstep lockstep = { 0, 0 };
  Outcome outcome = { FALSE, FALSE, NULL };
  double last = 0;
  guint turns = 0;
  gboolean shown = FALSE;
  gboolean pictured = FALSE;

  g_autofree char *label = g_strdup_printf (_("Exporting “%s”…"), "挂图作战（2026年11月）.pdf");

  g_assert_false (gt_export_bar_is_busy (bar));
  gt_export_bar_run (bar, label, lockstep_work, &lockstep, NULL, outcome_cb, &outcome);
  g_assert_true (gt_export_bar_is_busy (bar));
  while (!outcome.done)
    {
      double fraction = gt_export_bar_get_fraction (bar);

      g_main_context_iteration (NULL, FALSE);
      g_atomic_int_inc (&lockstep.main_turns);
      turns++;
      g_assert_cmpfloat (fraction, >=, last);
      last = fraction;
      shown = shown || gtk_revealer_get_reveal_child (GTK_REVEALER (revealer));
      /* Halfway, to look at (rendering runs the main loop too). */
      if (!pictured && g_atomic_int_get (&lockstep.steps_done) >= N_STEPS / 2)
        {
          GtkWindow *window = GTK_WINDOW (gt_test_ui_window ());
          int width, height;

          gt_test_ui_save_screenshot (GTK_WIDGET (window), "export-progress.png");
          /* And on the small screens offices have. */
          if (g_getenv ("GUATU_SCREENSHOT_DIR") != NULL)
            {
              gtk_window_get_default_size (window, &width, &height);
              gtk_window_set_default_size (window, 800, 600);
              gt_test_ui_settle (300);
              gt_test_ui_save_screenshot (GTK_WIDGET (window), "export-progress-800.png");
              gtk_window_set_default_size (window, width, height);
              gt_test_ui_settle (300);
            }
          pictured = TRUE;
        }
    }
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.ok);
  g_test_message ("%u turns of the main loop during the work", turns);
  g_assert_cmpuint (turns, >, N_STEPS);
  g_assert_true (shown);
  g_assert_cmpfloat (gt_export_bar_get_fraction (bar), ==, 1.0);
  g_assert_false (gt_export_bar_is_busy (bar));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
}

static void
wait_for_export (void)
{
  GtExportBar *bar = _gt_window_get_export_bar (gt_test_ui_window ());

  while (gt_export_bar_is_busy (bar))
    g_main_context_iteration (NULL, TRUE);
  gt_test_ui_settle (300);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (handle);
  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

/* Export… of the wall chart: the file whole, and a toast naming it with an
 * Open button. */
static void
test_toast (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "wall.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  GtWindow *window = gt_test_ui_window ();
  GtkWidget *open;

  show_page ("gantt");
  _gt_window_export_start (window, file);
  wait_for_export ();
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (count_files (dir), ==, 1);
  g_assert_cmpfloat (gt_export_bar_get_fraction (_gt_window_get_export_bar (window)), ==, 1.0);

  open = gt_test_ui_find_widget (GTK_WIDGET (window), gt_test_ui_is_button_labelled,
                                 _("_Open"));
  g_assert_nonnull (open);
  g_assert_true (gtk_widget_get_visible (open));
  gt_test_ui_save_screenshot (GTK_WIDGET (window), "export-toast.png");

  /* Open hands the file to the default application for PDF: here one that
   * copies it where the test looks (see main()). */
  g_assert_true (gtk_widget_activate (open));
  for (guint i = 0; i < 100 && !g_file_test (opened_path, G_FILE_TEST_EXISTS); i++)
    gt_test_ui_settle (50);
  g_assert_true (g_file_test (opened_path, G_FILE_TEST_EXISTS));
  g_unlink (opened_path);
  gt_test_remove_tree (dir);
  gt_test_ui_settle (6000);   /* the toast goes */
}

/* Cancelled at once, over an old file and into an empty folder: the old file
 * as it was, no new file, no temporary. */
static void
test_cancel (void)
{
  static const char *const names[] = { "wall.pdf", "wall.png" };
  GtWindow *window = gt_test_ui_window ();
  GtGanttView *gantt;

  show_page ("gantt");
  /* The long zoom: a few dozen pages, a tall picture. */
  gantt = GT_GANTT_VIEW (gt_window_get_page (window, "gantt"));
  gt_gantt_view_set_zoom (gantt, GT_GANTT_ZOOM_WEEK);
  gt_test_ui_settle (200);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    for (guint old = 0; old < 2; old++)
      {
        g_autofree char *dir = gt_test_make_dir ();
        g_autofree char *path = g_build_filename (dir, names[i], NULL);
        g_autoptr(GFile) file = g_file_new_for_path (path);

        if (old)
          g_assert_true (g_file_set_contents (path, "old", -1, NULL));
        _gt_window_export_start (window, file);
        g_assert_true (gt_export_bar_is_busy (_gt_window_get_export_bar (window)));
        gt_export_bar_cancel (_gt_window_get_export_bar (window));
        wait_for_export ();
        g_assert_cmpuint (count_files (dir), ==, old ? 1 : 0);
        if (old)
          {
            g_autofree char *contents = NULL;

            g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
            g_assert_cmpstr (contents, ==, "old");
          }
        g_assert_null (gt_test_ui_find_widget (GTK_WIDGET (window),
                                               gt_test_ui_is_button_labelled, _("_Open")));
        gt_test_remove_tree (dir);
      }
  gt_gantt_view_set_zoom (gantt, GT_GANTT_ZOOM_QUARTER);
}

/* The slides too go through the bar. */
static void
test_slides (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "slides.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;

  _gt_window_export_slides_start (gt_test_ui_window (), file);
  g_assert_true (gt_export_bar_is_busy (_gt_window_get_export_bar (gt_test_ui_window ())));
  wait_for_export ();
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_nonnull (gt_test_ui_find_widget (GTK_WIDGET (gt_test_ui_window ()),
                                            gt_test_ui_is_button_labelled, _("_Open")));
  gt_test_remove_tree (dir);
}

/* A target that cannot be written (its folder is gone): the message says
 * why, the bar goes, no toast offers to open anything. */
static void
test_failure (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-guatu-folder/wall.pdf");
  GtWindow *window = gt_test_ui_window ();
  GtkWindow *dialog;

  show_page ("gantt");
  _gt_window_export_start (window, file);
  wait_for_export ();
  dialog = gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_test_message ("%s", adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "wall.pdf"));
  g_assert_null (gt_test_ui_find_widget (GTK_WIDGET (window), gt_test_ui_is_button_labelled,
                                         _("_Open")));
  gtk_window_destroy (dialog);
  gt_test_ui_settle (200);
}

/* A window closed while it exports: the work stops and writes nothing, and
 * its end finds the window gone without harm (no critical). */
static void
test_window_closed (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "wall.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtApplication *app = GT_APPLICATION (g_application_get_default ());
  GtWindow *window = gt_window_new (app, gt_test_ui_store ());
  g_autoptr(GtExportBar) bar = NULL;

  gtk_window_present (GTK_WINDOW (window));
  gt_test_ui_settle (300);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "gantt"));
  gt_test_ui_settle (200);
  _gt_window_export_start (window, file);
  bar = g_object_ref (_gt_window_get_export_bar (window));
  g_assert_true (gt_export_bar_is_busy (bar));
  gtk_window_destroy (GTK_WINDOW (window));
  while (gt_export_bar_is_busy (bar))
    g_main_context_iteration (NULL, TRUE);
  gt_test_ui_settle (200);
  g_assert_cmpuint (count_files (dir), ==, 0);
  gt_test_remove_tree (dir);
}

/* The work of /export-ui/quit: a temporary file, kept until it is cancelled,
 * then removed a while after, as a writer's cleanup takes its time. */
static gboolean
slow_cleanup_work (gpointer                data,
                   const GtExportMonitor  *monitor,
                   GError                **error)
{
  const char *path = data;

  g_assert_true (g_file_set_contents (path, "half", -1, NULL));
  while (gt_export_monitor_step (monitor, 0, 1, error))
    g_usleep (1000);
  g_usleep (300000);
  g_unlink (path);
  return FALSE;
}

static void
ignore_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  gt_export_bar_run_finish (_gt_window_get_export_bar (gt_test_ui_window ()), result, NULL);
}

/* Last: quitting while an export runs waits for it to clean up (main()
 * checks that its temporary is gone once the application has returned). */
static void
test_quit (void)
{
  GtExportBar *bar = _gt_window_get_export_bar (gt_test_ui_window ());

  gt_export_bar_run (bar, "quit", slow_cleanup_work, quit_path, NULL, ignore_cb, NULL);
  while (!g_file_test (quit_path, G_FILE_TEST_EXISTS))
    g_main_context_iteration (NULL, FALSE);
}

static void
add_tests (void)
{
  g_test_add_func ("/export-ui/responsive", test_responsive);
  g_test_add_func ("/export-ui/cancel", test_cancel);
  g_test_add_func ("/export-ui/failure", test_failure);
  g_test_add_func ("/export-ui/toast", test_toast);
  g_test_add_func ("/export-ui/slides", test_slides);
  g_test_add_func ("/export-ui/window-closed", test_window_closed);
  g_test_add_func ("/export-ui/quit", test_quit);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  config_dir = g_dir_make_tmp ("guatu-config-XXXXXX", NULL);
  data_dir = g_dir_make_tmp ("guatu-data-XXXXXX", NULL);
  opened_path = g_build_filename (data_dir, "opened.pdf", NULL);
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);
  /* A stand-in PDF viewer, the default for PDF, that copies what it opens. */
  {
    g_autofree char *apps = g_build_filename (data_dir, "applications", NULL);
    g_autofree char *desktop = g_build_filename (apps, "guatu-test-open.desktop", NULL);
    g_autofree char *mimeapps = g_build_filename (config_dir, "mimeapps.list", NULL);
    g_autofree char *entry = g_strdup_printf ("[Desktop Entry]\nType=Application\n"
                                              "Name=Test Viewer\nExec=cp %%f %s\n"
                                              "MimeType=application/pdf;\n", opened_path);

    g_assert_cmpint (g_mkdir_with_parents (apps, 0700), ==, 0);
    g_assert_true (g_file_set_contents (desktop, entry, -1, NULL));
    g_assert_true (g_file_set_contents (mimeapps, "[Default Applications]\n"
                                        "application/pdf=guatu-test-open.desktop\n", -1,
                                        NULL));
  }
  quit_path = g_build_filename (data_dir, ".wall.pdf.XXXXXX", NULL);
  status = gt_test_ui_run (&argc, &argv, add_tests);
  if (g_file_test (quit_path, G_FILE_TEST_EXISTS) && status == 0)
    {
      g_printerr ("Bail out! the export's temporary was left when the application quit\n");
      status = 1;
    }
  g_free (quit_path);
  gt_test_remove_tree (config_dir);
  gt_test_remove_tree (data_dir);
  g_free (config_dir);
  g_free (data_dir);
  g_free (opened_path);
  return status;
}
