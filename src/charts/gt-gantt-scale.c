/* gt-gantt-scale.c: the Gantt chart's time axis: header tiers, bands and grid.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "gt-gantt-private.h"

typedef enum {
  PERIOD_DAY,
  PERIOD_MONTH,
  PERIOD_QUARTER,
  PERIOD_YEAR,
} Period;

typedef struct {
  Period top;        /* upper header tier */
  Period bottom;     /* lower header tier */
  Period band;       /* alternate shading of the date area */
  Period fine;       /* faintest grid lines; the bottom tier's when equal */
  gboolean weekends;
} ZoomScale;

static const ZoomScale zoom_scales[GT_GANTT_N_ZOOMS] = {
  [GT_GANTT_ZOOM_WEEK]    = { PERIOD_MONTH, PERIOD_DAY,     PERIOD_MONTH,   PERIOD_DAY,     TRUE },
  [GT_GANTT_ZOOM_MONTH]   = { PERIOD_YEAR,  PERIOD_MONTH,   PERIOD_MONTH,   PERIOD_MONTH,   FALSE },
  [GT_GANTT_ZOOM_QUARTER] = { PERIOD_YEAR,  PERIOD_QUARTER, PERIOD_QUARTER, PERIOD_MONTH,   FALSE },
  [GT_GANTT_ZOOM_YEAR]    = { PERIOD_YEAR,  PERIOD_QUARTER, PERIOD_YEAR,    PERIOD_QUARTER, FALSE },
};

/* A day is wide enough for its number at week zoom; a month of 30 days is about
 * 150 px at month zoom; quarters and years keep their labels on one line. */
static const double zoom_day_widths[GT_GANTT_N_ZOOMS] = { 24.0, 5.0, 1.6, 0.7 };

static const ZoomScale *
zoom_scale (const GtGanttOptions *opts)
{
  int zoom = CLAMP ((int) opts->zoom, 0, GT_GANTT_N_ZOOMS - 1);

  return &zoom_scales[zoom];
}

double
gt_gantt_zoom_day_width (GtGanttZoom zoom)
{
  return zoom_day_widths[CLAMP ((int) zoom, 0, GT_GANTT_N_ZOOMS - 1)];
}

double
gt_gantt_view_day_width (const GtGanttOptions *opts)
{
  return opts->day_width > 0 ? opts->day_width : gt_gantt_zoom_day_width (opts->zoom);
}

double
gt_gantt_label_width (const GtGanttOptions *opts)
{
  GtGanttColumn columns[GT_GANTT_MAX_LABEL_COLUMNS];
  guint n;

  if (!opts->show_labels)
    return 0;
  n = gt_gantt_label_columns (opts, columns);
  return n > 0 ? columns[n - 1].x + columns[n - 1].w : 0;
}

guint
gt_gantt_label_columns (const GtGanttOptions *opts,
                        GtGanttColumn         columns[GT_GANTT_MAX_LABEL_COLUMNS])
{
  /* Wide enough for a figure in 万元 with two decimals, or for a line of 形象进度. */
  static const double figure_widths[GT_GANTT_N_COLUMNS] = { 92, 92, 92, 60, 200 };
  double scale = gt_gantt_font_scale (opts);
  double x = 0;
  guint n = 0;

  /* The strip carries the serial numbers alone, to match rows across sheets. */
  if (opts->serial_only)
    {
      columns[0] = (GtGanttColumn) { 0, round (GT_GANTT_SERIAL_WIDTH * scale), GT_GANTT_COL_SERIAL };
      return 1;
    }

  columns[n++] = (GtGanttColumn) { x, GT_GANTT_MARK_WIDTH, GT_GANTT_COL_MARK };
  x += GT_GANTT_MARK_WIDTH;
  columns[n++] = (GtGanttColumn) { x, round (GT_GANTT_SERIAL_WIDTH * scale), GT_GANTT_COL_SERIAL };
  x += columns[n - 1].w;
  if (opts->name_width > 0)
    {
      columns[n++] = (GtGanttColumn) { x, opts->name_width, GT_GANTT_COL_NAME };
      x += opts->name_width;
    }
  if (opts->leader_width > 0)
    {
      columns[n++] = (GtGanttColumn) { x, opts->leader_width, GT_GANTT_COL_LEADER };
      x += opts->leader_width;
    }
  if (opts->unit_width > 0)
    {
      columns[n++] = (GtGanttColumn) { x, opts->unit_width, GT_GANTT_COL_UNIT };
      x += opts->unit_width;
    }
  for (guint i = 0; i < GT_GANTT_N_COLUMNS; i++)
    if (opts->columns & (1u << i))
      {
        double w = round (figure_widths[i] * scale);

        columns[n++] = (GtGanttColumn) { x, w, GT_GANTT_COL_TOTAL + (int) i };
        x += w;
      }
  return n;
}

double
gt_gantt_header_height (const GtGanttOptions *opts)
{
  return opts->show_header ? MAX (opts->header_height, 0) : 0;
}

gboolean
gt_gantt_day_index (const GtGanttOptions *opts,
                    const GDate          *date,
                    double               *index)
{
  if (date == NULL || !g_date_valid (date) || !g_date_valid (&opts->start))
    return FALSE;
  *index = (double) g_date_get_julian (date) - (double) g_date_get_julian (&opts->start);
  return TRUE;
}

double
gt_gantt_view_x (const GtGanttView *view,
                 double             index)
{
  return view->chart_x + index * view->day_width - view->scroll;
}

double
gt_gantt_x_for_date (const GtGanttOptions *opts,
                     const GDate          *date)
{
  double index;

  if (!gt_gantt_day_index (opts, date, &index))
    return NAN;
  return (gt_gantt_label_width (opts) + index * gt_gantt_view_day_width (opts)) * opts->scale;
}

gboolean
gt_gantt_date_for_x (const GtGanttOptions *opts,
                     double                x,
                     GDate                *date)
{
  double px = x / opts->scale - gt_gantt_label_width (opts);
  double index;
  guint32 last;

  if (px < 0 || !g_date_valid (&opts->start) || !g_date_valid (&opts->end)
      || g_date_compare (&opts->end, &opts->start) < 0)
    return FALSE;

  index = floor (px / gt_gantt_view_day_width (opts));
  last = g_date_get_julian (&opts->end) - g_date_get_julian (&opts->start);
  g_date_set_julian (date, g_date_get_julian (&opts->start)
                           + (guint32) CLAMP (index, 0, (double) last));
  return TRUE;
}

/* Periods */

static void
period_floor (Period  period,
              GDate  *date)
{
  int month = g_date_get_month (date);

  switch (period)
    {
    case PERIOD_DAY:
      return;
    case PERIOD_MONTH:
      break;
    case PERIOD_QUARTER:
      month = (month - 1) / 3 * 3 + 1;
      break;
    case PERIOD_YEAR:
      month = 1;
      break;
    default:
      g_assert_not_reached ();
    }
  g_date_set_dmy (date, 1, month, g_date_get_year (date));
}

static void
period_next (Period  period,
             GDate  *date)
{
  switch (period)
    {
    case PERIOD_DAY:
      g_date_add_days (date, 1);
      break;
    case PERIOD_MONTH:
      g_date_add_months (date, 1);
      break;
    case PERIOD_QUARTER:
      g_date_add_months (date, 3);
      break;
    case PERIOD_YEAR:
      g_date_add_years (date, 1);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* A number that alternates from one period to the next, whatever is on screen. */
static int
period_parity (Period       period,
               const GDate *date)
{
  switch (period)
    {
    case PERIOD_DAY:
      return g_date_get_julian (date) % 2;
    case PERIOD_MONTH:
      return (g_date_get_year (date) * 12 + g_date_get_month (date)) % 2;
    case PERIOD_QUARTER:
      return (g_date_get_year (date) * 4 + (g_date_get_month (date) - 1) / 3) % 2;
    case PERIOD_YEAR:
      return g_date_get_year (date) % 2;
    default:
      g_assert_not_reached ();
    }
  return 0;
}

typedef void (*PeriodFunc) (const GtGanttView *view,
                            cairo_t           *cr,
                            Period             period,
                            const GDate       *date,
                            double             x0,
                            double             x1,
                            gpointer           data);

/* Calls @func for each @period that shows, with its drawn span clipped to the
 * chart's range: the cost follows the visible days, not the range. */
static void
foreach_visible_period (const GtGanttView *view,
                        cairo_t           *cr,
                        Period             period,
                        PeriodFunc         func,
                        gpointer           data)
{
  GDate date;
  GDate next;
  guint32 last_julian;

  if (view->start_julian == 0 || view->first_day > view->last_day)
    return;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, view->start_julian + (guint32) view->first_day);
  period_floor (period, &date);
  last_julian = view->start_julian + (guint32) view->last_day;

  while (g_date_get_julian (&date) <= last_julian)
    {
      double i0 = MAX ((double) g_date_get_julian (&date) - view->start_julian, 0);
      double i1;

      next = date;
      period_next (period, &next);
      i1 = MIN ((double) g_date_get_julian (&next) - view->start_julian, view->n_days);
      func (view, cr, period, &date, gt_gantt_view_x (view, i0), gt_gantt_view_x (view, i1),
            data);
      date = next;
    }
}

/* A line one device pixel wide on the screen, at the edge of a day. */
static double
crisp (double x)
{
  return floor (x) + 0.5;
}

static void
vertical_line (cairo_t *cr,
               double   x,
               double   y0,
               double   y1)
{
  cairo_move_to (cr, crisp (x), y0);
  cairo_line_to (cr, crisp (x), y1);
}

/* The date area */

static void
band_cb (const GtGanttView *view,
         cairo_t           *cr,
         Period             period,
         const GDate       *date,
         double             x0,
         double             x1,
         gpointer           data)
{
  if (period_parity (period, date) == 0)
    return;
  cairo_rectangle (cr, floor (x0), view->rows_top, floor (x1) - floor (x0),
                   view->rows_bottom - view->rows_top);
}

static void
weekend_cb (const GtGanttView *view,
            cairo_t           *cr,
            Period             period,
            const GDate       *date,
            double             x0,
            double             x1,
            gpointer           data)
{
  const double *y = data;
  GDateWeekday weekday = g_date_get_weekday (date);

  if (weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY)
    cairo_rectangle (cr, floor (x0), y[0], floor (x1) - floor (x0), y[1] - y[0]);
}

static void
grid_cb (const GtGanttView *view,
         cairo_t           *cr,
         Period             period,
         const GDate       *date,
         double             x0,
         double             x1,
         gpointer           data)
{
  const double *y = data;

  /* Only where a period really begins, not at the clipped edge of the range. */
  if (g_date_get_julian (date) >= view->start_julian)
    vertical_line (cr, x0, y[0], y[1]);
}

void
gt_gantt_scale_draw_bands (const GtGanttView *view,
                           cairo_t           *cr)
{
  const ZoomScale *scale = zoom_scale (view->opts);
  const GtGanttPalette *palette = view->palette;
  double span[2] = { view->rows_top, view->rows_bottom };
  double range_end = gt_gantt_view_x (view, view->n_days);

  cairo_save (cr);
  cairo_rectangle (cr, view->chart_x, view->rows_top, view->chart_w,
                   view->rows_bottom - view->rows_top);
  cairo_clip (cr);

  gt_gantt_set_rgb (cr, &palette->background);
  cairo_paint (cr);

  gt_gantt_set_rgb (cr, &palette->band);
  foreach_visible_period (view, cr, scale->band, band_cb, NULL);
  cairo_fill (cr);

  if (scale->weekends)
    {
      gt_gantt_set_rgb (cr, &palette->weekend);
      foreach_visible_period (view, cr, PERIOD_DAY, weekend_cb, span);
      cairo_fill (cr);
    }

  cairo_set_line_width (cr, 1);
  if (scale->fine != scale->band)
    {
      gt_gantt_set_rgb (cr, &palette->grid);
      foreach_visible_period (view, cr, scale->fine, grid_cb, span);
      cairo_stroke (cr);
    }
  gt_gantt_set_rgb (cr, &palette->grid_strong);
  foreach_visible_period (view, cr, scale->band, grid_cb, span);
  if (range_end < view->chart_x + view->chart_w)
    vertical_line (cr, range_end, span[0], span[1]);
  cairo_stroke (cr);

  cairo_restore (cr);
}

/* The header */

/* xgettext cannot tell g_date_time_format() notation from printf's. */
static char *
format_date (const char  *format,
             const GDate *date)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (g_date_get_year (date),
                                                 g_date_get_month (date),
                                                 g_date_get_day (date), 0, 0, 0);

  return dt != NULL ? g_date_time_format (dt, format) : NULL;
}

/* The labels a period may take, longest first; the first that fits is drawn. */
static guint
period_labels (Period       period,
               gboolean     top,
               const GDate *date,
               char        *labels[3])
{
  int quarter = (g_date_get_month (date) - 1) / 3 + 1;
  guint n = 0;

  switch (period)
    {
    case PERIOD_DAY:
      labels[n++] = g_strdup_printf ("%d", g_date_get_day (date));
      break;
    case PERIOD_MONTH:
      if (top)
        /* Translators: a month over the days of the Gantt chart, in
         * g_date_time_format() notation; Chinese wants "%Y年%-m月". */
        /* xgettext:no-c-format */
        labels[n++] = format_date (C_("gantt scale", "%B %Y"), date);
      /* Translators: a month on the Gantt chart's time scale, in
       * g_date_time_format() notation; Chinese wants "%-m月". */
      /* xgettext:no-c-format */
      labels[n++] = format_date (C_("gantt scale", "%b"), date);
      labels[n++] = g_strdup_printf ("%d", g_date_get_month (date));
      break;
    case PERIOD_QUARTER:
      /* Translators: a quarter of the year on the Gantt chart's time scale;
       * Chinese wants "第%d季度". */
      labels[n++] = g_strdup_printf (C_("gantt scale", "Q%d"), quarter);
      labels[n++] = g_strdup_printf ("Q%d", quarter);
      break;
    case PERIOD_YEAR:
      /* Translators: a year on the Gantt chart's time scale, in
       * g_date_time_format() notation; Chinese wants "%Y年". */
      /* xgettext:no-c-format */
      labels[n++] = format_date (C_("gantt scale", "%Y"), date);
      labels[n++] = g_strdup_printf ("%d", g_date_get_year (date));
      break;
    default:
      g_assert_not_reached ();
    }
  return n;
}

typedef struct {
  double   y;
  double   h;
  gboolean top;
} Tier;

static void
tier_cb (const GtGanttView *view,
         cairo_t           *cr,
         Period             period,
         const GDate       *date,
         double             x0,
         double             x1,
         gpointer           data)
{
  const Tier *tier = data;
  const GtGanttPalette *palette = view->palette;
  double visible0 = MAX (x0, view->chart_x);
  double visible1 = MIN (x1, view->chart_x + view->chart_w);
  char *labels[3] = { NULL, NULL, NULL };
  guint n = period_labels (period, tier->top, date, labels);
  const PangoFontDescription *font = tier->top ? view->bold : view->font;
  double pad = period == PERIOD_DAY ? 1 : GT_GANTT_TEXT_PAD;

  if (period == PERIOD_DAY)
    {
      GDateWeekday weekday = g_date_get_weekday (date);

      if (weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY)
        {
          gt_gantt_set_rgb (cr, &palette->weekend);
          cairo_rectangle (cr, floor (x0), tier->y, floor (x1) - floor (x0), tier->h);
          cairo_fill (cr);
        }
    }

  if (g_date_get_julian (date) >= view->start_julian)
    {
      gt_gantt_set_rgb (cr, &palette->header_line);
      vertical_line (cr, x0, tier->y, tier->y + tier->h);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < n; i++)
    {
      double tw;
      double tx;

      if (labels[i] == NULL)
        continue;
      /* A label that no longer fits the part still in sight gives way to a
       * shorter one, then to none, rather than being cut. */
      tw = gt_gantt_text_width (view, font, labels[i]);
      if (tw + 2 * pad > visible1 - visible0)
        continue;

      /* Keep a label in sight while its period scrolls off the left edge. */
      tx = tier->top ? visible0 + pad : MAX ((visible0 + visible1 - tw) / 2, visible0 + pad);
      tx = MAX (MIN (tx, visible1 - pad - tw), visible0 + pad);

      gt_gantt_set_rgb (cr, tier->top ? &palette->header_text : &palette->text_dim);
      gt_gantt_draw_text (view, cr, font, labels[i], tx, tier->y, -1, tier->h,
                          GT_GANTT_ALIGN_START);
      break;
    }

  for (guint i = 0; i < n; i++)
    g_free (labels[i]);
}

/* A red tag in the upper tier, and the today line on through the lower one to
 * meet the line the rows draw. */
static void
draw_today_tag (const GtGanttView *view,
                cairo_t           *cr,
                double             tier_h)
{
  const GtGanttPalette *palette = view->palette;
  const char *text = C_("gantt", "Today");
  double index;
  double x;
  double tw;
  double th = MIN (GT_GANTT_SMALL_SIZE + 7, tier_h - 2);
  double y = round ((tier_h - th) / 2);

  if (!gt_gantt_day_index (view->opts, &view->opts->today, &index)
      || index < 0 || index > view->n_days)
    return;

  x = gt_gantt_view_x (view, index);
  tw = round (gt_gantt_text_width (view, view->small, text) + 10);
  if (x + tw / 2 < view->chart_x || x - tw / 2 > view->chart_x + view->chart_w)
    return;

  gt_gantt_set_rgb (cr, &palette->today);
  cairo_rectangle (cr, x - 1, y + th, 2, view->header_height - y - th);
  cairo_fill (cr);
  cairo_rectangle (cr, round (x - tw / 2), y, tw, th);
  cairo_fill (cr);

  gt_gantt_set_rgb (cr, &palette->today_text);
  gt_gantt_draw_text (view, cr, view->small, text, round (x - tw / 2), y, tw, th,
                      GT_GANTT_ALIGN_CENTER);
}

void
gt_gantt_scale_draw_header (const GtGanttView *view,
                            cairo_t           *cr)
{
  const ZoomScale *scale = zoom_scale (view->opts);
  double half = round (view->header_height / 2);
  Tier top = { 0, half, TRUE };
  Tier bottom = { half, view->header_height - half, FALSE };

  cairo_save (cr);
  cairo_rectangle (cr, view->chart_x, 0, view->chart_w, view->header_height);
  cairo_clip (cr);

  gt_gantt_set_rgb (cr, &view->palette->header_bg);
  cairo_paint (cr);
  cairo_set_line_width (cr, 1);

  foreach_visible_period (view, cr, scale->top, tier_cb, &top);
  foreach_visible_period (view, cr, scale->bottom, tier_cb, &bottom);

  gt_gantt_set_rgb (cr, &view->palette->header_line);
  cairo_move_to (cr, view->chart_x, crisp (half));
  cairo_line_to (cr, view->chart_x + view->chart_w, crisp (half));
  cairo_move_to (cr, view->chart_x, view->header_height - 0.5);
  cairo_line_to (cr, view->chart_x + view->chart_w, view->header_height - 0.5);
  cairo_stroke (cr);

  draw_today_tag (view, cr, half);
  cairo_restore (cr);
}
