/* gt-gantt-rows.c: the rows of the wall chart, built from the register.
 *
 * Moved from src/charts to core: the chart is handed these rows, built here
 * from the register (issue 16: charts never query a store).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-gantt-rows.h"
#include "gt-store-formalities.h"

/* The statuses are GtRag values (gt_rag_judge_as_of(), a briefing's lights). */
G_STATIC_ASSERT (GT_RAG_GREEN == GT_GANTT_STATUS_GREEN);
G_STATIC_ASSERT (GT_RAG_AMBER == GT_GANTT_STATUS_AMBER);
G_STATIC_ASSERT (GT_RAG_RED == GT_GANTT_STATUS_RED);

struct _GtGanttRows
{
  GArray       *rows;         /* of GtGanttRow */
  GArray       *milestones;   /* of GtGanttMilestone, all rows' in one block */
  GStringChunk *strings;
  guint         n_groups;
};

/* One project on its way to a row: the keys it sorts by. */
typedef struct {
  GtProject  *project;
  int         group_rank;     /* stage order; 0 for the named groups */
  const char *group_title;    /* in the string chunk */
  char       *group_key;
  char       *name_key;
} Entry;

static void
entry_clear (Entry *entry)
{
  g_free (entry->group_key);
  g_free (entry->name_key);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = a;
  const Entry *y = b;
  int cmp;

  if (x->group_rank != y->group_rank)
    return x->group_rank < y->group_rank ? -1 : 1;
  cmp = g_strcmp0 (x->group_key, y->group_key);
  if (cmp == 0)
    cmp = strcmp (x->name_key, y->name_key);
  if (cmp == 0)
    {
      gint64 ix = gt_project_get_id (x->project);
      gint64 iy = gt_project_get_id (y->project);

      cmp = ix < iy ? -1 : ix > iy;
    }
  return cmp;
}

static const char *
unit_name (GtStore *store,
           gint64   id)
{
  GtUnit *unit = id != 0 ? gt_store_lookup_unit (store, id) : NULL;

  return unit != NULL ? gt_unit_get_name (unit) : NULL;
}

static const char *
leader_name (GtStore *store,
             gint64   id)
{
  GtLeader *leader = id != 0 ? gt_store_lookup_leader (store, id) : NULL;

  return leader != NULL ? gt_leader_get_name (leader) : NULL;
}

/* The group title of @project; projects with no value share a group at the end. */
static const char *
group_title (GtStore         *store,
             GtProject       *project,
             GtGanttGrouping  grouping,
             int             *rank)
{
  const char *title = NULL;

  *rank = 0;
  switch (grouping)
    {
    case GT_GANTT_GROUP_LOCALITY:
      title = unit_name (store, gt_project_get_locality_id (project));
      if (title == NULL)
        title = _("No locality");
      break;
    case GT_GANTT_GROUP_UNIT:
      title = unit_name (store, gt_project_get_unit_id (project));
      if (title == NULL)
        title = _("No responsible unit");
      break;
    case GT_GANTT_GROUP_LEADER:
      title = leader_name (store, gt_project_get_leader_id (project));
      if (title == NULL)
        title = _("No leader");
      break;
    case GT_GANTT_GROUP_STAGE:
      *rank = (int) gt_project_get_stage (project);
      title = gt_stage_get_label (gt_project_get_stage (project));
      break;
    case GT_GANTT_GROUP_NONE:
    case GT_GANTT_N_GROUPS:
    default:
      return NULL;
    }

  /* The empty groups sort after every named one. */
  if (grouping != GT_GANTT_GROUP_STAGE &&
      ((grouping == GT_GANTT_GROUP_LEADER && gt_project_get_leader_id (project) == 0) ||
       (grouping == GT_GANTT_GROUP_UNIT && gt_project_get_unit_id (project) == 0) ||
       (grouping == GT_GANTT_GROUP_LOCALITY && gt_project_get_locality_id (project) == 0)))
    *rank = 1;

  return title;
}

static void
set_date (GDate       *dest,
          const GDate *src)
{
  g_date_clear (dest, 1);
  if (src != NULL && g_date_valid (src))
    *dest = *src;
}

/* Physical progress: the mean of the milestones' percentages; a finished project
 * is done whatever its milestones say. */
static int
project_percent (GtProject *project,
                 GPtrArray *milestones)
{
  int sum = 0;

  if (gt_project_get_actual_end (project) != NULL)
    return 100;
  if (milestones == NULL || milestones->len == 0)
    return 0;
  for (guint i = 0; i < milestones->len; i++)
    sum += gt_milestone_get_percent (g_ptr_array_index (milestones, i));
  return CLAMP (sum / (int) milestones->len, 0, 100);
}

static void
widen_group (GtGanttRow       *group,
             const GtGanttRow *row)
{
  if (g_date_valid (&row->planned_start) &&
      (!g_date_valid (&group->planned_start) ||
       g_date_compare (&row->planned_start, &group->planned_start) < 0))
    group->planned_start = row->planned_start;
  if (g_date_valid (&row->planned_end) &&
      (!g_date_valid (&group->planned_end) ||
       g_date_compare (&row->planned_end, &group->planned_end) > 0))
    group->planned_end = row->planned_end;
}

/* Every live project's approvals to mark: project id → GPtrArray of
 * GtFormality, those planned and needed; NULL when the register cannot say. */
static GHashTable *
approvals_by_project (GtStore *store)
{
  g_autoptr(GPtrArray) all = gt_store_list_all_formalities (store, 0, NULL);
  GHashTable *by_project;

  if (all == NULL)
    return NULL;
  by_project = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                      (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < all->len; i++)
    {
      GtFormality *formality = g_ptr_array_index (all, i);
      gint64 id = gt_formality_get_project_id (formality);
      GPtrArray *list;

      if (gt_formality_get_planned_on (formality) == NULL ||
          gt_formality_get_state (formality) == GT_FORMALITY_NOT_NEEDED)
        continue;
      list = g_hash_table_lookup (by_project, &id);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (by_project, g_memdup2 (&id, sizeof id), list);
        }
      g_ptr_array_add (list, g_object_ref (formality));
    }
  return by_project;
}

static GtGanttRow
project_row (GtGanttRows *self,
             GtStore     *store,
             GtProject   *project,
             GHashTable  *milestones,
             GHashTable  *approvals,
             GHashTable  *statuses)
{
  gint64 id = gt_project_get_id (project);
  GPtrArray *nodes = milestones != NULL ? g_hash_table_lookup (milestones, &id) : NULL;
  GPtrArray *given = approvals != NULL ? g_hash_table_lookup (approvals, &id) : NULL;
  const char *leader = leader_name (store, gt_project_get_leader_id (project));
  const char *unit = unit_name (store, gt_project_get_unit_id (project));
  gpointer status;
  GtGanttRow row = {
    .kind = GT_GANTT_ROW_PROJECT,
    .label = g_string_chunk_insert_const (self->strings, gt_project_get_name (project)),
    .leader = leader != NULL ? g_string_chunk_insert_const (self->strings, leader) : NULL,
    .unit = unit != NULL ? g_string_chunk_insert_const (self->strings, unit) : NULL,
    .percent = project_percent (project, nodes),
    /* What the percent is made of; without either it is a 0 that means "not
     * known", and the front line leaves the row alone. */
    .has_progress = gt_project_get_actual_end (project) != NULL
                    || (nodes != NULL && nodes->len > 0),
    .status = GT_GANTT_STATUS_NONE,
    .id = id,
    /* The figures the Projects page shows, for the figure columns; an export as
     * of a month puts that month's in their place (gt-gantt-figures.c). */
    .has_figures = TRUE,
    .total_investment = gt_project_get_total_investment (project),
    .annual_plan = gt_project_get_annual_plan (project),
    .completed = gt_project_get_completed (project),
  };

  set_date (&row.planned_start, gt_project_get_planned_start (project));
  set_date (&row.planned_end, gt_project_get_planned_end (project));
  set_date (&row.actual_start, gt_project_get_actual_start (project));
  set_date (&row.actual_end, gt_project_get_actual_end (project));
  if (statuses != NULL && g_hash_table_lookup_extended (statuses, &id, NULL, &status))
    row.status = GPOINTER_TO_INT (status);

  /* The milestone block may still grow: keep an offset now, a pointer later. */
  row.milestones = GSIZE_TO_POINTER ((gsize) self->milestones->len);
  for (guint i = 0; nodes != NULL && i < nodes->len; i++)
    {
      GtMilestone *node = g_ptr_array_index (nodes, i);
      GtGanttMilestone m = {
        .name = g_string_chunk_insert_const (self->strings, gt_milestone_get_name (node)),
        .done = gt_milestone_get_actual_end (node) != NULL ||
                gt_milestone_get_percent (node) >= 100,
      };

      set_date (&m.planned_start, gt_milestone_get_planned_start (node));
      set_date (&m.planned_end, gt_milestone_get_planned_end (node));
      g_array_append_val (self->milestones, m);
      row.n_milestones++;
    }
  /* The approvals after the nodes: markers on the day each is due. */
  for (guint i = 0; given != NULL && i < given->len; i++)
    {
      GtFormality *formality = g_ptr_array_index (given, i);
      GtGanttMilestone m = {
        .name = g_string_chunk_insert_const (self->strings, gt_formality_get_kind (formality)),
        .done = gt_formality_get_state (formality) == GT_FORMALITY_DONE,
        .approval = TRUE,
      };

      g_date_clear (&m.planned_start, 1);
      set_date (&m.planned_end, gt_formality_get_planned_on (formality));
      g_array_append_val (self->milestones, m);
      row.n_milestones++;
    }

  return row;
}

GtGanttRows *
gt_gantt_rows_new (GtStore         *store,
                   GPtrArray       *projects,
                   GHashTable      *milestones,
                   GHashTable      *statuses,
                   GtGanttGrouping  grouping)
{
  GtGanttRows *self;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GHashTable) approvals = NULL;
  const char *last_title = NULL;
  int last_rank = -1;
  guint group_index = 0;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (projects != NULL, NULL);

  approvals = approvals_by_project (store);
  self = g_new0 (GtGanttRows, 1);
  self->rows = g_array_sized_new (FALSE, TRUE, sizeof (GtGanttRow), projects->len);
  self->milestones = g_array_new (FALSE, TRUE, sizeof (GtGanttMilestone));
  self->strings = g_string_chunk_new (4096);

  entries = g_array_sized_new (FALSE, TRUE, sizeof (Entry), projects->len);
  g_array_set_clear_func (entries, (GDestroyNotify) entry_clear);
  for (guint i = 0; i < projects->len; i++)
    {
      GtProject *project = g_ptr_array_index (projects, i);
      Entry entry = { .project = project };
      const char *title = group_title (store, project, grouping, &entry.group_rank);

      if (title != NULL)
        {
          entry.group_title = g_string_chunk_insert_const (self->strings, title);
          entry.group_key = g_utf8_collate_key (title, -1);
        }
      entry.name_key = g_utf8_collate_key (gt_project_get_name (project), -1);
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_entries);

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      GtGanttRow row;

      if (entry->group_title != NULL &&
          (entry->group_rank != last_rank || entry->group_title != last_title))
        {
          GtGanttRow group = {
            .kind = GT_GANTT_ROW_GROUP,
            .label = entry->group_title,
            .status = GT_GANTT_STATUS_NONE,
          };

          g_date_clear (&group.planned_start, 1);
          g_date_clear (&group.planned_end, 1);
          g_date_clear (&group.actual_start, 1);
          g_date_clear (&group.actual_end, 1);
          group_index = self->rows->len;
          g_array_append_val (self->rows, group);
          self->n_groups++;
          last_title = entry->group_title;
          last_rank = entry->group_rank;
        }

      row = project_row (self, store, entry->project, milestones, approvals, statuses);
      /* Numbered in the order printed, so that a sheet's 序号 strip matches the
       * names on the sheet left of it. */
      row.serial = i + 1;
      g_array_append_val (self->rows, row);
      if (entry->group_title != NULL)
        widen_group (&g_array_index (self->rows, GtGanttRow, group_index), &row);
    }

  /* Offsets into the milestone block become pointers now that it is final. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtGanttRow *row = &g_array_index (self->rows, GtGanttRow, i);

      if (row->kind == GT_GANTT_ROW_PROJECT && row->n_milestones > 0)
        row->milestones = &g_array_index (self->milestones, GtGanttMilestone,
                                          GPOINTER_TO_SIZE (row->milestones));
      else
        row->milestones = NULL;
    }

  return self;
}

GtGanttRows *
gt_gantt_rows_new_lagging (GtStore          *store,
                           const GtBriefing *briefing,
                           GError          **error)
{
  g_autoptr(GPtrArray) projects = g_ptr_array_new ();
  g_autoptr(GHashTable) statuses = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, NULL);
  g_autoptr(GHashTable) milestones = NULL;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (briefing != NULL, NULL);

  for (guint s = 0; s < briefing->sections->len; s++)
    {
      GtBriefingSection *section = g_ptr_array_index (briefing->sections, s);

      for (guint l = 0; l < section->lines->len; l++)
        {
          GtBriefingLine *line = g_ptr_array_index (section->lines, l);
          GtProject *project = gt_store_lookup_project (store, line->project_id);
          gint64 *key;

          if (line->rag == GT_RAG_GREEN || project == NULL)
            continue;
          key = g_new (gint64, 1);
          *key = line->project_id;
          g_hash_table_insert (statuses, key, GINT_TO_POINTER (line->rag));
          g_ptr_array_add (projects, project);
        }
    }

  milestones = gt_store_list_all_milestones (store, error);
  if (milestones == NULL)
    return NULL;
  return gt_gantt_rows_new (store, projects, milestones, statuses, GT_GANTT_GROUP_NONE);
}

void
gt_gantt_rows_free (GtGanttRows *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->rows);
  g_array_unref (self->milestones);
  g_string_chunk_free (self->strings);
  g_free (self);
}

const GtGanttRow *
gt_gantt_rows_get_rows (GtGanttRows *self,
                        guint       *n_rows)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_rows != NULL)
    *n_rows = self->rows->len;
  return (const GtGanttRow *) (gpointer) self->rows->data;
}

guint
gt_gantt_rows_get_n_rows (GtGanttRows *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

guint
gt_gantt_rows_get_n_groups (GtGanttRows *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_groups;
}

int
gt_gantt_rows_find (GtGanttRows *self,
                    gint64       id)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const GtGanttRow *row = &g_array_index (self->rows, GtGanttRow, i);

      if (row->kind == GT_GANTT_ROW_PROJECT && row->id == id)
        return (int) i;
    }
  return -1;
}

void
gt_gantt_rows_set_figures (GtGanttRows *self,
                           gint64       id,
                           gint64       total_investment,
                           gint64       annual_plan,
                           gint64       completed,
                           const char  *progress_note)
{
  int index;
  GtGanttRow *row;

  g_return_if_fail (self != NULL);

  index = gt_gantt_rows_find (self, id);
  if (index < 0)
    return;
  row = &g_array_index (self->rows, GtGanttRow, index);
  row->has_figures = TRUE;
  row->total_investment = total_investment;
  row->annual_plan = annual_plan;
  row->completed = completed;
  row->progress_note = progress_note != NULL && *progress_note != '\0'
                       ? g_string_chunk_insert_const (self->strings, progress_note) : NULL;
}
