/* gt-issues-chart.c: a row for each category of issue that has any: one bar as
 * long as the issues found, split into resolved (green, plain), in hand (amber,
 * dotted) and overdue (red, hatched) — the Gantt chart's status fills, so the
 * patterns carry the meaning where colour does not — and the counts in words.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "gt-chart-private.h"
#include "gt-issues-chart.h"

static void
paint_status_key (GtChart *chart,
                  double   x,
                  double   y,
                  double   w,
                  double   h,
                  gpointer data)
{
  int status = GPOINTER_TO_INT (data);

  gt_gantt_paint_actual_bar (chart->cr, chart->palette, status, x, y, w, h, w);
}

static char *
counts_text (const guint *counts,
             gboolean     full)
{
  if (!full)
    return g_strdup_printf ("%u", counts[GT_FIGURES_ISSUES_FOUND]);
  /* Translators: the issues of one category, as the seeds count them. */
  return g_strdup_printf (C_("issues chart", "%u found, %u resolved, %u in hand, %u overdue"),
                          counts[GT_FIGURES_ISSUES_FOUND], counts[GT_FIGURES_ISSUES_RESOLVED],
                          counts[GT_FIGURES_ISSUES_IN_HAND], counts[GT_FIGURES_ISSUES_OVERDUE]);
}

void
gt_issues_chart_draw (cairo_t            *cr,
                      const GtChartStyle *style,
                      const GtFigures    *figures,
                      double              width,
                      double              height)
{
  GtChart chart;
  GtChartKey keys[3];
  guint rows[GT_N_ISSUE_CATEGORIES];
  guint n = 0, max = 0;
  double pad, gap, legend_h, top, row_h, size, name_w = 0, full_w = 0, short_w = 0;
  double value_w, bar_x0, bar_x1, used;
  gboolean full;
  guint total[GT_N_FIGURES_ISSUES] = { 0 };

  g_return_if_fail (cr != NULL);

  if (!gt_chart_begin (&chart, cr, style, width, height))
    return;
  if (!gt_chart_is_empty (figures))
    for (guint c = 0; c < GT_N_ISSUE_CATEGORIES; c++)
      if (figures->issues_by_category[c][GT_FIGURES_ISSUES_FOUND] > 0)
        {
          rows[n++] = c;
          max = MAX (max, figures->issues_by_category[c][GT_FIGURES_ISSUES_FOUND]);
          for (guint k = 0; k < GT_N_FIGURES_ISSUES; k++)
            total[k] += figures->issues_by_category[c][k];
        }
  if (n == 0)
    {
      gt_chart_draw_no_data (&chart);
      gt_chart_end (&chart);
      return;
    }

  pad = chart.font_size * 0.6;
  gap = chart.font_size * 0.5;
  legend_h = gt_chart_line_height (&chart, chart.font_size * 0.9) * 1.3;
  top = pad + legend_h + pad * 0.5;
  /* A strip too low for the legend and the rows keeps the rows. */
  if ((chart.height - pad - top) / n < GT_CHART_MIN_FONT * 1.2)
    {
      legend_h = 0;
      top = pad;
    }
  row_h = MIN ((chart.height - pad - top) / n, chart.font_size * 3.2);
  size = MIN (chart.font_size, row_h / 1.5);

  keys[0] = (GtChartKey) { C_("issues chart", "Resolved"), paint_status_key,
                           GINT_TO_POINTER (GT_GANTT_STATUS_GREEN) };
  keys[1] = (GtChartKey) { C_("issues chart", "In hand, not overdue"), paint_status_key,
                           GINT_TO_POINTER (GT_GANTT_STATUS_AMBER) };
  keys[2] = (GtChartKey) { C_("issues chart", "Overdue"), paint_status_key,
                           GINT_TO_POINTER (GT_GANTT_STATUS_RED) };
  used = gt_chart_draw_legend (&chart, keys, G_N_ELEMENTS (keys), pad, pad,
                               chart.width - 2 * pad, legend_h);
  {
    g_autofree char *text = counts_text (total, TRUE);
    double w = chart.width - 2 * pad - used;

    if (gt_chart_text_width (&chart, text, chart.font_size * 0.9, TRUE) <= w)
      gt_chart_draw_text (&chart, text, chart.font_size * 0.9, TRUE, &chart.palette->text,
                          pad + used, pad, w, legend_h, GT_GANTT_ALIGN_END);
  }

  for (guint i = 0; i < n; i++)
    {
      const guint *counts = figures->issues_by_category[rows[i]];
      g_autofree char *full_text = counts_text (counts, TRUE);
      g_autofree char *short_text = counts_text (counts, FALSE);

      name_w = MAX (name_w, gt_chart_text_width (&chart,
                                                 gt_issue_category_get_label (rows[i]),
                                                 size, FALSE));
      full_w = MAX (full_w, gt_chart_text_width (&chart, full_text, size, FALSE));
      short_w = MAX (short_w, gt_chart_text_width (&chart, short_text, size, FALSE));
    }
  name_w = MIN (name_w, chart.width * 0.25);
  full = chart.width - 2 * pad - name_w - 2 * gap - full_w >= chart.width * 0.4;
  value_w = full ? full_w : short_w;
  bar_x0 = pad + name_w + gap;
  bar_x1 = chart.width - pad - value_w - gap;
  if (bar_x1 - bar_x0 < chart.width * 0.2)
    {
      value_w = 0;
      bar_x1 = chart.width - pad;
    }

  for (guint i = 0; i < n; i++)
    {
      const guint *counts = figures->issues_by_category[rows[i]];
      g_autofree char *text = counts_text (counts, full);
      double y = top + i * row_h;
      double bar_h = round (MIN (row_h * 0.6, chart.font_size * 1.5));
      double bar_y = round (y + (row_h - bar_h) / 2);
      double unit = (bar_x1 - bar_x0) / max;
      guint in_hand = counts[GT_FIGURES_ISSUES_IN_HAND];
      guint overdue = MIN (counts[GT_FIGURES_ISSUES_OVERDUE], in_hand);
      guint parts[3] = { counts[GT_FIGURES_ISSUES_RESOLVED], in_hand - overdue, overdue };
      int status[3] = { GT_GANTT_STATUS_GREEN, GT_GANTT_STATUS_AMBER, GT_GANTT_STATUS_RED };
      double x = bar_x0;

      gt_chart_draw_text (&chart, gt_issue_category_get_label (rows[i]), size, FALSE,
                          &chart.palette->text, pad, y, name_w, row_h, GT_GANTT_ALIGN_END);
      for (guint p = 0; p < 3; p++)
        {
          double w = round (unit * parts[p]);

          if (parts[p] == 0)
            continue;
          gt_gantt_paint_actual_bar (cr, chart.palette, status[p], round (x), bar_y,
                                     w, bar_h, w);
          x += w;
        }
      if (value_w > 0)
        gt_chart_draw_text (&chart, text, size, FALSE, &chart.palette->text,
                            bar_x1 + gap, y, value_w, row_h, GT_GANTT_ALIGN_START);
    }

  gt_chart_end (&chart);
}
