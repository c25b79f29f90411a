/* gt-issue-visit-row.c: the site visit an issue came from, in its editor.
 *
 * An issue assigned on the spot (现场交办) is the visit's work: whoever
 * follows it up wants what the leader decided there, so the editor names the
 * visit and opens it. Only a live visit is shown (a deleted one leaves its
 * issues behind, gt-store-visits.h); the row follows the store, so that a
 * visit edited from here (or by another desk) reads as it now is, and a visit
 * deleted takes the row away.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-issue-visit-row.h"
#include "gt-store-visits.h"
#include "gt-visit-editor.h"

#define STORE_KEY "gt-issue-visit-store"
#define VISIT_KEY "gt-issue-visit"

char *
gt_issue_visit_row_describe (GtStore *store,
                             GtVisit *visit)
{
  GtLeader *leader;
  g_autofree char *date = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (GT_IS_VISIT (visit), NULL);

  date = gt_format_date (gt_visit_get_visited_on (visit));
  leader = gt_store_lookup_leader (store, gt_visit_get_leader_id (visit));
  g_string_append (text, date);
  /* The middle dot reads the same in Chinese: nothing to translate. */
  if (leader != NULL)
    g_string_append_printf (text, " · %s", gt_leader_get_name (leader));
  g_string_append_printf (text, " · %s", gt_visit_kind_get_label (gt_visit_get_kind (visit)));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

GtkWindow *
gt_issue_visit_row_open (GtkWidget *row)
{
  GtStore *store = g_object_get_data (G_OBJECT (row), STORE_KEY);
  GtVisit *visit = g_object_get_data (G_OBJECT (row), VISIT_KEY);
  GtkRoot *root = gtk_widget_get_root (row);
  GtVisitEditor *editor;

  g_return_val_if_fail (GT_IS_STORE (store) && GT_IS_VISIT (visit), NULL);

  editor = gt_visit_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, store,
                                gt_visit_get_leader_id (visit), visit,
                                gt_visit_get_visited_on (visit));
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WINDOW (editor);
}

static void
open_clicked_cb (GtkWidget *row)
{
  gt_issue_visit_row_open (row);
}

static void
store_changed_cb (GtkWidget *row)
{
  GtStore *store = g_object_get_data (G_OBJECT (row), STORE_KEY);
  GtVisit *visit = g_object_get_data (G_OBJECT (row), VISIT_KEY);
  g_autoptr(GtVisit) now = gt_store_get_visit (store, gt_visit_get_id (visit), NULL);
  g_autofree char *subtitle = NULL;

  gtk_widget_set_visible (row, now != NULL);
  if (now == NULL)
    return;
  subtitle = gt_issue_visit_row_describe (store, now);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), VISIT_KEY, g_steal_pointer (&now), g_object_unref);
}

GtkWidget *
gt_issue_visit_row_new (GtStore *store,
                        GtVisit *visit)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Open _Visit"));
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (GT_IS_VISIT (visit), NULL);

  subtitle = gt_issue_visit_row_describe (store, visit);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("From Site Visit"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), STORE_KEY, g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), VISIT_KEY, g_object_ref (visit), g_object_unref);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("What was decided there, and the issues assigned"));
  /* The button says what, the row which visit: a screen reader hears both. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (open_clicked_cb), row);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), row,
                           G_CONNECT_SWAPPED);
  return row;
}
