/* gt-store-milestones.c: a project's milestones (节点), their edits and undo,
 * and every project's milestones in one query.
 *
 * Milestones are not kept in memory: a view reads them per project. Every edit
 * (add, edit, delete, move) is one step of the store's undo, as a project's
 * edits are: the command keeps the project's whole schedule as it was before
 * and after the edit, read inside the edit's own transaction, and undo or redo
 * writes one of them back whole, ids and positions included. A schedule is a
 * handful of rows, so writing all of it is cheaper than knowing which changed,
 * and it gives back exactly what was there, whatever the edit was (a move
 * changes two positions, planning backwards replaces every node).
 *
 * The wall chart shows the milestones of all projects at once; reading them per
 * project would cost one query per row of the register.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-store-internal.h"
#include "gt-store-private.h"


static const GtDbQuery clear_milestones =
  GT_DB_QUERY ("store-clear-milestones", "DELETE FROM milestones WHERE project_id = ?1");

typedef enum {
  EDIT_ADD,
  EDIT_UPDATE,
  EDIT_DELETE,
  EDIT_MOVE,
  EDIT_REPLACE,
} EditKind;

static const char * const edit_labels[] = {
  [EDIT_ADD] = N_("Add Node “%s”"),
  [EDIT_UPDATE] = N_("Edit Node “%s”"),
  [EDIT_DELETE] = N_("Delete Node “%s”"),
  [EDIT_MOVE] = N_("Move Node “%s”"),
  /* TRANSLATORS: undo's name for the nodes planned backwards; %s is the project */
  [EDIT_REPLACE] = N_("Plan the Nodes of “%s” Backwards"),
};

static gboolean
validate_milestone (GtMilestone  *milestone,
                    GError      **error)
{
  const char *name = gt_milestone_get_name (milestone);
  const GDate *start, *end;

  if (name == NULL || *name == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("A milestone needs a name."));
      return FALSE;
    }

  {
    const GDate *dates[] = {
      gt_milestone_get_planned_start (milestone), gt_milestone_get_planned_end (milestone),
      gt_milestone_get_actual_start (milestone), gt_milestone_get_actual_end (milestone),
    };

    for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
      if (dates[i] != NULL && g_date_valid (dates[i]) && !gt_date_in_range (dates[i]))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Dates must fall between %d and %d."), GT_DATE_MIN_YEAR,
                       GT_DATE_MAX_YEAR);
          return FALSE;
        }
  }

  start = gt_milestone_get_planned_start (milestone);
  end = gt_milestone_get_planned_end (milestone);
  if (start != NULL && end != NULL && g_date_compare (end, start) < 0)
    goto bad_order;
  start = gt_milestone_get_actual_start (milestone);
  end = gt_milestone_get_actual_end (milestone);
  if (start != NULL && end != NULL && g_date_compare (end, start) < 0)
    goto bad_order;

  return _gt_store_check_percent (gt_milestone_get_percent (milestone), error);

bad_order:
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("A milestone cannot end before it starts."));
  return FALSE;
}

static void
bind_milestone (GtDbStmt    *stmt,
                GtMilestone *milestone)
{
  gt_db_stmt_bind_id (stmt, 1, gt_milestone_get_id (milestone));
  gt_db_stmt_bind_int64 (stmt, 2, gt_milestone_get_project_id (milestone));
  gt_db_stmt_bind_text (stmt, 3, gt_milestone_get_name (milestone));
  gt_db_stmt_bind_int64 (stmt, 4, gt_milestone_get_position (milestone));
  gt_db_stmt_bind_date (stmt, 5, gt_milestone_get_planned_start (milestone));
  gt_db_stmt_bind_date (stmt, 6, gt_milestone_get_planned_end (milestone));
  gt_db_stmt_bind_date (stmt, 7, gt_milestone_get_actual_start (milestone));
  gt_db_stmt_bind_date (stmt, 8, gt_milestone_get_actual_end (milestone));
  gt_db_stmt_bind_int64 (stmt, 9, gt_milestone_get_percent (milestone));
}

static void
set_milestone_not_found (GError **error)
{
  g_set_error_literal (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND,
                       _("The milestone no longer exists."));
}

static gboolean
insert_milestone (GtStore      *self,
                  GtMilestone  *milestone,
                  GError      **error)
{
  GtDbStmt *stmt = _gt_store_stmt (self, GT_STORE_STMT_INSERT_MILESTONE, error);
  gint64 id = 0;

  if (stmt == NULL)
    return FALSE;
  bind_milestone (stmt, milestone);
  if (!_gt_store_stmt_insert (stmt, &id, _("Could not save the change"), error))
    return FALSE;
  gt_milestone_set_id (milestone, id);
  return TRUE;
}

static gboolean
update_milestone (GtStore      *self,
                  GtMilestone  *milestone,
                  GError      **error)
{
  GtDbStmt *stmt = _gt_store_stmt (self, GT_STORE_STMT_UPDATE_MILESTONE, error);

  if (stmt == NULL)
    return FALSE;
  bind_milestone (stmt, milestone);
  if (!_gt_store_stmt_run (stmt, _("Could not save the change"), error))
    return FALSE;
  if (gt_db_stmt_changes (stmt) == 0)
    {
      set_milestone_not_found (error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
delete_milestone (GtStore      *self,
                  GtMilestone  *milestone,
                  GError      **error)
{
  GtDbStmt *stmt = _gt_store_stmt (self, GT_STORE_STMT_DELETE_MILESTONE, error);

  if (stmt == NULL)
    return FALSE;
  gt_db_stmt_bind_int64 (stmt, 1, gt_milestone_get_id (milestone));
  if (!_gt_store_stmt_run (stmt, _("Could not save the change"), error))
    return FALSE;
  if (gt_db_stmt_changes (stmt) == 0)
    {
      set_milestone_not_found (error);
      return FALSE;
    }
  return TRUE;
}

/* Two neighbours by position swap places; nodes of one position (an older
 * file's) are told apart by their order. */
static gboolean
move_milestone (GtStore      *self,
                GtMilestone  *milestone,
                int           direction,
                gboolean     *moved,
                GError      **error)
{
  g_autoptr(GPtrArray) nodes = NULL;
  GtMilestone *a, *b;
  guint index;
  int position_a, position_b;

  nodes = gt_store_list_milestones (self, gt_milestone_get_project_id (milestone), error);
  if (nodes == NULL)
    return FALSE;
  for (index = 0; index < nodes->len; index++)
    if (gt_milestone_get_id (g_ptr_array_index (nodes, index)) == gt_milestone_get_id (milestone))
      break;
  if (index == nodes->len)
    {
      set_milestone_not_found (error);
      return FALSE;
    }
  /* At either end: nothing to move, and nothing written. */
  *moved = !((direction < 0 && index == 0) || (direction > 0 && index + 1 >= nodes->len));
  if (!*moved)
    return TRUE;

  a = g_ptr_array_index (nodes, index);
  b = g_ptr_array_index (nodes, index + (direction < 0 ? -1 : 1));
  position_a = gt_milestone_get_position (a);
  position_b = gt_milestone_get_position (b);
  if (position_a == position_b)
    position_b = position_a + (direction < 0 ? -1 : 1);
  gt_milestone_set_position (a, position_b);
  gt_milestone_set_position (b, position_a);
  if (!update_milestone (self, a, error) || !update_milestone (self, b, error))
    return FALSE;
  gt_milestone_set_position (milestone, position_b);
  return TRUE;
}

/* @milestones, whole, as the schedule of @project_id: each keeps its id
 * (insert_milestone() binds it), or is given one when it has none. */
static gboolean
write_schedule (GtStore    *self,
                gint64      project_id,
                GPtrArray  *milestones,
                GError    **error)
{
  GtDbStmt *stmt = _gt_store_stmt_of (self, &clear_milestones, error);

  if (stmt == NULL)
    return FALSE;
  gt_db_stmt_bind_int64 (stmt, 1, project_id);
  if (!_gt_store_stmt_run (stmt, _("Could not save the change"), error))
    return FALSE;
  for (guint i = 0; i < milestones->len; i++)
    if (!insert_milestone (self, g_ptr_array_index (milestones, i), error))
      return FALSE;
  return TRUE;
}

/* What an undo or a redo writes back. */
gboolean
_gt_store_write_milestones (GtStore    *self,
                            gint64      project_id,
                            GPtrArray  *milestones,
                            GError    **error)
{
  gboolean ok;

  if (!_gt_store_check_project (self, project_id, error) || !_gt_store_edit_begin (self, error))
    return FALSE;
  ok = write_schedule (self, project_id, milestones, error);
  if (!_gt_store_edit_end (self, ok, error))
    return FALSE;

  _gt_store_project_touched (self, project_id);
  return TRUE;
}

/* The node @id of @nodes (the project's, read in the edit's transaction). */
static GtMilestone *
find_node (GPtrArray *nodes,
           gint64     id)
{
  for (guint i = 0; i < nodes->len; i++)
    if (gt_milestone_get_id (g_ptr_array_index (nodes, i)) == id)
      return g_ptr_array_index (nodes, i);
  return NULL;
}

/* One edit of the schedule of @project_id, in one transaction, recorded as one
 * step of undo with the schedule before and after it: of @milestone (moved
 * by @direction, or saved over @original as an editor read it), or the whole
 * schedule replaced by @nodes. @name names the step. */
static gboolean
edit (GtStore      *self,
      EditKind      kind,
      gint64        project_id,
      GtMilestone  *milestone,
      GtMilestone  *original,
      int           direction,
      GPtrArray    *nodes,
      const char   *name,
      GError      **error)
{
  /* In a batch with no undo (the demo) there is no history to keep. */
  gboolean record = !(self->in_batch && self->batch_command == NULL);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  GtMilestone *stored;
  gboolean changed = TRUE;
  gboolean ok = TRUE;

  if ((kind == EDIT_ADD || kind == EDIT_UPDATE) && !validate_milestone (milestone, error))
    return FALSE;
  for (guint i = 0; kind == EDIT_REPLACE && i < nodes->len; i++)
    if (!validate_milestone (g_ptr_array_index (nodes, i), error))
      return FALSE;
  if (!_gt_store_check_project (self, project_id, error))
    return FALSE;
  if (!_gt_store_edit_begin (self, error))
    return FALSE;

  /* Read in the transaction: what undo gives back, and what an update is
   * compared with. */
  if (record || original != NULL)
    ok = (before = gt_store_list_milestones (self, project_id, error)) != NULL;
  if (ok)
    {
      switch (kind)
        {
        case EDIT_ADD:
          ok = insert_milestone (self, milestone, error);
          break;
        case EDIT_UPDATE:
          stored = before != NULL ? find_node (before, gt_milestone_get_id (milestone)) : NULL;
          switch (_gt_store_judge_save (stored, original, milestone,
                                        (GtStoreSameFunc) gt_milestone_same_values, FALSE))
            {
            case GT_STORE_SAVE_UNCHANGED:
              changed = FALSE;
              break;
            case GT_STORE_SAVE_REFUSED:
              ok = _gt_store_refuse_changed (self, "project", project_id, "milestones",
                                             gt_milestone_get_name (stored), error);
              break;
            case GT_STORE_SAVE_WRITE:
            default:
              ok = update_milestone (self, milestone, error);
            }
          break;
        case EDIT_DELETE:
          ok = delete_milestone (self, milestone, error);
          break;
        case EDIT_MOVE:
          ok = move_milestone (self, milestone, direction, &changed, error);
          break;
        case EDIT_REPLACE:
          ok = write_schedule (self, project_id, nodes, error);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  if (ok && record)
    ok = (after = gt_store_list_milestones (self, project_id, error)) != NULL;
  if (!_gt_store_edit_end (self, ok, error))
    return FALSE;

  /* A move at either end, or a save of what is there, changed nothing: no
   * step to undo. */
  if (!changed)
    return TRUE;
  _gt_store_project_touched (self, project_id);
  if (record)
    {
      g_autofree char *label = g_strdup_printf (_(edit_labels[kind]), name);

      _gt_store_record (self, _gt_store_command_new_milestones (project_id,
                                                                g_steal_pointer (&before),
                                                                g_steal_pointer (&after),
                                                                label, name));
    }
  return TRUE;
}

/* The plan of gt_schedule_apply(): one step of undo, as any edit of a node. */
gboolean
_gt_store_replace_milestones (GtStore    *self,
                              gint64      project_id,
                              GPtrArray  *milestones,
                              GError    **error)
{
  GtProject *project = _gt_store_lookup (self, GT_STORE_KIND_PROJECT, project_id);

  return edit (self, EDIT_REPLACE, project_id, NULL, NULL, 0, milestones,
               project != NULL ? gt_project_get_name (project) : "", error);
}

GPtrArray *
gt_store_list_milestones (GtStore  *self,
                          gint64    project_id,
                          GError  **error)
{
  g_autoptr(GPtrArray) milestones = g_ptr_array_new_with_free_func (g_object_unref);
  GtDbStmt *stmt;
  GError *local = NULL;

  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  stmt = _gt_store_stmt (self, GT_STORE_STMT_LIST_MILESTONES, error);
  if (stmt == NULL)
    return NULL;

  gt_db_stmt_bind_int64 (stmt, 1, project_id);
  while (gt_db_stmt_next (stmt, &local))
    {
      GtMilestone *milestone = gt_milestone_new ();
      GDate date;

      gt_milestone_set_id (milestone, gt_db_stmt_get_int64 (stmt, 0));
      gt_milestone_set_project_id (milestone, gt_db_stmt_get_int64 (stmt, 1));
      gt_milestone_set_name (milestone, gt_db_stmt_get_text (stmt, 2));
      gt_milestone_set_position (milestone, gt_db_stmt_get_int64 (stmt, 3));
      gt_milestone_set_planned_start (milestone, gt_db_stmt_get_date (stmt, 4, &date));
      gt_milestone_set_planned_end (milestone, gt_db_stmt_get_date (stmt, 5, &date));
      gt_milestone_set_actual_start (milestone, gt_db_stmt_get_date (stmt, 6, &date));
      gt_milestone_set_actual_end (milestone, gt_db_stmt_get_date (stmt, 7, &date));
      gt_milestone_set_percent (milestone, gt_db_stmt_get_int64 (stmt, 8));
      g_ptr_array_add (milestones, milestone);
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
      return NULL;
    }

  return g_steal_pointer (&milestones);
}

gboolean
gt_store_add_milestone (GtStore      *self,
                        GtMilestone  *milestone,
                        GError      **error)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (GT_IS_MILESTONE (milestone), FALSE);

  return edit (self, EDIT_ADD, gt_milestone_get_project_id (milestone), milestone, NULL, 0, NULL,
               gt_milestone_get_name (milestone), error);
}

static gboolean
update (GtStore      *self,
        GtMilestone  *original,
        GtMilestone  *milestone,
        GError      **error)
{
  if (gt_milestone_get_id (milestone) == 0)
    {
      set_milestone_not_found (error);
      return FALSE;
    }
  return edit (self, EDIT_UPDATE, gt_milestone_get_project_id (milestone), milestone, original,
               0, NULL, gt_milestone_get_name (milestone), error);
}

gboolean
gt_store_update_milestone (GtStore      *self,
                           GtMilestone  *milestone,
                           GError      **error)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (GT_IS_MILESTONE (milestone), FALSE);

  return update (self, NULL, milestone, error);
}

gboolean
gt_store_update_milestone_over (GtStore      *self,
                                GtMilestone  *original,
                                GtMilestone  *milestone,
                                GError      **error)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (GT_IS_MILESTONE (original), FALSE);
  g_return_val_if_fail (GT_IS_MILESTONE (milestone), FALSE);

  return update (self, original, milestone, error);
}

gboolean
gt_store_delete_milestone (GtStore      *self,
                           GtMilestone  *milestone,
                           GError      **error)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (GT_IS_MILESTONE (milestone), FALSE);

  return edit (self, EDIT_DELETE, gt_milestone_get_project_id (milestone), milestone, NULL, 0, NULL,
               gt_milestone_get_name (milestone), error);
}

gboolean
gt_store_move_milestone (GtStore      *self,
                         GtMilestone  *milestone,
                         int           direction,
                         GError      **error)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (GT_IS_MILESTONE (milestone), FALSE);
  g_return_val_if_fail (direction != 0, FALSE);

  return edit (self, EDIT_MOVE, gt_milestone_get_project_id (milestone), milestone, NULL, direction,
               NULL, gt_milestone_get_name (milestone), error);
}

/* Every project's milestones */

/* Milestones of deleted projects stay in the file until purged: leave them out. */
static const GtDbQuery all_milestones =
  GT_DB_QUERY ("store-all-milestones",
  "SELECT m.id, m.project_id, m.name, m.position, m.planned_start, m.planned_end, "
  "  m.actual_start, m.actual_end, m.percent "
  "FROM milestones AS m JOIN projects AS p ON p.id = m.project_id "
  "WHERE p.deleted = 0 "
  "ORDER BY m.project_id, m.position, m.id");

static GtMilestone *
read_milestone (GtDbStmt *stmt)
{
  GtMilestone *milestone = gt_milestone_new ();
  GDate date;

  gt_milestone_set_id (milestone, gt_db_stmt_get_int64 (stmt, 0));
  gt_milestone_set_project_id (milestone, gt_db_stmt_get_int64 (stmt, 1));
  gt_milestone_set_name (milestone, gt_db_stmt_get_string (stmt, 2));
  gt_milestone_set_position (milestone, gt_db_stmt_get_int64 (stmt, 3));
  gt_milestone_set_planned_start (milestone, gt_db_stmt_get_date (stmt, 4, &date));
  gt_milestone_set_planned_end (milestone, gt_db_stmt_get_date (stmt, 5, &date));
  gt_milestone_set_actual_start (milestone, gt_db_stmt_get_date (stmt, 6, &date));
  gt_milestone_set_actual_end (milestone, gt_db_stmt_get_date (stmt, 7, &date));
  gt_milestone_set_percent (milestone, gt_db_stmt_get_int64 (stmt, 8));

  return milestone;
}

GHashTable *
gt_store_list_all_milestones (GtStore  *self,
                              GError  **error)
{
  g_autoptr(GHashTable) by_project = NULL;
  GtDbStmt *stmt;
  GPtrArray *current = NULL;
  gint64 current_id = 0;
  GError *local = NULL;

  g_return_val_if_fail (GT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _gt_store_stmt_of (self, &all_milestones, error);
  if (stmt == NULL)
    return NULL;

  by_project = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                      (GDestroyNotify) g_ptr_array_unref);
  while (gt_db_stmt_next (stmt, &local))
    {
      GtMilestone *milestone = read_milestone (stmt);
      gint64 project_id = gt_milestone_get_project_id (milestone);

      /* Rows come grouped by project: one lookup per project, not per row. */
      if (current == NULL || project_id != current_id)
        {
          current = g_ptr_array_new_with_free_func (g_object_unref);
          current_id = project_id;
          g_hash_table_insert (by_project, g_memdup2 (&project_id, sizeof project_id),
                               current);
        }
      g_ptr_array_add (current, milestone);
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
      return NULL;
    }

  return g_steal_pointer (&by_project);
}
