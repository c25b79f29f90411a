/* gt-preferences.h: the preferences window, and reading what it sets.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-figures.h"
#include "gt-office-settings.h"
#include "gt-rag.h"
#include "gt-schedule.h"

G_BEGIN_DECLS

#define GT_TYPE_PREFERENCES (gt_preferences_get_type ())
G_DECLARE_FINAL_TYPE (GtPreferences, gt_preferences, GT, PREFERENCES, AdwPreferencesWindow)

GtPreferences      *gt_preferences_new                 (GtkWindow *parent);

/* Judges every project of @store today by the office's thresholds, as the
 * Projects page, the wall chart and the portfolios all show it: project id
 * (gint64 *) → GtRag, and the reasons when @reasons is not NULL. NULL (with a
 * warning) when the store cannot be read. */
GHashTable         *gt_preferences_judge_projects      (GtStore     *store,
                                                        GHashTable **reasons);
/* The figures of @month of @year with the office's rules and targets, as of
 * the month's last day. */
GtFigures          *gt_preferences_compute_figures     (GtStore     *store,
                                                        int          year,
                                                        int          month,
                                                        GError     **error);
/* The office's node template, or the built-in one when none is set or the
 * stored text no longer parses. */
GtScheduleTemplate *gt_preferences_load_schedule_template (void);

G_END_DECLS
