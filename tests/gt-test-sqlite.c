/* gt-test-sqlite.c: a register file as another program sees it, through
 * SQLite itself (see gt-test-sqlite.h).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-sqlite-schema.h"
#include "gt-test-sqlite.h"

sqlite3 *
gt_test_sqlite_open (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                    NULL), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  return db;
}

void
gt_test_sqlite_exec (sqlite3    *db,
                     const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

void
gt_test_sqlite_refused (sqlite3    *db,
                        const char *sql,
                        const char *word)
{
  char *message = NULL;

  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, &message), !=, SQLITE_OK);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, word));
  sqlite3_free (message);
}

char *
gt_test_sqlite_text (sqlite3    *db,
                     const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *out = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    out = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return out != NULL ? out : g_strdup ("");
}

gint64
gt_test_sqlite_int (sqlite3    *db,
                    const char *sql)
{
  g_autofree char *text = gt_test_sqlite_text (db, sql);

  return g_ascii_strtoll (text, NULL, 10);
}

void
gt_test_sqlite_assert_text (sqlite3    *db,
                            const char *sql,
                            const char *expected)
{
  g_autofree char *text = gt_test_sqlite_text (db, sql);

  g_assert_cmpstr (text, ==, expected);
}

void
gt_test_sqlite_make_version (const char *path,
                             int         version,
                             const char *sql)
{
  sqlite3 *db = gt_test_sqlite_open (path);

  g_assert_true (_gt_store_schema_migrate (db, version, NULL));
  gt_test_sqlite_exec (db, "PRAGMA application_id = " G_STRINGIFY (GT_STORE_APPLICATION_ID));
  gt_test_sqlite_exec (db, sql);
  g_assert_cmpint (gt_test_sqlite_int (db, "PRAGMA user_version"), ==, version);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

void
gt_test_sqlite_assert_version (const char *path,
                               int         version)
{
  sqlite3 *db = gt_test_sqlite_open (path);

  g_assert_cmpint (gt_test_sqlite_int (db, "PRAGMA user_version"), ==, version);
  sqlite3_close (db);
}
