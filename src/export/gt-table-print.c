/* gt-table-print.c: a table paged onto paper.
 *
 * Figures are never cut: every column of numbers (money, rates, dates) is as
 * wide as its widest cell, and when the columns do not fit across the page the
 * type shrinks until they do. Text columns share the width that is left and
 * wrap, so rows are as tall as their text; a row taller than a page is the one
 * place where text ends in "…".
 *
 * The layout is measured once, when the print is made for a paper size; the
 * pages then only draw what was measured.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-chart-text.h"
#include "gt-rag.h"
#include "gt-table-print.h"

#define FONT_SIZE      8.0     /* points, at which a table is set if it fits */
#define MIN_FONT_SIZE  4.5
#define PAD            3.0     /* inside a cell, each side, at FONT_SIZE */
#define MIN_CHARS      4       /* no column is narrower than this, in characters */
#define SLACK          1.0     /* points: what rounding may add to a measured width */

struct _GtTablePrint {
  GtExportTable *table;
  GtPrintTitle   title;
  char          *office_name;
  char          *chart_name;
  double         width;
  double         height;
  double         font_size;
  double         pad;
  double         mark_width;    /* the lights' column of marks, 0 for none */
  double        *column_x;      /* n_columns + 1 edges */
  double         header_height;
  double        *row_height;    /* a row's height, each row */
  double         max_row_height;
  GArray        *page_starts;   /* guint: a page's first row */
};

typedef struct {
  PangoLayout          *layout;
  PangoFontDescription *font;
  PangoFontDescription *bold;
} Pen;

/* The same shaping wherever a page is measured or drawn: no hinting of metrics,
 * which an image surface would do and a PDF does not. */
static void
pen_init (Pen     *pen,
          cairo_t *cr,
          double   size)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  pen->layout = gt_chart_text_create_layout (cr);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (pen->layout), options);
  pango_layout_context_changed (pen->layout);
  cairo_font_options_destroy (options);

  pen->font = pango_font_description_from_string ("Sans");
  pango_font_description_set_absolute_size (pen->font, size * PANGO_SCALE);
  pen->bold = pango_font_description_copy (pen->font);
  pango_font_description_set_weight (pen->bold, PANGO_WEIGHT_BOLD);
  pango_layout_set_wrap (pen->layout, PANGO_WRAP_WORD_CHAR);
}

static void
pen_clear (Pen *pen)
{
  pango_font_description_free (pen->font);
  pango_font_description_free (pen->bold);
  g_object_unref (pen->layout);
}

/* Sets @text in @pen for a box @width wide (−1: one line, any width) and
 * returns its size. */
static void
pen_set (Pen        *pen,
         const char *text,
         gboolean    bold,
         double      width,
         double     *text_width,
         double     *text_height)
{
  int w, h;

  pango_layout_set_font_description (pen->layout, bold ? pen->bold : pen->font);
  pango_layout_set_width (pen->layout, width < 0 ? -1 : (int) (width * PANGO_SCALE));
  pango_layout_set_height (pen->layout, -1);
  pango_layout_set_ellipsize (pen->layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (pen->layout, text, -1);
  pango_layout_get_size (pen->layout, &w, &h);
  if (text_width != NULL)
    *text_width = (double) w / PANGO_SCALE;
  if (text_height != NULL)
    *text_height = (double) h / PANGO_SCALE;
}

static gboolean
is_figure (GtExportTable *table,
           guint          column)
{
  return gt_export_table_get_kind (table, column) != GT_EXPORT_TEXT;
}

static gboolean
has_lights (GtExportTable *table)
{
  for (guint r = 0; r < gt_export_table_get_n_rows (table); r++)
    if (gt_export_table_get_row_light (table, r) >= 0)
      return TRUE;
  return FALSE;
}

/* The narrowest each column may be at @pen's size: a figure column its widest
 * cell on one line, and any column MIN_CHARS characters, for its header. */
static void
measure_minimums (GtTablePrint *self,
                  Pen          *pen,
                  double       *minimum)
{
  GtExportTable *table = self->table;
  guint n_columns = gt_export_table_get_n_columns (table);
  double one_char;

  pen_set (pen, "国", FALSE, -1, &one_char, NULL);
  for (guint c = 0; c < n_columns; c++)
    {
      minimum[c] = MIN_CHARS * one_char;
      for (guint r = 0; is_figure (table, c) && r < gt_export_table_get_n_rows (table); r++)
        {
          GtExportRowKind kind = gt_export_table_get_row_kind (table, r);
          g_autofree char *text = NULL;
          double w;

          if (kind == GT_EXPORT_ROW_GROUP)
            continue;
          text = gt_export_table_format_cell (table, r, c);
          pen_set (pen, text, kind == GT_EXPORT_ROW_TOTAL, -1, &w, NULL);
          minimum[c] = MAX (minimum[c], w + SLACK);
        }
      minimum[c] += 2 * self->pad + (c == 0 ? self->mark_width : 0);
    }
}

/* Figure columns are as wide as they need; the text columns share what is
 * left by their widths, none below its minimum. */
static void
share_width (GtTablePrint *self,
             const double *minimum,
             double        area)
{
  GtExportTable *table = self->table;
  guint n_columns = gt_export_table_get_n_columns (table);
  g_autofree gboolean *fixed = g_new0 (gboolean, n_columns);
  g_autofree double *width = g_new0 (double, n_columns);
  gboolean changed = TRUE;

  for (guint c = 0; c < n_columns; c++)
    fixed[c] = is_figure (table, c);

  /* Columns held at their minimum leave the rest to the others, until no
   * other falls below its own. */
  while (changed)
    {
      double free_area = area, weights = 0;

      changed = FALSE;
      for (guint c = 0; c < n_columns; c++)
        {
          if (fixed[c])
            free_area -= minimum[c];
          else
            weights += MAX (gt_export_table_get_width (table, c), 1);
        }
      for (guint c = 0; c < n_columns; c++)
        {
          if (fixed[c])
            {
              width[c] = minimum[c];
              continue;
            }
          width[c] = MAX (free_area, 0) * MAX (gt_export_table_get_width (table, c), 1)
                     / MAX (weights, 1);
          if (width[c] < minimum[c])
            {
              fixed[c] = TRUE;
              changed = TRUE;
            }
        }
    }

  self->column_x[0] = 0;
  for (guint c = 0; c < n_columns; c++)
    self->column_x[c + 1] = self->column_x[c] + width[c];
}

static double
cell_inner_width (GtTablePrint *self,
                  guint         column)
{
  return self->column_x[column + 1] - self->column_x[column] - 2 * self->pad
         - (column == 0 ? self->mark_width : 0);
}

/* The header's height and each row's, their text wrapped in their columns; no
 * row taller than what a page holds under the header. */
static void
measure_rows (GtTablePrint *self,
              Pen          *pen,
              double        room)
{
  GtExportTable *table = self->table;
  guint n_columns = gt_export_table_get_n_columns (table);
  guint n_rows = gt_export_table_get_n_rows (table);
  double line, h;

  pen_set (pen, "国", FALSE, -1, NULL, &line);
  self->header_height = line + 2 * self->pad;
  for (guint c = 0; c < n_columns; c++)
    {
      pen_set (pen, gt_export_table_get_header (table, c), TRUE, cell_inner_width (self, c),
               NULL, &h);
      self->header_height = MAX (self->header_height, h + 2 * self->pad);
    }
  self->max_row_height = room - self->header_height;

  for (guint r = 0; r < n_rows; r++)
    {
      GtExportRowKind kind = gt_export_table_get_row_kind (table, r);
      double height = line;

      for (guint c = 0; kind != GT_EXPORT_ROW_GROUP && c < n_columns; c++)
        {
          g_autofree char *text = NULL;

          if (is_figure (table, c))
            continue;
          text = gt_export_table_format_cell (table, r, c);
          pen_set (pen, text, kind == GT_EXPORT_ROW_TOTAL, cell_inner_width (self, c), NULL,
                   &h);
          height = MAX (height, h);
        }
      self->row_height[r] = MIN (height + 2 * self->pad, self->max_row_height);
    }
}

static void
paginate (GtTablePrint *self)
{
  guint n_rows = gt_export_table_get_n_rows (self->table);
  double room = self->max_row_height;
  double used = 0;
  guint first = 0;

  g_array_append_val (self->page_starts, first);
  for (guint r = 0; r < n_rows; r++)
    {
      /* A group heading does not stand alone at the foot of a page. */
      gboolean heading = gt_export_table_get_row_kind (self->table, r) == GT_EXPORT_ROW_GROUP;
      double need = self->row_height[r] + (heading && r + 1 < n_rows ? self->row_height[r + 1]
                                                                       : 0);

      if (used > 0 && used + MIN (need, room) > room)
        {
          g_array_append_val (self->page_starts, r);
          used = 0;
        }
      used += self->row_height[r];
    }
}

GtTablePrint *
gt_table_print_new (GtExportTable      *table,
                    const GtPrintTitle *title,
                    double              width,
                    double              height)
{
  GtTablePrint *self = g_new0 (GtTablePrint, 1);
  guint n_columns = gt_export_table_get_n_columns (table);
  double area_width = width - 2 * GT_PRINT_MARGIN;
  g_autofree double *minimum = g_new0 (double, n_columns);
  cairo_surface_t *surface;
  cairo_t *cr;
  double needed = 0;
  Pen pen;

  self->table = table;
  self->office_name = g_strdup (title->office_name);
  self->chart_name = g_strdup (title->chart_name != NULL ? title->chart_name
                                                         : gt_export_table_get_title (table));
  self->title = *title;
  self->title.office_name = self->office_name;
  self->title.chart_name = self->chart_name;
  self->width = width;
  self->height = height;
  self->column_x = g_new0 (double, n_columns + 1);
  self->row_height = g_new0 (double, gt_export_table_get_n_rows (table));
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);

  /* At the full size if the figures fit across; else smaller, as far as they
   * need (widths grow with the size), measured again at that size. */
  for (int pass = 0; pass < 2; pass++)
    {
      self->font_size = pass == 0 ? FONT_SIZE
                                  : MAX (FONT_SIZE * area_width / needed * 0.98, MIN_FONT_SIZE);
      self->pad = PAD * self->font_size / FONT_SIZE;
      self->mark_width = has_lights (table) ? self->font_size * 1.2 : 0;
      pen_init (&pen, cr, self->font_size);
      measure_minimums (self, &pen, minimum);
      needed = 0;
      for (guint c = 0; c < n_columns; c++)
        needed += minimum[c];
      if (needed <= area_width || pass == 1)
        break;
      pen_clear (&pen);
    }

  share_width (self, minimum, area_width);
  measure_rows (self, &pen, height - 2 * GT_PRINT_MARGIN - gt_print_title_height ()
                            - gt_print_footer_height ());
  paginate (self);

  pen_clear (&pen);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
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
  g_free (self->row_height);
  g_array_unref (self->page_starts);
  g_free (self);
}

guint
gt_table_print_get_n_pages (GtTablePrint *self)
{
  return self->page_starts->len;
}

double
gt_table_print_get_font_size (GtTablePrint *self)
{
  return self->font_size;
}

/* Shows @text in the box, vertically centred; text that would run past the box
 * (a row taller than a page) ends in "…". */
static void
show_cell (GtTablePrint   *self,
           Pen            *pen,
           cairo_t        *cr,
           const char     *text,
           gboolean        bold,
           double          x,
           double          y,
           double          width,
           double          height,
           PangoAlignment  align)
{
  double text_height;

  pen_set (pen, text, bold, width, NULL, &text_height);
  pango_layout_set_alignment (pen->layout, align);
  if (text_height > height - 2 * self->pad && align != PANGO_ALIGN_RIGHT)
    {
      pango_layout_set_height (pen->layout, (int) ((height - 2 * self->pad) * PANGO_SCALE));
      pango_layout_set_ellipsize (pen->layout, PANGO_ELLIPSIZE_END);
      text_height = height - 2 * self->pad;
    }
  cairo_move_to (cr, x, y + (height - text_height) / 2);
  pango_cairo_show_layout (cr, pen->layout);
}

/* The light's mark (● ▲ ■, as on the wall chart), in its colour. */
static void
show_mark (GtTablePrint *self,
           Pen          *pen,
           cairo_t      *cr,
           int           light,
           double        x,
           double        y,
           double        height)
{
  static const double colours[GT_N_RAGS][3] = {
    { 0.18, 0.58, 0.30 }, { 0.90, 0.60, 0.05 }, { 0.82, 0.14, 0.14 },
  };

  if (light < 0 || light >= GT_N_RAGS)
    return;
  cairo_save (cr);
  cairo_set_source_rgb (cr, colours[light][0], colours[light][1], colours[light][2]);
  show_cell (self, pen, cr, gt_rag_get_mark (light), FALSE, x, y, self->mark_width, height,
             PANGO_ALIGN_LEFT);
  cairo_restore (cr);
}

static void
draw_page (gpointer  data,
           cairo_t  *cr,
           guint     index)
{
  GtTablePrint *self = data;
  GtExportTable *table = self->table;
  guint n_columns = gt_export_table_get_n_columns (table);
  double area_width = self->width - 2 * GT_PRINT_MARGIN;
  double right = self->column_x[n_columns];
  guint first = g_array_index (self->page_starts, guint, index);
  guint last = index + 1 < self->page_starts->len
               ? g_array_index (self->page_starts, guint, index + 1)
               : gt_export_table_get_n_rows (table);
  double y, top;
  Pen pen;

  cairo_save (cr);
  cairo_translate (cr, GT_PRINT_MARGIN, GT_PRINT_MARGIN);
  y = top = gt_print_draw_title (cr, &self->title, area_width);
  pen_init (&pen, cr, self->font_size);

  /* The header, on every page. */
  cairo_set_source_rgb (cr, 0.87, 0.89, 0.93);
  cairo_rectangle (cr, 0, y, right, self->header_height);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  for (guint c = 0; c < n_columns; c++)
    show_cell (self, &pen, cr, gt_export_table_get_header (table, c), TRUE,
               self->column_x[c] + self->pad, y,
               self->column_x[c + 1] - self->column_x[c] - 2 * self->pad,
               self->header_height, PANGO_ALIGN_CENTER);
  y += self->header_height;

  for (guint r = first; r < last; y += self->row_height[r], r++)
    {
      GtExportRowKind kind = gt_export_table_get_row_kind (table, r);
      gboolean bold = kind != GT_EXPORT_ROW_PLAIN;
      double h = self->row_height[r];

      if (kind != GT_EXPORT_ROW_PLAIN)
        {
          cairo_set_source_rgb (cr, kind == GT_EXPORT_ROW_TOTAL ? 0.93 : 0.96,
                                0.95, kind == GT_EXPORT_ROW_TOTAL ? 0.90 : 0.97);
          cairo_rectangle (cr, 0, y, right, h);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);

      /* A group heading runs across the row. */
      if (kind == GT_EXPORT_ROW_GROUP)
        {
          g_autofree char *text = gt_export_table_format_cell (table, r, 0);

          show_cell (self, &pen, cr, text, TRUE, self->pad, y, right - 2 * self->pad, h,
                     PANGO_ALIGN_LEFT);
          continue;
        }
      show_mark (self, &pen, cr, gt_export_table_get_row_light (table, r), self->pad, y, h);
      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *text = gt_export_table_format_cell (table, r, c);
          double x = self->column_x[c] + self->pad + (c == 0 ? self->mark_width : 0);

          show_cell (self, &pen, cr, text, bold, x, y, cell_inner_width (self, c), h,
                     is_figure (table, c) ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
        }
    }

  /* Rules: under the header and each row; between columns, except across a
   * group heading, which spans the row. */
  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_set_line_width (cr, 0.5);
  y = top;
  cairo_move_to (cr, 0, y);
  cairo_line_to (cr, right, y);
  y += self->header_height;
  for (guint r = first; r <= last; r++)
    {
      cairo_move_to (cr, 0, y);
      cairo_line_to (cr, right, y);
      if (r < last)
        y += self->row_height[r];
    }
  for (guint c = 0; c <= n_columns; c++)
    {
      double ry = top + self->header_height;

      cairo_move_to (cr, self->column_x[c], top);
      for (guint r = first; r < last; r++)
        {
          if (gt_export_table_get_row_kind (table, r) == GT_EXPORT_ROW_GROUP &&
              c > 0 && c < n_columns)
            {
              cairo_line_to (cr, self->column_x[c], ry);
              cairo_move_to (cr, self->column_x[c], ry + self->row_height[r]);
            }
          ry += self->row_height[r];
        }
      cairo_line_to (cr, self->column_x[c], ry);
    }
  cairo_stroke (cr);

  pen_clear (&pen);
  gt_print_draw_page_number (cr, index, self->page_starts->len, area_width,
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
    .n_pages = self->page_starts->len,
    .draw_page = draw_page,
    .data = self,
  };
}
