/* test-register-copy.c: guatu --copy-register, a file to the server and back.
 *
 * Runs inside pg_virtualenv like test-store-server (GUATU_TEST_PG_URL); each
 * case starts from an empty database.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <libpq-fe.h>
#include <sqlite3.h>

#include "gt-demo.h"
#include "gt-history.h"
#include "gt-register-copy.h"
#include "gt-store.h"
#include "gt-summary.h"
#include "gt-test-server.h"
#include "gt-test-util.h"

static GtStore *
open_store (const char *location)
{
  g_autoptr(GError) error = NULL;
  GtStore *store = gt_store_open (location, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  gt_store_set_year (store, 2023);
  return store;
}

/* A demo file, with a deleted project (undo brings it back: it is copied). */
static void
make_demo (const char *path)
{
  g_autoptr(GtStore) store = open_store (path);
  g_autoptr(GError) error = NULL;
  GtProject *project;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 28, G_DATE_APRIL, 2023);
  g_assert_true (gt_demo_populate (store, gt_demo_size_default (), &today, &error));
  g_assert_no_error (error);
  project = g_list_model_get_item (gt_store_get_projects (store), 2);
  g_assert_true (gt_store_delete_project (store, project, &error));
  g_assert_no_error (error);
  g_object_unref (project);
  /* A signed-off month: its figures are copied all the same. */
  g_assert_true (gt_history_close_month (store, 2023, 3, &error));
  g_assert_no_error (error);
}

/* The change history of every project, a line an entry, the register's id
 * and May 2023's sign-off. */
static char *
history_digest (const char *location)
{
  g_autoptr(GtStore) store = open_store (location);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = gt_store_dup_register_id (store);
  GString *out = g_string_new (NULL);
  gboolean closed;

  entries = gt_history_list (store, 0, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, >, 10);
  for (guint i = 0; i < entries->len; i++)
    {
      GtHistoryEntry *entry = g_ptr_array_index (entries, i);

      g_string_append_printf (out, "%s|%s|%s|%s|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT
                              "|%s|%s|%s|%s\n", entry->at, entry->desk, entry->source,
                              entry->kind, entry->project_id, entry->row_id,
                              entry->month ? entry->month : "-", entry->field,
                              entry->old_value ? entry->old_value : "-",
                              entry->new_value ? entry->new_value : "-");
    }
  closed = gt_history_is_month_closed (store, 2023, 3, &error);
  g_assert_no_error (error);
  g_string_append_printf (out, "id %s, March %s\n", id, closed ? "closed" : "open");
  return g_string_free (out, FALSE);
}

static char *
summary_json (const char *location)
{
  g_autoptr(GtStore) store = open_store (location);
  g_autoptr(GError) error = NULL;
  GtSummary summary;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 28, G_DATE_APRIL, 2023);
  g_assert_true (gt_summary_compute (store, 2023, &today, &summary, &error));
  g_assert_no_error (error);
  return gt_summary_to_json (&summary);
}

/* Every project, by id, with its name and its plan: ids are kept. */
static char *
project_digest (const char *location)
{
  g_autoptr(GtStore) store = open_store (location);
  GListModel *projects = gt_store_get_projects (store);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      g_string_append_printf (out, "%" G_GINT64_FORMAT " %s %" G_GINT64_FORMAT "\n",
                              gt_project_get_id (project), gt_project_get_name (project),
                              gt_store_get_annual_plan (store, gt_project_get_id (project),
                                                        2023));
    }
  g_string_append_printf (out, "%u issues, %u units, %u leaders\n",
                          g_list_model_get_n_items (gt_store_get_issues (store)),
                          g_list_model_get_n_items (gt_store_get_units (store)),
                          g_list_model_get_n_items (gt_store_get_leaders (store)));
  return g_string_free (out, FALSE);
}

/* File → server → file: the same summary (as --summary --json prints it) and
 * the same projects at every step. */
static void
test_round_trip (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *back = NULL;
  g_autofree char *file_json = NULL;
  g_autofree char *server_json = NULL;
  g_autofree char *back_json = NULL;
  g_autofree char *file_projects = NULL;
  g_autofree char *server_projects = NULL;
  g_autofree char *back_projects = NULL;
  g_autofree char *file_history = NULL;
  g_autofree char *server_history = NULL;
  g_autofree char *back_history = NULL;
  g_autoptr(GError) error = NULL;
  GtRegisterCopyStats to_server;
  GtRegisterCopyStats to_file;

  if (!gt_test_server_reset (NULL))
    return;
  dir = gt_test_make_dir ();
  path = g_build_filename (dir, "office.db", NULL);
  back = g_build_filename (dir, "back.db", NULL);
  make_demo (path);

  g_assert_true (gt_register_copy (path, gt_test_server_url (), &to_server, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (to_server.projects, >, 10);
  g_assert_cmpuint (to_server.monthly_reports, >, 10);
  g_assert_cmpuint (to_server.issues, >, 0);
  g_assert_cmpuint (to_server.milestones, >, 0);
  g_assert_cmpuint (to_server.annual_plans, >, 0);

  g_assert_true (gt_register_copy (gt_test_server_url (), back, &to_file, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (&to_file, sizeof to_file, &to_server, sizeof to_server);

  file_json = summary_json (path);
  server_json = summary_json (gt_test_server_url ());
  back_json = summary_json (back);
  g_assert_cmpstr (server_json, ==, file_json);
  g_assert_cmpstr (back_json, ==, file_json);

  /* The history as it was (not the copy's own entries), the same identity,
   * the sign-off. */
  file_history = history_digest (path);
  server_history = history_digest (gt_test_server_url ());
  back_history = history_digest (back);
  g_assert_nonnull (strstr (file_history, "March closed"));
  g_assert_cmpstr (server_history, ==, file_history);
  g_assert_cmpstr (back_history, ==, file_history);

  file_projects = project_digest (path);
  server_projects = project_digest (gt_test_server_url ());
  back_projects = project_digest (back);
  g_assert_cmpstr (server_projects, ==, file_projects);
  g_assert_cmpstr (back_projects, ==, file_projects);

  gt_test_remove_tree (dir);
}

/* A project added on the server after the copy gets a new id, not a copied one. */
static void
test_sequences_follow (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GtStore) server = NULL;
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;
  GListModel *projects;
  gint64 max_id = 0;

  if (!gt_test_server_reset (NULL))
    return;
  dir = gt_test_make_dir ();
  path = g_build_filename (dir, "office.db", NULL);
  make_demo (path);
  g_assert_true (gt_register_copy (path, gt_test_server_url (), NULL, &error));
  g_assert_no_error (error);

  server = open_store (gt_test_server_url ());
  projects = gt_store_get_projects (server);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) each = g_list_model_get_item (projects, i);

      max_id = MAX (max_id, gt_project_get_id (each));
    }
  gt_project_set_name (project, "复制后新建的项目");
  g_assert_true (gt_store_add_project (server, project, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_project_get_id (project), >, max_id);
  gt_test_remove_tree (dir);
}

/* A target that holds anything is refused and left as it was; a missing
 * source is refused, and makes no file. */
static void
test_refuses_non_empty (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *other = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  if (!gt_test_server_reset (NULL))
    return;
  dir = gt_test_make_dir ();
  path = g_build_filename (dir, "office.db", NULL);
  other = g_build_filename (dir, "other.db", NULL);
  missing = g_build_filename (dir, "missing.db", NULL);
  make_demo (path);
  make_demo (other);
  g_assert_true (gt_register_copy (path, gt_test_server_url (), NULL, &error));
  g_assert_no_error (error);
  before = project_digest (gt_test_server_url ());

  g_assert_false (gt_register_copy (other, gt_test_server_url (), NULL, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "already holds a register"));
  g_clear_error (&error);
  after = project_digest (gt_test_server_url ());
  g_assert_cmpstr (after, ==, before);

  g_assert_false (gt_register_copy (gt_test_server_url (), other, NULL, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_false (gt_register_copy (missing, other, NULL, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_assert_false (gt_register_copy (path, path, NULL, &error));
  g_assert_nonnull (error);
  gt_test_remove_tree (dir);
}

/* Schema 6's tables (issue 17), every column, as one text: read from a file. */
static char *
schema6_digest (const char *path)
{
  static const char *const queries[] = {
    "SELECT id, project_id, position, kind, approver_unit_id, limit_days, planned_on, "
    "  actual_on, state, note FROM formalities ORDER BY id",
    "SELECT id, leader_id, visited_on, kind, decisions, deleted FROM visits ORDER BY id",
    "SELECT visit_id, project_id FROM visit_projects ORDER BY 1, 2",
    "SELECT id, escalation_level, visit_id FROM issues ORDER BY id",
    "SELECT id, issue_id, level, escalated_on, note, source FROM issue_escalations ORDER BY id",
    "SELECT id, issue_id, kind, year, number, issued_on FROM issue_documents ORDER BY id",
  };
  GString *out = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, queries[i], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *text = (const char *) sqlite3_column_text (stmt, c);

              g_string_append_printf (out, "%s|", text != NULL ? text : "NULL");
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
      g_string_append (out, "--\n");
    }
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

/* Approvals, escalations, numbered documents and visits go to the server and
 * back with their ids; a document whose issue was purged too; and the next
 * formality the server adds gets a new id. The rows added here have ids and
 * numbers far past the demo's own (it has approvals, visits, steps and
 * documents of its own). */
static void
test_schema6_tables (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *back = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  if (!gt_test_server_reset (NULL))
    return;
  dir = gt_test_make_dir ();
  path = g_build_filename (dir, "office.db", NULL);
  back = g_build_filename (dir, "back.db", NULL);
  make_demo (path);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
    "PRAGMA foreign_keys = ON;"
    "INSERT INTO formalities (id, project_id, position, kind, approver_unit_id, limit_days,"
    "  planned_on, actual_on, state, note)"
    "  SELECT 40000 + id, id, 1, '用地预审与选址', (SELECT min (id) FROM units), 20,"
    "    '2023-03-01', CASE WHEN id % 2 = 0 THEN '2023-02-20' END,"
    "    CASE WHEN id % 2 = 0 THEN 'done' ELSE 'doing' END, '已受理' FROM projects;"
    "INSERT INTO formalities (id, project_id, kind, state)"
    "  SELECT 90000 + id, id, '节能审查', 'not_needed' FROM projects LIMIT 3;"
    "INSERT INTO visits (id, leader_id, visited_on, kind, decisions, deleted)"
    "  SELECT 7000 + id, id, '2023-04-0' || (id % 9 + 1), 'on_site', '现场议定事项', 0"
    "  FROM leaders;"
    "UPDATE visits SET deleted = 1, kind = 'survey' WHERE id = (SELECT max (id) FROM visits);"
    "INSERT INTO visit_projects (visit_id, project_id)"
    "  SELECT (SELECT min (id) FROM visits), id FROM projects LIMIT 4;"
    "UPDATE issues SET escalation_level = id % 4,"
    "  visit_id = CASE WHEN id % 3 = 0 THEN (SELECT min (id) FROM visits) END;"
    "INSERT INTO issue_escalations (id, issue_id, level, escalated_on, note, source)"
    "  SELECT 30000 + id, id, id % 4, '2023-04-10', '逾期未办结', 'rule' FROM issues"
    "  WHERE id % 4 > 0;"
    "INSERT INTO issue_documents (id, issue_id, kind, year, number, issued_on)"
    "  SELECT 50000 + id, id, 'assign', 2023, 50000 + id, '2023-04-03' FROM issues;"
    "INSERT INTO issue_documents (id, issue_id, kind, year, number, issued_on)"
    "  VALUES (60000, NULL, 'supervise', 2022, 60000, '2022-11-30');",
    NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = schema6_digest (path);
  g_assert_nonnull (strstr (before, "|节能审查|"));
  g_assert_nonnull (strstr (before, "60000|NULL|supervise|2022|60000|2022-11-30|"));

  g_assert_true (gt_register_copy (path, gt_test_server_url (), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (gt_register_copy (gt_test_server_url (), back, NULL, &error));
  g_assert_no_error (error);
  after = schema6_digest (back);
  g_assert_cmpstr (after, ==, before);

  /* The server's sequences moved past the copied ids. */
  gt_test_server_exec ("INSERT INTO formalities (project_id, kind)"
                       "  SELECT min (id), '施工许可' FROM projects;"
                       "INSERT INTO issue_escalations (issue_id, level, escalated_on)"
                       "  SELECT min (id), 1, '2023-05-01' FROM issues;"
                       "DO $$ BEGIN"
                       "  IF (SELECT max (id) FROM formalities) <= 90000"
                       "     OR (SELECT max (id) FROM issue_escalations) <= 30000 THEN"
                       "    RAISE EXCEPTION 'a copied id was given again';"
                       "  END IF;"
                       "END $$;");
  gt_test_remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/register-copy/round-trip", test_round_trip);
  g_test_add_func ("/register-copy/sequences-follow", test_sequences_follow);
  g_test_add_func ("/register-copy/refuses-non-empty", test_refuses_non_empty);
  g_test_add_func ("/register-copy/schema6-tables", test_schema6_tables);

  return g_test_run ();
}
