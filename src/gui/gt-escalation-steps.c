/* gt-escalation-steps.c: an issue's level, steps and documents, read-only.
 *
 * The steps are the issue's own record (issue_escalations): they are shown,
 * not edited. The rows are made again from the register whenever the store
 * says it changed, which is rare and cheap (an issue has a handful).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-escalation-steps.h"
#include "gt-format.h"
#include "gt-office-settings.h"
#include "gt-store-escalation.h"

struct _GtEscalationSteps
{
  AdwPreferencesGroup  parent_instance;

  GtStore             *store;
  gint64               issue_id;
  GPtrArray           *rows;      /* the rows added, to take away on reload */
  guint                n_steps;
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
  G_OBJECT_CLASS (klass)->dispose = gt_escalation_steps_dispose;
}

static void
gt_escalation_steps_init (GtEscalationSteps *self)
{
  self->rows = g_ptr_array_new ();
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
