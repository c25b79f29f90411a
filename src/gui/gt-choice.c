/* gt-choice.c: lists of projects, leaders and units to choose from.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-choice.h"
#include "gt-cut-text.h"

GListModel *
gt_choice_model_new (const char *first_label,
                     GListModel *items)
{
  g_autoptr(GListStore) first = g_list_store_new (G_TYPE_OBJECT);
  GListStore *parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkStringObject) label = gtk_string_object_new (first_label);

  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);

  g_list_store_append (first, label);
  g_list_store_append (parts, first);
  g_list_store_append (parts, items);

  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));
}

char *
gt_choice_dup_name (GObject  *item,
                    gpointer  user_data)
{
  if (GT_IS_PROJECT (item))
    return g_strdup (gt_project_get_name (GT_PROJECT (item)));
  if (GT_IS_UNIT (item))
    return g_strdup (gt_unit_get_name (GT_UNIT (item)));
  if (GT_IS_LEADER (item))
    return g_strdup (gt_leader_get_name (GT_LEADER (item)));
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  return g_strdup ("");
}

GtkExpression *
gt_choice_expression_new (void)
{
  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                      G_CALLBACK (gt_choice_dup_name), NULL, NULL);
}

static void
choice_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  max_chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (max_chars));
  gt_cut_text_add_tooltip (GTK_LABEL (label));
  gtk_list_item_set_child (list_item, label);
}

static void
choice_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  max_chars)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *name = gt_choice_dup_name (gtk_list_item_get_item (list_item), NULL);

  gtk_label_set_label (GTK_LABEL (label), name);
}

GtkListItemFactory *
gt_choice_factory_new (int max_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (choice_setup_cb), GINT_TO_POINTER (max_chars));
  g_signal_connect (factory, "bind", G_CALLBACK (choice_bind_cb), GINT_TO_POINTER (max_chars));
  return factory;
}

gint64
gt_choice_get_id (gpointer item)
{
  if (GT_IS_PROJECT (item))
    return gt_project_get_id (item);
  if (GT_IS_UNIT (item))
    return gt_unit_get_id (item);
  if (GT_IS_LEADER (item))
    return gt_leader_get_id (item);
  return 0;
}

guint
gt_choice_find (GListModel *model,
                gint64      id)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), GTK_INVALID_LIST_POSITION);

  n = g_list_model_get_n_items (model);
  for (guint i = 0; id > 0 && i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (gt_choice_get_id (item) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

void
gt_choice_setup_dropdown (GtkDropDown *dropdown,
                          const char  *first_label,
                          GListModel  *items,
                          int          max_chars)
{
  g_autoptr(GListModel) model = gt_choice_model_new (first_label, items);
  g_autoptr(GtkListItemFactory) button_factory = gt_choice_factory_new (max_chars);
  g_autoptr(GtkListItemFactory) list_factory = gt_choice_factory_new (40);
  g_autoptr(GtkExpression) expression = gt_choice_expression_new ();

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_factory (dropdown, button_factory);
  gtk_drop_down_set_list_factory (dropdown, list_factory);
  gtk_drop_down_set_enable_search (dropdown, TRUE);
  gtk_drop_down_set_model (dropdown, model);
  gtk_drop_down_set_selected (dropdown, 0);
  gt_choice_defer_rows (dropdown);
}

/* The whole list, as the popover is about to show it. */
static void
popup_shown_cb (GtkWidget         *popover,
                GtkSliceListModel *first)
{
  gtk_slice_list_model_set_size (first, G_MAXUINT);
  g_signal_handlers_disconnect_by_func (popover, popup_shown_cb, first);
}

void
gt_choice_defer_rows (GtkDropDown *dropdown)
{
  GListModel *model;
  GtkWidget *popover = NULL;
  g_autoptr(GtkSliceListModel) first = NULL;

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  model = gtk_drop_down_get_model (dropdown);
  g_return_if_fail (model != NULL && gtk_drop_down_get_selected (dropdown) == 0);

  /* The list is in the drop-down's own popover, a child of it in GTK 4.8;
   * should that change, every row is built up front as before. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      popover = child;
  if (popover == NULL)
    return;

  first = gtk_slice_list_model_new (g_object_ref (model), 0, 1);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (first));
  gtk_drop_down_set_selected (dropdown, 0);
  /* Before the popover is mapped, so the rows are there when it shows. */
  g_signal_connect_object (popover, "show", G_CALLBACK (popup_shown_cb), first, 0);
}

void
gt_choice_label_dropdown (GtkDropDown *dropdown,
                          const char  *label)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                        -1);
    }
}
