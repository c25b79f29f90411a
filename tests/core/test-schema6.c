/* test-schema6.c: schema version 6 (issue 17) in a file: a version-5 register
 * migrated with its rows, the new tables' checks, their entries in the change
 * log and the issue's history, and the purge that keeps what they name.
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

/* A version-5 register with a leader, two units, a project with a milestone
 * and an issue. */
static void
make_version_5 (const char *path)
{
  gt_test_sqlite_make_version (
    path, 5,
    "INSERT INTO leaders (id, name) VALUES (1, '王县长');"
    "INSERT INTO units (id, name, kind) VALUES (1, '县发改局', 'department'),"
    "  (2, '县自然资源局', 'department');"
    "INSERT INTO projects (id, name, level, stage, unit_id, leader_id, planned_start)"
    "  VALUES (1, '城东污水处理厂', 'county', 'preparing', 1, 1, '2023-06-01');"
    "INSERT INTO milestones (id, project_id, name) VALUES (1, 1, '开工');"
    "INSERT INTO issues (id, project_id, description, category, status, unit_id,"
    "  deadline) VALUES (1, 1, '用地指标未落实', 'land', 'assigned', 2, '2023-03-31');");
}

static void
open_and_close (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
}

/* A version-5 file opens at this build's version (6, then 7: test-schema7)
 * with every row, the old file kept aside, the issue at no escalation and on
 * no visit. */
static void
test_migrate_from_5 (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  sqlite3 *db;

  g_assert_cmpint (GT_STORE_SCHEMA_VERSION, >=, 6);
  make_version_5 (f->path);
  store = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (gt_store_get_backup_path (store));
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), ==, 1);
  g_assert_nonnull (gt_store_lookup_issue (store, 1));
  gt_test_sqlite_assert_version (gt_store_get_backup_path (store), 5);
  g_clear_object (&store);

  db = gt_test_sqlite_open (f->path);
  g_assert_cmpint (gt_test_sqlite_int (db, "PRAGMA user_version"), ==,
                   GT_STORE_SCHEMA_VERSION);
  g_assert_cmpint (gt_test_sqlite_int (db, "SELECT count (*) FROM sqlite_schema "
                                           "WHERE type = 'table' AND name IN ('formalities', "
                                           "'visits', 'visit_projects', 'issue_escalations', "
                                           "'issue_documents')"), ==, 5);
  g_assert_cmpint (gt_test_sqlite_int (db, "SELECT escalation_level FROM issues "
                                           "WHERE id = 1"), ==, 0);
  g_assert_cmpint (gt_test_sqlite_int (db, "SELECT visit_id IS NULL FROM issues "
                                           "WHERE id = 1"), ==, 1);
  g_assert_cmpint (gt_test_sqlite_int (db, "SELECT count (*) FROM milestones"), ==, 1);
  g_assert_cmpint (gt_test_sqlite_int (db, "PRAGMA foreign_key_check"), ==, 0);
  gt_test_sqlite_assert_text (db, "PRAGMA integrity_check", "ok");
  sqlite3_close (db);
}

/* What the tables refuse: a state, level or kind not listed, a number given
 * twice in a year, a formality of no project. */
static void
test_checks (Fixture       *f,
             gconstpointer  data)
{
  sqlite3 *db;

  make_version_5 (f->path);
  open_and_close (f->path);
  db = gt_test_sqlite_open (f->path);
  gt_test_sqlite_exec (db, "INSERT INTO formalities (project_id, position, kind, approver_unit_id, "
                           "  limit_days, planned_on, state) "
                           "VALUES (1, 0, '用地预审与选址', 2, 20, '2023-03-01', 'doing')");
  gt_test_sqlite_assert_text (db, "SELECT state || note FROM formalities", "doing");
  gt_test_sqlite_refused (db, "INSERT INTO formalities (project_id, kind, state) "
                              "VALUES (1, '环评批复', 'pending')", "CHECK");
  gt_test_sqlite_refused (db, "INSERT INTO formalities (project_id, kind) VALUES (1, '')", "CHECK");
  gt_test_sqlite_refused (db, "INSERT INTO formalities (project_id, kind, limit_days) "
                              "VALUES (1, '节能审查', -1)", "CHECK");
  gt_test_sqlite_refused (db, "INSERT INTO formalities (project_id, kind) VALUES (99, '施工许可')",
                              "FOREIGN KEY");
  gt_test_sqlite_refused (db, "UPDATE issues SET escalation_level = 4", "CHECK");
  gt_test_sqlite_exec (db, "UPDATE issues SET escalation_level = 3");
  gt_test_sqlite_exec (db, "INSERT INTO issue_documents (issue_id, kind, year, number, issued_on) "
                           "VALUES (1, 'assign', 2023, 12, '2023-04-03')");
  /* Numbered per kind and year. */
  gt_test_sqlite_exec (db, "INSERT INTO issue_documents (issue_id, kind, year, number, issued_on) "
                           "VALUES (1, 'supervise', 2023, 12, '2023-04-20'),"
                           "  (1, 'assign', 2024, 12, '2024-01-05')");
  gt_test_sqlite_refused (db, "INSERT INTO issue_documents (issue_id, kind, year, number, "
                              "  issued_on) VALUES (1, 'assign', 2023, 12, '2023-05-01')",
                          "UNIQUE");
  gt_test_sqlite_refused (db, "INSERT INTO issue_documents (issue_id, kind, year, number, "
                              "  issued_on) VALUES (1, 'notice', 2023, 13, '2023-05-01')",
                          "CHECK");
  gt_test_sqlite_refused (db, "INSERT INTO visits (leader_id, visited_on, kind) "
                              "VALUES (1, '2023-04-01', 'party')", "CHECK");
  gt_test_sqlite_exec (db, "INSERT INTO visits (id, leader_id, visited_on, kind, decisions) "
                           "VALUES (5, 1, '2023-04-01', 'on_site', '月底前完成用地报批');"
                           "INSERT INTO visit_projects (visit_id, project_id) VALUES (5, 1);"
                           "UPDATE issues SET visit_id = 5 WHERE id = 1;");
  gt_test_sqlite_refused (db, "INSERT INTO visit_projects (visit_id, project_id) VALUES (5, 1)",
                              "UNIQUE");
  /* A visit gone takes its list of projects, and leaves its issues. */
  gt_test_sqlite_exec (db, "DELETE FROM visits WHERE id = 5");
  g_assert_cmpint (gt_test_sqlite_int (db, "SELECT count (*) FROM visit_projects"), ==, 0);
  g_assert_cmpint (gt_test_sqlite_int (db, "SELECT visit_id IS NULL FROM issues "
                                           "WHERE id = 1"), ==, 1);
  /* A project gone takes its formalities. */
  gt_test_sqlite_exec (db, "DELETE FROM projects WHERE id = 1");
  g_assert_cmpint (gt_test_sqlite_int (db, "SELECT count (*) FROM formalities"), ==, 0);
  /* An issued number stays taken when its issue is gone. */
  g_assert_cmpint (gt_test_sqlite_int (db, "SELECT count (*) FROM issue_documents "
                                           "WHERE issue_id IS NULL"), ==, 3);
  sqlite3_close (db);
}

/* Every write to the new tables is in the change log as the row it belongs
 * to, with its table as the part; the issue's escalation in its history. */
static void
test_logged (Fixture       *f,
             gconstpointer  data)
{
  sqlite3 *db;
  gint64 seq;

  make_version_5 (f->path);
  open_and_close (f->path);
  db = gt_test_sqlite_open (f->path);
  seq = gt_test_sqlite_int (db, "SELECT max (seq) FROM changes");
  gt_test_sqlite_exec (db,
                       "UPDATE writer SET desk = '督查科', source = 'typed';"
                       "INSERT INTO formalities (id, project_id, kind) VALUES (7, 1, '立项');"
                       "UPDATE formalities SET state = 'done', actual_on = '2023-02-01' "
                       "  WHERE id = 7;"
                       "INSERT INTO issue_escalations (issue_id, level, escalated_on, note, "
                       "  source) VALUES (1, 2, '2023-04-10', '逾期10天', 'rule');"
                       "UPDATE issues SET escalation_level = 2 WHERE id = 1;"
                       "INSERT INTO issue_documents (issue_id, kind, year, number, issued_on) "
                       "  VALUES (1, 'supervise', 2023, 1, '2023-04-10');"
                       "INSERT INTO visits (id, leader_id, visited_on, kind) "
                       "  VALUES (3, 1, '2023-04-12', 'survey');"
                       "INSERT INTO visit_projects (visit_id, project_id) VALUES (3, 1);"
                       "DELETE FROM formalities WHERE id = 7;");
  {
    g_autofree char *sql = g_strdup_printf (
      "SELECT group_concat (kind || ':' || row_id || ':' || part || ':' || desk, ' ') "
      "FROM (SELECT * FROM changes WHERE seq > %" G_GINT64_FORMAT " ORDER BY seq)", seq);
    g_autofree char *log = gt_test_sqlite_text (db, sql);

    g_assert_cmpstr (log, ==,
                     "project:1:formalities:督查科 project:1:formalities:督查科 "
                     "issue:1:issue_escalations:督查科 issue:1::督查科 "
                     "issue:1:issue_documents:督查科 visit:3::督查科 "
                     "visit:3:visit_projects:督查科 project:1:formalities:督查科");
  }
  gt_test_sqlite_assert_text (db, "SELECT field || ' ' || old || '→' || new || ' ' || desk "
                                  "FROM history WHERE kind = 'issue' ORDER BY id DESC",
                              "escalation_level 0→2 督查科");
  /* A document whose issue is purged: no log entry of no issue. */
  seq = gt_test_sqlite_int (db, "SELECT max (seq) FROM changes");
  gt_test_sqlite_exec (db, "DELETE FROM issues WHERE id = 1");
  g_assert_cmpint (gt_test_sqlite_int (db, "SELECT count (*) FROM issue_documents "
                                           "WHERE issue_id IS NULL"), ==, 1);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM changes WHERE seq > %"
                                            G_GINT64_FORMAT " AND kind = 'issue' "
                                            "AND row_id IS NULL", seq);

    g_assert_cmpint (gt_test_sqlite_int (db, sql), ==, 0);
  }
  sqlite3_close (db);
}

/* A deleted unit still approving a formality, or a deleted leader with a
 * visit, is kept by the purge (which would otherwise fail on the reference);
 * one named by nothing goes. */
static void
test_purge_keeps_named (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  sqlite3 *db;

  make_version_5 (f->path);
  open_and_close (f->path);
  db = gt_test_sqlite_open (f->path);
  gt_test_sqlite_exec (db, "INSERT INTO units (id, name, kind, deleted) VALUES (3, '县生态环境局', "
                           "  'department', 1), (4, '已撤并的乡镇', 'township', 1);"
                           "INSERT INTO leaders (id, name, deleted) VALUES (2, '李副县长', 1);"
                           "INSERT INTO formalities (project_id, kind, approver_unit_id) "
                           "  VALUES (1, '环评批复', 3);"
                           "INSERT INTO visits (leader_id, visited_on, kind) "
                           "  VALUES (2, '2023-04-12', 'survey');");
  sqlite3_close (db);

  store = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (gt_store_purge_deleted (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  db = gt_test_sqlite_open (f->path);
  gt_test_sqlite_assert_text (db, "SELECT group_concat (id, ',') FROM units", "1,2,3");
  gt_test_sqlite_assert_text (db, "SELECT group_concat (id, ',') FROM leaders", "1,2");
  sqlite3_close (db);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/schema6/migrate-from-5", test_migrate_from_5);
  ADD ("/schema6/checks", test_checks);
  ADD ("/schema6/logged", test_logged);
  ADD ("/schema6/purge-keeps-named", test_purge_keeps_named);

  return g_test_run ();
}
