/* gt-gantt-front-line.c: the progress front line (前锋线) of the wall chart.
 *
 * The office's check of a schedule on the as-of day: a line drawn down the
 * chart that leaves the as-of day's line at each project and passes through the
 * point where the plan expected the progress the project has. A project on
 * schedule keeps it on the as-of line; one ahead bends it right, one behind
 * bends it left, by as many days as it is ahead or behind. Rows with nothing to
 * measure (group titles, projects with no milestones, no plan) keep the line on
 * the as-of day, as on a hand-drawn chart.
 *
 * The plan is read the way the row's percent is made (gt-gantt-rows.c): the
 * mean of the milestones' percentages, each milestone's running evenly over its
 * planned days. The point is where that planned mean reaches the row's percent;
 * where the plan stands still at that value (between milestones), the as-of day
 * itself when it is in that stretch, else the stretch's nearer end. Everything
 * is in days from the chart's start, the as-of moment being the start of its
 * day, where the today line is drawn.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "gt-gantt-private.h"

#define LINE_WIDTH   2.0
#define DOT_RADIUS   3.0
#define BISECTIONS   48

/* One planned span [@from, @to) in days, over which a part goes 0 → 100 %. */
typedef struct {
  double from;
  double to;
} Span;

/* At most this many spans are looked at per row: a project has a handful. */
#define MAX_SPANS 64

static double
julian (const GDate *date)
{
  return (double) g_date_get_julian (date);
}

/* The row's planned spans, in Julian days; 0 when it has no planned date. */
static guint
row_spans (const GtGanttRow *row,
           Span              spans[MAX_SPANS])
{
  gboolean project_plan = g_date_valid (&row->planned_start) && g_date_valid (&row->planned_end)
                          && g_date_compare (&row->planned_start, &row->planned_end) <= 0;
  Span whole = { 0, 0 };
  guint n = 0;
  guint dated = 0;

  if (project_plan)
    whole = (Span) { julian (&row->planned_start), julian (&row->planned_end) + 1 };

  for (guint i = 0; i < row->n_milestones && n < MAX_SPANS; i++)
    {
      const GtGanttMilestone *m = &row->milestones[i];
      gboolean has_start = g_date_valid (&m->planned_start);
      gboolean has_end = g_date_valid (&m->planned_end);

      if (has_start && has_end && g_date_compare (&m->planned_start, &m->planned_end) <= 0)
        spans[n++] = (Span) { julian (&m->planned_start), julian (&m->planned_end) + 1 };
      else if (has_end || has_start)
        {
          /* A node of one date is planned done on that day. */
          double day = julian (has_end ? &m->planned_end : &m->planned_start);

          spans[n++] = (Span) { day, day + 1 };
        }
      else if (project_plan)
        {
          /* An undated node counts in the mean all the same: it is taken to
           * run with the project. */
          spans[n++] = whole;
          continue;
        }
      else
        continue;
      dated++;
    }

  if (dated == 0)
    {
      if (!project_plan)
        return 0;
      spans[0] = whole;
      return 1;
    }
  return n;
}

/* The planned percent at moment @t (Julian days). */
static double
planned_at (const Span *spans,
            guint       n,
            double      t)
{
  double sum = 0;

  for (guint i = 0; i < n; i++)
    {
      if (t >= spans[i].to)
        sum += 100;
      else if (t > spans[i].from)
        sum += 100 * (t - spans[i].from) / (spans[i].to - spans[i].from);
    }
  return sum / n;
}

/* The first moment the plan reaches @percent (@at_least) or the last it has
 * not passed it, between @lo and @hi. The plan never goes down. */
static double
bisect (const Span *spans,
        guint       n,
        double      percent,
        double      lo,
        double      hi,
        gboolean    at_least)
{
  for (int i = 0; i < BISECTIONS; i++)
    {
      double mid = (lo + hi) / 2;
      double planned = planned_at (spans, n, mid);

      if (at_least ? planned >= percent - 1e-9 : planned > percent + 1e-9)
        hi = mid;
      else
        lo = mid;
    }
  return at_least ? hi : lo;
}

/* The front line's moment for @row (Julian days), or NAN. */
static double
front_moment (const GtGanttRow *row,
              const GDate      *today)
{
  Span spans[MAX_SPANS];
  guint n;
  double lo, hi, now, percent, first, last;

  if (row->kind != GT_GANTT_ROW_PROJECT || !row->has_progress || !g_date_valid (today))
    return NAN;
  n = row_spans (row, spans);
  if (n == 0)
    return NAN;

  lo = spans[0].from;
  hi = spans[0].to;
  for (guint i = 1; i < n; i++)
    {
      lo = MIN (lo, spans[i].from);
      hi = MAX (hi, spans[i].to);
    }
  now = julian (today);
  percent = CLAMP (row->percent, 0, 100);

  /* The stretch [first, last] over which the plan stands at the percent. */
  first = percent <= 0 ? -INFINITY : bisect (spans, n, percent, lo, hi, TRUE);
  last = percent >= 100 ? INFINITY : bisect (spans, n, percent, lo, hi, FALSE);
  if (now >= first && now <= last)
    return now;
  return now < first ? first : last;
}

double
gt_gantt_front_line_x (const GtGanttOptions *opts,
                       const GtGanttRow     *row,
                       double               *days_ahead)
{
  double moment;

  g_return_val_if_fail (opts != NULL && row != NULL, NAN);

  moment = front_moment (row, &opts->today);
  if (isnan (moment) || !g_date_valid (&opts->start))
    return NAN;
  if (days_ahead != NULL)
    *days_ahead = moment - julian (&opts->today);
  return (gt_gantt_label_width (opts) + (moment - julian (&opts->start))
          * gt_gantt_view_day_width (opts)) * opts->scale;
}

/* The line's x on row @index of @rows (drawn coordinates); @has_point tells
 * whether it is the row's own point or the as-of line. */
static double
row_x (const GtGanttView *view,
       const GtGanttRow  *row,
       double             today_x,
       gboolean          *has_point)
{
  double moment = front_moment (row, &view->opts->today);

  *has_point = !isnan (moment);
  if (!*has_point)
    return today_x;
  return gt_gantt_view_x (view, moment - view->start_julian);
}

void
gt_gantt_draw_front_line (const GtGanttView *view,
                          cairo_t           *cr,
                          const GtGanttRow  *rows,
                          guint              n_rows)
{
  const GtGanttOptions *opts = view->opts;
  double rh = opts->row_height;
  double index, today_x;
  guint from, to;

  if (!opts->front_line || view->start_julian == 0 || n_rows == 0
      || view->draw_end <= view->draw_first
      || !gt_gantt_day_index (opts, &opts->today, &index))
    return;
  today_x = gt_gantt_view_x (view, index);

  /* One row more on each side, so that the line comes in from the row above
   * the page (or the scrolled-off one) and leaves towards the row below. */
  from = view->draw_first > 0 ? view->draw_first - 1 : 0;
  to = MIN (view->draw_end + 1, n_rows);

  cairo_save (cr);
  cairo_rectangle (cr, view->chart_x, view->rows_top, view->chart_w,
                   view->rows_bottom - view->rows_top);
  cairo_clip (cr);
  gt_gantt_set_rgb (cr, &view->palette->front_line);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* It leaves the as-of line at the top of the first row and comes back to it
   * at the bottom of the last. */
  if (from == 0)
    cairo_move_to (cr, today_x, view->rows_top - (double) view->first_row * rh);
  for (guint i = from; i < to; i++)
    {
      double cy = view->rows_top + ((double) i - view->first_row + 0.5) * rh;
      gboolean has_point;
      double x = row_x (view, &rows[i], today_x, &has_point);

      if (i == from && from > 0)
        cairo_move_to (cr, x, cy);
      else
        cairo_line_to (cr, x, cy);
    }
  if (to == n_rows)
    cairo_line_to (cr, today_x, view->rows_top + ((double) n_rows - view->first_row) * rh);
  cairo_stroke (cr);

  /* A dot on each project's point, so that a point on the as-of line still
   * shows it was measured. */
  for (guint i = from; i < to; i++)
    {
      double cy = view->rows_top + ((double) i - view->first_row + 0.5) * rh;
      gboolean has_point;
      double x = row_x (view, &rows[i], today_x, &has_point);

      if (!has_point)
        continue;
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, cy, DOT_RADIUS, 0, 2 * G_PI);
    }
  cairo_fill (cr);
  cairo_restore (cr);
}

void
gt_gantt_paint_front_line_key (cairo_t              *cr,
                               const GtGanttPalette *palette,
                               double                x,
                               double                cy,
                               double                w,
                               double                h)
{
  double top = cy - h / 2;

  /* Down from the as-of line, out right, back, out left, back. */
  cairo_save (cr);
  gt_gantt_set_rgb (cr, &palette->front_line);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to (cr, x + w / 2, top);
  cairo_line_to (cr, x + w * 0.85, top + h * 0.3);
  cairo_line_to (cr, x + w / 2, top + h * 0.5);
  cairo_line_to (cr, x + w * 0.15, top + h * 0.75);
  cairo_line_to (cr, x + w / 2, top + h);
  cairo_stroke (cr);
  cairo_arc (cr, x + w * 0.85, top + h * 0.3, DOT_RADIUS, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_arc (cr, x + w * 0.15, top + h * 0.75, DOT_RADIUS, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_restore (cr);
}
