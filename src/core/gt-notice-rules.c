/* gt-notice-rules.c: the monthly notice's rules, from GSettings.
 *
 * The notice is dated from its month, never from the clock: a notice remade
 * for April in August is still the April notice, dated in May, as filed.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "gt-notice-rules.h"

#define DEFAULT_RED_LIST_SIZE     5
#define DEFAULT_BLACK_LIST_MONTHS 2
#define DEFAULT_ISSUE_DAY         8

/* NULL when the schema or @key is missing: g_settings_new() would abort. */
static GSettings *
open_settings (const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static guint
get_uint (const char *key,
          guint       fallback,
          guint       min,
          guint       max)
{
  g_autoptr(GSettings) settings = open_settings (key);
  int value;

  if (settings == NULL)
    return fallback;
  value = g_settings_get_int (settings, key);
  return (guint) CLAMP (value, (int) min, (int) max);
}

static char *
dup_string (const char *key)
{
  g_autoptr(GSettings) settings = open_settings (key);

  return settings != NULL ? g_settings_get_string (settings, key) : g_strdup ("");
}

void
gt_notice_rules_init_default (GtNoticeRules *rules)
{
  g_return_if_fail (rules != NULL);

  rules->red_list_size = DEFAULT_RED_LIST_SIZE;
  rules->black_list_months = DEFAULT_BLACK_LIST_MONTHS;
  rules->issue_day = DEFAULT_ISSUE_DAY;
  rules->number_prefix = g_strdup ("");
  rules->next_steps = NULL;
}

void
gt_notice_rules_load (GtNoticeRules *rules)
{
  g_return_if_fail (rules != NULL);

  rules->red_list_size = get_uint ("notice-red-list-size", DEFAULT_RED_LIST_SIZE, 1,
                                   GT_NOTICE_RED_LIST_MAX);
  rules->black_list_months = get_uint ("notice-black-list-months", DEFAULT_BLACK_LIST_MONTHS,
                                       1, GT_NOTICE_BLACK_MONTHS_MAX);
  rules->issue_day = get_uint ("notice-issue-day", DEFAULT_ISSUE_DAY, 1, 31);
  rules->number_prefix = dup_string ("notice-number-prefix");
  rules->next_steps = dup_string ("notice-next-steps");
}

void
gt_notice_rules_clear (GtNoticeRules *rules)
{
  g_clear_pointer (&rules->number_prefix, g_free);
  g_clear_pointer (&rules->next_steps, g_free);
}

void
gt_notice_rules_issue_date (const GtNoticeRules *rules,
                            int                  year,
                            int                  month,
                            GDate               *date)
{
  GDateMonth next_month = month == 12 ? G_DATE_JANUARY : (GDateMonth) (month + 1);
  GDateYear next_year = (GDateYear) (month == 12 ? year + 1 : year);
  guint day = MIN (MAX (rules->issue_day, 1),
                   g_date_get_days_in_month (next_month, next_year));

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, next_month, next_year);
}
