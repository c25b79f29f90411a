/* gt-cumulative-chart.c: months across, money up. A month's point sits at the
 * end of its column, where its running total is reached; the plan line starts
 * from nothing at the start of January. The three series differ in form as well
 * as colour: light bars, a solid line with round dots, a red dashed line.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "gt-chart-private.h"
#include "gt-cumulative-chart.h"
#include "gt-format.h"

typedef struct {
  double x0, x1, y0, y1;   /* the plot area: y0 top, y1 the zero line */
  gint64 top;              /* money at y0 */
} Plot;

static double
plot_x (const Plot *plot,
        double      month)
{
  return plot->x0 + (plot->x1 - plot->x0) * month / 12;
}

static double
plot_y (const Plot *plot,
        double      yuan)
{
  return plot->y1 - (plot->y1 - plot->y0) * yuan / plot->top;
}

static void
paint_month_key (GtChart *chart,
                 double   x,
                 double   y,
                 double   w,
                 double   h,
                 gpointer data)
{
  gt_chart_fill_rect (chart, &chart->colors->month, &chart->colors->month_line,
                      x + w * 0.25, y, w * 0.5, h);
}

static void
stroke_cumulative (GtChart *chart,
                   double   width)
{
  cairo_set_line_width (chart->cr, width);
  cairo_set_line_join (chart->cr, CAIRO_LINE_JOIN_ROUND);
  gt_gantt_set_rgb (chart->cr, &chart->colors->completed);
  cairo_stroke (chart->cr);
}

static void
dot (GtChart *chart,
     double   x,
     double   y,
     double   r)
{
  cairo_new_sub_path (chart->cr);
  cairo_arc (chart->cr, x, y, r, 0, 2 * G_PI);
  gt_gantt_set_rgb (chart->cr, &chart->colors->completed);
  cairo_fill_preserve (chart->cr);
  gt_gantt_set_rgb (chart->cr, &chart->palette->background);
  cairo_set_line_width (chart->cr, 1);
  cairo_stroke (chart->cr);
}

static void
paint_cumulative_key (GtChart *chart,
                      double   x,
                      double   y,
                      double   w,
                      double   h,
                      gpointer data)
{
  cairo_move_to (chart->cr, x, y + h / 2);
  cairo_line_to (chart->cr, x + w, y + h / 2);
  stroke_cumulative (chart, 2.5);
  dot (chart, x + w / 2, y + h / 2, MIN (h / 2, 4));
}

static void
stroke_plan (GtChart *chart,
             double   width)
{
  double dash[] = { width * 3, width * 2 };

  cairo_set_dash (chart->cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_set_line_width (chart->cr, width);
  gt_gantt_set_rgb (chart->cr, &chart->palette->today);
  cairo_stroke (chart->cr);
  cairo_set_dash (chart->cr, NULL, 0, 0);
}

static void
paint_plan_key (GtChart *chart,
                double   x,
                double   y,
                double   w,
                double   h,
                gpointer data)
{
  cairo_move_to (chart->cr, x, y + h / 2);
  cairo_line_to (chart->cr, x + w, y + h / 2);
  stroke_plan (chart, 2);
}

/* The year plan, over the end of its line. */
static void
draw_plan_label (GtChart    *chart,
                 const Plot *plot,
                 gint64      plan,
                 double      size)
{
  g_autofree char *money = gt_format_money (plan);
  /* Translators: at the end of the cumulative chart's plan line. */
  g_autofree char *text = g_strdup_printf (C_("cumulative chart", "Year plan %s"), money);
  double line_h = gt_chart_line_height (chart, size);
  double y = MAX (plot_y (plot, (double) plan) - line_h * 1.3, plot->y0 - line_h);

  gt_chart_draw_text (chart, text, size, FALSE, &chart->palette->text,
                      plot->x0, y, plot->x1 - plot->x0, line_h, GT_GANTT_ALIGN_END);
}

static void
draw_axes (GtChart    *chart,
           const Plot *plot,
           gint64      step,
           double      size,
           double      label_w)
{
  double line_h = gt_chart_line_height (chart, size);

  cairo_set_line_width (chart->cr, 1);
  for (gint64 v = 0; v <= plot->top; v += step)
    {
      g_autofree char *text = v > 0 ? gt_format_money (v) : g_strdup ("0");
      double y = round (plot_y (plot, (double) v)) + 0.5;

      gt_gantt_set_rgb (chart->cr, v == 0 ? &chart->palette->grid_strong
                                          : &chart->palette->grid);
      cairo_move_to (chart->cr, plot->x0, y);
      cairo_line_to (chart->cr, plot->x1, y);
      cairo_stroke (chart->cr);
      gt_chart_draw_text (chart, text, size, FALSE, &chart->palette->text_dim,
                          plot->x0 - label_w - size * 0.5, y - line_h / 2, label_w, line_h,
                          GT_GANTT_ALIGN_END);
    }

  for (int m = 1; m <= 12; m++)
    {
      /* Translators: a month under the cumulative chart's columns; Chinese
       * wants "%d月". */
      g_autofree char *text = g_strdup_printf (C_("cumulative chart", "%d"), m);
      double x = plot_x (plot, m - 1);

      gt_chart_draw_text (chart, text, size, FALSE, &chart->palette->text_dim,
                          x, plot->y1 + size * 0.3, plot_x (plot, m) - x, line_h,
                          GT_GANTT_ALIGN_CENTER);
    }
}

/* The running total beside its last dot, in two lines, below and to the right
 * where the line never goes (it comes from the lower left); pushed left of the
 * plot's edge when the year is nearly over. */
static void
draw_total_label (GtChart    *chart,
                  const Plot *plot,
                  const char *money,
                  const char *share,
                  double      size,
                  double      x,
                  double      y,
                  double      r)
{
  double line_h = gt_chart_line_height (chart, size);
  double tw = MAX (gt_chart_text_width (chart, money, size, TRUE),
                   gt_chart_text_width (chart, share, size, FALSE));
  double lx = MIN (x + r * 2, plot->x1 - tw);
  double ly = MIN (y + r, plot->y1 - 2 * line_h);

  lx = MAX (lx, plot->x0);
  ly = MAX (ly, plot->y0);
  gt_chart_draw_text (chart, money, size, TRUE, &chart->palette->text,
                      lx, ly, plot->x1 - lx, line_h, GT_GANTT_ALIGN_START);
  gt_chart_draw_text (chart, share, size, FALSE, &chart->palette->text,
                      lx, ly + line_h, plot->x1 - lx, line_h, GT_GANTT_ALIGN_START);
}

void
gt_cumulative_chart_draw (cairo_t            *cr,
                          const GtChartStyle *style,
                          const GtFigures    *figures,
                          double              width,
                          double              height)
{
  GtChart chart;
  GtChartKey keys[3];
  Plot plot;
  gint64 cumulative[13] = { 0 };
  gint64 max_month = 0, max = 0, step, plan;
  double pad, legend_h, size, line_h, label_w = 0, bar_w;
  int month;

  g_return_if_fail (cr != NULL);

  if (!gt_chart_begin (&chart, cr, style, width, height))
    return;
  if (gt_chart_is_empty (figures))
    {
      gt_chart_draw_no_data (&chart);
      gt_chart_end (&chart);
      return;
    }

  month = CLAMP (figures->month, 0, 12);
  plan = figures->total.annual_plan;
  for (int m = 1; m <= 12; m++)
    {
      gint64 own = m <= month ? figures->completed_by_month[m - 1] : 0;

      cumulative[m] = cumulative[m - 1] + own;
      max_month = MAX (max_month, own);
    }
  max = MAX (MAX (plan, cumulative[month]), max_month);
  step = gt_chart_nice_step (MAX (max, 1), 5);

  pad = chart.font_size * 0.6;
  size = chart.font_size * 0.85;
  line_h = gt_chart_line_height (&chart, size);
  legend_h = gt_chart_line_height (&chart, chart.font_size * 0.9) * 1.3;

  plot.top = ((MAX (max, 1) + step - 1) / step) * step;
  for (gint64 v = 0; v <= plot.top; v += step)
    {
      g_autofree char *text = gt_format_money (v);

      label_w = MAX (label_w, gt_chart_text_width (&chart, text, size, FALSE));
    }
  label_w = MIN (label_w, chart.width * 0.3);
  plot.x0 = pad + label_w + size * 0.5;
  plot.x1 = chart.width - pad;
  plot.y0 = pad + legend_h + line_h;
  plot.y1 = chart.height - pad - line_h * 1.3;
  if (plot.x1 - plot.x0 < 12 || plot.y1 - plot.y0 < 12)
    {
      gt_chart_end (&chart);
      return;
    }

  keys[0] = (GtChartKey) { C_("cumulative chart", "Completed in the month"),
                           paint_month_key, NULL };
  keys[1] = (GtChartKey) { C_("cumulative chart", "Completed, year to date"),
                           paint_cumulative_key, NULL };
  keys[2] = (GtChartKey) { C_("cumulative chart", "Time-proportional target"),
                           paint_plan_key, NULL };
  gt_chart_draw_legend (&chart, keys, G_N_ELEMENTS (keys), pad, pad,
                        chart.width - 2 * pad, legend_h);

  draw_axes (&chart, &plot, step, size, label_w);

  /* Each month's own figure. */
  bar_w = (plot.x1 - plot.x0) / 12 * 0.5;
  for (int m = 1; m <= month; m++)
    {
      double x = (plot_x (&plot, m - 1) + plot_x (&plot, m)) / 2 - bar_w / 2;
      double y = plot_y (&plot, (double) figures->completed_by_month[m - 1]);

      gt_chart_fill_rect (&chart, &chart.colors->month, &chart.colors->month_line,
                          round (x), round (y), round (bar_w), round (plot.y1) - round (y));
    }

  /* The plan line, over the whole year. */
  if (plan > 0)
    {
      cairo_move_to (cr, plot_x (&plot, 0), plot_y (&plot, 0));
      cairo_line_to (cr, plot_x (&plot, 12), plot_y (&plot, (double) plan));
      stroke_plan (&chart, MAX (1.5, chart.font_size * 0.12));
      draw_plan_label (&chart, &plot, plan, size);
    }

  /* The running total, up to the month of the figures. */
  if (month > 0)
    {
      double r = MAX (2, chart.font_size * 0.22);
      g_autofree char *money = gt_format_money (cumulative[month]);
      double share = gt_figures_group_completion_rate (&figures->total);
      g_autofree char *rate = gt_format_percent (share);
      g_autofree char *text = NULL;
      double last_x = plot_x (&plot, month);
      double last_y = plot_y (&plot, (double) cumulative[month]);

      cairo_move_to (cr, plot_x (&plot, 0), plot_y (&plot, 0));
      for (int m = 1; m <= month; m++)
        cairo_line_to (cr, plot_x (&plot, m), plot_y (&plot, (double) cumulative[m]));
      stroke_cumulative (&chart, MAX (2, chart.font_size * 0.16));
      for (int m = 1; m <= month; m++)
        dot (&chart, plot_x (&plot, m), plot_y (&plot, (double) cumulative[m]), r);

      /* Translators: under the year-to-date total at the end of its line:
       * its share of the year plan. */
      text = g_strdup_printf (C_("cumulative chart", "%s of the year plan"), rate);
      draw_total_label (&chart, &plot, money, text, size, last_x, last_y, r);
    }

  gt_chart_end (&chart);
}
