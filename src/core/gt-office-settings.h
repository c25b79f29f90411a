/* gt-office-settings.h: the office's own rules (status thresholds, start-rate
 * targets, its name), as set in the preferences and kept in GSettings.
 *
 * The command line reads them too, so that a PDF made from cron shows what the
 * window shows. Where the schema is not installed (a build run in place without
 * GSETTINGS_SCHEMA_DIR), the built-in defaults apply instead of an abort.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-figures.h"
#include "gt-rag.h"

G_BEGIN_DECLS

/* The settings, or NULL when the schema (or @key, when not NULL) is missing. */
GSettings *gt_office_settings_open              (const char     *key);
void      gt_office_settings_load_rag_rules     (GtRagRules     *rules);
void      gt_office_settings_load_start_targets (GtStartTargets *targets);
/* The string of @key; NULL when the schema or the key is missing. */
char     *gt_office_settings_dup_string         (const char     *key);
gboolean  gt_office_settings_get_boolean        (const char     *key,
                                                 gboolean        fallback);

G_END_DECLS
