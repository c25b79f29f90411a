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

#include "gt-settings-spin-row.h"
#include "gt-visit-group.h"

static void
add_spin_row (AdwPreferencesGroup *group,
              GSettings           *settings,
              const char          *key,
              const char          *title,
              const char          *subtitle)
{
  gt_settings_spin_row_add (group, settings, key, title, subtitle, 1, 52);
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
