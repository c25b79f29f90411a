/* test-gantt-view.c: the Wall Chart page on the demo register.
 *
 * Runs under Xvfb (build-aux/test). Checks that the chart holds a row per
 * project (and per group when grouped), that search narrows it, that zoom
 * changes its width and that store edits reach it. It renders the chart at three
 * zoom levels and checks the pixels (not blank, today's line, bars in their
 * status colours, a different picture per zoom); with GUATU_SCREENSHOT_DIR set,
 * it also saves them as PNGs.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "gt-gantt-view.h"
#include "gt-preferences.h"
#include "gt-project-query.h"
#include "gt-rag.h"
#include "gt-test-ui.h"
#include "gt-window.h"

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

static guint
n_projects (void)
{
  return g_list_model_get_n_items (gt_store_get_projects (gt_test_ui_store ()));
}

static const GtGanttRow *
chart_rows (guint *n_rows)
{
  GtGanttCanvas *canvas = gt_gantt_view_get_canvas (gantt_view ());

  return gt_gantt_rows_get_rows (gt_gantt_canvas_get_rows (canvas), n_rows);
}

/* ---- tests ---------------------------------------------------------------- */

static void
test_all_milestones_in_one_query (void)
{
  GtStore *store = gt_test_ui_store ();
  GListModel *projects = gt_store_get_projects (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) all = gt_store_list_all_milestones (store, &error);
  guint with_milestones = 0;

  g_assert_no_error (error);
  g_assert_nonnull (all);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      gint64 id = gt_project_get_id (project);
      g_autoptr(GPtrArray) one = gt_store_list_milestones (store, id, &error);
      GPtrArray *from_all = g_hash_table_lookup (all, &id);

      g_assert_no_error (error);
      if (one->len == 0)
        {
          g_assert_null (from_all);
          continue;
        }
      with_milestones++;
      g_assert_nonnull (from_all);
      g_assert_cmpuint (from_all->len, ==, one->len);
      for (guint m = 0; m < one->len; m++)
        g_assert_cmpint (gt_milestone_get_id (g_ptr_array_index (from_all, m)), ==,
                         gt_milestone_get_id (g_ptr_array_index (one, m)));
    }
  g_assert_cmpuint (with_milestones, >, 0);
  g_assert_cmpuint (g_hash_table_size (all), ==, with_milestones);
}

static void
test_one_row_per_project (void)
{
  GtGanttView *view = gantt_view ();
  const GtGanttRow *rows;
  guint n_rows, with_milestones = 0;

  gt_gantt_view_set_grouping (view, GT_GANTT_GROUP_NONE);
  g_assert_cmpuint (n_projects (), >=, 60);
  g_assert_cmpuint (gt_gantt_view_get_n_rows (view), ==, n_projects ());

  rows = chart_rows (&n_rows);
  for (guint i = 0; i < n_rows; i++)
    {
      GtProject *project = gt_store_lookup_project (gt_test_ui_store (), rows[i].id);

      g_assert_cmpint (rows[i].kind, ==, GT_GANTT_ROW_PROJECT);
      g_assert_nonnull (project);
      g_assert_cmpstr (rows[i].label, ==, gt_project_get_name (project));
      with_milestones += rows[i].n_milestones > 0;
      /* Sorted by name. */
      if (i > 0)
        g_assert_cmpint (g_utf8_collate (rows[i - 1].label, rows[i].label), <=, 0);
    }
  g_assert_cmpuint (with_milestones, >, 0);
}

static void
check_grouping (GtGanttGrouping grouping,
                gint64        (*group_of) (GtProject *))
{
  GtGanttView *view = gantt_view ();
  g_autoptr(GHashTable) groups = g_hash_table_new (g_direct_hash, g_direct_equal);
  GListModel *projects = gt_store_get_projects (gt_test_ui_store ());
  const GtGanttRow *rows;
  guint n_rows, n_headers = 0;
  gint64 current = -1;

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      g_hash_table_add (groups, GSIZE_TO_POINTER ((gsize) group_of (project)));
    }
  g_assert_cmpuint (g_hash_table_size (groups), >, 1);

  gt_gantt_view_set_grouping (view, grouping);
  g_assert_cmpuint (gt_gantt_view_get_n_rows (view), ==,
                    n_projects () + g_hash_table_size (groups));

  /* Every project sits under the header of its own group, each group once. */
  rows = chart_rows (&n_rows);
  g_assert_cmpint (rows[0].kind, ==, GT_GANTT_ROW_GROUP);
  for (guint i = 0; i < n_rows; i++)
    {
      GtProject *project;

      if (rows[i].kind == GT_GANTT_ROW_GROUP)
        {
          current = -1;
          n_headers++;
          continue;
        }
      project = gt_store_lookup_project (gt_test_ui_store (), rows[i].id);
      if (current == -1)
        {
          current = group_of (project);
          g_assert_true (g_hash_table_remove (groups, GSIZE_TO_POINTER ((gsize) current)));
        }
      g_assert_cmpint (group_of (project), ==, current);
    }
  g_assert_cmpuint (g_hash_table_size (groups), ==, 0);
  g_assert_cmpuint (n_headers, ==, n_rows - n_projects ());

  gt_gantt_view_set_grouping (view, GT_GANTT_GROUP_NONE);
  g_assert_cmpuint (gt_gantt_view_get_n_rows (view), ==, n_projects ());
}

static gint64
stage_of (GtProject *project)
{
  return gt_project_get_stage (project);
}

static void
test_grouping_adds_headers (void)
{
  check_grouping (GT_GANTT_GROUP_LOCALITY, gt_project_get_locality_id);
  check_grouping (GT_GANTT_GROUP_LEADER, gt_project_get_leader_id);
  check_grouping (GT_GANTT_GROUP_STAGE, stage_of);
}

/* The filter popover narrows the chart as the Projects page's filters do. */
static void
test_stage_filter (void)
{
  GtGanttView *view = gantt_view ();
  GtkDropDown *stage = g_object_get_data (G_OBJECT (view), "stage-filter");
  GListModel *projects = gt_store_get_projects (gt_test_ui_store ());
  guint expected = 0;

  g_assert_nonnull (stage);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      expected += gt_project_get_stage (project) == GT_STAGE_UNDER_CONSTRUCTION;
    }
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, n_projects ());

  /* Item 0 is "All Stages". */
  gtk_drop_down_set_selected (stage, GT_STAGE_UNDER_CONSTRUCTION + 1);
  g_assert_cmpuint (gt_gantt_view_get_n_rows (view), ==, expected);
  gtk_drop_down_set_selected (stage, 0);
  g_assert_cmpuint (gt_gantt_view_get_n_rows (view), ==, n_projects ());
}

static void
test_search_narrows (void)
{
  GtGanttView *view = gantt_view ();
  GListModel *projects = gt_store_get_projects (gt_test_ui_store ());
  g_autoptr(GtProject) first = g_list_model_get_item (projects, 0);
  g_autoptr(GtProjectQuery) query = gt_project_query_new (gt_test_ui_store ());
  g_autofree char *word = g_utf8_substring (gt_project_get_name (first), 0, 4);
  guint expected = 0;

  gt_project_query_set_text (query, word);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      expected += gt_project_query_matches (query, project);
    }
  g_assert_cmpuint (expected, >=, 1);
  g_assert_cmpuint (expected, <, n_projects ());

  gt_gantt_view_set_search_text (view, word);
  g_assert_cmpuint (gt_gantt_view_get_n_rows (view), ==, expected);

  gt_gantt_view_set_search_text (view, "no project is called this");
  g_assert_cmpuint (gt_gantt_view_get_n_rows (view), ==, 0);
  gt_test_ui_settle (50);

  gt_gantt_view_set_search_text (view, "");
  g_assert_cmpuint (gt_gantt_view_get_n_rows (view), ==, n_projects ());
}

static void
test_zoom_changes_width (void)
{
  GtGanttView *view = gantt_view ();
  GtGanttCanvas *canvas = gt_gantt_view_get_canvas (view);
  double widths[GT_GANTT_N_ZOOMS];
  double before;

  for (int zoom = 0; zoom < GT_GANTT_N_ZOOMS; zoom++)
    {
      gt_gantt_view_set_zoom (view, zoom);
      g_assert_cmpint (gt_gantt_canvas_get_zoom (canvas), ==, zoom);
      widths[zoom] = gt_gantt_canvas_get_content_width (canvas);
    }
  for (int zoom = 1; zoom < GT_GANTT_N_ZOOMS; zoom++)
    g_assert_cmpfloat (widths[zoom], <, widths[zoom - 1]);

  gt_gantt_view_set_zoom (view, GT_GANTT_ZOOM_MONTH);
  before = gt_gantt_canvas_get_content_width (canvas);
  gt_gantt_canvas_zoom_by (canvas, 1);
  g_assert_cmpfloat (gt_gantt_canvas_get_content_width (canvas), >, before);
  gt_gantt_canvas_zoom_by (canvas, -2);
  g_assert_cmpfloat (gt_gantt_canvas_get_content_width (canvas), <, before);
  /* Choosing a scale starts it afresh. */
  gt_gantt_view_set_zoom (view, GT_GANTT_ZOOM_YEAR);
  gt_gantt_view_set_zoom (view, GT_GANTT_ZOOM_MONTH);
  g_assert_cmpfloat (gt_gantt_canvas_get_content_width (canvas), ==, before);
}

/* The chart rebuilds in an idle after a store edit; on a busy machine that idle
 * can wait behind redraws, so give it up to two seconds rather than a fixed
 * pause. */
static void
wait_for_rows (GtGanttView *view,
               guint        expected)
{
  for (guint i = 0; i < 20 && gt_gantt_view_get_n_rows (view) != expected; i++)
    gt_test_ui_settle (100);
}

static void
test_store_edits_reach_the_chart (void)
{
  GtGanttView *view = gantt_view ();
  GtStore *store = gt_test_ui_store ();
  g_autoptr(GtProject) first = g_list_model_get_item (gt_store_get_projects (store), 0);
  g_autoptr(GtProject) added = gt_project_copy (first);
  g_autoptr(GError) error = NULL;
  guint before = gt_gantt_view_get_n_rows (view);
  GtGanttCanvas *canvas = gt_gantt_view_get_canvas (view);
  g_autofree char *tip = NULL;
  int row;

  gt_project_set_id (added, 0);
  gt_project_set_code (added, "");
  gt_project_set_name (added, "挂图测试项目");
  g_assert_true (gt_store_add_project (store, added, &error));
  g_assert_no_error (error);
  /* Rebuilt from an idle, not at once. */
  g_assert_cmpuint (gt_gantt_view_get_n_rows (view), ==, before);
  wait_for_rows (view, before + 1);
  g_assert_cmpuint (gt_gantt_view_get_n_rows (view), ==, before + 1);

  row = gt_gantt_rows_find (gt_gantt_canvas_get_rows (canvas), gt_project_get_id (added));
  g_assert_cmpint (row, >=, 0);
  gt_gantt_canvas_set_selected (canvas, row);
  g_assert_cmpint (gt_gantt_canvas_get_selected (canvas), ==, row);
  tip = gt_gantt_canvas_describe_row (canvas, row);
  g_assert_nonnull (strstr (tip, "挂图测试项目"));
  g_assert_nonnull (strstr (tip, "%"));

  g_assert_true (gt_store_delete_project (store, added, &error));
  g_assert_no_error (error);
  wait_for_rows (view, before);
  g_assert_cmpuint (gt_gantt_view_get_n_rows (view), ==, before);
  g_assert_cmpint (gt_gantt_canvas_get_selected (canvas), ==, -1);
}

/* ---- pixels --------------------------------------------------------------- */

typedef struct {
  int      width, height;
  guint32 *pixels;   /* 0xAARRGGBB, premultiplied */
} Image;

static void
image_clear (Image *image)
{
  g_clear_pointer (&image->pixels, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Image, image_clear)

/* The canvas as drawn, whether or not screenshots are wanted: the texture is
 * saved only with GUATU_SCREENSHOT_DIR, the assertions run always. */
static void
render_canvas (GtGanttCanvas *canvas,
               const char    *name,
               Image         *image)
{
  g_autoptr(GdkTexture) texture = gt_test_ui_render (GTK_WIDGET (canvas));
  g_autofree char *file = g_strdup_printf ("gantt-%s.png", name);
  g_autofree char *window_file = g_strdup_printf ("gantt-%s-window.png", name);

  image->width = gdk_texture_get_width (texture);
  image->height = gdk_texture_get_height (texture);
  image->pixels = g_new (guint32, (gsize) image->width * image->height);
  gdk_texture_download (texture, (guchar *) image->pixels, (gsize) image->width * 4);
  gt_test_ui_save_texture (texture, file);
  /* The window too, to look at. */
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), window_file);
}

/* Colours of the light palette (src/charts/gt-gantt-palette.c; its header
 * gt-gantt-private.h cannot be included next to the view's, whose type names it
 * shares). */
#define BACKGROUND  0xffffff
#define TODAY       0xd62b2b
#define GROUP_BG    0xdfe5ec
static const guint32 status_fill[] = { 0x8fd19e, 0xe38b00, 0xb3261e, 0x5a7fa8 };

/* Within a few levels of @rgb: anti-aliased edges blend, the middle of a mark
 * does not. */
static gboolean
near (guint32 pixel,
      guint32 rgb)
{
  return ((pixel >> 24) & 0xff) == 0xff &&
         ABS ((int) ((pixel >> 16) & 0xff) - (int) ((rgb >> 16) & 0xff)) <= 6 &&
         ABS ((int) ((pixel >> 8) & 0xff) - (int) ((rgb >> 8) & 0xff)) <= 6 &&
         ABS ((int) (pixel & 0xff) - (int) (rgb & 0xff)) <= 6;
}

static guint
count_near (const Image *image,
            guint32      rgb)
{
  guint n = 0;

  for (gsize i = 0; i < (gsize) image->width * image->height; i++)
    n += near (image->pixels[i], rgb);
  return n;
}

/* The column holding most pixels of @rgb, and how many it holds. */
static guint
best_column (const Image *image,
             guint32      rgb,
             int         *column)
{
  guint best = 0;

  *column = -1;
  for (int x = 0; x < image->width; x++)
    {
      guint n = 0;

      for (int y = 0; y < image->height; y++)
        n += near (image->pixels[(gsize) y * image->width + x], rgb);
      if (n > best)
        best = n, *column = x;
    }
  return best;
}

static void
assert_chart_drawn (const Image *image,
                    const char  *name,
                    gboolean     grouped)
{
  g_autoptr(GHashTable) colours = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint not_background = 0, today_line, green, other_status = 0;
  int today_x;

  g_assert_cmpint (image->width, >, 400);
  g_assert_cmpint (image->height, >, 300);

  /* Not blank: many colours, and a good share of the area not background. */
  for (gsize i = 0; i < (gsize) image->width * image->height; i++)
    {
      g_hash_table_add (colours, GUINT_TO_POINTER (image->pixels[i]));
      not_background += !near (image->pixels[i], BACKGROUND);
    }
  g_test_message ("%s: %u colours, %u of %d pixels not background", name,
                  g_hash_table_size (colours), not_background, image->width * image->height);
  g_assert_cmpuint (g_hash_table_size (colours), >, 30);
  g_assert_cmpuint (not_background, >, (guint) (image->width * image->height / 10));

  /* Today's line: one column in its red, down most of the chart. */
  today_line = best_column (image, TODAY, &today_x);
  g_test_message ("%s: today's line at x = %d, %u pixels tall", name, today_x, today_line);
  g_assert_cmpuint (today_line, >, (guint) image->height / 2);

  /* Bars in the status colours: on track (green) and at least one other. */
  green = count_near (image, status_fill[0]);
  for (guint s = 1; s < G_N_ELEMENTS (status_fill); s++)
    other_status += count_near (image, status_fill[s]) > 50;
  g_test_message ("%s: %u green pixels, %u other status colours", name, green, other_status);
  g_assert_cmpuint (green, >, 200);
  g_assert_cmpuint (other_status, >=, 1);

  /* Group headers only when grouped. */
  if (grouped)
    g_assert_cmpuint (count_near (image, GROUP_BG), >, (guint) image->width * 4);
}

/* Share of pixels that differ between two renderings of the same size. */
static double
difference (const Image *a,
            const Image *b)
{
  guint differ = 0;

  g_assert_cmpint (a->width, ==, b->width);
  g_assert_cmpint (a->height, ==, b->height);
  for (gsize i = 0; i < (gsize) a->width * a->height; i++)
    differ += a->pixels[i] != b->pixels[i];
  return (double) differ / ((double) a->width * a->height);
}

static void
show_zoom (GtGanttView  *view,
           GtGanttZoom   zoom)
{
  GtGanttCanvas *canvas = gt_gantt_view_get_canvas (view);

  gt_gantt_view_set_zoom (view, zoom);
  gt_test_ui_settle (100);
  gt_gantt_canvas_scroll_to_today (canvas);
  gt_test_ui_settle (200);
}

static void
test_screenshots (void)
{
  GtGanttView *view = gantt_view ();
  GtGanttCanvas *canvas = gt_gantt_view_get_canvas (view);
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_auto(Image) month = { 0 };
  g_auto(Image) year = { 0 };
  g_auto(Image) week = { 0 };

  g_assert_false (gt_gantt_canvas_get_options (canvas)->dark);
  gt_gantt_canvas_set_today (canvas, today);
  gt_gantt_view_set_grouping (view, GT_GANTT_GROUP_LOCALITY);
  gt_gantt_canvas_set_selected (canvas, 0);
  gt_gantt_canvas_set_selected (canvas, 2);
  show_zoom (view, GT_GANTT_ZOOM_MONTH);
  render_canvas (canvas, "month", &month);
  assert_chart_drawn (&month, "month", TRUE);

  gt_gantt_view_set_grouping (view, GT_GANTT_GROUP_NONE);
  show_zoom (view, GT_GANTT_ZOOM_YEAR);
  render_canvas (canvas, "year", &year);
  assert_chart_drawn (&year, "year", FALSE);

  show_zoom (view, GT_GANTT_ZOOM_WEEK);
  render_canvas (canvas, "week", &week);
  assert_chart_drawn (&week, "week", FALSE);

  /* Each scale draws its own picture, not the same one again. */
  g_assert_cmpfloat (difference (&month, &year), >, 0.05);
  g_assert_cmpfloat (difference (&year, &week), >, 0.05);
  g_assert_cmpfloat (difference (&month, &week), >, 0.05);

  gt_gantt_view_set_zoom (view, GT_GANTT_ZOOM_MONTH);
}

/* The filter popover's light: only the projects judged that light. */
static void
test_light_filter (void)
{
  GtGanttView *view = gantt_view ();
  g_autoptr(GHashTable) lights = gt_preferences_judge_projects (gt_test_ui_store (), NULL);
  GHashTableIter iter;
  gpointer key, value;
  guint red = 0, green = 0;
  guint n_rows;
  const GtGanttRow *rows;

  g_assert_nonnull (lights);
  g_hash_table_iter_init (&iter, lights);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      red += GPOINTER_TO_INT (value) == GT_RAG_RED;
      green += GPOINTER_TO_INT (value) == GT_RAG_GREEN;
    }
  g_assert_cmpuint (red, >, 0);
  g_assert_cmpuint (red + green, <, n_projects ());

  gt_gantt_view_set_grouping (view, GT_GANTT_GROUP_NONE);
  gt_gantt_view_set_light (view, GT_RAG_RED);
  g_assert_cmpuint (gt_gantt_view_get_n_rows (view), ==, red);
  rows = chart_rows (&n_rows);
  for (guint i = 0; i < n_rows; i++)
    g_assert_cmpint (rows[i].status, ==, GT_GANTT_STATUS_RED);
  gt_gantt_view_set_light (view, GT_RAG_GREEN);
  g_assert_cmpuint (gt_gantt_view_get_n_rows (view), ==, green);
  gt_gantt_view_set_light (view, -1);
  g_assert_cmpuint (gt_gantt_view_get_n_rows (view), ==, n_projects ());

  /* Each row carries the figures the Projects page shows, for a print's
   * figure columns. */
  rows = chart_rows (&n_rows);
  for (guint i = 0; i < n_rows; i++)
    {
      GtProject *project = gt_store_lookup_project (gt_test_ui_store (), rows[i].id);

      g_assert_nonnull (project);
      g_assert_true (rows[i].has_figures);
      g_assert_cmpint (rows[i].total_investment, ==, gt_project_get_total_investment (project));
      g_assert_cmpint (rows[i].annual_plan, ==, gt_project_get_annual_plan (project));
      g_assert_cmpint (rows[i].completed, ==, gt_project_get_completed (project));
    }
}

/* The key under the chart on the screen: the page's foot shows the status
 * colours of the key, with the chart scrolled to rows of any colour. */
static void
test_legend (void)
{
  GtGanttView *view = gantt_view ();
  GtGanttCanvas *canvas = gt_gantt_view_get_canvas (view);
  g_autoptr(GdkTexture) texture = NULL;
  g_auto(Image) foot = { 0 };
  int canvas_bottom;
  guint found = 0;

  gt_test_ui_settle (200);
  texture = gt_test_ui_render (GTK_WIDGET (view));
  gt_test_ui_save_texture (texture, "gantt-legend-page.png");
  foot.width = gdk_texture_get_width (texture);
  foot.height = gdk_texture_get_height (texture);
  foot.pixels = g_new (guint32, (gsize) foot.width * foot.height);
  gdk_texture_download (texture, (guchar *) foot.pixels, (gsize) foot.width * 4);

  /* Below the canvas: the legend's swatches of the three lights. */
  canvas_bottom = gtk_widget_get_height (GTK_WIDGET (canvas));
  g_assert_cmpint (foot.height - canvas_bottom, >, 20);
  for (guint s = 0; s < 3; s++)
    {
      guint n = 0;

      for (int y = canvas_bottom; y < foot.height; y++)
        for (int x = 0; x < foot.width; x++)
          n += near (foot.pixels[(gsize) y * foot.width + x], status_fill[s]);
      found += n > 10;
    }
  g_assert_cmpuint (found, ==, 3);
}

/* The today line stays in sight when the scale changes, without asking. */
static void
test_today_kept_on_zoom (void)
{
  GtGanttView *view = gantt_view ();
  GtGanttCanvas *canvas = gt_gantt_view_get_canvas (view);
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);

  gt_gantt_canvas_set_today (canvas, today);
  gt_gantt_view_set_zoom (view, GT_GANTT_ZOOM_MONTH);
  gt_test_ui_settle (100);
  gt_gantt_canvas_scroll_to_today (canvas);
  gt_test_ui_settle (100);
  for (int zoom = 0; zoom < GT_GANTT_N_ZOOMS; zoom++)
    {
      g_auto(Image) image = { 0 };
      g_autofree char *name = g_strdup_printf ("today-zoom-%d", zoom);
      int today_x;

      gt_gantt_view_set_zoom (view, zoom);
      gt_test_ui_settle (150);
      g_assert_true (g_date_compare (&gt_gantt_canvas_get_options (canvas)->today, today) == 0);
      render_canvas (canvas, name, &image);
      g_assert_cmpuint (best_column (&image, TODAY, &today_x), >, (guint) image.height / 2);
    }
  gt_gantt_view_set_zoom (view, GT_GANTT_ZOOM_MONTH);
}

/* ---- driver --------------------------------------------------------------- */

static void
add_tests (void)
{
  g_test_add_func ("/gantt/all-milestones-in-one-query", test_all_milestones_in_one_query);
  g_test_add_func ("/gantt/one-row-per-project", test_one_row_per_project);
  g_test_add_func ("/gantt/grouping-adds-headers", test_grouping_adds_headers);
  g_test_add_func ("/gantt/search-narrows", test_search_narrows);
  g_test_add_func ("/gantt/stage-filter", test_stage_filter);
  g_test_add_func ("/gantt/zoom-changes-width", test_zoom_changes_width);
  g_test_add_func ("/gantt/store-edits-reach-the-chart", test_store_edits_reach_the_chart);
  g_test_add_func ("/gantt/screenshots", test_screenshots);
  g_test_add_func ("/gantt/light-filter", test_light_filter);
  g_test_add_func ("/gantt/legend", test_legend);
  g_test_add_func ("/gantt/today-kept-on-zoom", test_today_kept_on_zoom);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
