/* gt-test-sqlite.h: a register file as another program sees it, through
 * SQLite itself rather than gt-db.h: to make a file of an older schema, and to
 * write and read what the store's own code would not (its triggers' and
 * checks' work, the change log, the history).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The file at @path, opened (made if need be) for writing with its foreign
 * keys enforced; close it with sqlite3_close(). */
sqlite3 *gt_test_sqlite_open         (const char *path);
/* Runs @sql (any number of statements); a failure ends the test. */
void     gt_test_sqlite_exec         (sqlite3    *db,
                                      const char *sql);
/* @sql fails, with @word in its message (a check's, a key's). */
void     gt_test_sqlite_refused      (sqlite3    *db,
                                      const char *sql,
                                      const char *word);
/* The first column of @sql's first row as text, "" for no row or NULL. */
char    *gt_test_sqlite_text         (sqlite3    *db,
                                      const char *sql);
/* The same read as a whole number (0 for no row or NULL). */
gint64   gt_test_sqlite_int          (sqlite3    *db,
                                      const char *sql);
/* @sql's one text value is @expected (the value freed, so that the sanitizer
 * build finds no leak). */
void     gt_test_sqlite_assert_text  (sqlite3    *db,
                                      const char *sql,
                                      const char *expected);
/* A register at @path as schema version @version left it (the migrations up
 * to @version, this program's application id), then @sql run on it: the rows
 * a test wants migrated. */
void     gt_test_sqlite_make_version (const char *path,
                                      int         version,
                                      const char *sql);
/* The file at @path (a register, or the copy a migration keeps aside) is at
 * schema version @version. */
void     gt_test_sqlite_assert_version (const char *path,
                                        int         version);

G_END_DECLS
