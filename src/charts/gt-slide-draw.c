/* gt-slide-draw.c: how each slide of the monthly meeting looks.
 *
 * Made to be read from the back of a room: type no smaller than 22 units of
 * 1080 (a 2% of the screen height), strong contrast in both themes, and the
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
#include "gt-completion-chart.h"
#include "gt-ranking-table.h"
#include "gt-format.h"
#include "gt-slide-private.h"

#define GANTT_SCALE 2.0   /* slide units a Gantt layout px */

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

  /* A single line too long for its box (a figure, a name) is made smaller, down
   * to half, before it is cut short. */
  if (max_lines == 1 && pango_layout_is_ellipsized (layout))
    {
      PangoRectangle logical;
      int full_height = text_height;

      pango_layout_set_width (layout, -1);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      size *= MAX (0.5, width / MAX (logical.width, 1) * 0.98);
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

  draw_text (cr, footer, GT_SLIDE_MARGIN, GT_SLIDE_HEIGHT - GT_SLIDE_FOOTER + 16,
             width * 0.6, 22, FALSE, ALIGN_LEFT, palette->dim, 1);
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
    { _("Status Lights"), NULL,
      g_strdup_printf (_("%u green, %u amber, %u red"), total->by_rag[GT_RAG_GREEN],
                       total->by_rag[GT_RAG_AMBER], total->by_rag[GT_RAG_RED]), -1 },
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
        {
          /* The lights: each shape with its count. */
          for (int rag = 0; rag < GT_N_RAGS; rag++)
            {
              double slot = (tile_width - 2 * pad) / 3;
              double cx = x + pad + 16 + rag * slot;
              g_autofree char *count = g_strdup_printf ("%u", total->by_rag[rag]);

              draw_mark (cr, rag, cx, y + 150, 32, palette);
              draw_text (cr, count, cx + 26, y + 108, slot - 42, 60, TRUE, ALIGN_LEFT,
                         palette->fg, 1);
            }
        }
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
} TableColumn;

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
    draw_text (cr, _(columns[i].title), x[i] + 12, GT_SLIDE_TOP + 14, w[i] - 24, 28, TRUE,
               ALIGN_LEFT, palette->fg, 1);
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

static void
draw_stripe (cairo_t              *cr,
             guint                 row,
             double                width,
             const GtSlidePalette *palette)
{
  if (row % 2 == 1)
    {
      set_colour (cr, palette->stripe);
      cairo_rectangle (cr, GT_SLIDE_MARGIN, row_top (row), width - 2 * GT_SLIDE_MARGIN,
                       GT_SLIDE_ROW);
      cairo_fill (cr);
    }
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

static void
draw_overdue (GtSlideDeck          *deck,
              const GtSlide        *slide,
              cairo_t              *cr,
              double                width,
              const GtSlidePalette *palette)
{
  static const TableColumn columns[] = {
    { N_("Project"), 0.30, 0 },
    { N_("Issue"), 0.42, 0 },
    { N_("Assigned To"), 0.28, 0 },
    { N_("Deadline"), 0, 250 },
    { N_("Overdue"), 0, 170 },
  };
  GPtrArray *issues = deck->briefing->overdue_issues;
  double x[G_N_ELEMENTS (columns)], w[G_N_ELEMENTS (columns)];

  draw_frame (deck, slide, cr, width, palette);

  if (issues->len == 0)
    {
      draw_text (cr, _("No issue is overdue this month."), GT_SLIDE_MARGIN, 480,
                 width - 2 * GT_SLIDE_MARGIN, 56, TRUE, ALIGN_CENTER, palette->rag[GT_RAG_GREEN],
                 2);
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
      double y = row_top (row);

      draw_stripe (cr, row, width, palette);
      draw_text (cr, issue->project_name, x[0] + 12, y + 14, w[0] - 24, 28, TRUE, ALIGN_LEFT,
                 palette->fg, 2);
      draw_text (cr, issue->description, x[1] + 12, y + 14, w[1] - 24, 26, FALSE, ALIGN_LEFT,
                 palette->fg, 2);
      draw_text (cr, issue->unit_name, x[2] + 12, y + 14, w[2] - 24, 26, FALSE, ALIGN_LEFT,
                 palette->fg, 2);
      draw_text (cr, deadline, x[3] + 12, y + 30, w[3] - 24, 26, FALSE, ALIGN_LEFT,
                 palette->fg, 1);
      draw_text (cr, days, x[4] + 12, y + 26, w[4] - 24, 32, TRUE, ALIGN_LEFT,
                 palette->rag[GT_RAG_RED], 1);
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
  opts->name_width = 230;
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
  return GT_SLIDE_HEIGHT - GT_SLIDE_TOP - GT_SLIDE_FOOTER - 24 -
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

  cairo_save (cr);
  cairo_translate (cr, GT_SLIDE_MARGIN,
                   GT_SLIDE_HEIGHT - GT_SLIDE_FOOTER - 8 - gt_gantt_legend_height (&opts,
                                                                                  chart_width));
  gt_gantt_renderer_draw_legend (&opts, cr, chart_width);
  cairo_restore (cr);
}

/* Charts of the overview, drawn large: type twice the screen's. */
static void
draw_chart (GtSlideDeck          *deck,
            const GtSlide        *slide,
            cairo_t              *cr,
            double                width,
            const GtSlidePalette *palette)
{
  const GtFigures *figures = deck->briefing->figures;
  double chart_width = width - 2 * GT_SLIDE_MARGIN;
  double chart_height = GT_SLIDE_HEIGHT - GT_SLIDE_TOP - GT_SLIDE_FOOTER - 10;
  GtChartStyle style;

  draw_frame (deck, slide, cr, width, palette);
  gt_chart_style_init (&style, palette->dark, GANTT_SCALE);

  cairo_save (cr);
  cairo_translate (cr, GT_SLIDE_MARGIN, GT_SLIDE_TOP);
  if (slide->kind == GT_SLIDE_COMPLETION)
    gt_completion_chart_draw (cr, &style, figures, slide->first, chart_width, chart_height);
  else
    gt_ranking_table_draw (cr, &style, figures, slide->first, GT_RANKING_COMPLETION,
                           chart_width, chart_height);
  cairo_restore (cr);
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
    case GT_SLIDE_COMPLETION:
    case GT_SLIDE_RANKING:
      draw_chart (deck, slide, cr, width, palette);
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
