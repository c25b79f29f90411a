/* test-front-line-ui.c: the Wall Chart page's front line (前锋线) toggle: the
 * line on the canvas, its key under it, what the tooltip says, and the choice
 * remembered in the settings.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-gantt-canvas.h"
#include "gt-gantt-view.h"
#include "gt-test-ui.h"
#include "gt-window.h"

/* The line's ink, light and dark (gt-gantt-palette.c). */
static const guint32 inks[] = { 0x8e24aa, 0xd59ee6 };

static GtGanttView *
gantt_view (void)
{
  GtkWidget *page;

  gt_window_show_page (gt_test_ui_window (), "gantt");
  gt_test_ui_settle (100);
  page = gt_window_get_page (gt_test_ui_window (), "gantt");
  g_assert_true (GT_IS_GANTT_VIEW (page));
  return GT_GANTT_VIEW (page);
}

/* Pixels of the line's ink in @widget as drawn now. */
static guint
count_ink (GtkWidget  *widget,
           const char *name)
{
  g_autoptr(GdkTexture) texture = gt_test_ui_render (widget);
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guint32 *pixels = g_new (guint32, (gsize) width * height);
  guint n = 0;

  gdk_texture_download (texture, (guchar *) pixels, (gsize) width * 4);
  gt_test_ui_save_texture (texture, name);
  for (gsize i = 0; i < (gsize) width * height; i++)
    for (guint k = 0; k < G_N_ELEMENTS (inks); k++)
      {
        guint32 p = pixels[i];

        if (ABS ((int) (p >> 16 & 0xff) - (int) (inks[k] >> 16 & 0xff)) <= 10
            && ABS ((int) (p >> 8 & 0xff) - (int) (inks[k] >> 8 & 0xff)) <= 10
            && ABS ((int) (p & 0xff) - (int) (inks[k] & 0xff)) <= 10)
          n++;
      }
  return n;
}

/* Whether some row's tooltip says where the front line passes: a line more
 * than with the line off. */
static gboolean
some_row_says_front_line (GtGanttCanvas *canvas,
                          guint          n_rows)
{
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *with = gt_gantt_canvas_describe_row (canvas, i);
      g_autofree char *without = NULL;

      gt_gantt_canvas_set_front_line (canvas, FALSE);
      without = gt_gantt_canvas_describe_row (canvas, i);
      gt_gantt_canvas_set_front_line (canvas, TRUE);
      if (!g_str_equal (with, without) && g_str_has_prefix (with, without))
        {
          g_test_message ("%s", with);
          return TRUE;
        }
    }
  return FALSE;
}

static void
test_toggle (void)
{
  GtGanttView *view = gantt_view ();
  GtGanttCanvas *canvas = gt_gantt_view_get_canvas (view);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  GtkWidget *toggle;
  GtkWidget *legend;
  GtGanttRows *rows;
  int legend_before;
  guint off, on;

  toggle = gt_test_ui_find_widget (GTK_WIDGET (view), gt_test_ui_is_button_labelled,
                                   _("_Front Line"));
  g_assert_nonnull (toggle);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (toggle));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  legend = gt_test_ui_find_widget (GTK_WIDGET (view), gt_test_ui_is_of_type,
                                   GSIZE_TO_POINTER (GTK_TYPE_DRAWING_AREA));
  g_assert_nonnull (legend);

  gt_gantt_canvas_set_today (canvas, today);
  gt_gantt_view_set_zoom (view, GT_GANTT_ZOOM_MONTH);
  gt_test_ui_settle (100);
  gt_gantt_canvas_scroll_to_today (canvas);
  gt_test_ui_settle (200);
  off = count_ink (GTK_WIDGET (canvas), "front-line-off.png");
  legend_before = gtk_widget_get_height (legend);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  gt_test_ui_settle (300);
  g_assert_true (g_settings_get_boolean (settings, "gantt-front-line"));
  g_assert_true (gt_gantt_canvas_get_options (canvas)->front_line);
  on = count_ink (GTK_WIDGET (canvas), "front-line-on.png");
  g_test_message ("ink: %u pixels off, %u on", off, on);
  g_assert_cmpuint (on, >, off + 200);
  /* The key has one more entry; it may take another line. */
  g_assert_cmpint (gtk_widget_get_height (legend), >=, legend_before);
  g_assert_cmpuint (count_ink (legend, "front-line-legend.png"), >, 20);
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "gantt-front-line.png");

  /* Said in words, for those who cannot see the line. */
  rows = gt_gantt_canvas_get_rows (canvas);
  g_assert_true (some_row_says_front_line (canvas, gt_gantt_rows_get_n_rows (rows)));

  /* Off from the settings (another window, the next start): the page follows. */
  g_settings_set_boolean (settings, "gantt-front-line", FALSE);
  gt_test_ui_settle (300);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_assert_false (gt_gantt_canvas_get_options (canvas)->front_line);
  g_assert_cmpuint (count_ink (GTK_WIDGET (canvas), "front-line-off-again.png"), <=, off);

  /* Set on the canvas alone, the options the key and the print take follow
   * at once, not at the next rebuild. */
  gt_gantt_canvas_set_front_line (canvas, TRUE);
  g_assert_true (gt_gantt_canvas_get_options (canvas)->front_line);
  gt_gantt_canvas_set_front_line (canvas, FALSE);
  g_assert_false (gt_gantt_canvas_get_options (canvas)->front_line);
}

static void
add_tests (void)
{
  g_test_add_func ("/front-line-ui/toggle", test_toggle);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
