/* gt-overview-print.c: the overview's charts, four to a page.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-chart-text.h"
#include "gt-chart-style.h"
#include "gt-completion-chart.h"
#include "gt-cumulative-chart.h"
#include "gt-issues-chart.h"
#include "gt-overview-print.h"
#include "gt-pipeline-chart.h"
#include "gt-rag-chart.h"
#include "gt-ranking-table.h"

#define PER_PAGE 4
#define GAP      12.0
#define CAPTION  16.0   /* the caption's line above each chart */

typedef enum {
  CHART_COMPLETION_LOCALITY,
  CHART_CUMULATIVE,
  CHART_RAG,
  CHART_PIPELINE,
  CHART_COMPLETION_UNIT,
  CHART_ISSUES,
  CHART_RANKING_LOCALITY,
  CHART_RANKING_UNIT,
  N_CHARTS
} Chart;

/* The overview's own panel titles (gt-chart-panel.c) and grouping names. */
static const struct {
  const char *title;
  const char *grouping;
} captions[N_CHARTS] = {
  [CHART_COMPLETION_LOCALITY] = { N_("Investment Completed against Plan"), N_("By Locality") },
  [CHART_CUMULATIVE] = { N_("Completed by Month"), NULL },
  [CHART_RAG] = { N_("Status Lights"), NULL },
  [CHART_PIPELINE] = { N_("Projects by Stage"), NULL },
  [CHART_COMPLETION_UNIT] = { N_("Investment Completed against Plan"),
                              N_("By Responsible Unit") },
  [CHART_ISSUES] = { N_("Issues by Category"), NULL },
  [CHART_RANKING_LOCALITY] = { N_("Rankings"), N_("By Locality") },
  [CHART_RANKING_UNIT] = { N_("Rankings"), N_("By Responsible Unit") },
};

struct _GtOverviewPrint {
  const GtFigures *figures;
  GtPrintTitle     title;
  char            *office_name;
  char            *chart_name;
  double           width;
  double           height;
};

GtOverviewPrint *
gt_overview_print_new (const GtFigures    *figures,
                       const GtPrintTitle *title,
                       double              width,
                       double              height)
{
  GtOverviewPrint *self = g_new0 (GtOverviewPrint, 1);

  self->figures = figures;
  self->office_name = g_strdup (title->office_name);
  self->chart_name = g_strdup (title->chart_name);
  self->title = *title;
  self->title.office_name = self->office_name;
  self->title.chart_name = self->chart_name;
  self->width = width;
  self->height = height;
  return self;
}

void
gt_overview_print_free (GtOverviewPrint *self)
{
  if (self == NULL)
    return;
  g_free (self->office_name);
  g_free (self->chart_name);
  g_free (self);
}

static void
draw_chart (GtOverviewPrint *self,
            Chart            chart,
            cairo_t         *cr,
            double           width,
            double           height)
{
  GtChartStyle style;

  /* Points, as every chart printed. */
  gt_chart_style_init (&style, FALSE, 0.75);
  switch (chart)
    {
    case CHART_COMPLETION_LOCALITY:
      gt_completion_chart_draw (cr, &style, self->figures, GT_CHART_BY_LOCALITY, width, height);
      break;
    case CHART_COMPLETION_UNIT:
      gt_completion_chart_draw (cr, &style, self->figures, GT_CHART_BY_UNIT, width, height);
      break;
    case CHART_CUMULATIVE:
      gt_cumulative_chart_draw (cr, &style, self->figures, width, height);
      break;
    case CHART_RAG:
      gt_rag_chart_draw (cr, &style, self->figures, width, height);
      break;
    case CHART_PIPELINE:
      gt_pipeline_chart_draw (cr, &style, self->figures, width, height);
      break;
    case CHART_ISSUES:
      gt_issues_chart_draw (cr, &style, self->figures, width, height);
      break;
    case CHART_RANKING_LOCALITY:
      gt_ranking_table_draw (cr, &style, self->figures, GT_CHART_BY_LOCALITY,
                             GT_RANKING_COMPLETION, width, height);
      break;
    case CHART_RANKING_UNIT:
      gt_ranking_table_draw (cr, &style, self->figures, GT_CHART_BY_UNIT,
                             GT_RANKING_COMPLETION, width, height);
      break;
    case N_CHARTS:
    default:
      g_assert_not_reached ();
    }
}

static void
draw_caption (cairo_t *cr,
              Chart    chart,
              double   width)
{
  PangoLayout *layout = gt_chart_text_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans Bold");
  g_autofree char *text = NULL;

  if (captions[chart].grouping != NULL)
    text = g_strdup_printf ("%s（%s）", _(captions[chart].title), _(captions[chart].grouping));
  else
    text = g_strdup (_(captions[chart].title));
  pango_font_description_set_absolute_size (font, 10 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, text, -1);
  cairo_set_source_rgb (cr, 0.15, 0.15, 0.15);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
  g_object_unref (layout);
}

static void
draw_page (gpointer  data,
           cairo_t  *cr,
           guint     index)
{
  GtOverviewPrint *self = data;
  double area_width = self->width - 2 * GT_PRINT_MARGIN;
  double area_height = self->height - 2 * GT_PRINT_MARGIN;
  double top, cell_width, cell_height;
  guint n_pages = (N_CHARTS + PER_PAGE - 1) / PER_PAGE;

  cairo_save (cr);
  cairo_translate (cr, GT_PRINT_MARGIN, GT_PRINT_MARGIN);
  top = gt_print_draw_title (cr, &self->title, area_width);
  cell_width = (area_width - GAP) / 2;
  cell_height = (area_height - top - gt_print_footer_height () - GAP) / 2;

  for (guint slot = 0; slot < PER_PAGE; slot++)
    {
      guint chart = index * PER_PAGE + slot;

      if (chart >= N_CHARTS)
        break;
      cairo_save (cr);
      cairo_translate (cr, (slot % 2) * (cell_width + GAP), top + (slot / 2) * (cell_height + GAP));
      draw_caption (cr, chart, cell_width);
      cairo_translate (cr, 0, CAPTION);
      cairo_rectangle (cr, 0, 0, cell_width, cell_height - CAPTION);
      cairo_clip (cr);
      draw_chart (self, chart, cr, cell_width, cell_height - CAPTION);
      cairo_restore (cr);
    }

  gt_print_draw_page_number (cr, index, n_pages, area_width, area_height);
  cairo_restore (cr);
}

void
gt_overview_print_get_doc (GtOverviewPrint *self,
                           GtExportDoc     *doc)
{
  doc->width = self->width;
  doc->height = self->height;
  doc->n_pages = (N_CHARTS + PER_PAGE - 1) / PER_PAGE;
  doc->draw_page = draw_page;
  doc->data = self;
}
