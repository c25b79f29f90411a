/* test-gantt.c: the Gantt renderer, checked by the pixels and text it draws.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-gantt-private.h"
#include "gt-gantt-renderer.h"
#include "gt-test-util.h"

#define WIDTH  1800
#define HEIGHT 400

enum {
  ROW_GROUP,
  ROW_RED,
  ROW_GREEN,
  ROW_AMBER,
  ROW_EMPTY,
  ROW_NODES,
  N_ROWS
};

typedef struct {
  GtGanttOptions   opts;
  GtGanttRow       rows[N_ROWS];
  GtGanttMilestone nodes[3];
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  memset (f, 0, sizeof *f);
  gt_gantt_options_init (&f->opts, GT_GANTT_ZOOM_MONTH);
  f->opts.start = gt_test_date (2026, 1, 1);
  f->opts.end = gt_test_date (2026, 12, 31);
  f->opts.today = gt_test_date (2026, 6, 15);
  f->opts.name_width = 200;
  f->opts.leader_width = 60;
  f->opts.unit_width = 100;

  f->rows[ROW_GROUP].kind = GT_GANTT_ROW_GROUP;
  f->rows[ROW_GROUP].label = "城关镇";
  f->rows[ROW_GROUP].status = GT_GANTT_STATUS_NONE;

  /* Actual bars only, so that a hit test on a bar finds the actual one. */
  for (guint i = ROW_RED; i <= ROW_AMBER; i++)
    {
      GtGanttRow *row = &f->rows[i];

      row->kind = GT_GANTT_ROW_PROJECT;
      row->actual_start = gt_test_date (2026, 3, 1);
      row->percent = 80;
      row->leader = "王建国";
      row->unit = "县发展和改革局";
      row->id = i;
    }
  f->rows[ROW_RED].label = "清河县红色预警示范项目";
  f->rows[ROW_RED].status = GT_GANTT_STATUS_RED;
  f->rows[ROW_GREEN].label = "柳河镇绿色生态产业园项目";
  f->rows[ROW_GREEN].status = GT_GANTT_STATUS_GREEN;
  f->rows[ROW_AMBER].label = "新集镇黄色预警物流中心项目";
  f->rows[ROW_AMBER].status = GT_GANTT_STATUS_AMBER;

  f->rows[ROW_EMPTY].label = "尚未排期的项目";
  f->rows[ROW_EMPTY].status = GT_GANTT_STATUS_NONE;

  /* Reached, overdue, ahead. */
  f->nodes[0].planned_end = gt_test_date (2026, 3, 10);
  f->nodes[0].done = TRUE;
  f->nodes[1].planned_end = gt_test_date (2026, 5, 10);
  f->nodes[2].planned_end = gt_test_date (2026, 9, 10);
  f->rows[ROW_NODES].label = "节点项目";
  f->rows[ROW_NODES].status = GT_GANTT_STATUS_GREEN;
  f->rows[ROW_NODES].milestones = f->nodes;
  f->rows[ROW_NODES].n_milestones = G_N_ELEMENTS (f->nodes);
  f->rows[ROW_NODES].planned_start = gt_test_date (2026, 2, 1);
  f->rows[ROW_NODES].planned_end = gt_test_date (2026, 10, 31);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
}

static cairo_surface_t *
render (const Fixture *f,
        guint          n_rows,
        int            width,
        int            height,
        guint          first_row,
        double         scroll_x)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  gt_gantt_renderer_draw (&f->opts, f->rows, n_rows, cr, width, height, first_row, scroll_x);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Pixels */

typedef struct {
  int r, g, b, a;
} Pixel;

static Pixel
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 value;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));
  value = *(const guint32 *) (data + y * stride + x * 4);
  return (Pixel) { value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff, value >> 24 };
}

static gboolean
pixel_is (Pixel             p,
          const GtGanttRgb *rgb,
          int               tolerance)
{
  return p.a == 255
         && ABS (p.r - (int) round (rgb->r * 255)) <= tolerance
         && ABS (p.g - (int) round (rgb->g * 255)) <= tolerance
         && ABS (p.b - (int) round (rgb->b * 255)) <= tolerance;
}

static double
luminance (Pixel p)
{
  return 0.2126 * p.r + 0.7152 * p.g + 0.0722 * p.b;
}

static const GtGanttPalette *
light (void)
{
  return gt_gantt_palette_get (FALSE);
}

/* The first column, along row @y, painted fully in today's red; -1 if none. */
static int
find_today_column (cairo_surface_t *surface,
                   int              y)
{
  for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
    if (pixel_is (pixel_at (surface, x, y), &light ()->today, 2))
      return x;
  return -1;
}

static double
row_top (const GtGanttOptions *opts,
         guint                 row)
{
  return (opts->show_header ? opts->header_height : 0) + row * opts->row_height;
}

/* Tests */

static void
test_today_line (Fixture       *f,
                 gconstpointer  data)
{
  double x = gt_gantt_x_for_date (&f->opts, &f->opts.today);
  int y = (int) row_top (&f->opts, ROW_EMPTY) + 14;
  cairo_surface_t *surface;

  g_assert_cmpfloat (x, >, 400);
  g_assert_cmpfloat (x, <, WIDTH);
  surface = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  g_assert_true (pixel_is (pixel_at (surface, (int) floor (x), y), &light ()->today, 2));
  /* A line, not a fill: a few pixels off it is the chart again. */
  g_assert_false (pixel_is (pixel_at (surface, (int) floor (x) - 6, y), &light ()->today, 60));
  g_assert_false (pixel_is (pixel_at (surface, (int) floor (x) + 6, y), &light ()->today, 60));
  /* And it is drawn over the bars too. */
  g_assert_true (pixel_is (pixel_at (surface, (int) floor (x),
                                     (int) row_top (&f->opts, ROW_RED) + 18),
                           &light ()->today, 2));
  cairo_surface_destroy (surface);
}

static void
test_scroll_shifts (Fixture       *f,
                    gconstpointer  data)
{
  int y = (int) row_top (&f->opts, ROW_EMPTY) + 14;
  cairo_surface_t *still = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  cairo_surface_t *moved = render (f, N_ROWS, WIDTH, HEIGHT, 0, 137);
  int x0 = find_today_column (still, y);
  int x1 = find_today_column (moved, y);

  g_assert_cmpint (x0, >, 0);
  g_assert_cmpint (x1, ==, x0 - 137);
  /* The label column stays pinned: its first row's text column is unchanged. */
  for (int x = 0; x < 300; x += 3)
    {
      Pixel a = pixel_at (still, x, (int) row_top (&f->opts, ROW_RED) + 14);
      Pixel b = pixel_at (moved, x, (int) row_top (&f->opts, ROW_RED) + 14);

      g_assert_cmpint (a.r, ==, b.r);
      g_assert_cmpint (a.g, ==, b.g);
    }
  cairo_surface_destroy (still);
  cairo_surface_destroy (moved);
}

/* The y span inside the actual bar of @row at @x, from the hit test. */
static void
bar_span (Fixture *f,
          guint    row,
          double   x,
          int     *y0,
          int     *y1)
{
  *y0 = G_MAXINT;
  *y1 = -1;
  for (int y = (int) row_top (&f->opts, row); y < row_top (&f->opts, row + 1); y++)
    {
      guint index = G_MAXUINT;
      int what = -1;

      g_assert_true (gt_gantt_hit_test (&f->opts, f->rows, N_ROWS, 0, 0, x, y + 0.5,
                                        &index, &what));
      g_assert_cmpuint (index, ==, row);
      if (what == GT_GANTT_HIT_BAR)
        {
          *y0 = MIN (*y0, y);
          *y1 = MAX (*y1, y);
        }
    }
  /* Inside the hit slack and the outline. */
  *y0 += 2;
  *y1 -= 2;
  g_assert_cmpint (*y1 - *y0, >=, 4);
}

typedef struct {
  guint  n;
  double mean_luminance;
  double min_luminance;
  double max_luminance;
  guint  reddish;
  guint  greenish;
} BarSample;

/* Pixels in the done part of a row's actual bar. */
static BarSample
sample_bar (Fixture         *f,
            cairo_surface_t *surface,
            guint            row)
{
  double start = gt_gantt_x_for_date (&f->opts, &f->rows[row].actual_start);
  int y0, y1;
  BarSample s = { 0, 0, G_MAXDOUBLE, 0, 0, 0 };

  bar_span (f, row, start + 20, &y0, &y1);
  for (int x = (int) start + 6; x < (int) start + 46; x++)
    for (int y = y0; y <= y1; y++)
      {
        Pixel p = pixel_at (surface, x, y);
        double l = luminance (p);

        s.n++;
        s.mean_luminance += l;
        s.min_luminance = MIN (s.min_luminance, l);
        s.max_luminance = MAX (s.max_luminance, l);
        s.reddish += p.r > p.g + 60;
        s.greenish += p.g > p.r + 30;
      }
  s.mean_luminance /= s.n;
  return s;
}

static void
test_status_bars (Fixture       *f,
                  gconstpointer  data)
{
  cairo_surface_t *surface = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  BarSample red = sample_bar (f, surface, ROW_RED);
  BarSample green = sample_bar (f, surface, ROW_GREEN);
  BarSample amber = sample_bar (f, surface, ROW_AMBER);
  double start = gt_gantt_x_for_date (&f->opts, &f->rows[ROW_GREEN].actual_start);
  GDate middle;

  /* Colour. */
  g_assert_cmpuint (red.reddish, >, red.n / 2);
  g_assert_cmpuint (green.greenish, ==, green.n);
  /* Greyscale: red is dark and hatched, amber medium and dotted, green light
   * and plain. */
  g_assert_cmpfloat (red.mean_luminance + 60, <, green.mean_luminance);
  g_assert_cmpfloat (red.mean_luminance + 20, <, amber.mean_luminance);
  g_assert_cmpfloat (amber.mean_luminance + 20, <, green.mean_luminance);
  g_assert_cmpfloat (red.max_luminance - red.min_luminance, >, 60);
  g_assert_cmpfloat (amber.max_luminance - amber.min_luminance, >, 25);
  g_assert_cmpfloat (green.max_luminance - green.min_luminance, <, 2);

  /* The part not yet done (80% to 100% of the bar) is a lighter tint. */
  middle = gt_test_date (2026, 6, 5);
  g_assert_true (pixel_is (pixel_at (surface, (int) gt_gantt_x_for_date (&f->opts, &middle),
                                     (int) row_top (&f->opts, ROW_GREEN) + 18),
                           &light ()->status_tint[GT_GANTT_STATUS_GREEN], 2));
  g_assert_true (pixel_is (pixel_at (surface, (int) start + 20,
                                     (int) row_top (&f->opts, ROW_GREEN) + 18),
                           &light ()->status_fill[GT_GANTT_STATUS_GREEN], 2));
  cairo_surface_destroy (surface);
}

/* The centre of milestone @index of the nodes row, found by hit tests. */
static void
milestone_centre (Fixture *f,
                  guint    index,
                  int     *cx,
                  int     *cy)
{
  double x = gt_gantt_x_for_date (&f->opts, &f->nodes[index].planned_end);
  int x0 = G_MAXINT, x1 = -1, y0 = G_MAXINT, y1 = -1;

  for (int px = (int) x - 15; px <= (int) x + 15; px++)
    for (int py = (int) row_top (&f->opts, ROW_NODES); py < row_top (&f->opts, ROW_NODES + 1);
         py++)
      {
        int what = -1;

        if (gt_gantt_hit_test (&f->opts, f->rows, N_ROWS, 0, 0, px + 0.5, py + 0.5, NULL,
                               &what)
            && what == GT_GANTT_HIT_MILESTONE)
          {
            g_assert_cmpint (gt_gantt_milestone_at (&f->opts, &f->rows[ROW_NODES], 0, px + 0.5),
                             ==, (int) index);
            x0 = MIN (x0, px);
            x1 = MAX (x1, px);
            y0 = MIN (y0, py);
            y1 = MAX (y1, py);
          }
      }
  g_assert_cmpint (x1, >, x0 + 4);
  g_assert_cmpint (y1, >, y0 + 4);
  *cx = (x0 + x1 + 1) / 2;
  *cy = (y0 + y1 + 1) / 2;
}

static void
test_milestones (Fixture       *f,
                 gconstpointer  data)
{
  cairo_surface_t *surface = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  int cx, cy;

  milestone_centre (f, 0, &cx, &cy);
  g_assert_true (pixel_is (pixel_at (surface, cx, cy), &light ()->milestone, 2));
  /* Overdue and not done: hollow, with a red cross. */
  milestone_centre (f, 1, &cx, &cy);
  g_assert_true (pixel_is (pixel_at (surface, cx, cy), &light ()->milestone_late, 40));
  /* Ahead: hollow, the chart's background inside the outline. */
  milestone_centre (f, 2, &cx, &cy);
  g_assert_true (pixel_is (pixel_at (surface, cx, cy), &light ()->background, 2));
  g_assert_true (pixel_is (pixel_at (surface, cx + 2, cy), &light ()->background, 2));
  g_assert_cmpint (gt_gantt_milestone_at (&f->opts, &f->rows[ROW_NODES], 0, 600), ==, -1);
  cairo_surface_destroy (surface);
}

static void
assert_blank_from (cairo_surface_t *surface,
                   int              top)
{
  for (int y = top; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if (pixel_at (surface, x, y).a != 0)
        g_error ("pixel (%d, %d) drawn below the last row, which ends at %d", x, y, top);
}

static void
test_nothing_below (Fixture       *f,
                    gconstpointer  data)
{
  cairo_surface_t *surface = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  int bottom = (int) ceil (row_top (&f->opts, N_ROWS));

  g_assert_cmpint (bottom, <, HEIGHT - 50);
  /* Something is drawn in the last row, and nothing under it. */
  g_assert_cmpint (pixel_at (surface, 100, bottom - 5).a, ==, 255);
  assert_blank_from (surface, bottom);
  cairo_surface_destroy (surface);

  /* Scrolled down to the last two rows. */
  surface = render (f, N_ROWS, WIDTH, HEIGHT, N_ROWS - 2, 250);
  assert_blank_from (surface, (int) ceil (row_top (&f->opts, 2)));
  cairo_surface_destroy (surface);

  /* No rows: a header and nothing else. */
  surface = render (f, 0, WIDTH, HEIGHT, 0, 0);
  g_assert_cmpint (pixel_at (surface, 600, 5).a, ==, 255);
  assert_blank_from (surface, (int) f->opts.header_height);
  cairo_surface_destroy (surface);
}

static void
test_header_and_labels (Fixture       *f,
                        gconstpointer  data)
{
  double label_x = gt_gantt_x_for_date (&f->opts, &f->opts.start);
  double height_with = gt_gantt_content_height (&f->opts, N_ROWS);
  cairo_surface_t *surface = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  int group_y = (int) row_top (&f->opts, ROW_GROUP) + 3;
  int today_x;
  Pixel mark;

  /* Both shown: the header's colour on top, label column colours on the left. */
  g_assert_cmpfloat (label_x, ==, 22 + 40 /* 序号 */ + 200 + 60 + 100);
  g_assert_true (pixel_is (pixel_at (surface, 700, 2), &light ()->header_bg, 2));
  g_assert_true (pixel_is (pixel_at (surface, 5, 2), &light ()->header_bg, 2));
  g_assert_true (pixel_is (pixel_at (surface, 5, (int) row_top (&f->opts, ROW_EMPTY) + 3),
                           &light ()->label_bg, 2));
  g_assert_true (pixel_is (pixel_at (surface, 5, group_y), &light ()->group_bg, 2));
  cairo_surface_destroy (surface);

  /* No header: the group row begins at the top. */
  f->opts.show_header = FALSE;
  g_assert_cmpfloat (gt_gantt_content_height (&f->opts, N_ROWS), ==,
                     height_with - f->opts.header_height);
  surface = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  g_assert_true (pixel_is (pixel_at (surface, 700, 2), &light ()->group_bg, 2));
  g_assert_true (pixel_is (pixel_at (surface, 5, 2), &light ()->group_bg, 2));
  assert_blank_from (surface, (int) row_top (&f->opts, N_ROWS));

  /* No labels either: the dates begin at the left edge, and the status marks
   * of the label column are gone. */
  mark = pixel_at (surface, 13, (int) row_top (&f->opts, ROW_RED) + 14);
  g_assert_true (pixel_is (mark, &light ()->status_fill[GT_GANTT_STATUS_RED], 2));
  cairo_surface_destroy (surface);
  f->opts.show_labels = FALSE;
  g_assert_cmpfloat (gt_gantt_x_for_date (&f->opts, &f->opts.start), ==, 0);
  surface = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  today_x = find_today_column (surface, (int) row_top (&f->opts, ROW_EMPTY) + 14);
  g_assert_cmpint (today_x, ==, (int) floor (gt_gantt_x_for_date (&f->opts, &f->opts.today)) - 1);
  mark = pixel_at (surface, 13, (int) row_top (&f->opts, ROW_RED) + 14);
  g_assert_false (pixel_is (mark, &light ()->status_fill[GT_GANTT_STATUS_RED], 60));
  /* The group's title moves into the band. */
  g_assert_true (pixel_is (pixel_at (surface, 300, 2), &light ()->group_bg, 2));
  cairo_surface_destroy (surface);
}

static void
test_weekends (Fixture       *f,
               gconstpointer  data)
{
  GDate saturday, wednesday;
  int y = (int) row_top (&f->opts, ROW_EMPTY) + 3;
  cairo_surface_t *surface;
  Pixel sat, wed;

  saturday = gt_test_date (2026, 6, 20);
  wednesday = gt_test_date (2026, 6, 17);
  g_assert_cmpint (g_date_get_weekday (&saturday), ==, G_DATE_SATURDAY);

  /* Month zoom: no weekend shading. */
  surface = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  sat = pixel_at (surface, (int) gt_gantt_x_for_date (&f->opts, &saturday) + 2, y);
  wed = pixel_at (surface, (int) gt_gantt_x_for_date (&f->opts, &wednesday) + 2, y);
  g_assert_cmpint (sat.r, ==, wed.r);
  cairo_surface_destroy (surface);

  /* Week zoom, scrolled to June: Saturday is shaded. */
  f->opts.zoom = GT_GANTT_ZOOM_WEEK;
  surface = render (f, N_ROWS, WIDTH, HEIGHT, 0,
                    gt_gantt_x_for_date (&f->opts, &wednesday) - 600);
  sat = pixel_at (surface, (int) (600 + 3 * 24 + 12), y);
  wed = pixel_at (surface, (int) (600 + 12), y);
  g_assert_true (pixel_is (sat, &light ()->weekend, 2));
  g_assert_false (pixel_is (wed, &light ()->weekend, 2));
  cairo_surface_destroy (surface);
}

static void
test_geometry (Fixture       *f,
               gconstpointer  data)
{
  double label = 22 + 40 /* 序号 */ + 200 + 60 + 100;
  GDate date;
  GDate far;
  guint index = 0;
  int what = -1;

  g_assert_cmpfloat (gt_gantt_content_width (&f->opts), ==, label + 365 * 5);
  g_assert_cmpfloat (gt_gantt_content_height (&f->opts, 10), ==, 52 + 10 * 28);
  g_assert_cmpuint (gt_gantt_rows_per_page (&f->opts, 52 + 10 * 28 + 27), ==, 10);
  g_assert_true (isnan (gt_gantt_x_for_date (&f->opts, &f->rows[ROW_EMPTY].actual_start)));

  g_assert_true (gt_gantt_date_for_x (&f->opts, gt_gantt_x_for_date (&f->opts, &f->opts.today)
                                                + 1, &date));
  g_assert_cmpint (g_date_compare (&date, &f->opts.today), ==, 0);
  g_assert_false (gt_gantt_date_for_x (&f->opts, 10, &date));

  /* Points for print: everything scales, the picture does not change. */
  f->opts.scale = 0.75;
  g_assert_cmpfloat (gt_gantt_content_width (&f->opts), ==, (label + 365 * 5) * 0.75);
  g_assert_cmpfloat (fabs (gt_gantt_x_for_date (&f->opts, &f->opts.today)
                           - (label + 165 * 5) * 0.75), <, 1e-9);
  g_assert_true (gt_gantt_hit_test (&f->opts, f->rows, N_ROWS, 0, 0, 10,
                                    (52 + ROW_RED * 28 + 5) * 0.75, &index, &what));
  g_assert_cmpuint (index, ==, ROW_RED);
  g_assert_cmpint (what, ==, GT_GANTT_HIT_LABEL);
  f->opts.scale = 1;

  /* Hit tests: header, rows after scrolling, below the last row. */
  g_assert_false (gt_gantt_hit_test (&f->opts, f->rows, N_ROWS, 0, 0, 600, 10, &index, &what));
  g_assert_true (gt_gantt_hit_test (&f->opts, f->rows, N_ROWS, 2, 0, 600, 52 + 5, &index,
                                    &what));
  g_assert_cmpuint (index, ==, 2);
  g_assert_cmpint (what, ==, GT_GANTT_HIT_NONE);
  g_assert_false (gt_gantt_hit_test (&f->opts, f->rows, N_ROWS, 2, 0, 600,
                                     52 + (N_ROWS - 2) * 28 + 1, &index, &what));

  /* The fitted range holds every date, in whole months. */
  far = gt_test_date (2027, 8, 20);
  f->rows[ROW_EMPTY].planned_start = f->opts.today;
  f->rows[ROW_EMPTY].planned_end = far;
  gt_gantt_options_fit_range (&f->opts, f->rows, N_ROWS);
  g_assert_cmpint (g_date_get_day (&f->opts.start), ==, 1);
  g_assert_cmpint (g_date_compare (&f->opts.start, &f->nodes[0].planned_end), <, 0);
  g_assert_cmpint (g_date_compare (&f->opts.start, &f->rows[ROW_RED].actual_start), <, 0);
  g_assert_cmpint (g_date_compare (&f->opts.end, &far), >, 0);
  g_date_add_days (&f->opts.end, 1);
  g_assert_cmpint (g_date_get_day (&f->opts.end), ==, 1);
}

/* Text, through a PDF and pdftotext */

static char *
pdf_text (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-gantt-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", NULL, "-", NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  int status = -1;

  g_assert_no_error (error);
  path = g_build_filename (dir, "chart.pdf", NULL);

  /* An A4 landscape page in points, as print and export draw it. */
  f->opts.scale = 0.75;
  surface = cairo_pdf_surface_create (path, 842, 595);
  cr = cairo_create (surface);
  /* Scrolled so that March to the end of July shows beside the labels. */
  gt_gantt_renderer_draw (&f->opts, f->rows, N_ROWS, cr, 842, 400, 0, 300 * 0.75);
  cairo_translate (cr, 0, 420);
  gt_gantt_renderer_draw_legend (&f->opts, cr, 842);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  argv[3] = path;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  g_unlink (path);
  g_rmdir (dir);
  return g_steal_pointer (&out);
}

static void
test_pdf_text (Fixture       *f,
               gconstpointer  data)
{
  const char *today = g_dpgettext2 (GETTEXT_PACKAGE, "gantt", "Today");
  const char *planned = g_dpgettext2 (GETTEXT_PACKAGE, "gantt legend", "Planned period");
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }

  text = pdf_text (f);
  g_test_message ("pdftotext: %s", text);
  g_assert_nonnull (strstr (text, "清河县红色预警示范项目"));
  g_assert_nonnull (strstr (text, "柳河镇绿色生态产业园项目"));
  g_assert_nonnull (strstr (text, "城关镇"));
  g_assert_nonnull (strstr (text, "县发展和改革局"));
  g_assert_nonnull (strstr (text, "王建国"));
  g_assert_nonnull (strstr (text, "80%"));
  g_assert_nonnull (strstr (text, today));
  g_assert_nonnull (strstr (text, planned));
  /* The Chinese catalogue may not hold the chart's messages yet (they are
   * merged from po/parts); when it does, the chart must use them. */
  if (g_strcmp0 (today, "Today") != 0)
    {
      g_assert_cmpstr (today, ==, "今天");
      g_assert_nonnull (strstr (text, "2026年"));
      g_assert_nonnull (strstr (text, "6月"));
    }
  else
    {
      g_test_message ("no Chinese translation of the chart yet; checked the English");
    }
}

/* Whether any pixel of the box is dark (text or a mark drawn there). */
static gboolean
has_dark (cairo_surface_t *surface,
          int              x0,
          int              y0,
          int              x1,
          int              y1)
{
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      if (luminance (pixel_at (surface, x, y)) < 110)
        return TRUE;
  return FALSE;
}

/* The sheets right of the first carry the 序号 alone: no names, no marks. */
static void
test_serial_strip (Fixture       *f,
                   gconstpointer  data)
{
  cairo_surface_t *surface;
  int y = (int) row_top (&f->opts, ROW_RED);
  double strip;

  f->rows[ROW_RED].serial = 7;
  surface = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  /* The whole column: the number right-aligned in its own sub-column. */
  g_assert_true (has_dark (surface, 22, y + 4, 22 + 40, y + 24));
  cairo_surface_destroy (surface);

  f->opts.serial_only = TRUE;
  strip = gt_gantt_x_for_date (&f->opts, &f->opts.start);
  g_assert_cmpfloat (strip, ==, 40);
  surface = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  g_assert_true (has_dark (surface, 0, y + 4, 40, y + 24));
  /* No status mark, and no name in the band of the group row. */
  g_assert_false (pixel_is (pixel_at (surface, 13, y + 14),
                            &light ()->status_fill[GT_GANTT_STATUS_RED], 60));
  g_assert_false (has_dark (surface, 0, (int) row_top (&f->opts, ROW_GROUP) + 2, 38,
                            (int) row_top (&f->opts, ROW_GROUP) + 26));
  /* Without a serial, nothing in the strip. */
  f->rows[ROW_RED].serial = 0;
  cairo_surface_destroy (surface);
  surface = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  g_assert_false (has_dark (surface, 0, y + 4, 39, y + 24));
  cairo_surface_destroy (surface);
}

/* A bar that runs on beyond the chart's year is cut at its edges, with an
 * arrow pointing on. */
static void
test_run_on (Fixture       *f,
             gconstpointer  data)
{
  GtGanttRow *row = &f->rows[ROW_NODES];
  double left, right;
  int y = (int) row_top (&f->opts, ROW_NODES);
  cairo_surface_t *surface;

  /* The whole year on the surface. */
  f->opts.day_width = 3;
  left = gt_gantt_x_for_date (&f->opts, &f->opts.start);
  right = gt_gantt_x_for_date (&f->opts, &f->opts.end) + 3;

  row->n_milestones = 0;
  surface = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  g_assert_false (has_dark (surface, (int) left + 1, y + 2, (int) left + 8, y + 20));
  g_assert_false (has_dark (surface, (int) right - 8, y + 2, (int) right - 1, y + 20));
  cairo_surface_destroy (surface);

  row->planned_start = gt_test_date (2025, 7, 1);
  row->planned_end = gt_test_date (2027, 6, 30);
  surface = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  g_assert_true (has_dark (surface, (int) left + 1, y + 2, (int) left + 8, y + 20));
  g_assert_true (has_dark (surface, (int) right - 8, y + 2, (int) right - 1, y + 20));
  /* Nothing beyond the year. */
  g_assert_false (has_dark (surface, (int) right + 2, y + 2, (int) right + 40, y + 20));
  cairo_surface_destroy (surface);

  /* Wholly outside the range: no bar at all. */
  row->planned_start = gt_test_date (2027, 2, 1);
  row->planned_end = gt_test_date (2027, 6, 30);
  surface = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  g_assert_false (has_dark (surface, (int) right - 8, y + 2, (int) right - 1, y + 20));
  cairo_surface_destroy (surface);
}

/* Drawn a strip at a time under a clip (as the PNG is), the chart is the same
 * to the pixel as drawn whole: no row is lost at a strip's edge. */
static void
test_clip_strips (Fixture       *f,
                  gconstpointer  data)
{
  cairo_surface_t *whole = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  cairo_surface_t *strips = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  int stride = cairo_image_surface_get_stride (whole);

  for (int top = 0; top < HEIGHT; top += 37)
    {
      cairo_t *cr = cairo_create (strips);

      cairo_rectangle (cr, 0, top, WIDTH, 37);
      cairo_clip (cr);
      gt_gantt_renderer_draw (&f->opts, f->rows, N_ROWS, cr, WIDTH, HEIGHT, 0, 0);
      cairo_destroy (cr);
    }
  cairo_surface_flush (strips);
  g_assert_cmpmem (cairo_image_surface_get_data (whole), stride * HEIGHT,
                   cairo_image_surface_get_data (strips), stride * HEIGHT);
  cairo_surface_destroy (whole);
  cairo_surface_destroy (strips);
}

/* The figure columns after the names: parsed from the command line's list,
 * as wide as their figures, and drawn only for rows that have figures. */
static void
test_figure_columns (Fixture       *f,
                     gconstpointer  data)
{
  double label = gt_gantt_x_for_date (&f->opts, &f->opts.start);
  int y = (int) row_top (&f->opts, ROW_GREEN);
  cairo_surface_t *surface;
  guint columns = 0;

  g_assert_true (gt_gantt_columns_parse ("total, rate", &columns));
  g_assert_cmpuint (columns, ==, GT_GANTT_COLUMN_TOTAL | GT_GANTT_COLUMN_RATE);
  g_assert_true (gt_gantt_columns_parse ("total,plan,completed,rate,progress", &columns));
  g_assert_cmpuint (columns, ==, (1u << GT_GANTT_N_COLUMNS) - 1);
  g_assert_false (gt_gantt_columns_parse ("total,money", &columns));

  f->opts.columns = GT_GANTT_COLUMN_TOTAL | GT_GANTT_COLUMN_RATE;
  g_assert_cmpfloat (gt_gantt_x_for_date (&f->opts, &f->opts.start), ==, label + 92 + 60);
  surface = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  g_assert_false (has_dark (surface, (int) label + 2, y + 4, (int) label + 150, y + 24));
  cairo_surface_destroy (surface);

  f->rows[ROW_GREEN].has_figures = TRUE;
  f->rows[ROW_GREEN].total_investment = 123456700000;   /* 1,234.57 亿 */
  f->rows[ROW_GREEN].annual_plan = 200000000;
  f->rows[ROW_GREEN].completed = 50000000;
  surface = render (f, N_ROWS, WIDTH, HEIGHT, 0, 0);
  g_assert_true (has_dark (surface, (int) label + 2, y + 4, (int) label + 90, y + 24));
  g_assert_true (has_dark (surface, (int) label + 94, y + 4, (int) label + 150, y + 24));
  cairo_surface_destroy (surface);

  /* The names' size follows font_size and the scale. */
  g_assert_cmpfloat (gt_gantt_name_font_size (&f->opts), ==, 12.5);
  f->opts.font_size = 14;
  f->opts.scale = 0.75;
  g_assert_cmpfloat_with_epsilon (gt_gantt_name_font_size (&f->opts), 10.5, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("GUATU_LOCALEDIR");

  /* glibc honours LANGUAGE under C.UTF-8, so this runs where zh_CN is not built. */
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/gantt/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("today-line", test_today_line);
  ADD ("scroll-shifts", test_scroll_shifts);
  ADD ("status-bars", test_status_bars);
  ADD ("milestones", test_milestones);
  ADD ("nothing-below", test_nothing_below);
  ADD ("header-and-labels", test_header_and_labels);
  ADD ("weekends", test_weekends);
  ADD ("geometry", test_geometry);
  ADD ("pdf-text", test_pdf_text);
  ADD ("serial-strip", test_serial_strip);
  ADD ("run-on", test_run_on);
  ADD ("clip-strips", test_clip_strips);
  ADD ("figure-columns", test_figure_columns);
#undef ADD

  return g_test_run ();
}
