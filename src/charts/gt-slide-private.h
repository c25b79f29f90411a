/* gt-slide-private.h: shared by the slide deck and the slide drawing code.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-slide-deck.h"

G_BEGIN_DECLS

#define GT_SLIDE_HEIGHT     1080.0
#define GT_SLIDE_MARGIN     72.0
#define GT_SLIDE_TOP        190.0   /* below the slide title */
#define GT_SLIDE_FOOTER     64.0
#define GT_SLIDE_ROW        100.0   /* a line of a table */
#define GT_SLIDE_HEAD       64.0    /* a table's header */
#define GT_SLIDE_GANTT_ROW  64.0

typedef struct {
  GtSlideKind kind;
  char       *title;
  gpointer    data;      /* the section, for GT_SLIDE_SECTION */
  guint       first;     /* first line / issue / Gantt row on this page */
  guint       count;
  guint       page;      /* 1-based page of a split list, 0 when not split */
  guint       pages;
} GtSlide;

struct _GtSlideDeck
{
  GtBriefing         *briefing;
  GtGanttRows        *lagging_rows;
  char               *office_name;
  double              aspect;
  GArray             *slides;   /* GtSlide */
};

typedef struct {
  double bg[3], fg[3], dim[3], accent[3], head[3], stripe[3], rule[3];
  double rag[GT_N_RAGS][3];
  gboolean dark;
} GtSlidePalette;

void     _gt_slide_draw      (GtSlideDeck          *deck,
                              const GtSlide        *slide,
                              cairo_t              *cr,
                              double                width,
                              const GtSlidePalette *palette);
guint    _gt_slide_rows_per_page (void);
guint    _gt_slide_gantt_rows_per_page (void);
const GtSlidePalette *_gt_slide_palette (gboolean dark);

G_END_DECLS
