/* gt-leaders-view.c: leaders and units, and the portfolio of the one selected.
 *
 * The sidebar is one lazily recycled list: a heading, then the leaders, then the
 * units grouped by what they are to a project (locality, responsible unit,
 * company), each section a filter over the store's live list. The counts on the
 * rows come from one pass over projects and issues after every edit, not from a
 * query per row. The portfolio on the right filters the same live lists.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-connection.h"
#include "gt-lazy-icons.h"
#include "gt-leader-editor.h"
#include "gt-leaders-view-private.h"
#include "gt-portfolio.h"
#include "gt-unit-editor.h"

G_DEFINE_FINAL_TYPE (GtLeadersView, gt_leaders_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void refresh (GtLeadersView *self);

/* Helpers */

static char *
search_key_new (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return normalized != NULL ? g_utf8_casefold (normalized, -1) : g_strdup ("");
}

static gboolean
text_matches (const char *text,
              const char *key)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  folded = search_key_new (text);
  return strstr (folded, key) != NULL;
}

static void
update_today (GtLeadersView *self)
{
  g_date_clear (&self->today, 1);
  g_date_set_time_t (&self->today, time (NULL));
}

/* One pass over the projects and issues for every row's counts. */
static void
compute_counts (GtLeadersView *self)
{
  update_today (self);
  g_clear_pointer (&self->tally, gt_portfolio_tally_free);
  self->tally = gt_portfolio_tally_new (self->store, &self->today);
  _gt_leaders_view_count_lights (self);
}

/* Sidebar sections */

static gboolean
section_filter_func (gpointer item,
                     gpointer user_data)
{
  Section *section = user_data;
  const char *key = section->view->search_key;

  if (GT_IS_LEADER (item))
    {
      GtLeader *leader = item;

      return key == NULL
             || text_matches (gt_leader_get_name (leader), key)
             || text_matches (gt_leader_get_title (leader), key)
             || text_matches (gt_leader_get_phone (leader), key);
    }
  else
    {
      GtUnit *unit = item;
      GtUnitKind kind = gt_unit_get_kind (unit);
      gboolean in_section;

      switch (section->id)
        {
        case SECTION_LOCALITIES:
          in_section = gt_unit_kind_is_locality (kind);
          break;
        case SECTION_DEPARTMENTS:
          in_section = kind == GT_UNIT_KIND_DEPARTMENT;
          break;
        case SECTION_COMPANIES:
          in_section = kind == GT_UNIT_KIND_COMPANY;
          break;
        case SECTION_LEADERS:
        case N_SECTIONS:
        default:
          in_section = FALSE;
          break;
        }

      return in_section
             && (key == NULL
                 || text_matches (gt_unit_get_name (unit), key)
                 || text_matches (gt_unit_get_contact (unit), key)
                 || text_matches (gt_unit_get_phone (unit), key));
    }
}

static const char *
section_title (SectionId id)
{
  switch (id)
    {
    case SECTION_LEADERS:
      return _("Leaders");
    case SECTION_LOCALITIES:
      return _("Localities");
    case SECTION_DEPARTMENTS:
      return _("Responsible Units");
    case SECTION_COMPANIES:
      return _("Companies");
    case N_SECTIONS:
    default:
      g_assert_not_reached ();
    }
  return NULL;
}

static void
update_sidebar_state (GtLeadersView *self)
{
  guint n_visible = 0;
  guint n_total;

  if (!self->loaded)
    return;

  for (guint i = 0; i < N_SECTIONS; i++)
    {
      Section *section = &self->sections[i];
      guint n = g_list_model_get_n_items (G_LIST_MODEL (section->model));
      guint has_heading = g_list_model_get_n_items (G_LIST_MODEL (section->heading));

      /* A heading over nothing is noise: it comes and goes with its rows. */
      if (n > 0 && has_heading == 0)
        {
          g_autoptr(GtkStringObject) heading = gtk_string_object_new (section_title (i));

          g_list_store_append (section->heading, heading);
        }
      else if (n == 0 && has_heading > 0)
        g_list_store_remove_all (section->heading);

      n_visible += n;
    }

  n_total = g_list_model_get_n_items (gt_store_get_leaders (self->store))
            + g_list_model_get_n_items (gt_store_get_units (self->store));
  gtk_stack_set_visible_child_name (self->main_stack, n_total > 0 ? "leaflet" : "empty");
  gtk_stack_set_visible_child_name (self->sidebar_stack, n_visible > 0 ? "list" : "no-results");
}

static void
section_items_changed_cb (GtLeadersView *self)
{
  update_sidebar_state (self);
}

/* Selection */

static void
show_current (GtLeadersView *self)
{
  gboolean writable = gt_connection_store_is_writable (self->store);

  /* While a server is gone, adding, editing and deleting wait for it. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.new", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.new-unit", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.edit",
                                 self->current != NULL && writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.delete",
                                 self->current != NULL && writable);
  gtk_stack_set_visible_child_name (self->content_stack,
                                    self->current != NULL ? "portfolio" : "none");
  gt_portfolio_set_item (self->portfolio, self->current);
}

static void
selection_changed_cb (GtLeadersView *self)
{
  GObject *item = gtk_single_selection_get_selected_item (self->selection);

  if (item != NULL && !GT_IS_LEADER (item) && !GT_IS_UNIT (item))
    item = NULL;
  if (item == self->current)
    return;

  g_set_object (&self->current, item);
  show_current (self);
}

/* Refreshing after edits */

static gboolean
refresh_idle_cb (gpointer data)
{
  GtLeadersView *self = data;

  self->refresh_idle_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Edits come in bursts (undo of a batch, an import): count once after them. */
static void
store_changed_cb (GtLeadersView *self)
{
  if (self->loaded && self->refresh_idle_id == 0)
    self->refresh_idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

static void
refresh (GtLeadersView *self)
{
  GHashTableIter iter;
  gpointer list_item;

  compute_counts (self);
  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    _gt_leaders_view_update_sidebar_row (self, list_item);

  /* A project's leader or unit may have changed: the portfolio is refiltered. */
  gt_portfolio_refresh (self->portfolio);
  update_sidebar_state (self);
}

static void
ensure_loaded (GtLeadersView *self)
{
  g_autoptr(GListStore) parts = NULL;
  g_autoptr(GtkListItemFactory) factory = NULL;

  if (self->loaded)
    return;
  self->loaded = TRUE;

  parts = g_list_store_new (G_TYPE_LIST_MODEL);
  for (guint i = 0; i < N_SECTIONS; i++)
    {
      Section *section = &self->sections[i];
      GListModel *source = i == SECTION_LEADERS ? gt_store_get_leaders (self->store)
                                                 : gt_store_get_units (self->store);

      section->view = self;
      section->id = i;
      section->heading = g_list_store_new (G_TYPE_OBJECT);
      section->filter = gtk_custom_filter_new (section_filter_func, section, NULL);
      section->model = gtk_filter_list_model_new (g_object_ref (source),
                                                  g_object_ref (GTK_FILTER (section->filter)));
      g_signal_connect_object (section->model, "items-changed",
                               G_CALLBACK (section_items_changed_cb), self, G_CONNECT_SWAPPED);
      g_list_store_append (parts, section->heading);
      g_list_store_append (parts, section->model);
    }

  self->selection = gtk_single_selection_new (
    G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)))));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (_gt_leaders_view_sidebar_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (_gt_leaders_view_sidebar_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (_gt_leaders_view_sidebar_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);

  /* Headings first: a heading inserted above the first row later would be
   * scrolled out of sight, the list keeping that row in view. */
  compute_counts (self);
  update_sidebar_state (self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  show_current (self);
}

/* Callbacks */

static void
search_changed_cb (GtLeadersView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search_key, g_free);
  if (*text != '\0')
    self->search_key = search_key_new (text);

  ensure_loaded (self);
  for (guint i = 0; i < N_SECTIONS; i++)
    gtk_filter_changed (GTK_FILTER (self->sections[i].filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_sidebar_state (self);
  /* Back to the top, where the first heading and the first matches are. */
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view)), 0);
}

static void
stop_search_cb (GtLeadersView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Enter in the search entry picks the first match. */
static void
search_activate_cb (GtLeadersView *self)
{
  GListModel *model;
  guint n;

  ensure_loaded (self);
  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (GT_IS_LEADER (item) || GT_IS_UNIT (item))
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.activate-item", "u", i);
          return;
        }
    }
}

static void
list_activate_cb (GtLeadersView *self,
                  guint          position)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
folded_changed_cb (GtLeadersView *self)
{
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet));
}

static void
back_clicked_cb (GtLeadersView *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static GtkWindow *
parent_window (GtLeadersView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
view_map_cb (GtLeadersView *self)
{
  ensure_loaded (self);
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  GtLeadersView *self = GT_LEADERS_VIEW (widget);

  gtk_window_present (GTK_WINDOW (gt_leader_editor_new (parent_window (self), self->store,
                                                        NULL)));
}

static void
new_unit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  GtLeadersView *self = GT_LEADERS_VIEW (widget);

  gtk_window_present (GTK_WINDOW (gt_unit_editor_new (parent_window (self), self->store, NULL)));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GtLeadersView *self = GT_LEADERS_VIEW (widget);
  GtkWindow *editor = NULL;

  if (GT_IS_LEADER (self->current))
    editor = GTK_WINDOW (gt_leader_editor_new (parent_window (self), self->store,
                                               GT_LEADER (self->current)));
  else if (GT_IS_UNIT (self->current))
    editor = GTK_WINDOW (gt_unit_editor_new (parent_window (self), self->store,
                                             GT_UNIT (self->current)));
  if (editor != NULL)
    gtk_window_present (editor);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GtLeadersView *self = GT_LEADERS_VIEW (widget);
  g_autoptr(GObject) item = self->current != NULL ? g_object_ref (self->current) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  if (GT_IS_LEADER (item))
    {
      ok = gt_store_delete_leader (self->store, GT_LEADER (item), &error);
      if (ok)
        message = g_strdup_printf (_("Leader “%s” deleted"),
                                   gt_leader_get_name (GT_LEADER (item)));
    }
  else if (GT_IS_UNIT (item))
    {
      ok = gt_store_delete_unit (self->store, GT_UNIT (item), &error);
      if (ok)
        message = g_strdup_printf (_("Unit “%s” deleted"), gt_unit_get_name (GT_UNIT (item)));
    }
  else
    return;

  if (!ok)
    {
      GtkWidget *dialog =
        adw_message_dialog_new (parent_window (self),
                                GT_IS_LEADER (item) ? _("Cannot Delete Leader")
                                                    : _("Cannot Delete Unit"),
                                error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast-undo", "s", message);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GtLeadersView *self = GT_LEADERS_VIEW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet,
                                   gtk_widget_get_parent (GTK_WIDGET (self->search_entry)));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* GObject */

static void
gt_leaders_view_constructed (GObject *object)
{
  GtLeadersView *self = GT_LEADERS_VIEW (object);

  G_OBJECT_CLASS (gt_leaders_view_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  self->portfolio = GT_PORTFOLIO (gt_portfolio_new (self->store));
  adw_bin_set_child (self->portfolio_bin, GTK_WIDGET (self->portfolio));
  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  gt_connection_watch (self->store, GTK_WIDGET (self), G_CALLBACK (show_current));
  show_current (self);
}

static void
gt_leaders_view_dispose (GObject *object)
{
  GtLeadersView *self = GT_LEADERS_VIEW (object);

  g_clear_handle_id (&self->refresh_idle_id, g_source_remove);
  /* Whoever still holds the sections must not reach this view through the
   * store's later changes. */
  for (guint i = 0; i < N_SECTIONS; i++)
    {
      if (self->sections[i].model == NULL)
        continue;
      g_signal_handlers_disconnect_by_data (self->sections[i].model, self);
      gtk_filter_list_model_set_model (self->sections[i].model, NULL);
    }
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  /* The bin's child is a template child too: let go of it once, here, or the
   * template and the bin would both unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), GT_TYPE_LEADERS_VIEW);
  for (guint i = 0; i < N_SECTIONS; i++)
    {
      g_clear_object (&self->sections[i].heading);
      g_clear_object (&self->sections[i].filter);
      g_clear_object (&self->sections[i].model);
    }
  g_clear_object (&self->selection);
  g_clear_object (&self->current);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gt_leaders_view_parent_class)->dispose (object);
}

static void
gt_leaders_view_finalize (GObject *object)
{
  GtLeadersView *self = GT_LEADERS_VIEW (object);

  g_clear_pointer (&self->tally, gt_portfolio_tally_free);
  g_clear_pointer (&self->lights, g_hash_table_unref);
  g_clear_pointer (&self->bound_rows, g_hash_table_unref);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (gt_leaders_view_parent_class)->finalize (object);
}

static void
gt_leaders_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  GtLeadersView *self = GT_LEADERS_VIEW (object);

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
gt_leaders_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  GtLeadersView *self = GT_LEADERS_VIEW (object);

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
gt_leaders_view_class_init (GtLeadersViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = gt_leaders_view_constructed;
  object_class->dispose = gt_leaders_view_dispose;
  object_class->finalize = gt_leaders_view_finalize;
  object_class->get_property = gt_leaders_view_get_property;
  object_class->set_property = gt_leaders_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         GT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/guatu/Guatu/gt-leaders-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GtLeadersView, main_stack);
  gtk_widget_class_bind_template_child (widget_class, GtLeadersView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, GtLeadersView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GtLeadersView, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, GtLeadersView, list_view);
  gtk_widget_class_bind_template_child (widget_class, GtLeadersView, content);
  gtk_widget_class_bind_template_child (widget_class, GtLeadersView, back_button);
  gtk_widget_class_bind_template_child (widget_class, GtLeadersView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, GtLeadersView, portfolio_bin);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "view.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "view.new-unit", NULL, new_unit_action);
  gtk_widget_class_install_action (widget_class, "view.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "view.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "view.find", NULL, find_action);
}

static void
gt_leaders_view_init (GtLeadersView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gt_lazy_icons_defer (GTK_WIDGET (self));

  self->bound_rows = g_hash_table_new (NULL, NULL);
  update_today (self);

  /* Issues load on first use: only when the page is first shown. */
  g_signal_connect (self, "map", G_CALLBACK (view_map_cb), NULL);
}

GtkWidget *
gt_leaders_view_new (GtStore *store)
{
  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  return g_object_new (GT_TYPE_LEADERS_VIEW, "store", store, NULL);
}
