/* gt-issue-editor.c: the dialog that creates or edits one issue.
 *
 * An issue moves raised → assigned (交办) → resolved (整改) → closed (销号). The
 * editor shows the groups that the current step needs, with one button to move on
 * and one to step back after a mistake. Fields of steps not yet reached keep what
 * was typed (so stepping back and forth loses nothing) but are not saved.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-choice.h"
#include "gt-choice-picker.h"
#include "gt-date-button.h"
#include "gt-editor-actions.h"
#include "gt-escalation-steps.h"
#include "gt-issue-editor.h"
#include "gt-issue-visit-row.h"
#include "gt-store-visit-lookup.h"

/* Which fields someone has changed: an empty required field is only marked as an
 * error once it has been touched, so that a new issue does not open in red. */
typedef enum {
  TOUCHED_PROJECT     = 1 << 0,
  TOUCHED_DESCRIPTION = 1 << 1,
  TOUCHED_ASSIGNMENT  = 1 << 2,
  TOUCHED_RESOLUTION  = 1 << 3,
} Touched;

struct _GtIssueEditor
{
  AdwWindow       parent_instance;

  GtStore        *store;
  /* Where the change log stood when the fields were filled: a save refuses
   * what another desk changed since, even after the lists showed it. */
  gint64          seen;
  GtIssue        *issue;          /* the copy being edited */
  gboolean        is_new;
  gboolean        loading;
  GtIssueStatus   status;
  Touched         touched;

  GListModel     *unit_choices;   /* "None", then the store's units */
  GListModel     *leader_choices; /* "None", then the store's leaders */
  GtkWidget      *step_icons[GT_N_ISSUE_STATUSES];
  GtkWidget      *step_labels[GT_N_ISSUE_STATUSES];

  /* template children */
  GtkWidget      *save_button;
  AdwActionRow   *project_row;
  GtChoicePicker *project_picker;
  AdwEntryRow    *description_row;
  AdwComboRow    *category_row;
  AdwActionRow   *raised_row;
  GtDateButton   *raised_button;
  GtkLabel       *issue_error;
  GtkBox         *steps_box;
  AdwActionRow   *status_row;
  GtkWidget      *back_button;
  GtkWidget      *forward_button;
  GtkWidget      *assignment_group;
  AdwComboRow    *unit_row;
  AdwComboRow    *leader_row;
  AdwActionRow   *deadline_row;
  GtDateButton   *deadline_button;
  GtkLabel       *assignment_error;
  GtkWidget      *resolution_group;
  AdwEntryRow    *resolution_row;
  AdwActionRow   *resolved_row;
  GtDateButton   *resolved_button;
  GtkLabel       *resolution_error;
  GtkWidget      *closing_group;
  AdwActionRow   *closed_row;
  GtDateButton   *closed_button;
  GtkLabel       *closing_error;
  GtkWidget      *visit_row;      /* 来自现场活动: only for an issue assigned on a visit */
};

G_DEFINE_FINAL_TYPE (GtIssueEditor, gt_issue_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

/* In a list that starts with "None": the row of @id, or that first row. */
static guint
position_or_none (GListModel *choices,
                  gint64      id)
{
  guint position = gt_choice_find (choices, id);

  return position != GTK_INVALID_LIST_POSITION ? position : 0;
}

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

static gboolean
date_before (const GDate *a,
             const GDate *b)
{
  return a != NULL && b != NULL && g_date_compare (a, b) < 0;
}

static void
set_today_if_unset (GtDateButton *button)
{
  g_autoptr(GDate) today = NULL;

  if (gt_date_button_get_date (button) != NULL)
    return;
  today = g_date_new ();
  g_date_set_time_t (today, time (NULL));
  gt_date_button_set_date (button, today);
}

/* Fields → the copy; only what the current step has reached is kept. */
static void
read_fields (GtIssueEditor *self)
{
  GtIssue *issue = self->issue;
  GtChoicePicker *project = self->project_picker;
  gint64 unit_id, leader_id;
  g_autofree char *description = dup_stripped (self->description_row);
  g_autofree char *resolution = dup_stripped (self->resolution_row);
  guint category = adw_combo_row_get_selected (self->category_row);
  gboolean assigned = self->status >= GT_ISSUE_STATUS_ASSIGNED;
  gboolean resolved = self->status >= GT_ISSUE_STATUS_RESOLVED;
  gboolean closed = self->status >= GT_ISSUE_STATUS_CLOSED;

  gt_issue_set_project_id (issue, gt_choice_get_id (gt_choice_picker_get_selected_item (project)));
  gt_issue_set_description (issue, description);
  if (category < GT_N_ISSUE_CATEGORIES)
    gt_issue_set_category (issue, category);
  gt_issue_set_raised_on (issue, gt_date_button_get_date (self->raised_button));
  gt_issue_set_status (issue, self->status);

  unit_id = gt_choice_get_id (adw_combo_row_get_selected_item (self->unit_row));
  leader_id = gt_choice_get_id (adw_combo_row_get_selected_item (self->leader_row));
  gt_issue_set_unit_id (issue, assigned ? unit_id : 0);
  gt_issue_set_leader_id (issue, assigned ? leader_id : 0);
  gt_issue_set_deadline (issue, assigned ? gt_date_button_get_date (self->deadline_button) : NULL);

  gt_issue_set_resolution (issue, resolved ? resolution : "");
  gt_issue_set_resolved_on (issue,
                            resolved ? gt_date_button_get_date (self->resolved_button) : NULL);

  gt_issue_set_closed_on (issue, closed ? gt_date_button_get_date (self->closed_button) : NULL);
}

/* Validation */

static void
set_row_error (gpointer    row,
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
set_label_error (GtkLabel   *label,
                 const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static void
clear_errors (GtIssueEditor *self)
{
  gpointer rows[] = {
    self->project_row, self->description_row, self->raised_row, self->unit_row,
    self->deadline_row, self->resolution_row, self->resolved_row, self->closed_row,
  };
  GtkLabel *labels[] = {
    self->issue_error, self->assignment_error, self->resolution_error, self->closing_error,
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    set_row_error (rows[i], NULL);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    set_label_error (labels[i], NULL);
}

/* Which row and which group's message a validation error belongs to. */
static Touched
locate_error (GtIssueEditor  *self,
              const GError   *error,
              gpointer       *row,
              GtkLabel      **label)
{
  GtIssue *issue = self->issue;
  const GDate *raised = gt_issue_get_raised_on (issue);

  *row = NULL;
  *label = self->issue_error;

  if (!g_error_matches (error, GT_ISSUE_ERROR, error->code))
    return 0;

  switch ((GtIssueError) error->code)
    {
    case GT_ISSUE_ERROR_PROJECT_REQUIRED:
      *row = self->project_row;
      return TOUCHED_PROJECT;

    case GT_ISSUE_ERROR_DESCRIPTION_REQUIRED:
      *row = self->description_row;
      return TOUCHED_DESCRIPTION;

    case GT_ISSUE_ERROR_ASSIGNMENT_INCOMPLETE:
      *row = gt_issue_get_unit_id (issue) <= 0 ? (gpointer) self->unit_row
                                                : (gpointer) self->deadline_row;
      *label = self->assignment_error;
      return TOUCHED_ASSIGNMENT;

    case GT_ISSUE_ERROR_RESOLUTION_INCOMPLETE:
      *row = gt_issue_get_resolved_on (issue) != NULL ? (gpointer) self->resolution_row
                                                       : (gpointer) self->resolved_row;
      *label = self->resolution_error;
      return TOUCHED_RESOLUTION;

    case GT_ISSUE_ERROR_DATE_ORDER:
      /* Dates in the wrong order are always worth saying at once. */
      if (date_before (gt_issue_get_deadline (issue), raised))
        {
          *row = self->deadline_row;
          *label = self->assignment_error;
        }
      else if (date_before (gt_issue_get_resolved_on (issue), raised))
        {
          *row = self->resolved_row;
          *label = self->resolution_error;
        }
      else if (gt_issue_get_closed_on (issue) != NULL)
        {
          *row = self->closed_row;
          *label = self->closing_error;
        }
      else
        *row = self->raised_row;
      return 0;

    default:
      return 0;
    }
}

static void
validate (GtIssueEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean valid;

  read_fields (self);
  valid = gt_issue_validate (self->issue, &error);
  clear_errors (self);

  if (!valid)
    {
      gpointer row;
      GtkLabel *label;
      Touched needs = locate_error (self, error, &row, &label);

      if (needs == 0 || (self->touched & needs) != 0)
        {
          if (row != NULL)
            set_row_error (row, error->message);
          set_label_error (label, error->message);
        }
    }

  gt_editor_set_can_save (GTK_WIDGET (self), self->store, valid);
}

/* The status flow */

static void
update_steps (GtIssueEditor *self)
{
  for (guint i = 0; i < GT_N_ISSUE_STATUSES; i++)
    {
      GtkWidget *label = self->step_labels[i];
      gboolean done = i < self->status;
      gboolean current = i == self->status;

      gtk_widget_set_visible (self->step_icons[i], done);
      if (current)
        {
          gtk_widget_add_css_class (label, "accent");
          gtk_widget_add_css_class (label, "heading");
        }
      else
        {
          gtk_widget_remove_css_class (label, "accent");
          gtk_widget_remove_css_class (label, "heading");
        }
      if (!done && !current)
        gtk_widget_add_css_class (label, "dim-label");
      else
        gtk_widget_remove_css_class (label, "dim-label");
    }
}

static void
update_status (GtIssueEditor *self)
{
  static const char * const explanations[GT_N_ISSUE_STATUSES] = {
    N_("Raised, and waiting to be assigned to a unit."),
    N_("Assigned to a unit, to be resolved by the deadline."),
    N_("Resolved, and waiting to be closed."),
    N_("Closed and struck off the ledger."),
  };
  static const char * const forward_labels[GT_N_ISSUE_STATUSES] = {
    N_("_Assign…"),
    N_("Mark _Resolved"),
    N_("_Close Issue"),
    NULL,
  };
  static const char * const back_labels[GT_N_ISSUE_STATUSES] = {
    NULL,
    N_("Back to Raised"),
    N_("Back to Assigned"),
    N_("Back to Resolved"),
  };
  GtIssueStatus status = self->status;
  const char *subtitle = _(explanations[status]);

  read_fields (self);
  if (gt_issue_is_overdue (self->issue, NULL))
    subtitle = _("Overdue: the deadline has passed and the issue is still open.");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row),
                                 gt_issue_status_get_label (status));
  adw_action_row_set_subtitle (self->status_row, subtitle);
  if (gt_issue_is_overdue (self->issue, NULL))
    gtk_widget_add_css_class (GTK_WIDGET (self->status_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_row), "error");

  gtk_widget_set_visible (self->forward_button, forward_labels[status] != NULL);
  if (forward_labels[status] != NULL)
    gtk_button_set_label (GTK_BUTTON (self->forward_button), _(forward_labels[status]));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.step-forward",
                                 status + 1 < GT_N_ISSUE_STATUSES);

  gtk_widget_set_visible (self->back_button, back_labels[status] != NULL);
  if (back_labels[status] != NULL)
    {
      gtk_widget_set_tooltip_text (self->back_button, _(back_labels[status]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(back_labels[status]),
                                      -1);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.step-back",
                                 status > GT_ISSUE_STATUS_RAISED);

  gtk_widget_set_visible (self->assignment_group, status >= GT_ISSUE_STATUS_ASSIGNED);
  gtk_widget_set_visible (self->resolution_group, status >= GT_ISSUE_STATUS_RESOLVED);
  gtk_widget_set_visible (self->closing_group, status >= GT_ISSUE_STATUS_CLOSED);

  update_steps (self);
  validate (self);
}

/* On assigning, the project's own unit and leader are the likeliest choice. */
static void
suggest_assignment (GtIssueEditor *self)
{
  GtProject *project = gt_choice_picker_get_selected_item (self->project_picker);
  guint position;

  if (project == NULL)
    return;

  if (adw_combo_row_get_selected (self->unit_row) == 0)
    {
      position = gt_choice_find (self->unit_choices, gt_project_get_unit_id (project));
      if (position != GTK_INVALID_LIST_POSITION)
        adw_combo_row_set_selected (self->unit_row, position);
    }
  if (adw_combo_row_get_selected (self->leader_row) == 0)
    {
      position = gt_choice_find (self->leader_choices, gt_project_get_leader_id (project));
      if (position != GTK_INVALID_LIST_POSITION)
        adw_combo_row_set_selected (self->leader_row, position);
    }
}

static void
step_forward_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  GtIssueEditor *self = GT_ISSUE_EDITOR (widget);

  if (self->status + 1 >= GT_N_ISSUE_STATUSES)
    return;

  self->loading = TRUE;
  self->status++;
  switch (self->status)
    {
    case GT_ISSUE_STATUS_ASSIGNED:
      suggest_assignment (self);
      break;
    case GT_ISSUE_STATUS_RESOLVED:
      set_today_if_unset (self->resolved_button);
      break;
    case GT_ISSUE_STATUS_CLOSED:
      set_today_if_unset (self->closed_button);
      break;
    case GT_ISSUE_STATUS_RAISED:
    case GT_N_ISSUE_STATUSES:
    default:
      break;
    }
  self->loading = FALSE;

  update_status (self);
}

/* A deadline @param days from today, as a 交办 letter sets it. */
static void
deadline_in_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  GtIssueEditor *self = GT_ISSUE_EDITOR (widget);
  g_autoptr(GDate) deadline = g_date_new ();

  g_date_set_time_t (deadline, time (NULL));
  g_date_add_days (deadline, (guint) MAX (g_variant_get_int32 (param), 0));
  gt_date_button_set_date (self->deadline_button, deadline);
}

static void
step_back_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  GtIssueEditor *self = GT_ISSUE_EDITOR (widget);

  if (self->status == GT_ISSUE_STATUS_RAISED)
    return;

  self->status--;
  update_status (self);
}

/* Callbacks */

static void
touch (GtIssueEditor *self,
       Touched        what)
{
  if (self->loading)
    return;
  self->touched |= what;
  update_status (self);
}

static void
project_changed_cb (GtIssueEditor *self)
{
  touch (self, TOUCHED_PROJECT);
}

static void
description_changed_cb (GtIssueEditor *self)
{
  touch (self, TOUCHED_DESCRIPTION);
}

static void
assignment_changed_cb (GtIssueEditor *self)
{
  touch (self, TOUCHED_ASSIGNMENT);
}

static void
resolution_changed_cb (GtIssueEditor *self)
{
  touch (self, TOUCHED_RESOLUTION);
}

static void
field_changed_cb (GtIssueEditor *self)
{
  touch (self, 0);
}

static void
date_changed_cb (GtIssueEditor *self)
{
  touch (self, 0);
}

/* Actions */

static void
show_store_error (GtIssueEditor *self,
                  const GError  *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Save Issue"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GtIssueEditor *self = GT_ISSUE_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  read_fields (self);
  if (!gt_issue_validate (self->issue, NULL))
    {
      self->touched = ~0;
      validate (self);
      return;
    }

  if (self->is_new)
    ok = gt_store_add_issue (self->store, self->issue, &error);
  else
    ok = gt_store_update_issue_seen (self->store, self->issue, self->seen, &error);

  /* Told of the other desk's change, a second Save writes these values over it. */
  if (!ok && g_error_matches (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT))
    self->seen = gt_store_get_seen (self->store);

  if (!ok)
    {
      /* The editor stays open, so that nothing typed is lost. */
      show_store_error (self, error);
      return;
    }

  /* A new issue is itself now in the store; an edited one is a copy of it. */
  g_signal_emit (self, signals[SAVED], 0,
                 self->is_new ? self->issue
                              : gt_store_lookup_issue (self->store, gt_issue_get_id (self->issue)));
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Set-up */

static void
build_steps (GtIssueEditor *self)
{
  for (guint i = 0; i < GT_N_ISSUE_STATUSES; i++)
    {
      GtkWidget *step = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

      if (i > 0)
        {
          GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

          gtk_widget_add_css_class (arrow, "dim-label");
          gtk_box_append (self->steps_box, arrow);
        }

      self->step_icons[i] = gtk_image_new_from_icon_name ("object-select-symbolic");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->step_icons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Done"),
                                      -1);
      self->step_labels[i] = gtk_label_new (gt_issue_status_get_label (i));
      gtk_box_append (GTK_BOX (step), self->step_icons[i]);
      gtk_box_append (GTK_BOX (step), self->step_labels[i]);
      gtk_box_append (self->steps_box, step);
    }
}

static void
gt_issue_editor_dispose (GObject *object)
{
  GtIssueEditor *self = GT_ISSUE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GT_TYPE_ISSUE_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->issue);
  g_clear_object (&self->unit_choices);
  g_clear_object (&self->leader_choices);

  G_OBJECT_CLASS (gt_issue_editor_parent_class)->dispose (object);
}

static void
gt_issue_editor_class_init (GtIssueEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_issue_editor_dispose;

  /* ::saved (GtIssue *issue): @issue, the live one, was just saved. */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GT_TYPE_ISSUE);

  g_type_ensure (GT_TYPE_DATE_BUTTON);
  g_type_ensure (GT_TYPE_CHOICE_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/guatu/Guatu/gt-issue-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, project_row);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, project_picker);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, description_row);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, raised_row);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, raised_button);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, issue_error);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, steps_box);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, back_button);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, forward_button);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, assignment_group);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, leader_row);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, deadline_button);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, assignment_error);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, resolution_group);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, resolution_row);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, resolved_row);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, resolved_button);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, resolution_error);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, closing_group);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, closed_row);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, closed_button);
  gtk_widget_class_bind_template_child (widget_class, GtIssueEditor, closing_error);
  gtk_widget_class_bind_template_callback (widget_class, project_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, description_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, assignment_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, resolution_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);

  gt_editor_class_install_actions (widget_class, save_action);
  gtk_widget_class_install_action (widget_class, "editor.step-forward", NULL,
                                   step_forward_action);
  gtk_widget_class_install_action (widget_class, "editor.step-back", NULL, step_back_action);
  gtk_widget_class_install_action (widget_class, "editor.deadline-in", "i", deadline_in_action);
}

static void
gt_issue_editor_init (GtIssueEditor *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) expression = gt_choice_expression_new ();

  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Positions in the list are the GtIssueCategory values. */
  for (guint i = 0; i < GT_N_ISSUE_CATEGORIES; i++)
    gtk_string_list_append (categories, gt_issue_category_get_label (i));
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (categories));

  gt_choice_picker_set_label (self->project_picker, _("Project"));
  adw_combo_row_set_expression (self->unit_row, expression);
  adw_combo_row_set_expression (self->leader_row, expression);

  build_steps (self);
  self->loading = FALSE;
}

/* Fills the fields from the copy. */
static void
load (GtIssueEditor *self)
{
  GtIssue *issue = self->issue;

  self->loading = TRUE;

  gt_choice_picker_set_model (self->project_picker, gt_store_get_projects (self->store));
  gt_choice_picker_set_selected (self->project_picker,
                              gt_choice_find (gt_store_get_projects (self->store),
                                             gt_issue_get_project_id (issue)));
  set_text (self->description_row, gt_issue_get_description (issue));
  adw_combo_row_set_selected (self->category_row, gt_issue_get_category (issue));
  gt_date_button_set_date (self->raised_button, gt_issue_get_raised_on (issue));

  self->unit_choices = gt_choice_model_new (_("None"), gt_store_get_units (self->store));
  self->leader_choices = gt_choice_model_new (_("None"), gt_store_get_leaders (self->store));
  adw_combo_row_set_model (self->unit_row, self->unit_choices);
  adw_combo_row_set_model (self->leader_row, self->leader_choices);
  adw_combo_row_set_selected (self->unit_row,
                              position_or_none (self->unit_choices,
                                                gt_issue_get_unit_id (issue)));
  adw_combo_row_set_selected (self->leader_row,
                              position_or_none (self->leader_choices,
                                                gt_issue_get_leader_id (issue)));
  gt_date_button_set_date (self->deadline_button, gt_issue_get_deadline (issue));

  set_text (self->resolution_row, gt_issue_get_resolution (issue));
  gt_date_button_set_date (self->resolved_button, gt_issue_get_resolved_on (issue));
  gt_date_button_set_date (self->closed_button, gt_issue_get_closed_on (issue));

  self->status = gt_issue_get_status (issue);
  self->loading = FALSE;

  update_status (self);
}

/* The visit the issue was assigned on, under the date it was raised: an
 * unreadable register only leaves the row out (the editor still opens). */
static void
add_visit_row (GtIssueEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtVisit) visit = gt_store_get_issue_visit (self->store,
                                                       gt_issue_get_id (self->issue), &error);
  GtkWidget *group;

  if (visit == NULL)
    {
      if (error != NULL)
        g_debug ("Could not read the visit of the issue: %s", error->message);
      return;
    }
  group = gtk_widget_get_ancestor (GTK_WIDGET (self->raised_row), ADW_TYPE_PREFERENCES_GROUP);
  g_return_if_fail (group != NULL);
  self->visit_row = gt_issue_visit_row_new (self->store, visit);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->visit_row);
}

GtIssueEditor *
gt_issue_editor_new (GtkWindow *parent,
                     GtStore   *store,
                     GtIssue   *issue)
{
  GtIssueEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (issue == NULL || GT_IS_ISSUE (issue), NULL);

  /* Belonging to the application, the editor is one of its windows (and is
   * found by the UI tests among them). */
  self = g_object_new (GT_TYPE_ISSUE_EDITOR,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->store = g_object_ref (store);
  self->seen = gt_store_get_seen (store);
  self->is_new = issue == NULL || gt_issue_get_id (issue) == 0;
  if (issue != NULL)
    self->issue = gt_issue_copy (issue);
  else
    self->issue = gt_issue_new ();

  /* A new issue is raised today unless the caller says otherwise. */
  if (self->is_new && gt_issue_get_raised_on (self->issue) == NULL)
    {
      g_autoptr(GDate) today = g_date_new ();

      g_date_set_time_t (today, time (NULL));
      gt_issue_set_raised_on (self->issue, today);
    }

  gtk_window_set_title (GTK_WINDOW (self), self->is_new ? _("New Issue") : _("Edit Issue"));
  load (self);
  /* 督办: the steps and documents of an issue the register has (read-only). */
  if (!self->is_new)
    adw_preferences_page_add (ADW_PREFERENCES_PAGE (gtk_widget_get_ancestor (
                                self->closing_group, ADW_TYPE_PREFERENCES_PAGE)),
                              ADW_PREFERENCES_GROUP (gt_escalation_steps_new (
                                store, gt_issue_get_id (self->issue))));

  if (!self->is_new)
    add_visit_row (self);

  if (self->is_new && gt_issue_get_project_id (self->issue) > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->description_row));
  else if (self->is_new)
    gtk_widget_grab_focus (GTK_WIDGET (self->project_picker));

  return self;
}
