/* gt-editor-actions.c
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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
