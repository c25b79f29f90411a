/* gt-gantt-renderer.c: the Gantt wall chart: date area, label column, corner.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "gt-gantt-private.h"

/* The date area */

static void
draw_group_chart (const GtGanttView *view,
                  cairo_t           *cr,
                  const GtGanttRow  *row,
                  double             y)
{
  const GtGanttPalette *palette = view->palette;
  double rh = view->opts->row_height;
  double i0, i1;

  gt_gantt_set_rgb (cr, &palette->group_bg);
  cairo_rectangle (cr, view->chart_x, y, view->chart_w, rh);
  cairo_fill (cr);

  /* The group's whole span, as a bracket. */
  if (gt_gantt_day_span (view->opts, &row->planned_start, &row->planned_end, &i0, &i1))
    {
      double x0 = round (gt_gantt_view_x (view, i0));
      double x1 = round (gt_gantt_view_x (view, i1));
      double by = y + round (rh * 0.4);
      double bh = MAX (round (rh * 0.16), 3);

      gt_gantt_set_rgb (cr, &palette->summary);
      cairo_rectangle (cr, x0, by, x1 - x0, bh);
      cairo_move_to (cr, x0, by + bh);
      cairo_rel_line_to (cr, bh * 1.6, 0);
      cairo_rel_line_to (cr, -bh * 1.6, bh * 1.4);
      cairo_close_path (cr);
      cairo_move_to (cr, x1, by + bh);
      cairo_rel_line_to (cr, -bh * 1.6, 0);
      cairo_rel_line_to (cr, bh * 1.6, bh * 1.4);
      cairo_close_path (cr);
      cairo_fill (cr);
    }

  if (view->label_width <= 0 && row->label != NULL)
    {
      gt_gantt_set_rgb (cr, &palette->group_text);
      gt_gantt_draw_text (view, cr, view->bold, row->label, view->chart_x + GT_GANTT_TEXT_PAD,
                          y, -1, rh, GT_GANTT_ALIGN_START);
    }
}

static void
draw_project_chart (const GtGanttView *view,
                    cairo_t           *cr,
                    const GtGanttRow  *row,
                    double             y)
{
  const GtGanttPalette *palette = view->palette;
  const GtGanttOptions *opts = view->opts;
  double left = view->chart_x;
  double right = view->chart_x + view->chart_w;
  GtGanttRowGeometry geom;
  double end_x;
  double mark_y;

  gt_gantt_row_geometry (view, row, &geom);

  if (geom.has_planned && geom.planned_x1 >= left && geom.planned_x0 <= right)
    gt_gantt_paint_planned_bar (cr, palette, geom.planned_x0, y + geom.planned_y,
                                geom.planned_x1 - geom.planned_x0, geom.planned_h);

  if (geom.has_actual)
    {
      double w = geom.actual_x1 - geom.actual_x0;

      if (geom.actual_x1 >= left && geom.actual_x0 <= right)
        gt_gantt_paint_actual_bar (cr, palette, row->status, geom.actual_x0, y + geom.actual_y,
                                   w, geom.actual_h, w * CLAMP (row->percent, 0, 100) / 100.0);
    }

  for (guint i = 0; i < row->n_milestones; i++)
    {
      const GtGanttMilestone *milestone = &row->milestones[i];
      const GDate *date = gt_gantt_milestone_date (milestone);
      double index;
      double cx;
      gboolean late;

      if (!gt_gantt_day_index (opts, date, &index))
        continue;
      cx = round (gt_gantt_view_x (view, index + 0.5));
      if (cx + geom.milestone_size < left || cx - geom.milestone_size > right)
        continue;
      late = g_date_valid (&opts->today) && g_date_compare (date, &opts->today) < 0;
      gt_gantt_paint_milestone (cr, palette, cx, y + geom.milestone_y, geom.milestone_size,
                                milestone->done, late);
    }

  /* After the actual bar (or the planned one when there is none): the red badge
   * and the percent complete. */
  if (!geom.has_actual && !geom.has_planned)
    return;
  end_x = geom.has_actual ? geom.actual_x1 : geom.planned_x1;
  if (end_x < left || end_x > right)
    return;
  end_x += 4;
  mark_y = geom.has_actual ? y + geom.actual_y + geom.actual_h / 2 : y + opts->row_height / 2;
  if (row->status == GT_GANTT_STATUS_RED)
    {
      gt_gantt_paint_alert (cr, palette, end_x, mark_y, GT_GANTT_SMALL_SIZE);
      end_x += GT_GANTT_SMALL_SIZE + 3;
    }
  if (geom.has_actual)
    {
      char text[8];

      g_snprintf (text, sizeof text, "%d%%", CLAMP (row->percent, 0, 100));
      gt_gantt_set_rgb (cr, &palette->text_dim);
      gt_gantt_draw_text (view, cr, view->small, text, end_x, mark_y - opts->row_height / 2,
                          -1, opts->row_height, GT_GANTT_ALIGN_START);
    }
}

static void
draw_chart_rows (const GtGanttView *view,
                 cairo_t           *cr,
                 const GtGanttRow  *rows)
{
  double rh = view->opts->row_height;

  cairo_save (cr);
  cairo_rectangle (cr, view->chart_x, view->rows_top, view->chart_w,
                   view->rows_bottom - view->rows_top);
  cairo_clip (cr);

  /* Row rules first, in one stroke, so bars cover them. */
  gt_gantt_set_rgb (cr, &view->palette->row_line);
  cairo_set_line_width (cr, 1);
  for (guint i = view->first_row; i < view->end_row; i++)
    {
      double bottom = view->rows_top + (i - view->first_row + 1) * rh;

      cairo_move_to (cr, view->chart_x, bottom - 0.5);
      cairo_line_to (cr, view->chart_x + view->chart_w, bottom - 0.5);
    }
  cairo_stroke (cr);

  for (guint i = view->first_row; i < view->end_row; i++)
    {
      double y = view->rows_top + (i - view->first_row) * rh;

      if (rows[i].kind == GT_GANTT_ROW_GROUP)
        draw_group_chart (view, cr, &rows[i], y);
      else
        draw_project_chart (view, cr, &rows[i], y);
    }

  cairo_restore (cr);
}

static void
draw_today_line (const GtGanttView *view,
                 cairo_t           *cr)
{
  double index;
  double x;

  if (!gt_gantt_day_index (view->opts, &view->opts->today, &index)
      || index < 0 || index > view->n_days)
    return;
  x = gt_gantt_view_x (view, index);
  if (x < view->chart_x || x > view->chart_x + view->chart_w)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, view->chart_x, view->rows_top, view->chart_w,
                   view->rows_bottom - view->rows_top);
  cairo_clip (cr);
  gt_gantt_set_rgb (cr, &view->palette->today);
  cairo_rectangle (cr, x - 1, view->rows_top, 2, view->rows_bottom - view->rows_top);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* The label column */

typedef struct {
  double x;
  double w;
} Column;

static void
label_columns (const GtGanttOptions *opts,
               Column                columns[3])
{
  double x = GT_GANTT_MARK_WIDTH;
  double widths[3] = { opts->name_width, opts->leader_width, opts->unit_width };

  for (guint i = 0; i < 3; i++)
    {
      columns[i].x = x;
      columns[i].w = MAX (widths[i], 0);
      x += columns[i].w;
    }
}

static void
draw_label_row (const GtGanttView *view,
                cairo_t           *cr,
                const GtGanttRow  *row,
                const Column       columns[3],
                double             y)
{
  const GtGanttPalette *palette = view->palette;
  double rh = view->opts->row_height;
  const char *texts[3] = { row->label, row->leader, row->unit };

  if (row->kind == GT_GANTT_ROW_GROUP)
    {
      gt_gantt_set_rgb (cr, &palette->group_bg);
      cairo_rectangle (cr, 0, y, view->label_width, rh);
      cairo_fill (cr);
      gt_gantt_set_rgb (cr, &palette->group_text);
      gt_gantt_draw_text (view, cr, view->bold, row->label, GT_GANTT_TEXT_PAD, y,
                          view->label_width - 2 * GT_GANTT_TEXT_PAD, rh,
                          GT_GANTT_ALIGN_START);
      return;
    }

  gt_gantt_paint_status_mark (cr, palette, row->status, GT_GANTT_MARK_WIDTH / 2 + 2,
                              y + rh / 2, 10);
  for (guint i = 0; i < 3; i++)
    {
      if (columns[i].w <= 2 * GT_GANTT_TEXT_PAD || texts[i] == NULL)
        continue;
      gt_gantt_set_rgb (cr, i == 0 ? &palette->text : &palette->text_dim);
      gt_gantt_draw_text (view, cr, view->font, texts[i], columns[i].x + GT_GANTT_TEXT_PAD,
                          y, columns[i].w - 2 * GT_GANTT_TEXT_PAD, rh, GT_GANTT_ALIGN_START);
    }
}

static void
column_rules (const GtGanttView *view,
              cairo_t           *cr,
              const Column       columns[3],
              double             y0,
              double             y1)
{
  for (guint i = 1; i < 3; i++)
    {
      if (columns[i].w <= 0)
        continue;
      cairo_move_to (cr, floor (columns[i].x) + 0.5, y0);
      cairo_line_to (cr, floor (columns[i].x) + 0.5, y1);
    }
  cairo_stroke (cr);
}

static void
draw_label_column (const GtGanttView *view,
                   cairo_t           *cr,
                   const GtGanttRow  *rows)
{
  const GtGanttPalette *palette = view->palette;
  double rh = view->opts->row_height;
  Column columns[3];

  label_columns (view->opts, columns);

  cairo_save (cr);
  cairo_rectangle (cr, 0, view->rows_top, view->label_width,
                   view->rows_bottom - view->rows_top);
  cairo_clip (cr);
  gt_gantt_set_rgb (cr, &palette->label_bg);
  cairo_paint (cr);

  cairo_set_line_width (cr, 1);
  gt_gantt_set_rgb (cr, &palette->row_line);
  for (guint i = view->first_row; i < view->end_row; i++)
    {
      double bottom = view->rows_top + (i - view->first_row + 1) * rh;

      cairo_move_to (cr, 0, bottom - 0.5);
      cairo_line_to (cr, view->label_width, bottom - 0.5);
    }
  cairo_stroke (cr);
  column_rules (view, cr, columns, view->rows_top, view->rows_bottom);

  for (guint i = view->first_row; i < view->end_row; i++)
    draw_label_row (view, cr, &rows[i], columns, view->rows_top + (i - view->first_row) * rh);
  cairo_restore (cr);
}

static void
draw_corner (const GtGanttView *view,
             cairo_t           *cr)
{
  const GtGanttPalette *palette = view->palette;
  double h = view->header_height;
  Column columns[3];
  const char *titles[3] = {
    C_("gantt", "Project"),
    C_("gantt", "Leader"),
    C_("gantt", "Unit"),
  };

  label_columns (view->opts, columns);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, view->label_width, h);
  cairo_clip (cr);
  gt_gantt_set_rgb (cr, &palette->header_bg);
  cairo_paint (cr);

  gt_gantt_set_rgb (cr, &palette->header_text);
  for (guint i = 0; i < 3; i++)
    if (columns[i].w > 2 * GT_GANTT_TEXT_PAD)
      gt_gantt_draw_text (view, cr, view->bold, titles[i], columns[i].x + GT_GANTT_TEXT_PAD, 0,
                          columns[i].w - 2 * GT_GANTT_TEXT_PAD, h, GT_GANTT_ALIGN_START);

  gt_gantt_set_rgb (cr, &palette->header_line);
  cairo_set_line_width (cr, 1);
  column_rules (view, cr, columns, h * 0.25, h * 0.75);
  cairo_move_to (cr, 0, h - 0.5);
  cairo_line_to (cr, view->label_width, h - 0.5);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The pinned column's edge, with a soft shadow once the dates scroll under it. */
static void
draw_label_edge (const GtGanttView *view,
                 cairo_t           *cr)
{
  double x = floor (view->label_width);
  double bottom = view->end_row > view->first_row ? view->rows_bottom : view->header_height;

  if (view->scroll > 0 && view->end_row > view->first_row)
    {
      cairo_pattern_t *shadow = cairo_pattern_create_linear (x, 0, x + 6, 0);

      cairo_pattern_add_color_stop_rgba (shadow, 0, 0, 0, 0, view->opts->dark ? 0.4 : 0.12);
      cairo_pattern_add_color_stop_rgba (shadow, 1, 0, 0, 0, 0);
      cairo_set_source (cr, shadow);
      cairo_rectangle (cr, x, view->rows_top, 6, view->rows_bottom - view->rows_top);
      cairo_fill (cr);
      cairo_pattern_destroy (shadow);
    }

  gt_gantt_set_rgb (cr, &view->palette->grid_strong);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, x - 0.5, 0);
  cairo_line_to (cr, x - 0.5, bottom);
  cairo_stroke (cr);
}

void
gt_gantt_renderer_draw (const GtGanttOptions *opts,
                        const GtGanttRow     *rows,
                        guint                 n_rows,
                        cairo_t              *cr,
                        double                width,
                        double                height,
                        guint                 first_row,
                        double                scroll_x)
{
  GtGanttView view;

  g_return_if_fail (opts != NULL);
  g_return_if_fail (rows != NULL || n_rows == 0);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (opts->scale > 0);

  gt_gantt_view_setup (&view, opts, n_rows, width / opts->scale, height / opts->scale,
                       first_row, MAX (scroll_x, 0) / opts->scale);

  cairo_save (cr);
  cairo_scale (cr, opts->scale, opts->scale);
  cairo_rectangle (cr, 0, 0, view.width, view.height);
  cairo_clip (cr);
  gt_gantt_view_init_text (&view, cr);

  if (view.end_row > view.first_row && view.chart_w > 0)
    {
      gt_gantt_scale_draw_bands (&view, cr);
      draw_chart_rows (&view, cr, rows);
      draw_today_line (&view, cr);
    }
  if (view.end_row > view.first_row && view.label_width > 0)
    draw_label_column (&view, cr, rows);
  if (view.header_height > 0)
    {
      if (view.chart_w > 0)
        gt_gantt_scale_draw_header (&view, cr);
      if (view.label_width > 0)
        draw_corner (&view, cr);
    }
  if (view.label_width > 0)
    draw_label_edge (&view, cr);

  gt_gantt_view_clear_text (&view);
  cairo_restore (cr);
}
