/* gt-chart-private.h: what the figure charts share: the Gantt chart's palette
 * with a few colours of their own, text that fits its box, legends.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-chart-style.h"
#include "gt-figures.h"
#include "gt-gantt-private.h"

G_BEGIN_DECLS

/* Colours the Gantt palette has no name for. Series differ in lightness first,
 * so that a greyscale copy still tells them apart. */
typedef struct {
  GtGanttRgb completed;           /* completed investment */
  GtGanttRgb completed_line;
  GtGanttRgb month;               /* one month's own figure */
  GtGanttRgb month_line;
  GtGanttRgb stage[GT_N_STAGES];  /* a lightness ramp along the pipeline */
  GtGanttRgb band;                /* every other table row */
} GtChartColors;

/* One draw call: cairo is scaled by the style, sizes are layout px. */
typedef struct {
  cairo_t              *cr;
  const GtGanttPalette *palette;
  const GtChartColors  *colors;
  double                width;
  double                height;
  double                font_size;   /* body text, grows and shrinks with the box */
  PangoLayout          *layout;
} GtChart;

/* The smallest text drawn at all, in layout px. */
#define GT_CHART_MIN_FONT 5.0

/* Saves @cr, scales it, paints the background; pair with gt_chart_end().
 * Returns FALSE, with @cr restored, when the rectangle is too small to hold
 * anything more. */
gboolean gt_chart_begin        (GtChart              *chart,
                                cairo_t              *cr,
                                const GtChartStyle   *style,
                                double                width,
                                double                height);
void     gt_chart_end          (GtChart              *chart);
const GtChartColors *gt_chart_colors_get (gboolean dark);

/* The groups of @figures by @grouping (GtFiguresGroup *), never NULL. */
GPtrArray *gt_chart_groups     (const GtFigures      *figures,
                                GtChartGrouping       grouping);
gboolean gt_chart_is_empty     (const GtFigures      *figures);
/* "… and 3 more not shown", under rows that did not fit. */
char    *gt_chart_format_more  (guint                 n);
/* A centred "No data" over the whole chart. */
void     gt_chart_draw_no_data (GtChart              *chart);

/* The logical size of one line of @text. */
double   gt_chart_text_width   (GtChart              *chart,
                                const char           *text,
                                double                size,
                                gboolean              bold);
double   gt_chart_line_height  (GtChart              *chart,
                                double                size);
/* One line of @text in the box, centred vertically, ellipsised to @w (< 0: no limit); the size
 * shrinks to fit @h, and nothing is drawn below GT_CHART_MIN_FONT. Returns the
 * width taken. */
double   gt_chart_draw_text    (GtChart              *chart,
                                const char           *text,
                                double                size,
                                gboolean              bold,
                                const GtGanttRgb     *color,
                                double                x,
                                double                y,
                                double                w,
                                double                h,
                                GtGanttAlign          align);
/* @text wrapped to @w, as many lines as @h holds (the last ellipsised); returns
 * the height taken. */
double   gt_chart_draw_paragraph (GtChart            *chart,
                                  const char         *text,
                                  double              size,
                                  const GtGanttRgb   *color,
                                  double              x,
                                  double              y,
                                  double              w,
                                  double              h);

/* A legend's key: a swatch filled by @paint, then @label. Returns the width. */
typedef void (*GtChartKeyPaint) (GtChart *chart,
                                 double   x,
                                 double   y,
                                 double   w,
                                 double   h,
                                 gpointer data);
typedef struct {
  const char      *label;
  GtChartKeyPaint  paint;
  gpointer         data;
} GtChartKey;

/* The keys in one line across (x, y, w, h), as many as fit; returns the width
 * taken, with the gap after the last. */
double   gt_chart_draw_legend  (GtChart              *chart,
                                const GtChartKey     *keys,
                                guint                 n_keys,
                                double                x,
                                double                y,
                                double                w,
                                double                h);

void     gt_chart_fill_rect    (GtChart              *chart,
                                const GtGanttRgb     *fill,
                                const GtGanttRgb     *line,
                                double                x,
                                double                y,
                                double                w,
                                double                h);
/* The 序时进度 marker: a red line with a halo of background on both sides, so it
 * shows on any bar, in colour or not, and a small triangle on top. */
void     gt_chart_paint_target (GtChart              *chart,
                                double                x,
                                double                y0,
                                double                y1,
                                double                thickness);

/* Money on an axis: a step of 1, 2 or 5 × 10ⁿ yuan giving at most @max_ticks
 * steps up to @max. */
gint64   gt_chart_nice_step    (gint64                max,
                                guint                 max_ticks);

G_END_DECLS
