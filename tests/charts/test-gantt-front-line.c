/* test-gantt-front-line.c: the progress front line (前锋线) of the wall chart,
 * checked where it is computed and where a printed page shows it.
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

/* pdftoppm's resolution: two pixels a point. */
#define DPI 144
#define PX_PER_PT (DPI / 72.0)

enum {
  ROW_GROUP,
  ROW_AHEAD,      /* 80 % done by mid-June of a plan over the year */
  ROW_ON,         /* what the plan expects by the as-of day */
  ROW_BEHIND,     /* 20 % */
  ROW_UNMEASURED, /* no milestones: its 0 % is not known progress */
  ROW_NODES,      /* two milestones, the first done */
  N_ROWS
};

typedef struct {
  GtGanttOptions   opts;
  GtGanttRow       rows[N_ROWS];
  GtGanttMilestone nodes[2];
} Fixture;

static double
days_between (const GDate *a,
              const GDate *b)
{
  return (double) g_date_get_julian (b) - (double) g_date_get_julian (a);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const char *labels[N_ROWS] = {
    "城关镇", "超前项目", "按期项目", "滞后项目", "未测进度项目", "节点项目"
  };
  GDate start, end;

  memset (f, 0, sizeof *f);
  gt_gantt_options_init (&f->opts, GT_GANTT_ZOOM_MONTH);
  f->opts.start = gt_test_date (2026, 1, 1);
  f->opts.end = gt_test_date (2026, 12, 31);
  /* The as-of day, as a GtAsOf of June hands it: the month's last day. */
  f->opts.today = gt_test_date (2026, 6, 30);
  f->opts.day_width = 2;
  f->opts.name_width = 120;
  f->opts.leader_width = 0;
  f->opts.unit_width = 0;
  f->opts.front_line = TRUE;

  f->rows[ROW_GROUP].kind = GT_GANTT_ROW_GROUP;
  f->rows[ROW_GROUP].status = GT_GANTT_STATUS_NONE;
  start = gt_test_date (2026, 1, 1);
  end = gt_test_date (2026, 12, 31);
  for (guint i = 0; i < N_ROWS; i++)
    {
      GtGanttRow *row = &f->rows[i];

      row->label = labels[i];
      if (i == ROW_GROUP)
        continue;
      row->kind = GT_GANTT_ROW_PROJECT;
      row->status = GT_GANTT_STATUS_GREEN;
      row->planned_start = start;
      row->planned_end = end;
      row->actual_start = start;
      row->has_progress = TRUE;
      row->id = i;
    }
  f->rows[ROW_AHEAD].percent = 80;
  /* The plan stands at 180 of 365 days, 49.3 %, on the as-of day: 50 is as
   * near as a whole percent comes. */
  f->rows[ROW_ON].percent = 50;
  f->rows[ROW_BEHIND].percent = 20;
  f->rows[ROW_UNMEASURED].has_progress = FALSE;

  /* 前期 in the first quarter (done), 主体 over the rest: the mean of 100 and
   * 0 is 50, which the plan reached on 1 April. */
  f->nodes[0].planned_start = gt_test_date (2026, 1, 1);
  f->nodes[0].planned_end = gt_test_date (2026, 3, 31);
  f->nodes[0].done = TRUE;
  f->nodes[1].planned_start = gt_test_date (2026, 4, 1);
  f->nodes[1].planned_end = gt_test_date (2026, 12, 31);
  f->rows[ROW_NODES].milestones = f->nodes;
  f->rows[ROW_NODES].n_milestones = G_N_ELEMENTS (f->nodes);
  f->rows[ROW_NODES].percent = 50;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
}

/* Where the plan puts @percent of a project planned over the year 2026. */
static double
expected_x (const Fixture *f,
            double         percent)
{
  double day = 365.0 * percent / 100.0;

  return gt_gantt_x_for_date (&f->opts, &f->opts.start)
         + day * gt_gantt_view_day_width (&f->opts) * f->opts.scale;
}

/* The points, computed */

static void
test_points (Fixture       *f,
             gconstpointer  data)
{
  double today_x = gt_gantt_x_for_date (&f->opts, &f->opts.today);
  double day = gt_gantt_view_day_width (&f->opts);
  double days = 0;
  double x;
  GDate april;

  x = gt_gantt_front_line_x (&f->opts, &f->rows[ROW_AHEAD], &days);
  g_assert_cmpfloat_with_epsilon (x, expected_x (f, 80), 0.01);
  g_assert_cmpfloat (x, >, today_x);
  g_assert_cmpfloat_with_epsilon (days, 365 * 0.8 - days_between (&f->opts.start, &f->opts.today),
                                  0.01);

  x = gt_gantt_front_line_x (&f->opts, &f->rows[ROW_BEHIND], &days);
  g_assert_cmpfloat_with_epsilon (x, expected_x (f, 20), 0.01);
  g_assert_cmpfloat (x, <, today_x);
  g_assert_cmpfloat (days, <, -100);

  /* On schedule to the percent: within the day that a percent stands for. */
  x = gt_gantt_front_line_x (&f->opts, &f->rows[ROW_ON], &days);
  g_assert_cmpfloat (fabs (x - today_x), <, 3.65 * day + 0.01);

  /* Nothing measured, a group: no point; the line keeps to the as-of day. */
  g_assert_true (isnan (gt_gantt_front_line_x (&f->opts, &f->rows[ROW_UNMEASURED], NULL)));
  g_assert_true (isnan (gt_gantt_front_line_x (&f->opts, &f->rows[ROW_GROUP], NULL)));

  /* By the milestones: half the nodes' mean was due on 1 April. */
  april = gt_test_date (2026, 4, 1);
  x = gt_gantt_front_line_x (&f->opts, &f->rows[ROW_NODES], &days);
  g_assert_cmpfloat_with_epsilon (x, gt_gantt_x_for_date (&f->opts, &april), 0.05);
  g_assert_cmpfloat_with_epsilon (days, days_between (&f->opts.today, &april), 0.01);

  /* A finished project before its planned end is ahead by the rest of it;
   * one not started whose plan has not begun is on schedule. */
  f->rows[ROW_AHEAD].percent = 100;
  x = gt_gantt_front_line_x (&f->opts, &f->rows[ROW_AHEAD], NULL);
  g_assert_cmpfloat_with_epsilon (x, expected_x (f, 100), 0.01);
  f->rows[ROW_BEHIND].percent = 0;
  f->rows[ROW_BEHIND].planned_start = gt_test_date (2026, 9, 1);
  x = gt_gantt_front_line_x (&f->opts, &f->rows[ROW_BEHIND], &days);
  g_assert_cmpfloat_with_epsilon (x, today_x, 0.01);
  g_assert_cmpfloat (days, ==, 0);

  /* No as-of day, no line. */
  g_date_clear (&f->opts.today, 1);
  g_assert_true (isnan (gt_gantt_front_line_x (&f->opts, &f->rows[ROW_AHEAD], NULL)));
}

/* The printed page: a PDF, read back as pixels and as text */

typedef struct {
  char            *dir;
  char            *pdf;
  cairo_surface_t *image;   /* the page at DPI */
  char            *text;
} Printed;

static void
printed_clear (Printed *p)
{
  g_autofree char *png = g_build_filename (p->dir, "page.png", NULL);

  g_clear_pointer (&p->image, cairo_surface_destroy);
  g_unlink (png);
  g_unlink (p->pdf);
  g_rmdir (p->dir);
  g_free (p->pdf);
  g_free (p->dir);
  g_free (p->text);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Printed, printed_clear)

static double
legend_top (const Fixture *f)
{
  return gt_gantt_content_height (&f->opts, N_ROWS) + 20;
}

static char *
run (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = -1;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  return out;
}

/* The whole chart on one page in points, as print and export draw it, with
 * the legend under it. */
static void
print_chart (Fixture *f,
             Printed *p)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *png_base = NULL;
  g_autofree char *png = NULL;
  g_autofree char *dpi = g_strdup_printf ("%d", DPI);
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;

  memset (p, 0, sizeof *p);
  p->dir = g_dir_make_tmp ("test-front-line-XXXXXX", &error);
  g_assert_no_error (error);
  p->pdf = g_build_filename (p->dir, "chart.pdf", NULL);
  png_base = g_build_filename (p->dir, "page", NULL);
  png = g_strconcat (png_base, ".png", NULL);

  f->opts.scale = 0.75;
  width = ceil (gt_gantt_content_width (&f->opts));
  height = ceil (legend_top (f) + gt_gantt_legend_height (&f->opts, width) + 10);
  surface = cairo_pdf_surface_create (p->pdf, width, height);
  cr = cairo_create (surface);
  gt_gantt_renderer_draw (&f->opts, f->rows, N_ROWS, cr, width, legend_top (f) - 20, 0, 0);
  cairo_translate (cr, 0, legend_top (f));
  gt_gantt_renderer_draw_legend (&f->opts, cr, width);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  {
    const char *argv[] = { "pdftoppm", "-png", "-r", dpi, "-singlefile", p->pdf, png_base, NULL };
    g_free (run (argv));
  }
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", p->pdf, "-", NULL };
    p->text = run (argv);
  }
  p->image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (p->image), ==, CAIRO_STATUS_SUCCESS);
}

typedef struct {
  int r, g, b;
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
  return (Pixel) { value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff };
}

/* Whether a pixel of the line's colour is within @radius px of (@x, @y) in
 * points. */
static gboolean
line_near (cairo_surface_t *image,
           double           x,
           double           y,
           int              radius)
{
  const GtGanttRgb *ink = &gt_gantt_palette_get (FALSE)->front_line;
  int cx = (int) round (x * PX_PER_PT);
  int cy = (int) round (y * PX_PER_PT);

  for (int py = cy - radius; py <= cy + radius; py++)
    for (int px = cx - radius; px <= cx + radius; px++)
      {
        Pixel p = pixel_at (image, px, py);

        if (ABS (p.r - (int) round (ink->r * 255)) <= 12
            && ABS (p.g - (int) round (ink->g * 255)) <= 12
            && ABS (p.b - (int) round (ink->b * 255)) <= 12)
          return TRUE;
      }
  return FALSE;
}

static double
row_centre (const Fixture *f,
            guint          row)
{
  return (f->opts.header_height + (row + 0.5) * f->opts.row_height) * f->opts.scale;
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftoppm == NULL || pdftotext == NULL)
    {
      g_test_skip ("poppler-utils (pdftoppm, pdftotext) are not installed");
      return FALSE;
    }
  return TRUE;
}

static const char *
legend_text (void)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "gantt legend",
                       "Front line: bends right when ahead, left when behind");
}

static void
test_printed (Fixture       *f,
              gconstpointer  data)
{
  g_auto(Printed) p;
  double today_x;
  GDate april;

  if (!have_poppler ())
    return;
  print_chart (f, &p);
  today_x = gt_gantt_x_for_date (&f->opts, &f->opts.today);

  /* Ahead: the line is out right at 80 % of the year, not on the as-of day. */
  g_assert_true (line_near (p.image, expected_x (f, 80), row_centre (f, ROW_AHEAD), 2));
  g_assert_false (line_near (p.image, today_x, row_centre (f, ROW_AHEAD), 2));
  /* Behind: back left at 20 %. */
  g_assert_true (line_near (p.image, expected_x (f, 20), row_centre (f, ROW_BEHIND), 2));
  g_assert_false (line_near (p.image, today_x, row_centre (f, ROW_BEHIND), 2));
  /* On schedule and unmeasured: on the as-of day. */
  g_assert_true (line_near (p.image, today_x, row_centre (f, ROW_ON), 8));
  g_assert_true (line_near (p.image, today_x, row_centre (f, ROW_UNMEASURED), 2));
  april = gt_test_date (2026, 4, 1);
  g_assert_true (line_near (p.image, gt_gantt_x_for_date (&f->opts, &april),
                            row_centre (f, ROW_NODES), 2));

  g_test_message ("pdftotext: %s", p.text);
  g_assert_nonnull (strstr (p.text, "超前项目"));
  g_assert_nonnull (strstr (p.text, legend_text ()));
  /* When the Chinese catalogue holds it (po/parts are merged by the lead). */
  if (!g_str_equal (legend_text (), "Front line: bends right when ahead, left when behind"))
    g_assert_nonnull (strstr (p.text, "前锋线：右折为超前，左折为滞后"));
}

/* Switched off: no line, no key. */
static void
test_switched_off (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(Printed) p;
  double x;

  if (!have_poppler ())
    return;
  f->opts.front_line = FALSE;
  print_chart (f, &p);
  for (guint row = ROW_AHEAD; row < N_ROWS; row++)
    for (x = gt_gantt_x_for_date (&f->opts, &f->opts.start);
         x < gt_gantt_content_width (&f->opts) - 3; x += 2)
      g_assert_false (line_near (p.image, x, row_centre (f, row), 1));
  g_assert_null (strstr (p.text, legend_text ()));
}

/* A page that starts lower down still has the line coming in from the row
 * above it: the rows drawn first-row on draw their neighbours' segments. */
static void
test_page_break (Fixture       *f,
                 gconstpointer  data)
{
  const GtGanttRgb *ink = &gt_gantt_palette_get (FALSE)->front_line;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width = gt_gantt_content_width (&f->opts);
  double top = f->opts.header_height + 2;
  double behind = expected_x (f, 20);
  double today_x = gt_gantt_x_for_date (&f->opts, &f->opts.today);
  gboolean found = FALSE;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (width), 400);
  cr = cairo_create (surface);
  /* Rows from ROW_BEHIND on: the segment from ROW_ON's point (near the as-of
   * day) down to ROW_BEHIND's (far left) crosses the page's first half row. */
  gt_gantt_renderer_draw (&f->opts, f->rows, N_ROWS, cr, width, 400, ROW_BEHIND, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  for (int x = (int) behind + 4; x < (int) today_x - 4 && !found; x++)
    {
      Pixel p = pixel_at (surface, x, (int) top);

      found = ABS (p.r - (int) round (ink->r * 255)) <= 12
              && ABS (p.g - (int) round (ink->g * 255)) <= 12
              && ABS (p.b - (int) round (ink->b * 255)) <= 12;
    }
  cairo_surface_destroy (surface);
  g_assert_true (found);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("GUATU_LOCALEDIR");

  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/gantt/front-line/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("points", test_points);
  ADD ("printed", test_printed);
  ADD ("switched-off", test_switched_off);
  ADD ("page-break", test_page_break);
#undef ADD

  return g_test_run ();
}
