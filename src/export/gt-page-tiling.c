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
  if (input->label_width * scale > input->area_width * MAX_LABEL_SHARE)
    scale = input->area_width * MAX_LABEL_SHARE / input->label_width;

  tiling->scale = scale;
  tiling->label_width = input->label_width * scale;
  tiling->header_height = input->header_height * scale;
  tiling->row_height = input->row_height * scale;
  tiling->dates_width = input->dates_width * scale;
  tiling->n_rows = input->n_rows;

  /* A page always shows some dates and at least one row, however cramped. */
  span = input->area_width - tiling->label_width;
  tiling->span_width = span;
  if (tiling->dates_width <= span + SLACK)
    tiling->pages_across = 1;
  else
    tiling->pages_across = (guint) ceil (tiling->dates_width / span - SLACK);

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
  page->scroll_x = across * tiling->span_width;
  page->span_width = MIN (tiling->span_width, tiling->dates_width - page->scroll_x);
  if (page->span_width < 0)
    page->span_width = 0;
  return TRUE;
}
