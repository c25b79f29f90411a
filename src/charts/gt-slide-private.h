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
#define GT_SLIDE_ROW        100.0   /* a line of a section's table: two lines of text */
#define GT_SLIDE_LINE       56.0    /* a line of the one-line tables */
#define GT_SLIDE_HEAD       64.0    /* a table's header */
#define GT_SLIDE_GANTT_ROW  64.0
/* Type of 26 units of 1080 is 18.5 px on a 1024×768 projector, the least that
 * reads from the back of a meeting room; nothing on a slide is set smaller. */
#define GT_SLIDE_MIN_TEXT   26.0
#define GT_SLIDE_TEXT       30.0    /* a table's body */

typedef struct {
  GtSlideKind kind;
  char       *title;
  gpointer    data;      /* the section, for GT_SLIDE_SECTION */
  guint       first;     /* first line / issue / Gantt row on this page */
  guint       count;
  guint       page;      /* 1-based page of a split list, 0 when not split */
  guint       pages;
  guint       more;      /* on a cut list's last page: the items left out */
} GtSlide;

/* A line of the red list: a red or amber project and how far behind it is. */
typedef struct {
  const GtBriefingLine *line;
  const char           *group;    /* its locality (unit, leader) */
  double                behind;   /* points behind 序时进度; −1 without a plan */
} GtSlideLag;

struct _GtSlideDeck
{
  GtBriefing         *briefing;
  GtGanttRows        *lagging_rows;
  char               *office_name;
  double              aspect;
  GtSlidesPerProject  per_project;
  GArray             *slides;       /* GtSlide */
  GArray             *red_list;     /* GtSlideLag, in the order shown */
  GPtrArray          *localities;   /* const GtFiguresGroup *, those with projects */
};

typedef enum {
  GT_SLIDE_ALIGN_LEFT,
  GT_SLIDE_ALIGN_CENTER,
  GT_SLIDE_ALIGN_RIGHT,
} GtSlideAlign;

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
guint    _gt_slide_lines_per_page (void);
double   _gt_slide_locality_line (guint n_lines);
guint    _gt_slide_locality_lines_per_page (guint n_lines);
guint    _gt_slide_gantt_rows_per_page (void);
const GtSlidePalette *_gt_slide_palette (gboolean dark);
/* Notes type of @size slide units set on @cr, when gt_slide_deck_measure_text()
 * is measuring. */
void     _gt_slide_note_text (cairo_t              *cr,
                              double                size);

/* gt-slide-draw.c: the pieces every slide is drawn with. */
void     _gt_slide_set_colour (cairo_t              *cr,
                               const double          rgb[3]);
double   _gt_slide_draw_text (cairo_t              *cr,
                              const char           *text,
                              double                x,
                              double                y,
                              double                width,
                              double                size,
                              gboolean              bold,
                              GtSlideAlign          align,
                              const double          rgb[3],
                              int                   max_lines);
void     _gt_slide_draw_mark (cairo_t              *cr,
                              GtRag                 rag,
                              double                cx,
                              double                cy,
                              double                size,
                              const GtSlidePalette *palette);
void     _gt_slide_draw_frame (GtSlideDeck          *deck,
                               const GtSlide        *slide,
                               cairo_t              *cr,
                               double                width,
                               const GtSlidePalette *palette);

/* gt-slide-tables.c: the slides that are tables. */
void     _gt_slide_draw_section    (GtSlideDeck          *deck,
                                    const GtSlide        *slide,
                                    cairo_t              *cr,
                                    double                width,
                                    const GtSlidePalette *palette);
void     _gt_slide_draw_overdue    (GtSlideDeck          *deck,
                                    const GtSlide        *slide,
                                    cairo_t              *cr,
                                    double                width,
                                    const GtSlidePalette *palette);
void     _gt_slide_draw_red_list   (GtSlideDeck          *deck,
                                    const GtSlide        *slide,
                                    cairo_t              *cr,
                                    double                width,
                                    const GtSlidePalette *palette);
void     _gt_slide_draw_localities (GtSlideDeck          *deck,
                                    const GtSlide        *slide,
                                    cairo_t              *cr,
                                    double                width,
                                    const GtSlidePalette *palette);

G_END_DECLS
