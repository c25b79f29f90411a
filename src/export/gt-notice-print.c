/* gt-notice-print.c: the monthly notice on A4 pages, drawn with Pango.
 *
 * The page is set as the DOCX is (gt-notice-docx.c, GB/T 9704): margins of
 * 37, 26, 35 and 28 mm, the text at 16 points on a pitch of 22 lines a page,
 * in the Chinese serif and sans that Debian has (Noto Serif and Sans CJK, for
 * 宋体/仿宋 and 黑体), the red head on the first page, "— 1 —" at the foot.
 *
 * Everything is measured once into a flow of atoms (a line of a paragraph, a
 * row of a table, a gap, the red rule) and the flow is cut into pages: a
 * paragraph may break between its lines, a table between its rows (its header
 * row repeated at the top of the next page), a heading is never left alone at
 * the foot of a page, and a gap is dropped at the top of one.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <pango/pangocairo.h>

#include "gt-a4-doc.h"
#include "gt-notice-print.h"

#define MM            (72.0 / 25.4)
#define MARGIN_TOP    (37 * MM)
#define MARGIN_RIGHT  (26 * MM)
#define MARGIN_BOTTOM (35 * MM)
#define MARGIN_LEFT   (28 * MM)

#define BODY_SIZE   16.0
#define BODY_PITCH  28.95
#define TITLE_SIZE  22.0
#define HEAD_SIZE   26.0
#define TABLE_SIZE  10.5
#define NOTE_SIZE   12.0
#define NUMBER_SIZE 14.0
#define CELL_PAD    3.0

typedef enum {
  ATOM_LINE,
  ATOM_ROW,
  ATOM_GAP,
  ATOM_RULE,
} AtomKind;

typedef struct {
  guint         n_columns;
  guint         n_rows;
  double       *x;            /* n_columns + 1 edges, from the text's left */
  double       *heights;      /* each row */
  PangoLayout **cells;        /* n_rows × n_columns */
} TableLayout;

typedef struct {
  AtomKind     kind;
  double       height;
  gboolean     keep_with_next;
  gboolean     red;
  /* ATOM_LINE: one line of @layout */
  PangoLayout *layout;
  int          line;
  double       x;
  double       baseline;      /* from the atom's top */
  /* ATOM_ROW */
  TableLayout *table;
  guint        row;
} Atom;

struct _GtNoticePrint {
  PangoContext *context;
  double        width;        /* the page */
  double        height;
  double        text_width;
  double        text_height;
  GArray       *atoms;        /* Atom */
  GPtrArray    *tables;       /* TableLayout * */
  GArray       *placements;   /* GtA4Placement, page by page */
  guint         n_pages;
};

static void
table_layout_free (gpointer data)
{
  TableLayout *table = data;

  for (guint i = 0; i < table->n_rows * table->n_columns; i++)
    g_object_unref (table->cells[i]);
  g_free (table->cells);
  g_free (table->x);
  g_free (table->heights);
  g_free (table);
}

static PangoLayout *
new_layout (GtNoticePrint *self,
            const char    *family,
            double         size,
            gboolean       bold,
            double         width)
{
  return _gt_a4_doc_new_layout (self->context, family, size, bold, width);
}

static void
add_gap (GtNoticePrint *self,
         double         height)
{
  Atom atom = { ATOM_GAP, height, };

  g_array_append_val (self->atoms, atom);
}

/* @text as lines of @pitch (or their own height when taller), set in @layout
 * (taken), which already has its font, width and alignment. */
static void
add_lines (GtNoticePrint *self,
           PangoLayout   *layout,
           const char    *text,
           double         pitch,
           gboolean       keep_with_next,
           gboolean       red)
{
  g_autoptr(GArray) lines = _gt_a4_doc_measure_lines (layout, text, pitch);

  for (guint i = 0; i < lines->len; i++)
    {
      GtA4Line *line = &g_array_index (lines, GtA4Line, i);
      Atom atom = { ATOM_LINE, line->height, keep_with_next, red, };

      atom.layout = g_object_ref (layout);
      atom.line = i;
      atom.x = line->x;
      atom.baseline = line->baseline;
      g_array_append_val (self->atoms, atom);
    }
  g_object_unref (layout);
}

static void
add_text (GtNoticePrint  *self,
          const char     *text,
          const char     *family,
          double          size,
          gboolean        bold,
          PangoAlignment  align,
          double          indent_chars,
          double          right_chars,
          double          pitch,
          gboolean        keep_with_next)
{
  PangoLayout *layout = new_layout (self, family, size, bold,
                                    self->text_width - right_chars * size);

  pango_layout_set_alignment (layout, align);
  pango_layout_set_indent (layout, (int) (indent_chars * size * PANGO_SCALE));
  pango_layout_set_justify (layout, align == PANGO_ALIGN_LEFT);
  add_lines (self, layout, text, pitch, keep_with_next, FALSE);
}

static void
add_table (GtNoticePrint       *self,
           const GtNoticeBlock *block)
{
  TableLayout *table = g_new0 (TableLayout, 1);
  guint sum = 0;

  table->n_columns = block->n_columns;
  table->n_rows = block->n_rows;
  table->x = g_new0 (double, block->n_columns + 1);
  table->heights = g_new0 (double, block->n_rows);
  table->cells = g_new0 (PangoLayout *, block->n_rows * block->n_columns);
  for (guint c = 0; c < block->n_columns; c++)
    sum += MAX (block->widths[c], 1);
  for (guint c = 0; c < block->n_columns; c++)
    table->x[c + 1] = table->x[c] + self->text_width * MAX (block->widths[c], 1) / sum;

  for (guint r = 0; r < block->n_rows; r++)
    {
      Atom atom = { ATOM_ROW, };
      double height = 0;

      for (guint c = 0; c < block->n_columns; c++)
        {
          double width = table->x[c + 1] - table->x[c] - 2 * CELL_PAD;
          PangoLayout *layout = new_layout (self, r == 0 ? "Sans" : "Serif", TABLE_SIZE,
                                            r == 0, width);
          int h;

          pango_layout_set_alignment (layout, r == 0 ? PANGO_ALIGN_CENTER
                                              : block->figures[c] ? PANGO_ALIGN_RIGHT
                                              : PANGO_ALIGN_LEFT);
          pango_layout_set_text (layout, block->cells[r * block->n_columns + c], -1);
          pango_layout_get_size (layout, NULL, &h);
          height = MAX (height, (double) h / PANGO_SCALE);
          table->cells[r * block->n_columns + c] = layout;
        }
      table->heights[r] = height + 2 * CELL_PAD;
      atom.height = table->heights[r];
      atom.table = table;
      atom.row = r;
      /* The header row goes with the first row below it. */
      atom.keep_with_next = r == 0;
      g_array_append_val (self->atoms, atom);
    }
  g_ptr_array_add (self->tables, table);
  add_gap (self, BODY_PITCH / 2);
}

/* The title in lines of even length ("关于2023年4月全县重点项目推进情况的通 /
 * 报" would leave a character alone), centred on the page; where it has its own
 * line breaks (the translation's: 关于……全县重点项目 / 推进情况的通报, as offices
 * break it), those. */
static void
add_title (GtNoticePrint *self,
           const char    *title)
{
  PangoLayout *layout = new_layout (self, "Serif", TITLE_SIZE, TRUE, self->text_width);
  guint first = self->atoms->len;
  int width, n_lines;
  double narrower;

  pango_layout_set_width (layout, -1);
  pango_layout_set_text (layout, title, -1);
  pango_layout_get_size (layout, &width, NULL);
  n_lines = (int) ((double) width / PANGO_SCALE / self->text_width) + 1;
  if (strchr (title, '\n') != NULL)
    n_lines = 1;
  narrower = MIN (self->text_width, (double) width / PANGO_SCALE / n_lines + TITLE_SIZE);
  pango_layout_set_width (layout, (int) (narrower * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  add_lines (self, layout, title, TITLE_SIZE * 1.5, TRUE, FALSE);
  for (guint i = first; i < self->atoms->len; i++)
    g_array_index (self->atoms, Atom, i).x += (self->text_width - narrower) / 2;
}

static void
add_head (GtNoticePrint  *self,
          const GtNotice *notice)
{
  PangoLayout *office = new_layout (self, "Serif", HEAD_SIZE, TRUE, self->text_width);
  Atom rule = { ATOM_RULE, 12, };

  pango_layout_set_alignment (office, PANGO_ALIGN_CENTER);
  add_lines (self, office, notice->office_name, HEAD_SIZE * 1.5, TRUE, TRUE);
  add_gap (self, 12);
  add_text (self, notice->number, "Serif", BODY_SIZE, FALSE, PANGO_ALIGN_CENTER, 0, 0,
            BODY_PITCH, TRUE);
  g_array_append_val (self->atoms, rule);
  add_gap (self, BODY_PITCH);
  add_title (self, notice->title);
  add_gap (self, BODY_PITCH);
  add_text (self, notice->addressee, "Serif", BODY_SIZE, FALSE, PANGO_ALIGN_LEFT, 0, 0,
            BODY_PITCH, FALSE);
}

static void
add_block (GtNoticePrint       *self,
           const GtNoticeBlock *block)
{
  switch (block->kind)
    {
    case GT_NOTICE_HEADING:
      add_text (self, block->text, "Sans", BODY_SIZE, TRUE, PANGO_ALIGN_LEFT, 2, 0,
                BODY_PITCH, TRUE);
      break;
    case GT_NOTICE_SUBHEADING:
      add_text (self, block->text, "Serif", BODY_SIZE, TRUE, PANGO_ALIGN_LEFT, 2, 0,
                BODY_PITCH, TRUE);
      break;
    case GT_NOTICE_NOTE:
      add_text (self, block->text, "Serif", NOTE_SIZE, FALSE, PANGO_ALIGN_LEFT, 2, 0,
                NOTE_SIZE * 1.6, FALSE);
      break;
    case GT_NOTICE_TABLE:
      add_table (self, block);
      break;
    case GT_NOTICE_PARAGRAPH:
    default:
      add_text (self, block->text, "Serif", BODY_SIZE, FALSE, PANGO_ALIGN_LEFT, 2, 0,
                BODY_PITCH, FALSE);
      break;
    }
}

/* What the page flow needs of an atom. */
static void
atom_box (gpointer  data,
          guint     i,
          GtA4Box  *box)
{
  GtNoticePrint *self = data;
  Atom *atom = &g_array_index (self->atoms, Atom, i);

  box->height = atom->height;
  box->keep_with_next = atom->keep_with_next;
  box->gap = atom->kind == ATOM_GAP;
}

/* A table going on: its header row again. */
static guint
header_atom (gpointer data,
             guint    i)
{
  GtNoticePrint *self = data;
  Atom *atom = &g_array_index (self->atoms, Atom, i);

  if (atom->kind == ATOM_ROW && atom->row > 0)
    for (guint h = i; h-- > 0;)
      {
        Atom *header = &g_array_index (self->atoms, Atom, h);

        if (header->kind == ATOM_ROW && header->table == atom->table && header->row == 0)
          return h;
      }
  return G_MAXUINT;
}

static void
paginate (GtNoticePrint *self)
{
  self->n_pages = _gt_a4_doc_paginate (self->atoms->len, self->text_height, atom_box,
                                       header_atom, self, self->placements);
}

static void
draw_row (cairo_t     *cr,
          TableLayout *table,
          guint        row,
          double       y)
{
  double height = table->heights[row];

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.6);
  for (guint c = 0; c < table->n_columns; c++)
    {
      PangoLayout *layout = table->cells[row * table->n_columns + c];
      int h;

      cairo_rectangle (cr, table->x[c], y, table->x[c + 1] - table->x[c], height);
      cairo_stroke (cr);
      pango_layout_get_size (layout, NULL, &h);
      /* Centred in the row's height, as the DOCX's cells are. */
      cairo_move_to (cr, table->x[c] + CELL_PAD, y + (height - (double) h / PANGO_SCALE) / 2);
      pango_cairo_show_layout (cr, layout);
    }
}

static void
draw_page (gpointer  data,
           cairo_t  *cr,
           guint     index)
{
  GtNoticePrint *self = data;

  cairo_save (cr);
  cairo_translate (cr, MARGIN_LEFT, MARGIN_TOP);
  for (guint i = 0; i < self->placements->len; i++)
    {
      GtA4Placement *placement = &g_array_index (self->placements, GtA4Placement, i);
      Atom *atom = &g_array_index (self->atoms, Atom, placement->item);

      if (placement->page != index)
        continue;
      switch (atom->kind)
        {
        case ATOM_LINE:
          _gt_a4_doc_draw_line (cr, atom->layout, atom->line, atom->x,
                                placement->y + atom->baseline, atom->red);
          break;
        case ATOM_ROW:
          draw_row (cr, atom->table, atom->row, placement->y);
          break;
        case ATOM_RULE:
          _gt_a4_doc_draw_rule (cr, placement->y + atom->height / 2, self->text_width);
          break;
        case ATOM_GAP:
        default:
          break;
        }
    }
  cairo_restore (cr);
  _gt_a4_doc_draw_page_number (cr, self->context, NUMBER_SIZE, self->width,
                               self->height - MARGIN_BOTTOM + 7 * MM, index);
}

GtNoticePrint *
gt_notice_print_new (const GtNotice *notice)
{
  GtNoticePrint *self = g_new0 (GtNoticePrint, 1);

  self->context = _gt_a4_doc_new_context ();

  gt_paper_get_size (GT_PAPER_A4, FALSE, &self->width, &self->height);
  self->text_width = self->width - MARGIN_LEFT - MARGIN_RIGHT;
  self->text_height = self->height - MARGIN_TOP - MARGIN_BOTTOM;
  self->atoms = g_array_new (FALSE, TRUE, sizeof (Atom));
  self->tables = g_ptr_array_new_with_free_func (table_layout_free);
  self->placements = g_array_new (FALSE, FALSE, sizeof (GtA4Placement));

  add_head (self, notice);
  for (guint i = 0; i < notice->blocks->len; i++)
    add_block (self, notice->blocks->pdata[i]);
  /* The signature never stands alone on the last page: the body's last line
   * goes over with it. */
  if (self->atoms->len > 0)
    g_array_index (self->atoms, Atom, self->atoms->len - 1).keep_with_next = TRUE;
  add_gap (self, BODY_PITCH * 2);
  g_array_index (self->atoms, Atom, self->atoms->len - 1).keep_with_next = TRUE;
  add_text (self, notice->office_name, "Serif", BODY_SIZE, FALSE, PANGO_ALIGN_RIGHT, 0, 4,
            BODY_PITCH, TRUE);
  add_text (self, notice->date_text, "Serif", BODY_SIZE, FALSE, PANGO_ALIGN_RIGHT, 0, 4,
            BODY_PITCH, FALSE);
  paginate (self);
  return self;
}

void
gt_notice_print_free (GtNoticePrint *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->atoms->len; i++)
    g_clear_object (&g_array_index (self->atoms, Atom, i).layout);
  g_array_unref (self->atoms);
  g_ptr_array_unref (self->tables);
  g_array_unref (self->placements);
  g_object_unref (self->context);
  g_free (self);
}

guint
gt_notice_print_get_n_pages (GtNoticePrint *self)
{
  return self->n_pages;
}

void
gt_notice_print_get_doc (GtNoticePrint *self,
                         GtExportDoc   *doc)
{
  doc->width = self->width;
  doc->height = self->height;
  doc->n_pages = self->n_pages;
  doc->draw_page = draw_page;
  doc->data = self;
  doc->register_path = NULL;
}

gboolean
gt_notice_write_pdf (const GtNotice  *notice,
                     const char      *path,
                     const char      *register_path,
                     GError         **error)
{
  g_autoptr(GtNoticePrint) print = gt_notice_print_new (notice);
  GtExportDoc doc;

  gt_notice_print_get_doc (print, &doc);
  doc.register_path = register_path;
  return gt_export_write_pdf (&doc, path, error);
}
