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

static const char * const statement_sql[GT_STORE_N_STMTS] = {
  [GT_STORE_STMT_SAVEPOINT] = "SAVEPOINT gt_edit",
  [GT_STORE_STMT_RELEASE] = "RELEASE gt_edit",
  [GT_STORE_STMT_ROLLBACK_TO] = "ROLLBACK TO gt_edit",

  [GT_STORE_STMT_LOAD_PROJECTS] =
    "SELECT " PROJECT_COLUMNS ", COALESCE (a.amount, 0) FROM projects p "
    "LEFT JOIN annual_plans a ON a.project_id = p.id AND a.year = ?1 "
    "WHERE p.deleted = 0 ORDER BY p.id",
  [GT_STORE_STMT_LOAD_LEADERS] =
    "SELECT id, name, title, phone FROM leaders WHERE deleted = 0 ORDER BY id",
  [GT_STORE_STMT_LOAD_UNITS] =
    "SELECT id, name, kind, contact, phone FROM units WHERE deleted = 0 ORDER BY id",
  /* The issues of a deleted project go with it. */
  [GT_STORE_STMT_LOAD_ISSUES] =
    "SELECT " ISSUE_COLUMNS " FROM issues i JOIN projects p ON p.id = i.project_id "
    "WHERE i.deleted = 0 AND p.deleted = 0 ORDER BY i.id",
  [GT_STORE_STMT_LOAD_PROJECT_ISSUES] =
    "SELECT " ISSUE_COLUMNS " FROM issues i "
    "WHERE i.project_id = ?1 AND i.deleted = 0 ORDER BY i.id",
  [GT_STORE_STMT_LOAD_PLANS] =
    "SELECT project_id, amount FROM annual_plans WHERE year = ?1",
  /* A range, not LIKE 'YYYY-%', so that the month index answers it. */
  [GT_STORE_STMT_SUM_YEAR] =
    "SELECT project_id, sum (completed) FROM monthly_reports "
    "WHERE month >= ?1 AND month <= ?2 GROUP BY project_id",

  [GT_STORE_STMT_INSERT_PROJECT] =
    "INSERT INTO projects (id, code, name, owner, content, level, category, stage, "
    "  locality_id, unit_id, leader_id, total_investment, planned_start, planned_end, "
    "  actual_start, actual_end, notes) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
  [GT_STORE_STMT_INSERT_LEADER] =
    "INSERT INTO leaders (id, name, title, phone) VALUES (?1, ?2, ?3, ?4)",
  [GT_STORE_STMT_INSERT_UNIT] =
    "INSERT INTO units (id, name, kind, contact, phone) VALUES (?1, ?2, ?3, ?4, ?5)",
  [GT_STORE_STMT_INSERT_ISSUE] =
    "INSERT INTO issues (id, project_id, description, category, status, raised_on, "
    "  unit_id, leader_id, deadline, resolution, resolved_on, closed_on) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",

  [GT_STORE_STMT_UPDATE_PROJECT] =
    "UPDATE projects SET code = ?2, name = ?3, owner = ?4, content = ?5, level = ?6, "
    "  category = ?7, stage = ?8, locality_id = ?9, unit_id = ?10, leader_id = ?11, "
    "  total_investment = ?12, planned_start = ?13, planned_end = ?14, "
    "  actual_start = ?15, actual_end = ?16, notes = ?17 "
    "WHERE id = ?1 AND deleted = 0",
  [GT_STORE_STMT_UPDATE_LEADER] =
    "UPDATE leaders SET name = ?2, title = ?3, phone = ?4 WHERE id = ?1 AND deleted = 0",
  [GT_STORE_STMT_UPDATE_UNIT] =
    "UPDATE units SET name = ?2, kind = ?3, contact = ?4, phone = ?5 "
    "WHERE id = ?1 AND deleted = 0",
  [GT_STORE_STMT_UPDATE_ISSUE] =
    "UPDATE issues SET project_id = ?2, description = ?3, category = ?4, status = ?5, "
    "  raised_on = ?6, unit_id = ?7, leader_id = ?8, deadline = ?9, resolution = ?10, "
    "  resolved_on = ?11, closed_on = ?12 "
    "WHERE id = ?1 AND deleted = 0",

  [GT_STORE_STMT_MARK_PROJECT] =
    "UPDATE projects SET deleted = ?2 WHERE id = ?1 AND deleted <> ?2",
  [GT_STORE_STMT_MARK_LEADER] =
    "UPDATE leaders SET deleted = ?2 WHERE id = ?1 AND deleted <> ?2",
  [GT_STORE_STMT_MARK_UNIT] =
    "UPDATE units SET deleted = ?2 WHERE id = ?1 AND deleted <> ?2",
  [GT_STORE_STMT_MARK_ISSUE] =
    "UPDATE issues SET deleted = ?2 WHERE id = ?1 AND deleted <> ?2",

  [GT_STORE_STMT_LEADER_USES] =
    "SELECT (SELECT count (*) FROM projects WHERE leader_id = ?1 AND deleted = 0), "
    "  (SELECT count (*) FROM issues i JOIN projects p ON p.id = i.project_id "
    "   WHERE i.leader_id = ?1 AND i.deleted = 0 AND p.deleted = 0 "
    "     AND i.status IN " OPEN_STATUSES ")",
  [GT_STORE_STMT_UNIT_USES] =
    "SELECT (SELECT count (*) FROM projects "
    "        WHERE (unit_id = ?1 OR locality_id = ?1) AND deleted = 0), "
    "  (SELECT count (*) FROM issues i JOIN projects p ON p.id = i.project_id "
    "   WHERE i.unit_id = ?1 AND i.deleted = 0 AND p.deleted = 0 "
    "     AND i.status IN " OPEN_STATUSES ")",

  [GT_STORE_STMT_SELECT_PLAN] =
    "SELECT amount FROM annual_plans WHERE project_id = ?1 AND year = ?2",
  [GT_STORE_STMT_UPSERT_PLAN] =
    "INSERT INTO annual_plans (project_id, year, amount) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (project_id, year) DO UPDATE SET amount = excluded.amount",
  [GT_STORE_STMT_DELETE_PLAN] =
    "DELETE FROM annual_plans WHERE project_id = ?1 AND year = ?2",

  [GT_STORE_STMT_SUM_REPORTS] =
    "SELECT COALESCE (sum (completed), 0) FROM monthly_reports "
    "WHERE project_id = ?1 AND month >= ?2 AND month <= ?3",
  [GT_STORE_STMT_LIST_REPORTS] =
    "SELECT id, project_id, month, completed, progress_note, percent, problems "
    "FROM monthly_reports WHERE project_id = ?1 ORDER BY month",
  [GT_STORE_STMT_UPSERT_REPORT] =
    "INSERT INTO monthly_reports (project_id, month, completed, progress_note, percent, "
    "  problems) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
    "ON CONFLICT (project_id, month) DO UPDATE SET completed = excluded.completed, "
    "  progress_note = excluded.progress_note, percent = excluded.percent, "
    "  problems = excluded.problems "
    "RETURNING id",

  [GT_STORE_STMT_LIST_MILESTONES] =
    "SELECT id, project_id, name, position, planned_start, planned_end, actual_start, "
    "  actual_end, percent FROM milestones WHERE project_id = ?1 ORDER BY position, id",
  [GT_STORE_STMT_INSERT_MILESTONE] =
    "INSERT INTO milestones (id, project_id, name, position, planned_start, planned_end, "
    "  actual_start, actual_end, percent) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
  [GT_STORE_STMT_UPDATE_MILESTONE] =
    "UPDATE milestones SET project_id = ?2, name = ?3, position = ?4, planned_start = ?5, "
    "  planned_end = ?6, actual_start = ?7, actual_end = ?8, percent = ?9 WHERE id = ?1",
  [GT_STORE_STMT_DELETE_MILESTONE] =
    "DELETE FROM milestones WHERE id = ?1",

  /* The change feed: see gt-store-refresh.c. */
  [GT_STORE_STMT_DATA_VERSION] = "PRAGMA data_version",
  /* One statement, so that both come from one snapshot of the file. */
  [GT_STORE_STMT_LAST_CHANGE] =
    "SELECT data_version, (SELECT COALESCE (max (seq), 0) FROM changes) "
    "FROM pragma_data_version",
  /* The last column: the entry is this connection's own (see own_changes in
   * gt-store-refresh.c). */
  [GT_STORE_STMT_CHANGES_SINCE] =
    "SELECT seq, kind, row_id, seq IN (SELECT seq FROM temp.own_changes) FROM changes "
    "WHERE seq > ?1 ORDER BY seq",
  [GT_STORE_STMT_FORGET_OWN_CHANGES] = "DELETE FROM temp.own_changes WHERE seq <= ?1",
  /* One row as the lists' queries read it, deleted or not, with whether it is
   * gone from the lists as the last column. */
  [GT_STORE_STMT_PROJECT_ROW] =
    "SELECT " PROJECT_COLUMNS ", COALESCE (a.amount, 0), p.deleted FROM projects p "
    "LEFT JOIN annual_plans a ON a.project_id = p.id AND a.year = ?2 WHERE p.id = ?1",
  [GT_STORE_STMT_LEADER_ROW] =
    "SELECT id, name, title, phone, deleted FROM leaders WHERE id = ?1",
  [GT_STORE_STMT_UNIT_ROW] =
    "SELECT id, name, kind, contact, phone, deleted FROM units WHERE id = ?1",
  [GT_STORE_STMT_ISSUE_ROW] =
    "SELECT " ISSUE_COLUMNS ", i.deleted OR p.deleted, i.deleted FROM issues i "
    "JOIN projects p ON p.id = i.project_id WHERE i.id = ?1",
  /* What an undo command compares: every column the edit wrote, raw. */
  [GT_STORE_STMT_PROJECT_STATE] =
    "SELECT p.*, (SELECT amount FROM annual_plans WHERE project_id = ?1 AND year = ?2) "
    "FROM projects p WHERE p.id = ?1",
  [GT_STORE_STMT_LEADER_STATE] = "SELECT * FROM leaders WHERE id = ?1",
  [GT_STORE_STMT_UNIT_STATE] = "SELECT * FROM units WHERE id = ?1",
  [GT_STORE_STMT_ISSUE_STATE] = "SELECT * FROM issues WHERE id = ?1",
  [GT_STORE_STMT_REPORT_STATE] =
    "SELECT * FROM monthly_reports WHERE project_id = ?1 AND month = ?2",
  /* Whether another connection logged row ?2 of kind ?1 after this one's own
   * last entry for it (or after ?3, the last entry it had seen, when that own
   * entry is forgotten already). */
  [GT_STORE_STMT_CHANGED_ELSEWHERE] =
    "SELECT EXISTS (SELECT 1 FROM changes WHERE kind = ?1 AND row_id = ?2 "
    "  AND seq > max (?3, COALESCE ((SELECT max (seq) FROM changes "
    "                                WHERE kind = ?1 AND row_id = ?2 "
    "                                  AND seq IN (SELECT seq FROM temp.own_changes)), 0)) "
    "  AND seq NOT IN (SELECT seq FROM temp.own_changes))",
};

/* Statements */

sqlite3 *
_gt_store_get_db (GtStore *self)
{
  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  return self->db;
}

void
_gt_store_set_error (GtStore     *self,
                     GError     **error,
                     const char  *what)
{
  g_return_if_fail (GT_IS_STORE (self));

  g_set_error (error, GT_STORE_ERROR, _gt_store_error_code (sqlite3_errcode (self->db)),
               "%s: %s", what, _gt_store_describe_error (self->db));
}

sqlite3_stmt *
_gt_store_stmt (GtStore      *self,
                GtStoreStmt   which,
                GError      **error)
{
  g_assert (which < GT_STORE_N_STMTS);

  if (self->stmts[which] == NULL &&
      sqlite3_prepare_v3 (self->db, statement_sql[which], -1, SQLITE_PREPARE_PERSISTENT,
                          &self->stmts[which], NULL) != SQLITE_OK)
    {
      _gt_store_set_error (self, error, _("Could not read the database"));
      self->stmts[which] = NULL;
      return NULL;
    }

  return self->stmts[which];
}

void
_gt_store_stmt_done (sqlite3_stmt *stmt)
{
  if (stmt == NULL)
    return;

  sqlite3_reset (stmt);
  /* Text is bound SQLITE_STATIC from the objects: never leave it behind. */
  sqlite3_clear_bindings (stmt);
}

void
_gt_store_finalize_stmts (GtStore *self)
{
  for (guint i = 0; i < GT_STORE_N_STMTS; i++)
    g_clear_pointer (&self->stmts[i], sqlite3_finalize);
}

gboolean
_gt_store_stmt_run (GtStore       *self,
                    sqlite3_stmt  *stmt,
                    const char    *what,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  /* The message goes before the reset, which would replace it. */
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    _gt_store_set_error (self, error, what);
  _gt_store_stmt_done (stmt);

  return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

void
_gt_store_bind_id (sqlite3_stmt *stmt,
                   int           index,
                   gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

void
_gt_store_bind_text (sqlite3_stmt *stmt,
                     int           index,
                     const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_STATIC);
}

void
_gt_store_bind_date (sqlite3_stmt *stmt,
                     int           index,
                     const GDate  *date)
{
  char text[16];

  if (date == NULL || !g_date_valid (date))
    {
      sqlite3_bind_null (stmt, index);
      return;
    }

  g_snprintf (text, sizeof text, "%04u-%02u-%02u", (guint) g_date_get_year (date),
              (guint) g_date_get_month (date), (guint) g_date_get_day (date));
  sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static gboolean
parse_digits (const char *text,
              guint       n,
              guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (guint) (text[i] - '0');
    }

  return TRUE;
}

/* By hand rather than g_date_set_parse(), which follows the locale and is slow
 * for the tens of thousands of dates a register loads. */
const GDate *
_gt_store_column_date (sqlite3_stmt *stmt,
                       int           column,
                       GDate        *date)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  guint year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      !parse_digits (text, 4, &year) || !parse_digits (text + 5, 2, &month) ||
      !parse_digits (text + 8, 2, &day) ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return date;
}

void
_gt_store_month_range (int   year,
                       char  first[8],
                       char  last[8])
{
  g_snprintf (first, 8, "%04d-01", year);
  g_snprintf (last, 8, "%04d-12", year);
}

const char *
_gt_store_column_text (sqlite3_stmt *stmt,
                       int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

/* Savepoints: an edit nests inside gt_store_begin()'s transaction, and outside
 * one the outermost savepoint is the transaction itself. */

gboolean
_gt_store_edit_begin (GtStore  *self,
                      GError  **error)
{
  sqlite3_stmt *stmt;

  /* Nothing is written to a file before its integrity check passed. */
  if (!gt_store_check (self, error))
    return FALSE;

  stmt = _gt_store_stmt (self, GT_STORE_STMT_SAVEPOINT, error);
  return stmt != NULL && _gt_store_stmt_run (self, stmt, _("Could not save the change"), error);
}

gboolean
_gt_store_edit_end (GtStore   *self,
                    gboolean   ok,
                    GError   **error)
{
  sqlite3_stmt *stmt;

  if (ok)
    {
      stmt = _gt_store_stmt (self, GT_STORE_STMT_RELEASE, error);
      if (stmt != NULL && _gt_store_stmt_run (self, stmt, _("Could not save the change"), error))
        {
          /* Released the outermost savepoint: committed. */
          if (sqlite3_get_autocommit (self->db))
            _gt_store_committed (self);
          return TRUE;
        }
    }

  stmt = _gt_store_stmt (self, GT_STORE_STMT_ROLLBACK_TO, NULL);
  if (stmt != NULL)
    _gt_store_stmt_run (self, stmt, "", NULL);
  stmt = _gt_store_stmt (self, GT_STORE_STMT_RELEASE, NULL);
  if (stmt != NULL)
    _gt_store_stmt_run (self, stmt, "", NULL);

  /* Should a failed commit have left the transaction open, nothing of this edit
   * may stay pending for the next edit to commit. */
  if (!self->in_batch && !sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

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
  sqlite3_stmt *stmt = _gt_store_stmt (self, which, error);
  char first[8], last[8];
  int rc;

  if (stmt == NULL)
    return NULL;

  if (which == GT_STORE_STMT_SUM_YEAR)
    {
      _gt_store_month_range (self->year, first, last);
      sqlite3_bind_text (stmt, 1, first, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, last, -1, SQLITE_STATIC);
    }
  else
    {
      sqlite3_bind_int (stmt, 1, self->year);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Amount *amount = g_new (Amount, 1);

      amount->id = sqlite3_column_int64 (stmt, 0);
      amount->amount = sqlite3_column_int64 (stmt, 1);
      g_hash_table_add (amounts, amount);
    }
  if (rc != SQLITE_DONE)
    _gt_store_set_error (self, error, _("Could not read the database"));
  _gt_store_stmt_done (stmt);

  return rc == SQLITE_DONE ? g_steal_pointer (&amounts) : NULL;
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
  sqlite3_stmt *stmt;
  guint n_old;
  int rc;

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
    sqlite3_bind_int (stmt, 1, self->year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
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
  if (rc != SQLITE_DONE)
    {
      _gt_store_set_error (self, error, _("Could not read the database"));
      _gt_store_stmt_done (stmt);
      return FALSE;
    }
  _gt_store_stmt_done (stmt);

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

static gboolean
query_amount (GtStore      *self,
              GtStoreStmt   which,
              gint64       *amount,
              GError      **error)
{
  sqlite3_stmt *stmt = self->stmts[which];
  int rc = sqlite3_step (stmt);

  *amount = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _gt_store_set_error (self, error, _("Could not read the database"));
  _gt_store_stmt_done (stmt);

  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

gboolean
_gt_store_reload_project_figures (GtStore    *self,
                                  GtProject  *project,
                                  GError    **error)
{
  gint64 id = gt_project_get_id (project);
  sqlite3_stmt *plan_stmt = _gt_store_stmt (self, GT_STORE_STMT_SELECT_PLAN, error);
  sqlite3_stmt *sum_stmt;
  char first[8], last[8];
  gint64 plan, completed;

  if (plan_stmt == NULL)
    return FALSE;
  sum_stmt = _gt_store_stmt (self, GT_STORE_STMT_SUM_REPORTS, error);
  if (sum_stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (plan_stmt, 1, id);
  sqlite3_bind_int (plan_stmt, 2, self->year);
  if (!query_amount (self, GT_STORE_STMT_SELECT_PLAN, &plan, error))
    return FALSE;

  _gt_store_month_range (self->year, first, last);
  sqlite3_bind_int64 (sum_stmt, 1, id);
  sqlite3_bind_text (sum_stmt, 2, first, -1, SQLITE_STATIC);
  sqlite3_bind_text (sum_stmt, 3, last, -1, SQLITE_STATIC);
  if (!query_amount (self, GT_STORE_STMT_SUM_REPORTS, &completed, error))
    return FALSE;

  gt_project_set_annual_plan (project, plan);
  gt_project_set_completed (project, completed);

  return TRUE;
}
