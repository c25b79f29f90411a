/* gt-settings-spin-row.c: a preferences row with a spin button bound to a
 * whole-number setting: Preferences, and the groups of the notice,
 * escalation and site visits.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-scroll-guard.h"
#include "gt-settings-spin-row.h"

/* Narrows *@min–*@max to @key's range in the schema, if it has one. */
static void
get_key_range (GSettings  *settings,
               const char *key,
               double     *min,
               double     *max)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) limits = NULL;
  const char *kind;

  g_object_get (settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &kind, &limits);
  if (!g_str_equal (kind, "range"))
    return;
  if (g_variant_is_of_type (limits, G_VARIANT_TYPE ("(ii)")))
    {
      int lo, hi;

      g_variant_get (limits, "(ii)", &lo, &hi);
      *min = MAX (*min, lo);
      *max = MIN (*max, hi);
    }
  else if (g_variant_is_of_type (limits, G_VARIANT_TYPE ("(dd)")))
    {
      double lo, hi;

      g_variant_get (limits, "(dd)", &lo, &hi);
      *min = MAX (*min, lo);
      *max = MIN (*max, hi);
    }
}

GtkSpinButton *
gt_settings_spin_row_add (AdwPreferencesGroup *group,
                          GSettings           *settings,
                          const char          *key,
                          const char          *title,
                          const char          *subtitle,
                          double               min,
                          double               max)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin;

  get_key_range (settings, key, &min, &max);
  spin = gtk_spin_button_new_with_range (min, max, 1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
  gt_scroll_guard_add (spin);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_settings_bind (settings, key, spin, "value", G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (group, row);
  return GTK_SPIN_BUTTON (spin);
}
