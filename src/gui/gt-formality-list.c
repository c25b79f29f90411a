/* gt-formality-list.c: a project's approvals (审批手续) in its editor: made
 * from the category's list planned backwards from the planned start (倒排),
 * each one's state set in place, late and due-soon ones marked.
 *
 * A state chosen is saved at once (gt-store-formalities.c), as a node is; an
 * approval marked given takes today as the day given when it has none, and
 * loses that day when it is taken back to in hand or not started.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-connection.h"
#include "gt-format.h"
#include "gt-formality-editor.h"
#include "gt-formality-list.h"

struct _GtFormalityList
{
  AdwPreferencesGroup  parent_instance;

  GtStore             *store;
  GtProject           *project;
  GDate                today;
  GPtrArray           *items;      /* GtFormality, by position */
  GPtrArray           *rows;       /* the rows shown, to remove them again */
  GtkWidget           *header_buttons;
  gboolean             loading;    /* the drop-downs are being filled, not chosen */
};

G_DEFINE_FINAL_TYPE (GtFormalityList, gt_formality_list, ADW_TYPE_PREFERENCES_GROUP)

static void reload (GtFormalityList *self);

static void
show_error (GtFormalityList *self,
            const GError    *error)
{
  GtkWidget *dialog =
    adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                            _("Could Not Change the Approvals"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* "县自然资源和规划局 · 20 days · planned 2023年5月24日 · given 2023年5月20日" */
static char *
describe (GtFormalityList *self,
          GtFormality     *formality)
{
  GtUnit *unit = gt_store_lookup_unit (self->store,
                                       gt_formality_get_approver_unit_id (formality));
  GString *text = g_string_new (NULL);
  const GDate *planned = gt_formality_get_planned_on (formality);
  const GDate *actual = gt_formality_get_actual_on (formality);
  int days = gt_formality_get_limit_days (formality);

  if (unit != NULL)
    g_string_append (text, gt_unit_get_name (unit));
  else if (*gt_formality_get_note (formality) != '\0')
    g_string_append (text, gt_formality_get_note (formality));
  else
    g_string_append (text, _("No approving department"));
  if (days > 0)
    {
      g_string_append (text, " · ");
      /* TRANSLATORS: an approval's standard time limit */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days),
                              days);
    }
  if (planned != NULL)
    {
      g_autofree char *day = gt_format_date (planned);

      g_string_append (text, " · ");
      /* TRANSLATORS: the day an approval is planned to be given by */
      g_string_append_printf (text, _("planned %s"), day);
    }
  if (actual != NULL)
    {
      g_autofree char *day = gt_format_date (actual);

      g_string_append (text, " · ");
      /* TRANSLATORS: the day an approval was given */
      g_string_append_printf (text, _("given %s"), day);
    }
  return g_string_free (text, FALSE);
}

static gboolean
reload_idle_cb (gpointer data)
{
  reload (data);
  return G_SOURCE_REMOVE;
}

static void
state_chosen_cb (GtkDropDown     *drop_down,
                 GParamSpec      *pspec,
                 GtFormalityList *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (drop_down), "index"));
  GtFormalityState state = (GtFormalityState) gtk_drop_down_get_selected (drop_down);
  g_autoptr(GtFormality) edited = NULL;
  g_autoptr(GError) error = NULL;

  if (self->loading || index >= self->items->len || state >= GT_N_FORMALITY_STATES)
    return;
  edited = gt_formality_copy (g_ptr_array_index (self->items, index));
  if (gt_formality_get_state (edited) == state)
    return;
  gt_formality_set_state (edited, state);
  if (state == GT_FORMALITY_DONE && gt_formality_get_actual_on (edited) == NULL)
    gt_formality_set_actual_on (edited, &self->today);
  else if (state != GT_FORMALITY_DONE)
    gt_formality_set_actual_on (edited, NULL);
  /* Over the row as listed: another desk's newer change is refused, not
   * written over, and the reload below shows it. */
  if (!gt_store_update_formality_over (self->store, g_ptr_array_index (self->items, index),
                                       edited, &error))
    show_error (self, error);
  /* After the signal: the drop-down is one of the rows taken away. */
  g_idle_add_full (G_PRIORITY_DEFAULT, reload_idle_cb, g_object_ref (self), g_object_unref);
}

static void
delete_cb (GtkButton       *button,
           GtFormalityList *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  g_autoptr(GError) error = NULL;

  if (index < self->items->len &&
      !gt_store_delete_formality (self->store, g_ptr_array_index (self->items, index), &error))
    show_error (self, error);
  reload (self);
}

static void
apply_template (GtFormalityList *self)
{
  g_autoptr(GtFormalityTemplate) tmpl =
    gt_formality_template_load (gt_project_get_category (self->project));
  g_autoptr(GError) error = NULL;

  if (!gt_store_apply_formality_template (self->store, self->project, tmpl, &error))
    show_error (self, error);
  reload (self);
}

static void
replace_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     GtFormalityList  *self)
{
  if (g_str_equal (response, "replace"))
    apply_template (self);
}

static void
make_list_cb (GtFormalityList *self)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *dialog;

  if (self->items->len == 0)
    {
      apply_template (self);
      return;
    }
  /* Their states and days given would be lost, and this has no undo yet. */
  dialog = adw_message_dialog_new (parent, _("Replace the Approvals?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "The project's %u approval, with its state, "
                                               "will be replaced by the standard list "
                                               "planned backwards from the planned start.",
                                               "The project's %u approvals, with their "
                                               "states, will be replaced by the standard list "
                                               "planned backwards from the planned start.",
                                               self->items->len),
                                  self->items->len);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect (dialog, "response", G_CALLBACK (replace_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The list is read again when the editor closes, saved or not, so that it
 * never shows a value that did not reach the file. */
static void
open_editor (GtFormalityList *self,
             GtFormality     *formality)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  GtFormalityEditor *editor = gt_formality_editor_new (parent, self->store, self->project,
                                                       formality);

  g_signal_connect_object (editor, "destroy", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_cb (GtFormalityList *self)
{
  open_editor (self, NULL);
}

static void
row_activated_cb (AdwActionRow    *row,
                  GtFormalityList *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index"));

  if (index < self->items->len)
    open_editor (self, g_ptr_array_index (self->items, index));
}

/* "Late 12 days" in red, "Due in 3 days" in amber; NULL for neither. */
static GtkWidget *
mark_for (GtFormalityList *self,
          GtFormality     *formality)
{
  g_autofree char *text = NULL;
  GtkWidget *label;
  gboolean late;
  int days = 0;

  late = gt_formality_is_overdue (formality, &self->today, &days);
  if (late)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day late", "%d days late", days),
                            days);
  else if (gt_formality_is_due_soon (formality, &self->today))
    {
      days = g_date_days_between (&self->today, gt_formality_get_planned_on (formality));
      text = days == 0 ? g_strdup (_("Due today"))
                       : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %d day",
                                                       "Due in %d days", days), days);
    }
  if (text == NULL)
    return NULL;
  label = gtk_label_new (text);
  gtk_widget_add_css_class (label, late ? "error" : "warning");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static GtkWidget *
state_drop_down (GtFormalityList *self,
                 GtFormality     *formality,
                 guint            index)
{
  g_autoptr(GtkStringList) states = gtk_string_list_new (NULL);
  GtkWidget *drop_down;

  for (GtFormalityState s = 0; s < GT_N_FORMALITY_STATES; s++)
    gtk_string_list_append (states, gt_formality_state_get_label (s));
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&states)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), gt_formality_get_state (formality));
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  C_("formality column", "State"), -1);
  g_object_set_data (G_OBJECT (drop_down), "index", GUINT_TO_POINTER (index));
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (state_chosen_cb), self);
  return drop_down;
}

static void
reload (GtFormalityList *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *items;

  self->loading = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  items = gt_store_list_formalities (self->store, gt_project_get_id (self->project), &error);
  if (items == NULL)
    {
      g_warning ("Could not read the approvals: %s", error->message);
      items = g_ptr_array_new_with_free_func (g_object_unref);
    }
  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = items;

  if (items->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No approvals yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Make the list of the project's category, planned "
                                     "backwards from the planned start."));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }

  for (guint i = 0; i < items->len; i++)
    {
      GtFormality *formality = g_ptr_array_index (items, i);
      g_autofree char *subtitle = describe (self, formality);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *mark = mark_for (self, formality);
      GtkWidget *trash = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gt_formality_get_kind (formality));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (i));
      g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);
      if (mark != NULL)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), mark);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), state_drop_down (self, formality, i));
      gtk_widget_set_valign (trash, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (trash, "flat");
      gtk_widget_set_tooltip_text (trash, _("Delete Approval"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (trash), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Delete Approval"), -1);
      g_object_set_data (G_OBJECT (trash), "index", GUINT_TO_POINTER (i));
      g_signal_connect (trash, "clicked", G_CALLBACK (delete_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), trash);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
  self->loading = FALSE;
}

/* Saved at once: while a server is gone nothing may be chosen. */
static void
connection_changed_cb (GtFormalityList *self)
{
  gboolean writable = gt_connection_store_is_writable (self->store);

  gtk_widget_set_sensitive (self->header_buttons, writable);
  for (guint i = 0; i < self->rows->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (self->rows, i), writable);
  if (writable)
    reload (self);
}

static void
gt_formality_list_dispose (GObject *object)
{
  GtFormalityList *self = GT_FORMALITY_LIST (object);

  g_clear_object (&self->store);
  g_clear_object (&self->project);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (gt_formality_list_parent_class)->dispose (object);
}

static void
gt_formality_list_finalize (GObject *object)
{
  GtFormalityList *self = GT_FORMALITY_LIST (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (gt_formality_list_parent_class)->finalize (object);
}

static void
gt_formality_list_class_init (GtFormalityListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gt_formality_list_dispose;
  object_class->finalize = gt_formality_list_finalize;
}

static void
gt_formality_list_init (GtFormalityList *self)
{
  GtkWidget *make = gtk_button_new_with_mnemonic (_("_Make the List…"));
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Approvals"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Changes to the approvals are saved at once."));
  gtk_widget_set_valign (make, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (make, _("Make the category's list of approvals, planned "
                                       "backwards from the planned start"));
  g_signal_connect_swapped (make, "clicked", G_CALLBACK (make_list_cb), self);
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (add, _("Add Approval"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add Approval"), -1);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_cb), self);
  gtk_box_append (GTK_BOX (buttons), add);
  gtk_box_append (GTK_BOX (buttons), make);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), buttons);
  self->header_buttons = buttons;
}

GtkWidget *
gt_formality_list_new (GtStore     *store,
                       GtProject   *project,
                       const GDate *today)
{
  GtFormalityList *self;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (GT_IS_PROJECT (project), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self = g_object_new (GT_TYPE_FORMALITY_LIST, NULL);
  self->store = g_object_ref (store);
  self->project = g_object_ref (project);
  self->today = *today;
  reload (self);
  gt_connection_watch (store, GTK_WIDGET (self), G_CALLBACK (connection_changed_cb));
  if (!gt_connection_store_is_writable (store))
    connection_changed_cb (self);

  return GTK_WIDGET (self);
}

guint
gt_formality_list_get_n_items (GtFormalityList *self)
{
  g_return_val_if_fail (GT_IS_FORMALITY_LIST (self), 0);

  return self->items->len;
}
