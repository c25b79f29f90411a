/* gt-page-tiling.c: cutting a wall chart into pages.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "gt-page-tiling.h"

/* Lengths a hair over a whole number of pages, from rounding, would otherwise
 * give a page with nothing on it. */
#define SLACK 1e-6
/* The label column may take this share of a page's width at most: beyond it
 * (portrait A4) the whole chart shrinks, rather than leave a sliver of dates. */
#define MAX_LABEL_SHARE 0.4
/* With the labels on the first sheet only, they may take this much of it. */
#define MAX_FIRST_SHARE 0.85
/* Points of dates a sheet shows at least, however wide the labels. */
#define MIN_SPAN        40.0

void
gt_page_tiling_compute (const GtTilingInput *input,
                        GtTiling            *tiling)
{
  double scale = 1.0;
  double span;
  double rows_room;
  guint per_page;

  g_return_if_fail (input != NULL && tiling != NULL);

  if (input->fit_width && input->label_width + input->dates_width > input->area_width &&
      input->label_width + input->dates_width > 0)
    scale = input->area_width / (input->label_width + input->dates_width);
  if (input->strip_width <= 0 && input->label_width * scale > input->area_width * MAX_LABEL_SHARE)
    scale = input->area_width * MAX_LABEL_SHARE / input->label_width;
  /* With the labels on the first sheet only, they may take most of it: the
   * sheets right of it hold the dates. */
  if (input->strip_width > 0 && input->label_width * scale > input->area_width * MAX_FIRST_SHARE)
    scale = input->area_width * MAX_FIRST_SHARE / input->label_width;
  if (input->min_scale > 0 && scale < input->min_scale)
    scale = input->min_scale;

  tiling->scale = scale;
  tiling->strip_width = MAX (input->strip_width, 0) * scale;
  tiling->overlap = MAX (input->overlap, 0) * scale;
  tiling->label_width = input->label_width * scale;
  tiling->header_height = input->header_height * scale;
  tiling->row_height = input->row_height * scale;
  tiling->dates_width = input->dates_width * scale;
  tiling->n_rows = input->n_rows;

  /* A page always shows some dates and at least one row, however cramped. */
  span = MAX (input->area_width - tiling->label_width, MIN_SPAN);
  tiling->first_span = span;
  tiling->span_width = span;
  if (tiling->strip_width > 0)
    tiling->span_width = MAX (input->area_width - tiling->strip_width, MIN_SPAN);
  /* The overlap never eats a sheet's whole span. */
  tiling->overlap = MIN (tiling->overlap, tiling->span_width / 2);
  if (tiling->dates_width <= span + SLACK)
    tiling->pages_across = 1;
  else
    tiling->pages_across = 1 + (guint) ceil ((tiling->dates_width - span)
                                             / (tiling->span_width - tiling->overlap) - SLACK);

  rows_room = input->area_height - tiling->header_height;
  per_page = tiling->row_height > 0 ? (guint) floor (rows_room / tiling->row_height + SLACK) : 1;
  tiling->rows_per_page = MAX (per_page, 1);
  tiling->pages_down = MAX ((input->n_rows + tiling->rows_per_page - 1) / tiling->rows_per_page,
                            1);
}

guint
gt_page_tiling_n_pages (const GtTiling *tiling)
{
  g_return_val_if_fail (tiling != NULL, 0);

  return tiling->pages_across * tiling->pages_down;
}

gboolean
gt_page_tiling_get_page (const GtTiling *tiling,
                         guint           index,
                         GtTilePage     *page)
{
  guint down, across;

  g_return_val_if_fail (tiling != NULL && page != NULL, FALSE);

  if (index >= gt_page_tiling_n_pages (tiling))
    return FALSE;

  down = index / tiling->pages_across;
  across = index % tiling->pages_across;
  page->first_row = down * tiling->rows_per_page;
  page->n_rows = MIN (tiling->rows_per_page, tiling->n_rows - MIN (page->first_row,
                                                                   tiling->n_rows));
  page->across = across;
  page->down = down;
  if (across == 0)
    {
      page->scroll_x = 0;
      page->span_width = tiling->first_span;
      page->label_width = tiling->label_width;
    }
  else
    {
      page->scroll_x = tiling->first_span - tiling->overlap
                       + (across - 1) * (tiling->span_width - tiling->overlap);
      page->span_width = tiling->span_width;
      page->label_width = tiling->strip_width > 0 ? tiling->strip_width : tiling->label_width;
    }
  page->span_width = MIN (page->span_width, tiling->dates_width - page->scroll_x);
  if (page->span_width < 0)
    page->span_width = 0;
  return TRUE;
}

char *
gt_page_tiling_sheet_mark (guint down,
                           guint across)
{
  GString *mark = g_string_new (NULL);
  guint band = down;

  /* A … Z, then AA, AB …, as spreadsheet columns. */
  do
    {
      g_string_prepend_c (mark, (char) ('A' + band % 26));
      band = band / 26;
    }
  while (band-- > 0);
  g_string_append_printf (mark, "%u", across + 1);
  return g_string_free (mark, FALSE);
}
