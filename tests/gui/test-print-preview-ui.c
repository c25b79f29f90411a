/* test-print-preview-ui.c: the print dialog's Preview inside Guatu (issue 19,
 * item 11): the preview window opens with the first page drawn through the
 * print operation, pages through, fits or shows the page at its size, closes
 * on Esc and prints from its Print button. Under Xvfb.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-print-preview.h"
#include "gt-test-ui.h"
#include "gt-test-util.h"
#include "gt-window-private.h"

static char *config_dir;

static void
show_page (const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()),
                                             "win.show-page", "s", name));
  gt_test_ui_settle (200);
}

static GtPrintPreview *
open_preview (const char *page)
{
  GtPrintPreview *preview = NULL;

  show_page (page);
  /* The main menu's Print Preview (Ctrl+Shift+P). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()),
                                             "win.print-preview", NULL));
  for (guint i = 0; i < 200 && (preview == NULL || !gt_print_preview_is_ready (preview)); i++)
    {
      gt_test_ui_settle (50);
      preview = GT_PRINT_PREVIEW (gt_test_ui_find_window (GT_TYPE_PRINT_PREVIEW));
    }
  g_assert_nonnull (preview);
  g_assert_true (gt_print_preview_is_ready (preview));
  gt_test_ui_settle (300);
  return preview;
}

/* Pixels of @surface that are not white: what was drawn on the page. */
static guint
count_ink (cairo_surface_t *surface)
{
  const guint8 *data;
  int width, height, stride;
  guint ink = 0;

  g_assert_nonnull (surface);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        if ((row[x] & 0xffffff) != 0xffffff)
          ink++;
    }
  return ink;
}

/* Pixels of the window as shown that are dark: text and lines on the page. */
static guint
count_dark (GtkWidget *widget)
{
  g_autoptr(GdkTexture) texture = gt_test_ui_render (widget);
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guint8 *data = g_malloc ((gsize) width * height * 4);
  guint dark = 0;

  gdk_texture_download (texture, data, (gsize) width * 4);
  /* Below the header bar: the page itself. */
  for (int y = 60; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guint8 *p = data + ((gsize) y * width + x) * 4;

        if (p[0] < 100 && p[1] < 100 && p[2] < 100)
          dark++;
      }
  return dark;
}

static gboolean
close_window (GtkWindow *window)
{
  g_autoptr(GtkWindow) ref = g_object_ref (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL);
  gt_test_ui_settle (200);
  return !gtk_widget_get_visible (GTK_WIDGET (ref));
}

/* The wall chart: page 1 drawn, on the screen too; the next page another
 * picture; the last reached; Esc closes. */
static void
test_wall_chart (void)
{
  GtPrintPreview *preview = open_preview ("gantt");
  guint n_pages = gt_print_preview_get_n_pages (preview);
  g_autoptr(GBytes) first = NULL;
  cairo_surface_t *surface;
  guint ink;

  g_test_message ("%u pages", n_pages);
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (gt_print_preview_get_page (preview), ==, 0);
  surface = gt_print_preview_get_surface (preview);
  ink = count_ink (surface);
  g_test_message ("page 1: %u pixels of ink", ink);
  g_assert_cmpuint (ink, >, 2000);
  g_assert_cmpuint (count_dark (GTK_WIDGET (preview)), >, 200);
  first = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) *
                       cairo_image_surface_get_height (surface));
  gt_test_ui_save_screenshot (GTK_WIDGET (preview), "print-preview.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next", NULL));
  gt_test_ui_settle (200);
  g_assert_cmpuint (gt_print_preview_get_page (preview), ==, 1);
  surface = gt_print_preview_get_surface (preview);
  g_assert_cmpuint (count_ink (surface), >, 2000);
  g_assert_false (g_bytes_get_size (first) == (gsize) cairo_image_surface_get_stride (surface) *
                  cairo_image_surface_get_height (surface) &&
                  memcmp (g_bytes_get_data (first, NULL), cairo_image_surface_get_data (surface),
                          g_bytes_get_size (first)) == 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.last", NULL));
  gt_test_ui_settle (200);
  g_assert_cmpuint (gt_print_preview_get_page (preview), ==, n_pages - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.first", NULL));
  gt_test_ui_settle (200);
  g_assert_cmpuint (gt_print_preview_get_page (preview), ==, 0);

  g_assert_true (close_window (GTK_WINDOW (preview)));
  g_assert_null (gt_test_ui_find_window (GT_TYPE_PRINT_PREVIEW));

  /* To look at: on a small screen, within the window. */
  if (g_getenv ("GUATU_SCREENSHOT_DIR") != NULL)
    {
      GtkWindow *window = GTK_WINDOW (gt_test_ui_window ());
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      gtk_window_set_default_size (window, 800, 600);
      gt_test_ui_settle (300);
      preview = open_preview ("gantt");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next", NULL));
      gt_test_ui_settle (300);
      gt_test_ui_save_screenshot (GTK_WIDGET (preview), "print-preview-800.png");
      g_assert_true (close_window (GTK_WINDOW (preview)));
      gtk_window_set_default_size (window, width, height);
      gt_test_ui_settle (300);
    }
}

/* A one-page table: no next page; the page at its size is larger than
 * fitted into the window. */
static void
test_overview (void)
{
  GtPrintPreview *preview = open_preview ("overview");
  cairo_surface_t *surface = gt_print_preview_get_surface (preview);
  GtkWidget *fit;
  int fitted;

  g_assert_cmpuint (gt_print_preview_get_n_pages (preview), >=, 1);
  g_assert_cmpuint (count_ink (surface), >, 2000);
  fitted = cairo_image_surface_get_width (surface);
  fit = gt_test_ui_find_widget (GTK_WIDGET (preview), gt_test_ui_is_of_type,
                                GSIZE_TO_POINTER (GTK_TYPE_TOGGLE_BUTTON));
  g_assert_nonnull (fit);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (fit), FALSE);
  gt_test_ui_settle (300);
  surface = gt_print_preview_get_surface (preview);
  g_test_message ("fitted %d px wide, at its size %d", fitted,
                  cairo_image_surface_get_width (surface));
  g_assert_cmpint (cairo_image_surface_get_width (surface), !=, fitted);
  g_assert_true (close_window (GTK_WINDOW (preview)));
}

static GtkWindow *
wait_for_print_dialog (void)
{
  GtkWindow *dialog = NULL;

  for (guint i = 0; i < 100 && dialog == NULL; i++)
    {
      gt_test_ui_settle (50);
      /* By name: its header is gtk4-unix-print's, not GTK's. */
      if (g_type_from_name ("GtkPrintUnixDialog") != 0)
        dialog = gt_test_ui_find_window (g_type_from_name ("GtkPrintUnixDialog"));
    }
  g_assert_nonnull (dialog);
  return dialog;
}

/* Print goes on to the print dialog with the pages previewed; cancelled
 * there, nothing more happens (no error). */
static void
test_print (void)
{
  GtPrintPreview *preview = open_preview ("issues");
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.print", NULL));
  dialog = wait_for_print_dialog ();
  g_assert_null (gt_test_ui_find_window (GT_TYPE_PRINT_PREVIEW));
  gt_test_ui_save_screenshot (GTK_WIDGET (dialog), "print-preview-dialog.png");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  gt_test_ui_settle (300);
  g_assert_null (gt_test_ui_find_window (g_type_from_name ("GtkPrintUnixDialog")));
  g_assert_null (gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG));
}

/* Ctrl+P, then the dialog's Preview (its "apply" response): the preview
 * opens inside Guatu, as no external previewer is needed. */
static void
test_from_dialog (void)
{
  GtPrintPreview *preview = NULL;
  GtkWindow *dialog;

  show_page ("reports");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.print",
                                             NULL));
  dialog = wait_for_print_dialog ();
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_APPLY);
  for (guint i = 0; i < 200 && (preview == NULL || !gt_print_preview_is_ready (preview)); i++)
    {
      gt_test_ui_settle (50);
      preview = GT_PRINT_PREVIEW (gt_test_ui_find_window (GT_TYPE_PRINT_PREVIEW));
    }
  g_assert_nonnull (preview);
  g_assert_true (gt_print_preview_is_ready (preview));
  gt_test_ui_settle (300);
  g_assert_cmpuint (count_ink (gt_print_preview_get_surface (preview)), >, 2000);
  gt_test_ui_save_screenshot (GTK_WIDGET (preview), "print-preview-report.png");
  g_assert_true (close_window (GTK_WINDOW (preview)));
  g_assert_null (gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG));
}

/* Ctrl+P to the file printer: the dialog returns at once, the pages are drawn
 * while the main loop runs (asynchronously, with GTK's progress), and the
 * file is whole at the end. */
static void
test_print_to_file (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *keys_dir = g_build_filename (config_dir, "guatu", NULL);
  g_autofree char *keys_path = g_build_filename (keys_dir, "print.ini", NULL);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *contents = NULL;
  GObject *printer = NULL;
  GtkWindow *dialog;
  gsize length = 0;

  gtk_print_settings_set_printer (settings, "Print to File");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
  gtk_print_settings_to_key_file (settings, keys, "Print Settings");
  g_assert_cmpint (g_mkdir_with_parents (keys_dir, 0700), ==, 0);
  g_assert_true (g_key_file_save_to_file (keys, keys_path, NULL));

  show_page ("gantt");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (gt_test_ui_window ()), "win.print",
                                             NULL));
  dialog = wait_for_print_dialog ();
  g_assert_true (gtk_window_get_modal (dialog));
  /* The file printer is listed (and chosen, from the settings) a moment after. */
  for (guint i = 0; i < 100 && printer == NULL; i++)
    {
      gt_test_ui_settle (50);
      g_object_get (dialog, "selected-printer", &printer, NULL);
    }
  g_assert_nonnull (printer);
  g_object_unref (printer);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  for (guint i = 0; i < 400 && !g_file_test (path, G_FILE_TEST_EXISTS); i++)
    gt_test_ui_settle (50);
  gt_test_ui_settle (1000);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (length, >, 10000);
  g_assert_null (gt_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG));
  gt_test_remove_tree (dir);
  g_unlink (keys_path);
}

static void
add_tests (void)
{
  g_test_add_func ("/print-preview-ui/wall-chart", test_wall_chart);
  g_test_add_func ("/print-preview-ui/overview", test_overview);
  g_test_add_func ("/print-preview-ui/print", test_print);
  g_test_add_func ("/print-preview-ui/from-dialog", test_from_dialog);
  g_test_add_func ("/print-preview-ui/print-to-file", test_print_to_file);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  config_dir = g_dir_make_tmp ("guatu-config-XXXXXX", NULL);
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  status = gt_test_ui_run (&argc, &argv, add_tests);
  gt_test_remove_tree (config_dir);
  g_free (config_dir);
  return status;
}
