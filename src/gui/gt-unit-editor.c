/* gt-unit-editor.c: the dialog that creates or edits one unit.
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
#include "gt-unit-editor.h"

struct _GtUnitEditor
{
  AdwWindow     parent_instance;

  GtStore      *store;
  /* Where the change log stood when the fields were filled: a save refuses
   * what another desk changed since, even after the lists showed it. */
  gint64        seen;
  GtUnit       *unit;         /* the copy being edited */
  gboolean      is_new;
  /* A new unit's empty name is not an error until someone has typed in it. */
  gboolean      name_touched;
  gboolean      loading;

  /* template children */
  GtkWidget    *save_button;
  AdwEntryRow  *name_row;
  AdwComboRow  *kind_row;
  AdwEntryRow  *contact_row;
  AdwEntryRow  *phone_row;
  GtkLabel     *error_label;
};

G_DEFINE_FINAL_TYPE (GtUnitEditor, gt_unit_editor, ADW_TYPE_WINDOW)

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
validate (GtUnitEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean valid = gt_unit_validate (self->unit, &error);
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
read_fields (GtUnitEditor *self)
{
  g_autofree char *name = dup_stripped (self->name_row);
  g_autofree char *contact = dup_stripped (self->contact_row);
  g_autofree char *phone = dup_stripped (self->phone_row);
  guint kind = adw_combo_row_get_selected (self->kind_row);

  gt_unit_set_name (self->unit, name);
  if (kind < GT_N_UNIT_KINDS)
    gt_unit_set_kind (self->unit, kind);
  gt_unit_set_contact (self->unit, contact);
  gt_unit_set_phone (self->unit, phone);
}

static void
name_changed_cb (GtUnitEditor *self)
{
  if (self->loading)
    return;
  self->name_touched = TRUE;
  read_fields (self);
  validate (self);
}

static void
field_changed_cb (GtUnitEditor *self)
{
  if (self->loading)
    return;
  read_fields (self);
  validate (self);
}

static void
show_store_error (GtUnitEditor *self,
                  const GError   *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Save Unit"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GtUnitEditor *self = GT_UNIT_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  read_fields (self);
  if (!gt_unit_validate (self->unit, NULL))
    {
      self->name_touched = TRUE;
      validate (self);
      return;
    }

  if (self->is_new)
    ok = gt_store_add_unit (self->store, self->unit, &error);
  else
    ok = gt_store_update_unit_seen (self->store, self->unit, self->seen, &error);

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
gt_unit_editor_dispose (GObject *object)
{
  GtUnitEditor *self = GT_UNIT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GT_TYPE_UNIT_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->unit);

  G_OBJECT_CLASS (gt_unit_editor_parent_class)->dispose (object);
}

static void
gt_unit_editor_class_init (GtUnitEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_unit_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/guatu/Guatu/gt-unit-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, GtUnitEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, GtUnitEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, GtUnitEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, GtUnitEditor, contact_row);
  gtk_widget_class_bind_template_child (widget_class, GtUnitEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, GtUnitEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);

  gt_editor_class_install_actions (widget_class, save_action);
}

static void
gt_unit_editor_init (GtUnitEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  /* Nothing is read from the fields until gt_unit_editor_new() has filled them. */
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);

  /* Positions in the list are the GtUnitKind values. */
  for (guint i = 0; i < GT_N_UNIT_KINDS; i++)
    gtk_string_list_append (kinds, gt_unit_kind_get_label (i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
}

GtUnitEditor *
gt_unit_editor_new (GtkWindow *parent,
                    GtStore   *store,
                    GtUnit    *unit)
{
  GtUnitEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (unit == NULL || GT_IS_UNIT (unit), NULL);

  /* Belonging to the application, the editor is one of its windows (and is
   * found by the UI tests among them). */
  self = g_object_new (GT_TYPE_UNIT_EDITOR,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->store = g_object_ref (store);
  self->seen = gt_store_get_seen (store);
  self->is_new = unit == NULL || gt_unit_get_id (unit) == 0;
  if (unit != NULL)
    self->unit = gt_unit_copy (unit);
  else
    {
      /* Departments are the commonest units an office adds by hand. */
      self->unit = gt_unit_new ();
      gt_unit_set_kind (self->unit, GT_UNIT_KIND_DEPARTMENT);
    }

  gtk_window_set_title (GTK_WINDOW (self), self->is_new ? _("New Unit") : _("Edit Unit"));

  self->loading = TRUE;
  set_text (self->name_row, gt_unit_get_name (self->unit));
  adw_combo_row_set_selected (self->kind_row, gt_unit_get_kind (self->unit));
  set_text (self->contact_row, gt_unit_get_contact (self->unit));
  set_text (self->phone_row, gt_unit_get_phone (self->unit));
  self->loading = FALSE;

  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}
