/* gt-table-print.c: a table paged onto paper.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-chart-text.h"
#include "gt-table-print.h"

#define FONT_SIZE     8.0
#define ROW_HEIGHT    15.0
#define HEADER_HEIGHT 26.0
#define PAD           3.0

struct _GtTablePrint {
  GtExportTable *table;
  GtPrintTitle   title;
  char          *office_name;
  char          *chart_name;
  double         width;
  double         height;
  double        *column_x;      /* n_columns + 1 edges */
  guint          rows_per_page;
  guint          n_pages;
};

GtTablePrint *
gt_table_print_new (GtExportTable      *table,
                    const GtPrintTitle *title,
                    double              width,
                    double              height)
{
  GtTablePrint *self = g_new0 (GtTablePrint, 1);
  guint n_columns = gt_export_table_get_n_columns (table);
  double area_width = width - 2 * GT_PRINT_MARGIN;
  double room, total = 0;

  self->table = table;
  self->office_name = g_strdup (title->office_name);
  self->chart_name = g_strdup (title->chart_name != NULL ? title->chart_name
                                                         : gt_export_table_get_title (table));
  self->title = *title;
  self->title.office_name = self->office_name;
  self->title.chart_name = self->chart_name;
  self->width = width;
  self->height = height;

  for (guint c = 0; c < n_columns; c++)
    total += gt_export_table_get_width (table, c);
  self->column_x = g_new0 (double, n_columns + 1);
  for (guint c = 0; c < n_columns; c++)
    self->column_x[c + 1] = self->column_x[c]
                            + area_width * gt_export_table_get_width (table, c) / MAX (total, 1);

  room = height - 2 * GT_PRINT_MARGIN - gt_print_title_height () - gt_print_footer_height ()
         - HEADER_HEIGHT;
  self->rows_per_page = MAX ((guint) (room / ROW_HEIGHT), 1);
  self->n_pages = MAX ((gt_export_table_get_n_rows (table) + self->rows_per_page - 1)
                       / self->rows_per_page, 1);
  return self;
}

void
gt_table_print_free (GtTablePrint *self)
{
  if (self == NULL)
    return;
  g_free (self->office_name);
  g_free (self->chart_name);
  g_free (self->column_x);
  g_free (self);
}

guint
gt_table_print_get_n_pages (GtTablePrint *self)
{
  return self->n_pages;
}

guint
gt_table_print_rows_per_page (GtTablePrint *self)
{
  return self->rows_per_page;
}

static void
show_cell (PangoLayout *layout,
           cairo_t     *cr,
           const char  *text,
           double       x,
           double       y,
           double       width,
           double       height,
           gboolean     right,
           gboolean     wrap)
{
  int text_height;

  pango_layout_set_width (layout, (int) ((width - 2 * PAD) * PANGO_SCALE));
  pango_layout_set_alignment (layout, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, wrap ? (int) ((height - 2) * PANGO_SCALE) : -1);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, NULL, &text_height);
  cairo_move_to (cr, x + PAD, y + (height - (double) text_height / PANGO_SCALE) / 2);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_page (gpointer  data,
           cairo_t  *cr,
           guint     index)
{
  GtTablePrint *self = data;
  GtExportTable *table = self->table;
  guint n_columns = gt_export_table_get_n_columns (table);
  guint n_rows = gt_export_table_get_n_rows (table);
  double area_width = self->width - 2 * GT_PRINT_MARGIN;
  double right = self->column_x[n_columns];
  PangoLayout *layout;
  PangoFontDescription *font, *bold;
  guint first = index * self->rows_per_page;
  guint last = MIN (first + self->rows_per_page, n_rows);
  double y, top;

  cairo_save (cr);
  cairo_translate (cr, GT_PRINT_MARGIN, GT_PRINT_MARGIN);
  y = gt_print_draw_title (cr, &self->title, area_width);

  layout = gt_chart_text_create_layout (cr);
  font = pango_font_description_from_string ("Sans");
  pango_font_description_set_absolute_size (font, FONT_SIZE * PANGO_SCALE);
  bold = pango_font_description_copy (font);
  pango_font_description_set_weight (bold, PANGO_WEIGHT_BOLD);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

  /* The header, on every page. */
  cairo_set_source_rgb (cr, 0.87, 0.89, 0.93);
  cairo_rectangle (cr, 0, y, right, HEADER_HEIGHT);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  pango_layout_set_font_description (layout, bold);
  for (guint c = 0; c < n_columns; c++)
    show_cell (layout, cr, gt_export_table_get_header (table, c), self->column_x[c], y,
               self->column_x[c + 1] - self->column_x[c], HEADER_HEIGHT, FALSE, TRUE);
  y += HEADER_HEIGHT;

  for (guint r = first; r < last; r++, y += ROW_HEIGHT)
    {
      GtExportRowKind kind = gt_export_table_get_row_kind (table, r);

      if (kind != GT_EXPORT_ROW_PLAIN)
        {
          cairo_set_source_rgb (cr, kind == GT_EXPORT_ROW_TOTAL ? 0.93 : 0.96,
                                0.95, kind == GT_EXPORT_ROW_TOTAL ? 0.90 : 0.97);
          cairo_rectangle (cr, 0, y, right, ROW_HEIGHT);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      pango_layout_set_font_description (layout, kind == GT_EXPORT_ROW_PLAIN ? font : bold);
      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *text = gt_export_table_format_cell (table, r, c);
          const char *raw;
          gboolean number = gt_export_table_get_cell (table, r, c, &raw, NULL) && raw == NULL;
          double x = self->column_x[c];
          double w = self->column_x[c + 1] - x;

          /* A group title runs across the row. */
          if (kind == GT_EXPORT_ROW_GROUP && c == 0)
            w = right;
          else if (kind == GT_EXPORT_ROW_GROUP)
            break;
          show_cell (layout, cr, text, x, y, w, ROW_HEIGHT, number, FALSE);
        }
    }

  /* Rules: rows and columns. */
  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_set_line_width (cr, 0.5);
  top = y - (last - first) * ROW_HEIGHT - HEADER_HEIGHT;
  for (guint i = 0; i <= last - first + 1; i++)
    {
      double ry = top + (i > 0 ? HEADER_HEIGHT + (i - 1) * ROW_HEIGHT : 0);

      cairo_move_to (cr, 0, ry);
      cairo_line_to (cr, right, ry);
    }
  for (guint c = 0; c <= n_columns; c++)
    {
      cairo_move_to (cr, self->column_x[c], top);
      cairo_line_to (cr, self->column_x[c], y);
    }
  cairo_stroke (cr);

  pango_font_description_free (font);
  pango_font_description_free (bold);
  g_object_unref (layout);
  gt_print_draw_page_number (cr, index, self->n_pages, area_width,
                             self->height - 2 * GT_PRINT_MARGIN);
  cairo_restore (cr);
}

void
gt_table_print_get_doc (GtTablePrint *self,
                        GtExportDoc  *doc)
{
  *doc = (GtExportDoc) {
    .width = self->width,
    .height = self->height,
    .n_pages = self->n_pages,
    .draw_page = draw_page,
    .data = self,
  };
}
