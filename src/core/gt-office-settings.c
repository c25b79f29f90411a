/* gt-office-settings.c: the office's own rules, from GSettings.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "gt-office-settings.h"

/* NULL when the schema is not installed: g_settings_new() would abort. */
static GSettings *
open_settings (const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || (key != NULL && !g_settings_schema_has_key (schema, key)))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

GSettings *
gt_office_settings_open (const char *key)
{
  return open_settings (key);
}

void
gt_office_settings_load_rag_rules (GtRagRules *rules)
{
  g_autoptr(GSettings) settings = open_settings ("rag-red-milestone-days");

  g_return_if_fail (rules != NULL);

  *rules = *gt_rag_rules_default ();
  if (settings == NULL)
    return;
  rules->amber_start_months = g_settings_get_int (settings, "rag-amber-start-months");
  rules->red_start_months = g_settings_get_int (settings, "rag-red-start-months");
  rules->amber_lag_points = g_settings_get_double (settings, "rag-amber-lag-points");
  rules->red_lag_points = g_settings_get_double (settings, "rag-red-lag-points");
  rules->red_milestone_days = g_settings_get_int (settings, "rag-red-milestone-days");
}

void
gt_office_settings_load_start_targets (GtStartTargets *targets)
{
  g_autoptr(GSettings) settings = open_settings ("start-target-june");

  g_return_if_fail (targets != NULL);

  *targets = *gt_start_targets_default ();
  if (settings == NULL)
    return;
  /* Kept in percent, as people type them. */
  targets->by_march = g_settings_get_double (settings, "start-target-march") / 100.0;
  targets->by_june = g_settings_get_double (settings, "start-target-june") / 100.0;
}

char *
gt_office_settings_dup_string (const char *key)
{
  g_autoptr(GSettings) settings = open_settings (key);

  g_return_val_if_fail (key != NULL, NULL);
  return settings != NULL ? g_settings_get_string (settings, key) : NULL;
}

gboolean
gt_office_settings_get_boolean (const char *key,
                                gboolean    fallback)
{
  g_autoptr(GSettings) settings = open_settings (key);

  g_return_val_if_fail (key != NULL, fallback);
  return settings != NULL ? g_settings_get_boolean (settings, key) : fallback;
}
