/* render-overview.c: every figure chart of the demo register as PNGs, to look at.
 *
 *   render-overview OUTDIR [YEAR MONTH]
 *
 * Fills a demo register in a temporary file, computes the figures of YEAR and
 * MONTH (default: the demo's year, last month) and writes, light and dark, each
 * chart at 1920×1080, 800×450 and 320×200 into OUTDIR, and all of them as A4
 * landscape pages of OUTDIR/overview.pdf, as print draws them. In Chinese:
 *
 *   LANGUAGE=zh_CN LANG=C.UTF-8 GUATU_LOCALEDIR=_build/po \
 *     _build/tests/render-overview /tmp/overview
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-demo.h"
#include "gt-overview-chart.h"

typedef enum {
  CHART_COMPLETION_LOCALITY,
  CHART_COMPLETION_UNIT,
  CHART_CUMULATIVE,
  CHART_PIPELINE,
  CHART_ISSUES,
  CHART_RAG,
  CHART_RANKING_COMPLETION,
  CHART_RANKING_START,
  CHART_RANKING_RESOLUTION,
  N_CHARTS
} Chart;

static const char * const chart_names[N_CHARTS] = {
  "completion-locality", "completion-unit", "cumulative", "pipeline", "issues", "rag",
  "ranking-completion", "ranking-start", "ranking-resolution",
};

/* Each as the Overview names it, with the grouping and rate it is drawn by. */
static const struct {
  GtOverviewChart chart;
  GtChartGrouping grouping;
  GtRankingMetric metric;
} drawn[N_CHARTS] = {
  [CHART_COMPLETION_LOCALITY] = { GT_OVERVIEW_CHART_COMPLETION, GT_CHART_BY_LOCALITY, GT_RANKING_COMPLETION },
  [CHART_COMPLETION_UNIT] = { GT_OVERVIEW_CHART_COMPLETION, GT_CHART_BY_UNIT, GT_RANKING_COMPLETION },
  [CHART_CUMULATIVE] = { GT_OVERVIEW_CHART_CUMULATIVE, GT_CHART_BY_LOCALITY, GT_RANKING_COMPLETION },
  [CHART_PIPELINE] = { GT_OVERVIEW_CHART_PIPELINE, GT_CHART_BY_LOCALITY, GT_RANKING_COMPLETION },
  [CHART_ISSUES] = { GT_OVERVIEW_CHART_ISSUES, GT_CHART_BY_LOCALITY, GT_RANKING_COMPLETION },
  [CHART_RAG] = { GT_OVERVIEW_CHART_RAG, GT_CHART_BY_LOCALITY, GT_RANKING_COMPLETION },
  [CHART_RANKING_COMPLETION] = { GT_OVERVIEW_CHART_RANKING, GT_CHART_BY_LOCALITY, GT_RANKING_COMPLETION },
  [CHART_RANKING_START] = { GT_OVERVIEW_CHART_RANKING, GT_CHART_BY_UNIT, GT_RANKING_START },
  [CHART_RANKING_RESOLUTION] = { GT_OVERVIEW_CHART_RANKING, GT_CHART_BY_LEADER, GT_RANKING_RESOLUTION },
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
}

int
main (int   argc,
      char *argv[])
{
  static const int sizes[][2] = { { 1920, 1080 }, { 800, 450 }, { 320, 200 } };
  const char *localedir = g_getenv ("GUATU_LOCALEDIR");
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GtFigures) figures = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  GDate today;
  int year, month;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc != 2 && argc != 4)
    {
      g_printerr ("Usage: %s OUTDIR [YEAR MONTH]\n", argv[0]);
      return 2;
    }
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  year = argc == 4 ? atoi (argv[2]) : g_date_get_year (&today);
  month = argc == 4 ? atoi (argv[3]) : MAX ((int) g_date_get_month (&today) - 1, 1);

  g_mkdir_with_parents (argv[1], 0755);
  dir = g_dir_make_tmp ("render-overview-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "demo.db", NULL);
  store = gt_store_open (path, &error);
  g_assert_no_error (error);
  gt_store_set_year (store, g_date_get_year (&today));
  gt_demo_populate (store, gt_demo_size_default (), &today, &error);
  g_assert_no_error (error);
  figures = gt_figures_compute (store, year, month, gt_rag_rules_default (),
                                gt_start_targets_default (), &today, &error);
  g_assert_no_error (error);

  for (guint c = 0; c < N_CHARTS; c++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (int dark = 0; dark <= 1; dark++)
        {
          GtChartStyle style = { dark, 1 };
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                                 sizes[s][0], sizes[s][1]);
          cairo_t *cr = cairo_create (surface);
          g_autofree char *name = g_strdup_printf ("%s-%dx%d%s.png", chart_names[c],
                                                   sizes[s][0], sizes[s][1],
                                                   dark ? "-dark" : "");
          g_autofree char *file = g_build_filename (argv[1], name, NULL);

          draw (c, cr, &style, figures, sizes[s][0], sizes[s][1]);
          cairo_destroy (cr);
          if (cairo_surface_write_to_png (surface, file) != CAIRO_STATUS_SUCCESS)
            g_printerr ("Could not write %s\n", file);
          cairo_surface_destroy (surface);
        }
  /* Print: A4 landscape in points, 15 mm margins, layout px at 0.75 pt. */
  {
    g_autofree char *file = g_build_filename (argv[1], "overview.pdf", NULL);
    cairo_surface_t *surface = cairo_pdf_surface_create (file, 842, 595);
    cairo_t *cr = cairo_create (surface);
    GtChartStyle style = { FALSE, 0.75 };
    const double margin = 42.5;

    for (guint c = 0; c < N_CHARTS; c++)
      {
        cairo_save (cr);
        cairo_translate (cr, margin, margin);
        draw (c, cr, &style, figures, 842 - 2 * margin, 595 - 2 * margin);
        cairo_restore (cr);
        cairo_show_page (cr);
      }
    cairo_destroy (cr);
    cairo_surface_finish (surface);
    if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
      g_printerr ("Could not write %s\n", file);
    cairo_surface_destroy (surface);
  }

  g_print ("%u charts of %d-%02d written to %s\n", (guint) N_CHARTS, year, month, argv[1]);

  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
