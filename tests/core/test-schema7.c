/* test-schema7.c: schema version 7 (issue 15, the history's cost) in a file:
 * a version-6 register migrated with its change history as it was, then a
 * new month's figures written as one entry, later changes field by field,
 * and nothing written when nothing changed, whoever writes (here SQL on the
 * file, as another program would).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "gt-store.h"
#include "gt-test-sqlite.h"
#include "gt-test-util.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

/* Every entry of the history, one a line, oldest first (the time left out). */
#define HISTORY_TEXT                                                               \
  "SELECT group_concat (line, '\n') FROM (SELECT desk || '|' || source || '|' || "    \
  "kind || '|' || COALESCE (project_id, '-') || '|' || row_id || '|' || "             \
  "COALESCE (month, '-') || '|' || field || '|' || COALESCE (old, '-') || '|' || "    \
  "COALESCE (new, '-') AS line FROM history ORDER BY id)"

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  f->dir = gt_test_make_dir ();
  f->path = g_build_filename (f->dir, "guatu.db", NULL);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* A version-6 register whose history holds a project, its plan, a month's
 * figures (one entry a filled field, as version 6 wrote them), a change of
 * them, an issue and its escalation. */
static void
make_version_6 (const char *path)
{
  gt_test_sqlite_make_version (
    path, 6,
    "UPDATE writer SET desk = '综合科', source = 'import:台账.csv';"
    "INSERT INTO leaders (id, name) VALUES (1, '王县长');"
    "INSERT INTO units (id, name, kind) VALUES (1, '县发改局', 'department');"
    "INSERT INTO projects (id, name, level, stage, unit_id, leader_id)"
    "  VALUES (1, '城东污水处理厂', 'county', 'preparing', 1, 1);"
    "INSERT INTO annual_plans (project_id, year, amount) VALUES (1, 2023, 30000000);"
    "INSERT INTO monthly_reports (id, project_id, month, completed, percent,"
    "  progress_note, problems) VALUES (1, 1, '2023-03', 1200000, 20, '场地平整', '');"
    "UPDATE monthly_reports SET completed = 1300000 WHERE id = 1;"
    "INSERT INTO issues (id, project_id, description, category, status)"
    "  VALUES (1, 1, '用地指标未落实', 'land', 'raised');"
    "UPDATE issues SET escalation_level = 1 WHERE id = 1;"
    "UPDATE writer SET desk = '', source = '';");
}

/* A version-6 file opens at version 7 with its history as it was (version
 * 6's entries of a new month kept, field by field), the old file kept aside. */
static void
test_migrate_from_6 (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autofree char *before = NULL;
  sqlite3 *db;

  g_assert_cmpint (GT_STORE_SCHEMA_VERSION, ==, 7);
  make_version_6 (f->path);
  db = gt_test_sqlite_open (f->path);
  before = gt_test_sqlite_text (db, HISTORY_TEXT);
  sqlite3_close (db);
  g_assert_cmpstr (before, ==,
                   "综合科|import:台账.csv|project|1|1|-||-|城东污水处理厂\n"
                   "综合科|import:台账.csv|plan|1|1|2023|amount|-|30000000\n"
                   "综合科|import:台账.csv|report|1|1|2023-03|completed|-|1200000\n"
                   "综合科|import:台账.csv|report|1|1|2023-03|percent|-|20\n"
                   "综合科|import:台账.csv|report|1|1|2023-03|progress_note|-|场地平整\n"
                   "综合科|import:台账.csv|report|1|1|2023-03|completed|1200000|1300000\n"
                   "综合科|import:台账.csv|issue|1|1|-||-|用地指标未落实\n"
                   "综合科|import:台账.csv|issue|1|1|-|escalation_level|0|1");

  store = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (gt_store_get_backup_path (store));
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), ==, 1);
  gt_test_sqlite_assert_version (gt_store_get_backup_path (store), 6);
  g_clear_object (&store);

  db = gt_test_sqlite_open (f->path);
  g_assert_cmpint (gt_test_sqlite_int (db, "PRAGMA user_version"), ==, 7);
  gt_test_sqlite_assert_text (db, HISTORY_TEXT, before);
  /* The ten history triggers, remade. */
  g_assert_cmpint (gt_test_sqlite_int (db, "SELECT count (*) FROM sqlite_schema "
                                           "WHERE type = 'trigger' "
                                           "AND name LIKE '%history%'"), ==, 10);
  gt_test_sqlite_assert_text (db, "PRAGMA integrity_check", "ok");
  sqlite3_close (db);
}

/* After the migration, whoever writes: a new month is one entry, a change
 * one a field that changed, the same values again none; a project, issue and
 * plan as before. */
static void
test_entries (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  sqlite3 *db;
  gint64 last;

  make_version_6 (f->path);
  store = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  db = gt_test_sqlite_open (f->path);
  last = gt_test_sqlite_int (db, "SELECT max (id) FROM history");
  gt_test_sqlite_exec (
    db,
    "UPDATE writer SET desk = '督查科', source = 'return:县发改局';"
    /* New: one entry, however many fields are filled. */
    "INSERT INTO monthly_reports (id, project_id, month, completed, percent,"
    "  progress_note, problems) VALUES (2, 1, '2023-04', 800000, 35, '主体施工',"
    "  '施工用电未接入');"
    /* The same figures again: nothing. */
    "UPDATE monthly_reports SET completed = 800000, percent = 35 WHERE id = 2;"
    /* Two fields changed: two entries. */
    "UPDATE monthly_reports SET percent = 40, problems = '' WHERE id = 2;"
    /* A project's unchanged row: nothing; one field: one entry. */
    "UPDATE projects SET name = name, stage = stage WHERE id = 1;"
    "UPDATE projects SET stage = 'under-construction' WHERE id = 1;"
    "UPDATE issues SET status = status WHERE id = 1;"
    "UPDATE issues SET status = 'assigned' WHERE id = 1;"
    "UPDATE annual_plans SET amount = amount;"
    "UPDATE annual_plans SET amount = 32000000;"
    "DELETE FROM monthly_reports WHERE id = 2;"
    "INSERT INTO projects (id, name, level, stage) VALUES (2, '西区供水', 'county',"
    "  'planned');"
    "INSERT INTO issues (id, project_id, description, category, status)"
    "  VALUES (2, 2, '资金未到位', 'funding', 'raised');");
  {
    g_autofree char *sql = g_strdup_printf ("SELECT group_concat (line, '\n') FROM ("
                                            "SELECT desk || '|' || source || '|' || kind || "
                                            "'|' || COALESCE (month, '-') || '|' || field || "
                                            "'|' || COALESCE (old, '-') || '|' || "
                                            "COALESCE (new, '-') AS line FROM history "
                                            "WHERE id > %" G_GINT64_FORMAT " ORDER BY id)",
                                            last);

    gt_test_sqlite_assert_text (db, sql,
                                "督查科|return:县发改局|report|2023-04||-|800000\n"
                                "督查科|return:县发改局|report|2023-04|percent|35|40\n"
                                "督查科|return:县发改局|report|2023-04|problems|施工用电未接入|\n"
                                "督查科|return:县发改局|project|-|stage|preparing|under-construction\n"
                                "督查科|return:县发改局|issue|-|status|raised|assigned\n"
                                "督查科|return:县发改局|plan|2023|amount|30000000|32000000\n"
                                "督查科|return:县发改局|report|2023-04|completed|800000|-\n"
                                "督查科|return:县发改局|project|-||-|西区供水\n"
                                "督查科|return:县发改局|issue|-||-|资金未到位");
  }
  /* Every entry has its time. */
  g_assert_cmpint (gt_test_sqlite_int (db, "SELECT count (*) FROM history "
                                           "WHERE at NOT LIKE '____-__-__T__:__:__Z'"), ==, 0);
  sqlite3_close (db);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/schema7/migrate-from-6", test_migrate_from_6);
  ADD ("/schema7/entries", test_entries);
#undef ADD

  return g_test_run ();
}
