/* gt-gantt-private.h: what the Gantt renderer's files share.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "gt-gantt-renderer.h"

G_BEGIN_DECLS

typedef struct {
  double r, g, b;
} GtGanttRgb;

typedef struct {
  GtGanttRgb background;     /* the date area */
  GtGanttRgb band;           /* every other month (or quarter, year) */
  GtGanttRgb weekend;
  GtGanttRgb grid;
  GtGanttRgb grid_strong;
  GtGanttRgb row_line;
  GtGanttRgb header_bg;
  GtGanttRgb header_text;
  GtGanttRgb header_line;
  GtGanttRgb label_bg;
  GtGanttRgb text;
  GtGanttRgb text_dim;
  GtGanttRgb group_bg;
  GtGanttRgb group_text;
  GtGanttRgb planned_fill;
  GtGanttRgb planned_line;
  GtGanttRgb status_fill[4];  /* green, amber, red, none */
  GtGanttRgb status_line[4];
  GtGanttRgb status_tint[4];  /* the part of an actual bar not yet done */
  GtGanttRgb pattern;         /* hatching and dots over a status fill */
  GtGanttRgb milestone;
  GtGanttRgb milestone_late;
  GtGanttRgb today;
  GtGanttRgb today_text;
  GtGanttRgb front_line;
  GtGanttRgb summary;
} GtGanttPalette;

typedef enum {
  GT_GANTT_ALIGN_START,
  GT_GANTT_ALIGN_CENTER,
  GT_GANTT_ALIGN_END,
} GtGanttAlign;

/* One draw call's worked-out geometry, in layout px (cairo is scaled already). */
typedef struct {
  const GtGanttOptions  *opts;
  const GtGanttPalette  *palette;
  double                 day_width;
  guint32                start_julian;   /* 0 when the range is unset */
  guint                  n_days;
  double                 label_width;    /* 0 when hidden */
  double                 header_height;  /* 0 when hidden */
  double                 width;
  double                 height;
  double                 scroll;
  double                 chart_x;        /* left edge of the date area */
  double                 chart_w;
  double                 rows_top;
  double                 rows_bottom;    /* bottom of the last row drawn */
  guint                  first_row;
  guint                  end_row;        /* one past the last row drawn */
  /* Of those, the rows inside the clip: a strip of a tall picture draws only
   * its own rows. */
  guint                  draw_first;
  guint                  draw_end;
  int                    first_day;      /* visible days, as indices from start */
  int                    last_day;
  PangoLayout           *layout;
  PangoFontDescription  *font;
  PangoFontDescription  *bold;
  PangoFontDescription  *small;
} GtGanttView;

/* Where the parts of a project row sit, in layout px across the date area
 * (drawn coordinates) and down from the row's top. */
typedef struct {
  gboolean has_planned;
  double   planned_x0;
  double   planned_x1;
  gboolean has_actual;
  double   actual_x0;
  double   actual_x1;
  double   planned_y;
  double   planned_h;
  double   actual_y;
  double   actual_h;
  double   milestone_y;    /* centre */
  double   milestone_size;
  /* A bar that runs on beyond the chart's range is cut at its edge and gets an
   * arrow there. */
  gboolean planned_before, planned_after;
  gboolean actual_before, actual_after;
} GtGanttRowGeometry;

/* Fixed sizes of the marks, in layout px. */
#define GT_GANTT_MARK_WIDTH    22.0
#define GT_GANTT_TEXT_PAD       6.0
#define GT_GANTT_FONT_SIZE     12.5
#define GT_GANTT_SMALL_SIZE    11.0
/* The 序号 column, at the default font size: room for "1000". */
#define GT_GANTT_SERIAL_WIDTH  40.0

/* The label column's sub-columns, left to right. */
typedef enum {
  GT_GANTT_COL_MARK,
  GT_GANTT_COL_SERIAL,
  GT_GANTT_COL_NAME,
  GT_GANTT_COL_LEADER,
  GT_GANTT_COL_UNIT,
  GT_GANTT_COL_TOTAL,       /* then the figure columns, in GtGanttColumns order */
  GT_GANTT_COL_PLAN,
  GT_GANTT_COL_COMPLETED,
  GT_GANTT_COL_RATE,
  GT_GANTT_COL_PROGRESS,
} GtGanttColumnKind;

#define GT_GANTT_MAX_LABEL_COLUMNS (5 + GT_GANTT_N_COLUMNS)

typedef struct {
  double x;
  double w;
  int    kind;              /* GtGanttColumnKind */
} GtGanttColumn;

/* The label column's sub-columns in layout px; returns how many. */
guint    gt_gantt_label_columns      (const GtGanttOptions *opts,
                                      GtGanttColumn         columns[GT_GANTT_MAX_LABEL_COLUMNS]);
/* The names' size over the default, for the text and what is sized to it. */
double   gt_gantt_font_scale         (const GtGanttOptions *opts);

/* gt-gantt-scale.c: the time axis */
double   gt_gantt_view_day_width     (const GtGanttOptions *opts);
double   gt_gantt_label_width        (const GtGanttOptions *opts);
double   gt_gantt_header_height      (const GtGanttOptions *opts);
/* Days from the chart's start to @date (negative before it); FALSE if unset. */
gboolean gt_gantt_day_index          (const GtGanttOptions *opts,
                                      const GDate          *date,
                                      double               *index);
/* Drawn x of the start of day @index. */
double   gt_gantt_view_x             (const GtGanttView    *view,
                                      double                index);
void     gt_gantt_scale_draw_bands   (const GtGanttView    *view,
                                      cairo_t              *cr);
void     gt_gantt_scale_draw_header  (const GtGanttView    *view,
                                      cairo_t              *cr);

/* gt-gantt-palette.c: colours and the marks that survive greyscale printing */
const GtGanttPalette *gt_gantt_palette_get (gboolean dark);
void     gt_gantt_set_rgb            (cairo_t              *cr,
                                      const GtGanttRgb     *rgb);
int      gt_gantt_status_slot        (int                   status);
/* An actual bar: done part solid, the rest tinted, and the status pattern. */
void     gt_gantt_paint_actual_bar   (cairo_t              *cr,
                                      const GtGanttPalette *palette,
                                      int                   status,
                                      double                x,
                                      double                y,
                                      double                w,
                                      double                h,
                                      double                done_w);
void     gt_gantt_paint_planned_bar  (cairo_t              *cr,
                                      const GtGanttPalette *palette,
                                      double                x,
                                      double                y,
                                      double                w,
                                      double                h);
/* ● green, ▲ amber, ■ red, centred on (@cx, @cy), @size across. */
void     gt_gantt_paint_status_mark  (cairo_t              *cr,
                                      const GtGanttPalette *palette,
                                      int                   status,
                                      double                cx,
                                      double                cy,
                                      double                size);
/* Filled when done, hollow when not; a late one is outlined in red. */
void     gt_gantt_paint_milestone    (cairo_t              *cr,
                                      const GtGanttPalette *palette,
                                      double                cx,
                                      double                cy,
                                      double                size,
                                      gboolean              done,
                                      gboolean              late);
/* An approval (审批手续) due that day: a triangle standing on the bar's line,
 * filled once given, red and heavier when late, as a node's diamond is. */
void     gt_gantt_paint_approval     (cairo_t              *cr,
                                      const GtGanttPalette *palette,
                                      double                cx,
                                      double                cy,
                                      double                size,
                                      gboolean              done,
                                      gboolean              late);
/* The "!" badge after a red bar. */
void     gt_gantt_paint_alert        (cairo_t              *cr,
                                      const GtGanttPalette *palette,
                                      double                x,
                                      double                cy,
                                      double                size);

/* gt-gantt-front-line.c: the progress front line (前锋线) over the rows drawn;
 * @n_rows for the rows just outside, so that the line runs on across a page
 * break or a scrolled edge. */
void     gt_gantt_draw_front_line    (const GtGanttView    *view,
                                      cairo_t              *cr,
                                      const GtGanttRow     *rows,
                                      guint                 n_rows);
/* The front line's mark in the legend, @w wide, centred on @cy. */
void     gt_gantt_paint_front_line_key (cairo_t            *cr,
                                      const GtGanttPalette *palette,
                                      double                x,
                                      double                cy,
                                      double                w,
                                      double                h);

/* gt-gantt-layout.c: geometry and text */
void     gt_gantt_view_setup         (GtGanttView          *view,
                                      const GtGanttOptions *opts,
                                      guint                 n_rows,
                                      double                width,
                                      double                height,
                                      guint                 first_row,
                                      double                scroll);
/* Day indices [@i0, @i1) of the days @first … @last; FALSE if either is unset. */
gboolean gt_gantt_day_span           (const GtGanttOptions *opts,
                                      const GDate          *first,
                                      const GDate          *last,
                                      double               *i0,
                                      double               *i1);
/* The day a milestone's diamond marks, or NULL. */
const GDate *gt_gantt_milestone_date (const GtGanttMilestone *milestone);
void     gt_gantt_row_geometry       (const GtGanttView    *view,
                                      const GtGanttRow     *row,
                                      GtGanttRowGeometry   *geom);
void     gt_gantt_view_init_text     (GtGanttView          *view,
                                      cairo_t              *cr);
void     gt_gantt_view_clear_text    (GtGanttView          *view);
/* Draws @text in the box, centred vertically, ellipsised to @w unless @w ≤ 0;
 * returns the width it took. */
double   gt_gantt_draw_text          (const GtGanttView    *view,
                                      cairo_t              *cr,
                                      const PangoFontDescription *font,
                                      const char           *text,
                                      double                x,
                                      double                y,
                                      double                w,
                                      double                h,
                                      GtGanttAlign          align);
/* The width of @text in @font, unclipped. */
double   gt_gantt_text_width         (const GtGanttView    *view,
                                      const PangoFontDescription *font,
                                      const char           *text);

G_END_DECLS
