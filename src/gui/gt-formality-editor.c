/* gt-formality-editor.c: one approval of a project. Save stays insensitive
 * while it has no name, so that no nameless approval reaches the file; a
 * department is one of the register's units (none: not known yet).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-date-button.h"
#include "gt-editor-actions.h"
#include "gt-formality-editor.h"

struct _GtFormalityEditor
{
  AdwWindow       parent_instance;

  GtStore        *store;
  GtFormality    *formality;
  GtFormality    *original;     /* as read when opened: what a save may write over */
  gboolean        is_new;
  GArray         *unit_ids;     /* the department drop-down's, after "none" */

  GtkWidget      *save_button;
  AdwEntryRow    *kind_row;
  GtkDropDown    *approver;
  GtkSpinButton  *limit_days;
  GtDateButton   *planned_on;
  GtDateButton   *actual_on;
  GtkDropDown    *state;
  AdwEntryRow    *note_row;
};

G_DEFINE_FINAL_TYPE (GtFormalityEditor, gt_formality_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
validate (GtFormalityEditor *self)
{
  g_autofree char *kind =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->kind_row))));

  gtk_widget_set_sensitive (self->save_button, *kind != '\0');
}

static gint64
chosen_unit (GtFormalityEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->approver);

  return selected > 0 && selected <= self->unit_ids->len
         ? g_array_index (self->unit_ids, gint64, selected - 1) : 0;
}

/* The approval as the register has it now, which a second Save may write over. */
static void
take_stored_as_original (GtFormalityEditor *self)
{
  gint64 project_id = gt_formality_get_project_id (self->formality);
  g_autoptr(GPtrArray) list = gt_store_list_formalities (self->store, project_id, NULL);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      GtFormality *stored = g_ptr_array_index (list, i);

      if (gt_formality_get_id (stored) == gt_formality_get_id (self->formality))
        g_set_object (&self->original, stored);
    }
}

static void
save_cb (GtFormalityEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kind =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->kind_row))));
  gboolean ok;

  validate (self);
  if (!gtk_widget_get_sensitive (self->save_button))
    return;
  gt_formality_set_kind (self->formality, kind);
  gt_formality_set_approver_unit_id (self->formality, chosen_unit (self));
  gt_formality_set_limit_days (self->formality, gtk_spin_button_get_value_as_int (self->limit_days));
  gt_formality_set_planned_on (self->formality, gt_date_button_get_date (self->planned_on));
  gt_formality_set_actual_on (self->formality, gt_date_button_get_date (self->actual_on));
  gt_formality_set_state (self->formality, gtk_drop_down_get_selected (self->state));
  gt_formality_set_note (self->formality, gtk_editable_get_text (GTK_EDITABLE (self->note_row)));

  ok = self->is_new ? gt_store_add_formality (self->store, self->formality, &error)
                    : gt_store_update_formality_over (self->store, self->original,
                                                      self->formality, &error);
  /* Told of the other desk's change, a second Save writes these values over it. */
  if (!ok && g_error_matches (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT))
    take_stored_as_original (self);
  if (!ok)
    {
      /* The dialog stays open, so that nothing typed is lost. */
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  _("Could Not Save the Approval"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  save_cb (GT_FORMALITY_EDITOR (widget));
}

static void
build (GtFormalityEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *what = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *when = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autoptr(GtkStringList) states = gtk_string_list_new (NULL);

  self->save_button = gt_editor_add_header (GTK_BOX (box));

  self->kind_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Approval"));
  g_signal_connect_swapped (self->kind_row, "changed", G_CALLBACK (validate), self);
  adw_preferences_group_add (what, GTK_WIDGET (self->kind_row));
  self->approver = GTK_DROP_DOWN (gt_editor_add_suffix_row (what, _("Approving department"),
                                                            gtk_drop_down_new (NULL, NULL)));
  self->limit_days =
    GTK_SPIN_BUTTON (gt_editor_add_suffix_row (what, _("Time Limit in Days"),
                                               gtk_spin_button_new_with_range (0, 3650, 1)));
  for (GtFormalityState s = 0; s < GT_N_FORMALITY_STATES; s++)
    gtk_string_list_append (states, gt_formality_state_get_label (s));
  self->state =
    GTK_DROP_DOWN (gt_editor_add_suffix_row (what, C_("formality column", "State"),
                                             gtk_drop_down_new (
                                               G_LIST_MODEL (g_steal_pointer (&states)), NULL)));
  self->note_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row), _("Note"));
  adw_preferences_group_add (what, GTK_WIDGET (self->note_row));

  adw_preferences_group_set_title (when, _("Dates"));
  self->planned_on = GT_DATE_BUTTON (gt_editor_add_suffix_row (when, _("To Be Given By"),
                                                               gt_date_button_new ()));
  self->actual_on = GT_DATE_BUTTON (gt_editor_add_suffix_row (when, _("Given On"),
                                                              gt_date_button_new ()));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), what);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), when);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/* "None", then the departments, then the other units. */
static void
fill_units (GtFormalityEditor *self)
{
  GListModel *units = gt_store_get_units (self->store);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (names, C_("formality group", "No approving department"));
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (units); i++)
      {
        g_autoptr(GtUnit) unit = g_list_model_get_item (units, i);
        gint64 id = gt_unit_get_id (unit);

        if ((gt_unit_get_kind (unit) == GT_UNIT_KIND_DEPARTMENT) != (pass == 0))
          continue;
        g_array_append_val (self->unit_ids, id);
        gtk_string_list_append (names, gt_unit_get_name (unit));
        if (id == gt_formality_get_approver_unit_id (self->formality))
          selected = self->unit_ids->len;
      }
  gtk_drop_down_set_model (self->approver, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->approver, selected);
}

static void
gt_formality_editor_dispose (GObject *object)
{
  GtFormalityEditor *self = GT_FORMALITY_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->formality);
  g_clear_object (&self->original);
  g_clear_pointer (&self->unit_ids, g_array_unref);

  G_OBJECT_CLASS (gt_formality_editor_parent_class)->dispose (object);
}

static void
gt_formality_editor_class_init (GtFormalityEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_formality_editor_dispose;
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gt_editor_class_install_actions (widget_class, save_action);
}

static void
gt_formality_editor_init (GtFormalityEditor *self)
{
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  build (self);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 480, 600);
}

GtFormalityEditor *
gt_formality_editor_new (GtkWindow   *parent,
                         GtStore     *store,
                         GtProject   *project,
                         GtFormality *formality)
{
  GtFormalityEditor *self;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (GT_IS_PROJECT (project), NULL);

  self = g_object_new (GT_TYPE_FORMALITY_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->is_new = formality == NULL;
  if (formality != NULL)
    {
      self->formality = gt_formality_copy (formality);
      self->original = gt_formality_copy (formality);
    }
  else
    {
      self->formality = gt_formality_new ();
      gt_formality_set_project_id (self->formality, gt_project_get_id (project));
    }

  gtk_window_set_title (GTK_WINDOW (self), self->is_new ? _("New Approval") : _("Edit Approval"));
  gtk_editable_set_text (GTK_EDITABLE (self->kind_row), gt_formality_get_kind (self->formality));
  fill_units (self);
  gtk_spin_button_set_value (self->limit_days, gt_formality_get_limit_days (self->formality));
  gt_date_button_set_date (self->planned_on, gt_formality_get_planned_on (self->formality));
  gt_date_button_set_date (self->actual_on, gt_formality_get_actual_on (self->formality));
  gtk_drop_down_set_selected (self->state, gt_formality_get_state (self->formality));
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), gt_formality_get_note (self->formality));
  validate (self);
  /* Save also waits for a server that went away. */
  gt_editor_set_can_save (GTK_WIDGET (self), self->store, TRUE);
  if (parent != NULL && gtk_window_get_application (parent) != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  return self;
}

void
gt_formality_editor_fill (GtFormalityEditor *self,
                          const char        *kind,
                          gint64             approver_unit_id,
                          const GDate       *actual_on,
                          GtFormalityState   state,
                          const char        *note)
{
  g_return_if_fail (GT_IS_FORMALITY_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->kind_row), kind);
  for (guint i = 0; i < self->unit_ids->len; i++)
    if (g_array_index (self->unit_ids, gint64, i) == approver_unit_id)
      gtk_drop_down_set_selected (self->approver, i + 1);
  if (approver_unit_id == 0)
    gtk_drop_down_set_selected (self->approver, 0);
  gt_date_button_set_date (self->actual_on, actual_on);
  gtk_drop_down_set_selected (self->state, state);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), note);
}
