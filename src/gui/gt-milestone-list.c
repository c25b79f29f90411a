/* gt-milestone-list.c: a project's schedule nodes in its editor: plan them
 * backwards from the planned end (倒排工期), reorder, delete with undo.
 *
 * Every change of the nodes is one step of the store's undo (the window's
 * Ctrl+Z, gt-store-milestones.c); the Undo beside a deleted node is that step.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-connection.h"
#include "gt-format.h"
#include "gt-milestone-editor.h"
#include "gt-milestone-list.h"
#include "gt-preferences.h"
#include "gt-schedule.h"

struct _GtMilestoneList
{
  AdwPreferencesGroup  parent_instance;

  GtStore             *store;
  GtProject           *project;
  GPtrArray           *nodes;      /* GtMilestone, by position */
  GPtrArray           *rows;       /* the rows shown, to remove them again */
  GtMilestone         *deleted;    /* the last deleted node, for undo */
  char                *deleted_label; /* its step of the store's undo */
  GtkWidget           *undo_row;
  GtkWidget           *header_buttons;
};

G_DEFINE_FINAL_TYPE (GtMilestoneList, gt_milestone_list, ADW_TYPE_PREFERENCES_GROUP)

static void reload (GtMilestoneList *self);

static void
show_error (GtMilestoneList *self,
            const GError    *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              _("Could Not Change the Schedule"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
describe_node (GtMilestone *node)
{
  g_autofree char *start = gt_format_date (gt_milestone_get_planned_start (node));
  g_autofree char *end = gt_format_date (gt_milestone_get_planned_end (node));

  /* TRANSLATORS: planned start – planned end · percent complete */
  return g_strdup_printf (_("%s – %s · %d%% done"), start, end,
                          gt_milestone_get_percent (node));
}

/* Swaps a node with its neighbour: one edit, one step of undo. */
static void
move_node (GtMilestoneList *self,
           guint            index,
           int              direction)
{
  g_autoptr(GError) error = NULL;

  if ((direction < 0 && index == 0) || (direction > 0 && index + 1 >= self->nodes->len))
    return;

  if (!gt_store_move_milestone (self->store, g_ptr_array_index (self->nodes, index), direction,
                                &error))
    show_error (self, error);
  reload (self);
}

static void
move_up_cb (GtkButton       *button,
            GtMilestoneList *self)
{
  move_node (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")), -1);
}

static void
move_down_cb (GtkButton       *button,
              GtMilestoneList *self)
{
  move_node (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")), 1);
}

static void
delete_cb (GtkButton       *button,
           GtMilestoneList *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  GtMilestone *node = g_ptr_array_index (self->nodes, index);
  g_autoptr(GError) error = NULL;

  if (!gt_store_delete_milestone (self->store, node, &error))
    {
      show_error (self, error);
      return;
    }
  g_set_object (&self->deleted, node);
  g_free (self->deleted_label);
  self->deleted_label = g_strdup (gt_store_get_undo_label (self->store));
  reload (self);
}

/* The node comes back with its own id, name, dates and place: the store's
 * undo of the delete, when it is still the last edit (it is the window's
 * Ctrl+Z too); else the node is added again as it was. */
static void
undo_delete_cb (GtMilestoneList *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->deleted == NULL)
    return;
  if (g_strcmp0 (gt_store_get_undo_label (self->store), self->deleted_label) == 0)
    ok = gt_store_undo (self->store, &error);
  else
    ok = gt_store_add_milestone (self->store, self->deleted, &error);
  if (!ok)
    show_error (self, error);
  g_clear_object (&self->deleted);
  reload (self);
}

static void
apply_plan (GtMilestoneList *self)
{
  g_autoptr(GtScheduleTemplate) tmpl = gt_preferences_load_schedule_template ();
  g_autoptr(GError) error = NULL;

  if (!gt_schedule_apply (self->store, self->project, tmpl,
                          gt_project_get_planned_end (self->project), &error))
    show_error (self, error);
  g_clear_object (&self->deleted);
  reload (self);
}

static void
replace_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     GtMilestoneList  *self)
{
  if (g_str_equal (response, "replace"))
    apply_plan (self);
}

static void
plan_backwards_cb (GtMilestoneList *self)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *dialog;

  if (gt_project_get_planned_end (self->project) == NULL)
    {
      dialog = adw_message_dialog_new (parent, _("No Planned End"),
                                       _("Save a planned end date first: the nodes are "
                                         "planned backwards from it."));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  if (self->nodes->len == 0)
    {
      apply_plan (self);
      return;
    }

  /* Replacing nodes loses their actual dates and progress: ask first. */
  dialog = adw_message_dialog_new (parent, _("Replace the Schedule?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "The project's %u node, with its progress, "
                                               "will be replaced by standard nodes planned "
                                               "backwards from the planned end.",
                                               "The project's %u nodes, with their progress, "
                                               "will be replaced by standard nodes planned "
                                               "backwards from the planned end.",
                                               self->nodes->len),
                                  self->nodes->len);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect (dialog, "response", G_CALLBACK (replace_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The list is read again when the node editor closes, saved or not, so that it
 * never shows a value that did not reach the file. */
static void
open_editor (GtMilestoneList *self,
             GtMilestone     *node)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  int position = 0;
  GtMilestoneEditor *editor;

  if (self->nodes->len > 0)
    position = gt_milestone_get_position (g_ptr_array_index (self->nodes,
                                                             self->nodes->len - 1)) + 1;
  editor = gt_milestone_editor_new (parent, self->store, self->project, node, position);
  g_signal_connect_object (editor, "destroy", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_node_cb (GtMilestoneList *self)
{
  g_clear_object (&self->deleted);
  open_editor (self, NULL);
}

static void
row_activated_cb (AdwActionRow    *row,
                  GtMilestoneList *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index"));

  g_clear_object (&self->deleted);
  open_editor (self, g_ptr_array_index (self->nodes, index));
}

static GtkWidget *
row_button (const char      *icon,
            const char      *label,
            guint            index,
            GCallback        callback,
            GtMilestoneList *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static void
reload (GtMilestoneList *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *nodes;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  nodes = gt_store_list_milestones (self->store, gt_project_get_id (self->project), &error);
  if (nodes == NULL)
    {
      g_warning ("Could not read the schedule: %s", error->message);
      nodes = g_ptr_array_new_with_free_func (g_object_unref);
    }
  g_clear_pointer (&self->nodes, g_ptr_array_unref);
  self->nodes = nodes;

  if (self->deleted != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Node “%s” deleted"),
                                                gt_milestone_get_name (self->deleted));
      GtkWidget *undo = gtk_button_new_with_mnemonic (_("_Undo"));

      self->undo_row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->undo_row), title);
      gtk_widget_set_valign (undo, GTK_ALIGN_CENTER);
      g_signal_connect_swapped (undo, "clicked", G_CALLBACK (undo_delete_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (self->undo_row), undo);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->undo_row);
      g_ptr_array_add (self->rows, self->undo_row);
    }

  if (nodes->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No nodes yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Plan them backwards from the planned end."));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }

  for (guint i = 0; i < nodes->len; i++)
    {
      GtMilestone *node = g_ptr_array_index (nodes, i);
      g_autofree char *subtitle = describe_node (node);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *up = row_button ("go-up-symbolic", _("Move Up"), i, G_CALLBACK (move_up_cb),
                                  self);
      GtkWidget *down = row_button ("go-down-symbolic", _("Move Down"), i,
                                    G_CALLBACK (move_down_cb), self);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gt_milestone_get_name (node));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (i));
      g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);
      gtk_widget_set_sensitive (up, i > 0);
      gtk_widget_set_sensitive (down, i + 1 < nodes->len);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 row_button ("user-trash-symbolic", _("Delete Node"), i,
                                             G_CALLBACK (delete_cb), self));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
set_buttons_sensitive (GtkWidget *widget,
                       gboolean   sensitive)
{
  if (GTK_IS_BUTTON (widget))
    {
      gtk_widget_set_sensitive (widget, sensitive);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    set_buttons_sensitive (child, sensitive);
}

/* Changes to the nodes are saved at once: while a server is gone they wait
 * for it (a node still opens, its editor's Save waits too); once it is back,
 * the nodes are read again, with what other desks did meanwhile. */
static void
connection_changed_cb (GtMilestoneList *self)
{
  gboolean writable = gt_connection_store_is_writable (self->store);

  gtk_widget_set_sensitive (self->header_buttons, writable);
  if (writable)
    {
      reload (self);
      return;
    }
  for (guint i = 0; i < self->rows->len; i++)
    set_buttons_sensitive (g_ptr_array_index (self->rows, i), FALSE);
}

static void
gt_milestone_list_dispose (GObject *object)
{
  GtMilestoneList *self = GT_MILESTONE_LIST (object);

  g_clear_object (&self->store);
  g_clear_object (&self->project);
  g_clear_object (&self->deleted);
  g_clear_pointer (&self->deleted_label, g_free);
  g_clear_pointer (&self->nodes, g_ptr_array_unref);

  G_OBJECT_CLASS (gt_milestone_list_parent_class)->dispose (object);
}

static void
gt_milestone_list_finalize (GObject *object)
{
  GtMilestoneList *self = GT_MILESTONE_LIST (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (gt_milestone_list_parent_class)->finalize (object);
}

static void
gt_milestone_list_class_init (GtMilestoneListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gt_milestone_list_dispose;
  object_class->finalize = gt_milestone_list_finalize;
}

static void
gt_milestone_list_init (GtMilestoneList *self)
{
  GtkWidget *plan = gtk_button_new_with_mnemonic (_("_Plan Backwards…"));
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Milestones"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Changes to the nodes are saved at once."));
  gtk_widget_set_valign (plan, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (plan, _("Plan the standard nodes backwards from the planned end"));
  g_signal_connect_swapped (plan, "clicked", G_CALLBACK (plan_backwards_cb), self);
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (add, _("Add Node"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add Node"), -1);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_node_cb), self);
  gtk_box_append (GTK_BOX (buttons), add);
  gtk_box_append (GTK_BOX (buttons), plan);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), buttons);
  self->header_buttons = buttons;
}

GtkWidget *
gt_milestone_list_new (GtStore   *store,
                       GtProject *project)
{
  GtMilestoneList *self;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (GT_IS_PROJECT (project), NULL);

  self = g_object_new (GT_TYPE_MILESTONE_LIST, NULL);
  self->store = g_object_ref (store);
  self->project = g_object_ref (project);
  reload (self);
  gt_connection_watch (store, GTK_WIDGET (self), G_CALLBACK (connection_changed_cb));
  if (!gt_connection_store_is_writable (store))
    connection_changed_cb (self);

  return GTK_WIDGET (self);
}

guint
gt_milestone_list_get_n_nodes (GtMilestoneList *self)
{
  g_return_val_if_fail (GT_IS_MILESTONE_LIST (self), 0);

  return self->nodes->len;
}
