/* gt-chart-style.h: what every figure chart (monthly notice, overview, slides)
 * is handed besides its figures, and the draw calls' common shape.
 *
 * Each chart has one draw function,
 *
 *   void gt_<chart>_draw (cairo_t *cr, const GtChartStyle *style,
 *                         const GtFigures *figures, …, double width, double height);
 *
 * that paints the rectangle (0, 0, @width, @height) of @cr's user space, and
 * nothing outside it: background, marks, labels and legend. @width and @height
 * are in cairo user units; @style->scale maps the chart's layout pixels (1/96
 * inch on a normal screen) onto them: 1 on the screen, 0.75 for PDF or print in
 * points. Text shrinks with the rectangle and is ellipsised where it must be;
 * figures with no projects give a centred "No data".
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gboolean dark;     /* follow the window's dark style */
  double   scale;    /* layout px → cairo user units; ≤ 0 means 1 */
} GtChartStyle;

/* Which groups of GtFigures a chart or table shows. */
typedef enum {
  GT_CHART_BY_LOCALITY,
  GT_CHART_BY_UNIT,
  GT_CHART_BY_LEADER,
  GT_CHART_N_GROUPINGS
} GtChartGrouping;

void gt_chart_style_init (GtChartStyle *style,
                          gboolean      dark,
                          double        scale);

G_END_DECLS
