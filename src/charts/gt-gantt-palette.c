/* gt-gantt-palette.c: the Gantt chart's colours, and marks that keep their
 * meaning when a colour printer is not at hand.
 *
 * Every status differs three ways: lightness (green light, amber medium, red
 * dark), pattern (green plain, amber dotted, red hatched, with a "!" badge) and,
 * in the label column, shape (● ▲ ■). A greyscale copy of the wall chart still
 * tells them apart.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "gt-gantt-private.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, \
                   ((hex) & 0xff) / 255.0 }

static const GtGanttPalette light_palette = {
  .background     = RGB (0xffffff),
  .band           = RGB (0xf5f7f9),
  .weekend        = RGB (0xeaedf1),
  .grid           = RGB (0xe6e9ed),
  .grid_strong    = RGB (0xc9d0d8),
  .row_line       = RGB (0xedf0f3),
  .header_bg      = RGB (0xf0f3f6),
  .header_text    = RGB (0x1c2630),
  .header_line    = RGB (0xc9d0d8),
  .label_bg       = RGB (0xffffff),
  .text           = RGB (0x1c2630),
  .text_dim       = RGB (0x56616d),
  .group_bg       = RGB (0xdfe5ec),
  .group_text     = RGB (0x0f1821),
  .planned_fill   = RGB (0xc8d2dd),
  .planned_line   = RGB (0x7b8794),
  .status_fill    = { RGB (0x8fd19e), RGB (0xe38b00), RGB (0xb3261e), RGB (0x5a7fa8) },
  .status_line    = { RGB (0x3a8a4e), RGB (0xa45f00), RGB (0x7a1712), RGB (0x3a5a80) },
  .status_tint    = { RGB (0xe4f5e8), RGB (0xfbe7c6), RGB (0xf3cfcc), RGB (0xd9e3ef) },
  .pattern        = RGB (0xffffff),
  .milestone      = RGB (0x2b3742),
  .milestone_late = RGB (0xc62828),
  .today          = RGB (0xd62b2b),
  .today_text     = RGB (0xffffff),
  .front_line     = RGB (0x8e24aa),
  .summary        = RGB (0x2b3742),
};

static const GtGanttPalette dark_palette = {
  .background     = RGB (0x242424),
  .band           = RGB (0x2b2b2b),
  .weekend        = RGB (0x323232),
  .grid           = RGB (0x323232),
  .grid_strong    = RGB (0x4a4a4a),
  .row_line       = RGB (0x2f2f2f),
  .header_bg      = RGB (0x303030),
  .header_text    = RGB (0xf0f0f0),
  .header_line    = RGB (0x4a4a4a),
  .label_bg       = RGB (0x272727),
  .text           = RGB (0xe8e8e8),
  .text_dim       = RGB (0xa9a9a9),
  .group_bg       = RGB (0x3a4047),
  .group_text     = RGB (0xffffff),
  .planned_fill   = RGB (0x46515c),
  .planned_line   = RGB (0x8e9aa6),
  .status_fill    = { RGB (0x5fb872), RGB (0xe8971c), RGB (0xd63b35), RGB (0x5b8ac0) },
  .status_line    = { RGB (0x86d497), RGB (0xf5b653), RGB (0xff7a72), RGB (0x8fb2dc) },
  .status_tint    = { RGB (0x2e4635), RGB (0x54401f), RGB (0x5a2727), RGB (0x2d3d52) },
  .pattern        = RGB (0x000000),
  .milestone      = RGB (0xe8e8e8),
  .milestone_late = RGB (0xff6b6b),
  .today          = RGB (0xff5252),
  .today_text     = RGB (0xffffff),
  .front_line     = RGB (0xd59ee6),
  .summary        = RGB (0xd8d8d8),
};

const GtGanttPalette *
gt_gantt_palette_get (gboolean dark)
{
  return dark ? &dark_palette : &light_palette;
}

void
gt_gantt_set_rgb (cairo_t          *cr,
                  const GtGanttRgb *rgb)
{
  cairo_set_source_rgb (cr, rgb->r, rgb->g, rgb->b);
}

static void
set_rgba (cairo_t          *cr,
          const GtGanttRgb *rgb,
          double            alpha)
{
  cairo_set_source_rgba (cr, rgb->r, rgb->g, rgb->b, alpha);
}

int
gt_gantt_status_slot (int status)
{
  return status >= GT_GANTT_STATUS_GREEN && status <= GT_GANTT_STATUS_RED ? status : 3;
}

/* Diagonal hatching over the part of [x, x + w] that the clip lets show, so a
 * bar years long at week zoom costs what its visible part costs. */
static void
hatch (cairo_t *cr,
       double   x,
       double   y,
       double   w,
       double   h)
{
  const double step = 5;
  double cx0, cy0, cx1, cy1;
  double from;
  double to;

  cairo_clip_extents (cr, &cx0, &cy0, &cx1, &cy1);
  from = MAX (x, cx0) - h;
  to = MIN (x + w, cx1);
  from = x + floor ((from - x) / step) * step;
  for (double sx = from; sx <= to; sx += step)
    {
      cairo_move_to (cr, sx, y + h);
      cairo_line_to (cr, sx + h, y);
    }
  cairo_stroke (cr);
}

/* Two staggered rows of small square dots. Squares on whole pixels are boxes to
 * cairo, filled far faster than round dots, and they stay vector in a PDF. */
static void
dots (cairo_t *cr,
      double   x,
      double   y,
      double   w,
      double   h)
{
  const double step = 4;
  const double size = 2;
  double cx0, cy0, cx1, cy1;
  double from;
  double to;
  double rows[2];

  cairo_clip_extents (cr, &cx0, &cy0, &cx1, &cy1);
  from = x + floor ((MAX (x, cx0) - x) / (2 * step)) * 2 * step;
  to = MIN (x + w, cx1);
  rows[0] = round (y + h * 0.3 - size / 2);
  rows[1] = round (y + h * 0.7 - size / 2);

  for (guint r = 0; r < 2; r++)
    for (double dx = round (from + 1 + r * step / 2); dx < to; dx += step)
      cairo_rectangle (cr, dx, rows[r], size, size);
  cairo_fill (cr);
}

static void
pattern_part (cairo_t          *cr,
              int               slot,
              const GtGanttRgb *ink,
              double            alpha,
              double            part_x,
              double            part_w,
              double            x,
              double            y,
              double            w,
              double            h)
{
  if (part_w <= 0)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, part_x, y, part_w, h);
  cairo_clip (cr);
  set_rgba (cr, ink, alpha);
  if (slot == GT_GANTT_STATUS_RED)
    {
      cairo_set_line_width (cr, 1.3);
      hatch (cr, x, y, w, h);
    }
  else
    {
      dots (cr, x, y, w, h);
    }
  cairo_restore (cr);
}

void
gt_gantt_paint_actual_bar (cairo_t              *cr,
                           const GtGanttPalette *palette,
                           int                   status,
                           double                x,
                           double                y,
                           double                w,
                           double                h,
                           double                done_w)
{
  int slot = gt_gantt_status_slot (status);

  done_w = CLAMP (done_w, 0, w);

  gt_gantt_set_rgb (cr, &palette->status_tint[slot]);
  cairo_rectangle (cr, x + done_w, y, w - done_w, h);
  cairo_fill (cr);
  gt_gantt_set_rgb (cr, &palette->status_fill[slot]);
  cairo_rectangle (cr, x, y, done_w, h);
  cairo_fill (cr);

  /* The pattern shows on both parts: light ink on the solid part, the line
   * colour on the tint. */
  if (slot == GT_GANTT_STATUS_RED || slot == GT_GANTT_STATUS_AMBER)
    {
      const GtGanttRgb *solid_ink = slot == GT_GANTT_STATUS_RED
                                    ? &palette->pattern : &palette->status_line[slot];

      pattern_part (cr, slot, solid_ink, slot == GT_GANTT_STATUS_RED ? 0.5 : 0.9,
                    x, done_w, x, y, w, h);
      pattern_part (cr, slot, &palette->status_line[slot], 0.6,
                    x + done_w, w - done_w, x, y, w, h);
    }

  gt_gantt_set_rgb (cr, &palette->status_line[slot]);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, x + 0.5, y + 0.5, MAX (w - 1, 0), h - 1);
  cairo_stroke (cr);
}

void
gt_gantt_paint_planned_bar (cairo_t              *cr,
                            const GtGanttPalette *palette,
                            double                x,
                            double                y,
                            double                w,
                            double                h)
{
  gt_gantt_set_rgb (cr, &palette->planned_fill);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);
  gt_gantt_set_rgb (cr, &palette->planned_line);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, x + 0.5, y + 0.5, MAX (w - 1, 0), h - 1);
  cairo_stroke (cr);
}

void
gt_gantt_paint_status_mark (cairo_t              *cr,
                            const GtGanttPalette *palette,
                            int                   status,
                            double                cx,
                            double                cy,
                            double                size)
{
  int slot = gt_gantt_status_slot (status);
  double r = size / 2;

  switch (slot)
    {
    case GT_GANTT_STATUS_GREEN:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      break;
    case GT_GANTT_STATUS_AMBER:
      cairo_move_to (cr, cx, cy - r * 1.1);
      cairo_line_to (cr, cx + r * 1.15, cy + r * 0.9);
      cairo_line_to (cr, cx - r * 1.15, cy + r * 0.9);
      cairo_close_path (cr);
      break;
    case GT_GANTT_STATUS_RED:
      cairo_rectangle (cr, cx - r * 0.9, cy - r * 0.9, r * 1.8, r * 1.8);
      break;
    default:
      return;
    }

  gt_gantt_set_rgb (cr, &palette->status_fill[slot]);
  cairo_fill_preserve (cr);
  gt_gantt_set_rgb (cr, &palette->status_line[slot]);
  cairo_set_line_width (cr, 1);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
}

/* The marker's path, just made: filled when done, outlined thicker in the
 * late colour when late and not done. Nodes and approvals alike. */
static void
paint_marker_path (cairo_t              *cr,
                   const GtGanttPalette *palette,
                   gboolean              done,
                   gboolean              late)
{
  gt_gantt_set_rgb (cr, done ? &palette->milestone : &palette->background);
  cairo_fill_preserve (cr);
  gt_gantt_set_rgb (cr, late && !done ? &palette->milestone_late : &palette->milestone);
  cairo_set_line_width (cr, late && !done ? 2.2 : 1.4);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  cairo_stroke (cr);
}

void
gt_gantt_paint_approval (cairo_t              *cr,
                         const GtGanttPalette *palette,
                         double                cx,
                         double                cy,
                         double                size,
                         gboolean              done,
                         gboolean              late)
{
  double r = size / 2;

  cairo_move_to (cr, cx, cy - r);
  cairo_line_to (cr, cx + r, cy + r * 0.8);
  cairo_line_to (cr, cx - r, cy + r * 0.8);
  cairo_close_path (cr);
  paint_marker_path (cr, palette, done, late);
}

void
gt_gantt_paint_milestone (cairo_t              *cr,
                          const GtGanttPalette *palette,
                          double                cx,
                          double                cy,
                          double                size,
                          gboolean              done,
                          gboolean              late)
{
  double r = size / 2;

  cairo_move_to (cr, cx, cy - r);
  cairo_line_to (cr, cx + r, cy);
  cairo_line_to (cr, cx, cy + r);
  cairo_line_to (cr, cx - r, cy);
  cairo_close_path (cr);

  paint_marker_path (cr, palette, done, late);

  /* A late node also gets a cross inside, which greyscale keeps. */
  if (late && !done)
    {
      cairo_move_to (cr, cx - r * 0.3, cy - r * 0.3);
      cairo_line_to (cr, cx + r * 0.3, cy + r * 0.3);
      cairo_move_to (cr, cx + r * 0.3, cy - r * 0.3);
      cairo_line_to (cr, cx - r * 0.3, cy + r * 0.3);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
}

void
gt_gantt_paint_alert (cairo_t              *cr,
                      const GtGanttPalette *palette,
                      double                x,
                      double                cy,
                      double                size)
{
  double r = size / 2;
  double cx = x + r;

  gt_gantt_set_rgb (cr, &palette->status_fill[GT_GANTT_STATUS_RED]);
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
  cairo_fill (cr);

  /* The "!" as two shapes, not a glyph: it must not depend on a font. */
  gt_gantt_set_rgb (cr, &palette->today_text);
  cairo_rectangle (cr, cx - size * 0.07, cy - r * 0.62, size * 0.14, r * 0.8);
  cairo_fill (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx, cy + r * 0.5, size * 0.08, 0, 2 * G_PI);
  cairo_fill (cr);
}
