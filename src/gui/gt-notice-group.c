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
#include "gt-settings-spin-row.h"

static void
add_spin_row (AdwPreferencesGroup *group,
              GSettings           *settings,
              const char          *key,
              const char          *title,
              const char          *subtitle)
{
  gt_settings_spin_row_add (group, settings, key, title, subtitle, 1, 99);
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
