/* gt-gantt-legend.c: the key printed under a Gantt wall chart.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "gt-gantt-private.h"

typedef enum {
  KEY_PLANNED,
  KEY_ACTUAL,
  KEY_GREEN,
  KEY_AMBER,
  KEY_RED,
  KEY_MILESTONE_DONE,
  KEY_MILESTONE_TODO,
  KEY_MILESTONE_LATE,
  KEY_APPROVAL,             /* only with approvals on the chart */
  KEY_TODAY,
  KEY_FRONT_LINE,           /* only with the front line drawn */
  N_KEYS
} Key;

static const char * const key_labels[N_KEYS] = {
  [KEY_PLANNED]        = NC_("gantt legend", "Planned period"),
  [KEY_ACTUAL]         = NC_("gantt legend", "Actual progress (done / to do)"),
  [KEY_GREEN]          = NC_("gantt legend", "On schedule"),
  [KEY_AMBER]          = NC_("gantt legend", "Behind schedule"),
  [KEY_RED]            = NC_("gantt legend", "Seriously behind"),
  [KEY_MILESTONE_DONE] = NC_("gantt legend", "Milestone reached"),
  [KEY_MILESTONE_TODO] = NC_("gantt legend", "Milestone ahead"),
  [KEY_MILESTONE_LATE] = NC_("gantt legend", "Milestone overdue"),
  /* TRANSLATORS: 审批手续：空心未办结，实心已办结 */
  [KEY_APPROVAL]       = NC_("gantt legend", "Approval due: hollow until given, "
                                             "filled once given"),
  [KEY_TODAY]          = NC_("gantt legend", "Today line"),
  /* TRANSLATORS: 前锋线：右折为超前，左折为滞后 */
  [KEY_FRONT_LINE]     = NC_("gantt legend", "Front line: bends right when ahead, "
                                             "left when behind"),
};

#define SWATCH_W   36.0
#define SWATCH_H   12.0
#define LINE_H     24.0
#define KEY_GAP    22.0

static void
paint_swatch (const GtGanttView *view,
              cairo_t           *cr,
              Key                key,
              double             x,
              double             cy)
{
  const GtGanttPalette *palette = view->palette;
  double y = round (cy - SWATCH_H / 2);
  int status = key - KEY_GREEN;

  switch (key)
    {
    case KEY_PLANNED:
      gt_gantt_paint_planned_bar (cr, palette, x, y + 3, SWATCH_W, SWATCH_H - 6);
      break;
    case KEY_ACTUAL:
      gt_gantt_paint_actual_bar (cr, palette, GT_GANTT_STATUS_NONE, x, y, SWATCH_W, SWATCH_H,
                                 SWATCH_W * 0.6);
      break;
    case KEY_GREEN:
    case KEY_AMBER:
    case KEY_RED:
      gt_gantt_paint_status_mark (cr, palette, status, x + 5, cy, 10);
      gt_gantt_paint_actual_bar (cr, palette, status, x + 14, y, SWATCH_W - 14, SWATCH_H,
                                 SWATCH_W - 14);
      break;
    case KEY_MILESTONE_DONE:
    case KEY_MILESTONE_TODO:
    case KEY_MILESTONE_LATE:
      gt_gantt_paint_milestone (cr, palette, x + SWATCH_W / 2, cy, 13,
                                key == KEY_MILESTONE_DONE, key == KEY_MILESTONE_LATE);
      break;
    case KEY_APPROVAL:
      /* One to be given and one given, as the label reads. */
      gt_gantt_paint_approval (cr, palette, x + SWATCH_W / 4, cy, 12, FALSE, FALSE);
      gt_gantt_paint_approval (cr, palette, x + SWATCH_W * 3 / 4, cy, 12, TRUE, FALSE);
      break;
    case KEY_TODAY:
      gt_gantt_set_rgb (cr, &palette->today);
      cairo_rectangle (cr, x + SWATCH_W / 2 - 1, cy - LINE_H / 2 + 3, 2, LINE_H - 6);
      cairo_fill (cr);
      break;
    case KEY_FRONT_LINE:
      gt_gantt_paint_front_line_key (cr, palette, x, cy, SWATCH_W, LINE_H - 6);
      break;
    case N_KEYS:
    default:
      g_assert_not_reached ();
    }
  if (key == KEY_RED)
    gt_gantt_paint_alert (cr, palette, x + SWATCH_W + 3, cy, GT_GANTT_SMALL_SIZE);
}

static double
swatch_width (Key key)
{
  return key == KEY_RED ? SWATCH_W + GT_GANTT_SMALL_SIZE + 3 : SWATCH_W;
}

/* Lays the keys out in lines; draws them when @cr is not NULL. Returns the
 * height taken, in layout px. */
static double
legend_pass (GtGanttView *view,
             cairo_t     *cr,
             double       width)
{
  const char *title = C_("gantt", "Legend:");
  double x;
  double y = 0;

  x = gt_gantt_text_width (view, view->bold, title) + 12;
  if (cr != NULL)
    {
      gt_gantt_set_rgb (cr, &view->palette->text);
      gt_gantt_draw_text (view, cr, view->bold, title, 0, y, -1, LINE_H,
                          GT_GANTT_ALIGN_START);
    }

  for (Key key = 0; key < N_KEYS; key++)
    {
      const char *label = g_dpgettext2 (GETTEXT_PACKAGE, "gantt legend", key_labels[key]);
      double w;

      if (key == KEY_FRONT_LINE && !view->opts->front_line)
        continue;
      if (key == KEY_APPROVAL && !view->opts->approvals)
        continue;
      w = swatch_width (key) + 6 + gt_gantt_text_width (view, view->font, label);
      if (x > 0 && x + w > width)
        {
          x = 0;
          y += LINE_H;
        }
      if (cr != NULL)
        {
          paint_swatch (view, cr, key, x, y + LINE_H / 2);
          gt_gantt_set_rgb (cr, &view->palette->text);
          gt_gantt_draw_text (view, cr, view->font, label, x + swatch_width (key) + 6, y, -1,
                              LINE_H, GT_GANTT_ALIGN_START);
        }
      x += w + KEY_GAP;
    }
  return y + LINE_H;
}

static void
legend_view_init (GtGanttView          *view,
                  const GtGanttOptions *opts,
                  cairo_t              *cr)
{
  *view = (GtGanttView) { 0 };
  view->opts = opts;
  view->palette = gt_gantt_palette_get (opts->dark);
  gt_gantt_view_init_text (view, cr);
}

void
gt_gantt_renderer_draw_legend (const GtGanttOptions *opts,
                               cairo_t              *cr,
                               double                width)
{
  GtGanttView view;

  g_return_if_fail (opts != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (opts->scale > 0);

  cairo_save (cr);
  cairo_scale (cr, opts->scale, opts->scale);
  legend_view_init (&view, opts, cr);
  legend_pass (&view, cr, width / opts->scale);
  gt_gantt_view_clear_text (&view);
  cairo_restore (cr);
}

double
gt_gantt_legend_height (const GtGanttOptions *opts,
                        double                width)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  GtGanttView view;
  double height;

  g_return_val_if_fail (opts != NULL, 0);
  g_return_val_if_fail (opts->scale > 0, 0);

  /* Text is measured the same on any surface: fonts are sized absolutely. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  legend_view_init (&view, opts, cr);
  height = legend_pass (&view, NULL, width / opts->scale);
  gt_gantt_view_clear_text (&view);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return height * opts->scale;
}
