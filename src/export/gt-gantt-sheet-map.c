/* gt-gantt-sheet-map.c: the map of a wall chart's sheets.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-chart-text.h"
#include "gt-gantt-sheet-map.h"

#define MARK_SIZE  16.0
#define LABEL_SIZE 10.0
#define HEAD_SIZE  13.0
/* A cell of the map is never larger than a sheet drawn at this share. */
#define MAX_CELL_W 220.0

static void
show (cairo_t    *cr,
      PangoLayout *layout,
      const char *text,
      double      size,
      gboolean    bold,
      double      x,
      double      y,
      double      w)
{
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, w > 0 ? (int) (w * PANGO_SCALE) : -1);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_ellipsize (layout, w > 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
}

/* The 序号 of the first and last project in rows [@first, @first + @n). */
static gboolean
serial_range (const GtGanttRow *rows,
              guint             first,
              guint             n,
              guint            *from,
              guint            *to)
{
  *from = 0;
  *to = 0;
  for (guint i = first; i < first + n; i++)
    if (rows[i].serial > 0)
      {
        if (*from == 0)
          *from = rows[i].serial;
        *to = rows[i].serial;
      }
  return *from > 0;
}

/* "2023-01 – 2023-06": the months of dates a column of sheets shows. */
static char *
month_range (const GtGanttOptions *opts,
             const GtTilePage     *page)
{
  double label = gt_gantt_x_for_date (opts, &opts->start);
  GDate first, last;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  if (!gt_gantt_date_for_x (opts, label + page->scroll_x + 0.01, &first) ||
      !gt_gantt_date_for_x (opts, label + page->scroll_x + page->span_width - 0.01, &last))
    return g_strdup ("");
  return g_strdup_printf ("%d-%02d – %d-%02d", g_date_get_year (&first),
                          g_date_get_month (&first), g_date_get_year (&last),
                          g_date_get_month (&last));
}

void
gt_gantt_sheet_map_draw (cairo_t              *cr,
                         const GtTiling       *tiling,
                         const GtGanttOptions *opts,
                         const GtGanttRow     *rows,
                         guint                 n_rows,
                         double                width,
                         double                height)
{
  g_autoptr(PangoLayout) layout = gt_chart_text_create_layout (cr);
  double cell_w, cell_h, x0, y0;
  double head = HEAD_SIZE * 2.2;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  show (cr, layout, _("How the sheets go on the wall"), HEAD_SIZE, TRUE, 0, 0, width);

  /* Cells shaped like the sheets' printed part, as large as the page allows. */
  cell_w = MIN (width / tiling->pages_across, MAX_CELL_W);
  cell_h = MIN ((height - head) / tiling->pages_down, cell_w * 0.7);
  cell_w = MIN (cell_w, cell_h / 0.7);
  x0 = (width - cell_w * tiling->pages_across) / 2;
  y0 = head;

  cairo_set_line_width (cr, 1);
  for (guint down = 0; down < tiling->pages_down; down++)
    for (guint across = 0; across < tiling->pages_across; across++)
      {
        guint index = down * tiling->pages_across + across;
        g_autofree char *mark = gt_page_tiling_sheet_mark (down, across);
        g_autofree char *months = NULL;
        g_autofree char *serials = NULL;
        double x = x0 + across * cell_w;
        double y = y0 + down * cell_h;
        GtTilePage page;
        guint from, to;

        if (!gt_page_tiling_get_page (tiling, index, &page))
          continue;
        cairo_set_source_rgb (cr, across == 0 ? 0.93 : 0.97, 0.95, 0.97);
        cairo_rectangle (cr, x + 2, y + 2, cell_w - 4, cell_h - 4);
        cairo_fill_preserve (cr);
        cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
        cairo_stroke (cr);

        cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
        show (cr, layout, mark, MARK_SIZE, TRUE, x, y + cell_h * 0.12, cell_w);
        months = month_range (opts, &page);
        if (serial_range (rows, page.first_row, MIN (page.n_rows, n_rows - page.first_row),
                          &from, &to))
          /* TRANSLATORS: 序号 %u–%u, the projects on a sheet */
          serials = g_strdup_printf (_("No. %u–%u"), from, to);
        cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
        if (cell_h > MARK_SIZE * 1.5 + LABEL_SIZE * 3.2)
          {
            show (cr, layout, serials != NULL ? serials : "", LABEL_SIZE, FALSE, x,
                  y + cell_h * 0.12 + MARK_SIZE * 1.6, cell_w);
            show (cr, layout, months, LABEL_SIZE, FALSE, x,
                  y + cell_h * 0.12 + MARK_SIZE * 1.6 + LABEL_SIZE * 1.5, cell_w);
          }
      }
  cairo_restore (cr);
}

void
gt_gantt_sheet_map_draw_mark (cairo_t    *cr,
                              const char *mark,
                              double      right,
                              double      top)
{
  g_autoptr(PangoLayout) layout = gt_chart_text_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans Bold");
  PangoRectangle logical;
  double w, h;

  pango_font_description_set_absolute_size (font, MARK_SIZE * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, mark, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  w = (double) logical.width / PANGO_SCALE + 10;
  h = (double) logical.height / PANGO_SCALE + 4;

  cairo_save (cr);
  cairo_set_line_width (cr, 1.2);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_rectangle (cr, right - w, top, w, h);
  cairo_stroke (cr);
  cairo_move_to (cr, right - w + 5 - (double) logical.x / PANGO_SCALE, top + 2);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}
