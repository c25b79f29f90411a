/* gt-gantt-print.c: the wall chart tiled onto pages.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "gt-gantt-figures.h"
#include "gt-gantt-print.h"
#include "gt-gantt-sheet-map.h"

/* Layout px → points, as for every chart printed. */
#define POINTS 0.75
#define GAP    6.0
/* A row holds its name with some air: the bars are sized to the row. */
#define ROW_OVER_FONT 1.75
/* A short span is widened to fill its sheet, up to this many times. */
#define MAX_STRETCH   4.0

struct _GtGanttPrint {
  GtGanttOptions    opts;          /* at the print's scale */
  GtGanttOptions    strip_opts;    /* the same, with the 序号 strip for labels */
  GtGanttOptions    legend_opts;   /* at the plain scale: the key never shrinks */
  const GtGanttRow *rows;
  guint             n_rows;
  GtPrintTitle      title;
  char             *office_name;
  char             *chart_name;
  double            width;
  double            height;
  double            legend_height;
  GtGanttPrintSettings settings;
  gboolean          has_map;
  GtTiling          tiling;
};

void
gt_gantt_print_settings_init (GtGanttPrintSettings *settings)
{
  *settings = (GtGanttPrintSettings) {
    .labels_once = TRUE,
    .sheet_map = TRUE,
  };
}

/* Squeezes the days so that the labels and the dates take one sheet across
 * (only the time axis shrinks), or with @stretch, widens a span that leaves
 * the sheet half empty (a year at quarter zoom) to fill it. */
static void
fit_days (GtGanttOptions *opts,
          double          area_width,
          gboolean        squeeze,
          gboolean        stretch)
{
  double label = gt_gantt_x_for_date (opts, &opts->start);
  double dates = gt_gantt_content_width (opts) - label;
  double room = area_width - label;
  double days;

  if (dates <= 0 || !g_date_valid (&opts->start) || !g_date_valid (&opts->end))
    return;
  days = (double) g_date_get_julian (&opts->end) - g_date_get_julian (&opts->start) + 1;
  if (squeeze && dates > room)
    {
      /* Labels wider than the sheet: the days keep a sliver, the tiling goes on. */
      room = MAX (room, area_width * 0.15);
      opts->day_width = room / (days * opts->scale);
    }
  else if (stretch && dates < room)
    opts->day_width = MIN (room, dates * MAX_STRETCH) / (days * opts->scale);
}

/* The days widened so that the dates fill the last sheet across rather than
 * end a sliver into it: as many sheets, better read. */
static gboolean
fill_sheets (GtGanttOptions *opts,
             const GtTiling *tiling)
{
  double room = tiling->first_span
                + (tiling->pages_across - 1) * (tiling->span_width - tiling->overlap);
  double factor;

  if (tiling->dates_width <= 0 || room <= tiling->dates_width * 1.02)
    return FALSE;
  factor = MIN (room / tiling->dates_width, MAX_STRETCH) * (1 - 1e-9);
  opts->day_width = (opts->day_width > 0 ? opts->day_width : gt_gantt_zoom_day_width (opts->zoom))
                    * factor;
  return TRUE;
}

/* The chart's options as printed, before any squeezing to the page. */
static void
print_options (const GtGanttOptions *in,
               GtGanttOptions       *out)
{
  double font = GT_GANTT_PRINT_NAME_POINTS / POINTS;

  *out = *in;
  out->scale = POINTS;
  out->dark = FALSE;
  out->show_labels = TRUE;
  out->show_header = TRUE;
  out->serial_only = FALSE;
  /* The names at a size read from across a meeting room, whatever the
   * screen's; the rows grow to hold them. */
  out->font_size = font;
  out->row_height = round (font * ROW_OVER_FONT);
}

GtGanttPrint *
gt_gantt_print_new_full (const GtGanttOptions       *opts,
                         const GtGanttRow           *rows,
                         guint                       n_rows,
                         const GtPrintTitle         *title,
                         double                      width,
                         double                      height,
                         const GtGanttPrintSettings *settings)
{
  GtGanttPrint *self;
  GtTilingInput input = { 0 };
  double area_width;
  double label_width;

  g_return_val_if_fail (opts != NULL && title != NULL && settings != NULL, NULL);
  g_return_val_if_fail (rows != NULL || n_rows == 0, NULL);

  self = g_new0 (GtGanttPrint, 1);
  self->settings = *settings;
  print_options (opts, &self->opts);
  self->legend_opts = self->opts;
  self->legend_opts.font_size = 0;
  self->rows = rows;
  self->n_rows = n_rows;
  self->office_name = g_strdup (title->office_name);
  self->chart_name = g_strdup (title->chart_name);
  self->title = *title;
  self->title.office_name = self->office_name;
  self->title.chart_name = self->chart_name;
  self->width = width;
  self->height = height;

  area_width = width - 2 * GT_PRINT_MARGIN;
  self->legend_height = gt_gantt_legend_height (&self->legend_opts, area_width);
  fit_days (&self->opts, area_width, settings->fit_width, FALSE);
  self->strip_opts = self->opts;
  self->strip_opts.serial_only = TRUE;

  label_width = gt_gantt_x_for_date (&self->opts, &self->opts.start);
  input.area_width = area_width;
  input.area_height = height - 2 * GT_PRINT_MARGIN - gt_print_title_height ()
                      - self->legend_height - GAP - gt_print_footer_height ();
  input.label_width = label_width;
  input.dates_width = gt_gantt_content_width (&self->opts) - label_width;
  input.header_height = gt_gantt_content_height (&self->opts, 0);
  input.row_height = gt_gantt_content_height (&self->opts, 1) - input.header_height;
  input.n_rows = n_rows;
  input.min_scale = GT_GANTT_PRINT_MIN_POINTS / GT_GANTT_PRINT_NAME_POINTS;
  if (settings->labels_once)
    input.strip_width = gt_gantt_x_for_date (&self->strip_opts, &self->strip_opts.start);
  if (settings->overlap)
    input.overlap = GT_GANTT_PRINT_OVERLAP;
  gt_page_tiling_compute (&input, &self->tiling);
  if (settings->labels_once && fill_sheets (&self->opts, &self->tiling))
    {
      self->strip_opts.day_width = self->opts.day_width;
      input.dates_width = gt_gantt_content_width (&self->opts) - label_width;
      gt_page_tiling_compute (&input, &self->tiling);
    }
  self->opts.scale = POINTS * self->tiling.scale;
  self->strip_opts.scale = self->opts.scale;
  self->has_map = settings->sheet_map && gt_page_tiling_n_pages (&self->tiling) > 1;

  return self;
}

GtGanttPrint *
gt_gantt_print_new (const GtGanttOptions *opts,
                    const GtGanttRow     *rows,
                    guint                 n_rows,
                    const GtPrintTitle   *title,
                    double                width,
                    double                height,
                    gboolean              fit_width)
{
  GtGanttPrintSettings settings = { .fit_width = fit_width };

  return gt_gantt_print_new_full (opts, rows, n_rows, title, width, height, &settings);
}

GtGanttPrint *
gt_gantt_print_new_for_wall (const GtGanttOptions *opts,
                             const GtGanttRow     *rows,
                             guint                 n_rows,
                             const GtPrintTitle   *title,
                             double                width,
                             double                height,
                             gboolean              fit_width,
                             const GtGanttWall    *wall)
{
  GtGanttPrintSettings settings;
  GtGanttOptions chosen = *opts;

  gt_gantt_print_settings_init (&settings);
  settings.fit_width = fit_width;
  settings.overlap = wall != NULL && wall->overlap;
  /* The print dialog's columns, over the rows the Wall Chart page shows. */
  if (wall != NULL)
    chosen.columns = wall->columns;
  /* The front line when the page shows it or the dialog asks for it. */
  if (wall != NULL && wall->front_line)
    chosen.front_line = TRUE;
  return gt_gantt_print_new_full (&chosen, rows, n_rows, title, width, height, &settings);
}

void
gt_gantt_print_whole_size (const GtGanttOptions *opts,
                           guint                 n_rows,
                           double               *width,
                           double               *height)
{
  GtGanttOptions printed;
  GtGanttOptions legend;
  double area_width;

  print_options (opts, &printed);
  legend = printed;
  legend.font_size = 0;
  area_width = gt_gantt_content_width (&printed);
  *width = area_width + 2 * GT_PRINT_MARGIN;
  *height = gt_gantt_content_height (&printed, n_rows) + 2 * GT_PRINT_MARGIN
            + gt_print_title_height () + gt_print_footer_height ()
            + gt_gantt_legend_height (&legend, area_width) + GAP + 1;
}

gboolean
gt_gantt_wall_apply (const GtGanttWall *wall,
                     GtGanttOptions    *opts,
                     GtGanttRows       *rows,
                     GtStore           *store,
                     int                year,
                     int                month,
                     GError           **error)
{
  g_return_val_if_fail (wall != NULL && opts != NULL, FALSE);

  /* A wall chart is of the year being reported on; bars running beyond it get
   * an arrow. */
  if (year >= 1 && year <= 9999)
    gt_gantt_options_set_year (opts, year);
  if (g_date_valid (&wall->from))
    {
      opts->start = wall->from;
      g_date_set_day (&opts->start, 1);
    }
  if (g_date_valid (&wall->to))
    {
      opts->end = wall->to;
      g_date_set_day (&opts->end, g_date_get_days_in_month (g_date_get_month (&opts->end),
                                                            g_date_get_year (&opts->end)));
    }
  opts->columns = wall->columns;
  opts->front_line = wall->front_line;
  opts->as_of_month = month;
  if (wall->columns != 0 && rows != NULL && store != NULL)
    return gt_gantt_figures_fill (rows, store, year, month, error);
  return TRUE;
}

void
gt_gantt_print_free (GtGanttPrint *self)
{
  if (self == NULL)
    return;
  g_free (self->office_name);
  g_free (self->chart_name);
  g_free (self);
}

guint
gt_gantt_print_get_n_sheets (GtGanttPrint *self)
{
  return gt_page_tiling_n_pages (&self->tiling);
}

gboolean
gt_gantt_print_has_map (GtGanttPrint *self)
{
  return self->has_map;
}

guint
gt_gantt_print_get_n_pages (GtGanttPrint *self)
{
  return gt_gantt_print_get_n_sheets (self) + (self->has_map ? 1 : 0);
}

const GtTiling *
gt_gantt_print_get_tiling (GtGanttPrint *self)
{
  return &self->tiling;
}

double
gt_gantt_print_get_name_size (GtGanttPrint *self)
{
  return gt_gantt_name_font_size (&self->opts);
}

/* Where two sheets are pasted together: a dashed line down the chart at @x and
 * a cross at each end. */
static void
draw_assembly_mark (cairo_t *cr,
                    double   x,
                    double   height)
{
  static const double dash[] = { 4, 3 };

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_set_line_width (cr, 0.6);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, x, 0);
  cairo_line_to (cr, x, height);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint i = 0; i < 2; i++)
    {
      double y = i == 0 ? -4 : height + 4;

      cairo_move_to (cr, x - 5, y);
      cairo_line_to (cr, x + 5, y);
      cairo_move_to (cr, x, y - 4);
      cairo_line_to (cr, x, y + 4);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_sheet (GtGanttPrint *self,
            cairo_t      *cr,
            guint         sheet,
            double        title_height)
{
  const GtTiling *tiling = &self->tiling;
  const GtGanttOptions *opts;
  GtTilePage page;
  double chart_width, chart_height;

  if (!gt_page_tiling_get_page (tiling, sheet, &page))
    return;
  opts = page.across > 0 && tiling->strip_width > 0 ? &self->strip_opts : &self->opts;

  chart_width = page.label_width + page.span_width;
  chart_height = tiling->header_height + page.n_rows * tiling->row_height;
  cairo_save (cr);
  cairo_translate (cr, 0, title_height);
  cairo_save (cr);
  /* The renderer fills what it is given; the clip keeps the next page's first
   * row and day off this one. */
  cairo_rectangle (cr, 0, 0, chart_width, chart_height);
  cairo_clip (cr);
  gt_gantt_renderer_draw (opts, self->rows, self->n_rows, cr, chart_width, chart_height,
                          page.first_row, page.scroll_x);
  cairo_restore (cr);

  if (tiling->overlap > 0 && tiling->pages_across > 1)
    {
      /* The first date this sheet shares with the next, and the one it takes
       * up from the sheet before: laid one over the other on the wall. */
      if (page.across + 1 < tiling->pages_across)
        {
          GtTilePage next;

          gt_page_tiling_get_page (tiling, sheet + 1, &next);
          draw_assembly_mark (cr, page.label_width + next.scroll_x - page.scroll_x,
                              chart_height);
        }
      if (page.across > 0)
        draw_assembly_mark (cr, page.label_width + tiling->overlap, chart_height);
    }
  cairo_restore (cr);
}

void
gt_gantt_print_draw_page (GtGanttPrint *self,
                          cairo_t      *cr,
                          guint         index)
{
  double area_width = self->width - 2 * GT_PRINT_MARGIN;
  double area_height = self->height - 2 * GT_PRINT_MARGIN;
  double title_height;
  guint n_pages = gt_gantt_print_get_n_pages (self);

  if (index >= n_pages)
    return;

  cairo_save (cr);
  cairo_translate (cr, GT_PRINT_MARGIN, GT_PRINT_MARGIN);
  title_height = gt_print_draw_title (cr, &self->title, area_width);

  if (self->has_map && index == 0)
    {
      cairo_save (cr);
      cairo_translate (cr, 0, title_height);
      gt_gantt_sheet_map_draw (cr, &self->tiling, &self->opts, self->rows, self->n_rows,
                               area_width, area_height - title_height
                               - gt_print_footer_height ());
      cairo_restore (cr);
    }
  else
    {
      guint sheet = self->has_map ? index - 1 : index;
      GtTilePage page;

      draw_sheet (self, cr, sheet, title_height);
      if (gt_page_tiling_n_pages (&self->tiling) > 1 &&
          gt_page_tiling_get_page (&self->tiling, sheet, &page))
        {
          g_autofree char *mark = gt_page_tiling_sheet_mark (page.down, page.across);

          gt_gantt_sheet_map_draw_mark (cr, mark, area_width, 0);
        }

      cairo_save (cr);
      cairo_translate (cr, 0, area_height - gt_print_footer_height () - self->legend_height);
      gt_gantt_renderer_draw_legend (&self->legend_opts, cr, area_width);
      cairo_restore (cr);
    }

  gt_print_draw_page_number (cr, index, n_pages, area_width, area_height);
  cairo_restore (cr);
}

static void
draw_page_cb (gpointer  data,
              cairo_t  *cr,
              guint     index)
{
  gt_gantt_print_draw_page (data, cr, index);
}

void
gt_gantt_print_get_doc (GtGanttPrint *self,
                        GtExportDoc  *doc)
{
  *doc = (GtExportDoc) {
    .width = self->width,
    .height = self->height,
    .n_pages = gt_gantt_print_get_n_pages (self),
    .draw_page = draw_page_cb,
    .data = self,
  };
}
