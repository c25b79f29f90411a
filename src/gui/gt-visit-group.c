/* gt-visit-group.c: the office's rule for leaders' site visits in Preferences.
 *
 * The spin buttons take their limits from the schema, so that the window
 * never offers what GSettings refuses; the leader's page follows the keys as
 * they change.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-scroll-guard.h"
#include "gt-visit-group.h"

static void
add_spin_row (AdwPreferencesGroup *group,
              GSettings           *settings,
              const char          *key,
              const char          *title,
              const char          *subtitle)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) limits = NULL;
  GtkWidget *row = adw_action_row_new ();
  const char *kind;
  int min = 1, max = 52;
  GtkWidget *spin;

  g_object_get (settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &kind, &limits);
  if (g_str_equal (kind, "range") && g_variant_is_of_type (limits, G_VARIANT_TYPE ("(ii)")))
    g_variant_get (limits, "(ii)", &min, &max);

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
}

GtkWidget *
gt_visit_group_new (GSettings *settings)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  adw_preferences_group_set_title (group, _("Leaders’ Site Visits"));
  adw_preferences_group_set_description (group, _("How often the office expects each leader "
                                                  "on the sites of their projects."));
  add_spin_row (group, settings, "visits-per-month", _("Visits a Month"),
                _("Site surveys and on-site working visits each leader should make a month"));
  add_spin_row (group, settings, "visits-neglect-weeks", _("Not Visited After (Weeks)"),
                _("Weeks without a visit of its leader before a project is shown as not "
                  "visited"));
  return GTK_WIDGET (group);
}
