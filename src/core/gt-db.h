/* gt-db.h: the one interface to the database under a register.
 *
 * The store and every reading of the register in core (figures, lights,
 * summaries, schedules) talk to a GtDb, never to SQLite or libpq: a register is
 * a file on one desk (gt-sqlite-db.c) or a database on the office's server, and
 * nothing above this interface may care which.
 *
 * Queries are named: each is a static GtDbQuery with its name, its SQL with
 * parameters ?1 … ?N, and PostgreSQL's own text only where the dialects differ.
 * A connection prepares a query once, on first use, and keeps it (the server
 * keeps it under its name), so a caller asks for the same GtDbQuery again and
 * again without cost. A prepared statement is used by one caller at a time:
 * gt_db_stmt_reset() hands it back.
 *
 * Errors are GT_STORE_ERROR: BUSY when another program holds the lock, CORRUPT,
 * CONFLICT for a unique or foreign key refused, FAILED for the rest, each with
 * the database's reason in words an office reads. Callers add what they were
 * doing with g_prefix_error().
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _GtDb GtDb;
typedef struct _GtDbStmt GtDbStmt;

typedef enum {
  GT_DB_DIALECT_SQLITE,
  GT_DB_DIALECT_POSTGRESQL,
} GtDbDialect;

typedef struct {
  const char *name;     /* unique per query: names it in errors and on the server */
  const char *sql;      /* parameters ?1 … ?N, numbered */
  const char *pg_sql;   /* PostgreSQL's text where the dialects differ, else NULL */
} GtDbQuery;

/* A query whose text both dialects read alike. */
#define GT_DB_QUERY(name, sql) { (name), (sql), NULL }

typedef enum {
  GT_DB_READ,    /* one snapshot for every statement until commit */
  GT_DB_WRITE,   /* the write lock, taken at once */
} GtDbAccess;

void         gt_db_close                (GtDb            *db);
GtDbDialect  gt_db_get_dialect          (GtDb            *db);
/* Where the register is, as a person would name it: a file's path, or the
 * server and database. */
const char  *gt_db_get_location         (GtDb            *db);

/* A prepared statement of @query, ready for binding; NULL with @error set if the
 * database refuses the text. Hand it back with gt_db_stmt_reset(). */
GtDbStmt    *gt_db_prepare              (GtDb            *db,
                                         const GtDbQuery *query,
                                         GError         **error);

/* Parameters count from 1, as ?1 does. Text is copied. */
void         gt_db_stmt_bind_int64      (GtDbStmt        *stmt,
                                         int              index,
                                         gint64           value);
void         gt_db_stmt_bind_double     (GtDbStmt        *stmt,
                                         int              index,
                                         double           value);
/* NULL binds SQL NULL. */
void         gt_db_stmt_bind_text       (GtDbStmt        *stmt,
                                         int              index,
                                         const char      *text);
void         gt_db_stmt_bind_null       (GtDbStmt        *stmt,
                                         int              index);
/* 0 binds NULL: ids are never 0, and a missing reference is NULL in the file. */
void         gt_db_stmt_bind_id         (GtDbStmt        *stmt,
                                         int              index,
                                         gint64           id);
/* An invalid or NULL date binds NULL; else 'YYYY-MM-DD'. */
void         gt_db_stmt_bind_date       (GtDbStmt        *stmt,
                                         int              index,
                                         const GDate     *date);

/* Steps to the next row: TRUE when there is one; FALSE at the end, or on an
 * error (then @error is set). The first call runs the statement. */
gboolean     gt_db_stmt_next            (GtDbStmt        *stmt,
                                         GError         **error);
/* Runs the statement to its end, for one that returns no rows or whose rows
 * do not matter, and resets it; FALSE with @error set on failure. */
gboolean     gt_db_stmt_run             (GtDbStmt        *stmt,
                                         GError         **error);

/* The current row's columns, from 0. Values stay valid until the next step or
 * the reset. */
int          gt_db_stmt_n_columns       (GtDbStmt        *stmt);
gboolean     gt_db_stmt_is_null         (GtDbStmt        *stmt,
                                         int              column);
gint64       gt_db_stmt_get_int64       (GtDbStmt        *stmt,
                                         int              column);
double       gt_db_stmt_get_double      (GtDbStmt        *stmt,
                                         int              column);
/* NULL for SQL NULL. */
const char  *gt_db_stmt_get_text        (GtDbStmt        *stmt,
                                         int              column);
/* "" for SQL NULL. */
const char  *gt_db_stmt_get_string      (GtDbStmt        *stmt,
                                         int              column);
/* @date set from 'YYYY-MM-DD' and returned, or NULL for NULL or anything else. */
const GDate *gt_db_stmt_get_date        (GtDbStmt        *stmt,
                                         int              column,
                                         GDate           *date);
/* Rows inserted, updated or deleted by the statement's last run. */
gint64       gt_db_stmt_changes         (GtDbStmt        *stmt);
/* Done with the rows and the bindings; the statement stays prepared. */
void         gt_db_stmt_reset           (GtDbStmt        *stmt);

/* Runs @query with no parameters to its end. */
gboolean     gt_db_exec                 (GtDb            *db,
                                         const GtDbQuery *query,
                                         GError         **error);

/* Transactions. Inside one, savepoints nest edits (gt_db_exec of SAVEPOINT,
 * RELEASE and ROLLBACK TO read alike in both dialects). */
gboolean     gt_db_begin                (GtDb            *db,
                                         GtDbAccess       access,
                                         GError         **error);
gboolean     gt_db_commit               (GtDb            *db,
                                         GError         **error);
/* Rolls back the open transaction, if any. */
void         gt_db_rollback             (GtDb            *db);
gboolean     gt_db_in_transaction       (GtDb            *db);
/* A hint around a long batch of writes (an import): more cache while it lasts. */
void         gt_db_set_bulk             (GtDb            *db,
                                         gboolean         bulk);

/* A number that moves when another program commits to the register, never for
 * this connection's own commits: cheap enough to poll twice a second. */
gboolean     gt_db_get_data_version     (GtDb            *db,
                                         gint64          *version,
                                         GError         **error);

/* The name of this desk, which every write transaction stamps on the change
 * log's entries (who changed a row, for another desk's messages). Set once the
 * register is open at the current schema version. */
void         gt_db_set_desk             (GtDb            *db,
                                         const char      *desk);
const char  *gt_db_get_desk             (GtDb            *db);
/* Where the next write transactions' changes come from, for the change
 * history: "typed", "import:FILE", "return:UNIT", "undo", "redo". */
void         gt_db_set_source           (GtDb            *db,
                                         const char      *source);
const char  *gt_db_get_source           (GtDb            *db);

/* A file is always there; a server may go away (restarted, a cable pulled). */
gboolean     gt_db_is_connected         (GtDb            *db);
/* Connects again after the connection was lost; every prepared statement is
 * prepared again on first use. Notifications sent meanwhile are lost, so the
 * caller reads what it shows again. */
gboolean     gt_db_reconnect            (GtDb            *db,
                                         GError         **error);

G_END_DECLS
