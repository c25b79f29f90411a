/* gt-slide-sources.c: the meeting's slide deck gathered from the register.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-office-month.h"
#include "gt-office-settings.h"
#include "gt-slide-sources.h"

/* The deck of @briefing (taken), with the wall chart's rows when every project
 * gets slides. */
static GtSlideDeck *
deck_new (GtStore                   *store,
          GtBriefing                *briefing,
          const GtSlideDeckOptions  *options,
          GError                   **error)
{
  g_autoptr(GtBriefing) owned = briefing;
  GtGanttRows *rows = NULL;

  if (owned == NULL)
    return NULL;
  if (options != NULL && options->per_project == GT_SLIDES_PER_PROJECT_ALL)
    {
      rows = gt_gantt_rows_new_lagging (store, owned, error);
      if (rows == NULL)
        return NULL;
    }
  return gt_slide_deck_new_for_briefing (g_steal_pointer (&owned), rows, options);
}

GtSlideDeck *
gt_slide_deck_new (GtStore                   *store,
                   int                        year,
                   int                        month,
                   GtBriefingGrouping         grouping,
                   const GtRagRules          *rules,
                   const GtStartTargets      *targets,
                   const GDate               *today,
                   const GtSlideDeckOptions  *options,
                   GError                   **error)
{
  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  return deck_new (store, gt_briefing_new (store, year, month, grouping, rules, targets, today,
                                           error),
                   options, error);
}

static GtSlideDeck *
deck_new_for_office (GtStore             *store,
                     int                  year,
                     int                  month,
                     const GDate         *today,
                     double               aspect,
                     GtSlidesPerProject   per_project,
                     GError             **error)
{
  g_autofree char *office = gt_office_settings_dup_string ("office-name");
  g_autofree char *grouping_id = gt_office_settings_dup_string ("presentation-grouping");
  g_autofree char *per_project_id = gt_office_settings_dup_string ("slides-per-project");
  GtSlideDeckOptions options = { office, aspect, per_project };
  GtBriefingGrouping grouping = GT_BRIEFING_BY_LOCALITY;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  if (per_project >= GT_N_SLIDES_PER_PROJECT &&
      !gt_slides_per_project_from_id (per_project_id, &options.per_project))
    options.per_project = GT_SLIDES_PER_PROJECT_LAGGING;
  gt_briefing_grouping_from_id (grouping_id, &grouping);
  return deck_new (store, gt_office_month_briefing (store, year, month, grouping, today, error),
                   &options, error);
}

GtSlideDeck *
gt_slide_deck_new_for_office (GtStore      *store,
                              int           year,
                              int           month,
                              const GDate  *today,
                              double        aspect,
                              GError      **error)
{
  return deck_new_for_office (store, year, month, today, aspect, GT_N_SLIDES_PER_PROJECT,
                              error);
}

GtSlideDeck *
gt_slide_deck_new_for_office_as (GtStore             *store,
                                 int                  year,
                                 int                  month,
                                 const GDate         *today,
                                 double               aspect,
                                 GtSlidesPerProject   per_project,
                                 GError             **error)
{
  g_return_val_if_fail ((guint) per_project < GT_N_SLIDES_PER_PROJECT, NULL);
  return deck_new_for_office (store, year, month, today, aspect, per_project, error);
}
