/* gt-formality-item-row.c: one approval of a template, edited in place.
 *
 * One line a row (name, department, days, then the moves and Remove), as the
 * office's own paper list is laid out and as the backward schedule's nodes
 * above it on the same page are (gt-template-group.c: an entry row titled
 * with its place), so that the whole template is seen and Tab walks it in
 * reading order. The department is a word the template
 * keeps (gt-formality-template.h matches it to a unit when a project's list
 * is planned): chosen among the register's units, or kept as the template
 * wrote it. Each control is named with its row's place for a screen reader
 * ("Approval 3: Days"), since the rows' controls look alike.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-formality-item-row.h"
#include "gt-scroll-guard.h"

#define MAX_DAYS 3650

struct _GtFormalityItemRow
{
  AdwEntryRow        parent_instance;

  GtkStringList     *departments;
  GtkDropDown       *department;
  GtkSpinButton     *days;
  GtkWidget         *up;
  GtkWidget         *down;
  GtkWidget         *remove;
};

G_DEFINE_FINAL_TYPE (GtFormalityItemRow, gt_formality_item_row, ADW_TYPE_ENTRY_ROW)

/* Not "changed": the row is a GtkEditable, whose ::changed is the name's. */
enum {
  EDITED,
  MOVE,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
label_control (GtkWidget  *widget,
               const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
changed_cb (GtFormalityItemRow *self)
{
  g_signal_emit (self, signals[EDITED], 0);
}

static void
up_cb (GtFormalityItemRow *self)
{
  g_signal_emit (self, signals[MOVE], 0, -1);
}

static void
down_cb (GtFormalityItemRow *self)
{
  g_signal_emit (self, signals[MOVE], 0, 1);
}

static void
remove_cb (GtFormalityItemRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/* The face shows the department cut short, the list in full: a long name
 * would otherwise squeeze the approval's own name out of the line. */
static void
setup_face_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 12);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 12);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_face_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  ellipsize)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (string));
}

static GtkListItemFactory *
face_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_face_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_face_cb), GINT_TO_POINTER (ellipsize));
  return factory;
}

/* Alt+Up and Alt+Down move the row from any of its controls. */
static gboolean
move_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  GtFormalityItemRow *self = GT_FORMALITY_ITEM_ROW (widget);
  int by = GPOINTER_TO_INT (user_data);

  if (!gtk_widget_get_sensitive (by < 0 ? self->up : self->down))
    return FALSE;
  g_signal_emit (self, signals[MOVE], 0, by);
  return TRUE;
}

static void
add_move_shortcuts (GtFormalityItemRow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const int moves[] = { -1, 1 };

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_keyval_trigger_new (moves[i] < 0 ? GDK_KEY_Up : GDK_KEY_Down,
                                                GDK_ALT_MASK),
                        gtk_callback_action_new (move_shortcut_cb,
                                                 GINT_TO_POINTER (moves[i]), NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

static void
gt_formality_item_row_dispose (GObject *object)
{
  GtFormalityItemRow *self = GT_FORMALITY_ITEM_ROW (object);

  g_clear_object (&self->departments);

  G_OBJECT_CLASS (gt_formality_item_row_parent_class)->dispose (object);
}

static void
gt_formality_item_row_class_init (GtFormalityItemRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = gt_formality_item_row_dispose;

  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
gt_formality_item_row_init (GtFormalityItemRow *self)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (self);
  g_autoptr(GtkExpression) expression = NULL;
  GtkListItemFactory *factory;
  GtkWidget *unit;

  g_signal_connect (self, "changed", G_CALLBACK (changed_cb), NULL);

  self->department = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->department, expression);
  gtk_drop_down_set_enable_search (self->department, TRUE);
  factory = face_factory (TRUE);
  gtk_drop_down_set_factory (self->department, factory);
  g_object_unref (factory);
  factory = face_factory (FALSE);
  gtk_drop_down_set_list_factory (self->department, factory);
  g_object_unref (factory);
  gtk_widget_set_valign (GTK_WIDGET (self->department), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->department), _("The approving department"));
  g_signal_connect_swapped (self->department, "notify::selected", G_CALLBACK (changed_cb), self);
  adw_entry_row_add_suffix (row, GTK_WIDGET (self->department));

  self->days = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, MAX_DAYS, 1));
  gtk_spin_button_set_numeric (self->days, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->days), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->days), _("The time limit, in days"));
  g_signal_connect_swapped (self->days, "value-changed", G_CALLBACK (changed_cb), self);
  gt_scroll_guard_add (GTK_WIDGET (self->days));
  adw_entry_row_add_suffix (row, GTK_WIDGET (self->days));
  unit = gtk_label_new (_("days"));
  gtk_widget_add_css_class (unit, "dim-label");
  adw_entry_row_add_suffix (row, unit);

  self->up = icon_button ("go-up-symbolic", _("Move Up (Alt+↑)"));
  g_signal_connect_swapped (self->up, "clicked", G_CALLBACK (up_cb), self);
  adw_entry_row_add_suffix (row, self->up);
  self->down = icon_button ("go-down-symbolic", _("Move Down (Alt+↓)"));
  g_signal_connect_swapped (self->down, "clicked", G_CALLBACK (down_cb), self);
  adw_entry_row_add_suffix (row, self->down);
  self->remove = icon_button ("list-remove-symbolic", _("Remove"));
  g_signal_connect_swapped (self->remove, "clicked", G_CALLBACK (remove_cb), self);
  adw_entry_row_add_suffix (row, self->remove);
  add_move_shortcuts (self);
}

GtkWidget *
gt_formality_item_row_new (GtkStringList *departments,
                           const char    *kind,
                           const char    *department,
                           guint          days)
{
  GtFormalityItemRow *self;

  g_return_val_if_fail (GTK_IS_STRING_LIST (departments), NULL);

  self = g_object_new (GT_TYPE_FORMALITY_ITEM_ROW, NULL);
  self->departments = g_object_ref (departments);
  gtk_drop_down_set_model (self->department, G_LIST_MODEL (departments));
  gt_formality_item_row_set_kind (self, kind);
  gt_formality_item_row_set_department (self, department);
  gt_formality_item_row_set_days (self, days);
  return GTK_WIDGET (self);
}

const char *
gt_formality_item_row_get_kind (GtFormalityItemRow *self)
{
  g_return_val_if_fail (GT_IS_FORMALITY_ITEM_ROW (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self));
}

const char *
gt_formality_item_row_get_department (GtFormalityItemRow *self)
{
  guint selected;

  g_return_val_if_fail (GT_IS_FORMALITY_ITEM_ROW (self), NULL);

  selected = gtk_drop_down_get_selected (self->department);
  /* The first is "None": a template's department may be left empty. */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return "";
  return gtk_string_list_get_string (self->departments, selected);
}

guint
gt_formality_item_row_get_days (GtFormalityItemRow *self)
{
  g_return_val_if_fail (GT_IS_FORMALITY_ITEM_ROW (self), 0);
  return (guint) gtk_spin_button_get_value_as_int (self->days);
}

void
gt_formality_item_row_set_kind (GtFormalityItemRow *self,
                                const char         *kind)
{
  g_return_if_fail (GT_IS_FORMALITY_ITEM_ROW (self));
  gtk_editable_set_text (GTK_EDITABLE (self), kind != NULL ? kind : "");
}

void
gt_formality_item_row_set_department (GtFormalityItemRow *self,
                                      const char         *department)
{
  GListModel *model;
  guint n, found = 0;

  g_return_if_fail (GT_IS_FORMALITY_ITEM_ROW (self));

  model = G_LIST_MODEL (self->departments);
  n = g_list_model_get_n_items (model);
  if (department != NULL && *department != '\0')
    {
      for (guint i = 1; i < n && found == 0; i++)
        if (g_str_equal (gtk_string_list_get_string (self->departments, i), department))
          found = i;
      if (found == 0)
        {
          gtk_string_list_append (self->departments, department);
          found = n;
        }
    }
  gtk_drop_down_set_selected (self->department, found);
}

void
gt_formality_item_row_set_days (GtFormalityItemRow *self,
                                guint               days)
{
  g_return_if_fail (GT_IS_FORMALITY_ITEM_ROW (self));
  gtk_spin_button_set_value (self->days, MIN (days, MAX_DAYS));
}

void
gt_formality_item_row_set_position (GtFormalityItemRow *self,
                                    guint               position,
                                    guint               n)
{
  g_autofree char *title = NULL;
  g_autofree char *department = NULL;
  g_autofree char *days = NULL;
  g_autofree char *up = NULL;
  g_autofree char *down = NULL;
  g_autofree char *remove = NULL;

  g_return_if_fail (GT_IS_FORMALITY_ITEM_ROW (self));

  /* TRANSLATORS: screen reader names of a template's controls; %u is the row */
  /* The title names the name's entry too, as the schedule's "Node 1" does. */
  title = g_strdup_printf (_("Approval %u"), position);
  department = g_strdup_printf (_("Approval %u: Approving Department"), position);
  days = g_strdup_printf (_("Approval %u: Time Limit in Days"), position);
  up = g_strdup_printf (_("Move Approval %u Up"), position);
  down = g_strdup_printf (_("Move Approval %u Down"), position);
  remove = g_strdup_printf (_("Remove Approval %u"), position);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  label_control (GTK_WIDGET (self->department), department);
  label_control (GTK_WIDGET (self->days), days);
  label_control (self->up, up);
  label_control (self->down, down);
  label_control (self->remove, remove);
  gtk_widget_set_sensitive (self->up, position > 1);
  gtk_widget_set_sensitive (self->down, position < n);
  /* A template is never empty (gt_formality_template_parse()). */
  gtk_widget_set_sensitive (self->remove, n > 1);
}

GtkWidget *
gt_formality_item_row_get_control (GtFormalityItemRow *self,
                                   const char         *name)
{
  g_return_val_if_fail (GT_IS_FORMALITY_ITEM_ROW (self), NULL);

  if (g_str_equal (name, "kind"))
    return GTK_WIDGET (self);
  if (g_str_equal (name, "department"))
    return GTK_WIDGET (self->department);
  if (g_str_equal (name, "days"))
    return GTK_WIDGET (self->days);
  if (g_str_equal (name, "up"))
    return self->up;
  if (g_str_equal (name, "down"))
    return self->down;
  if (g_str_equal (name, "remove"))
    return self->remove;
  g_return_val_if_reached (NULL);
}
