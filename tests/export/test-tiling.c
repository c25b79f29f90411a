/* test-tiling.c: cutting the wall chart into pages, by hand-computed sums.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-gantt-print.h"
#include "gt-page-tiling.h"

static GtTilingInput
wall_input (void)
{
  /* A page leaving 1000 × 700 for the chart; labels 200 wide, header 40, rows 20:
   * 660 / 20 = 33 rows a page, 800 of dates a page. */
  GtTilingInput input = {
    .area_width = 1000, .area_height = 700,
    .label_width = 200, .header_height = 40, .row_height = 20,
    .dates_width = 2000, .n_rows = 100, .fit_width = FALSE,
  };

  return input;
}

static void
test_tiling_matrix (void)
{
  GtTilingInput input = wall_input ();
  GtTiling tiling;
  GtTilePage page;

  gt_page_tiling_compute (&input, &tiling);
  g_assert_cmpfloat (tiling.scale, ==, 1.0);
  g_assert_cmpuint (tiling.rows_per_page, ==, 33);
  /* 100 rows: 33 + 33 + 33 + 1. 2000 of dates: 800 + 800 + 400. */
  g_assert_cmpuint (tiling.pages_down, ==, 4);
  g_assert_cmpuint (tiling.pages_across, ==, 3);
  g_assert_cmpuint (gt_page_tiling_n_pages (&tiling), ==, 12);

  /* Across first: page 4 is the second band of rows, second span of dates. */
  g_assert_true (gt_page_tiling_get_page (&tiling, 4, &page));
  g_assert_cmpuint (page.first_row, ==, 33);
  g_assert_cmpuint (page.n_rows, ==, 33);
  g_assert_cmpfloat (page.scroll_x, ==, 800);
  g_assert_cmpfloat (page.span_width, ==, 800);

  /* The last page: the one row left and the last 400 of dates. */
  g_assert_true (gt_page_tiling_get_page (&tiling, 11, &page));
  g_assert_cmpuint (page.first_row, ==, 99);
  g_assert_cmpuint (page.n_rows, ==, 1);
  g_assert_cmpfloat (page.scroll_x, ==, 1600);
  g_assert_cmpfloat (page.span_width, ==, 400);

  g_assert_false (gt_page_tiling_get_page (&tiling, 12, &page));
}

static void
test_tiling_exact_fit (void)
{
  GtTilingInput input = wall_input ();
  GtTiling tiling;

  /* Exactly two bands of rows and exactly two spans: no empty third page. */
  input.n_rows = 66;
  input.dates_width = 1600;
  gt_page_tiling_compute (&input, &tiling);
  g_assert_cmpuint (tiling.pages_down, ==, 2);
  g_assert_cmpuint (tiling.pages_across, ==, 2);
}

static void
test_tiling_fit_width (void)
{
  GtTilingInput input = wall_input ();
  GtTiling tiling;
  GtTilePage page;

  /* 200 + 2000 onto 1000: scale 1000 / 2200; rows 20 × 5/11 = 9.09…, header
   * 18.18…: (700 − 18.18) / 9.09 = 75 rows a page; 100 rows on two pages. */
  input.fit_width = TRUE;
  gt_page_tiling_compute (&input, &tiling);
  g_assert_cmpfloat_with_epsilon (tiling.scale, 1000.0 / 2200.0, 1e-9);
  g_assert_cmpuint (tiling.pages_across, ==, 1);
  g_assert_cmpuint (tiling.rows_per_page, ==, 75);
  g_assert_cmpuint (tiling.pages_down, ==, 2);
  g_assert_true (gt_page_tiling_get_page (&tiling, 1, &page));
  g_assert_cmpuint (page.first_row, ==, 75);
  g_assert_cmpuint (page.n_rows, ==, 25);
  g_assert_cmpfloat (page.scroll_x, ==, 0);

  /* A chart narrower than the page is not blown up. */
  input.dates_width = 500;
  gt_page_tiling_compute (&input, &tiling);
  g_assert_cmpfloat (tiling.scale, ==, 1.0);
}

static void
test_tiling_degenerate (void)
{
  GtTilingInput input = wall_input ();
  GtTiling tiling;
  GtTilePage page;

  /* No rows still prints one page with the header; a page lower than one row
   * still holds one. */
  input.n_rows = 0;
  gt_page_tiling_compute (&input, &tiling);
  g_assert_cmpuint (tiling.pages_down, ==, 1);
  g_assert_true (gt_page_tiling_get_page (&tiling, 0, &page));
  g_assert_cmpuint (page.n_rows, ==, 0);

  input = wall_input ();
  input.area_height = 45;
  gt_page_tiling_compute (&input, &tiling);
  g_assert_cmpuint (tiling.rows_per_page, ==, 1);
  g_assert_cmpuint (tiling.pages_down, ==, 100);
}

static void
test_tiling_wide_labels (void)
{
  GtTilingInput input = wall_input ();
  GtTiling tiling;

  /* Labels 1200 wide on a page 1000 wide: all shrinks to 1/3 so that they take
   * 400 (40%); rows 20/3, header 40/3: (700 − 13.33) / 6.67 = 103 rows a page,
   * one page down; dates 2000/3 = 666.67 over spans of 600: two across. */
  input.label_width = 1200;
  gt_page_tiling_compute (&input, &tiling);
  g_assert_cmpfloat_with_epsilon (tiling.scale, 1.0 / 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (tiling.label_width, 400, 1e-9);
  g_assert_cmpfloat_with_epsilon (tiling.span_width, 600, 1e-9);
  g_assert_cmpuint (tiling.rows_per_page, ==, 103);
  g_assert_cmpuint (tiling.pages_down, ==, 1);
  g_assert_cmpuint (tiling.pages_across, ==, 2);
}

/* A wall: the labels on the first sheet across only, a strip of 50 on the
 * others; 800 of dates on the first sheet, 950 on the others. */
static void
test_tiling_labels_once (void)
{
  GtTilingInput input = wall_input ();
  GtTiling tiling;
  GtTilePage page;

  input.strip_width = 50;
  gt_page_tiling_compute (&input, &tiling);
  g_assert_cmpfloat (tiling.first_span, ==, 800);
  g_assert_cmpfloat (tiling.span_width, ==, 950);
  /* 800 + 950 + 250: three across, not the three of 800 each. */
  g_assert_cmpuint (tiling.pages_across, ==, 3);
  g_assert_true (gt_page_tiling_get_page (&tiling, 0, &page));
  g_assert_cmpfloat (page.label_width, ==, 200);
  g_assert_cmpfloat (page.span_width, ==, 800);
  g_assert_true (gt_page_tiling_get_page (&tiling, 1, &page));
  g_assert_cmpuint (page.across, ==, 1);
  g_assert_cmpfloat (page.label_width, ==, 50);
  g_assert_cmpfloat (page.scroll_x, ==, 800);
  g_assert_cmpfloat (page.span_width, ==, 950);
  g_assert_true (gt_page_tiling_get_page (&tiling, 5, &page));
  g_assert_cmpuint (page.down, ==, 1);
  g_assert_cmpfloat (page.scroll_x, ==, 1750);
  g_assert_cmpfloat (page.span_width, ==, 250);

  /* 30 of overlap: each sheet right of the first repeats the last 30 of the
   * one before; still three across (800 + 920 + 920 ≥ 2000). */
  input.overlap = 30;
  gt_page_tiling_compute (&input, &tiling);
  g_assert_cmpuint (tiling.pages_across, ==, 3);
  g_assert_true (gt_page_tiling_get_page (&tiling, 1, &page));
  g_assert_cmpfloat (page.scroll_x, ==, 770);
  g_assert_true (gt_page_tiling_get_page (&tiling, 2, &page));
  g_assert_cmpfloat (page.scroll_x, ==, 1690);
  g_assert_cmpfloat (page.span_width, ==, 310);
}

/* Labels wider than the sheet shrink, but never below the legible least. */
static void
test_tiling_min_scale (void)
{
  GtTilingInput input = wall_input ();
  GtTiling tiling;

  input.strip_width = 50;
  input.label_width = 1200;
  gt_page_tiling_compute (&input, &tiling);
  g_assert_cmpfloat_with_epsilon (tiling.scale, 850.0 / 1200.0, 1e-9);
  input.min_scale = 0.9;
  gt_page_tiling_compute (&input, &tiling);
  g_assert_cmpfloat (tiling.scale, ==, 0.9);
  g_assert_cmpfloat (tiling.first_span, >, 0);
  g_assert_cmpuint (tiling.pages_across, >, 1);
}

static void
test_tiling_sheet_marks (void)
{
  const struct { guint down, across; const char *mark; } cases[] = {
    { 0, 0, "A1" }, { 0, 1, "A2" }, { 1, 0, "B1" }, { 25, 9, "Z10" }, { 26, 2, "AA3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *mark = gt_page_tiling_sheet_mark (cases[i].down, cases[i].across);

      g_assert_cmpstr (mark, ==, cases[i].mark);
    }
}

/* 300 rows of five years at quarter zoom on A3 landscape, as a wall: names of
 * 10 pt or more however the chart is cut, squeezed or widened by columns. */
static void
test_print_name_size (void)
{
  g_autofree GtGanttRow *rows = g_new0 (GtGanttRow, 300);
  GtPrintTitle title = { NULL, "wall", { 0 } };
  GtGanttPrintSettings settings;
  GtGanttOptions opts;
  GtGanttPrint *print;
  double width, height;

  for (guint i = 0; i < 300; i++)
    {
      rows[i].kind = GT_GANTT_ROW_PROJECT;
      rows[i].label = "项目";
      rows[i].serial = i + 1;
      rows[i].status = GT_GANTT_STATUS_NONE;
    }
  gt_gantt_options_init (&opts, GT_GANTT_ZOOM_QUARTER);
  g_date_set_dmy (&opts.start, 1, 1, 2021);
  g_date_set_dmy (&opts.end, 31, 12, 2025);
  gt_paper_get_size (GT_PAPER_A3, TRUE, &width, &height);
  gt_gantt_print_settings_init (&settings);

  print = gt_gantt_print_new_full (&opts, rows, 300, &title, width, height, &settings);
  g_assert_cmpfloat (gt_gantt_print_get_name_size (print), >=, 10.0);
  /* The map first, then the sheets. */
  g_assert_true (gt_gantt_print_has_map (print));
  g_assert_cmpuint (gt_gantt_print_get_n_pages (print), ==,
                    gt_gantt_print_get_n_sheets (print) + 1);
  g_assert_cmpuint (gt_gantt_print_get_tiling (print)->pages_across, >, 1);
  gt_gantt_print_free (print);

  /* Fit to width: one sheet across, the names as large. */
  settings.fit_width = TRUE;
  print = gt_gantt_print_new_full (&opts, rows, 300, &title, width, height, &settings);
  g_assert_cmpuint (gt_gantt_print_get_tiling (print)->pages_across, ==, 1);
  g_assert_cmpfloat (gt_gantt_print_get_name_size (print), >=, 10.0);
  gt_gantt_print_free (print);

  /* Every figure column on A4 portrait: the labels outgrow the sheet and
   * shrink, to 9 pt and no further. */
  opts.columns = GT_GANTT_COLUMN_TOTAL | GT_GANTT_COLUMN_PLAN | GT_GANTT_COLUMN_COMPLETED
                 | GT_GANTT_COLUMN_RATE | GT_GANTT_COLUMN_PROGRESS;
  gt_paper_get_size (GT_PAPER_A4, FALSE, &width, &height);
  print = gt_gantt_print_new_full (&opts, rows, 300, &title, width, height, &settings);
  g_assert_cmpfloat (gt_gantt_print_get_name_size (print), >=, 9.0 - 1e-9);
  g_assert_cmpfloat (gt_gantt_print_get_name_size (print), <, 10.0);
  gt_gantt_print_free (print);

  /* The print dialog's columns over the page's rows widen the label column;
   * the same options without them do not. */
  {
    GtGanttWall wall = { .columns = GT_GANTT_COLUMN_TOTAL | GT_GANTT_COLUMN_RATE };
    GtGanttOptions plain = opts;
    double with, without;

    plain.columns = 0;
    gt_paper_get_size (GT_PAPER_A3, TRUE, &width, &height);
    print = gt_gantt_print_new_for_wall (&plain, rows, 300, &title, width, height, FALSE, &wall);
    with = gt_gantt_print_get_tiling (print)->label_width;
    gt_gantt_print_free (print);
    wall.columns = 0;
    print = gt_gantt_print_new_for_wall (&plain, rows, 300, &title, width, height, FALSE, &wall);
    without = gt_gantt_print_get_tiling (print)->label_width;
    gt_gantt_print_free (print);
    g_assert_cmpfloat (with, >, without + 100);
    gt_paper_get_size (GT_PAPER_A4, FALSE, &width, &height);
  }

  /* The old way, labels on every page and no map, for the callers that ask. */
  print = gt_gantt_print_new (&opts, rows, 300, &title, width, height, FALSE);
  g_assert_false (gt_gantt_print_has_map (print));
  gt_gantt_print_free (print);
}

/* The overlap for pasting up: sheets right of the first repeat 10 mm of dates
 * and carry a dashed line where the sheet on the left ends. */
static void
test_print_overlap (void)
{
  g_autofree GtGanttRow *rows = g_new0 (GtGanttRow, 40);
  GtPrintTitle title = { NULL, "wall", { 0 } };
  GtGanttPrintSettings settings;
  GtGanttOptions opts;
  GtGanttPrint *print;
  const GtTiling *tiling;
  GtTilePage page;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  guint across_without, dark = 0;
  int x;

  for (guint i = 0; i < 40; i++)
    {
      rows[i].kind = GT_GANTT_ROW_PROJECT;
      rows[i].label = "项目";
      rows[i].serial = i + 1;
      rows[i].status = GT_GANTT_STATUS_NONE;
    }
  gt_gantt_options_init (&opts, GT_GANTT_ZOOM_MONTH);
  g_date_set_dmy (&opts.start, 1, 1, 2023);
  g_date_set_dmy (&opts.end, 31, 12, 2024);
  gt_paper_get_size (GT_PAPER_A3, TRUE, &width, &height);
  gt_gantt_print_settings_init (&settings);

  print = gt_gantt_print_new_full (&opts, rows, 40, &title, width, height, &settings);
  across_without = gt_gantt_print_get_tiling (print)->pages_across;
  g_assert_cmpfloat (gt_gantt_print_get_tiling (print)->overlap, ==, 0);
  gt_gantt_print_free (print);

  settings.overlap = TRUE;
  print = gt_gantt_print_new_full (&opts, rows, 40, &title, width, height, &settings);
  tiling = gt_gantt_print_get_tiling (print);
  g_assert_cmpfloat_with_epsilon (tiling->overlap, GT_GANTT_PRINT_OVERLAP * tiling->scale, 1e-6);
  g_assert_cmpuint (tiling->pages_across, >=, across_without);
  g_assert_cmpuint (tiling->pages_across, >, 1);

  /* Sheet A2 (page 2, after the map): the line where A1 ends. */
  g_assert_true (gt_page_tiling_get_page (tiling, 1, &page));
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  gt_gantt_print_draw_page (print, cr, 2);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  x = (int) (GT_PRINT_MARGIN + page.label_width + tiling->overlap);
  for (int y = (int) (height / 3); y < (int) (height / 2); y++)
    {
      const guint8 *data = cairo_image_surface_get_data (surface);
      const guint32 *line = (const guint32 *) (gconstpointer)
                            (data + (gsize) y * cairo_image_surface_get_stride (surface));
      guint darkest = 255;

      /* A thin line falls across two columns of pixels. */
      for (int dx = -1; dx <= 1; dx++)
        darkest = MIN (darkest, (line[x + dx] >> 8) & 0xff);
      dark += darkest < 170;
    }
  g_assert_cmpuint (dark, >, 10);
  cairo_surface_destroy (surface);
  gt_gantt_print_free (print);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tiling/matrix", test_tiling_matrix);
  g_test_add_func ("/tiling/exact-fit", test_tiling_exact_fit);
  g_test_add_func ("/tiling/fit-width", test_tiling_fit_width);
  g_test_add_func ("/tiling/degenerate", test_tiling_degenerate);
  g_test_add_func ("/tiling/wide-labels", test_tiling_wide_labels);
  g_test_add_func ("/tiling/labels-once", test_tiling_labels_once);
  g_test_add_func ("/tiling/min-scale", test_tiling_min_scale);
  g_test_add_func ("/tiling/sheet-marks", test_tiling_sheet_marks);
  g_test_add_func ("/tiling/print-name-size", test_print_name_size);
  g_test_add_func ("/tiling/print-overlap", test_print_overlap);

  return g_test_run ();
}
