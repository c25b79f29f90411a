/* gt-escalation-group.c: the escalation rules and the documents' numbers in
 * Preferences.
 *
 * 挂牌督办 comes after 督办: the second box goes down only to one day above
 * the first, which pushes it up when it reaches it, as the status lights'
 * amber and red boxes do; the rules mend settings stored the wrong way round
 * anyway (gt_escalation_rules_load()). The spin buttons take their limits
 * from the schema, so that the window never offers what GSettings refuses.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-escalation-group.h"
#include "gt-settings-spin-row.h"

static GtkSpinButton *
add_spin_row (AdwPreferencesGroup *group,
              GSettings           *settings,
              const char          *key,
              const char          *title,
              const char          *subtitle)
{
  return gt_settings_spin_row_add (group, settings, key, title, subtitle, 1, 365);
}

static void
add_entry_row (AdwPreferencesGroup *group,
               GSettings           *settings,
               const char          *key,
               const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_settings_bind (settings, key, row, "text", G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (group, row);
}

/* The listed box stays above the supervised one. */
static void
keep_listed_above_cb (GtkSpinButton *supervised,
                      GtkSpinButton *listed)
{
  double min, max;

  gtk_spin_button_get_range (listed, &min, &max);
  gtk_spin_button_set_range (listed, MAX (2, gtk_spin_button_get_value (supervised) + 1), max);
}

GtkWidget *
gt_escalation_group_new (GSettings *settings)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkSpinButton *supervised, *listed;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  adw_preferences_group_set_title (group, _("Issue Supervision"));
  adw_preferences_group_set_description (group, _("When an issue past its deadline rises a "
                                                  "level, and the numbers of the office’s "
                                                  "documents about issues."));
  supervised = add_spin_row (group, settings, "escalation-supervise-days",
                             _("Supervised After"),
                             _("Days past the deadline before an open issue is supervised"));
  listed = add_spin_row (group, settings, "escalation-listed-days",
                         _("Listed for Supervision After"),
                         _("Days past the deadline before it is listed for supervision; "
                           "more than for supervision"));
  g_signal_connect_object (supervised, "value-changed", G_CALLBACK (keep_listed_above_cb),
                           listed, 0);
  keep_listed_above_cb (supervised, listed);
  add_entry_row (group, settings, "issue-doc-assign-prefix",
                 _("Assignment Sheet Number Prefix"));
  add_entry_row (group, settings, "issue-doc-supervise-prefix",
                 _("Supervision Letter Number Prefix"));
  return GTK_WIDGET (group);
}
