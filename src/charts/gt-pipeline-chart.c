/* gt-pipeline-chart.c: a column for each stage, left to right in the order a
 * project moves, its count on top and the stage under it, with arrows between
 * the stage names. The columns darken along the pipeline, so the order reads in
 * greyscale too.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "gt-chart-private.h"
#include "gt-pipeline-chart.h"

static void
draw_arrow (GtChart *chart,
            double   cx,
            double   cy,
            double   size)
{
  cairo_t *cr = chart->cr;

  cairo_move_to (cr, cx - size * 0.3, cy - size * 0.5);
  cairo_line_to (cr, cx + size * 0.3, cy);
  cairo_line_to (cr, cx - size * 0.3, cy + size * 0.5);
  gt_gantt_set_rgb (cr, &chart->palette->text_dim);
  cairo_set_line_width (cr, MAX (1, size * 0.14));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  cairo_stroke (cr);
}

void
gt_pipeline_chart_draw (cairo_t            *cr,
                        const GtChartStyle *style,
                        const GtFigures    *figures,
                        double              width,
                        double              height)
{
  GtChart chart;
  guint max = 0;
  double pad, slot, bar_w, label_h, count_h, top, base, size;

  g_return_if_fail (cr != NULL);

  if (!gt_chart_begin (&chart, cr, style, width, height))
    return;
  if (gt_chart_is_empty (figures))
    {
      gt_chart_draw_no_data (&chart);
      gt_chart_end (&chart);
      return;
    }

  for (guint s = 0; s < GT_N_STAGES; s++)
    max = MAX (max, figures->total.by_stage[s]);

  pad = chart.font_size * 0.6;
  size = chart.font_size;
  slot = (chart.width - 2 * pad) / GT_N_STAGES;
  bar_w = MIN (slot * 0.62, chart.font_size * 7);
  label_h = gt_chart_line_height (&chart, size) * 1.4;
  count_h = gt_chart_line_height (&chart, size * 1.2) * 1.2;
  /* Text may take at most two thirds of a low strip; the bars need the rest. */
  if (label_h + count_h > (chart.height - 2 * pad) * 0.67)
    {
      double k = MAX (chart.height - 2 * pad, 0) * 0.67 / (label_h + count_h);

      size *= k;
      label_h *= k;
      count_h *= k;
    }
  top = pad + count_h;
  base = chart.height - pad - label_h;

  gt_gantt_set_rgb (cr, &chart.palette->grid_strong);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, pad, round (base) + 0.5);
  cairo_line_to (cr, chart.width - pad, round (base) + 0.5);
  cairo_stroke (cr);

  for (guint s = 0; s < GT_N_STAGES; s++)
    {
      guint count = figures->total.by_stage[s];
      g_autofree char *text = g_strdup_printf ("%u", count);
      double x = pad + s * slot;
      double bar_h = max > 0 && base > top ? (base - top) * count / max : 0;
      double bar_x = round (x + (slot - bar_w) / 2);
      double bar_y = round (base - bar_h);

      gt_chart_fill_rect (&chart, &chart.colors->stage[s], &chart.palette->planned_line,
                          bar_x, bar_y, round (bar_w), round (base) - bar_y);
      gt_chart_draw_text (&chart, text, size * 1.2, TRUE, &chart.palette->text,
                          x, MAX (bar_y - count_h, pad), slot, count_h,
                          GT_GANTT_ALIGN_CENTER);
      gt_chart_draw_text (&chart, gt_stage_get_label ((GtStage) s), size, FALSE,
                          &chart.palette->text, x + slot * 0.1, base, slot * 0.8, label_h,
                          GT_GANTT_ALIGN_CENTER);
      if (s > 0)
        draw_arrow (&chart, x, base + label_h / 2, MIN (size, slot * 0.15));
    }

  gt_chart_end (&chart);
}
