/* gt-gantt-layout.c: where everything of the Gantt chart goes: the geometry
 * shared by drawing and hit tests, text set-up, options and sizes.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <time.h>

#include "gt-chart-text.h"
#include "gt-gantt-private.h"

/* Setting up */

void
gt_gantt_view_setup (GtGanttView          *view,
                     const GtGanttOptions *opts,
                     guint                 n_rows,
                     double                width,
                     double                height,
                     guint                 first_row,
                     double                scroll)
{
  double row_height = MAX (opts->row_height, 1);
  double rows_space;
  guint fit;

  *view = (GtGanttView) { 0 };
  view->opts = opts;
  view->palette = gt_gantt_palette_get (opts->dark);
  view->day_width = gt_gantt_view_day_width (opts);
  view->label_width = gt_gantt_label_width (opts);
  view->header_height = gt_gantt_header_height (opts);
  view->width = width;
  view->height = height;
  view->scroll = scroll;
  view->chart_x = view->label_width;
  view->chart_w = MAX (width - view->label_width, 0);
  view->rows_top = view->header_height;

  if (g_date_valid (&opts->start) && g_date_valid (&opts->end)
      && g_date_compare (&opts->end, &opts->start) >= 0)
    {
      view->start_julian = g_date_get_julian (&opts->start);
      view->n_days = g_date_get_julian (&opts->end) - view->start_julian + 1;
    }
  /* Clamped as doubles: hit tests pass a huge width. */
  view->first_day = (int) CLAMP (floor (scroll / view->day_width), 0, (double) view->n_days);
  view->last_day = (int) CLAMP (ceil ((scroll + view->chart_w) / view->day_width), -1,
                                (double) view->n_days - 1);

  rows_space = MAX (height - view->header_height, 0);
  fit = (guint) MIN (ceil (rows_space / row_height), (double) G_MAXUINT);
  view->first_row = MIN (first_row, n_rows);
  view->end_row = view->first_row + MIN (fit, n_rows - view->first_row);
  view->rows_bottom = view->rows_top + (view->end_row - view->first_row) * row_height;
  view->rows_bottom = MIN (view->rows_bottom, height);
  view->draw_first = view->first_row;
  view->draw_end = view->end_row;
}

static PangoFontDescription *
font_of_size (double   size,
              gboolean bold)
{
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  return font;
}

void
gt_gantt_view_init_text (GtGanttView *view,
                         cairo_t     *cr)
{
  view->layout = gt_chart_text_create_layout (cr);
  pango_layout_set_single_paragraph_mode (view->layout, TRUE);
  double scale = gt_gantt_font_scale (view->opts);

  view->font = font_of_size (GT_GANTT_FONT_SIZE * scale, FALSE);
  view->bold = font_of_size (GT_GANTT_FONT_SIZE * scale, TRUE);
  view->small = font_of_size (GT_GANTT_SMALL_SIZE * scale, FALSE);
}

void
gt_gantt_view_clear_text (GtGanttView *view)
{
  g_clear_object (&view->layout);
  g_clear_pointer (&view->font, pango_font_description_free);
  g_clear_pointer (&view->bold, pango_font_description_free);
  g_clear_pointer (&view->small, pango_font_description_free);
}

static void
layout_text (const GtGanttView          *view,
             const PangoFontDescription *font,
             const char                 *text,
             double                      w)
{
  pango_layout_set_font_description (view->layout, font);
  if (w > 0)
    {
      pango_layout_set_width (view->layout, (int) (w * PANGO_SCALE));
      pango_layout_set_ellipsize (view->layout, PANGO_ELLIPSIZE_END);
    }
  else
    {
      pango_layout_set_width (view->layout, -1);
      pango_layout_set_ellipsize (view->layout, PANGO_ELLIPSIZE_NONE);
    }
  pango_layout_set_text (view->layout, text, -1);
}

double
gt_gantt_text_width (const GtGanttView          *view,
                     const PangoFontDescription *font,
                     const char                 *text)
{
  PangoRectangle logical;

  layout_text (view, font, text, -1);
  pango_layout_get_extents (view->layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

double
gt_gantt_draw_text (const GtGanttView          *view,
                    cairo_t                    *cr,
                    const PangoFontDescription *font,
                    const char                 *text,
                    double                      x,
                    double                      y,
                    double                      w,
                    double                      h,
                    GtGanttAlign                align)
{
  PangoRectangle logical;
  double tw;

  if (text == NULL || *text == '\0')
    return 0;

  layout_text (view, font, text, w);
  pango_layout_get_extents (view->layout, NULL, &logical);
  tw = (double) logical.width / PANGO_SCALE;
  if (w > 0 && align != GT_GANTT_ALIGN_START && tw < w)
    x += align == GT_GANTT_ALIGN_CENTER ? (w - tw) / 2 : w - tw;

  /* Whole pixels keep the glyphs sharp on the screen. */
  cairo_move_to (cr, round (x - (double) logical.x / PANGO_SCALE),
                 round (y + (h - (double) logical.height / PANGO_SCALE) / 2));
  pango_cairo_show_layout (cr, view->layout);
  return w > 0 ? MIN (tw, w) : tw;
}

/* Row geometry, shared by drawing and hit tests */

gboolean
gt_gantt_day_span (const GtGanttOptions *opts,
                   const GDate          *first,
                   const GDate          *last,
                   double               *i0,
                   double               *i1)
{
  if (!gt_gantt_day_index (opts, first, i0) || !gt_gantt_day_index (opts, last, i1)
      || *i1 < *i0)
    return FALSE;
  *i1 += 1;
  return TRUE;
}

const GDate *
gt_gantt_milestone_date (const GtGanttMilestone *milestone)
{
  if (g_date_valid (&milestone->planned_end))
    return &milestone->planned_end;
  if (g_date_valid (&milestone->planned_start))
    return &milestone->planned_start;
  return NULL;
}

/* Cuts the days [@i0, @i1) to the chart's range; FALSE when nothing is left.
 * Without a range (hit tests of a bare view) nothing is cut. */
static gboolean
clip_span (const GtGanttView *view,
           double            *i0,
           double            *i1,
           gboolean          *before,
           gboolean          *after)
{
  if (view->n_days == 0)
    return TRUE;
  if (*i1 <= 0 || *i0 >= view->n_days)
    return FALSE;
  *before = *i0 < 0;
  *after = *i1 > view->n_days;
  *i0 = MAX (*i0, 0);
  *i1 = MIN (*i1, (double) view->n_days);
  return TRUE;
}

void
gt_gantt_row_geometry (const GtGanttView  *view,
                       const GtGanttRow   *row,
                       GtGanttRowGeometry *geom)
{
  const GtGanttOptions *opts = view->opts;
  double rh = MAX (opts->row_height, 1);
  double i0, i1;

  *geom = (GtGanttRowGeometry) { 0 };
  geom->planned_y = round (rh * 0.2);
  geom->planned_h = MAX (round (rh * 0.22), 3);
  geom->actual_y = geom->planned_y + geom->planned_h + MAX (round (rh * 0.07), 1);
  geom->actual_h = MAX (round (rh * 0.36), 4);
  geom->milestone_y = geom->planned_y + geom->planned_h / 2;
  geom->milestone_size = MAX (round (rh * 0.46), 6);

  if (gt_gantt_day_span (opts, &row->planned_start, &row->planned_end, &i0, &i1)
      && clip_span (view, &i0, &i1, &geom->planned_before, &geom->planned_after))
    {
      geom->has_planned = TRUE;
      geom->planned_x0 = round (gt_gantt_view_x (view, i0));
      geom->planned_x1 = MAX (round (gt_gantt_view_x (view, i1)), geom->planned_x0 + 2);
    }

  if (gt_gantt_day_index (opts, &row->actual_start, &i0))
    {
      /* Still running: the bar reaches the today line. */
      if (gt_gantt_day_index (opts, &row->actual_end, &i1))
        i1 += 1;
      else if (!gt_gantt_day_index (opts, &opts->today, &i1))
        i1 = i0 + 1;
      if (clip_span (view, &i0, &i1, &geom->actual_before, &geom->actual_after))
        {
          geom->has_actual = TRUE;
          geom->actual_x0 = round (gt_gantt_view_x (view, i0));
          geom->actual_x1 = MAX (round (gt_gantt_view_x (view, i1)), geom->actual_x0 + 2);
        }
    }
}

/* Options and geometry */

void
gt_gantt_options_init (GtGanttOptions *opts,
                       GtGanttZoom     zoom)
{
  g_return_if_fail (opts != NULL);

  *opts = (GtGanttOptions) {
    .zoom = zoom,
    .row_height = 28,
    .header_height = 52,
    .name_width = 250,
    .leader_width = 72,
    .unit_width = 150,
    .scale = 1,
    .show_labels = TRUE,
    .show_header = TRUE,
  };
  g_date_clear (&opts->start, 1);
  g_date_clear (&opts->end, 1);
  g_date_clear (&opts->today, 1);
  g_date_set_time_t (&opts->today, time (NULL));
  g_date_set_dmy (&opts->start, 1, G_DATE_JANUARY, g_date_get_year (&opts->today));
  g_date_set_dmy (&opts->end, 31, G_DATE_DECEMBER, g_date_get_year (&opts->today));
}

void
gt_gantt_options_set_year (GtGanttOptions *opts,
                           int             year)
{
  g_return_if_fail (opts != NULL);
  g_return_if_fail (year >= 1 && year <= 9999);

  g_date_clear (&opts->start, 1);
  g_date_clear (&opts->end, 1);
  g_date_set_dmy (&opts->start, 1, G_DATE_JANUARY, year);
  g_date_set_dmy (&opts->end, 31, G_DATE_DECEMBER, year);
}

gboolean
gt_gantt_columns_parse (const char *text,
                        guint      *columns)
{
  static const char *const names[GT_GANTT_N_COLUMNS] = {
    "total", "plan", "completed", "rate", "progress"
  };
  g_auto(GStrv) parts = NULL;
  guint found = 0;

  g_return_val_if_fail (text != NULL && columns != NULL, FALSE);

  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = g_strstrip (parts[i]);
      guint c;

      if (*part == '\0')
        continue;
      for (c = 0; c < GT_GANTT_N_COLUMNS && !g_str_equal (part, names[c]); c++)
        ;
      if (c == GT_GANTT_N_COLUMNS)
        return FALSE;
      found |= 1u << c;
    }
  *columns = found;
  return TRUE;
}

double
gt_gantt_font_scale (const GtGanttOptions *opts)
{
  return opts->font_size > 0 ? opts->font_size / GT_GANTT_FONT_SIZE : 1.0;
}

double
gt_gantt_name_font_size (const GtGanttOptions *opts)
{
  g_return_val_if_fail (opts != NULL, 0);

  return GT_GANTT_FONT_SIZE * gt_gantt_font_scale (opts) * opts->scale;
}

static void
widen (const GDate *date,
       guint32     *min,
       guint32     *max)
{
  if (date == NULL || !g_date_valid (date))
    return;
  *min = MIN (*min, g_date_get_julian (date));
  *max = MAX (*max, g_date_get_julian (date));
}

void
gt_gantt_options_fit_range (GtGanttOptions   *opts,
                            const GtGanttRow *rows,
                            guint             n_rows)
{
  static const guint32 margins[GT_GANTT_N_ZOOMS] = { 7, 15, 30, 60 };
  guint32 min = G_MAXUINT32;
  guint32 max = 0;
  int zoom;
  GDate start;
  GDate end;

  g_return_if_fail (opts != NULL);
  g_return_if_fail (rows != NULL || n_rows == 0);

  for (guint i = 0; i < n_rows; i++)
    {
      const GtGanttRow *row = &rows[i];

      widen (&row->planned_start, &min, &max);
      widen (&row->planned_end, &min, &max);
      widen (&row->actual_start, &min, &max);
      widen (&row->actual_end, &min, &max);
      for (guint m = 0; m < row->n_milestones; m++)
        widen (gt_gantt_milestone_date (&row->milestones[m]), &min, &max);
    }
  if (max == 0)
    return;
  widen (&opts->today, &min, &max);

  zoom = CLAMP ((int) opts->zoom, 0, GT_GANTT_N_ZOOMS - 1);
  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  g_date_set_julian (&start, min > margins[zoom] ? min - margins[zoom] : 1);
  g_date_set_julian (&end, max + margins[zoom]);

  /* Whole months at week and month zoom, whole quarters and years beyond. */
  if (zoom == GT_GANTT_ZOOM_QUARTER)
    g_date_set_dmy (&start, 1, (g_date_get_month (&start) - 1) / 3 * 3 + 1,
                    g_date_get_year (&start));
  else if (zoom == GT_GANTT_ZOOM_YEAR)
    g_date_set_dmy (&start, 1, G_DATE_JANUARY, g_date_get_year (&start));
  else
    g_date_set_day (&start, 1);

  if (zoom == GT_GANTT_ZOOM_YEAR)
    g_date_set_dmy (&end, 31, G_DATE_DECEMBER, g_date_get_year (&end));
  else
    {
      int month = g_date_get_month (&end);

      if (zoom == GT_GANTT_ZOOM_QUARTER)
        month = (month - 1) / 3 * 3 + 3;
      g_date_set_dmy (&end, 1, month, g_date_get_year (&end));
      g_date_set_day (&end, g_date_get_days_in_month (month, g_date_get_year (&end)));
    }

  opts->start = start;
  opts->end = end;
}

void
gt_gantt_options_note_approvals (GtGanttOptions   *opts,
                                 const GtGanttRow *rows,
                                 guint             n_rows)
{
  g_return_if_fail (opts != NULL);
  g_return_if_fail (rows != NULL || n_rows == 0);

  opts->approvals = FALSE;
  if (!g_date_valid (&opts->start) || !g_date_valid (&opts->end))
    return;
  for (guint i = 0; i < n_rows && !opts->approvals; i++)
    {
      const GtGanttRow *row = &rows[i];

      if (row->kind != GT_GANTT_ROW_PROJECT)
        continue;
      for (guint m = 0; m < row->n_milestones && !opts->approvals; m++)
        {
          const GDate *date = gt_gantt_milestone_date (&row->milestones[m]);

          opts->approvals = row->milestones[m].approval && date != NULL &&
                            g_date_valid (date) &&
                            g_date_compare (date, &opts->start) >= 0 &&
                            g_date_compare (date, &opts->end) <= 0;
        }
    }
}

double
gt_gantt_content_width (const GtGanttOptions *opts)
{
  double days = 0;

  g_return_val_if_fail (opts != NULL, 0);

  if (g_date_valid (&opts->start) && g_date_valid (&opts->end)
      && g_date_compare (&opts->end, &opts->start) >= 0)
    days = (double) g_date_get_julian (&opts->end) - g_date_get_julian (&opts->start) + 1;
  return (gt_gantt_label_width (opts) + days * gt_gantt_view_day_width (opts)) * opts->scale;
}

double
gt_gantt_content_height (const GtGanttOptions *opts,
                         guint                 n_rows)
{
  g_return_val_if_fail (opts != NULL, 0);

  return (gt_gantt_header_height (opts) + n_rows * opts->row_height) * opts->scale;
}

guint
gt_gantt_rows_per_page (const GtGanttOptions *opts,
                        double                height)
{
  double rows;

  g_return_val_if_fail (opts != NULL, 1);

  rows = floor ((height / opts->scale - gt_gantt_header_height (opts))
                / MAX (opts->row_height, 1));
  return (guint) CLAMP (rows, 1, (double) G_MAXUINT);
}

/* Hit tests */

int
gt_gantt_milestone_at (const GtGanttOptions *opts,
                       const GtGanttRow     *row,
                       double                scroll_x,
                       double                x)
{
  GtGanttView view;
  GtGanttRowGeometry geom;
  double px;
  double best = G_MAXDOUBLE;
  int found = -1;

  g_return_val_if_fail (opts != NULL, -1);
  g_return_val_if_fail (row != NULL, -1);

  gt_gantt_view_setup (&view, opts, 0, G_MAXFLOAT, 0, 0, MAX (scroll_x, 0) / opts->scale);
  gt_gantt_row_geometry (&view, row, &geom);
  px = x / opts->scale;

  for (guint i = 0; i < row->n_milestones; i++)
    {
      double index;
      double distance;

      if (!gt_gantt_day_index (opts, gt_gantt_milestone_date (&row->milestones[i]), &index))
        continue;
      distance = fabs (px - round (gt_gantt_view_x (&view, index + 0.5)));
      if (distance <= geom.milestone_size / 2 + 1 && distance < best)
        {
          best = distance;
          found = (int) i;
        }
    }
  return found;
}

static gboolean
in_band (double x,
         double y,
         double x0,
         double x1,
         double y0,
         double h)
{
  return x >= x0 - 1 && x <= x1 + 1 && y >= y0 - 1 && y <= y0 + h + 1;
}

gboolean
gt_gantt_hit_test (const GtGanttOptions *opts,
                   const GtGanttRow     *rows,
                   guint                 n_rows,
                   guint                 first_row,
                   double                scroll_x,
                   double                x,
                   double                y,
                   guint                *row_index,
                   int                  *what)
{
  GtGanttView view;
  GtGanttRowGeometry geom;
  const GtGanttRow *row;
  double px;
  double py;
  double rh;
  double offset;
  guint index;
  int found = GT_GANTT_HIT_NONE;

  g_return_val_if_fail (opts != NULL, FALSE);
  g_return_val_if_fail (rows != NULL || n_rows == 0, FALSE);

  px = x / opts->scale;
  py = y / opts->scale;
  rh = MAX (opts->row_height, 1);

  gt_gantt_view_setup (&view, opts, n_rows, G_MAXFLOAT, G_MAXFLOAT, first_row,
                       MAX (scroll_x, 0) / opts->scale);
  if (px < 0 || py < view.rows_top)
    return FALSE;
  offset = floor ((py - view.rows_top) / rh);
  if (offset >= (double) (n_rows - view.first_row))
    return FALSE;
  index = view.first_row + (guint) offset;
  row = &rows[index];

  if (px < view.label_width)
    found = GT_GANTT_HIT_LABEL;
  else if (row->kind == GT_GANTT_ROW_PROJECT)
    {
      double row_y = py - view.rows_top - offset * rh;

      gt_gantt_row_geometry (&view, row, &geom);
      if (fabs (row_y - geom.milestone_y) <= geom.milestone_size / 2 + 1
          && gt_gantt_milestone_at (opts, row, scroll_x, x) >= 0)
        found = GT_GANTT_HIT_MILESTONE;
      else if ((geom.has_planned && in_band (px, row_y, geom.planned_x0, geom.planned_x1,
                                             geom.planned_y, geom.planned_h))
               || (geom.has_actual && in_band (px, row_y, geom.actual_x0, geom.actual_x1,
                                               geom.actual_y, geom.actual_h)))
        found = GT_GANTT_HIT_BAR;
    }

  if (row_index != NULL)
    *row_index = index;
  if (what != NULL)
    *what = found;
  return TRUE;
}
