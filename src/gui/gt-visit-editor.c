/* gt-visit-editor.c: a leader's site visit, new or edited.
 *
 * The projects offered are the leader's own (包联项目), and any other the
 * visit already names; issues assigned on the spot are written with the visit
 * in one transaction (gt_store_add_visit()), so Cancel leaves no half of it.
 * An issue already assigned on the visit is shown, not edited here: it is an
 * issue like another, edited in the issue editor.
 *
 * An issue with a unit and a deadline is assigned (交办) at once; without
 * them it is raised, for the office to assign.
 *
 * Saving or deleting is one step of the window's undo (the store records it,
 * issues and all); the window's toast names the step, with Undo beside it,
 * since the editor that made it is gone by then.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-date-button.h"
#include "gt-format.h"
#include "gt-store-visits.h"
#include "gt-visit-editor.h"

typedef struct {
  AdwPreferencesGroup *group;
  AdwEntryRow         *description;
  AdwComboRow         *project;
  AdwComboRow         *unit;
  GtDateButton        *deadline;
} IssueRows;

struct _GtVisitEditor
{
  AdwWindow            parent_instance;

  GtStore             *store;
  GtVisit             *visit;
  GtVisit             *original;    /* as read when opened: what a save may write over */
  gboolean             is_new;
  GArray              *project_ids;    /* gint64: the choices, in the rows' order */
  GArray              *unit_ids;       /* gint64: 0 (none) first */
  GHashTable          *checks;         /* project id → GtkCheckButton */
  GPtrArray           *issues;         /* IssueRows * */

  AdwPreferencesPage  *page;
  GtDateButton        *date_button;
  AdwComboRow         *kind_row;
  GtkTextView         *decisions_view;
  AdwPreferencesGroup *issues_group;
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (GtVisitEditor, gt_visit_editor, ADW_TYPE_WINDOW)

static void
show_error (GtVisitEditor *self,
            const char    *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static GtkStringList *
project_names (GtVisitEditor *self)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->project_ids->len; i++)
    {
      GtProject *project = gt_store_lookup_project (self->store,
                                                    g_array_index (self->project_ids, gint64, i));

      gtk_string_list_append (names, project != NULL ? gt_project_get_name (project) : "");
    }
  return names;
}

static GtkStringList *
unit_names (GtVisitEditor *self)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->unit_ids->len; i++)
    {
      GtUnit *unit = gt_store_lookup_unit (self->store, g_array_index (self->unit_ids, gint64, i));

      gtk_string_list_append (names, unit != NULL ? gt_unit_get_name (unit)
                                                  : C_("unit", "None"));
    }
  return names;
}

static guint
index_of (GArray *ids,
          gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

static void
remove_issue_cb (GtkButton     *button,
                 GtVisitEditor *self)
{
  IssueRows *rows = g_object_get_data (G_OBJECT (button), "issue-rows");

  adw_preferences_page_remove (self->page, rows->group);
  g_ptr_array_remove (self->issues, rows);
}

static IssueRows *
add_issue_rows (GtVisitEditor *self)
{
  IssueRows *rows = g_new0 (IssueRows, 1);
  g_autoptr(GtkStringList) projects = project_names (self);
  g_autoptr(GtkStringList) units = unit_names (self);
  g_autofree char *title = NULL;
  GtkWidget *remove, *deadline_row;

  rows->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  title = g_strdup_printf (_("Issue Assigned on the Spot %u"), self->issues->len + 1);
  adw_preferences_group_set_title (rows->group, title);
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove This Issue"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove this issue"), -1);
  g_object_set_data (G_OBJECT (remove), "issue-rows", rows);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_issue_cb), self);
  adw_preferences_group_set_header_suffix (rows->group, remove);

  rows->description = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->description), _("Problem"));
  adw_preferences_group_add (rows->group, GTK_WIDGET (rows->description));

  rows->project = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->project), _("Project"));
  adw_combo_row_set_model (rows->project, G_LIST_MODEL (projects));
  adw_preferences_group_add (rows->group, GTK_WIDGET (rows->project));

  rows->unit = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->unit), _("Responsible Unit"));
  adw_combo_row_set_model (rows->unit, G_LIST_MODEL (units));
  adw_preferences_group_add (rows->group, GTK_WIDGET (rows->unit));

  deadline_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (deadline_row), _("Deadline"));
  rows->deadline = GT_DATE_BUTTON (gt_date_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (rows->deadline), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (rows->deadline),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Deadline"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (deadline_row), GTK_WIDGET (rows->deadline));
  adw_preferences_group_add (rows->group, deadline_row);

  adw_preferences_page_add (self->page, rows->group);
  g_ptr_array_add (self->issues, rows);
  return rows;
}

static void
add_issue_cb (GtVisitEditor *self)
{
  IssueRows *rows = add_issue_rows (self);
  GHashTableIter iter;
  gpointer key, check;

  /* The first project ticked is the likeliest. */
  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, &key, &check))
    if (gtk_check_button_get_active (check))
      {
        adw_combo_row_set_selected (rows->project,
                                    index_of (self->project_ids, *(gint64 *) key));
        break;
      }
  gtk_widget_grab_focus (GTK_WIDGET (rows->description));
}

static char *
dup_decisions (GtVisitEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->decisions_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static GPtrArray *
make_issues (GtVisitEditor *self)
{
  GPtrArray *issues = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->issues->len; i++)
    {
      IssueRows *rows = self->issues->pdata[i];
      GtIssue *issue = gt_issue_new ();
      guint project = adw_combo_row_get_selected (rows->project);
      guint unit = adw_combo_row_get_selected (rows->unit);
      const GDate *deadline = gt_date_button_get_date (rows->deadline);
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (
                                                      GTK_EDITABLE (rows->description))));

      gt_issue_set_description (issue, text);
      gt_issue_set_category (issue, GT_ISSUE_CATEGORY_OTHER);
      if (project < self->project_ids->len)
        gt_issue_set_project_id (issue, g_array_index (self->project_ids, gint64, project));
      if (unit < self->unit_ids->len && g_array_index (self->unit_ids, gint64, unit) != 0)
        gt_issue_set_unit_id (issue, g_array_index (self->unit_ids, gint64, unit));
      gt_issue_set_deadline (issue, deadline);
      gt_issue_set_status (issue, gt_issue_get_unit_id (issue) != 0 && deadline != NULL
                                  ? GT_ISSUE_STATUS_ASSIGNED : GT_ISSUE_STATUS_RAISED);
      g_ptr_array_add (issues, issue);
    }
  return issues;
}

/* The step just recorded, named in the window's toast with Undo beside it. */
static void
offer_undo (GtVisitEditor *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  const char *label = gt_store_get_undo_label (self->store);

  if (parent != NULL && label != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.toast-undo", "s", label);
}

static void
save_clicked_cb (GtVisitEditor *self)
{
  gt_visit_editor_save (self);
}

static void
cancel_clicked_cb (GtVisitEditor *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_clicked_cb (GtVisitEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!gt_store_delete_visit (self->store, gt_visit_get_id (self->visit), &error))
    {
      show_error (self, error->message);
      return;
    }
  offer_undo (self);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
add_project_row (GtVisitEditor       *self,
                 AdwPreferencesGroup *group,
                 GtProject           *project)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  gint64 id = gt_project_get_id (project);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gt_project_get_name (project));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), gt_visit_has_project (self->visit, id));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gt_project_get_name (project), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (group, row);
  g_array_append_val (self->project_ids, id);
  g_hash_table_insert (self->checks, g_memdup2 (&id, sizeof id), check);
}

static void
build_projects (GtVisitEditor *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GListModel *projects = gt_store_get_projects (self->store);
  guint n = g_list_model_get_n_items (projects);

  adw_preferences_group_set_title (group, _("Projects Visited"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      if (gt_project_get_leader_id (project) == gt_visit_get_leader_id (self->visit) ||
          gt_visit_has_project (self->visit, gt_project_get_id (project)))
        add_project_row (self, group, project);
    }
  if (n == 0 || self->project_ids->len == 0)
    adw_preferences_group_set_description (group, _("The leader has no projects in charge."));
  adw_preferences_page_add (self->page, group);
}

static void
build_units (GtVisitEditor *self)
{
  GListModel *units = gt_store_get_units (self->store);
  gint64 none = 0;

  g_array_append_val (self->unit_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(GtUnit) unit = g_list_model_get_item (units, i);
      gint64 id = gt_unit_get_id (unit);

      g_array_append_val (self->unit_ids, id);
    }
}

static void
build_linked_issues (GtVisitEditor *self)
{
  g_autoptr(GArray) ids = NULL;

  if (self->is_new)
    return;
  ids = gt_store_list_visit_issues (self->store, gt_visit_get_id (self->visit), NULL);
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      GtIssue *issue = gt_store_lookup_issue (self->store, g_array_index (ids, gint64, i));
      GtProject *project;
      GtkWidget *row;

      if (issue == NULL)
        continue;
      project = gt_store_lookup_project (self->store, gt_issue_get_project_id (issue));
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gt_issue_get_description (issue));
      if (project != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), gt_project_get_name (project));
      adw_preferences_group_add (self->issues_group, row);
    }
}

static void
build (GtVisitEditor *self,
       gboolean       is_new)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  AdwPreferencesGroup *group;
  GtkWidget *box, *header, *button, *row, *scrolled, *frame;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  button = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (cancel_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), button);
  button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (save_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), button);
  gtk_box_append (GTK_BOX (box), header);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 6);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->page));

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Date"));
  self->date_button = GT_DATE_BUTTON (gt_date_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->date_button), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Date of the visit"), -1);
  gt_date_button_set_date (self->date_button, gt_visit_get_visited_on (self->visit));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->date_button));
  adw_preferences_group_add (group, row);

  for (guint i = 0; i < GT_N_VISIT_KINDS; i++)
    gtk_string_list_append (kinds, gt_visit_kind_get_label (i));
  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Kind"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (self->kind_row, gt_visit_get_kind (self->visit));
  adw_preferences_group_add (group, GTK_WIDGET (self->kind_row));
  adw_preferences_page_add (self->page, group);

  build_projects (self);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Decisions Made on Site"));
  self->decisions_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->decisions_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->decisions_view, 6);
  gtk_text_view_set_bottom_margin (self->decisions_view, 6);
  gtk_text_view_set_left_margin (self->decisions_view, 6);
  gtk_text_view_set_right_margin (self->decisions_view, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->decisions_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Decisions made on site"), -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->decisions_view),
                            gt_visit_get_decisions (self->visit), -1);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 90);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled),
                                 GTK_WIDGET (self->decisions_view));
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), scrolled);
  adw_preferences_group_add (group, frame);
  adw_preferences_page_add (self->page, group);

  self->issues_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->issues_group, _("Issues Assigned on the Spot"));
  adw_preferences_group_set_description (self->issues_group,
                                         _("Each becomes an issue of its project, assigned "
                                           "when it has a unit and a deadline."));
  button = gtk_button_new_with_mnemonic (_("_Add Issue"));
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_issue_cb), self);
  adw_preferences_group_set_header_suffix (self->issues_group, button);
  adw_preferences_page_add (self->page, self->issues_group);
  build_linked_issues (self);

  if (!is_new)
    {
      group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      button = gtk_button_new_with_mnemonic (_("_Delete Visit"));
      gtk_widget_add_css_class (button, "destructive-action");
      gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
      g_signal_connect_swapped (button, "clicked", G_CALLBACK (delete_clicked_cb), self);
      adw_preferences_group_add (group, button);
      adw_preferences_page_add (self->page, group);
    }

  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_title (GTK_WINDOW (self), is_new ? _("New Site Visit") : _("Edit Site Visit"));
}

static void
gt_visit_editor_dispose (GObject *object)
{
  GtVisitEditor *self = GT_VISIT_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->visit);
  g_clear_object (&self->original);
  g_clear_pointer (&self->project_ids, g_array_unref);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->checks, g_hash_table_unref);
  g_clear_pointer (&self->issues, g_ptr_array_unref);

  G_OBJECT_CLASS (gt_visit_editor_parent_class)->dispose (object);
}

static void
gt_visit_editor_class_init (GtVisitEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = gt_visit_editor_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
gt_visit_editor_init (GtVisitEditor *self)
{
  self->project_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->checks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->issues = g_ptr_array_new_with_free_func (g_free);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 720);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

GtVisitEditor *
gt_visit_editor_new (GtkWindow   *parent,
                     GtStore     *store,
                     gint64       leader_id,
                     GtVisit     *visit,
                     const GDate *day)
{
  GtVisitEditor *self;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (visit == NULL || GT_IS_VISIT (visit), NULL);

  self = g_object_new (GT_TYPE_VISIT_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->is_new = visit == NULL;
  if (visit != NULL)
    {
      self->visit = gt_visit_copy (visit);
      self->original = gt_visit_copy (visit);
    }
  else
    {
      self->visit = gt_visit_new ();
      gt_visit_set_leader_id (self->visit, leader_id);
      gt_visit_set_visited_on (self->visit, day);
    }
  /* The issues on the visit are looked up in the store's list. */
  gt_store_get_issues (store);
  build_units (self);
  build (self, self->is_new);
  return self;
}

void
gt_visit_editor_set_project (GtVisitEditor *self,
                             gint64         project_id,
                             gboolean       visited)
{
  GtkCheckButton *check;

  g_return_if_fail (GT_IS_VISIT_EDITOR (self));
  check = g_hash_table_lookup (self->checks, &project_id);
  g_return_if_fail (check != NULL);
  gtk_check_button_set_active (check, visited);
}

void
gt_visit_editor_add_issue (GtVisitEditor *self,
                           gint64         project_id,
                           const char    *description,
                           gint64         unit_id,
                           const GDate   *deadline)
{
  IssueRows *rows;

  g_return_if_fail (GT_IS_VISIT_EDITOR (self));
  rows = add_issue_rows (self);
  gtk_editable_set_text (GTK_EDITABLE (rows->description), description);
  adw_combo_row_set_selected (rows->project, index_of (self->project_ids, project_id));
  adw_combo_row_set_selected (rows->unit, index_of (self->unit_ids, unit_id));
  gt_date_button_set_date (rows->deadline, deadline);
}

void
gt_visit_editor_set_decisions (GtVisitEditor *self,
                               const char    *decisions)
{
  g_return_if_fail (GT_IS_VISIT_EDITOR (self));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->decisions_view), decisions, -1);
}

gboolean
gt_visit_editor_save (GtVisitEditor *self)
{
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *decisions = NULL;
  GHashTableIter iter;
  gpointer key, check;
  gboolean ok;

  g_return_val_if_fail (GT_IS_VISIT_EDITOR (self), FALSE);

  gt_visit_set_visited_on (self->visit, gt_date_button_get_date (self->date_button));
  gt_visit_set_kind (self->visit, MIN (adw_combo_row_get_selected (self->kind_row),
                                       GT_N_VISIT_KINDS - 1));
  decisions = dup_decisions (self);
  gt_visit_set_decisions (self->visit, decisions);
  gt_visit_set_project_ids (self->visit, NULL, 0);
  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, &key, &check))
    if (gtk_check_button_get_active (check))
      gt_visit_add_project_id (self->visit, *(gint64 *) key);

  issues = make_issues (self);
  ok = self->is_new ? gt_store_add_visit (self->store, self->visit, issues, &error)
                    : gt_store_update_visit_over (self->store, self->original, self->visit,
                                                  issues, &error);
  /* Told of the other desk's change, a second Save writes these values over it. */
  if (!ok && g_error_matches (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT))
    {
      GtVisit *stored = gt_store_get_visit (self->store, gt_visit_get_id (self->visit), NULL);

      if (stored != NULL)
        g_set_object (&self->original, stored);
      g_clear_object (&stored);
    }
  if (!ok)
    {
      show_error (self, error->message);
      return FALSE;
    }
  offer_undo (self);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
