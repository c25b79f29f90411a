/* gt-projects-view.c: the register of projects, with search and filters.
 *
 * The store's live list goes through a filter (GtProjectQuery), a sort model bound
 * to the column view's sorter, stable rows (GtRowSlots) and a single selection.
 * Cells are recycled by the column view and read their project by position from
 * the sort model; nothing here is created per project. Because rows stay put
 * while their projects change, the selection is kept by project, not position.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-connection.h"
#include "gt-first-run.h"
#include "gt-format.h"
#include "gt-lazy-icons.h"
#include "gt-project-editor.h"
#include "gt-projects-view-private.h"
#include "gt-wrap-box.h"

G_DEFINE_FINAL_TYPE (GtProjectsView, gt_projects_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_state (GtProjectsView *self);

/* Helpers */

static GtProject *
get_selected (GtProjectsView *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position == GTK_INVALID_LIST_POSITION)
    return NULL;
  return _gt_projects_view_get_project (self, position);
}

/* State: empty page, counts, totals */

static gboolean
update_totals_idle_cb (gpointer user_data)
{
  GtProjectsView *self = user_data;
  GListModel *visible = G_LIST_MODEL (self->filter_model);
  guint n_visible = g_list_model_get_n_items (visible);
  guint n_total = g_list_model_get_n_items (gt_store_get_projects (self->store));
  gint64 total = 0, plan = 0, completed = 0;
  g_autofree char *count = NULL;
  g_autofree char *total_text = NULL;
  g_autofree char *plan_text = NULL;
  g_autofree char *completed_text = NULL;
  g_autofree char *text = NULL;

  self->totals_idle_id = 0;

  for (guint i = 0; i < n_visible; i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (visible, i);

      total += gt_project_get_total_investment (project);
      plan += gt_project_get_annual_plan (project);
      completed += gt_project_get_completed (project);
    }

  if (n_visible == n_total)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project", "%u projects",
                                          n_total),
                             n_total);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u project",
                                          "%u of %u projects", n_total),
                             n_visible, n_total);

  total_text = gt_format_money (total);
  plan_text = gt_format_money (plan);
  completed_text = gt_format_money (completed);
  /* TRANSLATORS: the footer of the projects list: count, then sums of the shown rows */
  text = g_strdup_printf (_("%s  ·  Total investment %s  ·  Year plan %s  ·  Completed %s"),
                          count, total_text, plan_text, completed_text);
  gtk_label_set_label (self->count_label, text);

  return G_SOURCE_REMOVE;
}

static void
update_state (GtProjectsView *self)
{
  guint n_total, n_visible;
  const char *page;

  if (self->filter_model == NULL)
    return;

  n_total = g_list_model_get_n_items (gt_store_get_projects (self->store));
  n_visible = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  if (n_total == 0)
    {
      page = "empty";
      /* Built only for an empty register: most starts never show it. */
      if (gtk_stack_get_child_by_name (self->stack, page) == NULL)
        gtk_stack_add_named (self->stack,
                             g_object_new (GT_TYPE_FIRST_RUN, "offer-new", TRUE, NULL), page);
    }
  else if (n_visible == 0)
    page = "no-results";
  else
    page = "list";
  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_widget_set_visible (self->toolbar, n_total > 0);
  gtk_widget_set_visible (self->toolbar_separator, n_total > 0);
  gtk_widget_set_visible (self->footer_separator, n_total > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), n_total > 0);

  /* Summing 5,000 rows costs more than the keystroke that filtered them. */
  if (self->totals_idle_id == 0)
    self->totals_idle_id = g_idle_add_full (G_PRIORITY_LOW, update_totals_idle_cb, self, NULL);
}

static void
selection_changed_cb (GtProjectsView *self)
{
  g_autoptr(GtProject) project = get_selected (self);
  gboolean writable;

  /* A change of the list moves rows under the selection; restore_selection()
   * then finds the project again. Only a person's choice is remembered. */
  if (!self->model_changing)
    g_set_object (&self->selected_project, project);

  /* While a server is gone, adding, editing and deleting wait for it (an
   * editor opened then could not read the project's nodes and reports). */
  writable = gt_connection_store_is_writable (self->store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.new", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.edit", project != NULL && writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.delete", project != NULL && writable);
}

static void
sort_model_changing_cb (GtProjectsView *self)
{
  self->model_changing = TRUE;
  /* self->rows is NULL while it connects to the sort model itself. */
  if (self->rows != NULL)
    _gt_projects_view_prepare_rows (self);
}

static void
restore_selection (GtProjectsView *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  g_autoptr(GtProject) shown = NULL;
  guint n, found = GTK_INVALID_LIST_POSITION;

  self->model_changing = FALSE;
  if (self->selected_project == NULL)
    return;

  if (position != GTK_INVALID_LIST_POSITION)
    shown = _gt_projects_view_get_project (self, position);
  if (shown == self->selected_project)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  for (guint i = 0; i < n && found == GTK_INVALID_LIST_POSITION; i++)
    {
      g_autoptr(GtProject) project = _gt_projects_view_get_project (self, i);

      if (project == self->selected_project)
        found = i;
    }

  /* Hidden by the filter or deleted: nothing stays selected. */
  gtk_single_selection_set_selected (self->selection, found);
}

static void
rows_changed_cb (GtProjectsView *self,
                 guint           position,
                 guint           n_rows,
                 GtRowSlots     *rows)
{
  _gt_projects_view_rows_changed (self, position, n_rows);
}

static void
gt_projects_view_root (GtkWidget *widget)
{
  GtProjectsView *self = GT_PROJECTS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (!self->first_frame_seen && GTK_IS_WINDOW (root))
    _gt_projects_view_limit_first_rows (self, GTK_WINDOW (root));

  /* Children (and so the cells of the rows left) are set up from here on. */
  GTK_WIDGET_CLASS (gt_projects_view_parent_class)->root (widget);
}

static void
gt_projects_view_map (GtkWidget *widget)
{
  GtProjectsView *self = GT_PROJECTS_VIEW (widget);

  GTK_WIDGET_CLASS (gt_projects_view_parent_class)->map (widget);

  if (!self->first_frame_seen)
    {
      self->first_frame_seen = TRUE;
      g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                               G_CALLBACK (_gt_projects_view_first_frame_painted), self,
                               G_CONNECT_SWAPPED);
    }
}

static void
scrolled_cb (GtProjectsView *self)
{
  gt_row_slots_flush (self->rows);
  _gt_projects_view_flush_cells (self);
}

static void
names_changed_cb (GtProjectsView *self)
{
  _gt_projects_view_names_changed (self);
  /* The search also matches leader and unit names. */
  if (self->search_text != NULL && *self->search_text != '\0')
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Template callbacks */

static void
search_changed_cb (GtProjectsView *self,
                   GtkSearchEntry *entry)
{
  _gt_projects_view_apply_search_text (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
stop_search_cb (GtProjectsView *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  _gt_projects_view_apply_search_text (self, "");
}

static void
search_activate_cb (GtProjectsView *self,
                    GtkSearchEntry *entry)
{
  /* Enter in the search moves to the results, ready for Enter again to edit. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) == 0)
    return;
  if (gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* GTK 4.8 has no gtk_column_view_scroll_to() (4.12): the list view inside
 * the column view has the action. */
static void
scroll_to (GtProjectsView *self,
           guint           position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
        return;
      }
}

/* A new project is selected and brought into sight, unless the search or the
 * filters hide it: then the selection stays as it was. */
static void
editor_saved_cb (GtProjectsView *self,
                 GtProject      *project)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  guint found = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < n && found == GTK_INVALID_LIST_POSITION; i++)
    {
      g_autoptr(GtProject) shown = _gt_projects_view_get_project (self, i);

      if (shown == project)
        found = i;
    }
  if (found == GTK_INVALID_LIST_POSITION)
    return;

  /* Rows out of sight may still be waiting to be added. */
  gt_row_slots_flush (self->rows);
  gtk_single_selection_set_selected (self->selection, found);
  scroll_to (self, found);
}

static void
open_editor (GtProjectsView *self,
             GtProject      *project)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtProjectEditor *editor;

  editor = gt_project_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  self->store, project);
  if (project == NULL)
    g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self,
                             G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
column_view_activate_cb (GtProjectsView *self,
                         guint           position,
                         GtkColumnView  *column_view)
{
  g_autoptr(GtProject) project = _gt_projects_view_get_project (self, position);

  if (project != NULL)
    open_editor (self, project);
}

/* Actions */

static void
view_new_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  open_editor (GT_PROJECTS_VIEW (widget), NULL);
}

static void
view_edit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  GtProjectsView *self = GT_PROJECTS_VIEW (widget);
  g_autoptr(GtProject) project = get_selected (self);

  if (project != NULL)
    open_editor (self, project);
}

static void
show_error (GtProjectsView *self,
            const char     *heading,
            const GError   *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
view_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  GtProjectsView *self = GT_PROJECTS_VIEW (widget);
  guint position = gtk_single_selection_get_selected (self->selection);
  g_autoptr(GtProject) project = get_selected (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (project == NULL)
    return;

  if (!gt_store_delete_project (self->store, project, &error))
    {
      show_error (self, _("Could Not Delete the Project"), error);
      return;
    }

  /* The next row takes the place of the deleted one, as in a file manager. */
  if (position < g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)))
    gtk_single_selection_set_selected (self->selection, position);
  else if (position > 0)
    gtk_single_selection_set_selected (self->selection, position - 1);

  message = g_strdup_printf (_("Project “%s” deleted"), gt_project_get_name (project));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast-undo", "s", message);
}

static void
view_find_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  GtProjectsView *self = GT_PROJECTS_VIEW (widget);

  if (gtk_widget_get_visible (self->toolbar))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
view_clear_filters_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  GtProjectsView *self = GT_PROJECTS_VIEW (widget);

  gt_projects_view_set_search_text (self, "");
  _gt_projects_view_clear_filters (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* GObject */

static gboolean
judge_idle_cb (gpointer data)
{
  GtProjectsView *self = data;

  self->judge_idle_id = 0;
  _gt_projects_view_judge (self);
  return G_SOURCE_REMOVE;
}

/* Many edits in a row (an import, undo of a batch) are judged once. */
static void
judge_later (GtProjectsView *self)
{
  if (self->judge_idle_id == 0)
    self->judge_idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, judge_idle_cb, self, NULL);
}

static void
gt_projects_view_constructed (GObject *object)
{
  GtProjectsView *self = GT_PROJECTS_VIEW (object);
  GListModel *projects;
  GtkShortcutController *shortcuts;
  static const guint delete_keys[] = { GDK_KEY_Delete, GDK_KEY_KP_Delete };

  G_OBJECT_CLASS (gt_projects_view_parent_class)->constructed (object);

  g_assert (GT_IS_STORE (self->store));

  _gt_projects_view_setup_filters (self);

  /* The list: store → filter → sort → stable rows → selection */
  projects = gt_store_get_projects (self->store);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (projects),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  _gt_projects_view_add_columns (self);
  self->sort_model =
    gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                             g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  /* Around the rows' own handler: before it, the selection moves with rows;
   * after it, restore_selection() puts it back on its project. */
  g_signal_connect_swapped (self->sort_model, "items-changed",
                            G_CALLBACK (sort_model_changing_cb), self);
  self->rows = gt_row_slots_new (G_LIST_MODEL (self->sort_model), GT_PROJECTS_FIRST_FRAME_ROWS);
  g_signal_connect_swapped (self->sort_model, "items-changed",
                            G_CALLBACK (restore_selection), self);
  g_signal_connect_swapped (self->rows, "rows-changed", G_CALLBACK (rows_changed_cb), self);
  g_signal_connect_swapped (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view)),
                            "value-changed", G_CALLBACK (scrolled_cb), self);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->filter_model, "items-changed",
                            G_CALLBACK (update_state), self);
  g_signal_connect_swapped (projects, "items-changed", G_CALLBACK (update_state), self);
  g_signal_connect_swapped (gt_store_get_units (self->store), "items-changed",
                            G_CALLBACK (names_changed_cb), self);
  g_signal_connect_swapped (gt_store_get_leaders (self->store), "items-changed",
                            G_CALLBACK (names_changed_cb), self);

  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  for (guint i = 0; i < G_N_ELEMENTS (delete_keys); i++)
    {
      GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (delete_keys[i], 0);
      GtkShortcutAction *action = gtk_named_action_new ("view.delete");

      gtk_shortcut_controller_add_shortcut (shortcuts, gtk_shortcut_new (trigger, action));
    }
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), GTK_EVENT_CONTROLLER (shortcuts));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  /* Status lights: judged once the first frame is up (it takes two queries over
   * every node and issue), again after edits and when the thresholds change. */
  judge_later (self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (judge_later), self,
                           G_CONNECT_SWAPPED);
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (judge_later), self,
                           G_CONNECT_SWAPPED);

  gt_connection_watch (self->store, GTK_WIDGET (self), G_CALLBACK (selection_changed_cb));
  selection_changed_cb (self);
  update_state (self);
}

static void
gt_projects_view_dispose (GObject *object)
{
  GtProjectsView *self = GT_PROJECTS_VIEW (object);

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (gt_store_get_projects (self->store), self);
      g_signal_handlers_disconnect_by_data (gt_store_get_units (self->store), self);
      g_signal_handlers_disconnect_by_data (gt_store_get_leaders (self->store), self);
    }
  g_clear_handle_id (&self->totals_idle_id, g_source_remove);
  g_clear_handle_id (&self->fill_rows_id, g_source_remove);
  g_clear_handle_id (&self->fold_keys_id, g_source_remove);
  g_clear_handle_id (&self->judge_idle_id, g_source_remove);
  g_clear_pointer (&self->statuses, g_hash_table_unref);
  g_clear_object (&self->settings);
  g_clear_handle_id (&self->pending_idle_id, g_source_remove);
  /* Taking the columns away re-sorts the list: nothing here may answer. */
  if (self->sort_model != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->sort_model, self);
      g_signal_handlers_disconnect_by_data (self->rows, self);
      g_signal_handlers_disconnect_by_data (self->selection, self);
    }

  /* Unbinds every cell while the tables the cells use still exist. */
  gtk_widget_dispose_template (GTK_WIDGET (self), GT_TYPE_PROJECTS_VIEW);

  g_clear_object (&self->selection);
  g_clear_object (&self->selected_project);
  g_clear_object (&self->rows);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  for (guint i = 0; i < N_COLUMNS; i++)
    g_clear_object (&self->sorters[i]);
  g_clear_pointer (&self->query, gt_project_query_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gt_projects_view_parent_class)->dispose (object);
}

static void
gt_projects_view_finalize (GObject *object)
{
  GtProjectsView *self = GT_PROJECTS_VIEW (object);

  g_free (self->search_text);
  g_hash_table_unref (self->collate_keys);
  g_hash_table_unref (self->bound_cells);

  G_OBJECT_CLASS (gt_projects_view_parent_class)->finalize (object);
}

static void
gt_projects_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GtProjectsView *self = GT_PROJECTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_projects_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GtProjectsView *self = GT_PROJECTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_projects_view_class_init (GtProjectsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = gt_projects_view_constructed;
  object_class->dispose = gt_projects_view_dispose;
  object_class->finalize = gt_projects_view_finalize;
  object_class->get_property = gt_projects_view_get_property;
  object_class->set_property = gt_projects_view_set_property;
  widget_class->root = gt_projects_view_root;
  widget_class->map = gt_projects_view_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GT_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/guatu/Guatu/gt-projects-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GtProjectsView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, GtProjectsView, toolbar_separator);
  gtk_widget_class_bind_template_child (widget_class, GtProjectsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GtProjectsView, stage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GtProjectsView, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GtProjectsView, locality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GtProjectsView, leader_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GtProjectsView, light_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GtProjectsView, stack);
  gtk_widget_class_bind_template_child (widget_class, GtProjectsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, GtProjectsView, footer_separator);
  gtk_widget_class_bind_template_child (widget_class, GtProjectsView, count_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "view.new", NULL, view_new_action);
  gtk_widget_class_install_action (widget_class, "view.edit", NULL, view_edit_action);
  gtk_widget_class_install_action (widget_class, "view.delete", NULL, view_delete_action);
  gtk_widget_class_install_action (widget_class, "view.find", NULL, view_find_action);
  gtk_widget_class_install_action (widget_class, "view.clear-filters", NULL,
                                   view_clear_filters_action);
}

static void
gt_projects_view_init (GtProjectsView *self)
{
  self->stage = -1;
  self->level = -1;
  self->search_text = g_strdup ("");
  self->collate_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->bound_cells = g_hash_table_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gt_lazy_icons_defer (GTK_WIDGET (self));
}

GtkWidget *
gt_projects_view_new (GtStore *store)
{
  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  return g_object_new (GT_TYPE_PROJECTS_VIEW, "store", store, NULL);
}

void
gt_projects_view_set_search_text (GtProjectsView *self,
                                  const char     *text)
{
  g_return_if_fail (GT_IS_PROJECTS_VIEW (self));

  if (text == NULL)
    text = "";
  /* Filters now rather than after the entry's typing delay. Replacing the
   * entry's text passes through "" (which the entry reports at once): that
   * must not show and hide every row on the way. */
  _gt_projects_view_apply_search_text (self, text);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text) != 0)
    {
      g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
      g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
    }
}

guint
gt_projects_view_get_n_visible (GtProjectsView *self)
{
  g_return_val_if_fail (GT_IS_PROJECTS_VIEW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}
