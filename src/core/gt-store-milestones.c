/* gt-store-milestones.c: every project's milestones in one query.
 *
 * The wall chart shows the milestones of all projects at once; reading them per
 * project would cost one query per row of the register.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-store-internal.h"
#include "gt-store-private.h"

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
