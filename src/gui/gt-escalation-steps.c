/* gt-escalation-steps.c: an issue's level, steps and documents, read-only.
 *
 * The steps are the issue's own record (issue_escalations): they are shown,
 * not edited. The rows are made again from the register whenever the store
 * says it changed, which is rare and cheap (an issue has a handful).
 *
 * Raising by hand is one step of the main window's undo (the store records
 * it): the window's toast names it, with Undo beside it. The editor's own
 * Ctrl+Z belongs to its text fields.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <time.h>

#include "gt-escalation-steps.h"
#include "gt-format.h"
#include "gt-issue-doc-dialog.h"
#include "gt-office-settings.h"
#include "gt-store-escalation.h"

struct _GtEscalationSteps
{
  AdwPreferencesGroup  parent_instance;

  GtStore             *store;
  gint64               issue_id;
  GPtrArray           *rows;      /* the rows added, to take away on reload */
  guint                n_steps;
  GtEscalationLevel    level;
};

G_DEFINE_FINAL_TYPE (GtEscalationSteps, gt_escalation_steps, ADW_TYPE_PREFERENCES_GROUP)

static const char *
source_label (const char *source)
{
  if (g_strcmp0 (source, "rule") == 0)
    return C_("escalation source", "By the rules");
  if (g_strcmp0 (source, "document") == 0)
    return C_("escalation source", "By a document");
  return C_("escalation source", "By the office");
}

static void
add_row (GtEscalationSteps *self,
         const char        *title,
         const char        *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static const char *
level_style (GtEscalationLevel level)
{
  return level == GT_ESCALATION_LISTED ? "error"
         : level == GT_ESCALATION_SUPERVISED ? "warning" : "dim-label";
}

/* The level now, its name at the end of the row in the colour of its gravity. */
static void
add_level_row (GtEscalationSteps *self,
               GtEscalationLevel  level)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (gt_escalation_level_get_label (level));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), C_("escalation", "Level"));
  gtk_widget_add_css_class (label, level_style (level));
  gtk_widget_add_css_class (label, "heading");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static void
reload (GtEscalationSteps *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GArray) documents = NULL;
  GtEscalationLevel level = GT_ESCALATION_NONE;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  self->n_steps = 0;

  if (!gt_store_get_escalation_level (self->store, self->issue_id, &level, &error) ||
      (steps = gt_store_list_escalations (self->store, self->issue_id, &error)) == NULL ||
      (documents = gt_store_list_issue_documents (self->store, self->issue_id, &error)) == NULL)
    {
      /* A deleted issue, a lost server: the editor says so when it saves. */
      g_debug ("Could not read the issue's supervision: %s", error->message);
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  self->level = level;
  /* Raising goes up only; a step down is the office's rare correction, made
   * from the command line's store API, not a menu item to slip on. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "steps.raise-supervised",
                                 level < GT_ESCALATION_SUPERVISED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "steps.raise-listed",
                                 level < GT_ESCALATION_LISTED);

  add_level_row (self, level);
  for (guint i = 0; i < steps->len; i++)
    {
      GtEscalationEntry *entry = steps->pdata[i];
      g_autofree char *day = g_date_valid (&entry->on) ? gt_format_date (&entry->on)
                                                       : g_strdup ("");
      g_autofree char *subtitle = NULL;

      /* TRANSLATORS: a step's day, then the note and who made it */
      subtitle = *entry->note != '\0'
                 ? g_strdup_printf (C_("escalation step", "%s · %s · %s"), day, entry->note,
                                    source_label (entry->source))
                 : g_strdup_printf (C_("escalation step", "%s · %s"), day,
                                    source_label (entry->source));
      add_row (self, gt_escalation_level_get_label (entry->level), subtitle);
      self->n_steps++;
    }
  for (guint i = 0; i < documents->len; i++)
    {
      GtIssueDocument *document = &g_array_index (documents, GtIssueDocument, i);
      g_autofree char *prefix = gt_office_settings_dup_string (
        document->kind == GT_ISSUE_DOC_SUPERVISE ? "issue-doc-supervise-prefix"
                                                 : "issue-doc-assign-prefix");
      g_autofree char *number = gt_issue_doc_format_number (prefix, document->year,
                                                            document->number);
      g_autofree char *title = g_strdup_printf (C_("escalation note", "%s %s"),
                                                gt_issue_doc_kind_get_label (document->kind),
                                                number);
      g_autofree char *day = gt_format_date (&document->issued_on);

      add_row (self, title, day);
    }
}

static void
store_changed_cb (GtEscalationSteps *self)
{
  reload (self);
}

static GtkWindow *
parent_window (GtEscalationSteps *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

gboolean
gt_escalation_steps_raise (GtEscalationSteps  *self,
                           GtEscalationLevel   level,
                           const char         *note,
                           GError            **error)
{
  GDate today;

  g_return_val_if_fail (GT_IS_ESCALATION_STEPS (self), FALSE);

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  return gt_store_escalate_issue (self->store, self->issue_id, level, &today, note, "office",
                                  error);
}

/* The step just recorded, named in the main window's toast (the window
 * under the issue editor) with Undo beside it. */
static void
offer_undo (GtEscalationSteps *self)
{
  GtkWindow *window = parent_window (self);
  GtkWindow *main_window = window != NULL ? gtk_window_get_transient_for (window) : NULL;
  const char *label = gt_store_get_undo_label (self->store);

  if (label == NULL)
    return;
  if (main_window == NULL)
    main_window = window;
  if (main_window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (main_window), "win.toast-undo", "s", label);
}

static void
raise_response_cb (AdwMessageDialog  *dialog,
                   const char        *response,
                   GtEscalationSteps *self)
{
  g_autoptr(GError) error = NULL;
  GtkEditable *note = g_object_get_data (G_OBJECT (dialog), "gt-note");
  GtEscalationLevel level = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "gt-level"));

  if (!g_str_equal (response, "raise"))
    return;
  if (gt_escalation_steps_raise (self, level, gtk_editable_get_text (note), &error))
    offer_undo (self);
  else
    {
      GtkWidget *message = adw_message_dialog_new (parent_window (self),
                                                   _("Could Not Raise the Issue"),
                                                   error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
    }
}

/* 督办 / 挂牌督办 by the office's decision: why, in a line, for the record. */
static void
raise_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  GtEscalationSteps *self = GT_ESCALATION_STEPS (widget);
  GtEscalationLevel level = g_str_equal (action_name, "steps.raise-listed")
                            ? GT_ESCALATION_LISTED : GT_ESCALATION_SUPERVISED;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  GtkWidget *note = gtk_entry_new ();

  /* TRANSLATORS: %s is a level: 督办, 挂牌督办 */
  heading = g_strdup_printf (_("Raise the Issue to “%s”?"), gt_escalation_level_get_label (level));
  dialog = adw_message_dialog_new (parent_window (self), heading,
                                   _("From today, by the office’s decision. The note is kept "
                                     "with the step in the issue’s record."));
  gtk_entry_set_placeholder_text (GTK_ENTRY (note), _("Why, e.g. the county head’s "
                                                      "instruction"));
  gtk_entry_set_activates_default (GTK_ENTRY (note), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (note), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Note"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), note);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "raise", _("_Raise"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "raise",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "raise");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "gt-note", note);
  g_object_set_data (G_OBJECT (dialog), "gt-level", GINT_TO_POINTER (level));
  g_signal_connect_object (dialog, "response", G_CALLBACK (raise_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
document_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  GtEscalationSteps *self = GT_ESCALATION_STEPS (widget);
  GtIssue *issue = gt_store_lookup_issue (self->store, self->issue_id);

  if (issue != NULL)
    gt_issue_doc_dialog_show (parent_window (self), self->store, issue,
                              g_str_equal (action_name, "steps.supervise-doc")
                              ? GT_ISSUE_DOC_SUPERVISE : GT_ISSUE_DOC_ASSIGN);
}

static void
gt_escalation_steps_dispose (GObject *object)
{
  GtEscalationSteps *self = GT_ESCALATION_STEPS (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (gt_escalation_steps_parent_class)->dispose (object);
}

static void
gt_escalation_steps_class_init (GtEscalationStepsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = gt_escalation_steps_dispose;
  gtk_widget_class_install_action (widget_class, "steps.raise-supervised", NULL, raise_action);
  gtk_widget_class_install_action (widget_class, "steps.raise-listed", NULL, raise_action);
  gtk_widget_class_install_action (widget_class, "steps.assign-doc", NULL, document_action);
  gtk_widget_class_install_action (widget_class, "steps.supervise-doc", NULL, document_action);
}

static GMenuModel *
new_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) raise = g_menu_new ();
  g_autoptr(GMenu) documents = g_menu_new ();
  g_autofree char *supervised = NULL;
  g_autofree char *listed = NULL;

  /* TRANSLATORS: a menu item: raise the issue to a level (督办, 挂牌督办) */
  supervised = g_strdup_printf (_("Raise to %s…"),
                                gt_escalation_level_get_label (GT_ESCALATION_SUPERVISED));
  listed = g_strdup_printf (_("Raise to %s…"),
                            gt_escalation_level_get_label (GT_ESCALATION_LISTED));
  g_menu_append (raise, supervised, "steps.raise-supervised");
  g_menu_append (raise, listed, "steps.raise-listed");
  g_menu_append (documents, _("Assignment Sheet…"), "steps.assign-doc");
  g_menu_append (documents, _("Supervision Letter…"), "steps.supervise-doc");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (raise));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (documents));
  return G_MENU_MODEL (menu);
}

static void
gt_escalation_steps_init (GtEscalationSteps *self)
{
  g_autoptr(GMenuModel) menu = new_menu ();
  GtkWidget *button = gtk_menu_button_new ();

  self->rows = g_ptr_array_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Supervision Actions"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Supervision Actions"), -1);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), button);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Supervision"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("How the issue was pushed: each step with its "
                                           "day, and the documents numbered for it."));
}

GtkWidget *
gt_escalation_steps_new (GtStore *store,
                         gint64   issue_id)
{
  GtEscalationSteps *self;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  self = g_object_new (GT_TYPE_ESCALATION_STEPS, NULL);
  self->store = g_object_ref (store);
  self->issue_id = issue_id;
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload (self);
  return GTK_WIDGET (self);
}

guint
gt_escalation_steps_get_n_steps (GtEscalationSteps *self)
{
  g_return_val_if_fail (GT_IS_ESCALATION_STEPS (self), 0);
  return self->n_steps;
}
