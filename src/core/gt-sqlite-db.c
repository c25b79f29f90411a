/* gt-sqlite-db.c: gt-db.h over one SQLite connection.
 *
 * Statements are prepared once per connection (SQLITE_PREPARE_PERSISTENT) and
 * kept by the address of their GtDbQuery. Text is bound as a copy: the
 * statement may outlive the caller's string by a step.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-db-private.h"
#include "gt-sqlite-db.h"

typedef struct {
  GtDb        parent;
  sqlite3    *handle;
  GHashTable *stmts;   /* const GtDbQuery * → SqliteStmt * */
  gboolean    writing; /* in a transaction begun with GT_DB_WRITE */
} SqliteDb;

typedef struct {
  GtDbStmt      parent;
  sqlite3_stmt *stmt;
  gboolean      stepping;   /* stepped since the last reset */
  gint64        changes;
} SqliteStmt;

static const GtDbQuery data_version_query =
  GT_DB_QUERY ("data-version", "PRAGMA data_version");
/* Schema 5's one-row table that the log's triggers read the writer from. */
static const GtDbQuery set_writer_query =
  GT_DB_QUERY ("set-writer", "UPDATE writer SET desk = ?1, source = ?2");

GtStoreError
gt_sqlite_error_code (int sqlite_code)
{
  /* As the server's 23505 and 23503: a row another writer holds already, or
   * one it took away meanwhile (extended codes only; a primary code alone
   * says just "a constraint"). */
  if (sqlite_code == SQLITE_CONSTRAINT_UNIQUE || sqlite_code == SQLITE_CONSTRAINT_PRIMARYKEY ||
      sqlite_code == SQLITE_CONSTRAINT_FOREIGNKEY)
    return GT_STORE_ERROR_CONFLICT;
  switch (sqlite_code & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return GT_STORE_ERROR_BUSY;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return GT_STORE_ERROR_CORRUPT;
    default:
      return GT_STORE_ERROR_FAILED;
    }
}

const char *
gt_sqlite_describe_error (sqlite3 *handle)
{
  int extended = sqlite3_extended_errcode (handle);
  int code = extended & 0xff;
  int system = sqlite3_system_errno (handle);

  if (code == SQLITE_FULL ||
      (code == SQLITE_IOERR && (system == ENOSPC || system == EFBIG || system == EDQUOT)))
    return _("the disk is full; free some space and try again (what was saved "
             "before is safe)");
  /* A failed write(2) comes as IOERR_WRITE, often without its errno (SQLite
   * reads errno later, when it may be gone); a full disk or quota is by far
   * the likeliest reason. */
  if (extended == SQLITE_IOERR_WRITE || extended == SQLITE_IOERR_FSYNC ||
      extended == SQLITE_IOERR_TRUNCATE)
    return _("could not write to the disk; it may be full. Free some space and try "
             "again (what was saved before is safe)");
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
    return _("another program is using the file; close it and try again");
  if (code == SQLITE_READONLY ||
      (code == SQLITE_CANTOPEN && (system == EACCES || system == EROFS)))
    return _("the file or its folder is read-only");
  return sqlite3_errmsg (handle);
}

static void
set_error (SqliteDb  *self,
           GError   **error)
{
  /* The schema's triggers refuse a signed-off month's figures by this word. */
  if (strstr (sqlite3_errmsg (self->handle), "guatu-month-closed") != NULL)
    {
      g_set_error_literal (error, GT_STORE_ERROR, GT_STORE_ERROR_CLOSED,
                           _("the month’s figures are signed off; reopen the month "
                             "first"));
      return;
    }
  g_set_error_literal (error, GT_STORE_ERROR,
                       gt_sqlite_error_code (sqlite3_extended_errcode (self->handle)),
                       gt_sqlite_describe_error (self->handle));
}

static void
stmt_free (gpointer data)
{
  SqliteStmt *stmt = data;

  sqlite3_finalize (stmt->stmt);
  g_free (stmt);
}

static void
sqlite_close (GtDb *db)
{
  SqliteDb *self = (SqliteDb *) db;

  /* Statements first: sqlite3_close() refuses a connection with any left. */
  g_clear_pointer (&self->stmts, g_hash_table_unref);
  if (self->handle != NULL)
    sqlite3_close (self->handle);
  _gt_db_clear (db);
  g_free (self);
}

static GtDbStmt *
sqlite_prepare (GtDb             *db,
                const GtDbQuery  *query,
                GError          **error)
{
  SqliteDb *self = (SqliteDb *) db;
  SqliteStmt *stmt = g_hash_table_lookup (self->stmts, query);
  sqlite3_stmt *handle = NULL;

  if (stmt != NULL)
    {
      /* One user at a time: a statement still stepping was not handed back. */
      g_warn_if_fail (!stmt->stepping);
      return &stmt->parent;
    }

  if (sqlite3_prepare_v3 (self->handle, query->sql, -1, SQLITE_PREPARE_PERSISTENT,
                          &handle, NULL) != SQLITE_OK)
    {
      set_error (self, error);
      g_prefix_error (error, "%s: ", query->name);
      sqlite3_finalize (handle);
      return NULL;
    }

  stmt = g_new0 (SqliteStmt, 1);
  stmt->parent.db = db;
  stmt->parent.query = query;
  stmt->stmt = handle;
  g_hash_table_insert (self->stmts, (gpointer) query, stmt);
  return &stmt->parent;
}

static void
sqlite_bind_int64 (GtDbStmt *stmt,
                   int       index,
                   gint64    value)
{
  sqlite3_bind_int64 (((SqliteStmt *) stmt)->stmt, index, value);
}

static void
sqlite_bind_double (GtDbStmt *stmt,
                    int       index,
                    double    value)
{
  sqlite3_bind_double (((SqliteStmt *) stmt)->stmt, index, value);
}

static void
sqlite_bind_text (GtDbStmt   *stmt,
                  int         index,
                  const char *text)
{
  sqlite3_bind_text (((SqliteStmt *) stmt)->stmt, index, text, -1, SQLITE_TRANSIENT);
}

static void
sqlite_bind_null (GtDbStmt *stmt,
                  int       index)
{
  sqlite3_bind_null (((SqliteStmt *) stmt)->stmt, index);
}

static gboolean
sqlite_next (GtDbStmt  *stmt,
             GError   **error)
{
  SqliteStmt *self = (SqliteStmt *) stmt;
  SqliteDb *db = (SqliteDb *) stmt->db;
  int rc;

  self->stepping = TRUE;
  rc = sqlite3_step (self->stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    {
      self->changes = sqlite3_changes (db->handle);
      return FALSE;
    }
  set_error (db, error);
  return FALSE;
}

static int
sqlite_n_columns (GtDbStmt *stmt)
{
  return sqlite3_column_count (((SqliteStmt *) stmt)->stmt);
}

static gboolean
sqlite_is_null (GtDbStmt *stmt,
                int       column)
{
  return sqlite3_column_type (((SqliteStmt *) stmt)->stmt, column) == SQLITE_NULL;
}

static gint64
sqlite_get_int64 (GtDbStmt *stmt,
                  int       column)
{
  return sqlite3_column_int64 (((SqliteStmt *) stmt)->stmt, column);
}

static double
sqlite_get_double (GtDbStmt *stmt,
                   int       column)
{
  return sqlite3_column_double (((SqliteStmt *) stmt)->stmt, column);
}

static const char *
sqlite_get_text (GtDbStmt *stmt,
                 int       column)
{
  return (const char *) sqlite3_column_text (((SqliteStmt *) stmt)->stmt, column);
}

static gint64
sqlite_changes (GtDbStmt *stmt)
{
  return ((SqliteStmt *) stmt)->changes;
}

static void
sqlite_reset (GtDbStmt *stmt)
{
  SqliteStmt *self = (SqliteStmt *) stmt;

  sqlite3_reset (self->stmt);
  sqlite3_clear_bindings (self->stmt);
  self->stepping = FALSE;
}

static gboolean
run_sql (SqliteDb    *self,
         const char  *sql,
         GError     **error)
{
  if (sqlite3_exec (self->handle, sql, NULL, NULL, NULL) == SQLITE_OK)
    return TRUE;
  set_error (self, error);
  return FALSE;
}

/* A write takes the lock at BEGIN (IMMEDIATE), so that two programs never both
 * read, then both try to write, and one fails half-way. */
static gboolean
set_writer (SqliteDb    *self,
            const char  *desk,
            const char  *source,
            GError     **error)
{
  GtDbStmt *stmt = sqlite_prepare (&self->parent, &set_writer_query, error);

  if (stmt == NULL)
    return FALSE;
  sqlite_bind_text (stmt, 1, desk);
  sqlite_bind_text (stmt, 2, source);
  return gt_db_stmt_run (stmt, error);
}

static gboolean
sqlite_begin (GtDb        *db,
              GtDbAccess   access,
              GError     **error)
{
  SqliteDb *self = (SqliteDb *) db;

  if (!run_sql (self, access == GT_DB_WRITE ? "BEGIN IMMEDIATE" : "BEGIN", error))
    return FALSE;
  self->writing = access == GT_DB_WRITE;
  if (self->writing && db->desk != NULL &&
      !set_writer (self, db->desk, gt_db_get_source (db), error))
    {
      sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
      self->writing = FALSE;
      return FALSE;
    }
  return TRUE;
}

/* The writer's name leaves with the commit: another program writing next
 * must not log under it. */
static gboolean
sqlite_commit (GtDb    *db,
               GError **error)
{
  SqliteDb *self = (SqliteDb *) db;

  if (self->writing && db->desk != NULL && !set_writer (self, "", "", error))
    return FALSE;
  if (!run_sql (self, "COMMIT", error))
    return FALSE;
  self->writing = FALSE;
  return TRUE;
}

static void
sqlite_rollback (GtDb *db)
{
  SqliteDb *self = (SqliteDb *) db;

  if (!sqlite3_get_autocommit (self->handle))
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
  self->writing = FALSE;
}

static gboolean
sqlite_in_transaction (GtDb *db)
{
  return !sqlite3_get_autocommit (((SqliteDb *) db)->handle);
}

/* 32 MB of page cache while an import writes, then SQLite's default again. */
static void
sqlite_set_bulk (GtDb     *db,
                 gboolean  bulk)
{
  run_sql ((SqliteDb *) db, bulk ? "PRAGMA cache_size = -32768" : "PRAGMA cache_size = -2000",
           NULL);
}

/* PRAGMA data_version: answered from the WAL index in shared memory. */
static gboolean
sqlite_data_version (GtDb    *db,
                     gint64  *version,
                     GError **error)
{
  GtDbStmt *stmt = sqlite_prepare (db, &data_version_query, error);
  GError *local = NULL;

  if (stmt == NULL)
    return FALSE;
  if (sqlite_next (stmt, &local))
    *version = sqlite_get_int64 (stmt, 0);
  sqlite_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

static gboolean
sqlite_is_connected (GtDb *db)
{
  return TRUE;
}

static gboolean
sqlite_reconnect (GtDb    *db,
                  GError **error)
{
  return TRUE;
}

static const GtDbBackend sqlite_backend = {
  .dialect = GT_DB_DIALECT_SQLITE,
  .close = sqlite_close,
  .prepare = sqlite_prepare,
  .bind_int64 = sqlite_bind_int64,
  .bind_double = sqlite_bind_double,
  .bind_text = sqlite_bind_text,
  .bind_null = sqlite_bind_null,
  .next = sqlite_next,
  .n_columns = sqlite_n_columns,
  .is_null = sqlite_is_null,
  .get_int64 = sqlite_get_int64,
  .get_double = sqlite_get_double,
  .get_text = sqlite_get_text,
  .changes = sqlite_changes,
  .reset = sqlite_reset,
  .begin = sqlite_begin,
  .commit = sqlite_commit,
  .rollback = sqlite_rollback,
  .in_transaction = sqlite_in_transaction,
  .set_bulk = sqlite_set_bulk,
  .data_version = sqlite_data_version,
  .is_connected = sqlite_is_connected,
  .reconnect = sqlite_reconnect,
};

GtDb *
gt_sqlite_db_new (sqlite3    *handle,
                  const char *path)
{
  SqliteDb *self = g_new0 (SqliteDb, 1);

  _gt_db_init (&self->parent, &sqlite_backend, path);
  self->handle = handle;
  self->stmts = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, stmt_free);
  return &self->parent;
}

sqlite3 *
gt_sqlite_db_get_handle (GtDb *db)
{
  g_return_val_if_fail (db != NULL && db->backend == &sqlite_backend, NULL);

  return ((SqliteDb *) db)->handle;
}
