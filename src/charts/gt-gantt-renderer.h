/* gt-gantt-renderer.h: the Gantt wall chart (挂图), drawn onto any cairo_t.
 *
 * One renderer serves the widget, printing and PDF/PNG export: each hands in the
 * rows to draw, the options and a cairo_t, and gets the same picture. The renderer
 * never queries anything and keeps no state between calls.
 *
 * Geometry. Options give sizes in layout pixels (1/96 inch on a normal screen);
 * @scale maps them to cairo user units (1 for the screen, 0.75 for PDF or print
 * in points, less to fit a page). Every position, width and height that goes in
 * or out of the functions below is in cairo user units. The drawing is a label
 * column on the left and a header on top, both pinned, with the time axis and the
 * rows beside and below them; @scroll_x moves the time axis (0 puts the chart's
 * first day at the left edge of the date area) and @first_row picks the row at the
 * top.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "gt-gantt-data.h"

G_BEGIN_DECLS

/* How much time a screen holds; each zoom has its own header tiers:
 * week (days under months), month (months under years), quarter (quarters under
 * years), year (quarters under years, narrower). */
typedef enum {
  GT_GANTT_ZOOM_WEEK,
  GT_GANTT_ZOOM_MONTH,
  GT_GANTT_ZOOM_QUARTER,
  GT_GANTT_ZOOM_YEAR,
  GT_GANTT_N_ZOOMS
} GtGanttZoom;

/* What gt_gantt_hit_test() found under the pointer, in its @what. */
typedef enum {
  GT_GANTT_HIT_NONE,        /* an empty part of the row */
  GT_GANTT_HIT_LABEL,       /* the label column */
  GT_GANTT_HIT_BAR,         /* the planned or the actual bar */
  GT_GANTT_HIT_MILESTONE,   /* a milestone diamond; see gt_gantt_milestone_at() */
} GtGanttHit;

/* Figure columns after the names, so that money can be read off the wall, in
 * this order. */
typedef enum {
  GT_GANTT_COLUMN_TOTAL     = 1 << 0,   /* 总投资 */
  GT_GANTT_COLUMN_PLAN      = 1 << 1,   /* 年度计划 */
  GT_GANTT_COLUMN_COMPLETED = 1 << 2,   /* 1—N月累计 */
  GT_GANTT_COLUMN_RATE      = 1 << 3,   /* 完成率 */
  GT_GANTT_COLUMN_PROGRESS  = 1 << 4,   /* 形象进度 */
} GtGanttColumns;
#define GT_GANTT_N_COLUMNS 5

typedef struct {
  GtGanttZoom zoom;
  double      day_width;       /* layout px a day; 0 takes the zoom's own */
  GDate       start;           /* first day of the chart */
  GDate       end;             /* last day, inclusive */
  GDate       today;           /* unset: no today line */
  double      row_height;      /* layout px */
  double      header_height;   /* both tiers */
  double      name_width;      /* label sub-columns; 0 leaves one out */
  double      leader_width;
  double      unit_width;
  gboolean    dark;            /* dark palette, for the screen only */
  double      scale;           /* cairo user units a layout px */
  gboolean    show_labels;     /* draw the label column */
  gboolean    show_header;     /* draw the time-scale header */
  /* With @show_labels: only a narrow 序号 strip instead of the whole label
   * column, for the sheets of a print right of the first. */
  gboolean    serial_only;
  guint       columns;         /* GtGanttColumns */
  int         as_of_month;     /* 1–12, for the 1—N月 heading; 0 for none */
  double      font_size;       /* layout px of the names; 0 takes the default */
  /* The progress front line (前锋线) through the rows' progress points on
   * @today, the as-of day; and its key in the legend. */
  gboolean    front_line;
  /* The approvals' (审批手续) triangles keyed in the legend: set by
   * gt_gantt_options_note_approvals() when the chart shows any. */
  gboolean    approvals;
} GtGanttOptions;

/* Sensible defaults for @zoom: screen scale, labels and header shown, light
 * palette, today = the local date, the range this year. */
void     gt_gantt_options_init          (GtGanttOptions   *opts,
                                         GtGanttZoom       zoom);
/* Sets the range to cover every date of @rows (and today), widened to whole
 * months (week zoom), quarters or years with some margin. O(n_rows): call it
 * when the rows change, not per frame. Leaves the range alone when no row has a
 * date. */
void     gt_gantt_options_fit_range     (GtGanttOptions   *opts,
                                         const GtGanttRow *rows,
                                         guint             n_rows);
/* Sets @opts->approvals when a project row of @rows has an approval due within
 * the range (@start … @end): call it once the range is settled, so that the
 * legend keys the triangles only when the chart has some. O(n_rows). */
void     gt_gantt_options_note_approvals (GtGanttOptions   *opts,
                                          const GtGanttRow *rows,
                                          guint             n_rows);
/* "total,plan,completed,rate,progress" (any subset, any order) → columns;
 * FALSE for an unknown name. */
gboolean gt_gantt_columns_parse         (const char       *text,
                                         guint            *columns);
/* Sets the range to the whole year @year. */
void     gt_gantt_options_set_year      (GtGanttOptions   *opts,
                                         int               year);
/* The size of the names' text in cairo user units (points in a print). */
double   gt_gantt_name_font_size        (const GtGanttOptions *opts);
/* Layout px a day at @zoom. */
double   gt_gantt_zoom_day_width        (GtGanttZoom       zoom);

/* Draws rows @first_row … as many as fit in @height, and the time span from
 * @scroll_x over the width left of the label column. Nothing is drawn below the
 * last row. Cost depends on the visible area only, not on @n_rows. */
void     gt_gantt_renderer_draw         (const GtGanttOptions *opts,
                                         const GtGanttRow     *rows,
                                         guint                 n_rows,
                                         cairo_t              *cr,
                                         double                width,
                                         double                height,
                                         guint                 first_row,
                                         double                scroll_x);
/* The key to the chart's marks (bars, status, milestones, today), in as many
 * lines as @width needs, from the user-space origin: translate @cr to place it. */
void     gt_gantt_renderer_draw_legend  (const GtGanttOptions *opts,
                                         cairo_t              *cr,
                                         double                width);
/* The height gt_gantt_renderer_draw_legend() takes at @width. */
double   gt_gantt_legend_height         (const GtGanttOptions *opts,
                                         double                width);

/* Where @date's day begins, at scroll 0, label column included when shown; NAN
 * for an unset date. Subtract the scroll to get the position drawn. */
double   gt_gantt_x_for_date            (const GtGanttOptions *opts,
                                         const GDate          *date);
/* The day under @x (at scroll 0), clamped to the chart's range. FALSE over the
 * label column or when the options have no range. */
gboolean gt_gantt_date_for_x            (const GtGanttOptions *opts,
                                         double                x,
                                         GDate                *date);
/* The size of the whole chart: label column plus the range, header plus all
 * rows (what shows and pinned parts included). */
double   gt_gantt_content_width         (const GtGanttOptions *opts);
double   gt_gantt_content_height        (const GtGanttOptions *opts,
                                         guint                 n_rows);
/* How many whole rows fit below the header in @height (at least 1), for paging. */
guint    gt_gantt_rows_per_page         (const GtGanttOptions *opts,
                                         double                height);

/* The front line's point on @row: where, at scroll 0 (label column included),
 * the plan expected the progress the row has (@percent), which is @today's x
 * for a row on schedule, right of it when ahead and left when behind. The plan
 * runs evenly over each milestone's planned days and the progress is their
 * mean, as the row's percent is; a row without dated milestones runs evenly
 * from its planned start to its planned end. NAN when @today is unset or the
 * row has no measured progress or no planned dates. @days_ahead, when not
 * NULL, gets the point's distance from @today in days (negative: behind). */
double   gt_gantt_front_line_x          (const GtGanttOptions *opts,
                                         const GtGanttRow     *row,
                                         double               *days_ahead);

/* TRUE when (@x, @y), in the coordinates of a draw with the same @first_row and
 * @scroll_x, is on a row: sets @row_index and @what (a GtGanttHit). FALSE over
 * the header, below the last row or outside. Either out argument may be NULL. */
gboolean gt_gantt_hit_test              (const GtGanttOptions *opts,
                                         const GtGanttRow     *rows,
                                         guint                 n_rows,
                                         guint                 first_row,
                                         double                scroll_x,
                                         double                x,
                                         double                y,
                                         guint                *row_index,
                                         int                  *what);
/* The milestone of @row whose diamond covers @x (drawn coordinates at
 * @scroll_x), nearest first; -1 when none. */
int      gt_gantt_milestone_at          (const GtGanttOptions *opts,
                                         const GtGanttRow     *row,
                                         double                scroll_x,
                                         double                x);

G_END_DECLS
