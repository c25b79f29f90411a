/* gt-slide-sources.h: the meeting's slide deck gathered from the register.
 *
 * The deck in src/charts draws finished data (a briefing and the wall chart's
 * rows) and never reads a store; these gather that data in core
 * (gt_briefing_new(), gt_office_month_briefing(), gt_gantt_rows_new_lagging())
 * and hand it to gt_slide_deck_new_for_briefing(), for the window, the command
 * line and the export.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-slide-deck.h"
#include "gt-store.h"

G_BEGIN_DECLS

/* Gathers the briefing of @month of @year from @store and lays out its slides. */
GtSlideDeck *gt_slide_deck_new               (GtStore                  *store,
                                              int                       year,
                                              int                       month,
                                              GtBriefingGrouping        grouping,
                                              const GtRagRules         *rules,
                                              const GtStartTargets     *targets,
                                              const GDate              *today,
                                              const GtSlideDeckOptions *options,
                                              GError                  **error);
/* The same with the office's own settings (its name, whose projects a slide
 * lists, which projects get slides, its status rules and start targets), as
 * the window and the command line both show them. */
GtSlideDeck *gt_slide_deck_new_for_office    (GtStore                  *store,
                                              int                       year,
                                              int                       month,
                                              const GDate              *today,
                                              double                    aspect,
                                              GError                  **error);
/* The same, but @per_project as asked (on the command line) over the setting. */
GtSlideDeck *gt_slide_deck_new_for_office_as (GtStore                  *store,
                                              int                       year,
                                              int                       month,
                                              const GDate              *today,
                                              double                    aspect,
                                              GtSlidesPerProject        per_project,
                                              GError                  **error);

G_END_DECLS
