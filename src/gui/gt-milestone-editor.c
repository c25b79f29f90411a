/* gt-milestone-editor.c: one schedule node: name, planned and actual dates and
 * progress. Save stays insensitive while the name is empty or a date range is
 * reversed, so that no invalid node reaches the file.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-date-button.h"
#include "gt-editor-actions.h"
#include "gt-milestone-editor.h"

struct _GtMilestoneEditor
{
  AdwWindow       parent_instance;

  GtStore        *store;
  GtMilestone    *milestone;
  GtMilestone    *original;    /* as read when opened: what a save may write over */
  gboolean        is_new;

  GtkWidget      *save_button;
  AdwEntryRow    *name_row;
  GtDateButton   *planned_start;
  GtDateButton   *planned_end;
  GtDateButton   *actual_start;
  GtDateButton   *actual_end;
  GtkSpinButton  *percent;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (GtMilestoneEditor, gt_milestone_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
dates_in_order (GtDateButton *start,
                GtDateButton *end)
{
  const GDate *a = gt_date_button_get_date (start);
  const GDate *b = gt_date_button_get_date (end);

  return a == NULL || b == NULL || g_date_compare (a, b) <= 0;
}

static void
validate (GtMilestoneEditor *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  const char *problem = NULL;

  if (*name == '\0')
    problem = _("The node needs a name.");
  else if (!dates_in_order (self->planned_start, self->planned_end))
    problem = _("The planned end is before the planned start.");
  else if (!dates_in_order (self->actual_start, self->actual_end))
    problem = _("The actual end is before the actual start.");

  gtk_label_set_text (self->error_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), problem != NULL);
  gtk_widget_set_sensitive (self->save_button, problem == NULL);
}

/* The node as the register has it now, which a second Save may write over. */
static void
take_stored_as_original (GtMilestoneEditor *self)
{
  gint64 project_id = gt_milestone_get_project_id (self->milestone);
  g_autoptr(GPtrArray) nodes = gt_store_list_milestones (self->store, project_id, NULL);

  for (guint i = 0; nodes != NULL && i < nodes->len; i++)
    {
      GtMilestone *node = g_ptr_array_index (nodes, i);

      if (gt_milestone_get_id (node) == gt_milestone_get_id (self->milestone))
        g_set_object (&self->original, node);
    }
}

static void
save_cb (GtMilestoneEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  gboolean ok;

  validate (self);
  if (!gtk_widget_get_sensitive (self->save_button))
    return;

  gt_milestone_set_name (self->milestone, name);
  gt_milestone_set_planned_start (self->milestone, gt_date_button_get_date (self->planned_start));
  gt_milestone_set_planned_end (self->milestone, gt_date_button_get_date (self->planned_end));
  gt_milestone_set_actual_start (self->milestone, gt_date_button_get_date (self->actual_start));
  gt_milestone_set_actual_end (self->milestone, gt_date_button_get_date (self->actual_end));
  gt_milestone_set_percent (self->milestone, gtk_spin_button_get_value_as_int (self->percent));

  ok = self->is_new ? gt_store_add_milestone (self->store, self->milestone, &error)
                    : gt_store_update_milestone_over (self->store, self->original,
                                                      self->milestone, &error);
  /* Told of the other desk's change, a second Save writes these values over it. */
  if (!ok && g_error_matches (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT))
    take_stored_as_original (self);
  if (!ok)
    {
      /* The dialog stays open, so that nothing typed is lost. */
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Save Node"),
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
  save_cb (GT_MILESTONE_EDITOR (widget));
}

static GtDateButton *
add_date_row (GtMilestoneEditor   *self,
              AdwPreferencesGroup *group,
              const char          *title)
{
  GtkWidget *button = gt_editor_add_suffix_row (group, title, gt_date_button_new ());

  g_signal_connect_swapped (button, "notify::date", G_CALLBACK (validate), self);

  return GT_DATE_BUTTON (button);
}

static void
build (GtMilestoneEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *node = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *dates = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *percent_row = adw_action_row_new ();

  self->save_button = gt_editor_add_header (GTK_BOX (box));

  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Node Name"));
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (validate), self);
  adw_preferences_group_add (node, GTK_WIDGET (self->name_row));

  self->percent = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 100, 5));
  gtk_widget_set_valign (GTK_WIDGET (self->percent), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (percent_row), _("Percent Complete"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->percent),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Percent Complete"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (percent_row), GTK_WIDGET (self->percent));
  adw_preferences_group_add (node, percent_row);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 12);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  adw_preferences_group_set_title (dates, _("Dates"));
  self->planned_start = add_date_row (self, dates, _("Planned Start"));
  self->planned_end = add_date_row (self, dates, _("Planned End"));
  self->actual_start = add_date_row (self, dates, _("Actual Start"));
  self->actual_end = add_date_row (self, dates, _("Actual End"));
  adw_preferences_group_add (dates, GTK_WIDGET (self->error_label));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), node);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), dates);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
gt_milestone_editor_dispose (GObject *object)
{
  GtMilestoneEditor *self = GT_MILESTONE_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->milestone);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (gt_milestone_editor_parent_class)->dispose (object);
}

static void
gt_milestone_editor_class_init (GtMilestoneEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_milestone_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gt_editor_class_install_actions (widget_class, save_action);
}

static void
gt_milestone_editor_init (GtMilestoneEditor *self)
{
  build (self);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 480, 560);
}

GtMilestoneEditor *
gt_milestone_editor_new (GtkWindow   *parent,
                         GtStore     *store,
                         GtProject   *project,
                         GtMilestone *milestone,
                         int          position)
{
  GtMilestoneEditor *self;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (GT_IS_PROJECT (project), NULL);

  self = g_object_new (GT_TYPE_MILESTONE_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->is_new = milestone == NULL;
  if (milestone != NULL)
    {
      self->milestone = g_object_ref (milestone);
      self->original = gt_milestone_copy (milestone);
    }
  else
    {
      self->milestone = gt_milestone_new ();
      gt_milestone_set_project_id (self->milestone, gt_project_get_id (project));
      gt_milestone_set_position (self->milestone, position);
    }

  gtk_window_set_title (GTK_WINDOW (self), self->is_new ? _("New Node") : _("Edit Node"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), gt_milestone_get_name (self->milestone));
  gt_date_button_set_date (self->planned_start, gt_milestone_get_planned_start (self->milestone));
  gt_date_button_set_date (self->planned_end, gt_milestone_get_planned_end (self->milestone));
  gt_date_button_set_date (self->actual_start, gt_milestone_get_actual_start (self->milestone));
  gt_date_button_set_date (self->actual_end, gt_milestone_get_actual_end (self->milestone));
  gtk_spin_button_set_value (self->percent, gt_milestone_get_percent (self->milestone));
  validate (self);
  /* Save also waits for a server that went away. */
  gt_editor_set_can_save (GTK_WIDGET (self), self->store, TRUE);

  if (parent != NULL && gtk_window_get_application (parent) != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));

  return self;
}
