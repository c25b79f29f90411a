/* gt-project-editor-validation.c: the project editor's checks of its fields.
 *
 * Fields are checked as they are typed: the invalid ones are marked and said
 * why beside them, and Save stays insensitive while any is. Figures that are
 * valid but look like a slip are only warned of. What is an error and what a
 * warning is core's (gt-project-validation.c, the rules gt_project_validate()
 * applies to every save and import); this file reads the fields into a
 * project, parses the typed amounts (text the core never sees) and puts each
 * problem beside its field. Kept apart from the dialog in gt-project-editor.c,
 * which calls _gt_project_editor_validate() on each edit.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-editor-actions.h"
#include "gt-format.h"
#include "gt-project-editor-private.h"
#include "gt-project-validation.h"

static gboolean
text_is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }
  return TRUE;
}

/* Trims ASCII and ideographic spaces, as people paste both. */
char *
_gt_project_editor_dup_trimmed (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  return g_strndup (start, end - start);
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

static void
show_messages (GtkLabel *label,
               GString  *messages)
{
  gtk_label_set_label (label, messages->str);
  gtk_widget_set_visible (GTK_WIDGET (label), messages->len > 0);
}

static void
add_message (GString    *messages,
             const char *message)
{
  if (messages->len > 0)
    g_string_append_c (messages, '\n');
  g_string_append (messages, message);
}

/* An empty amount is 0; anything else must parse as 10k yuan, not negative. */
static gboolean
parse_amount (AdwEntryRow *row,
              const char  *field,
              gint64      *yuan,
              GString     *messages)
{
  g_autofree char *text =
    _gt_project_editor_dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (row)));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *reason;

  *yuan = 0;
  if (*text == '\0' || gt_parse_wan (text, yuan, &error))
    {
      mark_invalid (GTK_WIDGET (row), FALSE);
      return TRUE;
    }

  if (g_error_matches (error, GT_FORMAT_ERROR, GT_FORMAT_ERROR_NEGATIVE))
    reason = _("cannot be negative.");
  else if (g_error_matches (error, GT_FORMAT_ERROR, GT_FORMAT_ERROR_TOO_LARGE))
    reason = _("is too large.");
  else
    reason = _("enter an amount in 10,000 yuan, such as 5600 or 5,600.5.");
  /* TRANSLATORS: a field name, then what is wrong with it */
  message = g_strdup_printf (_("%s: %s"), field, reason);
  add_message (messages, message);
  mark_invalid (GTK_WIDGET (row), TRUE);
  return FALSE;
}

/* An error of a date is said under its row. */
static void
show_date_problem (AdwActionRow *row,
                   GPtrArray    *problems,
                   GtProjectField field)
{
  const GtProjectProblem *problem =
    gt_project_validation_find (problems, field, GT_VALIDATION_ERROR);

  adw_action_row_set_subtitle (row, problem != NULL ? problem->message : "");
  mark_invalid (GTK_WIDGET (row), problem != NULL);
}

/* Figures that are valid but look like a slip: said beside the plan, and
 * saved all the same. */
static void
show_plan_warnings (GtProjectEditor *self,
                    GPtrArray       *problems)
{
  g_autoptr(GString) warnings = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      const GtProjectProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity == GT_VALIDATION_WARNING &&
          problem->field == GT_PROJECT_FIELD_ANNUAL_PLAN)
        add_message (warnings, problem->message);
    }
  show_messages (self->investment_warning, warnings);
  gtk_widget_set_visible (self->plan_warning_icon, warnings->len > 0);
  gtk_widget_set_tooltip_text (self->plan_warning_icon, warnings->len > 0 ? warnings->str : NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->plan_warning_icon),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, warnings->str, -1);
}

/* The code's warning: an icon in the field and the sentence under the group,
 * made on first use so that the dialog's template stays as it is. */
static void
code_warning_widgets (GtProjectEditor  *self,
                      GtkWidget       **icon,
                      GtkWidget       **label)
{
  *icon = g_object_get_data (G_OBJECT (self), "code-warning-icon");
  *label = g_object_get_data (G_OBJECT (self), "code-warning-label");
  if (*icon != NULL)
    return;

  *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (*icon, "warning");
  gtk_widget_set_visible (*icon, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (*icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Check this code"), -1);
  adw_entry_row_add_suffix (self->code_row, *icon);

  *label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (*label), 0);
  gtk_label_set_wrap (GTK_LABEL (*label), TRUE);
  gtk_widget_set_margin_top (*label, 6);
  gtk_widget_set_margin_start (*label, 12);
  gtk_widget_add_css_class (*label, "warning");
  gtk_widget_add_css_class (*label, "caption");
  gtk_widget_set_visible (*label, FALSE);
  gtk_widget_insert_after (*label, gtk_widget_get_parent (GTK_WIDGET (self->project_error)),
                           GTK_WIDGET (self->project_error));

  g_object_set_data (G_OBJECT (self), "code-warning-icon", *icon);
  g_object_set_data (G_OBJECT (self), "code-warning-label", *label);
}

/* A code of another shape than the national one (an older code, a county's
 * own) is said beside the field and saved all the same (gt-project-code.h). */
static void
warn_code (GtProjectEditor *self,
           GPtrArray       *problems)
{
  const GtProjectProblem *problem =
    gt_project_validation_find (problems, GT_PROJECT_FIELD_CODE, GT_VALIDATION_WARNING);
  const char *message = problem != NULL ? problem->message : NULL;
  GtkWidget *icon, *label;

  code_warning_widgets (self, &icon, &label);
  gtk_label_set_label (GTK_LABEL (label), message != NULL ? message : "");
  gtk_widget_set_visible (label, message != NULL);
  gtk_widget_set_visible (icon, message != NULL);
  gtk_widget_set_tooltip_text (icon, message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->code_row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  message != NULL ? message : "", -1);
}

/* This year's largest monthly figure, which a lower plan would make implausible. */
void
_gt_project_editor_find_largest_month (GtProjectEditor *self)
{
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;
  int year = gt_store_get_year (self->store);

  if (self->project == NULL)
    return;
  reports = gt_store_list_monthly_reports (self->store, gt_project_get_id (self->project), &error);
  if (reports == NULL)
    {
      g_debug ("No monthly reports to check the plan against: %s", error->message);
      return;
    }
  for (guint i = 0; i < reports->len; i++)
    {
      GtMonthlyReport *report = g_ptr_array_index (reports, i);

      if (gt_monthly_report_get_year (report) == year &&
          gt_monthly_report_get_completed (report) > self->largest_month)
        {
          self->largest_month = gt_monthly_report_get_completed (report);
          self->largest_month_number = gt_monthly_report_get_month (report);
        }
    }
}

/* The fields core judges, as a project (the rest of the editor's fields have
 * no rules). Amounts that did not parse are left at 0, judged by nothing. */
static GtProject *
read_fields (GtProjectEditor *self,
             gboolean         amounts_ok)
{
  GtProject *project = gt_project_new ();
  g_autofree char *name =
    _gt_project_editor_dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  g_autofree char *code =
    _gt_project_editor_dup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->code_row)));

  gt_project_set_name (project, name);
  gt_project_set_code (project, code);
  if (amounts_ok)
    {
      gt_project_set_total_investment (project, self->total);
      gt_project_set_annual_plan (project, self->plan);
    }
  gt_project_set_planned_start (project, gt_date_button_get_date (self->planned_start_button));
  gt_project_set_planned_end (project, gt_date_button_get_date (self->planned_end_button));
  gt_project_set_actual_start (project, gt_date_button_get_date (self->actual_start_button));
  gt_project_set_actual_end (project, gt_date_button_get_date (self->actual_end_button));
  return project;
}

void
_gt_project_editor_validate (GtProjectEditor *self)
{
  g_autoptr(GString) project_messages = g_string_new (NULL);
  g_autoptr(GString) investment_messages = g_string_new (NULL);
  g_autoptr(GtProject) fields = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  const GtProjectProblem *problem;
  gboolean amounts_ok, name_shown;

  amounts_ok = parse_amount (self->total_row, _("Total investment"), &self->total,
                             investment_messages);
  amounts_ok &= parse_amount (self->plan_row, _("Year plan"), &self->plan, investment_messages);

  fields = read_fields (self, amounts_ok);
  problems = gt_project_validation_check (fields, self->largest_month,
                                          self->largest_month_number);

  /* An empty name is only said once one was typed; it stops Save all along. */
  problem = gt_project_validation_find (problems, GT_PROJECT_FIELD_NAME, GT_VALIDATION_ERROR);
  name_shown = problem != NULL &&
               (self->name_touched || problem->code != GT_PROJECT_ERROR_NAME_REQUIRED);
  mark_invalid (GTK_WIDGET (self->name_row), name_shown);
  if (name_shown)
    add_message (project_messages, problem->message);
  show_messages (self->project_error, project_messages);
  warn_code (self, problems);

  for (GtProjectField field = GT_PROJECT_FIELD_TOTAL_INVESTMENT;
       field <= GT_PROJECT_FIELD_ANNUAL_PLAN; field++)
    {
      problem = gt_project_validation_find (problems, field, GT_VALIDATION_ERROR);
      if (problem != NULL)
        add_message (investment_messages, problem->message);
    }
  show_messages (self->investment_error, investment_messages);
  show_plan_warnings (self, problems);

  show_date_problem (self->planned_start_row, problems, GT_PROJECT_FIELD_PLANNED_START);
  show_date_problem (self->planned_end_row, problems, GT_PROJECT_FIELD_PLANNED_END);
  show_date_problem (self->actual_start_row, problems, GT_PROJECT_FIELD_ACTUAL_START);
  show_date_problem (self->actual_end_row, problems, GT_PROJECT_FIELD_ACTUAL_END);

  self->valid = amounts_ok && !gt_project_validation_has_error (problems);
  gt_editor_set_can_save (GTK_WIDGET (self), self->store, self->valid);

  adw_window_title_set_subtitle (self->window_title, text_is_blank (name) ? "" : name);
}
