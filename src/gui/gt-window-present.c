/* gt-window-present.c: F5 — the monthly meeting's slides, full screen.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <time.h>

#include <glib/gi18n-lib.h>

#include "gt-overview-view.h"
#include "gt-preferences.h"
#include "gt-presentation.h"
#include "gt-window-private.h"

/* The month the Overview shows, else last month (the one just reported). */
static void
get_month (GtWindow *self,
           int      *year,
           int      *month)
{
  GtkWidget *overview = gt_window_get_page (self, "overview");
  GDate date;

  if (GT_IS_OVERVIEW_VIEW (overview))
    {
      *year = gt_overview_view_get_year (GT_OVERVIEW_VIEW (overview));
      *month = gt_overview_view_get_month (GT_OVERVIEW_VIEW (overview));
      return;
    }
  g_date_clear (&date, 1);
  g_date_set_time_t (&date, time (NULL));
  g_date_subtract_months (&date, 1);
  *year = g_date_get_year (&date);
  *month = g_date_get_month (&date);
}

GtkWindow *
_gt_window_present_slides (GtWindow *self)
{
  g_autofree char *grouping_id = g_settings_get_string (self->settings, "presentation-grouping");
  g_autofree char *office = gt_preferences_dup_office_name ();
  GtSlideDeckOptions options = { office, 16.0 / 9.0 };
  GtBriefingGrouping grouping = GT_BRIEFING_BY_LOCALITY;
  g_autoptr(GError) error = NULL;
  GtStartTargets targets;
  GtPresentation *presentation;
  GtSlideDeck *deck;
  GtRagRules rules;
  int year, month;
  GDate today;

  get_month (self, &year, &month);
  gt_briefing_grouping_from_id (grouping_id, &grouping);
  gt_preferences_load_rag_rules (&rules);
  gt_preferences_load_start_targets (&targets);
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));

  deck = gt_slide_deck_new (self->store, year, month, grouping, &rules, &targets, &today,
                            &options, &error);
  if (deck == NULL)
    {
      gt_window_show_toast (self, error->message);
      return NULL;
    }

  presentation = gt_presentation_new (deck, g_settings_get_boolean (self->settings,
                                                                    "presentation-dark"));
  gtk_window_set_application (GTK_WINDOW (presentation),
                              gtk_window_get_application (GTK_WINDOW (self)));
  gt_presentation_present_on (presentation, GTK_WINDOW (self));
  return GTK_WINDOW (presentation);
}
