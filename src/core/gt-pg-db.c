/* gt-pg-db.c: gt-db.h over one libpq connection.
 *
 * A query is prepared on the server under its own name the first time it is
 * used, its ?N parameters written $N; values travel as text, typed by the
 * server from where they stand, as SQLite's are by affinity. The rows of a
 * statement come back whole (PQexecPrepared), which a register's queries afford.
 *
 * A write (GT_DB_WRITE) takes one advisory lock for the whole register until
 * its commit, as SQLite's BEGIN IMMEDIATE takes the file's: writers follow one
 * another, so the change log's numbers are handed out in commit order, an
 * import plans against rows nobody changes meanwhile, and two desks never
 * interleave half-edits. Reads do not wait for it.
 *
 * Other desks' commits arrive as NOTIFY on the channel guatu_changes, sent by
 * the schema's triggers; the data version counts those not sent by this
 * connection.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <libpq-fe.h>

#include "gt-db-private.h"
#include "gt-pg-db.h"
#include "gt-pg-roles.h"
#include "gt-store.h"

/* pg_advisory_xact_lock's key for "the register": 'GTU1'. */
#define WRITE_LOCK_KEY "1196709169"

typedef struct {
  GtDb        parent;
  PGconn     *conn;
  GHashTable *stmts;       /* const GtDbQuery * → PgStmt * */
  GHashTable *names;       /* query name → const GtDbQuery *, to catch two of one name */
  gint64      data_version;
  gboolean    listening;
} PgDb;

typedef struct {
  GtDbStmt   parent;
  int        n_params;
  char     **values;      /* n_params, NULL for NULL */
  PGresult  *result;
  int        row;         /* the current row; -1 before the first */
  gboolean   ran;
  gint64     changes;
} PgStmt;

gboolean
gt_pg_db_is_url (const char *location)
{
  return location != NULL &&
         (g_str_has_prefix (location, "postgresql://") ||
          g_str_has_prefix (location, "postgres://"));
}

char *
gt_pg_db_display_url (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_HAS_PASSWORD, NULL);

  if (uri == NULL)
    return g_strdup (url);
  return g_uri_to_string_partial (uri, G_URI_HIDE_PASSWORD);
}

/* The server's SQLSTATE, as a store error: serialization and lock failures are
 * BUSY (try again), unique and foreign key violations CONFLICT, a lost
 * connection FAILED with words a clerk reads. */
static void
set_result_error (PgDb       *self,
                  PGresult   *result,
                  GError    **error)
{
  const char *state = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  const char *message = result != NULL ? PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY)
                                        : NULL;
  GtStoreError code = GT_STORE_ERROR_FAILED;

  if (message == NULL)
    message = PQerrorMessage (self->conn);
  if (PQstatus (self->conn) != CONNECTION_OK)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("the connection to the server was lost (%s)"), g_strstrip (g_strdup (message)));
      return;
    }
  if (strstr (message, "guatu-month-closed") != NULL)
    {
      g_set_error_literal (error, GT_STORE_ERROR, GT_STORE_ERROR_CLOSED,
                           _("the month’s figures are signed off; reopen the month "
                             "first"));
      return;
    }
  if (state != NULL)
    {
      if (g_str_equal (state, "40001") || g_str_equal (state, "40P01") ||
          g_str_equal (state, "55P03"))
        code = GT_STORE_ERROR_BUSY;
      else if (g_str_equal (state, "23505") || g_str_equal (state, "23503"))
        code = GT_STORE_ERROR_CONFLICT;
      else if (g_str_equal (state, "42501"))
        {
          /* The unit desks' triggers say why in a hint the user's language
           * can word (gt-pg-roles.c). */
          const char *why = gt_pg_roles_describe_refusal (
            PQresultErrorField (result, PG_DIAG_MESSAGE_HINT));

          g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                       _("the server does not allow this desk to make that change (%s)"),
                       why != NULL ? why : message);
          return;
        }
    }
  g_set_error_literal (error, GT_STORE_ERROR, code, message);
}

/* ?N → $N, and a bare ? → the next number, outside quoted text; counts the
 * parameters either way. */
static char *
translate_parameters (const char *sql,
                      int        *n_params)
{
  GString *out = g_string_sized_new (strlen (sql) + 16);
  gboolean quoted = FALSE;
  int next = 1;

  *n_params = 0;
  for (const char *p = sql; *p != '\0'; p++)
    {
      if (*p == '\'')
        quoted = !quoted;
      /* A PostgreSQL text may write $N itself. */
      if (!quoted && *p == '$' && g_ascii_isdigit (p[1]))
        *n_params = MAX (*n_params, (int) strtol (p + 1, NULL, 10));
      if (quoted || *p != '?')
        {
          g_string_append_c (out, *p);
          continue;
        }
      if (g_ascii_isdigit (p[1]))
        {
          char *end;
          long n = strtol (p + 1, &end, 10);

          g_string_append_printf (out, "$%ld", n);
          *n_params = MAX (*n_params, (int) n);
          next = (int) n + 1;
          p = end - 1;
        }
      else
        {
          g_string_append_printf (out, "$%d", next);
          *n_params = MAX (*n_params, next);
          next++;
        }
    }

  return g_string_free (out, FALSE);
}

static void
stmt_clear (PgStmt *stmt)
{
  for (int i = 0; i < stmt->n_params; i++)
    g_clear_pointer (&stmt->values[i], g_free);
  g_clear_pointer (&stmt->result, PQclear);
  stmt->row = -1;
  stmt->ran = FALSE;
}

static void
stmt_free (gpointer data)
{
  PgStmt *stmt = data;

  stmt_clear (stmt);
  g_free (stmt->values);
  g_free (stmt);
}

static void
pg_close (GtDb *db)
{
  PgDb *self = (PgDb *) db;

  g_clear_pointer (&self->stmts, g_hash_table_unref);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->conn, PQfinish);
  _gt_db_clear (db);
  g_free (self);
}

static GtDbStmt *
pg_prepare (GtDb             *db,
            const GtDbQuery  *query,
            GError          **error)
{
  PgDb *self = (PgDb *) db;
  PgStmt *stmt = g_hash_table_lookup (self->stmts, query);
  const GtDbQuery *same_name;
  g_autofree char *sql = NULL;
  PGresult *result;
  int n_params;

  if (stmt != NULL)
    {
      g_warn_if_fail (!stmt->ran);
      return &stmt->parent;
    }

  same_name = g_hash_table_lookup (self->names, query->name);
  if (same_name != NULL && same_name != query)
    g_critical ("Two queries are named “%s”", query->name);

  sql = translate_parameters (query->pg_sql != NULL ? query->pg_sql : query->sql, &n_params);
  result = PQprepare (self->conn, query->name, sql, 0, NULL);
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    {
      set_result_error (self, result, error);
      g_prefix_error (error, "%s: ", query->name);
      PQclear (result);
      return NULL;
    }
  PQclear (result);

  stmt = g_new0 (PgStmt, 1);
  stmt->parent.db = db;
  stmt->parent.query = query;
  stmt->n_params = n_params;
  stmt->values = g_new0 (char *, MAX (n_params, 1));
  stmt->row = -1;
  g_hash_table_insert (self->stmts, (gpointer) query, stmt);
  g_hash_table_insert (self->names, (gpointer) query->name, (gpointer) query);
  return &stmt->parent;
}

static void
set_value (GtDbStmt *stmt,
           int       index,
           char     *value)
{
  PgStmt *self = (PgStmt *) stmt;

  if (index < 1 || index > self->n_params)
    {
      g_critical ("%s: no parameter %d", stmt->query->name, index);
      g_free (value);
      return;
    }
  g_free (self->values[index - 1]);
  self->values[index - 1] = value;
}

static void
pg_bind_int64 (GtDbStmt *stmt,
               int       index,
               gint64    value)
{
  set_value (stmt, index, g_strdup_printf ("%" G_GINT64_FORMAT, value));
}

static void
pg_bind_double (GtDbStmt *stmt,
                int       index,
                double    value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  set_value (stmt, index, g_strdup (g_ascii_dtostr (text, sizeof text, value)));
}

static void
pg_bind_text (GtDbStmt   *stmt,
              int         index,
              const char *text)
{
  set_value (stmt, index, g_strdup (text));
}

static void
pg_bind_null (GtDbStmt *stmt,
              int       index)
{
  set_value (stmt, index, NULL);
}

static gboolean
pg_next (GtDbStmt  *stmt,
         GError   **error)
{
  PgStmt *self = (PgStmt *) stmt;
  PgDb *db = (PgDb *) stmt->db;

  if (!self->ran)
    {
      ExecStatusType status;

      self->ran = TRUE;
      self->result = PQexecPrepared (db->conn, stmt->query->name, self->n_params,
                                     (const char * const *) self->values, NULL, NULL, 0);
      status = PQresultStatus (self->result);
      if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        {
          set_result_error (db, self->result, error);
          g_clear_pointer (&self->result, PQclear);
          return FALSE;
        }
      self->changes = g_ascii_strtoll (PQcmdTuples (self->result), NULL, 10);
      self->row = -1;
    }
  if (self->result == NULL)
    return FALSE;

  self->row++;
  return self->row < PQntuples (self->result);
}

static int
pg_n_columns (GtDbStmt *stmt)
{
  PgStmt *self = (PgStmt *) stmt;

  return self->result != NULL ? PQnfields (self->result) : 0;
}

static gboolean
pg_is_null (GtDbStmt *stmt,
            int       column)
{
  PgStmt *self = (PgStmt *) stmt;

  return PQgetisnull (self->result, self->row, column);
}

/* Booleans come as 't' and 'f'; SQLite gives 1 and 0 for the same SQL. */
static gint64
pg_get_int64 (GtDbStmt *stmt,
              int       column)
{
  PgStmt *self = (PgStmt *) stmt;
  const char *text;

  if (PQgetisnull (self->result, self->row, column))
    return 0;
  text = PQgetvalue (self->result, self->row, column);
  if (text[0] == 't' && text[1] == '\0')
    return 1;
  if (text[0] == 'f' && text[1] == '\0')
    return 0;
  /* sum() of bigints is numeric: "12.0" never comes, but a decimal point would
   * stop the parse where it should. */
  return g_ascii_strtoll (text, NULL, 10);
}

static double
pg_get_double (GtDbStmt *stmt,
               int       column)
{
  PgStmt *self = (PgStmt *) stmt;

  if (PQgetisnull (self->result, self->row, column))
    return 0;
  return g_ascii_strtod (PQgetvalue (self->result, self->row, column), NULL);
}

static const char *
pg_get_text (GtDbStmt *stmt,
             int       column)
{
  PgStmt *self = (PgStmt *) stmt;

  if (PQgetisnull (self->result, self->row, column))
    return NULL;
  return PQgetvalue (self->result, self->row, column);
}

static gint64
pg_changes (GtDbStmt *stmt)
{
  return ((PgStmt *) stmt)->changes;
}

static void
pg_reset (GtDbStmt *stmt)
{
  stmt_clear ((PgStmt *) stmt);
}

static gboolean
run_command (PgDb        *self,
             const char  *sql,
             GError     **error)
{
  PGresult *result = PQexec (self->conn, sql);
  ExecStatusType status = PQresultStatus (result);
  gboolean ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;

  if (!ok)
    set_result_error (self, result, error);
  PQclear (result);
  return ok;
}

gboolean
gt_pg_db_exec_script (GtDb        *db,
                      const char  *sql,
                      GError     **error)
{
  return run_command ((PgDb *) db, sql, error);
}

/* The desk's name and the source of the changes for the change log and the
 * history, until the end of the transaction (set_config's is_local). */
static gboolean
set_desk (PgDb        *self,
          const char  *desk,
          GError     **error)
{
  const char *values[2] = { desk, gt_db_get_source (&self->parent) };
  PGresult *result = PQexecParams (self->conn,
                                   "SELECT set_config ('guatu.desk', $1, true), "
                                   "set_config ('guatu.source', $2, true)",
                                   2, NULL, values, NULL, NULL, 0);
  gboolean ok = PQresultStatus (result) == PGRES_TUPLES_OK;

  if (!ok)
    set_result_error (self, result, error);
  PQclear (result);
  return ok;
}

/* A read is one snapshot (REPEATABLE READ), as SQLite's read transaction is. */
static gboolean
pg_begin (GtDb        *db,
          GtDbAccess   access,
          GError     **error)
{
  PgDb *self = (PgDb *) db;

  if (access == GT_DB_READ)
    return run_command (self, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", error);

  if (!run_command (self, "BEGIN", error))
    return FALSE;
  if (!run_command (self, "SELECT pg_advisory_xact_lock (" WRITE_LOCK_KEY ")", error) ||
      (db->desk != NULL && !set_desk (self, db->desk, error)))
    {
      run_command (self, "ROLLBACK", NULL);
      return FALSE;
    }
  return TRUE;
}

static gboolean
pg_commit (GtDb    *db,
           GError **error)
{
  return run_command ((PgDb *) db, "COMMIT", error);
}

static gboolean
pg_in_transaction (GtDb *db)
{
  PGTransactionStatusType status = PQtransactionStatus (((PgDb *) db)->conn);

  return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

static void
pg_rollback (GtDb *db)
{
  if (pg_in_transaction (db))
    run_command ((PgDb *) db, "ROLLBACK", NULL);
}

static void
pg_set_bulk (GtDb     *db,
             gboolean  bulk)
{
}

static gboolean
pg_data_version (GtDb    *db,
                 gint64  *version,
                 GError **error)
{
  PgDb *self = (PgDb *) db;
  int own = PQbackendPID (self->conn);
  PGnotify *notify;

  if (!self->listening)
    {
      if (!run_command (self, "LISTEN guatu_changes", error))
        return FALSE;
      self->listening = TRUE;
    }
  if (!PQconsumeInput (self->conn))
    {
      set_result_error (self, NULL, error);
      return FALSE;
    }
  while ((notify = PQnotifies (self->conn)) != NULL)
    {
      if (notify->be_pid != own)
        self->data_version++;
      PQfreemem (notify);
    }
  *version = self->data_version;
  return TRUE;
}

static gboolean
pg_is_connected (GtDb *db)
{
  return PQstatus (((PgDb *) db)->conn) == CONNECTION_OK;
}

/* PQreset keeps the connection's parameters (and its password); the server
 * forgot the prepared statements and the LISTEN with the old session. */
static gboolean
pg_reconnect (GtDb    *db,
              GError **error)
{
  PgDb *self = (PgDb *) db;

  PQreset (self->conn);
  if (PQstatus (self->conn) != CONNECTION_OK)
    {
      g_autofree char *reason = g_strstrip (g_strdup (PQerrorMessage (self->conn)));

      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("Could not connect to “%s”: %s"), db->location, reason);
      return FALSE;
    }
  PQsetClientEncoding (self->conn, "UTF8");
  g_hash_table_remove_all (self->stmts);
  g_hash_table_remove_all (self->names);
  self->listening = FALSE;
  /* Whatever was committed meanwhile came with no notification. */
  self->data_version++;
  return run_command (self, "SET client_min_messages = warning", error);
}

static const GtDbBackend pg_backend = {
  .dialect = GT_DB_DIALECT_POSTGRESQL,
  .close = pg_close,
  .prepare = pg_prepare,
  .bind_int64 = pg_bind_int64,
  .bind_double = pg_bind_double,
  .bind_text = pg_bind_text,
  .bind_null = pg_bind_null,
  .next = pg_next,
  .n_columns = pg_n_columns,
  .is_null = pg_is_null,
  .get_int64 = pg_get_int64,
  .get_double = pg_get_double,
  .get_text = pg_get_text,
  .changes = pg_changes,
  .reset = pg_reset,
  .begin = pg_begin,
  .commit = pg_commit,
  .rollback = pg_rollback,
  .in_transaction = pg_in_transaction,
  .set_bulk = pg_set_bulk,
  .data_version = pg_data_version,
  .is_connected = pg_is_connected,
  .reconnect = pg_reconnect,
};

GtDb *
gt_pg_db_connect (const char  *url,
                  GError     **error)
{
  g_autofree char *display = gt_pg_db_display_url (url);
  PgDb *self;
  PGconn *conn;

  conn = PQconnectdb (url);
  if (PQstatus (conn) != CONNECTION_OK)
    {
      g_autofree char *reason = g_strstrip (g_strdup (PQerrorMessage (conn)));

      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("Could not connect to “%s”: %s"), display, reason);
      PQfinish (conn);
      return NULL;
    }
  /* Text as UTF-8 whatever the server's locale; dates never pass as dates. */
  PQsetClientEncoding (conn, "UTF8");

  self = g_new0 (PgDb, 1);
  _gt_db_init (&self->parent, &pg_backend, display);
  self->conn = conn;
  self->stmts = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, stmt_free);
  self->names = g_hash_table_new (g_str_hash, g_str_equal);
  if (!run_command (self, "SET client_min_messages = warning", error))
    {
      pg_close (&self->parent);
      return NULL;
    }
  return &self->parent;
}
