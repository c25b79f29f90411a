/* gt-overview-print.c: the overview's charts, four to a page.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-chart-text.h"
#include "gt-overview-chart.h"
#include "gt-overview-print.h"

#define PER_PAGE 4
#define GAP      12.0
#define CAPTION  16.0   /* the caption's line above each chart */

/* Eight charts, two pages: completion and rankings both by locality and by
 * unit, the others once. */
static const struct {
  GtOverviewChart chart;
  gboolean        grouped;   /* captioned with its grouping */
  GtChartGrouping grouping;
} charts[] = {
  { GT_OVERVIEW_CHART_COMPLETION, TRUE, GT_CHART_BY_LOCALITY },
  { GT_OVERVIEW_CHART_CUMULATIVE, FALSE, GT_CHART_BY_LOCALITY },
  { GT_OVERVIEW_CHART_RAG, FALSE, GT_CHART_BY_LOCALITY },
  { GT_OVERVIEW_CHART_PIPELINE, FALSE, GT_CHART_BY_LOCALITY },
  { GT_OVERVIEW_CHART_COMPLETION, TRUE, GT_CHART_BY_UNIT },
  { GT_OVERVIEW_CHART_ISSUES, FALSE, GT_CHART_BY_LOCALITY },
  { GT_OVERVIEW_CHART_RANKING, TRUE, GT_CHART_BY_LOCALITY },
  { GT_OVERVIEW_CHART_RANKING, TRUE, GT_CHART_BY_UNIT },
};
#define N_CHARTS G_N_ELEMENTS (charts)

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
            guint            chart,
            cairo_t         *cr,
            double           width,
            double           height)
{
  GtChartStyle style;

  /* Points, as every chart printed. */
  gt_chart_style_init (&style, FALSE, 0.75);
  gt_overview_chart_draw (cr, &style, self->figures, charts[chart].chart, charts[chart].grouping,
                          GT_RANKING_COMPLETION, width, height);
}

static void
draw_caption (cairo_t *cr,
              guint    chart,
              double   width)
{
  PangoLayout *layout = gt_chart_text_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans Bold");
  g_autofree char *text = NULL;

  if (charts[chart].grouped)
    text = g_strdup_printf ("%s（%s）", gt_overview_chart_get_title (charts[chart].chart),
                            gt_chart_grouping_get_label (charts[chart].grouping));
  else
    text = g_strdup (gt_overview_chart_get_title (charts[chart].chart));
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
  *doc = (GtExportDoc) {
    .width = self->width,
    .height = self->height,
    .n_pages = (N_CHARTS + PER_PAGE - 1) / PER_PAGE,
    .draw_page = draw_page,
    .data = self,
  };
}
