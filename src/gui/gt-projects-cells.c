/* gt-projects-cells.c: the columns of the Projects view, their cells and sorters.
 *
 * Cells never hold a project: they read the one at their row's position from
 * the sort model when (re)bound. The view tells which rows changed (GtRowSlots
 * keeps the rows themselves in place), and the cells of those rows in sight are
 * rebound at once, the rest after the frame.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-column-fit.h"
#include "gt-completion-cell.h"
#include "gt-format.h"
#include "gt-preferences.h"
#include "gt-projects-view-private.h"
#include "gt-rag.h"
#include "gt-text-cell.h"

/* A project's name reads whole in about this much (fifteen characters). */
#define NAME_KEEP_WIDTH 240

static const char *
unit_name (GtStore *store,
           gint64   id)
{
  GtUnit *unit = id != 0 ? gt_store_lookup_unit (store, id) : NULL;

  return unit != NULL ? gt_unit_get_name (unit) : "";
}

static const char *
leader_name (GtStore *store,
             gint64   id)
{
  GtLeader *leader = id != 0 ? gt_store_lookup_leader (store, id) : NULL;

  return leader != NULL ? gt_leader_get_name (leader) : "";
}

static const char *
collate_key (GtProjectsView *self,
             const char     *text)
{
  const char *key = g_hash_table_lookup (self->collate_keys, text);

  if (key == NULL)
    {
      /* Keys of renamed rows linger; a bound keeps the cache from growing forever. */
      if (g_hash_table_size (self->collate_keys) > 50000)
        g_hash_table_remove_all (self->collate_keys);
      key = g_utf8_collate_key (text, -1);
      g_hash_table_insert (self->collate_keys, g_strdup (text), (char *) key);
    }

  return key;
}

GtProject *
_gt_projects_view_get_project (GtProjectsView *self,
                               guint           position)
{
  return g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);
}

/* Sorting */

static int
compare_text (GtProjectsView *self,
              const char     *a,
              const char     *b)
{
  /* Empty cells sort after any name. */
  if (*a == '\0' || *b == '\0')
    return (*a == '\0') - (*b == '\0');
  return strcmp (collate_key (self, a), collate_key (self, b));
}

static int
project_status (GtProjectsView *self,
                GtProject      *project)
{
  gint64 id = gt_project_get_id (project);
  gpointer value;

  if (self->statuses == NULL || !g_hash_table_lookup_extended (self->statuses, &id, NULL, &value))
    return -1;
  return GPOINTER_TO_INT (value);
}

/* The light's colour over its mark and word, from the theme's own success,
 * warning and error colours, so that it stays legible in the dark style. */
static void
set_light_class (GtkWidget *cell,
                 int        status)
{
  static const char *const classes[] = { "success", "warning", "error" };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    if ((int) i == status)
      gtk_widget_add_css_class (cell, classes[i]);
    else
      gtk_widget_remove_css_class (cell, classes[i]);
}

/* A mark as well as a word, so the light reads without colour. */
static char *
status_text (GtProjectsView *self,
             GtProject      *project)
{
  int status = project_status (self, project);

  if (status < 0)
    return g_strdup ("");
  return g_strdup_printf ("%s %s", gt_rag_get_mark (status), gt_rag_get_label (status));
}

static int
compare_int64 (gint64 a,
               gint64 b)
{
  return (a > b) - (a < b);
}

static int
compare_projects (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  Column *column = user_data;
  GtProjectsView *self = column->view;
  GtProject *pa = (GtProject *) a;
  GtProject *pb = (GtProject *) b;
  GtStore *store = self->store;
  double ra, rb;

  switch (column->id)
    {
    case COL_NAME:
      return compare_text (self, gt_project_get_name (pa), gt_project_get_name (pb));
    case COL_LEVEL:
      return compare_int64 (gt_project_get_level (pa), gt_project_get_level (pb));
    case COL_STAGE:
      return compare_int64 (gt_project_get_stage (pa), gt_project_get_stage (pb));
    case COL_STATUS:
      return compare_int64 (project_status (self, pa), project_status (self, pb));
    case COL_LOCALITY:
      return compare_text (self, unit_name (store, gt_project_get_locality_id (pa)),
                           unit_name (store, gt_project_get_locality_id (pb)));
    case COL_LEADER:
      return compare_text (self, leader_name (store, gt_project_get_leader_id (pa)),
                           leader_name (store, gt_project_get_leader_id (pb)));
    case COL_UNIT:
      return compare_text (self, unit_name (store, gt_project_get_unit_id (pa)),
                           unit_name (store, gt_project_get_unit_id (pb)));
    case COL_TOTAL:
      return compare_int64 (gt_project_get_total_investment (pa),
                            gt_project_get_total_investment (pb));
    case COL_PLAN:
      return compare_int64 (gt_project_get_annual_plan (pa), gt_project_get_annual_plan (pb));
    case COL_COMPLETED:
      return compare_int64 (gt_project_get_completed (pa), gt_project_get_completed (pb));
    case COL_COMPLETION:
      ra = gt_project_get_completion_ratio (pa);
      rb = gt_project_get_completion_ratio (pb);
      return (ra > rb) - (ra < rb);
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
  return 0;
}

/* Cells */

/* Cells are GtTextCells: a new text only redraws the cell instead of resizing
 * the whole list, which a re-filter does some 2,000 times. The column sets the
 * width, so a long name is cut off; hovering shows it. */
static GtkWidget *
cell_new (float xalign)
{
  GtkWidget *cell = gt_text_cell_new (xalign);

  if (xalign > 0.5)
    gtk_widget_add_css_class (cell, "numeric");
  return cell;
}

static void
update_cell (Column      *column,
             GtkListItem *list_item)
{
  GtProjectsView *self = column->view;
  guint position = gtk_list_item_get_position (list_item);
  g_autoptr(GtProject) project = _gt_projects_view_get_project (self, position);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autofree char *owned = NULL;
  const char *text = NULL;

  if (project == NULL)
    return;

  switch (column->id)
    {
    case COL_NAME:
      text = gt_project_get_name (project);
      break;
    case COL_LEVEL:
      text = gt_level_get_label (gt_project_get_level (project));
      break;
    case COL_STAGE:
      text = gt_stage_get_label (gt_project_get_stage (project));
      break;
    case COL_STATUS:
      text = owned = status_text (self, project);
      set_light_class (child, project_status (self, project));
      break;
    case COL_LOCALITY:
      text = unit_name (self->store, gt_project_get_locality_id (project));
      break;
    case COL_LEADER:
      text = leader_name (self->store, gt_project_get_leader_id (project));
      break;
    case COL_UNIT:
      text = unit_name (self->store, gt_project_get_unit_id (project));
      break;
    case COL_TOTAL:
      text = owned = gt_format_wan (gt_project_get_total_investment (project));
      break;
    case COL_PLAN:
      text = owned = gt_format_wan (gt_project_get_annual_plan (project));
      break;
    case COL_COMPLETED:
      text = owned = gt_format_wan (gt_project_get_completed (project));
      break;
    case COL_COMPLETION:
      gt_completion_cell_set_ratio (GT_COMPLETION_CELL (child),
                                    gt_project_get_completion_ratio (project));
      return;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  gt_text_cell_set_text (GT_TEXT_CELL (child), text);
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  Column                   *column)
{
  GtkWidget *child;

  if (column->id == COL_COMPLETION)
    child = gt_completion_cell_new ();
  else
    {
      child = cell_new (column->id >= COL_TOTAL ? 1.0 : 0.0);
    }

  gtk_list_item_set_child (list_item, child);
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 Column                   *column)
{
  update_cell (column, list_item);
  g_hash_table_insert (column->view->bound_cells, list_item, column);
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   Column                   *column)
{
  g_hash_table_remove (column->view->bound_cells, list_item);
}

static gboolean
column_shows_names (ColumnId id)
{
  return id == COL_LOCALITY || id == COL_LEADER || id == COL_UNIT;
}

/* Rebinds the bound cells of rows @first … @first + @n - 1 (or of the columns
 * showing names, with @names_only). */
static void
update_cells (GtProjectsView *self,
              guint           first,
              guint           n,
              gboolean        names_only)
{
  GHashTableIter iter;
  gpointer list_item, column;

  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &list_item, &column))
    {
      guint position = gtk_list_item_get_position (list_item);

      if (names_only && !column_shows_names (((Column *) column)->id))
        continue;
      if (position >= first && position - first < n)
        update_cell (column, list_item);
    }
}

void
_gt_projects_view_add_columns (GtProjectsView *self)
{
  static const guint ranks[] = {
    COL_STATUS, COL_COMPLETION, COL_LEADER, COL_UNIT, COL_STAGE, COL_COMPLETED,
    COL_LOCALITY, COL_PLAN, COL_LEVEL, COL_TOTAL,
  };
  static const struct {
    const char *title;
    int         fixed_width;
  } defs[N_COLUMNS] = {
    [COL_NAME] = { NC_("projects column", "Name"), -1 },
    [COL_LEVEL] = { NC_("projects column", "Level"), 64 },
    [COL_STAGE] = { NC_("projects column", "Stage"), 76 },
    [COL_STATUS] = { NC_("projects column", "Status"), 72 },
    [COL_LOCALITY] = { NC_("projects column", "Locality"), 104 },
    [COL_LEADER] = { NC_("projects column", "Leader"), 76 },
    [COL_UNIT] = { NC_("projects column", "Responsible unit"), 130 },
    [COL_TOTAL] = { NC_("projects column", "Total investment (10k yuan)"), 112 },
    [COL_PLAN] = { NC_("projects column", "Year plan (10k yuan)"), 112 },
    [COL_COMPLETED] = { NC_("projects column", "Completed (10k yuan)"), 112 },
    [COL_COMPLETION] = { NC_("projects column", "Completion"), 120 },
  };

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      Column *column = &self->columns[i];
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) view_column = NULL;
      const char *title;

      column->view = self;
      column->id = i;

      g_signal_connect (factory, "setup", G_CALLBACK (factory_setup_cb), column);
      g_signal_connect (factory, "bind", G_CALLBACK (factory_bind_cb), column);
      g_signal_connect (factory, "unbind", G_CALLBACK (factory_unbind_cb), column);

      self->sorters[i] = GTK_SORTER (gtk_custom_sorter_new (compare_projects, column, NULL));

      title = g_dpgettext2 (GETTEXT_PACKAGE, "projects column", defs[i].title);
      view_column = gtk_column_view_column_new (title, g_object_ref (factory));
      gtk_column_view_column_set_sorter (view_column, self->sorters[i]);
      gtk_column_view_column_set_resizable (view_column, TRUE);
      if (defs[i].fixed_width > 0)
        gtk_column_view_column_set_fixed_width (view_column, defs[i].fixed_width);
      else
        gtk_column_view_column_set_expand (view_column, TRUE);
      gtk_column_view_append_column (self->column_view, view_column);
    }

  /* The office looks first for who leads a project, its light and how far it
   * got; the figures and the level it reads in the reports and the overview. */
  gt_column_fit_attach (self->column_view, ranks, G_N_ELEMENTS (ranks), NAME_KEEP_WIDTH);
}

/* Rebinding */

static gboolean
update_pending_cells_cb (gpointer user_data)
{
  GtProjectsView *self = user_data;

  self->pending_idle_id = 0;
  update_cells (self, self->pending_first, self->pending_end - self->pending_first, FALSE);
  self->pending_first = self->pending_end = 0;
  return G_SOURCE_REMOVE;
}

void
_gt_projects_view_flush_cells (GtProjectsView *self)
{
  if (self->pending_idle_id != 0)
    {
      g_clear_handle_id (&self->pending_idle_id, g_source_remove);
      update_pending_cells_cb (self);
    }
}

/* The rows in sight, with a margin; FALSE before the list has rows laid out. */
static gboolean
get_rows_in_sight (GtProjectsView *self,
                   guint          *first,
                   guint          *end)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
  GHashTableIter iter;
  gpointer list_item;
  int row_height = 0;
  double top;

  /* Rows are one line each, so any row laid out tells the height of all (GTK
   * leaves the realized rows out of sight without a size). */
  g_hash_table_iter_init (&iter, self->bound_cells);
  while (row_height <= 0 && g_hash_table_iter_next (&iter, &list_item, NULL))
    {
      GtkWidget *cell = gtk_widget_get_parent (gtk_list_item_get_child (list_item));

      row_height = cell != NULL ? gtk_widget_get_height (cell) : 0;
    }
  if (adjustment == NULL || row_height <= 0)
    return FALSE;

  top = gtk_adjustment_get_value (adjustment) / row_height;
  *first = (guint) MAX (top - 5, 0);
  *end = (guint) (top + gtk_adjustment_get_page_size (adjustment) / row_height) + 6;
  return TRUE;
}

/* GTK keeps some 200 rows realized though twenty are in sight: the rows in
 * sight are rebound now, the others right after the frame that shows the
 * change (or at once, should the list scroll first). */
void
_gt_projects_view_rows_changed (GtProjectsView *self,
                                guint           position,
                                guint           n_rows)
{
  guint end = position + n_rows;
  guint first_in_sight, end_in_sight;

  if (!get_rows_in_sight (self, &first_in_sight, &end_in_sight))
    {
      update_cells (self, position, n_rows, FALSE);
      return;
    }

  if (position < end_in_sight && end > first_in_sight)
    {
      guint from = MAX (position, first_in_sight);

      update_cells (self, from, MIN (end, end_in_sight) - from, FALSE);
    }

  if (self->pending_first == self->pending_end)
    {
      self->pending_first = position;
      self->pending_end = end;
    }
  else
    {
      self->pending_first = MIN (self->pending_first, position);
      self->pending_end = MAX (self->pending_end, end);
    }
  if (self->pending_idle_id == 0)
    self->pending_idle_id = g_idle_add_full (GDK_PRIORITY_REDRAW + 10,
                                             update_pending_cells_cb, self, NULL);
}

/* Before the rows follow a change of the list: those past the rows in sight
 * may be built or destroyed after the frame, and all of them when no project
 * is left to show, as a status page then covers the list. */
void
_gt_projects_view_prepare_rows (GtProjectsView *self)
{
  guint first, end;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) == 0)
    gt_row_slots_set_eager_rows (self->rows, 0);
  else if (get_rows_in_sight (self, &first, &end))
    gt_row_slots_set_eager_rows (self->rows, end);
  else
    gt_row_slots_set_eager_rows (self->rows, G_MAXUINT);
}

void
_gt_projects_view_judge (GtProjectsView *self)
{
  GHashTable *statuses = gt_preferences_judge_projects (self->store, NULL);

  if (statuses == NULL)
    return;
  g_clear_pointer (&self->statuses, g_hash_table_unref);
  self->statuses = statuses;

  update_cells (self, 0, G_MAXUINT, FALSE);
  gtk_sorter_changed (self->sorters[COL_STATUS], GTK_SORTER_CHANGE_DIFFERENT);
  _gt_projects_view_lights_changed (self);
}

void
_gt_projects_view_names_changed (GtProjectsView *self)
{
  update_cells (self, 0, G_MAXUINT, TRUE);

  gtk_sorter_changed (self->sorters[COL_LOCALITY], GTK_SORTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (self->sorters[COL_LEADER], GTK_SORTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (self->sorters[COL_UNIT], GTK_SORTER_CHANGE_DIFFERENT);
}
