/* gt-issues-view.c: the issue ledger (问题清单), with search and filters.
 *
 * The store's live list of issues goes through a sort model bound to the column
 * view's sorter, a filter (GtIssueQuery) and a single selection. The column view
 * recycles its cells, so fifty thousand issues cost fifty thousand list entries,
 * not widgets; nothing here queries the store per row. Collation keys are cached,
 * so that a sort does not collate every issue's text again.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-choice.h"
#include "gt-connection.h"
#include "gt-issue-columns.h"
#include "gt-issue-doc-dialog.h"
#include "gt-issue-editor.h"
#include "gt-issue-query.h"
#include "gt-issues-view.h"
#include "gt-lazy-icons.h"
#include "gt-unit-issues-window.h"
#include "gt-wrap-box.h"

/* The status dropdown: two groupings, then the statuses themselves. */
static const int status_choices[] = {
  GT_ISSUE_QUERY_ANY_STATUS,
  GT_ISSUE_QUERY_OPEN,
  GT_ISSUE_QUERY_OVERDUE,
  GT_ISSUE_STATUS_RAISED,
  GT_ISSUE_STATUS_ASSIGNED,
  GT_ISSUE_STATUS_RESOLVED,
  GT_ISSUE_STATUS_CLOSED,
};
#define N_CHOICES G_N_ELEMENTS (status_choices)

/* The level dropdown: any, then "at least" each level. */
static const GtEscalationLevel level_choices[] = {
  GT_ESCALATION_NONE,
  GT_ESCALATION_ASSIGNED,
  GT_ESCALATION_SUPERVISED,
  GT_ESCALATION_LISTED,
};

struct _GtIssuesView
{
  AdwBin              parent_instance;

  GtStore            *store;
  gboolean            loaded;

  GtIssueQuery       *query;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;
  GtIssueColumns     *columns;

  guint               state_idle_id;

  /* template children */
  GtkSearchEntry     *search_entry;
  GtkDropDown        *status_dropdown;
  GtkDropDown        *level_dropdown;
  GtkDropDown        *category_dropdown;
  GtkDropDown        *unit_dropdown;
  GtkDropDown        *project_dropdown;
  GtkStack           *stack;
  GtkColumnView      *column_view;
  GtkLabel           *count_label;
};

G_DEFINE_FINAL_TYPE (GtIssuesView, gt_issues_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static GtIssue *
get_selected (GtIssuesView *self)
{
  return self->selection != NULL ? gtk_single_selection_get_selected_item (self->selection)
                                 : NULL;
}

/* Filtering */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  GtIssuesView *self = user_data;

  return gt_issue_query_matches (self->query, item);
}

static void
refilter (GtIssuesView       *self,
          GtIssueQueryChange  change)
{
  static const GtkFilterChange changes[] = {
    [GT_ISSUE_QUERY_STRICTER] = GTK_FILTER_CHANGE_MORE_STRICT,
    [GT_ISSUE_QUERY_LOOSER] = GTK_FILTER_CHANGE_LESS_STRICT,
    [GT_ISSUE_QUERY_DIFFERENT] = GTK_FILTER_CHANGE_DIFFERENT,
  };

  if (change != GT_ISSUE_QUERY_UNCHANGED && self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), changes[change]);
}

/* Filter controls */

static void
setup_filters (GtIssuesView *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  /* Positions follow status_choices[]. */
  gtk_string_list_append (statuses, _("All statuses"));
  gtk_string_list_append (statuses, _("Open"));
  gtk_string_list_append (statuses, _("Overdue"));
  for (guint i = 0; i < GT_N_ISSUE_STATUSES; i++)
    gtk_string_list_append (statuses, gt_issue_status_get_label (i));
  g_assert (g_list_model_get_n_items (G_LIST_MODEL (statuses)) == N_CHOICES);
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));

  /* Positions follow level_choices[]. */
  gtk_string_list_append (levels, _("All supervision levels"));
  /* TRANSLATORS: issues handed over (交办) or pressed harder, 已交办及以上 */
  gtk_string_list_append (levels, _("Assigned or higher"));
  /* TRANSLATORS: issues supervised (督办) or listed, 督办及以上 */
  gtk_string_list_append (levels, _("Supervised or higher"));
  gtk_string_list_append (levels, gt_escalation_level_get_label (GT_ESCALATION_LISTED));
  g_assert (g_list_model_get_n_items (G_LIST_MODEL (levels)) == G_N_ELEMENTS (level_choices));
  gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (levels));

  gtk_string_list_append (categories, _("All categories"));
  for (guint i = 0; i < GT_N_ISSUE_CATEGORIES; i++)
    gtk_string_list_append (categories, gt_issue_category_get_label (i));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));

  gt_choice_setup_dropdown (self->unit_dropdown, _("All units"),
                            gt_store_get_units (self->store), 10);
  gt_choice_setup_dropdown (self->project_dropdown, _("All projects"),
                            gt_store_get_projects (self->store), 10);

  gt_choice_label_dropdown (self->status_dropdown, _("Filter by status"));
  gt_choice_label_dropdown (self->level_dropdown, _("Filter by supervision level"));
  gt_choice_label_dropdown (self->category_dropdown, _("Filter by category"));
  gt_choice_label_dropdown (self->unit_dropdown, _("Filter by assigned unit"));
  gt_choice_label_dropdown (self->project_dropdown, _("Filter by project"));
}

static gint64
dropdown_id (GtkDropDown *dropdown)
{
  return gt_choice_get_id (gtk_drop_down_get_selected_item (dropdown));
}

/* State: the stack page and the counts line */

static void
update_state (GtIssuesView *self)
{
  GtIssueCounts counts;
  g_autofree char *text = NULL;

  g_clear_handle_id (&self->state_idle_id, g_source_remove);
  if (!self->loaded)
    return;

  /* Counted from the store's own list: walking the filter's positions costs more. */
  gt_issue_query_count (self->query, gt_store_get_issues (self->store), &counts);
  /* TRANSLATORS: the office's own summary line of an issue ledger; "in hand"
   * are raised or assigned issues, "resolved" those resolved or closed. */
  text = g_strdup_printf (_("Found %u issues: %u resolved, %u in hand, %u overdue"),
                          counts.found, counts.resolved, counts.in_hand, counts.overdue);
  gtk_label_set_label (self->count_label, text);

  if (g_list_model_get_n_items (gt_store_get_issues (self->store)) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, counts.found > 0 ? "list" : "no-results");
}

static gboolean
state_idle_cb (gpointer data)
{
  GtIssuesView *self = data;

  self->state_idle_id = 0;
  update_state (self);
  return G_SOURCE_REMOVE;
}

/* Rows arrive one by one while the store fills in a batch: count once after. */
static void
filter_items_changed_cb (GtIssuesView *self)
{
  if (self->state_idle_id == 0)
    self->state_idle_id = g_idle_add (state_idle_cb, self);
}

static void
selection_changed_cb (GtIssuesView *self)
{
  gboolean selected = get_selected (self) != NULL;
  gboolean writable = gt_connection_store_is_writable (self->store);

  /* While a server is gone, adding, editing and deleting wait for it. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.new", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.edit", selected && writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.delete", selected && writable);
  /* A document takes a number from the register: a write. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.assign-doc", selected && writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.supervise-doc", selected && writable);
}

static void
store_changed_cb (GtIssuesView *self)
{
  gboolean levels_changed;

  if (!self->loaded)
    return;

  /* Levels are kept beside the issues, not in them: read once per change. */
  levels_changed = gt_issue_query_refresh_levels (self->query);
  if (levels_changed)
    gt_issue_columns_levels_changed (self->columns);

  /* A renamed project or unit, or a new level, shows in the cells that say it. */
  gt_issue_columns_update_names (self->columns);

  /* The search also matches projects' text, which may just have changed. */
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0'
      || (levels_changed && gtk_drop_down_get_selected (self->level_dropdown) > 0))
    refilter (self, GT_ISSUE_QUERY_DIFFERENT);
  filter_items_changed_cb (self);
}

static void
ensure_loaded (GtIssuesView *self)
{
  if (self->loaded)
    return;
  self->loaded = TRUE;

  /* The store reads its issues on first use: here, not at start-up. */
  gtk_sort_list_model_set_model (self->sort_model, gt_store_get_issues (self->store));
  update_state (self);
}

static void
view_map_cb (GtIssuesView *self)
{
  ensure_loaded (self);
  /* The day may have turned since the page was last shown. */
  gt_issue_query_set_today (self->query, NULL);
  refilter (self, GT_ISSUE_QUERY_DIFFERENT);
  filter_items_changed_cb (self);
}

/* Callbacks */

static void
search_changed_cb (GtIssuesView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  refilter (self, gt_issue_query_set_text (self->query, text));
  update_state (self);
}

static void
stop_search_cb (GtIssuesView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
filter_dropdown_changed_cb (GtIssuesView *self,
                            GParamSpec   *pspec,
                            GtkDropDown  *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  GtIssueQueryChange change = GT_ISSUE_QUERY_UNCHANGED;

  if (self->query == NULL)
    return;
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = 0;

  if (dropdown == self->status_dropdown)
    change = gt_issue_query_set_status (self->query, status_choices[MIN (selected, N_CHOICES - 1)]);
  else if (dropdown == self->level_dropdown)
    change = gt_issue_query_set_level (self->query,
                                       level_choices[MIN (selected,
                                                          G_N_ELEMENTS (level_choices) - 1)]);
  else if (dropdown == self->category_dropdown)
    change = gt_issue_query_set_category (self->query, (int) selected - 1);
  else if (dropdown == self->unit_dropdown)
    change = gt_issue_query_set_unit (self->query, dropdown_id (dropdown));
  else if (dropdown == self->project_dropdown)
    change = gt_issue_query_set_project (self->query, dropdown_id (dropdown));

  refilter (self, change);
  if (change != GT_ISSUE_QUERY_UNCHANGED)
    update_state (self);
}

static void
column_view_activate_cb (GtIssuesView *self,
                         guint         position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "view.edit", NULL);
}

/* Actions */

static GtkWindow *
parent_window (GtIssuesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* GTK 4.8 has no gtk_column_view_scroll_to() (4.12): the list view inside
 * the column view has the action. */
static void
scroll_to (GtIssuesView *self,
           guint         position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
        return;
      }
}

/* A new issue is selected and brought into sight, unless the search or the
 * filters hide it: then the selection stays as it was. */
static void
editor_saved_cb (GtIssuesView *self,
                 GtIssue      *issue)
{
  GListModel *shown = G_LIST_MODEL (self->filter_model);
  guint n = g_list_model_get_n_items (shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtIssue) item = g_list_model_get_item (shown, i);

      if (item == issue)
        {
          gtk_single_selection_set_selected (self->selection, i);
          scroll_to (self, i);
          return;
        }
    }
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  GtIssuesView *self = GT_ISSUES_VIEW (widget);
  g_autoptr(GtIssue) issue = gt_issue_new ();
  GtIssueEditor *editor;

  /* Filtered to one project, a new issue is most likely that project's. */
  gt_issue_set_project_id (issue, dropdown_id (self->project_dropdown));
  if (gtk_drop_down_get_selected (self->category_dropdown) > 0)
    gt_issue_set_category (issue, gtk_drop_down_get_selected (self->category_dropdown) - 1);
  editor = gt_issue_editor_new (parent_window (self), self->store, issue);

  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GtIssuesView *self = GT_ISSUES_VIEW (widget);
  GtIssue *issue = get_selected (self);

  if (issue != NULL)
    gtk_window_present (GTK_WINDOW (gt_issue_editor_new (parent_window (self), self->store,
                                                         issue)));
}

/* 生成交办单… / 生成督办函… (gt-issue-doc-dialog.c). */
static void
issue_doc_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  GtIssuesView *self = GT_ISSUES_VIEW (widget);
  GtIssue *issue = get_selected (self);

  if (issue != NULL)
    gt_issue_doc_dialog_show (parent_window (self), self->store, issue,
                              g_str_equal (action_name, "view.supervise-doc")
                              ? GT_ISSUE_DOC_SUPERVISE : GT_ISSUE_DOC_ASSIGN);
}

static void
unit_issues_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  GtIssuesView *self = GT_ISSUES_VIEW (widget);

  gtk_window_present (GTK_WINDOW (gt_unit_issues_window_new (parent_window (self),
                                                             self->store, NULL)));
}

/* The start of a description, to name it in a toast. */
static char *
dup_short_description (GtIssue *issue)
{
  const char *text = gt_issue_get_description (issue);
  glong length = g_utf8_strlen (text, -1);

  if (length <= 20)
    return g_strdup (text);
  return g_strconcat (g_utf8_substring (text, 0, 19), "…", NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GtIssuesView *self = GT_ISSUES_VIEW (widget);
  GtIssue *selected = get_selected (self);
  g_autoptr(GtIssue) issue = selected != NULL ? g_object_ref (selected) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (issue == NULL)
    return;

  if (!gt_store_delete_issue (self->store, issue, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (parent_window (self),
                                                  _("Cannot Delete Issue"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  name = dup_short_description (issue);
  message = g_strdup_printf (_("Issue “%s” deleted"), name);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast-undo", "s", message);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GtIssuesView *self = GT_ISSUES_VIEW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  GtIssuesView *self = GT_ISSUES_VIEW (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_drop_down_set_selected (self->level_dropdown, 0);
  gtk_drop_down_set_selected (self->category_dropdown, 0);
  gtk_drop_down_set_selected (self->unit_dropdown, 0);
  gtk_drop_down_set_selected (self->project_dropdown, 0);
}

/* GObject */

static void
gt_issues_view_constructed (GObject *object)
{
  GtIssuesView *self = GT_ISSUES_VIEW (object);

  G_OBJECT_CLASS (gt_issues_view_parent_class)->constructed (object);

  g_assert (self->store != NULL);

  self->query = gt_issue_query_new (self->store);
  setup_filters (self);
  self->columns = gt_issue_columns_add (self->column_view, self->store, self->query);

  /* Sorted before it is filtered: a keystroke then only changes which rows of
   * the sorted list pass, and never makes the sort model move thousands of rows.
   * The issues are attached when the page is first shown; see ensure_loaded(). */
  self->sort_model =
    gtk_sort_list_model_new (NULL, g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sort_model)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (filter_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  gt_connection_watch (self->store, GTK_WIDGET (self), G_CALLBACK (selection_changed_cb));
  selection_changed_cb (self);
}

static void
gt_issues_view_dispose (GObject *object)
{
  GtIssuesView *self = GT_ISSUES_VIEW (object);

  g_clear_handle_id (&self->state_idle_id, g_source_remove);
  /* Whoever still holds the models must not reach the filter, the query or the
   * columns' sorters through the store's later changes. */
  if (self->sort_model != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->filter_model, self);
      g_signal_handlers_disconnect_by_data (self->selection, self);
      gtk_sort_list_model_set_model (self->sort_model, NULL);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), GT_TYPE_ISSUES_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->query, gt_issue_query_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gt_issues_view_parent_class)->dispose (object);
}

static void
gt_issues_view_finalize (GObject *object)
{
  GtIssuesView *self = GT_ISSUES_VIEW (object);

  g_clear_pointer (&self->columns, gt_issue_columns_free);

  G_OBJECT_CLASS (gt_issues_view_parent_class)->finalize (object);
}

static void
gt_issues_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  GtIssuesView *self = GT_ISSUES_VIEW (object);

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
gt_issues_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  GtIssuesView *self = GT_ISSUES_VIEW (object);

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
gt_issues_view_class_init (GtIssuesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = gt_issues_view_constructed;
  object_class->dispose = gt_issues_view_dispose;
  object_class->finalize = gt_issues_view_finalize;
  object_class->get_property = gt_issues_view_get_property;
  object_class->set_property = gt_issues_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         GT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GT_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/guatu/Guatu/gt-issues-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GtIssuesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GtIssuesView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GtIssuesView, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GtIssuesView, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GtIssuesView, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GtIssuesView, project_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GtIssuesView, stack);
  gtk_widget_class_bind_template_child (widget_class, GtIssuesView, column_view);
  gtk_widget_class_bind_template_child (widget_class, GtIssuesView, count_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_dropdown_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "view.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "view.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "view.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "view.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "view.clear-filters", NULL,
                                   clear_filters_action);
  gtk_widget_class_install_action (widget_class, "view.assign-doc", NULL, issue_doc_action);
  gtk_widget_class_install_action (widget_class, "view.supervise-doc", NULL, issue_doc_action);
  gtk_widget_class_install_action (widget_class, "view.unit-issues", NULL, unit_issues_action);
}

static void
gt_issues_view_init (GtIssuesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gt_lazy_icons_defer (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (view_map_cb), NULL);
}

GtkWidget *
gt_issues_view_new (GtStore *store)
{
  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  return g_object_new (GT_TYPE_ISSUES_VIEW, "store", store, NULL);
}

guint
gt_issues_view_get_n_visible (GtIssuesView *self)
{
  g_return_val_if_fail (GT_IS_ISSUES_VIEW (self), 0);

  ensure_loaded (self);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

void
gt_issues_view_set_search_text (GtIssuesView *self,
                                const char   *text)
{
  g_return_if_fail (GT_IS_ISSUES_VIEW (self));

  ensure_loaded (self);
  /* GtkSearchEntry says at once that the old text went, and waits before it says
   * that the new one came; callers want one filtering, now. */
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
  search_changed_cb (self);
}

const char *
gt_issues_view_get_counts_text (GtIssuesView *self)
{
  g_return_val_if_fail (GT_IS_ISSUES_VIEW (self), NULL);

  ensure_loaded (self);
  update_state (self);
  return gtk_label_get_label (self->count_label);
}
