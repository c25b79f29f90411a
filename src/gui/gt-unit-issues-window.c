/* gt-unit-issues-window.c: each unit's open issues and their supervision.
 *
 * One group per unit, by name, with how many of its issues are open and how
 * many overdue; its issues the longest overdue first, each with its project,
 * deadline, days past it and level (督办 in amber, 挂牌督办 in red), opening the
 * issue's editor when activated. Issues assigned to no unit come last. The
 * "Run Rules" button raises the overdue ones by the office's rules as of the
 * window's day, as guatu --escalate does from cron; Export… writes the list
 * (gt-unit-issues-table.c) to send to the units.
 *
 * Built from the register (gt_store_list_unit_issues()) again when the store
 * changes: a list of a few hundred rows, not a live model.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <time.h>

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-issue-editor.h"
#include "gt-store-escalation.h"
#include "gt-unit-issues-table.h"
#include "gt-unit-issues-window.h"

struct _GtUnitIssuesWindow
{
  AdwWindow            parent_instance;

  GtStore             *store;
  GDate                today;
  AdwToastOverlay     *toasts;
  AdwPreferencesPage  *page;
  GPtrArray           *groups;
  guint                n_units;
  guint                n_issues;
};

G_DEFINE_FINAL_TYPE (GtUnitIssuesWindow, gt_unit_issues_window, ADW_TYPE_WINDOW)

static GQuark issue_quark;

static void
row_activated_cb (AdwActionRow       *row,
                  GtUnitIssuesWindow *self)
{
  gint64 *id = g_object_get_qdata (G_OBJECT (row), issue_quark);
  GtIssue *issue = id != NULL ? gt_store_lookup_issue (self->store, *id) : NULL;

  if (issue != NULL)
    gtk_window_present (GTK_WINDOW (gt_issue_editor_new (GTK_WINDOW (self), self->store,
                                                         issue)));
}

static GtkWidget *
new_issue_row (GtUnitIssuesWindow *self,
               const GtUnitIssue  *item)
{
  GtIssue *issue = gt_store_lookup_issue (self->store, item->issue_id);
  GtProject *project = gt_store_lookup_project (self->store, item->project_id);
  GtkWidget *row = adw_action_row_new ();
  /* Below 督办, the issue's status says more (待交办, 已交办) than its level. */
  GtkWidget *level = gtk_label_new (item->level >= GT_ESCALATION_SUPERVISED || issue == NULL
                                    ? gt_escalation_level_get_label (item->level)
                                    : gt_issue_status_get_label (gt_issue_get_status (issue)));
  g_autofree char *deadline = NULL;
  g_autofree char *subtitle = NULL;

  if (g_date_valid (&item->deadline))
    deadline = gt_format_date (&item->deadline);
  if (item->days_overdue > 0)
    /* TRANSLATORS: an issue's project, its deadline and the days past it */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · by %s · %u day overdue",
                                             "%s · by %s · %u days overdue",
                                             item->days_overdue),
                                project != NULL ? gt_project_get_name (project) : "",
                                deadline, item->days_overdue);
  else if (deadline != NULL)
    /* TRANSLATORS: an issue's project and its deadline */
    subtitle = g_strdup_printf (_("%s · by %s"),
                                project != NULL ? gt_project_get_name (project) : "",
                                deadline);
  else
    subtitle = g_strdup (project != NULL ? gt_project_get_name (project) : "");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 issue != NULL ? gt_issue_get_description (issue) : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_set_valign (level, GTK_ALIGN_CENTER);
  if (item->level == GT_ESCALATION_LISTED)
    gtk_widget_add_css_class (level, "error");
  else if (item->level == GT_ESCALATION_SUPERVISED)
    gtk_widget_add_css_class (level, "warning");
  else
    gtk_widget_add_css_class (level, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), level);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_qdata_full (G_OBJECT (row), issue_quark,
                           g_memdup2 (&item->issue_id, sizeof item->issue_id), g_free);
  g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);
  if (item->days_overdue > 0)
    gtk_widget_add_css_class (level, "heading");
  return row;
}

static void
reload (GtUnitIssuesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) issues = NULL;
  AdwPreferencesGroup *group = NULL;

  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, self->groups->pdata[i]);
  g_ptr_array_set_size (self->groups, 0);
  self->n_units = 0;
  self->n_issues = 0;

  gt_store_get_issues (self->store);
  issues = gt_store_list_unit_issues (self->store, 0, &self->today, &error);
  if (issues == NULL)
    {
      AdwToast *toast = adw_toast_new (error->message);

      adw_toast_overlay_add_toast (self->toasts, toast);
      return;
    }

  /* Units by name, the issues of no unit last. */
  for (guint pass = 0; pass < 2; pass++)
    {
      GListModel *units = gt_store_get_units (self->store);
      guint n_units = pass == 0 ? g_list_model_get_n_items (units) : 1;

      for (guint u = 0; u < n_units; u++)
        {
          g_autoptr(GtUnit) unit = pass == 0 ? g_list_model_get_item (units, u) : NULL;
          gint64 unit_id = unit != NULL ? gt_unit_get_id (unit) : 0;
          guint open = 0, overdue = 0;
          g_autofree char *description = NULL;

          group = NULL;
          for (guint i = 0; i < issues->len; i++)
            {
              GtUnitIssue *item = &g_array_index (issues, GtUnitIssue, i);

              if (item->unit_id != unit_id)
                continue;
              if (group == NULL)
                {
                  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
                  adw_preferences_group_set_title (group, unit != NULL
                                                   ? gt_unit_get_name (unit)
                                                   : _("No responsible unit"));
                }
              adw_preferences_group_add (group, new_issue_row (self, item));
              open++;
              if (item->days_overdue > 0)
                overdue++;
            }
          if (group == NULL)
            continue;
          /* TRANSLATORS: a unit's open issues, and how many of them are overdue */
          description = g_strdup_printf (_("%u open, %u overdue"), open, overdue);
          adw_preferences_group_set_description (group, description);
          adw_preferences_page_add (self->page, group);
          g_ptr_array_add (self->groups, group);
          self->n_units++;
          self->n_issues += open;
        }
    }
}

static void
store_changed_cb (GtUnitIssuesWindow *self)
{
  reload (self);
}

guint
gt_unit_issues_window_escalate (GtUnitIssuesWindow  *self,
                                GError             **error)
{
  g_autoptr(GPtrArray) rises = NULL;
  GtEscalationRules rules;

  g_return_val_if_fail (GT_IS_UNIT_ISSUES_WINDOW (self), 0);

  gt_escalation_rules_load (&rules);
  rises = gt_store_run_escalation (self->store, &rules, &self->today, error);
  return rises != NULL ? rises->len : 0;
}

static void
escalate_clicked_cb (GtUnitIssuesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n = gt_unit_issues_window_escalate (self, &error);

  if (error != NULL)
    message = g_strdup (error->message);
  else
    /* TRANSLATORS: after the escalation rules ran */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u issue rose a level",
                                            "%u issues rose a level", n), n);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

gboolean
gt_unit_issues_window_export_to (GtUnitIssuesWindow  *self,
                                 GFile               *file,
                                 GError             **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (GT_IS_UNIT_ISSUES_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("The list can only be saved to a local file."));
      return FALSE;
    }
  return gt_unit_issues_write (self->store, &self->today, path, error);
}

static void
export_response_cb (GtkNativeDialog    *chooser,
                    int                 response,
                    GtUnitIssuesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (gt_unit_issues_window_export_to (self, file, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          /* TRANSLATORS: %s is a file's name */
          g_autofree char *message = g_strdup_printf (_("Saved the list as “%s”"), name);

          adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
        }
      else
        {
          GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                      _("Could Not Save the List"),
                                                      error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
export_clicked_cb (GtUnitIssuesWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *day = gt_format_date (&self->today);
  /* TRANSLATORS: the file name offered; %s is a day. The extension picks the format. */
  g_autofree char *name = g_strdup_printf (_("Open Issues by Unit (%s).pdf"), day);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export Open Issues by Unit"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF, XLSX or CSV"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
gt_unit_issues_window_dispose (GObject *object)
{
  GtUnitIssuesWindow *self = GT_UNIT_ISSUES_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (gt_unit_issues_window_parent_class)->dispose (object);
}

static void
gt_unit_issues_window_class_init (GtUnitIssuesWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = gt_unit_issues_window_dispose;
  issue_quark = g_quark_from_static_string ("gt-unit-issues-id");
}

static void
gt_unit_issues_window_init (GtUnitIssuesWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *escalate = gtk_button_new_with_mnemonic (_("_Run Rules"));
  GtkWidget *export = gtk_button_new_with_mnemonic (_("_Export…"));

  self->groups = g_ptr_array_new ();
  gtk_window_set_title (GTK_WINDOW (self), _("Open Issues by Unit"));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 640);
  gtk_widget_set_tooltip_text (escalate, _("Raise the overdue issues by the office’s rules "
                                           "(Preferences)"));
  g_signal_connect_swapped (escalate, "clicked", G_CALLBACK (escalate_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), escalate);
  gtk_widget_set_tooltip_text (export, _("The list as PDF, XLSX or CSV, to send to the units"));
  g_signal_connect_swapped (export, "clicked", G_CALLBACK (export_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), export);
  gtk_box_append (GTK_BOX (box), header);

  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->page), TRUE);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, GTK_WIDGET (self->page));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), box);
}

GtUnitIssuesWindow *
gt_unit_issues_window_new (GtkWindow   *parent,
                           GtStore     *store,
                           const GDate *today)
{
  GtUnitIssuesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  self = g_object_new (GT_TYPE_UNIT_ISSUES_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->store = g_object_ref (store);
  g_date_clear (&self->today, 1);
  if (today != NULL && g_date_valid (today))
    self->today = *today;
  else
    g_date_set_time_t (&self->today, time (NULL));
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload (self);
  return self;
}

guint
gt_unit_issues_window_get_n_units (GtUnitIssuesWindow *self)
{
  g_return_val_if_fail (GT_IS_UNIT_ISSUES_WINDOW (self), 0);
  return self->n_units;
}

guint
gt_unit_issues_window_get_n_issues (GtUnitIssuesWindow *self)
{
  g_return_val_if_fail (GT_IS_UNIT_ISSUES_WINDOW (self), 0);
  return self->n_issues;
}
