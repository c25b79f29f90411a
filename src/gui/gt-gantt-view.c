/* gt-gantt-view.c: the Wall Chart page (挂图作战).
 *
 * The page turns the register into chart rows (gt-gantt-rows.c) and hands them to
 * the canvas. Milestones are read in one query when the store changes, not per
 * project; a burst of edits (an import, an undo of many) rebuilds once, from an
 * idle. Typing in the search only refilters what is in memory.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "gt-choice.h"
#include "gt-gantt-view.h"
#include "gt-preferences.h"
#include "gt-rag.h"
#include "gt-project-editor.h"
#include "gt-project-query.h"
#include "gt-wrap-box.h"

struct _GtGanttView
{
  AdwBin           parent_instance;

  GtStore         *store;
  GSettings       *settings;      /* the status thresholds live here */
  GtProjectQuery  *query;
  GHashTable      *milestones;    /* project id → GPtrArray of GtMilestone */
  GHashTable      *statuses;      /* project id → GT_GANTT_STATUS_*, or NULL */
  GtGanttGrouping  grouping;
  int              light;         /* GtRag shown, or −1 for every light */
  guint            rebuild_id;

  GtkToggleButton *week_button;
  GtkToggleButton *month_button;
  GtkToggleButton *quarter_button;
  GtkToggleButton *year_button;
  GtkButton       *zoom_in_button;
  GtkButton       *zoom_out_button;
  GtkButton       *today_button;
  GtkDropDown     *group_dropdown;
  GtkSearchEntry  *search_entry;
  GtGanttCanvas   *canvas;
  GtkDrawingArea  *legend_area;
};

G_DEFINE_FINAL_TYPE (GtGanttView, gt_gantt_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The red/amber/green light of every project, by the one rule in gt-rag.c:
 * project id (gint64 *) → GINT_TO_POINTER (GtRag), whose numbers are the
 * renderer's GT_GANTT_STATUS_* values. */
G_STATIC_ASSERT (GT_RAG_GREEN == GT_GANTT_STATUS_GREEN);
G_STATIC_ASSERT (GT_RAG_RED == GT_GANTT_STATUS_RED);

static GHashTable *
judge_statuses (GtGanttView *self)
{
  g_autoptr(GHashTable) reasons = NULL;
  GHashTable *statuses = gt_preferences_judge_projects (self->store, &reasons);

  gt_gantt_canvas_set_reasons (self->canvas, reasons);
  return statuses;
}

static gboolean
has_light (GtGanttView *self,
           GtProject   *project)
{
  gint64 id = gt_project_get_id (project);
  gpointer value;

  if (self->light < 0)
    return TRUE;
  return self->statuses != NULL &&
         g_hash_table_lookup_extended (self->statuses, &id, NULL, &value) &&
         GPOINTER_TO_INT (value) == self->light;
}

static GtGanttRows *
build_rows (GtGanttView *self)
{
  GListModel *projects = gt_store_get_projects (self->store);
  guint n = g_list_model_get_n_items (projects);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      GtProject *project = g_list_model_get_item (projects, i);

      if (gt_project_query_matches (self->query, project) && has_light (self, project))
        g_ptr_array_add (shown, project);
      else
        g_object_unref (project);
    }

  return gt_gantt_rows_new (self->store, shown, self->milestones, self->statuses,
                            self->grouping);
}

static void update_legend (GtGanttView *self);

/* The approvals' key comes with the rows that have some. */
static void
refresh_rows (GtGanttView *self)
{
  gt_gantt_canvas_set_rows (self->canvas, build_rows (self));
  update_legend (self);
}

/* Re-reads what the store does not keep in memory, then rebuilds. */
static void
reload (GtGanttView *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->milestones, g_hash_table_unref);
  g_clear_pointer (&self->statuses, g_hash_table_unref);
  self->milestones = gt_store_list_all_milestones (self->store, &error);
  if (self->milestones == NULL)
    g_warning ("Wall chart without milestones: %s", error->message);
  self->statuses = judge_statuses (self);
  refresh_rows (self);
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  GtGanttView *self = data;

  self->rebuild_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (GtGanttView *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, rebuild_idle_cb, self, NULL);
}

static void
search_changed_cb (GtGanttView    *self,
                   GtkSearchEntry *entry)
{
  if (gt_project_query_set_text (self->query, gtk_editable_get_text (GTK_EDITABLE (entry))))
    refresh_rows (self);
}

/* Filters like the Projects page's, in a popover so the toolbar stays short. */

static void
filter_changed_cb (GtGanttView *self)
{
  GtkDropDown *stage = g_object_get_data (G_OBJECT (self), "stage-filter");
  GtkDropDown *level = g_object_get_data (G_OBJECT (self), "level-filter");
  GtkDropDown *locality = g_object_get_data (G_OBJECT (self), "locality-filter");
  GtkDropDown *leader = g_object_get_data (G_OBJECT (self), "leader-filter");
  GtkDropDown *light = g_object_get_data (G_OBJECT (self), "light-filter");
  gboolean changed = FALSE;
  int light_shown = (int) gtk_drop_down_get_selected (light) - 1;

  changed |= gt_project_query_set_stage (self->query,
                                         (int) gtk_drop_down_get_selected (stage) - 1);
  changed |= gt_project_query_set_level (self->query,
                                         (int) gtk_drop_down_get_selected (level) - 1);
  changed |= gt_project_query_set_locality (self->query,
                                            gt_choice_get_id (gtk_drop_down_get_selected_item (locality)));
  changed |= gt_project_query_set_leader (self->query,
                                          gt_choice_get_id (gtk_drop_down_get_selected_item (leader)));
  if (light_shown != self->light)
    {
      self->light = light_shown;
      changed = TRUE;
    }
  if (changed)
    refresh_rows (self);
}

static gboolean
unit_is_locality (gpointer item,
                  gpointer user_data)
{
  return gt_unit_kind_is_locality (gt_unit_get_kind (GT_UNIT (item)));
}

static GtkDropDown *
add_filter (GtGanttView *self,
            GtkGrid     *grid,
            int          row,
            const char  *key,
            const char  *title,
            GtkDropDown *dropdown)
{
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, GTK_WIDGET (dropdown), 1, row, 1, 1);
  gt_choice_label_dropdown (dropdown, title);
  g_object_set_data (G_OBJECT (self), key, dropdown);
  g_signal_connect_swapped (dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  return dropdown;
}

static GtkDropDown *
enum_dropdown (const char  *all_label,
               guint        n,
               const char *(*get_label) (int))
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, all_label);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, get_label ((int) i));
  return GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (G_LIST_MODEL (labels)), NULL));
}

static const char *
stage_label (int stage)
{
  return gt_stage_get_label (stage);
}

static const char *
level_label (int level)
{
  return gt_level_get_label (level);
}

static const char *
light_label (int light)
{
  static char labels[GT_N_RAGS][64];

  /* The mark as well as the word, as on the chart. */
  if (labels[light][0] == '\0')
    g_snprintf (labels[light], sizeof labels[light], "%s %s", gt_rag_get_mark (light),
                gt_rag_get_label (light));
  return labels[light];
}

static void
add_filter_button (GtGanttView *self)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  g_autoptr(GListModel) localities = NULL;
  GtkDropDown *dropdown;

  gtk_grid_set_row_spacing (grid, 6);
  gtk_grid_set_column_spacing (grid, 12);
  add_filter (self, grid, 0, "stage-filter", _("Stage"),
              enum_dropdown (_("All Stages"), GT_N_STAGES, stage_label));
  add_filter (self, grid, 1, "level-filter", _("Level"),
              enum_dropdown (_("All Levels"), GT_N_LEVELS, level_label));

  localities = G_LIST_MODEL (gtk_filter_list_model_new (
                               g_object_ref (gt_store_get_units (self->store)),
                               GTK_FILTER (gtk_custom_filter_new (unit_is_locality, NULL, NULL))));
  dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gt_choice_setup_dropdown (dropdown, _("All Localities"), localities, 14);
  add_filter (self, grid, 2, "locality-filter", _("Locality"), dropdown);
  dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gt_choice_setup_dropdown (dropdown, _("All Leaders"), gt_store_get_leaders (self->store), 14);
  add_filter (self, grid, 3, "leader-filter", _("Leader"), dropdown);
  add_filter (self, grid, 4, "light-filter", _("Status light"),
              enum_dropdown (_("All Lights"), GT_N_RAGS, light_label));

  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (grid));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Filter"));
  gtk_widget_set_tooltip_text (button, _("Filter by stage, level, locality, leader or light"));
  gtk_widget_insert_before (button, gtk_widget_get_parent (GTK_WIDGET (self->search_entry)),
                            GTK_WIDGET (self->search_entry));
}

static void
stop_search_cb (GtGanttView    *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
search_activate_cb (GtGanttView    *self,
                    GtkSearchEntry *entry)
{
  /* Enter in the search moves to the chart, on its first project. */
  if (gt_gantt_canvas_get_selected (self->canvas) < 0)
    gt_gantt_canvas_set_selected (self->canvas, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
group_selected_cb (GtGanttView *self)
{
  guint selected = gtk_drop_down_get_selected (self->group_dropdown);

  if (selected < GT_GANTT_N_GROUPS && selected != (guint) self->grouping)
    {
      self->grouping = selected;
      refresh_rows (self);
    }
}

static GtkToggleButton *
zoom_button (GtGanttView *self,
             GtGanttZoom  zoom)
{
  switch (zoom)
    {
    case GT_GANTT_ZOOM_WEEK: return self->week_button;
    case GT_GANTT_ZOOM_QUARTER: return self->quarter_button;
    case GT_GANTT_ZOOM_YEAR: return self->year_button;
    case GT_GANTT_ZOOM_MONTH:
    case GT_GANTT_N_ZOOMS:
    default:
      return self->month_button;
    }
}

static void
zoom_toggled_cb (GtGanttView     *self,
                 GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  for (int zoom = 0; zoom < GT_GANTT_N_ZOOMS; zoom++)
    if (zoom_button (self, zoom) == button && (int) gt_gantt_canvas_get_zoom (self->canvas) != zoom)
      gt_gantt_canvas_set_zoom (self->canvas, zoom);
}

static void
zoom_in_cb (GtGanttView *self)
{
  gt_gantt_canvas_zoom_by (self->canvas, 1);
}

static void
zoom_out_cb (GtGanttView *self)
{
  gt_gantt_canvas_zoom_by (self->canvas, -1);
}

static void
today_cb (GtGanttView *self)
{
  gt_gantt_canvas_scroll_to_today (self->canvas);
}

static void
row_activated_cb (GtGanttView   *self,
                  gint64         project_id,
                  GtGanttCanvas *canvas)
{
  GtProject *project = gt_store_lookup_project (self->store, project_id);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtProjectEditor *editor;

  if (project == NULL)
    return;

  editor = gt_project_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  self->store, project);
  gtk_window_present (GTK_WINDOW (editor));
}

/* The key may take another line or give one back: "resize" comes only when
 * the width changes, and comes anyway once the page is first laid out. */
static void
update_legend (GtGanttView *self)
{
  int width;
  GtGanttOptions opts;

  if (self->legend_area == NULL)
    return;
  width = gtk_widget_get_width (GTK_WIDGET (self->legend_area));
  if (width > 0)
    {
      opts = *gt_gantt_canvas_get_options (self->canvas);
      opts.scale = 1;
      gtk_drawing_area_set_content_height (self->legend_area,
                                           (int) ceil (gt_gantt_legend_height (&opts, width)));
    }
  gtk_widget_queue_draw (GTK_WIDGET (self->legend_area));
}

/* The front line and its key come and go together. */
static void
front_line_toggled_cb (GtGanttView     *self,
                       GtkToggleButton *button)
{
  gt_gantt_canvas_set_front_line (self->canvas, gtk_toggle_button_get_active (button));
  update_legend (self);
}

/* A toggle beside Today, remembered for the next start. */
static void
add_front_line_button (GtGanttView *self)
{
  GtkWidget *button = gtk_toggle_button_new_with_mnemonic (_("_Front Line"));

  gtk_widget_set_tooltip_text (button, _("Show the progress front line on the today line: "
                                         "it bends right where a project is ahead, left "
                                         "where it is behind"));
  gtk_widget_insert_after (button, gtk_widget_get_parent (GTK_WIDGET (self->today_button)),
                           GTK_WIDGET (self->today_button));
  g_signal_connect_swapped (button, "toggled", G_CALLBACK (front_line_toggled_cb), self);
  g_settings_bind (self->settings, "gantt-front-line", button, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  GtGanttView *self = GT_GANTT_VIEW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
gt_gantt_view_constructed (GObject *object)
{
  GtGanttView *self = GT_GANTT_VIEW (object);

  G_OBJECT_CLASS (gt_gantt_view_parent_class)->constructed (object);

  g_assert (self->store != NULL);

  self->query = gt_project_query_new (self->store);
  add_filter_button (self);
  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  /* New thresholds in the preferences recolour the chart at once. */
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  add_front_line_button (self);
  reload (self);
}

static void
gt_gantt_view_dispose (GObject *object)
{
  GtGanttView *self = GT_GANTT_VIEW (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), GT_TYPE_GANTT_VIEW);
  g_clear_pointer (&self->query, gt_project_query_free);
  g_clear_pointer (&self->milestones, g_hash_table_unref);
  g_clear_pointer (&self->statuses, g_hash_table_unref);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gt_gantt_view_parent_class)->dispose (object);
}

static void
gt_gantt_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  GtGanttView *self = GT_GANTT_VIEW (object);

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
gt_gantt_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  GtGanttView *self = GT_GANTT_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The key under the chart, drawn by the renderer that draws the printed one. */
static void
draw_legend_cb (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        data)
{
  GtGanttView *self = data;
  GtGanttOptions opts = *gt_gantt_canvas_get_options (self->canvas);

  opts.scale = 1;
  opts.dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  gt_gantt_renderer_draw_legend (&opts, cr, width);
}

static void
legend_resize_cb (GtGanttView *self,
                  int          width,
                  int          height)
{
  GtGanttOptions opts = *gt_gantt_canvas_get_options (self->canvas);
  int needed;

  opts.scale = 1;
  needed = (int) ceil (gt_gantt_legend_height (&opts, width));
  if (needed != gtk_drawing_area_get_content_height (self->legend_area))
    gtk_drawing_area_set_content_height (self->legend_area, needed);
}

static void
gt_gantt_view_class_init (GtGanttViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = gt_gantt_view_constructed;
  object_class->dispose = gt_gantt_view_dispose;
  object_class->get_property = gt_gantt_view_get_property;
  object_class->set_property = gt_gantt_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         GT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GT_TYPE_GANTT_CANVAS);
  g_type_ensure (GT_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/guatu/Guatu/gt-gantt-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GtGanttView, week_button);
  gtk_widget_class_bind_template_child (widget_class, GtGanttView, month_button);
  gtk_widget_class_bind_template_child (widget_class, GtGanttView, quarter_button);
  gtk_widget_class_bind_template_child (widget_class, GtGanttView, year_button);
  gtk_widget_class_bind_template_child (widget_class, GtGanttView, zoom_in_button);
  gtk_widget_class_bind_template_child (widget_class, GtGanttView, zoom_out_button);
  gtk_widget_class_bind_template_child (widget_class, GtGanttView, today_button);
  gtk_widget_class_bind_template_child (widget_class, GtGanttView, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GtGanttView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GtGanttView, canvas);
  gtk_widget_class_bind_template_child (widget_class, GtGanttView, legend_area);

  gtk_widget_class_install_action (widget_class, "view.find", NULL, find_action);
}

static void
gt_gantt_view_init (GtGanttView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (int zoom = 0; zoom < GT_GANTT_N_ZOOMS; zoom++)
    g_signal_connect_swapped (zoom_button (self, zoom), "toggled",
                              G_CALLBACK (zoom_toggled_cb), self);
  g_signal_connect_swapped (self->zoom_in_button, "clicked", G_CALLBACK (zoom_in_cb), self);
  g_signal_connect_swapped (self->zoom_out_button, "clicked", G_CALLBACK (zoom_out_cb), self);
  g_signal_connect_swapped (self->today_button, "clicked", G_CALLBACK (today_cb), self);
  g_signal_connect_swapped (self->group_dropdown, "notify::selected",
                            G_CALLBACK (group_selected_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search",
                            G_CALLBACK (stop_search_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate",
                            G_CALLBACK (search_activate_cb), self);
  g_signal_connect_swapped (self->canvas, "row-activated",
                            G_CALLBACK (row_activated_cb), self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  self->light = -1;
  gtk_drawing_area_set_draw_func (self->legend_area, draw_legend_cb, self, NULL);
  g_signal_connect_swapped (self->legend_area, "resize", G_CALLBACK (legend_resize_cb), self);
  /* The key follows the palette, dark or light. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self->legend_area,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
gt_gantt_view_new (GtStore *store)
{
  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  return g_object_new (GT_TYPE_GANTT_VIEW, "store", store, NULL);
}

void
gt_gantt_view_set_search_text (GtGanttView *self,
                               const char  *text)
{
  g_return_if_fail (GT_IS_GANTT_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* The entry reports a change only after its delay; the caller wants it now. */
  if (gt_project_query_set_text (self->query, text))
    refresh_rows (self);
}

void
gt_gantt_view_set_grouping (GtGanttView     *self,
                            GtGanttGrouping  grouping)
{
  g_return_if_fail (GT_IS_GANTT_VIEW (self));
  g_return_if_fail (grouping < GT_GANTT_N_GROUPS);

  gtk_drop_down_set_selected (self->group_dropdown, grouping);
}

void
gt_gantt_view_set_zoom (GtGanttView *self,
                        GtGanttZoom  zoom)
{
  g_return_if_fail (GT_IS_GANTT_VIEW (self));
  g_return_if_fail (zoom < GT_GANTT_N_ZOOMS);

  gtk_toggle_button_set_active (zoom_button (self, zoom), TRUE);
}

guint
gt_gantt_view_get_n_rows (GtGanttView *self)
{
  GtGanttRows *rows;

  g_return_val_if_fail (GT_IS_GANTT_VIEW (self), 0);

  rows = gt_gantt_canvas_get_rows (self->canvas);
  return rows != NULL ? gt_gantt_rows_get_n_rows (rows) : 0;
}

GtGanttCanvas *
gt_gantt_view_get_canvas (GtGanttView *self)
{
  g_return_val_if_fail (GT_IS_GANTT_VIEW (self), NULL);

  return self->canvas;
}

void
gt_gantt_view_set_light (GtGanttView *self,
                         int          light)
{
  GtkDropDown *dropdown;

  g_return_if_fail (GT_IS_GANTT_VIEW (self));
  g_return_if_fail (light >= -1 && light < GT_N_RAGS);

  dropdown = g_object_get_data (G_OBJECT (self), "light-filter");
  if (dropdown != NULL)
    gtk_drop_down_set_selected (dropdown, (guint) (light + 1));
}
