/* gt-editor-actions.c
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-connection.h"
#include "gt-editor-actions.h"

/* Nothing was written yet: an editor saves only on editor.save. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
update_save (GtkWidget *editor)
{
  GtStore *store = g_object_get_data (G_OBJECT (editor), "gt-editor-store");
  gboolean valid = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (editor), "gt-editor-valid"));

  gtk_widget_action_set_enabled (editor, "editor.save",
                                 valid && gt_connection_store_is_writable (store));
}

void
gt_editor_class_install_actions (GtkWidgetClass              *widget_class,
                                 GtkWidgetActionActivateFunc  save)
{
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

void
gt_editor_set_can_save (GtkWidget *editor,
                        GtStore   *store,
                        gboolean   valid)
{
  g_return_if_fail (GTK_IS_WIDGET (editor));
  g_return_if_fail (GT_IS_STORE (store));

  /* The editor holds the store for as long as it lives. */
  if (g_object_get_data (G_OBJECT (editor), "gt-editor-store") == NULL)
    {
      g_object_set_data (G_OBJECT (editor), "gt-editor-store", store);
      gt_connection_watch (store, editor, G_CALLBACK (update_save));
    }
  g_object_set_data (G_OBJECT (editor), "gt-editor-valid", GINT_TO_POINTER (valid != FALSE));
  update_save (editor);
}

GtkWidget *
gt_editor_add_header (GtkBox *box)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_label (_("Save"));

  g_return_val_if_fail (GTK_IS_BOX (box), NULL);

  gtk_widget_add_css_class (save, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "editor.save");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "editor.cancel");
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (box, header);
  return save;
}

GtkWidget *
gt_editor_add_suffix_row (AdwPreferencesGroup *group,
                          const char          *title,
                          GtkWidget           *widget)
{
  GtkWidget *row = adw_action_row_new ();

  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), widget);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  /* The row's title as the widget's own name: a screen reader focused on the
   * widget hears what the row says. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), widget);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), widget);
  adw_preferences_group_add (group, row);
  return widget;
}
