/* gt-choice-picker.c
 *
 * The widget is itself the button that takes the focus, so that a screen
 * reader hears one element: the name its caller gives (an accessible label,
 * an action row's title) and the choice as its description. Built around a
 * GtkMenuButton it read the name three times over AT-SPI (a container and the
 * inner button both, the menu button between them), as the date button did
 * (gt-date-button.c). The popover is its own child, presented from the
 * layout's allocate as GtkMenuButton does (gt-popover-button.c, shared with
 * the date button).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-choice.h"
#include "gt-choice-picker.h"
#include "gt-cut-text.h"
#include "gt-popover-button.h"
#include "gt-text-match.h"

struct _GtChoicePicker
{
  GtkButton          parent_instance;

  GListModel        *model;
  guint              selected;
  GObject           *selected_item; /* followed when the model changes under it */

  GtkLabel          *button_label;
  GtkWidget         *popover;
  GtkSearchEntry    *search;
  GtkListView       *list;
  GtkCustomFilter   *filter;
  GtkFilterListModel *shown;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (GtChoicePicker, gt_choice_picker, GTK_TYPE_BUTTON)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
matches (gpointer item,
         gpointer user_data)
{
  GtChoicePicker *self = user_data;
  g_autofree char *name = gt_choice_dup_name (item, NULL);

  return gt_text_matches (name, gtk_editable_get_text (GTK_EDITABLE (self->search)));
}

static void
set_selected_item (GtChoicePicker *self,
                   guint           position)
{
  g_clear_object (&self->selected_item);
  if (self->model != NULL && position != GTK_INVALID_LIST_POSITION)
    self->selected_item = g_list_model_get_item (self->model, position);
  self->selected = self->selected_item != NULL ? position : GTK_INVALID_LIST_POSITION;
}

static void
update_label (GtChoicePicker *self)
{
  g_autoptr(GObject) item = NULL;
  g_autofree char *name = NULL;

  if (self->selected_item != NULL)
    item = g_object_ref (self->selected_item);
  if (item != NULL)
    {
      name = gt_choice_dup_name (item, NULL);
      gtk_label_set_label (self->button_label, name);
      gtk_widget_remove_css_class (GTK_WIDGET (self->button_label), "dim-label");
    }
  else
    {
      gtk_label_set_label (self->button_label, _("Choose…"));
      gtk_widget_add_css_class (GTK_WIDGET (self->button_label), "dim-label");
    }
  /* The caller's label names the button; the choice is what it holds. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  gtk_label_get_label (self->button_label), -1);
}

/* The position in the whole model of the item shown at @position. */
static guint
model_position (GtChoicePicker *self,
                guint           position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->shown), position);
  guint n;

  if (item == NULL)
    return GTK_INVALID_LIST_POSITION;
  n = g_list_model_get_n_items (self->model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (self->model, i);

      if (other == item)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
pick (GtChoicePicker *self,
      guint           shown_position)
{
  guint position = model_position (self, shown_position);

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  gt_choice_picker_set_selected (self, position);
}

static void
activate_cb (GtkListView    *list,
             guint           position,
             GtChoicePicker *self)
{
  pick (self, position);
}

/* Enter in the search field takes the first name that matches. */
static void
search_activate_cb (GtkSearchEntry *entry,
                    GtChoicePicker *self)
{
  pick (self, 0);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   GtChoicePicker *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
stop_search_cb (GtkSearchEntry *entry,
                GtChoicePicker *self)
{
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

/* Down from the search field into the list, as in a combo box. */
static gboolean
search_key_cb (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               GtChoicePicker        *self)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;
  return gtk_widget_child_focus (GTK_WIDGET (self->list), GTK_DIR_TAB_FORWARD);
}

/* Opens on an empty search, the whole list, with the current choice in view. */
static void
popover_show_cb (GtkPopover     *popover,
                 GtChoicePicker *self)
{
  gt_choice_picker_set_search_text (self, "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
  if (self->selected != GTK_INVALID_LIST_POSITION)
    {
      gtk_single_selection_set_selected (self->selection, self->selected);
      gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u",
                                  self->selected);
    }
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 46);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gt_cut_text_add_tooltip (GTK_LABEL (label));
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item)
{
  g_autofree char *name = gt_choice_dup_name (gtk_list_item_get_item (list_item), NULL);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_label (GTK_LABEL (label), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

/* The register changes under an open editor (another window, another
 * process): the choice stays the same item, wherever it moves, and is
 * dropped only when the item goes. */
static void
items_changed_cb (GListModel     *model,
                  guint           position,
                  guint           removed,
                  guint           added,
                  GtChoicePicker *self)
{
  guint n = g_list_model_get_n_items (model);
  guint found = GTK_INVALID_LIST_POSITION;

  if (self->selected_item == NULL)
    return;
  for (guint i = 0; i < n && found == GTK_INVALID_LIST_POSITION; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item == self->selected_item)
        found = i;
    }
  if (found == self->selected)
    return;
  set_selected_item (self, found);
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
gt_choice_picker_dispose (GObject *object)
{
  GtChoicePicker *self = GT_CHOICE_PICKER (object);

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_object (&self->selected_item);

  G_OBJECT_CLASS (gt_choice_picker_parent_class)->dispose (object);
}

static void
gt_choice_picker_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GtChoicePicker *self = GT_CHOICE_PICKER (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_uint (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_choice_picker_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GtChoicePicker *self = GT_CHOICE_PICKER (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      gt_choice_picker_set_selected (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A click, Enter or Space opens the list. */
static void
gt_choice_picker_clicked (GtkButton *button)
{
  gtk_popover_popup (GTK_POPOVER (GT_CHOICE_PICKER (button)->popover));
}

/* Its row's activation or a mnemonic opens the list at once, as on a menu
 * button (a button's own activation clicks after a quarter second). */
static gboolean
gt_choice_picker_mnemonic_activate (GtkWidget *widget,
                                    gboolean   group_cycling)
{
  if (group_cycling)
    return gtk_widget_grab_focus (widget);
  gtk_popover_popup (GTK_POPOVER (GT_CHOICE_PICKER (widget)->popover));
  return TRUE;
}

static void
gt_choice_picker_class_init (GtChoicePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkButtonClass *button_class = GTK_BUTTON_CLASS (klass);

  object_class->dispose = gt_choice_picker_dispose;
  object_class->get_property = gt_choice_picker_get_property;
  object_class->set_property = gt_choice_picker_set_property;
  button_class->clicked = gt_choice_picker_clicked;
  widget_class->mnemonic_activate = gt_choice_picker_mnemonic_activate;

  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, GTK_INVALID_LIST_POSITION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Styled as the button it is (a menu button's look: the "popup" class). */
  gtk_widget_class_set_css_name (widget_class, "button");
}

static void
gt_choice_picker_init (GtChoicePicker *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("pan-down-symbolic");
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->selected = GTK_INVALID_LIST_POSITION;
  gtk_widget_add_css_class (GTK_WIDGET (self), "popup");
  gtk_widget_add_css_class (GTK_WIDGET (self), "choice-picker");

  /* Wide enough for a county's project names (20-odd Chinese characters, each
   * about two of the "chars" GTK measures in) before they are cut; the whole
   * name is the cut label's tooltip. */
  self->button_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->button_label, 0.0);
  gtk_label_set_ellipsize (self->button_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (self->button_label, 24);
  gtk_label_set_max_width_chars (self->button_label, 46);
  gtk_widget_set_hexpand (GTK_WIDGET (self->button_label), TRUE);
  gt_cut_text_add_tooltip (self->button_label);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->button_label));
  gtk_box_append (GTK_BOX (content), arrow);
  /* A name reads from the left, like the rows'. */
  gtk_widget_set_halign (content, GTK_ALIGN_FILL);
  gtk_widget_set_hexpand (content, TRUE);

  self->filter = gtk_custom_filter_new (matches, self, NULL);
  self->shown = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->shown));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (self->selection),
                                                 g_object_ref (factory)));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  g_signal_connect (self->list, "activate", G_CALLBACK (activate_cb), self);

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  /* The property, as its setter is GTK 4.10's. */
  g_object_set (self->search, "placeholder-text", _("Part of the name, or initials"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Find by name or initials"),
                                  -1);
  g_signal_connect (self->search, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect (self->search, "activate", G_CALLBACK (search_activate_cb), self);
  g_signal_connect (self->search, "stop-search", G_CALLBACK (stop_search_cb), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search), keys);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (box), scrolled);

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  g_signal_connect (self->popover, "show", G_CALLBACK (popover_show_cb), self);

  /* The face first: what the picker shows is its first label. */
  gtk_button_set_child (GTK_BUTTON (self), content);
  gt_popover_button_set_popover (GTK_BUTTON (self), self->popover);
  update_label (self);
}

GtkWidget *
gt_choice_picker_new (void)
{
  return g_object_new (GT_TYPE_CHOICE_PICKER, NULL);
}

void
gt_choice_picker_set_model (GtChoicePicker *self,
                            GListModel     *model)
{
  g_return_if_fail (GT_IS_CHOICE_PICKER (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), self);
  gtk_filter_list_model_set_model (self->shown, model);
  set_selected_item (self, GTK_INVALID_LIST_POSITION);
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

GListModel *
gt_choice_picker_get_model (GtChoicePicker *self)
{
  g_return_val_if_fail (GT_IS_CHOICE_PICKER (self), NULL);

  return self->model;
}

void
gt_choice_picker_set_selected (GtChoicePicker *self,
                               guint           position)
{
  g_return_if_fail (GT_IS_CHOICE_PICKER (self));

  if (self->model == NULL || position >= g_list_model_get_n_items (self->model))
    position = GTK_INVALID_LIST_POSITION;
  if (position == self->selected)
    return;
  set_selected_item (self, position);
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

guint
gt_choice_picker_get_selected (GtChoicePicker *self)
{
  g_return_val_if_fail (GT_IS_CHOICE_PICKER (self), GTK_INVALID_LIST_POSITION);

  return self->selected;
}

/* Borrowed, as gtk_drop_down_get_selected_item(). */
gpointer
gt_choice_picker_get_selected_item (GtChoicePicker *self)
{
  g_return_val_if_fail (GT_IS_CHOICE_PICKER (self), NULL);

  return self->selected_item;
}

void
gt_choice_picker_set_search_text (GtChoicePicker *self,
                                  const char     *text)
{
  g_return_if_fail (GT_IS_CHOICE_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search), text != NULL ? text : "");
  /* At once, not after the search entry's typing delay. */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

guint
gt_choice_picker_get_n_shown (GtChoicePicker *self)
{
  g_return_val_if_fail (GT_IS_CHOICE_PICKER (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->shown));
}

void
gt_choice_picker_set_label (GtChoicePicker *self,
                            const char     *label)
{
  g_return_if_fail (GT_IS_CHOICE_PICKER (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

void
gt_choice_picker_popup (GtChoicePicker *self)
{
  g_return_if_fail (GT_IS_CHOICE_PICKER (self));

  gtk_popover_popup (GTK_POPOVER (self->popover));
}

GtkWidget *
gt_choice_picker_get_popover (GtChoicePicker *self)
{
  g_return_val_if_fail (GT_IS_CHOICE_PICKER (self), NULL);

  return self->popover;
}
