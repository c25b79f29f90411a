/* gt-rag-chart.c: how many projects show each light: the mark (● ▲ ■), the
 * name and the count for each, over one bar split in proportion, with the
 * Gantt chart's fills and patterns.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "gt-chart-private.h"
#include "gt-format.h"
#include "gt-rag-chart.h"

void
gt_rag_chart_draw (cairo_t            *cr,
                   const GtChartStyle *style,
                   const GtFigures    *figures,
                   double              width,
                   double              height)
{
  GtChart chart;
  guint total = 0;
  double pad, slot, size, count_h, label_h, mark, bar_y, bar_h, x, top, rest;

  g_return_if_fail (cr != NULL);

  if (!gt_chart_begin (&chart, cr, style, width, height))
    return;
  if (!gt_chart_is_empty (figures))
    for (guint r = 0; r < GT_N_RAGS; r++)
      total += figures->total.by_rag[r];
  if (total == 0)
    {
      gt_chart_draw_no_data (&chart);
      gt_chart_end (&chart);
      return;
    }

  pad = chart.font_size * 0.6;
  size = chart.font_size;
  slot = (chart.width - 2 * pad) / GT_N_RAGS;
  count_h = MIN (gt_chart_line_height (&chart, size * 2), (chart.height - 2 * pad) * 0.45);
  label_h = MIN (gt_chart_line_height (&chart, size) * 1.2, (chart.height - 2 * pad) * 0.25);
  mark = MIN (size * 1.2, label_h * 0.8);
  /* The whole block sits in the middle of a tall rectangle. */
  rest = chart.height - 2 * pad - label_h - count_h - pad * 0.5;
  bar_h = MIN (rest, size * 2.4);
  if (bar_h < 4)
    bar_h = 0;
  top = pad + MAX (rest - bar_h, 0) / 2;

  for (guint r = 0; r < GT_N_RAGS; r++)
    {
      g_autofree char *count = g_strdup_printf ("%u", figures->total.by_rag[r]);
      double sx = pad + r * slot;
      double tw = gt_chart_text_width (&chart, gt_rag_get_label (r), size, FALSE);
      double lx = sx + MAX ((slot - mark * 1.5 - tw) / 2, 0);

      gt_gantt_paint_status_mark (cr, chart.palette, r, lx + mark / 2,
                                  top + label_h / 2, mark * 0.8);
      gt_chart_draw_text (&chart, gt_rag_get_label (r), size, FALSE, &chart.palette->text,
                          lx + mark * 1.5, top, MAX (sx + slot - lx - mark * 1.5, 0), label_h,
                          GT_GANTT_ALIGN_START);
      gt_chart_draw_text (&chart, count, size * 2, TRUE, &chart.palette->text,
                          sx, top + label_h, slot, count_h, GT_GANTT_ALIGN_CENTER);
    }

  /* The bar takes what room is left, if there is enough to read. */
  bar_y = top + label_h + count_h + pad * 0.5;
  if (bar_h <= 0)
    {
      gt_chart_end (&chart);
      return;
    }
  x = pad;
  for (guint r = 0; r < GT_N_RAGS; r++)
    {
      guint count = figures->total.by_rag[r];
      double w = round ((chart.width - 2 * pad) * count / total);
      g_autofree char *share = gt_format_percent ((double) count / total);

      if (r == GT_N_RAGS - 1)
        w = chart.width - pad - x;
      if (count == 0 || w <= 0)
        continue;
      gt_gantt_paint_actual_bar (cr, chart.palette, r, x, round (bar_y), w, round (bar_h), w);
      /* The share on a patch of background, so the patterns do not eat it. */
      if (gt_chart_text_width (&chart, share, size * 0.85, TRUE) + size < w && bar_h > size)
        {
          double tw = gt_chart_text_width (&chart, share, size * 0.85, TRUE);
          double th = gt_chart_line_height (&chart, size * 0.85);

          gt_gantt_set_rgb (cr, &chart.palette->background);
          cairo_rectangle (cr, x + (w - tw) / 2 - size * 0.25, bar_y + (bar_h - th) / 2,
                           tw + size * 0.5, th);
          cairo_fill (cr);
          gt_chart_draw_text (&chart, share, size * 0.85, TRUE, &chart.palette->text,
                              x, bar_y, w, bar_h, GT_GANTT_ALIGN_CENTER);
        }
      x += w;
    }

  gt_chart_end (&chart);
}
