/* gt-gantt-renderer.c: the Gantt wall chart: date area, label column, corner.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "gt-format.h"
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

/* Arrow heads on the ends of a bar cut at the chart's range, pointing on to the
 * dates the chart leaves out. */
static void
paint_run_on (cairo_t              *cr,
              const GtGanttPalette *palette,
              double                x0,
              double                x1,
              double                y,
              double                h,
              gboolean              before,
              gboolean              after)
{
  double a = MAX (h, 6);
  double cy = y + h / 2;

  if (!before && !after)
    return;
  gt_gantt_set_rgb (cr, &palette->text);
  if (before)
    {
      cairo_move_to (cr, x0, cy);
      cairo_line_to (cr, x0 + a * 0.8, cy - a / 2 - 1);
      cairo_line_to (cr, x0 + a * 0.8, cy + a / 2 + 1);
      cairo_close_path (cr);
    }
  if (after)
    {
      cairo_move_to (cr, x1, cy);
      cairo_line_to (cr, x1 - a * 0.8, cy - a / 2 - 1);
      cairo_line_to (cr, x1 - a * 0.8, cy + a / 2 + 1);
      cairo_close_path (cr);
    }
  cairo_fill (cr);
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

  if (geom.has_planned)
    paint_run_on (cr, palette, geom.planned_x0, geom.planned_x1, y + geom.planned_y,
                  geom.planned_h, geom.planned_before, geom.planned_after);
  if (geom.has_actual)
    paint_run_on (cr, palette, geom.actual_x0, geom.actual_x1, y + geom.actual_y,
                  geom.actual_h, geom.actual_before, geom.actual_after);

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
      if (milestone->approval)
        gt_gantt_paint_approval (cr, palette, cx, y + geom.milestone_y, geom.milestone_size,
                                 milestone->done, late);
      else
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
  for (guint i = view->draw_first; i < view->draw_end; i++)
    {
      double bottom = view->rows_top + (i - view->first_row + 1) * rh;

      cairo_move_to (cr, view->chart_x, bottom - 0.5);
      cairo_line_to (cr, view->chart_x + view->chart_w, bottom - 0.5);
    }
  cairo_stroke (cr);

  for (guint i = view->draw_first; i < view->draw_end; i++)
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

/* 万元 with two decimals, as in the monthly report; the unit is in the heading. */
static char *
figure_text (const GtGanttView *view,
             const GtGanttRow  *row,
             int                kind)
{
  switch (kind)
    {
    case GT_GANTT_COL_TOTAL:
      return gt_format_wan (row->total_investment);
    case GT_GANTT_COL_PLAN:
      return gt_format_wan (row->annual_plan);
    case GT_GANTT_COL_COMPLETED:
      return gt_format_wan (row->completed);
    case GT_GANTT_COL_RATE:
      /* No plan, no rate: a dash rather than a made-up 0%. */
      if (row->annual_plan <= 0)
        return g_strdup ("—");
      return g_strdup_printf ("%.1f%%", 100.0 * (double) row->completed
                                        / (double) row->annual_plan);
    case GT_GANTT_COL_PROGRESS:
      return g_strdup (row->progress_note != NULL ? row->progress_note : "");
    default:
      return NULL;
    }
}

static void
draw_label_row (const GtGanttView   *view,
                cairo_t             *cr,
                const GtGanttRow    *row,
                const GtGanttColumn *columns,
                guint                n_columns,
                double               y)
{
  const GtGanttPalette *palette = view->palette;
  double rh = view->opts->row_height;

  if (row->kind == GT_GANTT_ROW_GROUP)
    {
      gt_gantt_set_rgb (cr, &palette->group_bg);
      cairo_rectangle (cr, 0, y, view->label_width, rh);
      cairo_fill (cr);
      if (view->opts->serial_only)
        return;
      gt_gantt_set_rgb (cr, &palette->group_text);
      gt_gantt_draw_text (view, cr, view->bold, row->label, GT_GANTT_TEXT_PAD, y,
                          view->label_width - 2 * GT_GANTT_TEXT_PAD, rh,
                          GT_GANTT_ALIGN_START);
      return;
    }

  for (guint i = 0; i < n_columns; i++)
    {
      const GtGanttColumn *column = &columns[i];
      g_autofree char *owned = NULL;
      const char *text = NULL;
      GtGanttAlign align = GT_GANTT_ALIGN_START;
      const PangoFontDescription *font = view->font;

      switch (column->kind)
        {
        case GT_GANTT_COL_MARK:
          gt_gantt_paint_status_mark (cr, palette, row->status, GT_GANTT_MARK_WIDTH / 2 + 2,
                                      y + rh / 2, 10);
          continue;
        case GT_GANTT_COL_SERIAL:
          if (row->serial > 0)
            text = owned = g_strdup_printf ("%u", row->serial);
          align = GT_GANTT_ALIGN_END;
          font = view->small;
          break;
        case GT_GANTT_COL_NAME:
          text = row->label;
          break;
        case GT_GANTT_COL_LEADER:
          text = row->leader;
          break;
        case GT_GANTT_COL_UNIT:
          text = row->unit;
          break;
        default:
          if (!row->has_figures)
            continue;
          text = owned = figure_text (view, row, column->kind);
          if (column->kind != GT_GANTT_COL_PROGRESS)
            align = GT_GANTT_ALIGN_END;
          font = view->small;
          break;
        }
      if (column->w <= 2 * GT_GANTT_TEXT_PAD || text == NULL)
        continue;
      gt_gantt_set_rgb (cr, column->kind == GT_GANTT_COL_NAME ? &palette->text
                                                               : &palette->text_dim);
      gt_gantt_draw_text (view, cr, font, text, column->x + GT_GANTT_TEXT_PAD, y,
                          column->w - 2 * GT_GANTT_TEXT_PAD, rh, align);
    }
}

static void
column_rules (const GtGanttView   *view,
              cairo_t             *cr,
              const GtGanttColumn *columns,
              guint                n_columns,
              double               y0,
              double               y1)
{
  /* Between the columns of words and figures; the status mark has none. */
  for (guint i = 1; i < n_columns; i++)
    {
      if (columns[i].w <= 0 || columns[i - 1].kind == GT_GANTT_COL_MARK
          || columns[i].kind == GT_GANTT_COL_NAME)
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
  GtGanttColumn columns[GT_GANTT_MAX_LABEL_COLUMNS];
  guint n_columns = gt_gantt_label_columns (view->opts, columns);

  cairo_save (cr);
  cairo_rectangle (cr, 0, view->rows_top, view->label_width,
                   view->rows_bottom - view->rows_top);
  cairo_clip (cr);
  gt_gantt_set_rgb (cr, &palette->label_bg);
  cairo_paint (cr);

  cairo_set_line_width (cr, 1);
  gt_gantt_set_rgb (cr, &palette->row_line);
  for (guint i = view->draw_first; i < view->draw_end; i++)
    {
      double bottom = view->rows_top + (i - view->first_row + 1) * rh;

      cairo_move_to (cr, 0, bottom - 0.5);
      cairo_line_to (cr, view->label_width, bottom - 0.5);
    }
  cairo_stroke (cr);
  column_rules (view, cr, columns, n_columns, view->rows_top, view->rows_bottom);

  for (guint i = view->draw_first; i < view->draw_end; i++)
    draw_label_row (view, cr, &rows[i], columns, n_columns,
                    view->rows_top + (i - view->first_row) * rh);
  cairo_restore (cr);
}

static const char *
column_title (const GtGanttView *view,
              int                kind,
              char              *buffer,
              gsize              size)
{
  switch (kind)
    {
    case GT_GANTT_COL_SERIAL:
      return C_("gantt", "No.");
    case GT_GANTT_COL_NAME:
      return C_("gantt", "Project");
    case GT_GANTT_COL_LEADER:
      return C_("gantt", "Leader");
    case GT_GANTT_COL_UNIT:
      return C_("gantt", "Unit");
    case GT_GANTT_COL_TOTAL:
      return C_("gantt", "Total investment\n(10k yuan)");
    case GT_GANTT_COL_PLAN:
      return C_("gantt", "Plan of the year\n(10k yuan)");
    case GT_GANTT_COL_COMPLETED:
      if (view->opts->as_of_month >= 1 && view->opts->as_of_month <= 12)
        {
          /* TRANSLATORS: 1—%d月累计完成; %d is the as-of month */
          g_snprintf (buffer, size, C_("gantt", "Done Jan–%d\n(10k yuan)"),
                      view->opts->as_of_month);
          return buffer;
        }
      return C_("gantt", "Done this year\n(10k yuan)");
    case GT_GANTT_COL_RATE:
      return C_("gantt", "Rate\ndone");
    case GT_GANTT_COL_PROGRESS:
      return C_("gantt", "Physical progress");
    default:
      return NULL;
    }
}

/* A heading of one or two lines, centred in its column. */
static void
draw_heading (const GtGanttView *view,
              cairo_t           *cr,
              const char        *text,
              double             x,
              double             w,
              double             h)
{
  PangoRectangle logical;

  pango_layout_set_single_paragraph_mode (view->layout, FALSE);
  pango_layout_set_font_description (view->layout, view->bold);
  pango_layout_set_width (view->layout, (int) (w * PANGO_SCALE));
  pango_layout_set_ellipsize (view->layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (view->layout, PANGO_ALIGN_CENTER);
  pango_layout_set_text (view->layout, text, -1);
  pango_layout_get_extents (view->layout, NULL, &logical);
  cairo_move_to (cr, x, round ((h - (double) logical.height / PANGO_SCALE) / 2));
  pango_cairo_show_layout (cr, view->layout);
  pango_layout_set_alignment (view->layout, PANGO_ALIGN_LEFT);
  pango_layout_set_single_paragraph_mode (view->layout, TRUE);
}

static void
draw_corner (const GtGanttView *view,
             cairo_t           *cr)
{
  const GtGanttPalette *palette = view->palette;
  double h = view->header_height;
  GtGanttColumn columns[GT_GANTT_MAX_LABEL_COLUMNS];
  guint n_columns = gt_gantt_label_columns (view->opts, columns);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, view->label_width, h);
  cairo_clip (cr);
  gt_gantt_set_rgb (cr, &palette->header_bg);
  cairo_paint (cr);

  gt_gantt_set_rgb (cr, &palette->header_text);
  for (guint i = 0; i < n_columns; i++)
    {
      char buffer[128];
      const char *title = column_title (view, columns[i].kind, buffer, sizeof buffer);
      double pad = columns[i].kind == GT_GANTT_COL_SERIAL ? 2 : GT_GANTT_TEXT_PAD;

      if (title == NULL || columns[i].w <= 2 * pad)
        continue;
      if (columns[i].kind == GT_GANTT_COL_NAME)
        gt_gantt_draw_text (view, cr, view->bold, title, columns[i].x + pad, 0,
                            columns[i].w - 2 * pad, h, GT_GANTT_ALIGN_START);
      else
        draw_heading (view, cr, title, columns[i].x + pad, columns[i].w - 2 * pad, h);
    }

  gt_gantt_set_rgb (cr, &palette->header_line);
  cairo_set_line_width (cr, 1);
  column_rules (view, cr, columns, n_columns, h * 0.15, h * 0.85);
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

static void
clip_rows (GtGanttView *view,
           cairo_t     *cr)
{
  double rh = MAX (view->opts->row_height, 1);
  double x1, y1, x2, y2;
  double first, end;

  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  first = floor ((y1 - view->rows_top) / rh);
  end = ceil ((y2 - view->rows_top) / rh);
  view->draw_first = view->first_row + (guint) CLAMP (first, 0, (double) (view->end_row - view->first_row));
  view->draw_end = view->first_row + (guint) CLAMP (end, 0, (double) (view->end_row - view->first_row));
  view->draw_end = MAX (view->draw_end, view->draw_first);
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
  clip_rows (&view, cr);
  gt_gantt_view_init_text (&view, cr);

  if (view.end_row > view.first_row && view.chart_w > 0)
    {
      gt_gantt_scale_draw_bands (&view, cr);
      draw_chart_rows (&view, cr, rows);
      draw_today_line (&view, cr);
      gt_gantt_draw_front_line (&view, cr, rows, n_rows);
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
