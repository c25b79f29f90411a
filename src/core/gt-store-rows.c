/* gt-store-rows.c: the store's statements, savepoints, and list upkeep.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-store-internal.h"
#include "gt-store-private.h"

#define PROJECT_COLUMNS \
  "p.id, p.code, p.name, p.owner, p.content, p.level, p.category, p.stage, " \
  "p.locality_id, p.unit_id, p.leader_id, p.total_investment, " \
  "p.planned_start, p.planned_end, p.actual_start, p.actual_end, p.notes"
#define ISSUE_COLUMNS \
  "i.id, i.project_id, i.description, i.category, i.status, i.raised_on, " \
  "i.unit_id, i.leader_id, i.deadline, i.resolution, i.resolved_on, i.closed_on"
/* The year's completed figures are summed in one pass over the year's reports
 * rather than by a subquery per project: the reports' rows are spread over the
 * file, and 5,000 lookups of 12 rows each cost twice the time of one scan. */
#define OPEN_STATUSES "('raised', 'assigned')"

static const GtDbQuery store_queries[GT_STORE_N_STMTS] = {
  [GT_STORE_STMT_SAVEPOINT] =
    GT_DB_QUERY ("store-savepoint",
    "SAVEPOINT gt_edit"),
  [GT_STORE_STMT_RELEASE] =
    GT_DB_QUERY ("store-release",
    "RELEASE gt_edit"),
  [GT_STORE_STMT_ROLLBACK_TO] =
    GT_DB_QUERY ("store-rollback-to",
    "ROLLBACK TO gt_edit"),

  [GT_STORE_STMT_LOAD_PROJECTS] =
    GT_DB_QUERY ("store-load-projects",
    "SELECT " PROJECT_COLUMNS ", COALESCE (a.amount, 0) FROM projects p "
    "LEFT JOIN annual_plans a ON a.project_id = p.id AND a.year = ?1 "
    "WHERE p.deleted = 0 ORDER BY p.id"),
  [GT_STORE_STMT_LOAD_LEADERS] =
    GT_DB_QUERY ("store-load-leaders",
    "SELECT id, name, title, phone FROM leaders WHERE deleted = 0 ORDER BY id"),
  [GT_STORE_STMT_LOAD_UNITS] =
    GT_DB_QUERY ("store-load-units",
    "SELECT id, name, kind, contact, phone FROM units WHERE deleted = 0 ORDER BY id"),
  /* The issues of a deleted project go with it. */
  [GT_STORE_STMT_LOAD_ISSUES] =
    GT_DB_QUERY ("store-load-issues",
    "SELECT " ISSUE_COLUMNS " FROM issues i JOIN projects p ON p.id = i.project_id "
    "WHERE i.deleted = 0 AND p.deleted = 0 ORDER BY i.id"),
  [GT_STORE_STMT_LOAD_PROJECT_ISSUES] =
    GT_DB_QUERY ("store-load-project-issues",
    "SELECT " ISSUE_COLUMNS " FROM issues i "
    "WHERE i.project_id = ?1 AND i.deleted = 0 ORDER BY i.id"),
  [GT_STORE_STMT_LOAD_PLANS] =
    GT_DB_QUERY ("store-load-plans",
    "SELECT project_id, amount FROM annual_plans WHERE year = ?1"),
  /* A range, not LIKE 'YYYY-%', so that the month index answers it. */
  [GT_STORE_STMT_SUM_YEAR] =
    GT_DB_QUERY ("store-sum-year",
    "SELECT project_id, sum (completed) FROM monthly_reports "
    "WHERE month >= ?1 AND month <= ?2 GROUP BY project_id"),

  [GT_STORE_STMT_INSERT_PROJECT] =
    GT_DB_QUERY ("store-insert-project",
    "INSERT INTO projects (id, code, name, owner, content, level, category, stage, "
    "  locality_id, unit_id, leader_id, total_investment, planned_start, planned_end, "
    "  actual_start, actual_end, notes) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) RETURNING id"),
  [GT_STORE_STMT_INSERT_LEADER] =
    GT_DB_QUERY ("store-insert-leader",
    "INSERT INTO leaders (id, name, title, phone) VALUES (?1, ?2, ?3, ?4) RETURNING id"),
  [GT_STORE_STMT_INSERT_UNIT] =
    GT_DB_QUERY ("store-insert-unit",
    "INSERT INTO units (id, name, kind, contact, phone) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id"),
  [GT_STORE_STMT_INSERT_ISSUE] =
    GT_DB_QUERY ("store-insert-issue",
    "INSERT INTO issues (id, project_id, description, category, status, raised_on, "
    "  unit_id, leader_id, deadline, resolution, resolved_on, closed_on) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id"),

  [GT_STORE_STMT_UPDATE_PROJECT] =
    GT_DB_QUERY ("store-update-project",
    "UPDATE projects SET code = ?2, name = ?3, owner = ?4, content = ?5, level = ?6, "
    "  category = ?7, stage = ?8, locality_id = ?9, unit_id = ?10, leader_id = ?11, "
    "  total_investment = ?12, planned_start = ?13, planned_end = ?14, "
    "  actual_start = ?15, actual_end = ?16, notes = ?17 "
    "WHERE id = ?1 AND deleted = 0"),
  [GT_STORE_STMT_UPDATE_LEADER] =
    GT_DB_QUERY ("store-update-leader",
    "UPDATE leaders SET name = ?2, title = ?3, phone = ?4 WHERE id = ?1 AND deleted = 0"),
  [GT_STORE_STMT_UPDATE_UNIT] =
    GT_DB_QUERY ("store-update-unit",
    "UPDATE units SET name = ?2, kind = ?3, contact = ?4, phone = ?5 "
    "WHERE id = ?1 AND deleted = 0"),
  [GT_STORE_STMT_UPDATE_ISSUE] =
    GT_DB_QUERY ("store-update-issue",
    "UPDATE issues SET project_id = ?2, description = ?3, category = ?4, status = ?5, "
    "  raised_on = ?6, unit_id = ?7, leader_id = ?8, deadline = ?9, resolution = ?10, "
    "  resolved_on = ?11, closed_on = ?12 "
    "WHERE id = ?1 AND deleted = 0"),

  [GT_STORE_STMT_MARK_PROJECT] =
    GT_DB_QUERY ("store-mark-project",
    "UPDATE projects SET deleted = ?2 WHERE id = ?1 AND deleted <> ?2"),
  [GT_STORE_STMT_MARK_LEADER] =
    GT_DB_QUERY ("store-mark-leader",
    "UPDATE leaders SET deleted = ?2 WHERE id = ?1 AND deleted <> ?2"),
  [GT_STORE_STMT_MARK_UNIT] =
    GT_DB_QUERY ("store-mark-unit",
    "UPDATE units SET deleted = ?2 WHERE id = ?1 AND deleted <> ?2"),
  [GT_STORE_STMT_MARK_ISSUE] =
    GT_DB_QUERY ("store-mark-issue",
    "UPDATE issues SET deleted = ?2 WHERE id = ?1 AND deleted <> ?2"),

  [GT_STORE_STMT_LEADER_USES] =
    GT_DB_QUERY ("store-leader-uses",
    "SELECT (SELECT count (*) FROM projects WHERE leader_id = ?1 AND deleted = 0), "
    "  (SELECT count (*) FROM issues i JOIN projects p ON p.id = i.project_id "
    "   WHERE i.leader_id = ?1 AND i.deleted = 0 AND p.deleted = 0 "
    "     AND i.status IN " OPEN_STATUSES ")"),
  [GT_STORE_STMT_UNIT_USES] =
    GT_DB_QUERY ("store-unit-uses",
    "SELECT (SELECT count (*) FROM projects "
    "        WHERE (unit_id = ?1 OR locality_id = ?1) AND deleted = 0), "
    "  (SELECT count (*) FROM issues i JOIN projects p ON p.id = i.project_id "
    "   WHERE i.unit_id = ?1 AND i.deleted = 0 AND p.deleted = 0 "
    "     AND i.status IN " OPEN_STATUSES ")"),

  [GT_STORE_STMT_SELECT_PLAN] =
    GT_DB_QUERY ("store-select-plan",
    "SELECT amount FROM annual_plans WHERE project_id = ?1 AND year = ?2"),
  [GT_STORE_STMT_UPSERT_PLAN] =
    GT_DB_QUERY ("store-upsert-plan",
    "INSERT INTO annual_plans (project_id, year, amount) VALUES (?1, ?2, ?3) "
    /* The same amount again writes nothing: no history, no change logged. */
    "ON CONFLICT (project_id, year) DO UPDATE SET amount = excluded.amount "
    "  WHERE annual_plans.amount <> excluded.amount"),
  [GT_STORE_STMT_DELETE_PLAN] =
    GT_DB_QUERY ("store-delete-plan",
    "DELETE FROM annual_plans WHERE project_id = ?1 AND year = ?2"),

  [GT_STORE_STMT_SUM_REPORTS] =
    GT_DB_QUERY ("store-sum-reports",
    "SELECT COALESCE (sum (completed), 0) FROM monthly_reports "
    "WHERE project_id = ?1 AND month >= ?2 AND month <= ?3"),
  [GT_STORE_STMT_LIST_REPORTS] =
    GT_DB_QUERY ("store-list-reports",
    "SELECT id, project_id, month, completed, progress_note, percent, problems "
    "FROM monthly_reports WHERE project_id = ?1 ORDER BY month"),
  [GT_STORE_STMT_UPSERT_REPORT] =
    GT_DB_QUERY ("store-upsert-report",
    "INSERT INTO monthly_reports (project_id, month, completed, progress_note, percent, "
    "  problems) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
    "ON CONFLICT (project_id, month) DO UPDATE SET completed = excluded.completed, "
    "  progress_note = excluded.progress_note, percent = excluded.percent, "
    "  problems = excluded.problems "
    "RETURNING id"),

  [GT_STORE_STMT_LIST_MILESTONES] =
    GT_DB_QUERY ("store-list-milestones",
    "SELECT id, project_id, name, position, planned_start, planned_end, actual_start, "
    "  actual_end, percent FROM milestones WHERE project_id = ?1 ORDER BY position, id"),
  [GT_STORE_STMT_INSERT_MILESTONE] =
    GT_DB_QUERY ("store-insert-milestone",
    "INSERT INTO milestones (id, project_id, name, position, planned_start, planned_end, "
    "  actual_start, actual_end, percent) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id"),
  [GT_STORE_STMT_UPDATE_MILESTONE] =
    GT_DB_QUERY ("store-update-milestone",
    "UPDATE milestones SET project_id = ?2, name = ?3, position = ?4, planned_start = ?5, "
    "  planned_end = ?6, actual_start = ?7, actual_end = ?8, percent = ?9 WHERE id = ?1"),
  [GT_STORE_STMT_DELETE_MILESTONE] =
    GT_DB_QUERY ("store-delete-milestone",
    "DELETE FROM milestones WHERE id = ?1"),

  /* The change feed: see gt-store-refresh.c. */
  [GT_STORE_STMT_LAST_CHANGE] =
    GT_DB_QUERY ("store-last-change", "SELECT COALESCE (max (seq), 0) FROM changes"),
  /* The last column: the entry is this connection's own (see own_changes in
   * gt-store-refresh.c; on a server, the log names the writing backend). */
  [GT_STORE_STMT_CHANGES_SINCE] =
    { "store-changes-since",
      "SELECT seq, kind, row_id, seq IN (SELECT seq FROM temp.own_changes) FROM changes "
      "WHERE seq > ?1 ORDER BY seq",
      "SELECT seq, kind, row_id, origin = pg_backend_pid () FROM changes "
      "WHERE seq > ?1 ORDER BY seq" },
  [GT_STORE_STMT_FORGET_OWN_CHANGES] =
    { "store-forget-own-changes",
      "DELETE FROM temp.own_changes WHERE seq <= ?1",
      /* Nothing to forget: the log itself names the writer. */
      "SELECT CAST (?1 AS bigint) WHERE false" },
  /* One row as the lists' queries read it, deleted or not, with whether it is
   * gone from the lists as the last column. */
  [GT_STORE_STMT_PROJECT_ROW] =
    GT_DB_QUERY ("store-project-row",
    "SELECT " PROJECT_COLUMNS ", COALESCE (a.amount, 0), p.deleted FROM projects p "
    "LEFT JOIN annual_plans a ON a.project_id = p.id AND a.year = ?2 WHERE p.id = ?1"),
  [GT_STORE_STMT_LEADER_ROW] =
    GT_DB_QUERY ("store-leader-row",
    "SELECT id, name, title, phone, deleted FROM leaders WHERE id = ?1"),
  [GT_STORE_STMT_UNIT_ROW] =
    GT_DB_QUERY ("store-unit-row",
    "SELECT id, name, kind, contact, phone, deleted FROM units WHERE id = ?1"),
  [GT_STORE_STMT_ISSUE_ROW] =
    { "store-issue-row",
      "SELECT " ISSUE_COLUMNS ", i.deleted OR p.deleted, i.deleted FROM issues i "
      "JOIN projects p ON p.id = i.project_id WHERE i.id = ?1",
      "SELECT " ISSUE_COLUMNS ", (i.deleted <> 0 OR p.deleted <> 0), i.deleted FROM issues i "
      "JOIN projects p ON p.id = i.project_id WHERE i.id = ?1" },
  /* What an undo command compares: every column the edit wrote, raw. */
  [GT_STORE_STMT_PROJECT_STATE] =
    GT_DB_QUERY ("store-project-state",
    "SELECT p.*, (SELECT amount FROM annual_plans WHERE project_id = ?1 AND year = ?2) "
    "FROM projects p WHERE p.id = ?1"),
  [GT_STORE_STMT_LEADER_STATE] =
    GT_DB_QUERY ("store-leader-state",
    "SELECT * FROM leaders WHERE id = ?1"),
  [GT_STORE_STMT_UNIT_STATE] =
    GT_DB_QUERY ("store-unit-state",
    "SELECT * FROM units WHERE id = ?1"),
  [GT_STORE_STMT_ISSUE_STATE] =
    GT_DB_QUERY ("store-issue-state",
    "SELECT * FROM issues WHERE id = ?1"),
  [GT_STORE_STMT_REPORT_STATE] =
    GT_DB_QUERY ("store-report-state",
    "SELECT * FROM monthly_reports WHERE project_id = ?1 AND month = ?2"),
  /* Whether another connection logged row ?2 of kind ?1 after this one's own
   * last entry for it (or after ?3, the last entry it had seen, when that own
   * entry is forgotten already). */
  [GT_STORE_STMT_CHANGED_ELSEWHERE] =
    { "store-changed-elsewhere",
      "SELECT EXISTS (SELECT 1 FROM changes WHERE kind = ?1 AND row_id = ?2 "
      "  AND seq > max (?3, COALESCE ((SELECT max (seq) FROM changes "
      "                                WHERE kind = ?1 AND row_id = ?2 "
      "                                  AND seq IN (SELECT seq FROM temp.own_changes)), 0)) "
      "  AND seq NOT IN (SELECT seq FROM temp.own_changes))",
      "SELECT EXISTS (SELECT 1 FROM changes WHERE kind = ?1 AND row_id = ?2 "
      "  AND seq > GREATEST (CAST (?3 AS bigint), COALESCE ((SELECT max (seq) FROM changes "
      "                                WHERE kind = ?1 AND row_id = ?2 "
      "                                  AND origin = pg_backend_pid ()), 0)) "
      "  AND origin <> pg_backend_pid ())" },
  /* Who last changed row ?2 of kind ?1 after entry ?3 (what the lists show),
   * other than this connection: the row itself, or the part ?4 of a project
   * (its plans) that an edit of it writes too. */
  [GT_STORE_STMT_CHANGED_BY_OTHER] =
    { "store-changed-by-other",
      "SELECT desk, at FROM changes WHERE kind = ?1 AND row_id = ?2 AND seq > ?3 "
      "  AND part IN ('', ?4) AND seq NOT IN (SELECT seq FROM temp.own_changes) "
      "  AND seq NOT IN (SELECT seq FROM temp.own_earlier) "
      "ORDER BY seq DESC LIMIT 1",
      "SELECT desk, at FROM changes WHERE kind = ?1 AND row_id = ?2 AND seq > ?3 "
      "  AND part IN ('', ?4) AND origin <> pg_backend_pid () "
      "ORDER BY seq DESC LIMIT 1" },
};

/* Statements */

GtDb *
_gt_store_get_db (GtStore *self)
{
  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  return self->db;
}

GtDbStmt *
_gt_store_stmt (GtStore      *self,
                GtStoreStmt   which,
                GError      **error)
{
  GtDbStmt *stmt;

  g_assert (which < GT_STORE_N_STMTS);

  stmt = gt_db_prepare (self->db, &store_queries[which], error);
  if (stmt == NULL)
    g_prefix_error (error, "%s: ", _("Could not read the database"));
  return stmt;
}

GtDbStmt *
_gt_store_stmt_of (GtStore          *self,
                   const GtDbQuery  *query,
                   GError          **error)
{
  GtDbStmt *stmt = gt_db_prepare (self->db, query, error);

  if (stmt == NULL)
    g_prefix_error (error, "%s: ", _("Could not read the database"));
  return stmt;
}

gboolean
_gt_store_stmt_insert (GtDbStmt    *stmt,
                       gint64      *id,
                       const char  *what,
                       GError     **error)
{
  GError *local = NULL;

  *id = gt_db_stmt_next (stmt, &local) ? gt_db_stmt_get_int64 (stmt, 0) : 0;
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", what);
      return FALSE;
    }
  return TRUE;
}

gboolean
_gt_store_stmt_run (GtDbStmt    *stmt,
                    const char  *what,
                    GError     **error)
{
  if (gt_db_stmt_run (stmt, error))
    return TRUE;
  g_prefix_error (error, "%s: ", what);
  return FALSE;
}

void
_gt_store_bind_text (GtDbStmt   *stmt,
                     int         index,
                     const char *text)
{
  gt_db_stmt_bind_text (stmt, index, text != NULL ? text : "");
}

void
_gt_store_month_range (int   year,
                       char  first[8],
                       char  last[8])
{
  g_snprintf (first, 8, "%04d-01", year);
  g_snprintf (last, 8, "%04d-12", year);
}

/* An edit is a savepoint, so that a failed edit inside gt_store_begin()'s
 * batch takes back only itself. Outside a batch the outermost edit first takes
 * the write lock with a transaction of its own (a server has no transaction
 * without BEGIN, and SQLite then never has to upgrade a read lock half-way),
 * and commits it at its end. */

gboolean
_gt_store_edit_begin (GtStore  *self,
                      GError  **error)
{
  GtDbStmt *stmt;

  /* Nothing is written to a file before its integrity check passed. */
  if (!gt_store_check (self, error))
    return FALSE;

  if (self->edit_depth == 0 && !gt_db_in_transaction (self->db))
    {
      if (!gt_db_begin (self->db, GT_DB_WRITE, error))
        {
          g_prefix_error (error, "%s: ", _("Could not save the change"));
          return FALSE;
        }
      self->edit_transaction = TRUE;
    }

  stmt = _gt_store_stmt (self, GT_STORE_STMT_SAVEPOINT, error);
  if (stmt == NULL || !_gt_store_stmt_run (stmt, _("Could not save the change"), error))
    {
      if (self->edit_depth == 0 && self->edit_transaction)
        {
          gt_db_rollback (self->db);
          self->edit_transaction = FALSE;
        }
      return FALSE;
    }
  self->edit_depth++;
  return TRUE;
}

gboolean
_gt_store_edit_end (GtStore   *self,
                    gboolean   ok,
                    GError   **error)
{
  gboolean outermost;
  GtDbStmt *stmt;

  g_return_val_if_fail (self->edit_depth > 0, FALSE);

  self->edit_depth--;
  outermost = self->edit_depth == 0 && self->edit_transaction;
  if (ok)
    {
      stmt = _gt_store_stmt (self, GT_STORE_STMT_RELEASE, error);
      ok = stmt != NULL && _gt_store_stmt_run (stmt, _("Could not save the change"), error);
      if (ok && outermost)
        {
          ok = gt_db_commit (self->db, error);
          if (!ok)
            g_prefix_error (error, "%s: ", _("Could not save the change"));
        }
      if (ok)
        {
          if (outermost)
            {
              self->edit_transaction = FALSE;
              _gt_store_committed (self);
            }
          return TRUE;
        }
    }

  if (gt_db_in_transaction (self->db))
    {
      stmt = _gt_store_stmt (self, GT_STORE_STMT_ROLLBACK_TO, NULL);
      if (stmt != NULL)
        _gt_store_stmt_run (stmt, "", NULL);
      stmt = _gt_store_stmt (self, GT_STORE_STMT_RELEASE, NULL);
      if (stmt != NULL)
        _gt_store_stmt_run (stmt, "", NULL);
    }

  /* Should a failed commit have left the transaction open, nothing of this edit
   * may stay pending for the next edit to commit. */
  if (outermost)
    {
      gt_db_rollback (self->db);
      self->edit_transaction = FALSE;
    }

  return FALSE;
}

/* Lists */

static GHashTable *
new_id_table (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

static void
table_insert (GHashTable *table,
              gint64      id,
              gpointer    object)
{
  gint64 *key = g_new (gint64, 1);

  *key = id;
  g_hash_table_replace (table, key, g_object_ref (object));
}

typedef struct {
  gint64 id;       /* first, for g_int64_hash() on the struct */
  gint64 amount;
} Amount;

/* Project id → Amount, from LOAD_PLANS or SUM_YEAR for the store's year. */
static GHashTable *
read_amounts (GtStore      *self,
              GtStoreStmt   which,
              GError      **error)
{
  g_autoptr(GHashTable) amounts = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                         NULL, g_free);
  GtDbStmt *stmt = _gt_store_stmt (self, which, error);
  char first[8], last[8];
  GError *local = NULL;

  if (stmt == NULL)
    return NULL;

  if (which == GT_STORE_STMT_SUM_YEAR)
    {
      _gt_store_month_range (self->year, first, last);
      gt_db_stmt_bind_text (stmt, 1, first);
      gt_db_stmt_bind_text (stmt, 2, last);
    }
  else
    {
      gt_db_stmt_bind_int64 (stmt, 1, self->year);
    }

  while (gt_db_stmt_next (stmt, &local))
    {
      Amount *amount = g_new (Amount, 1);

      amount->id = gt_db_stmt_get_int64 (stmt, 0);
      amount->amount = gt_db_stmt_get_int64 (stmt, 1);
      g_hash_table_add (amounts, amount);
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
      return NULL;
    }

  return g_steal_pointer (&amounts);
}

static gint64
amount_of (GHashTable *amounts,
           gint64      id)
{
  Amount *amount = g_hash_table_lookup (amounts, &id);

  return amount != NULL ? amount->amount : 0;
}

/* (Re)reads a whole list from the file. Objects already live keep their
 * identity and take the row's values, so that views and undo commands holding
 * them stay valid after a rollback; the list emits one items-changed. */
gboolean
_gt_store_load (GtStore      *self,
                GtStoreKind   kind,
                GError      **error)
{
  static const GtStoreStmt load_stmts[GT_STORE_N_KINDS] = {
    GT_STORE_STMT_LOAD_PROJECTS,
    GT_STORE_STMT_LOAD_LEADERS,
    GT_STORE_STMT_LOAD_UNITS,
    GT_STORE_STMT_LOAD_ISSUES,
  };
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) table = new_id_table ();
  g_autoptr(GHashTable) completed = NULL;
  GHashTable *old = self->by_id[kind];
  GtDbStmt *stmt;
  guint n_old;
  GError *local = NULL;

  /* Before the first read: whatever is committed after it is reloaded later. */
  if (!self->feed_started)
    _gt_store_feed_start (self);

  if (kind == GT_STORE_KIND_PROJECT)
    {
      completed = read_amounts (self, GT_STORE_STMT_SUM_YEAR, error);
      if (completed == NULL)
        return FALSE;
    }

  stmt = _gt_store_stmt (self, load_stmts[kind], error);
  if (stmt == NULL)
    return FALSE;
  if (kind == GT_STORE_KIND_PROJECT)
    gt_db_stmt_bind_int64 (stmt, 1, self->year);

  while (gt_db_stmt_next (stmt, &local))
    {
      gpointer object = _gt_store_read_object (kind, stmt);
      gint64 id = _gt_store_object_id (kind, object);
      gpointer existing = g_hash_table_lookup (old, &id);

      if (completed != NULL)
        gt_project_set_completed (object, amount_of (completed, id));

      if (existing == NULL && kind == GT_STORE_KIND_ISSUE)
        existing = g_hash_table_lookup (self->hidden_issues, &id);
      if (existing != NULL)
        {
          _gt_store_assign_object (kind, existing, object);
          g_object_unref (object);
          object = g_object_ref (existing);
          if (kind == GT_STORE_KIND_ISSUE)
            g_hash_table_remove (self->hidden_issues, &id);
        }

      table_insert (table, id, object);
      g_ptr_array_add (objects, object);
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
      return FALSE;
    }

  /* The table first, so that handlers of items-changed can look rows up. */
  self->by_id[kind] = g_steal_pointer (&table);
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->lists[kind]));
  if (n_old > 0 || objects->len > 0)
    g_list_store_splice (self->lists[kind], 0, n_old, objects->pdata, objects->len);
  g_hash_table_unref (old);

  if (kind == GT_STORE_KIND_ISSUE)
    self->issues_loaded = TRUE;

  return TRUE;
}

gboolean
_gt_store_ensure_issues (GtStore  *self,
                         GError  **error)
{
  return self->issues_loaded || _gt_store_load (self, GT_STORE_KIND_ISSUE, error);
}

gpointer
_gt_store_lookup (GtStore     *self,
                  GtStoreKind  kind,
                  gint64       id)
{
  return g_hash_table_lookup (self->by_id[kind], &id);
}

gboolean
_gt_store_find_position (GtStore     *self,
                         GtStoreKind  kind,
                         gint64       id,
                         guint       *position)
{
  GListModel *model = G_LIST_MODEL (self->lists[kind]);
  guint low = 0;
  guint high = g_list_model_get_n_items (model);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(GObject) item = g_list_model_get_item (model, middle);
      gint64 item_id = _gt_store_object_id (kind, item);

      if (item_id == id)
        {
          *position = middle;
          return TRUE;
        }
      if (item_id < id)
        low = middle + 1;
      else
        high = middle;
    }

  *position = low;
  return FALSE;
}

void
_gt_store_insert_live (GtStore     *self,
                       GtStoreKind  kind,
                       gpointer     object)
{
  gint64 id = _gt_store_object_id (kind, object);
  guint position;

  table_insert (self->by_id[kind], id, object);
  if (_gt_store_find_position (self, kind, id, &position))
    g_list_store_splice (self->lists[kind], position, 1, &object, 1);
  else
    g_list_store_insert (self->lists[kind], position, object);
}

void
_gt_store_remove_live (GtStore     *self,
                       GtStoreKind  kind,
                       gint64       id)
{
  guint position;

  if (_gt_store_find_position (self, kind, id, &position))
    g_list_store_remove (self->lists[kind], position);
  g_hash_table_remove (self->by_id[kind], &id);
}

void
_gt_store_row_changed (GtStore     *self,
                       GtStoreKind  kind,
                       gint64       id)
{
  gpointer object = _gt_store_lookup (self, kind, id);
  guint position;

  if (object != NULL && _gt_store_find_position (self, kind, id, &position))
    g_list_store_splice (self->lists[kind], position, 1, &object, 1);
}

/* One items-changed over the whole list, for a change that touched many rows:
 * sorted and filtered views re-sort once rather than once a row. */
static void
projects_all_changed (GtStore *self)
{
  GListModel *model = G_LIST_MODEL (self->lists[GT_STORE_KIND_PROJECT]);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  g_list_store_splice (self->lists[GT_STORE_KIND_PROJECT], 0, n, items->pdata, n);
}

gboolean
_gt_store_reload_figures (GtStore  *self,
                          GError  **error)
{
  g_autoptr(GHashTable) plans = read_amounts (self, GT_STORE_STMT_LOAD_PLANS, error);
  g_autoptr(GHashTable) completed = NULL;
  gboolean changed = FALSE;
  GHashTableIter iter;
  gpointer value;

  if (plans == NULL)
    return FALSE;
  completed = read_amounts (self, GT_STORE_STMT_SUM_YEAR, error);
  if (completed == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, self->by_id[GT_STORE_KIND_PROJECT]);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GtProject *project = value;
      gint64 id = gt_project_get_id (project);
      gint64 plan = amount_of (plans, id);
      gint64 done = amount_of (completed, id);

      if (gt_project_get_annual_plan (project) == plan &&
          gt_project_get_completed (project) == done)
        continue;

      g_object_freeze_notify (G_OBJECT (project));
      gt_project_set_annual_plan (project, plan);
      gt_project_set_completed (project, done);
      g_object_thaw_notify (G_OBJECT (project));
      changed = TRUE;
    }

  if (changed)
    projects_all_changed (self);

  return TRUE;
}

gboolean
_gt_store_stmt_value (GtDbStmt  *stmt,
                      gint64    *amount,
                      GError   **error)
{
  GError *local = NULL;

  *amount = gt_db_stmt_next (stmt, &local) ? gt_db_stmt_get_int64 (stmt, 0) : 0;
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
      return FALSE;
    }
  return TRUE;
}

gboolean
_gt_store_reload_project_figures (GtStore    *self,
                                  GtProject  *project,
                                  GError    **error)
{
  gint64 id = gt_project_get_id (project);
  GtDbStmt *plan_stmt = _gt_store_stmt (self, GT_STORE_STMT_SELECT_PLAN, error);
  GtDbStmt *sum_stmt;
  char first[8], last[8];
  gint64 plan, completed;

  if (plan_stmt == NULL)
    return FALSE;
  sum_stmt = _gt_store_stmt (self, GT_STORE_STMT_SUM_REPORTS, error);
  if (sum_stmt == NULL)
    return FALSE;

  gt_db_stmt_bind_int64 (plan_stmt, 1, id);
  gt_db_stmt_bind_int64 (plan_stmt, 2, self->year);
  if (!_gt_store_stmt_value (plan_stmt, &plan, error))
    return FALSE;

  _gt_store_month_range (self->year, first, last);
  gt_db_stmt_bind_int64 (sum_stmt, 1, id);
  gt_db_stmt_bind_text (sum_stmt, 2, first);
  gt_db_stmt_bind_text (sum_stmt, 3, last);
  if (!_gt_store_stmt_value (sum_stmt, &completed, error))
    return FALSE;

  gt_project_set_annual_plan (project, plan);
  gt_project_set_completed (project, completed);

  return TRUE;
}
