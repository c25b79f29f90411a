/* gt-ranking-table.c: rank, name, rate and the figures the rate comes from, a
 * banded row each, the header on a tint and the rule in small type at the foot.
 * Columns give way from the right: the figures go first when the table is
 * narrow, the name is ellipsised last.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "gt-chart-private.h"
#include "gt-format.h"
#include "gt-ranking-table.h"

static const char *
name_header (GtChartGrouping grouping)
{
  switch (grouping)
    {
    case GT_CHART_BY_UNIT:
      return C_("ranking table", "Responsible unit");
    case GT_CHART_BY_LEADER:
      return C_("ranking table", "Leader");
    case GT_CHART_BY_LOCALITY:
    case GT_CHART_N_GROUPINGS:
    default:
      return C_("ranking table", "Locality");
    }
}

static const char *
figures_header (GtRankingMetric metric)
{
  switch (metric)
    {
    case GT_RANKING_START:
      return C_("ranking table", "Started / planned to start");
    case GT_RANKING_RESOLUTION:
      return C_("ranking table", "Resolved / found");
    case GT_RANKING_COMPLETION:
    case GT_N_RANKINGS:
    default:
      return C_("ranking table", "Completed / year plan");
    }
}

static char *
figures_text (const GtFiguresGroup *group,
              GtRankingMetric       metric)
{
  switch (metric)
    {
    case GT_RANKING_START:
      return g_strdup_printf ("%u / %u", group->started, group->to_start);
    case GT_RANKING_RESOLUTION:
      return g_strdup_printf ("%u / %u", group->issues[GT_FIGURES_ISSUES_RESOLVED],
                              group->issues[GT_FIGURES_ISSUES_FOUND]);
    case GT_RANKING_COMPLETION:
    case GT_N_RANKINGS:
    default:
      return gt_format_money_pair (group->completed, group->annual_plan);
    }
}

/* The rate each group should have reached by now, or −1 for none. */
static double
rate_target (const GtFigures *figures,
             GtRankingMetric  metric)
{
  switch (metric)
    {
    case GT_RANKING_COMPLETION:
      return CLAMP (figures->month, 0, 12) / 12.0;
    case GT_RANKING_START:
      return figures->start_target;
    case GT_RANKING_RESOLUTION:
    case GT_N_RANKINGS:
    default:
      return -1;
    }
}

static const char *
target_note (GtRankingMetric metric)
{
  if (metric == GT_RANKING_START)
    /* Translators: beside the red mark on the ranking's bars. */
    return C_("ranking table", "Start-rate target %s");
  /* Translators: beside the red mark on the ranking's bars. */
  return C_("ranking table", "Time-proportional target %s");
}

/* A unit or locality without a project of the year (one issues were only
 * assigned to) has nothing to be ranked on: it is left out, not ranked last. */
static GPtrArray *
with_projects (GPtrArray *groups)
{
  GPtrArray *kept = g_ptr_array_new ();

  for (guint i = 0; i < groups->len; i++)
    if (((GtFiguresGroup *) g_ptr_array_index (groups, i))->projects > 0)
      g_ptr_array_add (kept, g_ptr_array_index (groups, i));
  return kept;
}

void
gt_ranking_table_draw (cairo_t            *cr,
                       const GtChartStyle *style,
                       const GtFigures    *figures,
                       GtChartGrouping     grouping,
                       GtRankingMetric     metric,
                       double              width,
                       double              height)
{
  GtChart chart;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GArray) entries = NULL;
  const char *headers[4];
  double col_w[4] = { 0 };
  double col_x[4];
  gboolean show_figures;
  double pad, cell, size, row_h, head_h, foot_h, foot_size, top, bottom, used;
  double bar_x, bar_w, max_value = 1, target;
  guint n, shown;

  g_return_if_fail (cr != NULL);
  g_return_if_fail ((guint) metric < GT_N_RANKINGS);

  if (!gt_chart_begin (&chart, cr, style, width, height))
    return;
  groups = with_projects (gt_chart_groups (figures, grouping));
  if (gt_chart_is_empty (figures) || groups->len == 0)
    {
      gt_chart_draw_no_data (&chart);
      gt_chart_end (&chart);
      return;
    }
  entries = gt_ranking_compute (groups, metric);
  n = entries->len;

  pad = chart.font_size * 0.6;
  cell = chart.font_size * 0.6;
  size = chart.font_size;
  foot_size = chart.font_size * 0.8;

  /* The rule takes up to three lines at the foot, fewer when space is short. */
  foot_h = MIN (gt_chart_line_height (&chart, foot_size) * 3, chart.height * 0.2);
  bottom = chart.height - pad - foot_h - pad * 0.5;
  head_h = MIN (gt_chart_line_height (&chart, size) * 1.6, (bottom - pad) / 2);
  top = pad + head_h;
  row_h = MIN ((bottom - top) / n, gt_chart_line_height (&chart, size) * 1.7);
  shown = n;
  if (row_h < GT_CHART_MIN_FONT * 1.5)
    {
      row_h = GT_CHART_MIN_FONT * 1.5;
      shown = (guint) MAX ((bottom - top) / row_h, 1) - 1;
    }
  size = MIN (size, row_h / 1.5);

  headers[0] = C_("ranking table", "Rank");
  headers[1] = name_header (grouping);
  headers[2] = gt_ranking_metric_get_label (metric);
  headers[3] = figures_header (metric);
  for (guint c = 0; c < 4; c++)
    col_w[c] = gt_chart_text_width (&chart, headers[c], size, TRUE);
  col_w[0] = MAX (col_w[0], gt_chart_text_width (&chart, "100", size, TRUE));
  col_w[2] = MAX (col_w[2], gt_chart_text_width (&chart, "100.0%", size, TRUE));
  for (guint i = 0; i < shown; i++)
    {
      const GtRankingEntry *entry = &g_array_index (entries, GtRankingEntry, i);
      g_autofree char *text = figures_text (entry->group, metric);

      col_w[1] = MAX (col_w[1], gt_chart_text_width (&chart, entry->group->name, size, FALSE));
      col_w[3] = MAX (col_w[3], gt_chart_text_width (&chart, text, size, FALSE));
    }

  /* Rank and rate are kept whole; the figures go if the name would get less
   * than a quarter of the table; the name takes what is left. */
  used = 2 * pad + 4 * cell * 2;
  show_figures = used + col_w[0] + col_w[2] + col_w[3] + chart.width * 0.25 <= chart.width;
  if (!show_figures)
    {
      used -= 2 * cell;
      col_w[3] = 0;
    }
  col_w[1] = MAX (MIN (col_w[1], chart.width - used - col_w[0] - col_w[2] - col_w[3]), 0);
  col_x[0] = pad + cell;
  for (guint c = 1; c < 4; c++)
    col_x[c] = col_x[c - 1] + col_w[c - 1] + 2 * cell;
  /* In a thumbnail even rank and rate may not fit: they ellipsise too. */
  for (guint c = 0; c < 4; c++)
    col_w[c] = CLAMP (chart.width - pad - cell - col_x[c], 0, col_w[c]);

  /* Room to spare goes to a bar of the rate after the name, with the target
   * the rate is held to, so the eye finds the laggards without reading. */
  bar_x = col_x[1] + col_w[1] + cell;
  bar_w = chart.width - pad - cell - (show_figures ? col_x[3] + col_w[3] : col_x[2] + col_w[2]);
  bar_w = MIN (bar_w - 2 * cell, chart.width * 0.4);
  if (bar_w < size * 5)
    bar_w = 0;
  else
    for (guint c = 2; c < 4; c++)
      col_x[c] += bar_w + 2 * cell;
  for (guint i = 0; i < n; i++)
    max_value = MAX (max_value, g_array_index (entries, GtRankingEntry, i).value);
  target = rate_target (figures, metric);

  gt_chart_fill_rect (&chart, &chart.palette->header_bg, NULL, pad, pad,
                      chart.width - 2 * pad, head_h);
  for (guint c = 0; c < (show_figures ? 4u : 3u); c++)
    gt_chart_draw_text (&chart, headers[c], size, TRUE, &chart.palette->header_text,
                        col_x[c], pad, col_w[c], head_h,
                        c == 1 ? GT_GANTT_ALIGN_START : GT_GANTT_ALIGN_END);
  if (bar_w > 0 && target >= 0)
    {
      g_autofree char *percent = gt_format_percent (target);
      g_autofree char *note = g_strdup_printf (target_note (metric), percent);
      double mark_x = bar_x + bar_w * target / max_value;

      gt_chart_paint_target (&chart, mark_x, pad + head_h * 0.25, pad + head_h * 0.75, 2);
      if (gt_chart_text_width (&chart, note, size * 0.85, FALSE) < bar_x + bar_w - mark_x - size)
        gt_chart_draw_text (&chart, note, size * 0.85, FALSE, &chart.palette->text_dim,
                            mark_x + size * 0.5, pad, bar_x + bar_w - mark_x - size * 0.5,
                            head_h, GT_GANTT_ALIGN_START);
      else
        gt_chart_draw_text (&chart, note, size * 0.85, FALSE, &chart.palette->text_dim,
                            bar_x, pad, MAX (mark_x - bar_x - size * 0.5, 0), head_h,
                            GT_GANTT_ALIGN_END);
    }

  for (guint i = 0; i < shown; i++)
    {
      const GtRankingEntry *entry = &g_array_index (entries, GtRankingEntry, i);
      g_autofree char *rank = entry->rank > 0 ? g_strdup_printf ("%u", entry->rank)
                                              : g_strdup ("—");
      g_autofree char *rate = gt_format_percent (entry->value);
      g_autofree char *text = figures_text (entry->group, metric);
      double y = top + i * row_h;
      const GtGanttRgb *ink = entry->rank > 0 ? &chart.palette->text
                                              : &chart.palette->text_dim;

      if (i % 2 == 1)
        gt_chart_fill_rect (&chart, &chart.colors->band, NULL, pad, y,
                            chart.width - 2 * pad, row_h);
      gt_chart_draw_text (&chart, rank, size, TRUE, ink, col_x[0], y, col_w[0], row_h,
                          GT_GANTT_ALIGN_END);
      gt_chart_draw_text (&chart, entry->group->name, size, FALSE, ink, col_x[1], y,
                          col_w[1], row_h, GT_GANTT_ALIGN_START);
      gt_chart_draw_text (&chart, rate, size, TRUE, ink, col_x[2], y, col_w[2], row_h,
                          GT_GANTT_ALIGN_END);
      if (show_figures)
        gt_chart_draw_text (&chart, text, size, FALSE, ink, col_x[3], y, col_w[3], row_h,
                            GT_GANTT_ALIGN_END);
      /* Unranked rows have no rate, so no bar either. */
      if (bar_w > 0 && entry->value >= 0)
        {
          double h = round (row_h * 0.5);
          double by = round (y + (row_h - h) / 2);

          gt_chart_fill_rect (&chart, &chart.palette->planned_fill, NULL, bar_x, by,
                              round (bar_w * MIN (1, max_value) / max_value), h);
          if (entry->value > 0)
            gt_chart_fill_rect (&chart, &chart.colors->completed, NULL, bar_x, by,
                                round (bar_w * entry->value / max_value), h);
          if (target >= 0)
            gt_chart_paint_target (&chart, bar_x + bar_w * target / max_value,
                                   by - 1, by + h + 1, MAX (1.5, h * 0.12));
        }
    }
  if (shown < n)
    {
      g_autofree char *more = gt_chart_format_more (n - shown);

      gt_chart_draw_text (&chart, more, size, FALSE, &chart.palette->text_dim,
                          col_x[1], top + shown * row_h, chart.width - pad - col_x[1], row_h,
                          GT_GANTT_ALIGN_START);
    }

  gt_gantt_set_rgb (cr, &chart.palette->grid_strong);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, pad, round (top + MIN (shown + (shown < n), n) * row_h) + 0.5);
  cairo_line_to (cr, chart.width - pad, round (top + MIN (shown + (shown < n), n) * row_h) + 0.5);
  cairo_stroke (cr);

  gt_chart_draw_paragraph (&chart, gt_ranking_metric_describe_rule (metric), foot_size,
                           &chart.palette->text_dim, pad,
                           top + MIN (shown + (shown < n), n) * row_h + pad * 0.5,
                           chart.width - 2 * pad, foot_h);

  gt_chart_end (&chart);
}
