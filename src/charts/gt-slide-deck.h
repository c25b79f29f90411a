/* gt-slide-deck.h: the slides of the monthly advancement meeting (月度推进会),
 * drawn onto any cairo_t: the presentation window, and PDF export.
 *
 * Each slide is laid out on a virtual canvas 1080 units high and 1080 × aspect
 * wide (1920 for 16:9, 1440 for 4:3), then scaled to fit the area it is drawn
 * in and centred on a background of the slide's colour: nothing is drawn
 * outside that area, and long lists split across slides the same way whatever
 * the aspect.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "gt-briefing.h"
#include "gt-gantt-rows.h"

G_BEGIN_DECLS

typedef enum {
  GT_SLIDE_TITLE,
  GT_SLIDE_FIGURES,
  GT_SLIDE_LOCALITIES,     /* each locality's projects, starts, completion, lights */
  GT_SLIDE_RED_LIST,       /* red then amber projects, most behind first */
  GT_SLIDE_OVERDUE,        /* overdue issues (a page of them) */
  GT_SLIDE_SECTION,        /* one locality, unit or leader (a page of it) */
  GT_SLIDE_GANTT,          /* red and amber projects on the wall chart */
} GtSlideKind;

/* Which projects get slides of their own (sections and the wall chart): the
 * red and amber ones are always on the red list; every project only when
 * asked, for the deck then runs past GT_SLIDE_DECK_MAX_SLIDES. */
typedef enum {
  GT_SLIDES_PER_PROJECT_LAGGING,
  GT_SLIDES_PER_PROJECT_ALL,
  GT_N_SLIDES_PER_PROJECT
} GtSlidesPerProject;

/* A meeting sits through no more than this many slides; in the lagging deck
 * the longest lists are cut short (most behind and most overdue kept) to fit. */
#define GT_SLIDE_DECK_MAX_SLIDES 30

typedef struct {
  const char        *office_name;   /* on the title slide; NULL or "" for none */
  double             aspect;        /* width ÷ height: 16/9 or 4/3 */
  GtSlidesPerProject per_project;
} GtSlideDeckOptions;

/* "lagging" / "all", as in the settings and on the command line. */
const char  *gt_slides_per_project_to_id   (GtSlidesPerProject  per_project);
gboolean     gt_slides_per_project_from_id (const char         *id,
                                            GtSlidesPerProject *per_project);

typedef struct _GtSlideDeck GtSlideDeck;

/* Lays out the slides of @briefing (taken), with the wall chart of its red and
 * amber projects from @lagging_rows (taken; gt_gantt_rows_new_lagging(), or
 * NULL for none: only a deck of every project's slides shows it). The deck
 * draws this finished data and never reads a store: the decks gathered from
 * the register, under given or the office's rules, are made in
 * src/export/gt-slide-sources.h. */
GtSlideDeck *gt_slide_deck_new_for_briefing (GtBriefing               *briefing,
                                             GtGanttRows              *lagging_rows,
                                             const GtSlideDeckOptions *options);
void         gt_slide_deck_free           (GtSlideDeck              *deck);

guint        gt_slide_deck_get_n_slides   (GtSlideDeck              *deck);
GtSlideKind  gt_slide_deck_get_kind       (GtSlideDeck              *deck,
                                           guint                     index);
/* The slide's heading, for the window title and PDF outline. */
const char  *gt_slide_deck_get_title      (GtSlideDeck              *deck,
                                           guint                     index);
const GtBriefing *gt_slide_deck_get_briefing (GtSlideDeck           *deck);
/* The slides are laid out again for @aspect (the counts do not change). */
void         gt_slide_deck_set_aspect     (GtSlideDeck              *deck,
                                           double                    aspect);

/* Draws slide @index filling @width × @height, @dark for a dark room; the page
 * number is drawn in the corner when @numbered. */
void         gt_slide_deck_draw           (GtSlideDeck              *deck,
                                           guint                     index,
                                           cairo_t                  *cr,
                                           double                    width,
                                           double                    height,
                                           gboolean                  dark,
                                           gboolean                  numbered);
/* Where the slide itself lies in a @width × @height area. */
void         gt_slide_deck_get_frame      (GtSlideDeck              *deck,
                                           double                    width,
                                           double                    height,
                                           cairo_rectangle_t        *frame);
/* The smallest type slide @index sets, in pixels of a @width × @height screen
 * (points of a page that size): what must stay legible from the back of the
 * room. 0 for a slide without text. */
double       gt_slide_deck_measure_text   (GtSlideDeck              *deck,
                                           guint                     index,
                                           double                    width,
                                           double                    height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtSlideDeck, gt_slide_deck_free)

G_END_DECLS
