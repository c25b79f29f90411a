/* gt-completion-chart.c: a row for each group: the year plan as a light bar,
 * the completed investment as a dark bar inside it, the 序时进度 target as a red
 * mark across both, and the figures in words at the end of the row. All rows
 * share one scale, so bar lengths compare across groups.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "gt-chart-private.h"
#include "gt-completion-chart.h"
#include "gt-format.h"

/* Rows never grow beyond this many body lines, so that three localities do not
 * become three slabs. */
#define MAX_ROW_LINES 3.2

static void
paint_plan_key (GtChart *chart,
                double   x,
                double   y,
                double   w,
                double   h,
                gpointer data)
{
  gt_chart_fill_rect (chart, &chart->palette->planned_fill, &chart->palette->planned_line,
                      x, y, w, h);
}

static void
paint_completed_key (GtChart *chart,
                     double   x,
                     double   y,
                     double   w,
                     double   h,
                     gpointer data)
{
  gt_chart_fill_rect (chart, &chart->colors->completed, NULL, x, y + h * 0.2, w, h * 0.6);
}

static void
paint_target_key (GtChart *chart,
                  double   x,
                  double   y,
                  double   w,
                  double   h,
                  gpointer data)
{
  gt_chart_paint_target (chart, x + w / 2, y, y + h, 2);
}

static char *
value_text (const GtFiguresGroup *group,
            gboolean              full)
{
  g_autofree char *rate = gt_format_percent (gt_figures_group_completion_rate (group));
  g_autofree char *figures = NULL;

  if (!full)
    return g_steal_pointer (&rate);
  figures = gt_format_money_pair (group->completed, group->annual_plan);
  /* Translators: completed investment / year plan (one unit), then the
   * completion rate. */
  return g_strdup_printf (C_("completion chart", "%s  %s"), figures, rate);
}

static void
draw_total (GtChart         *chart,
            const GtFigures *figures,
            double           x,
            double           y,
            double           w,
            double           h)
{
  g_autofree char *rate = gt_format_percent (gt_figures_group_completion_rate (&figures->total));
  g_autofree char *completed = gt_format_money (figures->total.completed);
  g_autofree char *plan = gt_format_money (figures->total.annual_plan);
  g_autofree char *text = NULL;
  double size = chart->font_size * 0.9;

  /* Translators: the whole register: completed investment, year plan, rate. */
  text = g_strdup_printf (C_("completion chart", "Total %s of %s, %s"), completed, plan, rate);
  if (gt_chart_text_width (chart, text, size, TRUE) <= w)
    gt_chart_draw_text (chart, text, size, TRUE, &chart->palette->text,
                        x, y, w, h, GT_GANTT_ALIGN_END);
}

void
gt_completion_chart_draw (cairo_t            *cr,
                          const GtChartStyle *style,
                          const GtFigures    *figures,
                          GtChartGrouping     grouping,
                          double              width,
                          double              height)
{
  GtChart chart;
  GtChartKey keys[3];
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  GPtrArray *all;
  double pad, gap, legend_h, top, bottom, row_h, min_row, size;
  double name_w = 0, value_w = 0, full_w = 0, short_w = 0;
  double bar_x0, bar_x1;
  gboolean full;
  guint n, shown;
  gint64 scale_max = 0;
  double legend_used;

  g_return_if_fail (cr != NULL);

  if (!gt_chart_begin (&chart, cr, style, width, height))
    return;
  /* A unit that only had issues assigned to it (交办) has no project and no
   * investment: no row. */
  all = gt_chart_groups (figures, grouping);
  for (guint i = 0; i < all->len; i++)
    {
      GtFiguresGroup *group = g_ptr_array_index (all, i);

      if (group->projects > 0 || group->annual_plan > 0 || group->completed > 0)
        g_ptr_array_add (groups, group);
    }
  if (gt_chart_is_empty (figures) || groups->len == 0)
    {
      gt_chart_draw_no_data (&chart);
      gt_chart_end (&chart);
      return;
    }

  pad = chart.font_size * 0.6;
  gap = chart.font_size * 0.5;
  legend_h = gt_chart_line_height (&chart, chart.font_size * 0.9) * 1.3;
  top = pad + legend_h + pad * 0.5;
  bottom = chart.height - pad;
  /* A strip too low for the legend and a row keeps the rows. */
  if (bottom - top < GT_CHART_MIN_FONT * 1.6)
    {
      legend_h = 0;
      top = pad;
    }
  n = groups->len;
  min_row = GT_CHART_MIN_FONT * 1.6;

  /* Rows shrink down to the smallest legible text; after that the last row
   * says how many did not fit. */
  shown = n;
  row_h = (bottom - top) / n;
  if (row_h < min_row)
    {
      shown = (guint) MAX ((bottom - top) / min_row, 1) - 1;
      row_h = (bottom - top) / (shown + 1);
    }
  row_h = MIN (row_h, chart.font_size * MAX_ROW_LINES);
  size = MIN (chart.font_size, row_h / 1.5);

  keys[0] = (GtChartKey) { C_("completion chart", "Completed"), paint_completed_key, NULL };
  keys[1] = (GtChartKey) { C_("completion chart", "Year plan"), paint_plan_key, NULL };
  keys[2] = (GtChartKey) { C_("completion chart", "Time-proportional target"),
                           paint_target_key, NULL };
  legend_used = gt_chart_draw_legend (&chart, keys, G_N_ELEMENTS (keys), pad, pad,
                                      chart.width - 2 * pad, legend_h);
  draw_total (&chart, figures, pad + legend_used, pad,
              MAX (chart.width - 2 * pad - legend_used, 0), legend_h);

  for (guint i = 0; i < shown; i++)
    {
      const GtFiguresGroup *group = g_ptr_array_index (groups, i);
      g_autofree char *full_text = value_text (group, TRUE);
      g_autofree char *short_text = value_text (group, FALSE);

      name_w = MAX (name_w, gt_chart_text_width (&chart, group->name, size, FALSE));
      full_w = MAX (full_w, gt_chart_text_width (&chart, full_text, size, FALSE));
      short_w = MAX (short_w, gt_chart_text_width (&chart, short_text, size, FALSE));
      scale_max = MAX (scale_max, MAX (group->annual_plan, group->completed));
    }
  name_w = MIN (name_w, chart.width * 0.25);
  /* Amounts beside the bars only while the bars keep most of the width. */
  full = chart.width - 2 * pad - name_w - 2 * gap - full_w >= chart.width * 0.45;
  value_w = full ? full_w : MIN (short_w, chart.width * 0.2);
  /* Whole pixels keep the bars' edges sharp. */
  bar_x0 = round (pad + name_w + gap);
  bar_x1 = round (chart.width - pad - value_w - gap);
  if (bar_x1 - bar_x0 < chart.width * 0.25)
    {
      /* Too narrow for words beside the bars: the bars matter more. */
      value_w = 0;
      bar_x1 = floor (chart.width - pad);
    }

  for (guint i = 0; i < shown; i++)
    {
      const GtFiguresGroup *group = g_ptr_array_index (groups, i);
      g_autofree char *text = value_text (group, full);
      double y = top + i * row_h;
      double bar_h = MIN (row_h * 0.62, chart.font_size * 1.6);
      double bar_y = y + (row_h - bar_h) / 2;
      double done_h = bar_h * 0.56;
      double span = bar_x1 - bar_x0;
      double plan_w, done_w, target_x;

      gt_chart_draw_text (&chart, group->name, size, FALSE, &chart.palette->text,
                          pad, y, name_w, row_h, GT_GANTT_ALIGN_END);
      if (value_w > 0)
        gt_chart_draw_text (&chart, text, size, FALSE, &chart.palette->text,
                            bar_x1 + gap, y, value_w, row_h, GT_GANTT_ALIGN_START);
      if (scale_max <= 0)
        continue;

      plan_w = round (span * group->annual_plan / scale_max);
      done_w = round (span * group->completed / scale_max);
      target_x = bar_x0 + span * group->pro_rata_target / scale_max;
      gt_chart_fill_rect (&chart, &chart.palette->planned_fill, &chart.palette->planned_line,
                          bar_x0, round (bar_y), plan_w, round (bar_h));
      gt_chart_fill_rect (&chart, &chart.colors->completed, NULL,
                          bar_x0, round (bar_y + (bar_h - done_h) / 2), done_w, round (done_h));
      if (group->pro_rata_target > 0)
        gt_chart_paint_target (&chart, target_x, bar_y - 2, bar_y + bar_h + 2,
                               MAX (1.5, bar_h * 0.09));
    }

  if (shown < n)
    {
      g_autofree char *more = gt_chart_format_more (n - shown);

      gt_chart_draw_text (&chart, more, size, FALSE, &chart.palette->text_dim,
                          pad, top + shown * row_h, chart.width - 2 * pad, row_h,
                          GT_GANTT_ALIGN_START);
    }

  gt_chart_end (&chart);
}
