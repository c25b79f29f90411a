/* gt-gantt-print.c: the wall chart tiled onto pages.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-gantt-print.h"

/* Layout px → points, as for every chart printed. */
#define POINTS 0.75
#define GAP    6.0

struct _GtGanttPrint {
  GtGanttOptions    opts;          /* at the print's scale */
  GtGanttOptions    legend_opts;   /* at the plain scale: the key never shrinks */
  const GtGanttRow *rows;
  guint             n_rows;
  GtPrintTitle      title;
  char             *office_name;
  char             *chart_name;
  double            width;
  double            height;
  double            legend_height;
  GtTiling          tiling;
};

GtGanttPrint *
gt_gantt_print_new (const GtGanttOptions *opts,
                    const GtGanttRow     *rows,
                    guint                 n_rows,
                    const GtPrintTitle   *title,
                    double                width,
                    double                height,
                    gboolean              fit_width)
{
  GtGanttPrint *self;
  GtTilingInput input = { 0 };
  double area_width;
  double label_width;

  g_return_val_if_fail (opts != NULL && title != NULL, NULL);
  g_return_val_if_fail (rows != NULL || n_rows == 0, NULL);

  self = g_new0 (GtGanttPrint, 1);
  self->opts = *opts;
  self->opts.scale = POINTS;
  self->opts.dark = FALSE;
  self->opts.show_labels = TRUE;
  self->opts.show_header = TRUE;
  self->legend_opts = self->opts;
  self->rows = rows;
  self->n_rows = n_rows;
  self->office_name = g_strdup (title->office_name);
  self->chart_name = g_strdup (title->chart_name);
  self->title = *title;
  self->title.office_name = self->office_name;
  self->title.chart_name = self->chart_name;
  self->width = width;
  self->height = height;

  area_width = width - 2 * GT_PRINT_MARGIN;
  self->legend_height = gt_gantt_legend_height (&self->legend_opts, area_width);

  label_width = gt_gantt_x_for_date (&self->opts, &self->opts.start);
  input.area_width = area_width;
  input.area_height = height - 2 * GT_PRINT_MARGIN - gt_print_title_height ()
                      - self->legend_height - GAP - gt_print_footer_height ();
  input.label_width = label_width;
  input.dates_width = gt_gantt_content_width (&self->opts) - label_width;
  input.header_height = gt_gantt_content_height (&self->opts, 0);
  input.row_height = gt_gantt_content_height (&self->opts, 1) - input.header_height;
  input.n_rows = n_rows;
  input.fit_width = fit_width;
  gt_page_tiling_compute (&input, &self->tiling);
  self->opts.scale = POINTS * self->tiling.scale;

  return self;
}

void
gt_gantt_print_free (GtGanttPrint *self)
{
  if (self == NULL)
    return;
  g_free (self->office_name);
  g_free (self->chart_name);
  g_free (self);
}

guint
gt_gantt_print_get_n_pages (GtGanttPrint *self)
{
  return gt_page_tiling_n_pages (&self->tiling);
}

const GtTiling *
gt_gantt_print_get_tiling (GtGanttPrint *self)
{
  return &self->tiling;
}

void
gt_gantt_print_draw_page (GtGanttPrint *self,
                          cairo_t      *cr,
                          guint         index)
{
  GtTilePage page;
  double area_width = self->width - 2 * GT_PRINT_MARGIN;
  double chart_width, chart_height;
  double title_height;

  if (!gt_page_tiling_get_page (&self->tiling, index, &page))
    return;

  cairo_save (cr);
  cairo_translate (cr, GT_PRINT_MARGIN, GT_PRINT_MARGIN);
  title_height = gt_print_draw_title (cr, &self->title, area_width);

  chart_width = self->tiling.label_width + page.span_width;
  chart_height = self->tiling.header_height + page.n_rows * self->tiling.row_height;
  cairo_save (cr);
  cairo_translate (cr, 0, title_height);
  /* The renderer fills what it is given; the clip keeps the next page's first
   * row and day off this one. */
  cairo_rectangle (cr, 0, 0, chart_width, chart_height);
  cairo_clip (cr);
  gt_gantt_renderer_draw (&self->opts, self->rows, self->n_rows, cr, chart_width,
                          chart_height, page.first_row, page.scroll_x);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_translate (cr, 0, self->height - 2 * GT_PRINT_MARGIN - gt_print_footer_height ()
                   - self->legend_height);
  gt_gantt_renderer_draw_legend (&self->legend_opts, cr, area_width);
  cairo_restore (cr);

  gt_print_draw_page_number (cr, index, gt_gantt_print_get_n_pages (self), area_width,
                             self->height - 2 * GT_PRINT_MARGIN);
  cairo_restore (cr);
}

static void
draw_page_cb (gpointer  data,
              cairo_t  *cr,
              guint     index)
{
  gt_gantt_print_draw_page (data, cr, index);
}

void
gt_gantt_print_get_doc (GtGanttPrint *self,
                        GtExportDoc  *doc)
{
  *doc = (GtExportDoc) {
    .width = self->width,
    .height = self->height,
    .n_pages = gt_gantt_print_get_n_pages (self),
    .draw_page = draw_page_cb,
    .data = self,
  };
}
