/* gt-notice-group.c: the monthly notice's rules in Preferences.
 *
 * The red list's length, the months of red light that put a project on the
 * black list, the day of the next month the notice is dated and the prefix of
 * its number (文号); the next steps paragraph is left to the DOCX, where the
 * office edits the whole notice anyway. The spin buttons take their limits
 * from the schema, so that the window never offers what GSettings refuses.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-notice-group.h"
#include "gt-scroll-guard.h"

static void
get_int_range (GSettings  *settings,
               const char *key,
               int        *min,
               int        *max)
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
  if (g_str_equal (kind, "range") && g_variant_is_of_type (limits, G_VARIANT_TYPE ("(ii)")))
    g_variant_get (limits, "(ii)", min, max);
}

static void
add_spin_row (AdwPreferencesGroup *group,
              GSettings           *settings,
              const char          *key,
              const char          *title,
              const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  int min = 1, max = 99;
  GtkWidget *spin;

  get_int_range (settings, key, &min, &max);
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
gt_notice_group_new (GSettings *settings)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *prefix = adw_entry_row_new ();

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  adw_preferences_group_set_title (group, _("Monthly Notice"));
  adw_preferences_group_set_description (group, _("The red and black lists and the number "
                                                  "of the notice made from the main menu."));
  add_spin_row (group, settings, "notice-red-list-size", _("Red List"),
                _("The projects with the highest investment completion rate"));
  add_spin_row (group, settings, "notice-black-list-months", _("Black List: Months Red"),
                _("Months running a project is red before it is on the black list"));
  add_spin_row (group, settings, "notice-issue-day", _("Dated On"),
                _("The day of the next month the notice is dated"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (prefix), _("Number Prefix"));
  g_settings_bind (settings, "notice-number-prefix", prefix, "text", G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (group, prefix);
  return GTK_WIDGET (group);
}
