/* gt-a4-doc.c: what the office's A4 documents drawn with Pango share.
 *
 * The monthly notice, an issue's 交办单/督办单 and the weekly 督查专报 were
 * written one after the other and each measured and drew its text the same
 * way; this is that way, once, so that a fix to how a line is measured or
 * how the page number stands reaches all three.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-a4-doc.h"
#include "gt-chart-text.h"

static void
place (GArray *placements,
       guint   item,
       guint   page,
       double  y)
{
  GtA4Placement placement = { item, page, y };

  g_array_append_val (placements, placement);
}

/* The height from @i on that must stay together: a heading with what follows. */
static double
kept_height (guint        n_items,
             GtA4BoxFunc  box,
             gpointer     data,
             guint        i)
{
  double height = 0;

  for (; i < n_items; i++)
    {
      GtA4Box b;

      box (data, i, &b);
      height += b.height;
      if (!b.keep_with_next)
        break;
    }
  return height;
}

/* A page is cut before an item that would run over it, or before a heading
 * whose following lines would; an item taller than a page stands alone. */
guint
_gt_a4_doc_paginate (guint           n_items,
                     double          text_height,
                     GtA4BoxFunc     box,
                     GtA4HeaderFunc  header,
                     gpointer        data,
                     GArray         *placements)
{
  guint page = 0;
  double y = 0;
  gboolean kept_before = FALSE;

  for (guint i = 0; i < n_items; i++)
    {
      GtA4Box b;
      gboolean starts_kept;
      double need;

      box (data, i, &b);
      starts_kept = b.keep_with_next && !kept_before;
      need = starts_kept ? kept_height (n_items, box, data, i) : b.height;
      kept_before = b.keep_with_next;
      if (b.gap && y == 0)
        continue;
      if (y > 0 && y + MIN (need, text_height) > text_height)
        {
          guint h;

          page++;
          y = 0;
          if (b.gap)
            continue;
          h = header != NULL ? header (data, i) : G_MAXUINT;
          if (h != G_MAXUINT)
            {
              GtA4Box hb;

              box (data, h, &hb);
              place (placements, h, page, y);
              y += hb.height;
            }
        }
      place (placements, i, page, y);
      y += b.height;
    }
  return page + 1;
}

/* Measured without hinting, as a PDF draws: the lines measured are the lines
 * the PDF shows. */
PangoContext *
_gt_a4_doc_new_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_context_set_language (context, gt_chart_text_get_language ());
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

/* A layout @width wide (at least a point, so a narrow cell still wraps
 * rather than runs on), wrapping Chinese between any characters. */
PangoLayout *
_gt_a4_doc_new_layout (PangoContext *context,
                       const char   *family,
                       double        size,
                       gboolean      bold,
                       double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (family);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_font_description_free (font);
  return layout;
}

/* Lines are laid out one by one so that a paragraph can run over a page:
 * each stands on the same pitch (the documents' 行距), its baseline centred
 * in it. */
GArray *
_gt_a4_doc_measure_lines (PangoLayout *layout,
                          const char  *text,
                          double       pitch)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (GtA4Line));
  PangoLayoutIter *iter;

  pango_layout_set_text (layout, text, -1);
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;
      GtA4Line line;
      double top, height;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double) logical.y / PANGO_SCALE;
      height = (double) logical.height / PANGO_SCALE;
      line.height = MAX (pitch, height);
      line.x = (double) logical.x / PANGO_SCALE;
      line.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - top +
                      (line.height - height) / 2;
      g_array_append_val (lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return lines;
}

/* One line of @layout at @x, its baseline at @baseline; red for the
 * office's head (红头). */
void
_gt_a4_doc_draw_line (cairo_t     *cr,
                      PangoLayout *layout,
                      int          line,
                      double       x,
                      double       baseline,
                      gboolean     red)
{
  if (red)
    cairo_set_source_rgb (cr, 0.75, 0, 0);
  else
    cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, x, baseline);
  pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (layout, line));
}

/* The red rule under the head, across the text. */
void
_gt_a4_doc_draw_rule (cairo_t *cr,
                      double   y,
                      double   width)
{
  cairo_set_source_rgb (cr, 0.75, 0, 0);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, 0, y);
  cairo_line_to (cr, width, y);
  cairo_stroke (cr);
}

/* "— 1 —", centred across the page with its top at @y, as official
 * documents number their pages. */
void
_gt_a4_doc_draw_page_number (cairo_t      *cr,
                             PangoContext *context,
                             double        size,
                             double        page_width,
                             double        y,
                             guint         index)
{
  g_autofree char *text = g_strdup_printf ("— %u —", index + 1);
  PangoLayout *layout = _gt_a4_doc_new_layout (context, "Serif", size, FALSE, page_width);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_text (layout, text, -1);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, 0, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}
