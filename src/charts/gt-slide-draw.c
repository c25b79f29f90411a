/* gt-slide-draw.c: how each slide of the monthly meeting looks.
 *
 * Made to be read from the back of a room: type no smaller than
 * GT_SLIDE_MIN_TEXT units of 1080 (18.5 px on a 1024×768 projector), one line
 * a row in the long tables so that a month fits in thirty slides, strong
 * contrast in both themes, and the
 * status of each project as a shape as well as a colour, so that a washed-out
 * projector or a grey printout still tells red from green.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "gt-chart-text.h"
#include "gt-format.h"
#include "gt-gantt-private.h"
#include "gt-slide-private.h"

/* Slide units a Gantt layout px: its small type (the axis, the legend) at
 * GT_SLIDE_MIN_TEXT. */
#define GANTT_SCALE (GT_SLIDE_MIN_TEXT / GT_GANTT_SMALL_SIZE)
/* The room under a table's header for its lines. */
#define TABLE_SPACE (GT_SLIDE_HEIGHT - GT_SLIDE_TOP - GT_SLIDE_HEAD - GT_SLIDE_FOOTER - 10)
/* The least type, 26, needs about 38 units a line; a little air between. */
#define LOCALITY_LINE_MIN 41.0
/* Under the rows: the today flag (see draw_gantt_today()). */
#define GANTT_TODAY_FLAG (8 + GT_SLIDE_MIN_TEXT * 1.4 + 8)

typedef enum {
  ALIGN_LEFT,
  ALIGN_CENTER,
  ALIGN_RIGHT,
} Align;

static const GtSlidePalette light_palette = {
  .bg = { 1, 1, 1 },
  .fg = { 0.10, 0.10, 0.10 },
  .dim = { 0.33, 0.33, 0.33 },
  .accent = { 0.11, 0.44, 0.85 },
  .head = { 0.90, 0.91, 0.93 },
  .stripe = { 0.96, 0.96, 0.97 },
  .rule = { 0.75, 0.75, 0.78 },
  .rag = { { 0.15, 0.60, 0.35 }, { 0.80, 0.55, 0.00 }, { 0.78, 0.11, 0.16 } },
};

static const GtSlidePalette dark_palette = {
  .bg = { 0.06, 0.07, 0.09 },
  .fg = { 1, 1, 1 },
  .dim = { 0.78, 0.80, 0.83 },
  .accent = { 0.38, 0.63, 0.92 },
  .head = { 0.17, 0.19, 0.23 },
  .stripe = { 0.11, 0.12, 0.15 },
  .rule = { 0.35, 0.37, 0.42 },
  .rag = { { 0.30, 0.85, 0.50 }, { 1.00, 0.78, 0.10 }, { 1.00, 0.33, 0.33 } },
  .dark = TRUE,
};

const GtSlidePalette *
_gt_slide_palette (gboolean dark)
{
  return dark ? &dark_palette : &light_palette;
}

static void
set_colour (cairo_t      *cr,
            const double  rgb[3])
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

static PangoLayout *
text_layout (cairo_t    *cr,
             const char *text,
             double      size,
             gboolean    bold)
{
  PangoLayout *layout = gt_chart_text_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);
  return layout;
}

/* The width of @text on one line. */
static double
text_width (cairo_t    *cr,
            const char *text,
            double      size,
            gboolean    bold)
{
  PangoLayout *layout = text_layout (cr, text, size, bold);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  g_object_unref (layout);
  return width;
}

/* Draws @text in a box @width wide from (@x, @y), wrapped to at most
 * @max_lines lines (the last ellipsized); returns the height it took. */
static double
draw_text (cairo_t      *cr,
           const char   *text,
           double        x,
           double        y,
           double        width,
           double        size,
           gboolean      bold,
           Align         align,
           const double  rgb[3],
           int           max_lines)
{
  PangoLayout *layout;
  PangoFontDescription *font;
  int text_width, text_height;

  if (text == NULL || *text == '\0')
    return 0;

  layout = gt_chart_text_create_layout (cr);
  font = pango_font_description_from_string ("Sans");
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -MAX (max_lines, 1));
  pango_layout_set_alignment (layout, align == ALIGN_CENTER ? PANGO_ALIGN_CENTER
                                      : align == ALIGN_RIGHT ? PANGO_ALIGN_RIGHT
                                      : PANGO_ALIGN_LEFT);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);

  /* A single line too long for its box (a figure, a name) is made smaller,
   * down to the least legible size, before it is cut short. */
  if (max_lines == 1 && pango_layout_is_ellipsized (layout) && size > GT_SLIDE_MIN_TEXT)
    {
      PangoRectangle logical;
      int full_height = text_height;

      pango_layout_set_width (layout, -1);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      size = MAX (size * width / MAX (logical.width, 1) * 0.98, GT_SLIDE_MIN_TEXT);
      pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      /* On the same middle line as it would have been. */
      y += (full_height - text_height) / 2.0;
    }

  set_colour (cr, rgb);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  _gt_slide_note_text (cr, size);

  pango_font_description_free (font);
  g_object_unref (layout);
  return text_height;
}

/* The status as a shape: ● green, ▲ amber, ■ red (as on the wall chart). */
static void
draw_mark (cairo_t              *cr,
           GtRag                 rag,
           double                cx,
           double                cy,
           double                size,
           const GtSlidePalette *palette)
{
  double r = size / 2;

  /* A fresh path: the text drawn before leaves a current point, from which
   * the arc would draw a sliver across the slide. */
  cairo_new_path (cr);
  set_colour (cr, palette->rag[rag]);
  switch (rag)
    {
    case GT_RAG_GREEN:
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      break;
    case GT_RAG_AMBER:
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx + r * 1.1, cy + r * 0.85);
      cairo_line_to (cr, cx - r * 1.1, cy + r * 0.85);
      cairo_close_path (cr);
      break;
    case GT_RAG_RED:
    case GT_N_RAGS:
    default:
      cairo_rectangle (cr, cx - r * 0.9, cy - r * 0.9, r * 1.8, r * 1.8);
      break;
    }
  cairo_fill (cr);
}

static void
draw_frame (GtSlideDeck          *deck,
            const GtSlide        *slide,
            cairo_t              *cr,
            double                width,
            const GtSlidePalette *palette)
{
  g_autofree char *month = gt_format_month (deck->briefing->year, deck->briefing->month);
  g_autofree char *footer = g_strdup_printf (_("Key Projects Advancement Meeting · %s"), month);

  set_colour (cr, palette->accent);
  cairo_rectangle (cr, GT_SLIDE_MARGIN, 58, 12, 76);
  cairo_fill (cr);
  draw_text (cr, slide->title, GT_SLIDE_MARGIN + 36, 52, width - 2 * GT_SLIDE_MARGIN - 36, 60,
             TRUE, ALIGN_LEFT, palette->fg, 1);

  set_colour (cr, palette->rule);
  cairo_rectangle (cr, GT_SLIDE_MARGIN, 160, width - 2 * GT_SLIDE_MARGIN, 2);
  cairo_fill (cr);

  draw_text (cr, footer, GT_SLIDE_MARGIN, GT_SLIDE_HEIGHT - GT_SLIDE_FOOTER + 12,
             width * 0.6, GT_SLIDE_MIN_TEXT, FALSE, ALIGN_LEFT, palette->dim, 1);
}

/* Title */

static void
draw_title (GtSlideDeck          *deck,
            const GtSlide        *slide,
            cairo_t              *cr,
            double                width,
            const GtSlidePalette *palette)
{
  const GtBriefing *briefing = deck->briefing;
  g_autofree char *month = gt_format_month (briefing->year, briefing->month);
  g_autofree char *as_of_date = gt_format_date (&briefing->figures->as_of);
  g_autofree char *as_of = g_strdup_printf (_("Figures as of %s"), as_of_date);
  double text_width = width - 4 * GT_SLIDE_MARGIN;
  double y = 300;

  set_colour (cr, palette->accent);
  cairo_rectangle (cr, 0, 0, width, 24);
  cairo_fill (cr);

  y += draw_text (cr, month, 2 * GT_SLIDE_MARGIN, y, text_width, 64, FALSE, ALIGN_CENTER,
                  palette->accent, 1) + 24;
  y += draw_text (cr, _("Key Projects Advancement Meeting"), 2 * GT_SLIDE_MARGIN, y, text_width,
                  100, TRUE, ALIGN_CENTER, palette->fg, 2) + 48;
  if (deck->office_name != NULL && *deck->office_name != '\0')
    y += draw_text (cr, deck->office_name, 2 * GT_SLIDE_MARGIN, y, text_width, 44, FALSE,
                    ALIGN_CENTER, palette->fg, 1) + 24;
  draw_text (cr, as_of, 2 * GT_SLIDE_MARGIN, y, text_width, 32, FALSE, ALIGN_CENTER,
             palette->dim, 1);
}

/* Figures */

typedef struct {
  const char *label;
  char       *value;
  char       *detail;
  int         rag;      /* −1: plain; else the colour of the value */
} Tile;

static int
judge_rate (double rate,
            double target)
{
  if (rate < 0 || target < 0)
    return -1;
  return rate >= target ? GT_RAG_GREEN : rate >= target - 0.1 ? GT_RAG_AMBER : GT_RAG_RED;
}

/* The card of the lights: red, amber, green a line each, the mark, its name
 * and the count. The count is never cut: the name gives way to it first. */
static void
draw_lights (cairo_t              *cr,
             const GtFiguresGroup *total,
             double                x,
             double                y,
             double                width,
             double                height,
             const GtSlidePalette *palette)
{
  double line = height / GT_N_RAGS;
  double mark = 36;
  double count_size = MIN (56, line * 0.75);

  for (int i = 0; i < GT_N_RAGS; i++)
    {
      GtRag rag = GT_RAG_RED - i;
      g_autofree char *count = g_strdup_printf ("%u", total->by_rag[rag]);
      double count_width = text_width (cr, count, count_size, TRUE);
      double label_x = x + mark + 16;
      double label_width = width - (label_x - x) - count_width - 16;
      double top = y + i * line;

      draw_mark (cr, rag, x + mark / 2, top + line / 2, mark, palette);
      if (text_width (cr, gt_rag_get_label (rag), GT_SLIDE_MIN_TEXT, FALSE) <= label_width)
        draw_text (cr, gt_rag_get_label (rag), label_x,
                   top + (line - GT_SLIDE_MIN_TEXT * 1.3) / 2, label_width, GT_SLIDE_MIN_TEXT,
                   FALSE, ALIGN_LEFT, palette->dim, 1);
      /* The box as wide as the count needs, and the rest of the tile. */
      draw_text (cr, count, MAX (label_x, x + width - count_width), top + (line - count_size *
                 1.3) / 2, MIN (count_width + 2, width - mark - 16), count_size, TRUE,
                 ALIGN_RIGHT, palette->fg, 1);
    }
}

static void
draw_figures (GtSlideDeck          *deck,
              const GtSlide        *slide,
              cairo_t              *cr,
              double                width,
              const GtSlidePalette *palette)
{
  const GtFigures *figures = deck->briefing->figures;
  const GtFiguresGroup *total = &figures->total;
  g_autofree char *completion = gt_format_percent (gt_figures_group_completion_rate (total));
  g_autofree char *start_target = gt_format_percent (figures->start_target);
  Tile tiles[8] = {
    { _("Key Projects"), g_strdup_printf ("%u", total->projects),
      g_strdup_printf (_("%u under construction"), total->by_stage[GT_STAGE_UNDER_CONSTRUCTION]),
      -1 },
    { _("Total Investment"), gt_format_money (total->total_investment), g_strdup (""), -1 },
    { _("Year Plan"), gt_format_money (total->annual_plan), g_strdup (""), -1 },
    { _("Completed This Year"), gt_format_money (total->completed),
      g_strdup_printf (_("%s of the year plan"), completion), -1 },
    { _("Against the Time-Proportional Target"),
      gt_format_percent (gt_figures_group_pro_rata_rate (total)),
      g_strdup_printf (_("%d twelfths of the year plan"), figures->month),
      judge_rate (gt_figures_group_pro_rata_rate (total), 0.9) },
    { _("Start Rate"), gt_format_percent (gt_figures_group_start_rate (total)),
      figures->start_target >= 0
      ? g_strdup_printf (_("%u of %u planned starts · target %s"), total->started,
                         total->to_start, start_target)
      : g_strdup_printf (_("%u of %u planned starts"), total->started, total->to_start),
      judge_rate (gt_figures_group_start_rate (total), figures->start_target) },
    { _("Issues Resolved"), gt_format_percent (gt_figures_group_resolution_rate (total)),
      g_strdup_printf (_("%u found, %u resolved, %u in hand, %u overdue"),
                       total->issues[GT_FIGURES_ISSUES_FOUND],
                       total->issues[GT_FIGURES_ISSUES_RESOLVED],
                       total->issues[GT_FIGURES_ISSUES_IN_HAND],
                       total->issues[GT_FIGURES_ISSUES_OVERDUE]), -1 },
    /* The lights say their counts themselves, a line each. */
    { _("Status Lights"), NULL, NULL, -1 },
  };
  double gap = 28;
  double tile_width = (width - 2 * GT_SLIDE_MARGIN - 3 * gap) / 4;
  double tile_height = (GT_SLIDE_HEIGHT - GT_SLIDE_TOP - GT_SLIDE_FOOTER - 40 - gap) / 2;

  draw_frame (deck, slide, cr, width, palette);

  for (guint i = 0; i < G_N_ELEMENTS (tiles); i++)
    {
      double x = GT_SLIDE_MARGIN + (i % 4) * (tile_width + gap);
      double y = GT_SLIDE_TOP + 10 + (i / 4) * (tile_height + gap);
      double pad = 28;

      set_colour (cr, palette->head);
      cairo_rectangle (cr, x, y, tile_width, tile_height);
      cairo_fill (cr);

      draw_text (cr, tiles[i].label, x + pad, y + pad, tile_width - 2 * pad, 30, FALSE,
                 ALIGN_LEFT, palette->dim, 2);
      if (tiles[i].value != NULL)
        draw_text (cr, tiles[i].value, x + pad, y + 100, tile_width - 2 * pad, 72, TRUE,
                   ALIGN_LEFT, tiles[i].rag >= 0 ? palette->rag[tiles[i].rag] : palette->fg, 1);
      else
        draw_lights (cr, total, x + pad, y + 84, tile_width - 2 * pad, tile_height - 84 - pad,
                     palette);
      draw_text (cr, tiles[i].detail, x + pad, y + 228, tile_width - 2 * pad, 26, FALSE,
                 ALIGN_LEFT, palette->fg, 3);

      g_free (tiles[i].value);
      g_free (tiles[i].detail);
    }
}

/* Tables */

typedef struct {
  const char *title;
  double      share;     /* of the width after the fixed columns; 0 for fixed */
  double      fixed;
  Align       align;     /* of the header; figures are set right */
  const char *context;   /* of the title's translation, NULL for none */
} TableColumn;

#define SLIDE_TABLE "slide table"

static const char *
column_title (const TableColumn *column)
{
  return column->context != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, column->context, column->title)
                                 : _(column->title);
}

static void
column_positions (const TableColumn *columns,
                  guint              n_columns,
                  double             width,
                  double            *x,
                  double            *w)
{
  double fixed = 0, left = GT_SLIDE_MARGIN;

  for (guint i = 0; i < n_columns; i++)
    fixed += columns[i].fixed;
  for (guint i = 0; i < n_columns; i++)
    {
      x[i] = left;
      w[i] = columns[i].fixed > 0 ? columns[i].fixed
                                  : columns[i].share * (width - 2 * GT_SLIDE_MARGIN - fixed);
      left += w[i];
    }
}

static void
draw_table_head (cairo_t              *cr,
                 const TableColumn    *columns,
                 guint                 n_columns,
                 const double         *x,
                 const double         *w,
                 double                width,
                 const GtSlidePalette *palette)
{
  set_colour (cr, palette->head);
  cairo_rectangle (cr, GT_SLIDE_MARGIN, GT_SLIDE_TOP, width - 2 * GT_SLIDE_MARGIN,
                   GT_SLIDE_HEAD);
  cairo_fill (cr);
  for (guint i = 0; i < n_columns; i++)
    if (columns[i].title != NULL)
      draw_text (cr, column_title (&columns[i]), x[i] + 12, GT_SLIDE_TOP + 14, w[i] - 24, 28, TRUE,
                 columns[i].align, palette->fg, 1);
}

/* Lays the columns out across the slide and draws their header; @x and @w
 * receive where each column is. */
static void
draw_table (cairo_t              *cr,
            const TableColumn    *columns,
            guint                 n_columns,
            double                width,
            const GtSlidePalette *palette,
            double               *x,
            double               *w)
{
  column_positions (columns, n_columns, width, x, w);
  draw_table_head (cr, columns, n_columns, x, w, width, palette);
}

static double
row_top (guint row)
{
  return GT_SLIDE_TOP + GT_SLIDE_HEAD + row * GT_SLIDE_ROW;
}

static double
line_top (guint  row,
          double line)
{
  return GT_SLIDE_TOP + GT_SLIDE_HEAD + row * line;
}

static void
draw_band (cairo_t              *cr,
           guint                 row,
           double                y,
           double                height,
           double                width,
           const GtSlidePalette *palette)
{
  if (row % 2 == 1)
    {
      set_colour (cr, palette->stripe);
      cairo_rectangle (cr, GT_SLIDE_MARGIN, y, width - 2 * GT_SLIDE_MARGIN, height);
      cairo_fill (cr);
    }
}

static void
draw_stripe (cairo_t              *cr,
             guint                 row,
             double                width,
             const GtSlidePalette *palette)
{
  draw_band (cr, row, row_top (row), GT_SLIDE_ROW, width, palette);
}

/* Text on line @row of a one-line table, in the middle of it. */
static void
draw_cell_in (cairo_t              *cr,
              const char           *text,
              guint                 row,
              double                line,
              double                x,
              double                w,
              gboolean              bold,
              Align                 align,
              const double          rgb[3])
{
  /* Lines closer than the usual take the least type. */
  double size = line >= GT_SLIDE_LINE ? GT_SLIDE_TEXT : GT_SLIDE_MIN_TEXT;
  double y = line_top (row, line) + (line - size * 1.25) / 2;

  draw_text (cr, text, x + 12, y, w - 24, size, bold, align, rgb, 1);
}

static void
draw_cell (cairo_t              *cr,
           const char           *text,
           guint                 row,
           double                x,
           double                w,
           gboolean              bold,
           Align                 align,
           const double          rgb[3])
{
  draw_cell_in (cr, text, row, GT_SLIDE_LINE, x, w, bold, align, rgb);
}

/* "… and 12 more, in the register" on the line after a cut list. */
static void
draw_more (cairo_t              *cr,
           const GtSlide        *slide,
           double                width,
           const GtSlidePalette *palette)
{
  g_autofree char *more = NULL;

  if (slide->more == 0)
    return;
  more = g_strdup_printf (ngettext ("… and %u more, not shown to keep the meeting short",
                                    "… and %u more, not shown to keep the meeting short",
                                    slide->more), slide->more);
  draw_cell (cr, more, slide->count, GT_SLIDE_MARGIN, width - 2 * GT_SLIDE_MARGIN, FALSE,
             ALIGN_LEFT, palette->dim);
}

static void
draw_completion (cairo_t              *cr,
                 const GtBriefingLine *line,
                 double                x,
                 double                y,
                 double                w,
                 const GtSlidePalette *palette)
{
  g_autofree char *percent = gt_format_percent (line->completion);
  double bar = w - 150;

  set_colour (cr, palette->rule);
  cairo_rectangle (cr, x, y + 40, bar, 20);
  cairo_fill (cr);
  if (line->completion > 0)
    {
      set_colour (cr, palette->rag[line->rag]);
      cairo_rectangle (cr, x, y + 40, bar * MIN (line->completion, 1.0), 20);
      cairo_fill (cr);
    }
  draw_text (cr, percent, x + bar + 12, y + 30, 138, 30, TRUE, ALIGN_LEFT, palette->fg, 1);
}

static void
draw_section (GtSlideDeck          *deck,
              const GtSlide        *slide,
              cairo_t              *cr,
              double                width,
              const GtSlidePalette *palette)
{
  static const TableColumn columns[] = {
    { N_("Status"), 0, 110 },
    { N_("Project"), 0.30, 0 },
    { N_("Investment Completed"), 0.22, 0 },
    { N_("Progress This Month"), 0.26, 0 },
    { N_("Problems"), 0.22, 0 },
  };
  GtBriefingSection *section = slide->data;
  double x[G_N_ELEMENTS (columns)], w[G_N_ELEMENTS (columns)];

  draw_frame (deck, slide, cr, width, palette);
  draw_table (cr, columns, G_N_ELEMENTS (columns), width, palette, x, w);

  for (guint row = 0; row < slide->count; row++)
    {
      GtBriefingLine *line = g_ptr_array_index (section->lines, slide->first + row);
      double y = row_top (row);

      draw_stripe (cr, row, width, palette);
      draw_mark (cr, line->rag, x[0] + w[0] / 2, y + GT_SLIDE_ROW / 2, 36, palette);
      draw_text (cr, line->name, x[1] + 12, y + 14, w[1] - 24, 30, TRUE, ALIGN_LEFT,
                 palette->fg, 2);
      draw_completion (cr, line, x[2] + 12, y, w[2] - 24, palette);
      draw_text (cr, line->progress_note, x[3] + 12, y + 12, w[3] - 24, 26, FALSE, ALIGN_LEFT,
                 palette->fg, 2);
      draw_text (cr, line->problems, x[4] + 12, y + 12, w[4] - 24, 26, FALSE, ALIGN_LEFT,
                 palette->fg, 2);
    }
}

/* A list with nothing in it says so, in the colour of good news. */
static void
draw_empty (cairo_t              *cr,
            const char           *message,
            double                width,
            const GtSlidePalette *palette)
{
  draw_text (cr, message, GT_SLIDE_MARGIN, 480, width - 2 * GT_SLIDE_MARGIN, 56, TRUE,
             ALIGN_CENTER, palette->rag[GT_RAG_GREEN], 2);
}

static void
draw_overdue (GtSlideDeck          *deck,
              const GtSlide        *slide,
              cairo_t              *cr,
              double                width,
              const GtSlidePalette *palette)
{
  static const TableColumn columns[] = {
    { N_("Project"), 0.34, 0 },
    { N_("Issue"), 0.40, 0 },
    { N_("Assigned To"), 0.26, 0 },
    { N_("Deadline"), 0, 220 },
    { N_("Overdue"), 0, 150, ALIGN_RIGHT },
  };
  GPtrArray *issues = deck->briefing->overdue_issues;
  double x[G_N_ELEMENTS (columns)], w[G_N_ELEMENTS (columns)];

  draw_frame (deck, slide, cr, width, palette);

  if (issues->len == 0)
    {
      draw_empty (cr, _("No issue is overdue this month."), width, palette);
      return;
    }

  draw_table (cr, columns, G_N_ELEMENTS (columns), width, palette, x, w);

  for (guint row = 0; row < slide->count; row++)
    {
      GtBriefingIssue *issue = g_ptr_array_index (issues, slide->first + row);
      g_autofree char *deadline = gt_format_date (&issue->deadline);
      g_autofree char *days = g_strdup_printf (ngettext ("%d day", "%d days",
                                                         issue->days_overdue),
                                               issue->days_overdue);

      draw_band (cr, row, line_top (row, GT_SLIDE_LINE), GT_SLIDE_LINE, width, palette);
      draw_cell (cr, issue->project_name, row, x[0], w[0], TRUE, ALIGN_LEFT, palette->fg);
      draw_cell (cr, issue->description, row, x[1], w[1], FALSE, ALIGN_LEFT, palette->fg);
      draw_cell (cr, issue->unit_name, row, x[2], w[2], FALSE, ALIGN_LEFT, palette->fg);
      draw_cell (cr, deadline, row, x[3], w[3], FALSE, ALIGN_LEFT, palette->fg);
      draw_cell (cr, days, row, x[4], w[4], TRUE, ALIGN_RIGHT, palette->rag[GT_RAG_RED]);
    }
  draw_more (cr, slide, width, palette);
}

static const char *
group_header (GtBriefingGrouping grouping)
{
  switch (grouping)
    {
    case GT_BRIEFING_BY_UNIT:
      return NC_("group by", "Responsible Unit");
    case GT_BRIEFING_BY_LEADER:
      return NC_("group by", "Leader");
    case GT_BRIEFING_BY_LOCALITY:
    case GT_N_BRIEFING_GROUPINGS:
    default:
      return NC_("group by", "Locality");
    }
}

/* The red list: red before amber, each the furthest behind first. */
static void
draw_red_list (GtSlideDeck          *deck,
               const GtSlide        *slide,
               cairo_t              *cr,
               double                width,
               const GtSlidePalette *palette)
{
  TableColumn columns[] = {
    { N_("Status"), 0, 110 },
    { N_("Project"), 0.46, 0 },
    { NULL, 0.20, 0 },
    { NC_("slide table", "Completion"), 0, 150, ALIGN_RIGHT, SLIDE_TABLE },
    { NC_("slide table", "Behind Target"), 0, 240, ALIGN_RIGHT, SLIDE_TABLE },
    { N_("Problems"), 0.37, 0 },
  };
  double x[G_N_ELEMENTS (columns)], w[G_N_ELEMENTS (columns)];
  gboolean problems = FALSE;

  draw_frame (deck, slide, cr, width, palette);

  if (deck->red_list->len == 0)
    {
      draw_empty (cr, _("No project is red or amber this month."), width, palette);
      return;
    }

  columns[2].title = group_header (deck->briefing->grouping);
  columns[2].context = "group by";
  /* A slide without problems to show gives their room to the names. */
  for (guint row = 0; row < slide->count && !problems; row++)
    problems = *g_array_index (deck->red_list, GtSlideLag, slide->first + row).line->problems;
  columns[1].share = problems ? 0.45 : 0.70;
  columns[2].share = problems ? 0.18 : 0.30;
  if (!problems)
    columns[5] = (TableColumn) { NULL, 0, 0 };
  draw_table (cr, columns, G_N_ELEMENTS (columns), width, palette, x, w);

  for (guint row = 0; row < slide->count; row++)
    {
      const GtSlideLag *lag = &g_array_index (deck->red_list, GtSlideLag, slide->first + row);
      const GtBriefingLine *line = lag->line;
      g_autofree char *completion = gt_format_percent (line->completion);
      /* Translators: percentage points behind 序时进度, as "12.5 pts". */
      g_autofree char *behind = lag->behind > 0 ? g_strdup_printf (_("%.1f pts"), lag->behind)
                                                : g_strdup ("—");
      double y = line_top (row, GT_SLIDE_LINE);

      draw_band (cr, row, y, GT_SLIDE_LINE, width, palette);
      draw_mark (cr, line->rag, x[0] + w[0] / 2, y + GT_SLIDE_LINE / 2, 32, palette);
      draw_cell (cr, line->name, row, x[1], w[1], TRUE, ALIGN_LEFT, palette->fg);
      draw_cell (cr, lag->group, row, x[2], w[2], FALSE, ALIGN_LEFT, palette->fg);
      draw_cell (cr, completion, row, x[3], w[3], FALSE, ALIGN_RIGHT, palette->fg);
      draw_cell (cr, behind, row, x[4], w[4], TRUE, ALIGN_RIGHT, palette->rag[line->rag]);
      if (problems)
        draw_cell (cr, line->problems, row, x[5], w[5], FALSE, ALIGN_LEFT, palette->fg);
    }
  draw_more (cr, slide, width, palette);
}

/* One line a locality: its projects, how many of those due to start have,
 * the year plan completed, and its lights; the total last. */
static void
draw_localities (GtSlideDeck          *deck,
                 const GtSlide        *slide,
                 cairo_t              *cr,
                 double                width,
                 const GtSlidePalette *palette)
{
  static const TableColumn columns[] = {
    { N_("Locality"), 1, 0 },
    { NC_("slide table", "Projects"), 0, 170, ALIGN_RIGHT, SLIDE_TABLE },
    { NC_("slide table", "Started"), 0, 220, ALIGN_RIGHT, SLIDE_TABLE },
    { NC_("slide table", "Completion"), 0, 200, ALIGN_RIGHT, SLIDE_TABLE },
    { NULL, 0, 130, ALIGN_RIGHT },
    { NULL, 0, 130, ALIGN_RIGHT },
    { NULL, 0, 130, ALIGN_RIGHT },
  };
  double x[G_N_ELEMENTS (columns)], w[G_N_ELEMENTS (columns)];
  double line = _gt_slide_locality_line (deck->localities->len + 1);

  draw_frame (deck, slide, cr, width, palette);
  draw_table (cr, columns, G_N_ELEMENTS (columns), width, palette, x, w);
  /* The lights' columns are headed by their marks, red first as on the list. */
  for (int i = 0; i < GT_N_RAGS; i++)
    draw_mark (cr, GT_RAG_RED - i, x[4 + i] + w[4 + i] - 12 - 16, GT_SLIDE_TOP +
               GT_SLIDE_HEAD / 2, 30, palette);

  for (guint row = 0; row < slide->count; row++)
    {
      guint index = slide->first + row;
      gboolean is_total = index >= deck->localities->len;
      const GtFiguresGroup *group = is_total ? &deck->briefing->figures->total
                                             : g_ptr_array_index (deck->localities, index);
      g_autofree char *projects = g_strdup_printf ("%u", group->projects);
      g_autofree char *started = g_strdup_printf ("%u / %u", group->started, group->to_start);
      g_autofree char *completion = gt_format_percent (gt_figures_group_completion_rate (group));
      double y = line_top (row, line);

      draw_band (cr, row, y, line, width, palette);
      if (is_total)
        {
          set_colour (cr, palette->rule);
          cairo_rectangle (cr, GT_SLIDE_MARGIN, y, width - 2 * GT_SLIDE_MARGIN, 2);
          cairo_fill (cr);
        }
      draw_cell_in (cr, is_total ? C_("slide table", "Total") : group->name, row, line, x[0],
                    w[0], TRUE, ALIGN_LEFT, palette->fg);
      draw_cell_in (cr, projects, row, line, x[1], w[1], is_total, ALIGN_RIGHT, palette->fg);
      draw_cell_in (cr, started, row, line, x[2], w[2], is_total, ALIGN_RIGHT, palette->fg);
      draw_cell_in (cr, completion, row, line, x[3], w[3], is_total, ALIGN_RIGHT, palette->fg);
      for (int i = 0; i < GT_N_RAGS; i++)
        {
          g_autofree char *count = g_strdup_printf ("%u", group->by_rag[GT_RAG_RED - i]);

          draw_cell_in (cr, count, row, line, x[4 + i], w[4 + i], TRUE, ALIGN_RIGHT, palette->fg);
        }
    }
}

/* Gantt */

static void
gantt_options (GtGanttOptions *opts,
               const GDate    *today,
               gboolean        dark)
{
  gt_gantt_options_init (opts, GT_GANTT_ZOOM_MONTH);
  opts->scale = GANTT_SCALE;
  opts->row_height = GT_SLIDE_GANTT_ROW / GANTT_SCALE;
  opts->header_height = 56;
  opts->name_width = 200;
  opts->leader_width = 70;
  opts->unit_width = 0;
  opts->dark = dark;
  if (today != NULL && g_date_valid (today))
    opts->today = *today;
}

/* The chart's height: what the legend leaves, the legend laid out for the
 * narrowest slide (4:3), so that every aspect splits the rows alike. */
static double
gantt_height (void)
{
  GtGanttOptions opts;
  double narrowest = GT_SLIDE_HEIGHT * 4.0 / 3.0 - 2 * GT_SLIDE_MARGIN;

  gantt_options (&opts, NULL, FALSE);
  return GT_SLIDE_HEIGHT - GT_SLIDE_TOP - GT_SLIDE_FOOTER - 24 - GANTT_TODAY_FLAG -
         gt_gantt_legend_height (&opts, narrowest);
}

guint
_gt_slide_gantt_rows_per_page (void)
{
  GtGanttOptions opts;

  gantt_options (&opts, NULL, FALSE);
  return gt_gantt_rows_per_page (&opts, gantt_height ());
}

guint
_gt_slide_rows_per_page (void)
{
  return (guint) ((GT_SLIDE_HEIGHT - GT_SLIDE_TOP - GT_SLIDE_HEAD - GT_SLIDE_FOOTER - 10) /
                  GT_SLIDE_ROW);
}

guint
_gt_slide_lines_per_page (void)
{
  return (guint) (TABLE_SPACE / GT_SLIDE_LINE);
}

/* The localities are one table to be taken in at a glance: closer lines, of
 * the least type, keep a county's eighteen or so on one slide. */
double
_gt_slide_locality_line (guint n_lines)
{
  if (n_lines <= _gt_slide_lines_per_page ())
    return GT_SLIDE_LINE;
  return MAX (TABLE_SPACE / n_lines, LOCALITY_LINE_MIN);
}

guint
_gt_slide_locality_lines_per_page (guint n_lines)
{
  return (guint) (TABLE_SPACE / _gt_slide_locality_line (n_lines));
}

/* The wall chart's 今天 tag sits in the years' tier, where early in a year it
 * covers the year's label, and its type is too small for a slide: the header
 * is drawn again without it, and the flag goes under the rows instead, the
 * today line run down to it. */
static void
draw_gantt_today (cairo_t              *cr,
                  const GtGanttOptions *opts,
                  guint                 n_rows,
                  double                width)
{
  const GtGanttPalette *colours = gt_gantt_palette_get (opts->dark);
  GtGanttOptions header = *opts;
  double x = gt_gantt_x_for_date (opts, &opts->today);
  double header_height = gt_gantt_header_height (opts) * opts->scale;
  double rows_bottom = header_height + n_rows * opts->row_height * opts->scale;
  const char *text = C_("gantt", "Today");
  double size = GT_SLIDE_MIN_TEXT;
  double tw, th = size * 1.4;

  if (isnan (x))
    return;

  g_date_clear (&header.today, 1);
  cairo_save (cr);
  cairo_translate (cr, GT_SLIDE_MARGIN, GT_SLIDE_TOP);
  cairo_rectangle (cr, 0, 0, width, header_height);
  cairo_clip (cr);
  gt_gantt_renderer_draw (&header, NULL, 0, cr, width, header_height, 0, 0);
  cairo_restore (cr);

  x += GT_SLIDE_MARGIN;
  tw = text_width (cr, text, size, TRUE) + 20;
  cairo_new_path (cr);
  cairo_set_source_rgb (cr, colours->today.r, colours->today.g, colours->today.b);
  cairo_rectangle (cr, x - 1, GT_SLIDE_TOP + rows_bottom, 2, 8);
  cairo_rectangle (cr, x - tw / 2, GT_SLIDE_TOP + rows_bottom + 8, tw, th);
  cairo_fill (cr);
  draw_text (cr, text, x - tw / 2, GT_SLIDE_TOP + rows_bottom + 8 + (th - size * 1.25) / 2, tw,
             size, TRUE, ALIGN_CENTER, (const double[3]) { colours->today_text.r,
                                                           colours->today_text.g,
                                                           colours->today_text.b }, 1);
}

static void
draw_gantt (GtSlideDeck          *deck,
            const GtSlide        *slide,
            cairo_t              *cr,
            double                width,
            const GtSlidePalette *palette)
{
  const GtGanttRow *rows;
  GtGanttOptions opts;
  double chart_width = width - 2 * GT_SLIDE_MARGIN;
  double labels, days;
  guint n_rows;

  draw_frame (deck, slide, cr, width, palette);

  rows = gt_gantt_rows_get_rows (deck->lagging_rows, &n_rows);
  gantt_options (&opts, &deck->briefing->figures->as_of, palette->dark);
  gt_gantt_options_fit_range (&opts, rows, n_rows);

  /* The whole range across the slide: a slide does not scroll. */
  labels = (opts.name_width + opts.leader_width) * opts.scale;
  days = g_date_days_between (&opts.start, &opts.end) + 1;
  opts.day_width = MAX (0.1, (chart_width - labels) / opts.scale / MAX (days, 1));

  cairo_save (cr);
  cairo_translate (cr, GT_SLIDE_MARGIN, GT_SLIDE_TOP);
  gt_gantt_renderer_draw (&opts, rows + slide->first, slide->count, cr, chart_width,
                          gantt_height (), 0, 0);
  cairo_restore (cr);
  draw_gantt_today (cr, &opts, slide->count, chart_width);

  cairo_save (cr);
  cairo_translate (cr, GT_SLIDE_MARGIN,
                   GT_SLIDE_HEIGHT - GT_SLIDE_FOOTER - 8 - gt_gantt_legend_height (&opts,
                                                                                  chart_width));
  gt_gantt_renderer_draw_legend (&opts, cr, chart_width);
  cairo_restore (cr);
  /* The wall chart sets its own type: its names, and the small type of the
   * axis and the legend. */
  _gt_slide_note_text (cr, MIN (GT_GANTT_FONT_SIZE, GT_GANTT_SMALL_SIZE) * opts.scale);
}

void
_gt_slide_draw (GtSlideDeck          *deck,
                const GtSlide        *slide,
                cairo_t              *cr,
                double                width,
                const GtSlidePalette *palette)
{
  switch (slide->kind)
    {
    case GT_SLIDE_TITLE:
      draw_title (deck, slide, cr, width, palette);
      break;
    case GT_SLIDE_FIGURES:
      draw_figures (deck, slide, cr, width, palette);
      break;
    case GT_SLIDE_LOCALITIES:
      draw_localities (deck, slide, cr, width, palette);
      break;
    case GT_SLIDE_RED_LIST:
      draw_red_list (deck, slide, cr, width, palette);
      break;
    case GT_SLIDE_SECTION:
      draw_section (deck, slide, cr, width, palette);
      break;
    case GT_SLIDE_OVERDUE:
      draw_overdue (deck, slide, cr, width, palette);
      break;
    case GT_SLIDE_GANTT:
      draw_gantt (deck, slide, cr, width, palette);
      break;
    default:
      g_assert_not_reached ();
    }
}
