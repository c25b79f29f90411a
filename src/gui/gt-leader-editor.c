/* gt-leader-editor.c: the dialog that creates or edits one leader.
 *
 * The fields write into a detached copy; the store only ever sees that copy, and
 * only once it validates.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-editor-actions.h"
#include "gt-leader-editor.h"

struct _GtLeaderEditor
{
  AdwWindow     parent_instance;

  GtStore      *store;
  /* Where the change log stood when the fields were filled: a save refuses
   * what another desk changed since, even after the lists showed it. */
  gint64        seen;
  GtLeader     *leader;       /* the copy being edited */
  gboolean      is_new;
  /* A new leader's empty name is not an error until someone has typed in it. */
  gboolean      name_touched;
  gboolean      loading;

  /* template children */
  GtkWidget    *save_button;
  AdwEntryRow  *name_row;
  AdwEntryRow  *title_row;
  AdwEntryRow  *phone_row;
  GtkLabel     *error_label;
};

G_DEFINE_FINAL_TYPE (GtLeaderEditor, gt_leader_editor, ADW_TYPE_WINDOW)

static void
set_row_error (GtkWidget  *row,
               const char *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
validate (GtLeaderEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean valid = gt_leader_validate (self->leader, &error);
  gboolean show = !valid && (self->name_touched || !self->is_new);

  set_row_error (GTK_WIDGET (self->name_row), show ? error->message : NULL);
  gtk_label_set_label (self->error_label, show ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), show);
  gt_editor_set_can_save (GTK_WIDGET (self), self->store, valid);
}

/* Leading and trailing spaces are typing noise, never part of a name. */
static char *
dup_stripped (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
read_fields (GtLeaderEditor *self)
{
  g_autofree char *name = dup_stripped (self->name_row);
  g_autofree char *title = dup_stripped (self->title_row);
  g_autofree char *phone = dup_stripped (self->phone_row);

  gt_leader_set_name (self->leader, name);
  gt_leader_set_title (self->leader, title);
  gt_leader_set_phone (self->leader, phone);
}

static void
name_changed_cb (GtLeaderEditor *self)
{
  if (self->loading)
    return;
  self->name_touched = TRUE;
  read_fields (self);
  validate (self);
}

static void
field_changed_cb (GtLeaderEditor *self)
{
  if (self->loading)
    return;
  read_fields (self);
  validate (self);
}

static void
show_store_error (GtLeaderEditor *self,
                  const GError   *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Save Leader"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GtLeaderEditor *self = GT_LEADER_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  read_fields (self);
  if (!gt_leader_validate (self->leader, NULL))
    {
      self->name_touched = TRUE;
      validate (self);
      return;
    }

  if (self->is_new)
    ok = gt_store_add_leader (self->store, self->leader, &error);
  else
    ok = gt_store_update_leader_seen (self->store, self->leader, self->seen, &error);

  /* Told of the other desk's change, a second Save writes these values over it. */
  if (!ok && g_error_matches (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT))
    self->seen = gt_store_get_seen (self->store);

  if (!ok)
    {
      /* The editor stays open, so that nothing typed is lost. */
      show_store_error (self, error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
gt_leader_editor_dispose (GObject *object)
{
  GtLeaderEditor *self = GT_LEADER_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GT_TYPE_LEADER_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->leader);

  G_OBJECT_CLASS (gt_leader_editor_parent_class)->dispose (object);
}

static void
gt_leader_editor_class_init (GtLeaderEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_leader_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/guatu/Guatu/gt-leader-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, GtLeaderEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, GtLeaderEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, GtLeaderEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, GtLeaderEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, GtLeaderEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);

  gt_editor_class_install_actions (widget_class, save_action);
}

static void
gt_leader_editor_init (GtLeaderEditor *self)
{
  /* Nothing is read from the fields until gt_leader_editor_new() has filled them. */
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
}

GtLeaderEditor *
gt_leader_editor_new (GtkWindow *parent,
                      GtStore   *store,
                      GtLeader  *leader)
{
  GtLeaderEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (leader == NULL || GT_IS_LEADER (leader), NULL);

  /* Belonging to the application, the editor is one of its windows (and is
   * found by the UI tests among them). */
  self = g_object_new (GT_TYPE_LEADER_EDITOR,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->store = g_object_ref (store);
  self->seen = gt_store_get_seen (store);
  self->is_new = leader == NULL || gt_leader_get_id (leader) == 0;
  self->leader = leader != NULL ? gt_leader_copy (leader) : gt_leader_new ();

  gtk_window_set_title (GTK_WINDOW (self), self->is_new ? _("New Leader") : _("Edit Leader"));

  self->loading = TRUE;
  set_text (self->name_row, gt_leader_get_name (self->leader));
  set_text (self->title_row, gt_leader_get_title (self->leader));
  set_text (self->phone_row, gt_leader_get_phone (self->leader));
  self->loading = FALSE;

  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}
