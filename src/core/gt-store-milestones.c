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
static const char all_milestones_sql[] =
  "SELECT m.id, m.project_id, m.name, m.position, m.planned_start, m.planned_end, "
  "  m.actual_start, m.actual_end, m.percent "
  "FROM milestones AS m JOIN projects AS p ON p.id = m.project_id "
  "WHERE p.deleted = 0 "
  "ORDER BY m.project_id, m.position, m.id";

static GtMilestone *
read_milestone (sqlite3_stmt *stmt)
{
  GtMilestone *milestone = gt_milestone_new ();
  GDate date;

  gt_milestone_set_id (milestone, sqlite3_column_int64 (stmt, 0));
  gt_milestone_set_project_id (milestone, sqlite3_column_int64 (stmt, 1));
  gt_milestone_set_name (milestone, _gt_store_column_text (stmt, 2));
  gt_milestone_set_position (milestone, sqlite3_column_int (stmt, 3));
  gt_milestone_set_planned_start (milestone, _gt_store_column_date (stmt, 4, &date));
  gt_milestone_set_planned_end (milestone, _gt_store_column_date (stmt, 5, &date));
  gt_milestone_set_actual_start (milestone, _gt_store_column_date (stmt, 6, &date));
  gt_milestone_set_actual_end (milestone, _gt_store_column_date (stmt, 7, &date));
  gt_milestone_set_percent (milestone, sqlite3_column_int (stmt, 8));

  return milestone;
}

GHashTable *
gt_store_list_all_milestones (GtStore  *self,
                              GError  **error)
{
  g_autoptr(GHashTable) by_project = NULL;
  sqlite3_stmt *stmt = NULL;
  GPtrArray *current = NULL;
  gint64 current_id = 0;
  int rc;

  g_return_val_if_fail (GT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (sqlite3_prepare_v2 (_gt_store_get_db (self), all_milestones_sql, -1,
                          &stmt, NULL) != SQLITE_OK)
    {
      _gt_store_set_error (self, error, _("Could not read the database"));
      return NULL;
    }

  by_project = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                      (GDestroyNotify) g_ptr_array_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
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
  if (rc != SQLITE_DONE)
    _gt_store_set_error (self, error, _("Could not read the database"));
  sqlite3_finalize (stmt);

  return rc == SQLITE_DONE ? g_steal_pointer (&by_project) : NULL;
}
