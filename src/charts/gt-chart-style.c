/* gt-chart-style.c: the pieces every figure chart shares. The colours are the
 * Gantt chart's (gt-gantt-palette.c), so that a wall chart and a monthly notice
 * printed side by side speak the same language, with the few more that bars of
 * money and a pipeline need.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "gt-chart-private.h"
#include "gt-chart-text.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, \
                   ((hex) & 0xff) / 255.0 }

static const GtChartColors light_colors = {
  .completed      = RGB (0x2f6aa8),
  .completed_line = RGB (0x1d4a7a),
  .month          = RGB (0xa9c4e0),
  .month_line     = RGB (0x5f86b0),
  .stage          = { RGB (0xdce7f2), RGB (0xb5cce4), RGB (0x8aaed3),
                      RGB (0x5f8fc0), RGB (0x3b6ea5), RGB (0x1f4b7c) },
  .band           = RGB (0xf3f5f8),
};

static const GtChartColors dark_colors = {
  .completed      = RGB (0x6f9fd6),
  .completed_line = RGB (0xa4c4ea),
  .month          = RGB (0x36506e),
  .month_line     = RGB (0x5f86b0),
  .stage          = { RGB (0x2c4560), RGB (0x3a5b80), RGB (0x4d76a3),
                      RGB (0x6b93c2), RGB (0x93b3d8), RGB (0xc2d5ec) },
  .band           = RGB (0x2b2b2b),
};

void
gt_chart_style_init (GtChartStyle *style,
                     gboolean      dark,
                     double        scale)
{
  g_return_if_fail (style != NULL);
  style->dark = dark;
  style->scale = scale;
}

const GtChartColors *
gt_chart_colors_get (gboolean dark)
{
  return dark ? &dark_colors : &light_colors;
}

gboolean
gt_chart_begin (GtChart            *chart,
                cairo_t            *cr,
                const GtChartStyle *style,
                double              width,
                double              height)
{
  double scale = style != NULL && style->scale > 0 ? style->scale : 1;
  gboolean dark = style != NULL && style->dark;

  chart->cr = cr;
  chart->palette = gt_gantt_palette_get (dark);
  chart->colors = gt_chart_colors_get (dark);
  chart->width = MAX (width, 0) / scale;
  chart->height = MAX (height, 0) / scale;
  /* About 60 characters across and 30 lines down; a projector's 1920×1080 gets
   * the largest text, a thumbnail the smallest still legible. */
  chart->font_size = CLAMP (MIN (chart->width / 60, chart->height / 30), 7, 20);

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  chart->layout = gt_chart_text_create_layout (cr);
  pango_layout_set_single_paragraph_mode (chart->layout, TRUE);

  gt_gantt_set_rgb (cr, &chart->palette->background);
  cairo_rectangle (cr, 0, 0, chart->width, chart->height);
  cairo_fill (cr);

  /* Below a word's size there is nothing to lay out. */
  if (chart->width < 4 * GT_CHART_MIN_FONT || chart->height < 3 * GT_CHART_MIN_FONT)
    {
      gt_chart_end (chart);
      return FALSE;
    }
  return TRUE;
}

void
gt_chart_end (GtChart *chart)
{
  g_clear_object (&chart->layout);
  cairo_restore (chart->cr);
}

GPtrArray *
gt_chart_groups (const GtFigures *figures,
                 GtChartGrouping  grouping)
{
  static GPtrArray *none;
  GPtrArray *groups = NULL;

  if (figures != NULL)
    switch (grouping)
      {
      case GT_CHART_BY_LOCALITY:
        groups = figures->by_locality;
        break;
      case GT_CHART_BY_UNIT:
        groups = figures->by_unit;
        break;
      case GT_CHART_BY_LEADER:
        groups = figures->by_leader;
        break;
      case GT_CHART_N_GROUPINGS:
      default:
        g_critical ("Unknown chart grouping %d", grouping);
        break;
      }

  if (groups != NULL)
    return groups;
  if (g_once_init_enter (&none))
    g_once_init_leave (&none, g_ptr_array_new ());
  return none;
}

gboolean
gt_chart_is_empty (const GtFigures *figures)
{
  return figures == NULL || figures->total.projects == 0;
}

static void
set_font (GtChart  *chart,
          double    size,
          gboolean  bold)
{
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  /* A rectangle too small for any row still gets measured. */
  size = MAX (size, 1);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (chart->layout, font);
  pango_font_description_free (font);
}

static void
set_text (GtChart    *chart,
          const char *text,
          double      size,
          gboolean    bold,
          double      w)
{
  set_font (chart, size, bold);
  pango_layout_set_wrap (chart->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (chart->layout, -1);
  if (w > 0)
    {
      pango_layout_set_width (chart->layout, (int) (w * PANGO_SCALE));
      pango_layout_set_ellipsize (chart->layout, PANGO_ELLIPSIZE_END);
    }
  else
    {
      pango_layout_set_width (chart->layout, -1);
      pango_layout_set_ellipsize (chart->layout, PANGO_ELLIPSIZE_NONE);
    }
  pango_layout_set_text (chart->layout, text, -1);
}

double
gt_chart_text_width (GtChart    *chart,
                     const char *text,
                     double      size,
                     gboolean    bold)
{
  PangoRectangle logical;

  set_text (chart, text, size, bold, -1);
  pango_layout_get_extents (chart->layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

double
gt_chart_line_height (GtChart *chart,
                      double   size)
{
  PangoRectangle logical;

  set_text (chart, "国0", size, FALSE, -1);
  pango_layout_get_extents (chart->layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

double
gt_chart_draw_text (GtChart          *chart,
                    const char       *text,
                    double            size,
                    gboolean          bold,
                    const GtGanttRgb *color,
                    double            x,
                    double            y,
                    double            w,
                    double            h,
                    GtGanttAlign      align)
{
  PangoRectangle ink, logical;
  double line = gt_chart_line_height (chart, size);
  double tw, th;

  if (text == NULL || *text == '\0' || w == 0 || h <= 0)
    return 0;
  /* Shrink to the box's height rather than spill over the next row. */
  if (line > h)
    size *= h / line;
  if (size < GT_CHART_MIN_FONT)
    return 0;

  set_text (chart, text, size, bold, w);
  pango_layout_get_extents (chart->layout, &ink, &logical);
  tw = (double) logical.width / PANGO_SCALE;
  th = (double) logical.height / PANGO_SCALE;
  /* An ellipsis alone is no label. */
  if (w > 0 && w < size * 1.5 && pango_layout_is_ellipsized (chart->layout))
    return 0;
  if (w > 0 && align != GT_GANTT_ALIGN_START && tw < w)
    x += align == GT_GANTT_ALIGN_CENTER ? (w - tw) / 2 : w - tw;

  gt_gantt_set_rgb (chart->cr, color);
  cairo_move_to (chart->cr, x - (double) logical.x / PANGO_SCALE,
                 y + (h - th) / 2 - (double) logical.y / PANGO_SCALE);
  pango_cairo_show_layout (chart->cr, chart->layout);
  return w > 0 ? MIN (tw, w) : tw;
}

double
gt_chart_draw_paragraph (GtChart          *chart,
                         const char       *text,
                         double            size,
                         const GtGanttRgb *color,
                         double            x,
                         double            y,
                         double            w,
                         double            h)
{
  PangoRectangle logical;

  if (text == NULL || *text == '\0' || w < size * 2 || h < gt_chart_line_height (chart, size))
    return 0;

  set_text (chart, text, size, FALSE, w);
  pango_layout_set_height (chart->layout, (int) (h * PANGO_SCALE));
  pango_layout_get_extents (chart->layout, NULL, &logical);
  gt_gantt_set_rgb (chart->cr, color);
  cairo_move_to (chart->cr, x, y);
  pango_cairo_show_layout (chart->cr, chart->layout);
  return MIN ((double) logical.height / PANGO_SCALE, h);
}

char *
gt_chart_format_more (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more not shown",
                                       "… and %u more not shown", n), n);
}

void
gt_chart_draw_no_data (GtChart *chart)
{
  double size = chart->font_size * 1.3;

  gt_chart_draw_text (chart, C_("chart", "No data"), size, FALSE, &chart->palette->text_dim,
                      2, 0, chart->width - 4, chart->height, GT_GANTT_ALIGN_CENTER);
}

double
gt_chart_draw_legend (GtChart          *chart,
                      const GtChartKey *keys,
                      guint             n_keys,
                      double            x,
                      double            y,
                      double            w,
                      double            h)
{
  double size = chart->font_size * 0.9;
  double swatch_w = size * 1.6;
  double swatch_h = MIN (size * 0.9, h);
  double gap = size * 1.2;
  double right = x + w;
  double start = x;

  if (h <= 0)
    return 0;
  for (guint i = 0; i < n_keys; i++)
    {
      double tw = gt_chart_text_width (chart, keys[i].label, size, FALSE);

      if (x + swatch_w + size * 0.4 + tw > right)
        break;
      keys[i].paint (chart, x, y + (h - swatch_h) / 2, swatch_w, swatch_h, keys[i].data);
      x += swatch_w + size * 0.4;
      x += gt_chart_draw_text (chart, keys[i].label, size, FALSE, &chart->palette->text,
                               x, y, -1, h, GT_GANTT_ALIGN_START);
      x += gap;
    }
  return x - start;
}

void
gt_chart_fill_rect (GtChart          *chart,
                    const GtGanttRgb *fill,
                    const GtGanttRgb *line,
                    double            x,
                    double            y,
                    double            w,
                    double            h)
{
  cairo_t *cr = chart->cr;

  if (w <= 0 || h <= 0)
    return;
  gt_gantt_set_rgb (cr, fill);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);
  if (line != NULL && w > 2 && h > 2)
    {
      gt_gantt_set_rgb (cr, line);
      cairo_set_line_width (cr, 1);
      cairo_rectangle (cr, x + 0.5, y + 0.5, w - 1, h - 1);
      cairo_stroke (cr);
    }
}

void
gt_chart_paint_target (GtChart *chart,
                       double   x,
                       double   y0,
                       double   y1,
                       double   thickness)
{
  cairo_t *cr = chart->cr;
  double t = MAX (thickness, 1);
  double head = MIN (t * 2.2, (y1 - y0) / 3);

  gt_gantt_set_rgb (cr, &chart->palette->background);
  cairo_rectangle (cr, x - t / 2 - 1, y0, t + 2, y1 - y0);
  cairo_fill (cr);
  gt_gantt_set_rgb (cr, &chart->palette->today);
  cairo_rectangle (cr, x - t / 2, y0, t, y1 - y0);
  cairo_fill (cr);
  cairo_move_to (cr, x - head, y0);
  cairo_line_to (cr, x + head, y0);
  cairo_line_to (cr, x, y0 + head * 1.2);
  cairo_close_path (cr);
  cairo_fill (cr);
}

gint64
gt_chart_nice_step (gint64 max,
                    guint  max_ticks)
{
  static const int factors[] = { 1, 2, 5 };
  gint64 power = 1;

  if (max <= 0 || max_ticks == 0)
    return MAX (max, 1);
  while (power <= G_MAXINT64 / 10)
    {
      for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
        {
          gint64 step = power * factors[i];

          if ((max + step - 1) / step <= (gint64) max_ticks)
            return step;
        }
      power *= 10;
    }
  return max;
}
