/* gt-slide-draw.c: how each slide of the monthly meeting looks.
 *
 * The title, the figures and the Gantt slides, and the type, the status
 * marks and the frame that every slide is drawn with; the slides that are
 * tables are in gt-slide-tables.c.
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
/* Under the rows: the today flag (see draw_gantt_today()). */
#define GANTT_TODAY_FLAG (8 + GT_SLIDE_MIN_TEXT * 1.4 + 8)

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

void
_gt_slide_set_colour (cairo_t      *cr,
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
double
_gt_slide_draw_text (cairo_t      *cr,
                     const char   *text,
                     double        x,
                     double        y,
                     double        width,
                     double        size,
                     gboolean      bold,
                     GtSlideAlign  align,
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
  pango_layout_set_alignment (layout, align == GT_SLIDE_ALIGN_CENTER ? PANGO_ALIGN_CENTER
                                      : align == GT_SLIDE_ALIGN_RIGHT ? PANGO_ALIGN_RIGHT
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

  _gt_slide_set_colour (cr, rgb);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  _gt_slide_note_text (cr, size);

  pango_font_description_free (font);
  g_object_unref (layout);
  return text_height;
}

/* The status as a shape: ● green, ▲ amber, ■ red (as on the wall chart). */
void
_gt_slide_draw_mark (cairo_t              *cr,
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
  _gt_slide_set_colour (cr, palette->rag[rag]);
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

void
_gt_slide_draw_frame (GtSlideDeck          *deck,
                      const GtSlide        *slide,
                      cairo_t              *cr,
                      double                width,
                      const GtSlidePalette *palette)
{
  g_autofree char *month = gt_format_month (deck->briefing->year, deck->briefing->month);
  g_autofree char *footer = g_strdup_printf (_("Key Projects Advancement Meeting · %s"), month);

  _gt_slide_set_colour (cr, palette->accent);
  cairo_rectangle (cr, GT_SLIDE_MARGIN, 58, 12, 76);
  cairo_fill (cr);
  _gt_slide_draw_text (cr, slide->title, GT_SLIDE_MARGIN + 36, 52,
                       width - 2 * GT_SLIDE_MARGIN - 36, 60, TRUE, GT_SLIDE_ALIGN_LEFT,
                       palette->fg, 1);

  _gt_slide_set_colour (cr, palette->rule);
  cairo_rectangle (cr, GT_SLIDE_MARGIN, 160, width - 2 * GT_SLIDE_MARGIN, 2);
  cairo_fill (cr);

  _gt_slide_draw_text (cr, footer, GT_SLIDE_MARGIN, GT_SLIDE_HEIGHT - GT_SLIDE_FOOTER + 12,
                       width * 0.6, GT_SLIDE_MIN_TEXT, FALSE, GT_SLIDE_ALIGN_LEFT,
                       palette->dim, 1);
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

  _gt_slide_set_colour (cr, palette->accent);
  cairo_rectangle (cr, 0, 0, width, 24);
  cairo_fill (cr);

  y += _gt_slide_draw_text (cr, month, 2 * GT_SLIDE_MARGIN, y, text_width, 64, FALSE,
                            GT_SLIDE_ALIGN_CENTER, palette->accent, 1) + 24;
  y += _gt_slide_draw_text (cr, _("Key Projects Advancement Meeting"), 2 * GT_SLIDE_MARGIN, y,
                            text_width, 100, TRUE, GT_SLIDE_ALIGN_CENTER, palette->fg, 2) + 48;
  if (deck->office_name != NULL && *deck->office_name != '\0')
    y += _gt_slide_draw_text (cr, deck->office_name, 2 * GT_SLIDE_MARGIN, y, text_width, 44, FALSE,
                              GT_SLIDE_ALIGN_CENTER, palette->fg, 1) + 24;
  _gt_slide_draw_text (cr, as_of, 2 * GT_SLIDE_MARGIN, y, text_width, 32, FALSE,
                       GT_SLIDE_ALIGN_CENTER, palette->dim, 1);
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

      _gt_slide_draw_mark (cr, rag, x + mark / 2, top + line / 2, mark, palette);
      if (text_width (cr, gt_rag_get_label (rag), GT_SLIDE_MIN_TEXT, FALSE) <= label_width)
        _gt_slide_draw_text (cr, gt_rag_get_label (rag), label_x,
                             top + (line - GT_SLIDE_MIN_TEXT * 1.3) / 2, label_width,
                             GT_SLIDE_MIN_TEXT, FALSE, GT_SLIDE_ALIGN_LEFT, palette->dim, 1);
      /* The box as wide as the count needs, and the rest of the tile. */
      _gt_slide_draw_text (cr, count, MAX (label_x, x + width - count_width),
                           top + (line - count_size * 1.3) / 2,
                           MIN (count_width + 2, width - mark - 16), count_size, TRUE,
                           GT_SLIDE_ALIGN_RIGHT, palette->fg, 1);
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

  _gt_slide_draw_frame (deck, slide, cr, width, palette);

  for (guint i = 0; i < G_N_ELEMENTS (tiles); i++)
    {
      double x = GT_SLIDE_MARGIN + (i % 4) * (tile_width + gap);
      double y = GT_SLIDE_TOP + 10 + (i / 4) * (tile_height + gap);
      double pad = 28;

      _gt_slide_set_colour (cr, palette->head);
      cairo_rectangle (cr, x, y, tile_width, tile_height);
      cairo_fill (cr);

      _gt_slide_draw_text (cr, tiles[i].label, x + pad, y + pad, tile_width - 2 * pad, 30, FALSE,
                           GT_SLIDE_ALIGN_LEFT, palette->dim, 2);
      if (tiles[i].value != NULL)
        _gt_slide_draw_text (cr, tiles[i].value, x + pad, y + 100, tile_width - 2 * pad, 72, TRUE,
                             GT_SLIDE_ALIGN_LEFT,
                             tiles[i].rag >= 0 ? palette->rag[tiles[i].rag] : palette->fg, 1);
      else
        draw_lights (cr, total, x + pad, y + 84, tile_width - 2 * pad, tile_height - 84 - pad,
                     palette);
      _gt_slide_draw_text (cr, tiles[i].detail, x + pad, y + 228, tile_width - 2 * pad, 26, FALSE,
                           GT_SLIDE_ALIGN_LEFT, palette->fg, 3);

      g_free (tiles[i].value);
      g_free (tiles[i].detail);
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
  _gt_slide_draw_text (cr, text, x - tw / 2,
                       GT_SLIDE_TOP + rows_bottom + 8 + (th - size * 1.25) / 2, tw, size, TRUE,
                       GT_SLIDE_ALIGN_CENTER, (const double[3]) { colours->today_text.r,
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

  _gt_slide_draw_frame (deck, slide, cr, width, palette);

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
      _gt_slide_draw_localities (deck, slide, cr, width, palette);
      break;
    case GT_SLIDE_RED_LIST:
      _gt_slide_draw_red_list (deck, slide, cr, width, palette);
      break;
    case GT_SLIDE_SECTION:
      _gt_slide_draw_section (deck, slide, cr, width, palette);
      break;
    case GT_SLIDE_OVERDUE:
      _gt_slide_draw_overdue (deck, slide, cr, width, palette);
      break;
    case GT_SLIDE_GANTT:
      draw_gantt (deck, slide, cr, width, palette);
      break;
    default:
      g_assert_not_reached ();
    }
}
