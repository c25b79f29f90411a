/* gt-template-group.c
 *
 * Rows are rebuilt whole from a list of nodes on every add, remove and move:
 * a template has a handful of nodes, and one way of making rows keeps their
 * buttons' sensitivity and names right.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gt-preferences.h"
#include "gt-schedule.h"
#include "gt-scroll-guard.h"
#include "gt-template-group.h"

#define MAX_DAYS 3650

struct _GtTemplateGroup
{
  AdwPreferencesGroup  parent_instance;

  GSettings           *settings;
  GPtrArray           *rows;      /* AdwEntryRow, in node order */
  GtkLabel            *problem;
  gboolean             building;
};

G_DEFINE_FINAL_TYPE (GtTemplateGroup, gt_template_group, ADW_TYPE_PREFERENCES_GROUP)

typedef struct {
  char  *name;
  guint  days;
} Node;

static void
node_clear (gpointer data)
{
  g_free (((Node *) data)->name);
}

static GtkSpinButton *
row_days (AdwEntryRow *row)
{
  return g_object_get_data (G_OBJECT (row), "days");
}

/* The nodes as the rows hold them now. */
static GArray *
read_nodes (GtTemplateGroup *self)
{
  GArray *nodes = g_array_new (FALSE, FALSE, sizeof (Node));

  g_array_set_clear_func (nodes, node_clear);
  for (guint i = 0; i < self->rows->len; i++)
    {
      AdwEntryRow *row = g_ptr_array_index (self->rows, i);
      Node node = {
        g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)))),
        (guint) gtk_spin_button_get_value_as_int (row_days (row)),
      };

      g_array_append_val (nodes, node);
    }
  return nodes;
}

static void
mark_invalid (GtkWidget *widget,
              gboolean   invalid)
{
  if (invalid)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* Saved only when every node has a name the stored "name=days;…" can hold. */
static void
save (GtTemplateGroup *self)
{
  g_autoptr(GArray) nodes = NULL;
  g_autoptr(GtScheduleTemplate) tmpl = gt_schedule_template_new ();
  g_autofree char *text = NULL;
  const char *problem = NULL;

  if (self->building)
    return;

  nodes = read_nodes (self);
  for (guint i = 0; i < nodes->len; i++)
    {
      Node *node = &g_array_index (nodes, Node, i);
      gboolean bad = FALSE;

      if (*node->name == '\0')
        {
          bad = TRUE;
          problem = _("Every node needs a name.");
        }
      else if (strpbrk (node->name, "=;") != NULL)
        {
          bad = TRUE;
          problem = _("A node's name cannot hold “=” or “;”.");
        }
      mark_invalid (g_ptr_array_index (self->rows, i), bad);
      if (!bad)
        gt_schedule_template_append (tmpl, node->name, node->days);
    }
  gtk_label_set_label (self->problem, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem), problem != NULL);
  if (problem != NULL || nodes->len == 0)
    return;

  text = gt_schedule_template_to_string (tmpl);
  g_settings_set_string (self->settings, "schedule-template", text);
}

static void set_nodes (GtTemplateGroup *self, GArray *nodes, int focus);

static void
move_cb (GtkButton *button,
         gpointer   user_data)
{
  GtTemplateGroup *self = GT_TEMPLATE_GROUP (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                                      GT_TYPE_TEMPLATE_GROUP));
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "index"));
  int to = index + GPOINTER_TO_INT (user_data);
  g_autoptr(GArray) nodes = read_nodes (self);
  Node node;

  if (to < 0 || to >= (int) nodes->len)
    return;
  node = g_array_index (nodes, Node, index);
  g_array_index (nodes, Node, index) = g_array_index (nodes, Node, to);
  g_array_index (nodes, Node, to) = node;
  set_nodes (self, nodes, to);
  save (self);
}

static void
remove_cb (GtkButton *button,
           gpointer   user_data)
{
  GtTemplateGroup *self = GT_TEMPLATE_GROUP (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                                      GT_TYPE_TEMPLATE_GROUP));
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "index"));
  g_autoptr(GArray) nodes = read_nodes (self);

  /* A template keeps at least one node (the button is insensitive then). */
  if (nodes->len <= 1)
    return;
  g_array_remove_index (nodes, index);
  set_nodes (self, nodes, MIN (index, (int) nodes->len - 1));
  save (self);
}

static void
add_cb (GtTemplateGroup *self)
{
  g_autoptr(GArray) nodes = read_nodes (self);
  Node node = { g_strdup (_("New node")), 30 };

  g_array_append_val (nodes, node);
  set_nodes (self, nodes, nodes->len - 1);
  save (self);
}

static void
reset_cb (GtTemplateGroup *self)
{
  g_autoptr(GtScheduleTemplate) tmpl = gt_schedule_template_new_default ();
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (Node));

  g_array_set_clear_func (nodes, node_clear);
  for (guint i = 0; i < gt_schedule_template_get_n_nodes (tmpl); i++)
    {
      Node node = {
        g_strdup (gt_schedule_template_get_name (tmpl, i)),
        gt_schedule_template_get_days (tmpl, i),
      };

      g_array_append_val (nodes, node);
    }
  set_nodes (self, nodes, -1);
  g_settings_reset (self->settings, "schedule-template");
}

static GtkWidget *
row_button (const char *icon,
            const char *label,
            int         index,
            gboolean    sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_set_sensitive (button, sensitive);
  g_object_set_data (G_OBJECT (button), "index", GINT_TO_POINTER (index));
  return button;
}

static AdwEntryRow *
make_row (GtTemplateGroup *self,
          const Node      *node,
          guint            index,
          guint            n)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());
  GtkWidget *days = gtk_spin_button_new_with_range (1, MAX_DAYS, 1);
  GtkWidget *unit = gtk_label_new (_("days"));
  GtkWidget *up = row_button ("go-up-symbolic", _("Move Up"), index, index > 0);
  GtkWidget *down = row_button ("go-down-symbolic", _("Move Down"), index, index + 1 < n);
  GtkWidget *remove = row_button ("list-remove-symbolic", _("Remove Node"), index, n > 1);
  g_autofree char *title = g_strdup_printf (_("Node %u"), index + 1);
  g_autofree char *days_label = g_strdup_printf (_("Days of node %u"), index + 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), node->name);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (days), node->days);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (days), TRUE);
  gtk_widget_set_valign (days, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (days), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  days_label, -1);
  gt_scroll_guard_add (days);
  gtk_widget_add_css_class (unit, "dim-label");
  g_object_set_data (G_OBJECT (row), "days", days);

  g_signal_connect_swapped (row, "changed", G_CALLBACK (save), self);
  g_signal_connect_swapped (days, "value-changed", G_CALLBACK (save), self);
  g_signal_connect (up, "clicked", G_CALLBACK (move_cb), GINT_TO_POINTER (-1));
  g_signal_connect (down, "clicked", G_CALLBACK (move_cb), GINT_TO_POINTER (1));
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_cb), NULL);

  adw_entry_row_add_suffix (row, days);
  adw_entry_row_add_suffix (row, unit);
  adw_entry_row_add_suffix (row, up);
  adw_entry_row_add_suffix (row, down);
  adw_entry_row_add_suffix (row, remove);
  return row;
}

/* Replaces the rows by @nodes, focusing the name of row @focus (-1: none). */
static void
set_nodes (GtTemplateGroup *self,
           GArray          *nodes,
           int              focus)
{
  self->building = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < nodes->len; i++)
    {
      AdwEntryRow *row = make_row (self, &g_array_index (nodes, Node, i), i, nodes->len);

      g_ptr_array_add (self->rows, row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (row));
    }
  self->building = FALSE;

  if (focus >= 0 && focus < (int) self->rows->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->rows, focus));
}

static void
gt_template_group_dispose (GObject *object)
{
  GtTemplateGroup *self = GT_TEMPLATE_GROUP (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (gt_template_group_parent_class)->dispose (object);
}

static void
gt_template_group_class_init (GtTemplateGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = gt_template_group_dispose;
}

static void
gt_template_group_init (GtTemplateGroup *self)
{
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *reset = gtk_button_new_from_icon_name ("edit-undo-symbolic");

  self->rows = g_ptr_array_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Backward Scheduling"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("The standard nodes and their days, in order, "
                                           "planned back from a project's planned end."));

  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_tooltip_text (add, _("Add a Node"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add a Node"), -1);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_cb), self);
  gtk_widget_add_css_class (reset, "flat");
  gtk_widget_set_tooltip_text (reset, _("Restore the Standard Nodes"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (reset), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Restore the Standard Nodes"), -1);
  g_signal_connect_swapped (reset, "clicked", G_CALLBACK (reset_cb), self);
  gtk_box_append (GTK_BOX (buttons), add);
  gtk_box_append (GTK_BOX (buttons), reset);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), buttons);

  /* Not a row: the group keeps it below its list of rows. */
  self->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->problem, 0.0);
  gtk_label_set_wrap (self->problem, TRUE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->problem), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->problem), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->problem));
}

GtkWidget *
gt_template_group_new (GSettings *settings)
{
  GtTemplateGroup *self = g_object_new (GT_TYPE_TEMPLATE_GROUP, NULL);
  g_autoptr(GtScheduleTemplate) tmpl = gt_preferences_load_schedule_template ();
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (Node));

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self->settings = g_object_ref (settings);
  g_array_set_clear_func (nodes, node_clear);
  for (guint i = 0; i < gt_schedule_template_get_n_nodes (tmpl); i++)
    {
      Node node = {
        g_strdup (gt_schedule_template_get_name (tmpl, i)),
        gt_schedule_template_get_days (tmpl, i),
      };

      g_array_append_val (nodes, node);
    }
  set_nodes (self, nodes, -1);
  return GTK_WIDGET (self);
}

guint
gt_template_group_get_n_nodes (GtTemplateGroup *self)
{
  g_return_val_if_fail (GT_IS_TEMPLATE_GROUP (self), 0);

  return self->rows->len;
}
