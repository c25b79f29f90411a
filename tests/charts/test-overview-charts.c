/* test-overview-charts.c: the figure charts of the monthly notice and the
 * overview, checked by where they draw, the pixels of their bars and the text
 * a PDF of them holds.
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

#include "gt-chart-private.h"
#include "gt-overview-chart.h"

#define YI ((gint64) 100000000)

/* Fixtures: March 2026, so 序时进度 is a quarter of each plan. */

static void
group_free (gpointer data)
{
  GtFiguresGroup *group = data;

  g_free (group->name);
  g_free (group);
}

static GtFiguresGroup *
add_group (GPtrArray  *groups,
           gint64      id,
           const char *name,
           gint64      plan,
           gint64      completed)
{
  GtFiguresGroup *group = g_new0 (GtFiguresGroup, 1);

  group->id = id;
  group->name = g_strdup (name);
  group->projects = 2;
  group->annual_plan = plan;
  group->completed = completed;
  group->pro_rata_target = plan * 3 / 12;
  group->to_start = 2;
  group->started = 1;
  g_ptr_array_add (groups, group);
  return group;
}

static GtFigures *
figures_new (gboolean empty)
{
  GtFigures *figures = g_new0 (GtFigures, 1);
  GtFiguresGroup *group;

  figures->year = 2026;
  figures->month = 3;
  g_date_clear (&figures->as_of, 1);
  g_date_set_dmy (&figures->as_of, 31, 3, 2026);
  figures->start_target = 0.5;
  figures->total.name = g_strdup ("Total");
  figures->by_locality = g_ptr_array_new_with_free_func (group_free);
  figures->by_unit = g_ptr_array_new_with_free_func (group_free);
  figures->by_leader = g_ptr_array_new_with_free_func (group_free);
  if (empty)
    return figures;

  /* 50%, 75%, a 50% tie, and one without a plan. */
  add_group (figures->by_locality, 1, "城关镇", 1 * YI, YI / 2);
  add_group (figures->by_locality, 2, "柳河镇", 2 * YI, 3 * YI / 2);
  add_group (figures->by_locality, 3, "白塔镇", 1 * YI, YI / 2);
  group = add_group (figures->by_locality, 4, "新集镇", 0, 0);
  group->to_start = 0;
  add_group (figures->by_unit, 1, "县发展和改革局", 4 * YI, 5 * YI / 2);
  /* Only issues assigned to it: no project, no row in the completion chart. */
  group = add_group (figures->by_unit, 2, "县财政局", 0, 0);
  group->projects = 0;
  group->to_start = 0;
  group->issues[GT_FIGURES_ISSUES_FOUND] = 1;
  group = add_group (figures->by_leader, 1, "王建国", 4 * YI, 5 * YI / 2);
  group->issues[GT_FIGURES_ISSUES_FOUND] = 7;
  group->issues[GT_FIGURES_ISSUES_RESOLVED] = 5;

  figures->total.projects = 8;
  figures->total.annual_plan = 4 * YI;
  figures->total.completed = 5 * YI / 2;
  figures->total.pro_rata_target = YI;
  figures->completed_by_month[0] = YI / 2;
  figures->completed_by_month[1] = YI / 2;
  figures->completed_by_month[2] = 3 * YI / 2;
  for (guint s = 0; s < GT_N_STAGES; s++)
    figures->total.by_stage[s] = s + 1;
  figures->total.by_rag[GT_RAG_GREEN] = 5;
  figures->total.by_rag[GT_RAG_AMBER] = 2;
  figures->total.by_rag[GT_RAG_RED] = 1;
  figures->issues_by_category[GT_ISSUE_CATEGORY_LAND][GT_FIGURES_ISSUES_FOUND] = 5;
  figures->issues_by_category[GT_ISSUE_CATEGORY_LAND][GT_FIGURES_ISSUES_RESOLVED] = 3;
  figures->issues_by_category[GT_ISSUE_CATEGORY_LAND][GT_FIGURES_ISSUES_IN_HAND] = 2;
  figures->issues_by_category[GT_ISSUE_CATEGORY_LAND][GT_FIGURES_ISSUES_OVERDUE] = 1;
  figures->issues_by_category[GT_ISSUE_CATEGORY_FUNDING][GT_FIGURES_ISSUES_FOUND] = 2;
  figures->issues_by_category[GT_ISSUE_CATEGORY_FUNDING][GT_FIGURES_ISSUES_RESOLVED] = 2;
  return figures;
}

/* Every chart, drawn the same way */

typedef enum {
  CHART_COMPLETION,
  CHART_CUMULATIVE,
  CHART_PIPELINE,
  CHART_ISSUES,
  CHART_RAG,
  CHART_RANKING,
  CHART_COMPLETION_BY_UNIT,
  N_CHARTS
} Chart;

static const char * const chart_names[N_CHARTS] = {
  "completion", "cumulative", "pipeline", "issues", "rag", "ranking", "completion-by-unit",
};

/* Each as the Overview names it, with the grouping and rate it is drawn by. */
static const struct {
  GtOverviewChart chart;
  GtChartGrouping grouping;
  GtRankingMetric metric;
} drawn[N_CHARTS] = {
  [CHART_COMPLETION] = { GT_OVERVIEW_CHART_COMPLETION, GT_CHART_BY_LOCALITY, GT_RANKING_COMPLETION },
  [CHART_CUMULATIVE] = { GT_OVERVIEW_CHART_CUMULATIVE, GT_CHART_BY_LOCALITY, GT_RANKING_COMPLETION },
  [CHART_PIPELINE] = { GT_OVERVIEW_CHART_PIPELINE, GT_CHART_BY_LOCALITY, GT_RANKING_COMPLETION },
  [CHART_ISSUES] = { GT_OVERVIEW_CHART_ISSUES, GT_CHART_BY_LOCALITY, GT_RANKING_COMPLETION },
  [CHART_RAG] = { GT_OVERVIEW_CHART_RAG, GT_CHART_BY_LOCALITY, GT_RANKING_COMPLETION },
  [CHART_RANKING] = { GT_OVERVIEW_CHART_RANKING, GT_CHART_BY_LOCALITY, GT_RANKING_COMPLETION },
  [CHART_COMPLETION_BY_UNIT] = { GT_OVERVIEW_CHART_COMPLETION, GT_CHART_BY_UNIT, GT_RANKING_COMPLETION },
};

static void
draw (Chart               chart,
      cairo_t            *cr,
      const GtChartStyle *style,
      const GtFigures    *figures,
      double              w,
      double              h)
{
  gt_overview_chart_draw (cr, style, figures, drawn[chart].chart, drawn[chart].grouping,
                          drawn[chart].metric, w, h);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
}

static void
check_bounds (Chart               chart,
              const GtChartStyle *style,
              const GtFigures    *figures,
              double              width,
              double              height,
              const char         *what)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double x, y, w, h;

  draw (chart, cr, style, figures, width, height);
  cairo_destroy (cr);
  cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
  cairo_surface_destroy (surface);
  if (x < -0.01 || y < -0.01 || x + w > width + 0.01 || y + h > height + 0.01)
    g_error ("%s at %g×%g (%s, scale %g, dark %d) inks (%g, %g) %g×%g", chart_names[chart],
             width, height, what, style->scale, style->dark, x, y, w, h);
  /* The background at least, so that something was drawn. */
  g_assert_cmpfloat (w, >, 0);
}

/* Nothing outside the rectangle: the ink of an unbounded recording lies within
 * it, whatever the size, the scale and the style. */
static void
test_bounds (void)
{
  static const double sizes[][2] = {
    { 1920, 1080 }, { 800, 450 }, { 320, 200 }, { 120, 80 }, { 60, 30 }, { 1000, 90 },
    { 90, 700 }, { 2, 2 },
  };
  g_autoptr(GtFigures) full = figures_new (FALSE);
  g_autoptr(GtFigures) empty = figures_new (TRUE);
  const GtFigures *cases[] = { full, empty, NULL };

  for (guint c = 0; c < N_CHARTS; c++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
        for (int v = 0; v < 3; v++)
          {
            GtChartStyle style = { v == 1, v == 2 ? 0.75 : 1 };

            check_bounds (c, &style, cases[k], sizes[s][0], sizes[s][1],
                          k == 0 ? "figures" : k == 1 ? "no projects" : "NULL");
          }
}

/* Every size from a stamp to a panel, where the layout's thresholds lie. */
static void
test_bounds_sweep (void)
{
  static const double widths[] = { 20, 25, 33, 47, 64, 90, 150, 240, 400, 700 };
  static const double heights[] = { 15, 20, 28, 40, 60, 100, 170, 300 };
  g_autoptr(GtFigures) figures = figures_new (FALSE);

  for (guint c = 0; c < N_CHARTS; c++)
    for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
      for (guint j = 0; j < G_N_ELEMENTS (heights); j++)
        for (int v = 0; v < 2; v++)
          {
            GtChartStyle style = { FALSE, v == 1 ? 0.75 : 1 };

            check_bounds (c, &style, figures, widths[i], heights[j], "figures");
          }
}

/* Pixels */

typedef struct {
  int r, g, b, a;
} Pixel;

static cairo_surface_t *
render (Chart            chart,
        const GtFigures *figures,
        gboolean         dark,
        int              width,
        int              height)
{
  GtChartStyle style = { dark, 1 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  draw (chart, cr, &style, figures, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static Pixel
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 value = *(const guint32 *) (data + y * stride + x * 4);

  return (Pixel) { value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff, value >> 24 };
}

static gboolean
pixel_is (Pixel             p,
          const GtGanttRgb *rgb)
{
  return p.a == 255
         && ABS (p.r - (int) round (rgb->r * 255)) <= 2
         && ABS (p.g - (int) round (rgb->g * 255)) <= 2
         && ABS (p.b - (int) round (rgb->b * 255)) <= 2;
}

static double
luminance (const GtGanttRgb *rgb)
{
  return 255 * (0.2126 * rgb->r + 0.7152 * rgb->g + 0.0722 * rgb->b);
}

/* The first and last column of @rgb along row @y; FALSE if there is none. */
static gboolean
find_run (cairo_surface_t  *surface,
          int               y,
          const GtGanttRgb *rgb,
          int              *first,
          int              *last)
{
  *first = -1;
  for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
    if (pixel_is (pixel_at (surface, x, y), rgb))
      {
        if (*first < 0)
          *first = x;
        *last = x;
      }
  return *first >= 0;
}

/* Each group's completed bar ends at its share of the common scale: 城关镇 at
 * 50% of its plan, 柳河镇 at 75% of a plan twice as long; the plan bars start
 * together; 新集镇 has no bar. */
static void
check_completion_bars (gboolean dark,
                       int      width,
                       int      height)
{
  g_autoptr(GtFigures) figures = figures_new (FALSE);
  cairo_surface_t *surface = render (CHART_COMPLETION, figures, dark, width, height);
  const GtGanttPalette *palette = gt_gantt_palette_get (dark);
  const GtChartColors *colors = gt_chart_colors_get (dark);
  int centres[4];
  guint n = 0;
  int band_start = -1;

  /* The rows with completed bars, in bands: take the middle of each. */
  for (int y = 0; y <= height; y++)
    {
      int first, last;
      /* Bars, not the legend's swatch. */
      gboolean has = y < height && find_run (surface, y, &colors->completed, &first, &last)
                     && last - first > 40;

      if (has && band_start < 0)
        band_start = y;
      else if (!has && band_start >= 0)
        {
          g_assert_cmpuint (n, <, G_N_ELEMENTS (centres));
          centres[n++] = (band_start + y - 1) / 2;
          band_start = -1;
        }
    }
  /* 城关镇, 柳河镇, 白塔镇 (新集镇 completed nothing). */
  g_assert_cmpuint (n, ==, 3);

  {
    int done0[3], done1[3], plan1[3];

    for (guint i = 0; i < 3; i++)
      {
        int first, last, x0, x1;

        g_assert_true (find_run (surface, centres[i], &colors->completed, &x0, &x1));
        done0[i] = x0;
        done1[i] = x1 + 1;
        /* The plan bar's outline closes it on the right. */
        g_assert_true (find_run (surface, centres[i], &palette->planned_line, &first, &last));
        plan1[i] = last + 1;
      }
    for (guint i = 0; i < 3; i++)
      g_assert_cmpint (ABS (done0[i] - done0[0]), <=, 1);
    /* 50% of 1亿, 75% of 2亿, 50% of 1亿. */
    g_assert_cmpint (ABS ((done1[0] - done0[0]) * 2 - (plan1[0] - done0[0])), <=, 4);
    g_assert_cmpint (ABS ((done1[1] - done0[1]) * 4 - (plan1[1] - done0[1]) * 3), <=, 8);
    g_assert_cmpint (ABS ((plan1[1] - done0[1]) - 2 * (plan1[0] - done0[0])), <=, 2);
    g_assert_cmpint (ABS (done1[2] - done1[0]), <=, 1);
    g_assert_cmpint (plan1[1] - done0[1], >, width / 3);

    /* The 序时进度 mark at a quarter of 城关镇's plan, in red. */
    {
      int target = done0[0] + (plan1[0] - done0[0]) / 4;
      gboolean found = FALSE;

      for (int x = target - 3; x <= target + 3; x++)
        found |= pixel_is (pixel_at (surface, x, centres[0]), &palette->today);
      g_assert_true (found);
    }
  }
  cairo_surface_destroy (surface);
}

static void
test_completion_bars (void)
{
  check_completion_bars (FALSE, 1920, 1080);
  check_completion_bars (TRUE, 1920, 1080);
  check_completion_bars (FALSE, 800, 450);
}

/* The cumulative chart's month bars: March's own figure (1.5亿) is three times
 * January's (0.5亿), measured up from the zero line. */
static void
test_cumulative_bars (void)
{
  g_autoptr(GtFigures) figures = figures_new (FALSE);
  cairo_surface_t *surface = render (CHART_CUMULATIVE, figures, FALSE, 1200, 600);
  const GtChartColors *colors = gt_chart_colors_get (FALSE);
  int top[12], bottom = -1;
  int width = cairo_image_surface_get_width (surface);
  guint found = 0;
  int prev_x = -10;

  /* Month bars are filled with the month colour; find the columns that hold it
   * and the topmost row of each bar. */
  for (int x = 0; x < width && found < 12; x++)
    {
      int first = -1;

      /* Below the legend and its swatch. */
      for (int y = 60; y < 600; y++)
        if (pixel_is (pixel_at (surface, x, y), &colors->month))
          {
            if (first < 0)
              first = y;
            bottom = MAX (bottom, y);
          }
      if (first >= 0 && x > prev_x + 5)
        {
          /* Sample the middle of the bar, away from the line crossing it. */
          top[found++] = first;
        }
      if (first >= 0)
        prev_x = x;
    }
  /* January to March only; April on is the future. */
  g_assert_cmpuint (found, ==, 3);
  g_assert_cmpint (ABS ((bottom + 2 - top[2]) - 3 * (bottom + 2 - top[0])), <=, 6);
  g_assert_cmpint (ABS (top[0] - top[1]), <=, 1);
  cairo_surface_destroy (surface);
}

/* Greyscale: series that sit side by side differ in lightness. */
static void
test_greyscale (void)
{
  for (int dark = 0; dark <= 1; dark++)
    {
      const GtChartColors *colors = gt_chart_colors_get (dark);
      const GtGanttPalette *palette = gt_gantt_palette_get (dark);

      for (guint s = 1; s < GT_N_STAGES; s++)
        g_assert_cmpfloat (ABS (luminance (&colors->stage[s])
                                - luminance (&colors->stage[s - 1])), >, 15);
      g_assert_cmpfloat (ABS (luminance (&colors->completed)
                              - luminance (&palette->planned_fill)), >, 50);
      g_assert_cmpfloat (ABS (luminance (&colors->month)
                              - luminance (&colors->completed)), >, 30);
      g_assert_cmpfloat (ABS (luminance (&palette->planned_fill)
                              - luminance (&palette->background)), >, 25);
    }
}

/* Text, through a PDF and pdftotext */

static char *
pdf_text (Chart            chart,
          const GtFigures *figures,
          double           width,
          double           height,
          double           scale,
          gboolean         layout)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-overview-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", NULL, NULL, "-", NULL };
  GtChartStyle style = { FALSE, scale };
  cairo_surface_t *surface;
  cairo_t *cr;
  int status = -1;

  g_assert_no_error (error);
  path = g_build_filename (dir, "chart.pdf", NULL);
  surface = cairo_pdf_surface_create (path, width, height);
  cr = cairo_create (surface);
  draw (chart, cr, &style, figures, width, height);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  argv[3] = layout ? "-layout" : "-raw";
  argv[4] = path;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  g_unlink (path);
  g_rmdir (dir);
  return g_steal_pointer (&out);
}

static gboolean
have_pdftotext (void)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");

  if (program == NULL)
    g_test_skip ("pdftotext is not installed");
  return program != NULL;
}

static gboolean
translated (void)
{
  const char *target = g_dpgettext2 (GETTEXT_PACKAGE, "completion chart",
                                     "Time-proportional target");

  if (g_str_equal (target, "Time-proportional target"))
    {
      g_test_message ("no Chinese translation of the charts yet; checked the English");
      return FALSE;
    }
  g_assert_cmpstr (target, ==, "序时进度");
  return TRUE;
}

static void
assert_has (const char *text,
            const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” not found in:\n%s", part, text);
}

/* The labels a reader needs, at a slide's size and on an A4 page in points. */
static void
test_pdf_labels (void)
{
  static const double sizes[][3] = { { 1920, 1080, 1 }, { 842, 595, 0.75 }, { 800, 450, 1 } };
  g_autoptr(GtFigures) figures = figures_new (FALSE);

  if (!have_pdftotext ())
    return;

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autofree char *completion = pdf_text (CHART_COMPLETION, figures, sizes[s][0],
                                              sizes[s][1], sizes[s][2], FALSE);
      g_autofree char *cumulative = pdf_text (CHART_CUMULATIVE, figures, sizes[s][0],
                                              sizes[s][1], sizes[s][2], FALSE);
      g_autofree char *pipeline = pdf_text (CHART_PIPELINE, figures, sizes[s][0],
                                            sizes[s][1], sizes[s][2], FALSE);
      g_autofree char *issues = pdf_text (CHART_ISSUES, figures, sizes[s][0],
                                          sizes[s][1], sizes[s][2], FALSE);
      g_autofree char *rag = pdf_text (CHART_RAG, figures, sizes[s][0],
                                       sizes[s][1], sizes[s][2], FALSE);

      assert_has (completion, "城关镇");
      assert_has (completion, "柳河镇");
      assert_has (completion, "50.0%");
      assert_has (completion, "75.0%");
      /* Completed and plan in one unit (gt_format_money_pair). */
      assert_has (completion, "1.50 / 2.00亿元");
      assert_has (completion, "—");
      {
        g_autofree char *units = pdf_text (CHART_COMPLETION_BY_UNIT, figures, sizes[s][0],
                                           sizes[s][1], sizes[s][2], FALSE);

        assert_has (units, "县发展和改革局");
        g_assert_null (strstr (units, "县财政局"));
      }
      assert_has (cumulative, "2.50亿元");
      assert_has (cumulative, "62.5%");
      for (guint st = 0; st < GT_N_STAGES; st++)
        assert_has (pipeline, gt_stage_get_label (st));
      assert_has (pipeline, "6");
      assert_has (issues, gt_issue_category_get_label (GT_ISSUE_CATEGORY_LAND));
      assert_has (issues, gt_issue_category_get_label (GT_ISSUE_CATEGORY_FUNDING));
      g_assert_null (strstr (issues, gt_issue_category_get_label (GT_ISSUE_CATEGORY_OTHER)));
      for (guint r = 0; r < GT_N_RAGS; r++)
        assert_has (rag, gt_rag_get_label (r));
      assert_has (rag, "62.5%");

      if (translated ())
        {
          assert_has (completion, "序时进度");
          assert_has (cumulative, "1月");
          assert_has (cumulative, "12月");
          assert_has (issues, "发现5个");
          assert_has (issues, "逾期1个");
        }
    }
}

/* At a thumbnail's size the names and rates stay; the amounts may go. */
static void
test_small_labels (void)
{
  g_autoptr(GtFigures) figures = figures_new (FALSE);
  g_autofree char *completion = NULL;
  g_autofree char *pipeline = NULL;
  g_autofree char *issues = NULL;
  g_autofree char *rag = NULL;
  g_autofree char *ranking = NULL;

  if (!have_pdftotext ())
    return;

  completion = pdf_text (CHART_COMPLETION, figures, 320, 200, 1, FALSE);
  pipeline = pdf_text (CHART_PIPELINE, figures, 320, 200, 1, FALSE);
  issues = pdf_text (CHART_ISSUES, figures, 320, 200, 1, FALSE);
  rag = pdf_text (CHART_RAG, figures, 320, 200, 1, FALSE);
  ranking = pdf_text (CHART_RANKING, figures, 320, 200, 1, FALSE);
  assert_has (completion, "城关镇");
  assert_has (completion, "新集镇");
  assert_has (completion, "75.0%");
  for (guint st = 0; st < GT_N_STAGES; st++)
    assert_has (pipeline, gt_stage_get_label (st));
  assert_has (issues, gt_issue_category_get_label (GT_ISSUE_CATEGORY_LAND));
  for (guint r = 0; r < GT_N_RAGS; r++)
    assert_has (rag, gt_rag_get_label (r));
  assert_has (ranking, "柳河镇");
  assert_has (ranking, "75.0%");
}

/* Each chart paints its rectangle in the window's style: the corners show the
 * light or the dark background, at a slide's, a page's and a thumbnail's size. */
static void
test_style_background (void)
{
  static const int sizes[][2] = { { 1920, 1080 }, { 800, 450 }, { 320, 200 } };
  g_autoptr(GtFigures) figures = figures_new (FALSE);

  for (guint c = 0; c < N_CHARTS; c++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (int dark = 0; dark <= 1; dark++)
        {
          int w = sizes[s][0], h = sizes[s][1];
          cairo_surface_t *surface = render (c, figures, dark, w, h);
          const GtGanttRgb *background = &gt_gantt_palette_get (dark)->background;

          g_assert_true (pixel_is (pixel_at (surface, 0, 0), background));
          g_assert_true (pixel_is (pixel_at (surface, w - 1, h - 1), background));
          g_assert_true (pixel_is (pixel_at (surface, w - 1, 0), background));
          g_assert_true (pixel_is (pixel_at (surface, 0, h - 1), background));
          cairo_surface_destroy (surface);
        }
}

/* Ties share a rank and the next is skipped; a group without a plan closes the
 * table with "—"; the rule is at the foot. */
static void
test_ranking (void)
{
  g_autoptr(GtFigures) figures = figures_new (FALSE);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GRegex *rows[4];
  guint next = 0;

  if (!have_pdftotext ())
    return;

  text = pdf_text (CHART_RANKING, figures, 1200, 700, 1, TRUE);
  rows[0] = g_regex_new ("^\\s*1\\s+柳河镇\\s+75\\.0%", 0, 0, NULL);
  rows[1] = g_regex_new ("^\\s*2\\s+城关镇\\s+50\\.0%", 0, 0, NULL);
  rows[2] = g_regex_new ("^\\s*2\\s+白塔镇\\s+50\\.0%", 0, 0, NULL);
  rows[3] = g_regex_new ("^\\s*—\\s+新集镇\\s+—", 0, 0, NULL);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL && next < G_N_ELEMENTS (rows); i++)
    if (g_regex_match (rows[next], lines[i], 0, NULL))
      next++;
  if (next < G_N_ELEMENTS (rows))
    g_error ("ranking row %u not found in order in:\n%s", next, text);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_regex_unref (rows[i]);

  /* The rule's first words, wherever the lines break. */
  {
    g_autofree char *flat = pdf_text (CHART_RANKING, figures, 1200, 700, 1, FALSE);
    const char *sentence = gt_ranking_metric_describe_rule (GT_RANKING_COMPLETION);
    g_autofree char *rule = g_utf8_substring (sentence, 0, 8);

    assert_has (flat, rule);
  }
}

static void
test_no_data (void)
{
  g_autoptr(GtFigures) empty = figures_new (TRUE);
  const char *no_data = g_dpgettext2 (GETTEXT_PACKAGE, "chart", "No data");

  if (!have_pdftotext ())
    return;

  for (guint c = 0; c < N_CHARTS; c++)
    {
      g_autofree char *text = pdf_text (c, empty, 800, 450, 1, FALSE);
      g_autofree char *text_null = pdf_text (c, NULL, 320, 200, 1, FALSE);

      assert_has (text, no_data);
      assert_has (text_null, no_data);
    }
}

/* More groups than rows fit: the first ones, in order, and a last line saying
 * how many more there are; still nothing outside the rectangle. */
static void
test_overflow (void)
{
  g_autoptr(GtFigures) figures = figures_new (FALSE);
  g_auto(GStrv) parts = g_strsplit (g_dngettext (GETTEXT_PACKAGE, "… and %u more not shown",
                                                 "… and %u more not shown", 30), "%u", 2);

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("乡镇%02u", i);

      add_group (figures->by_locality, 10 + i, name, YI, YI / 3);
    }
  if (!have_pdftotext ())
    return;

  for (guint c = CHART_COMPLETION; c <= CHART_RANKING; c += CHART_RANKING - CHART_COMPLETION)
    {
      g_autofree char *text = pdf_text (c, figures, 320, 200, 1, FALSE);

      assert_has (text, "城关镇");
      assert_has (text, parts[0]);
      g_assert_null (strstr (text, "乡镇59"));
    }
}

/* "No data" sits in the middle: its ink is centred on the rectangle. */
static void
test_no_data_centred (void)
{
  for (guint c = 0; c < N_CHARTS; c++)
    {
      cairo_surface_t *surface = render (c, NULL, FALSE, 400, 300);
      const GtGanttPalette *palette = gt_gantt_palette_get (FALSE);
      int x0 = 400, x1 = -1, y0 = 300, y1 = -1;

      for (int y = 0; y < 300; y++)
        for (int x = 0; x < 400; x++)
          if (!pixel_is (pixel_at (surface, x, y), &palette->background))
            {
              x0 = MIN (x0, x);
              x1 = MAX (x1, x);
              y0 = MIN (y0, y);
              y1 = MAX (y1, y);
            }
      g_assert_cmpint (x1, >, x0);
      g_assert_cmpint (ABS ((x0 + x1) / 2 - 200), <=, 3);
      g_assert_cmpint (ABS ((y0 + y1) / 2 - 150), <=, 4);
      cairo_surface_destroy (surface);
    }
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

  g_test_add_func ("/overview-charts/bounds", test_bounds);
  g_test_add_func ("/overview-charts/bounds-sweep", test_bounds_sweep);
  g_test_add_func ("/overview-charts/completion-bars", test_completion_bars);
  g_test_add_func ("/overview-charts/cumulative-bars", test_cumulative_bars);
  g_test_add_func ("/overview-charts/greyscale", test_greyscale);
  g_test_add_func ("/overview-charts/pdf-labels", test_pdf_labels);
  g_test_add_func ("/overview-charts/small-labels", test_small_labels);
  g_test_add_func ("/overview-charts/style-background", test_style_background);
  g_test_add_func ("/overview-charts/ranking", test_ranking);
  g_test_add_func ("/overview-charts/overflow", test_overflow);
  g_test_add_func ("/overview-charts/no-data", test_no_data);
  g_test_add_func ("/overview-charts/no-data-centred", test_no_data_centred);

  return g_test_run ();
}
