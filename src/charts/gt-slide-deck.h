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
  GT_SLIDE_COMPLETION,     /* investment against plan and 序时进度, by group */
  GT_SLIDE_RANKING,        /* the ranking of localities or of units */
  GT_SLIDE_SECTION,        /* one locality, unit or leader (a page of it) */
  GT_SLIDE_OVERDUE,        /* overdue issues (a page of them) */
  GT_SLIDE_GANTT,          /* red and amber projects on the wall chart */
} GtSlideKind;

typedef struct {
  const char *office_name;   /* on the title slide; NULL or "" for none */
  double      aspect;        /* width ÷ height: 16/9 or 4/3 */
} GtSlideDeckOptions;

typedef struct _GtSlideDeck GtSlideDeck;

/* Gathers the briefing of @month of @year from @store and lays out its slides. */
GtSlideDeck *gt_slide_deck_new            (GtStore                  *store,
                                           int                       year,
                                           int                       month,
                                           GtBriefingGrouping        grouping,
                                           const GtRagRules         *rules,
                                           const GtStartTargets     *targets,
                                           const GDate              *today,
                                           const GtSlideDeckOptions *options,
                                           GError                  **error);
/* The same with the office's own settings (its name, whose projects a slide
 * lists, its status rules and start targets), as the window and the command
 * line both show them. */
GtSlideDeck *gt_slide_deck_new_for_office (GtStore                  *store,
                                           int                       year,
                                           int                       month,
                                           const GDate              *today,
                                           double                    aspect,
                                           GError                  **error);
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

/* One slide a page, the page of the deck's aspect (1280 pt wide at 16:9). The
 * file is written beside @path and renamed over it when complete. */
gboolean     gt_slide_deck_write_pdf      (GtSlideDeck              *deck,
                                           const char               *path,
                                           gboolean                  dark,
                                           GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtSlideDeck, gt_slide_deck_free)

G_END_DECLS
