/* gt-page-tiling.h: how a wall chart is cut into printed pages.
 *
 * Pure arithmetic, no surfaces: given the chart's parts (a label column and a
 * header repeated on every page, rows of one height, a date area of some width)
 * and the room a page leaves for the chart, it says how many pages across and
 * down are needed and what each page holds. A wall chart carries its label
 * column on the leftmost sheet of each band only, and a narrow strip (the 序号)
 * on the others, whose dates may overlap the sheet before for pasting up. Pages are numbered across first,
 * then down, as they are pasted up on a wall. All lengths are in the same unit
 * (points for print and PDF); the chart's own lengths are taken at scale 1 and
 * multiplied by the tiling's @scale.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double   area_width;     /* room for the chart on a page */
  double   area_height;
  double   label_width;    /* the label column, repeated on every page */
  double   header_height;  /* the time-scale header, repeated on every page */
  double   row_height;
  double   dates_width;    /* the whole date area */
  guint    n_rows;
  gboolean fit_width;      /* shrink so that the dates fit one page across */
  /* When above 0: the label column on the first sheet across only, this strip
   * on the others. 0: the label column on every sheet. */
  double   strip_width;
  double   overlap;        /* dates a sheet repeats of the one on its left */
  double   min_scale;      /* never shrink below (legible names); 0 for none */
} GtTilingInput;

typedef struct {
  double scale;            /* 1, or less when fitting to the width or when the
                            * labels would take over 40% of the page's width */
  guint  rows_per_page;
  guint  pages_down;
  guint  pages_across;
  double span_width;       /* date area a page holds, scaled */
  double label_width;      /* scaled */
  double header_height;    /* scaled */
  double row_height;       /* scaled */
  double dates_width;      /* scaled */
  guint  n_rows;
  double strip_width;      /* scaled; 0 when the labels are on every sheet */
  double overlap;          /* scaled */
  double first_span;       /* date area of the first sheet across, scaled */
} GtTiling;

/* What page @index holds: rows @first_row … + @n_rows, and the date span from
 * @scroll_x (scaled, 0 = the first day) over @span_width. */
typedef struct {
  guint  first_row;
  guint  n_rows;
  double scroll_x;
  double span_width;
  guint  across;           /* 0 = the leftmost sheet of its band */
  guint  down;             /* the band */
  double label_width;      /* the label column or the strip, scaled */
} GtTilePage;

/* The sheet's mark for pasting up: "A1" for the first band's first sheet,
 * "A2" right of it, "B1" below it. */
char  *gt_page_tiling_sheet_mark (guint down,
                                  guint across);
void   gt_page_tiling_compute   (const GtTilingInput *input,
                                 GtTiling            *tiling);
guint  gt_page_tiling_n_pages   (const GtTiling      *tiling);
/* FALSE when @index is past the last page. */
gboolean gt_page_tiling_get_page (const GtTiling     *tiling,
                                  guint               index,
                                  GtTilePage         *page);

G_END_DECLS
