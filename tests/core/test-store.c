/* test-store.c: the store: edits and the list signals they send, undo,
 * transactions, migration, and the files it must refuse and leave untouched.
 *
 * It runs on a file and, as test-store-on-server, on a database on the server
 * (gt_test_register_location()): every case reads the register through the
 * store or gt-db.h. The cases about the file itself (its mode and pragmas, a
 * migration's backup, files that are not registers, SQLite's locks) are the
 * file's alone, and skipped on the server, which has its own in
 * tests/server/test-store-server.c.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "gt-store.h"
#include "gt-sqlite-db.h"
#include "gt-store-private.h"
#include "gt-sqlite-schema.h"
#include "gt-test-sqlite.h"
#include "gt-test-util.h"

typedef struct {
  char    *dir;
  char    *path;
  GtStore *store;
  GString *log;   /* "P0-0+1 changed " …: items-changed by list, and ::changed */
} Fixture;

/* Fixture and helpers */

static void
log_items_changed (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   Fixture    *f)
{
  g_string_append_printf (f->log, "%s%u-%u+%u ",
                          (const char *) g_object_get_data (G_OBJECT (model), "tag"),
                          position, removed, added);
}

static void
log_changed (GtStore *store,
             Fixture *f)
{
  g_string_append (f->log, "changed ");
}

static void
watch (Fixture    *f,
       GListModel *model,
       const char *tag)
{
  g_object_set_data (G_OBJECT (model), "tag", (gpointer) tag);
  g_signal_connect (model, "items-changed", G_CALLBACK (log_items_changed), f);
}

#define assert_log(f, expected) G_STMT_START {                 \
    g_assert_cmpstr ((f)->log->str, ==, (expected));            \
    g_string_truncate ((f)->log, 0);                            \
  } G_STMT_END

static void
open_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->store = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);

  watch (f, gt_store_get_projects (f->store), "P");
  watch (f, gt_store_get_leaders (f->store), "L");
  watch (f, gt_store_get_units (f->store), "U");
  g_signal_connect (f->store, "changed", G_CALLBACK (log_changed), f);
}

static void
close_store (Fixture *f)
{
  if (f->store == NULL)
    return;

  g_signal_handlers_disconnect_by_data (gt_store_get_projects (f->store), f);
  g_signal_handlers_disconnect_by_data (gt_store_get_leaders (f->store), f);
  g_signal_handlers_disconnect_by_data (gt_store_get_units (f->store), f);
  g_signal_handlers_disconnect_by_data (gt_store_get_issues (f->store), f);
  g_signal_handlers_disconnect_by_data (f->store, f);
  /* Nothing (an undo command, a list) may keep the store alive. */
  g_assert_finalize_object (g_steal_pointer (&f->store));
  g_string_truncate (f->log, 0);
}

static void
setup_dir (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("test-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = gt_test_register_location (f->dir, "guatu.db");
  f->log = g_string_new (NULL);
}

static void
setup_store (Fixture       *f,
             gconstpointer  data)
{
  setup_dir (f, data);
  open_store (f);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  GDir *dir;
  const char *name;

  close_store (f);
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (f->dir, name, NULL);

      g_assert_cmpint (g_remove (file), ==, 0);
    }
  g_dir_close (dir);
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  g_free (f->dir);
  g_free (f->path);
  g_string_free (f->log, TRUE);
}

/* One integer from the register, through a connection of its own: what is
 * there is what another program would read. ?1 is bound to @arg. */
static gint64
query_file (const char *path,
            const char *sql,
            gint64      arg)
{
  return gt_test_query_int (path, sql, arg);
}

/* The cases about the file itself: a server's database has none of it. */
#define SKIP_ON_SERVER(reason) G_STMT_START {   \
    if (gt_test_on_server ())                   \
      {                                         \
        g_test_skip (reason);                   \
        return;                                 \
      }                                         \
  } G_STMT_END

/* Failures planted in the register. SQLite's temporary triggers live on the
 * store's connection alone; on the server the triggers are on the case's own
 * database, and taken away again the same way. */
static const GtDbQuery refuse_function = {
  "test-refuse-function",
  "SELECT 1",
  "CREATE OR REPLACE FUNCTION test_refuse () RETURNS trigger LANGUAGE plpgsql"
  " AS $$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$",
};
static const GtDbQuery no_edit_trigger = {
  "test-no-edit-trigger",
  "CREATE TEMP TRIGGER no_edit BEFORE UPDATE ON main.projects"
  " BEGIN SELECT RAISE (ABORT, 'read-only today'); END",
  "CREATE TRIGGER no_edit BEFORE UPDATE ON projects FOR EACH ROW"
  " EXECUTE FUNCTION test_refuse ('read-only today')",
};
static const GtDbQuery no_edit_drop = {
  "test-no-edit-drop",
  "DROP TRIGGER no_edit",
  "DROP TRIGGER no_edit ON projects",
};
static const GtDbQuery fail_plan_insert = {
  "test-fail-plan-insert",
  "CREATE TEMP TRIGGER fail_plan BEFORE INSERT ON main.annual_plans"
  " BEGIN SELECT RAISE (ABORT, 'disk on fire'); END",
  "CREATE TRIGGER fail_plan BEFORE INSERT ON annual_plans FOR EACH ROW"
  " EXECUTE FUNCTION test_refuse ('disk on fire')",
};
static const GtDbQuery fail_plan_update = {
  "test-fail-plan-update",
  "CREATE TEMP TRIGGER fail_plan BEFORE UPDATE ON main.annual_plans"
  " BEGIN SELECT RAISE (ABORT, 'disk on fire'); END",
  "CREATE TRIGGER fail_plan BEFORE UPDATE ON annual_plans FOR EACH ROW"
  " EXECUTE FUNCTION test_refuse ('disk on fire')",
};
static const GtDbQuery fail_plan_drop = {
  "test-fail-plan-drop",
  "DROP TRIGGER fail_plan",
  "DROP TRIGGER fail_plan ON annual_plans",
};
/* A project whose leader does not exist, past the store's own checks. */
static const GtDbQuery insert_stranger =
  GT_DB_QUERY ("test-insert-stranger",
               "INSERT INTO projects (name, level, stage, leader_id)"
               " VALUES ('x', 'county', 'planned', 9999)");

/* Runs @queries on the store's own connection, in order (a failure planted
 * in the register, and taken away again). */
static void
run_on_store (Fixture                *f,
              const GtDbQuery *const *queries)
{
  for (guint i = 0; queries[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (gt_db_exec (_gt_store_get_db (f->store), queries[i], &error));
      g_assert_no_error (error);
    }
}



static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

static GDate *
new_date (int year,
          int month,
          int day)
{
  return g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static GtLeader *
add_leader (Fixture    *f,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  GtLeader *leader = gt_leader_new ();

  gt_leader_set_name (leader, name);
  gt_leader_set_title (leader, "副县长");
  g_assert_true (gt_store_add_leader (f->store, leader, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_leader_get_id (leader), >, 0);

  return leader;
}

static GtUnit *
add_unit (Fixture    *f,
          const char *name,
          GtUnitKind  kind)
{
  g_autoptr(GError) error = NULL;
  GtUnit *unit = gt_unit_new ();

  gt_unit_set_name (unit, name);
  gt_unit_set_kind (unit, kind);
  g_assert_true (gt_store_add_unit (f->store, unit, &error));
  g_assert_no_error (error);

  return unit;
}

static GtProject *
new_project (const char *name,
             gint64      leader_id,
             gint64      plan)
{
  g_autoptr(GDate) start = new_date (2026, 3, 1);
  GtProject *project = gt_project_new ();

  gt_project_set_name (project, name);
  gt_project_set_level (project, GT_LEVEL_MUNICIPAL);
  gt_project_set_stage (project, GT_STAGE_UNDER_CONSTRUCTION);
  gt_project_set_leader_id (project, leader_id);
  gt_project_set_total_investment (project, 520000000);
  gt_project_set_annual_plan (project, plan);
  gt_project_set_planned_start (project, start);

  return project;
}

static GtProject *
add_project (Fixture    *f,
             const char *name,
             gint64      leader_id,
             gint64      plan)
{
  g_autoptr(GError) error = NULL;
  GtProject *project = new_project (name, leader_id, plan);

  g_assert_true (gt_store_add_project (f->store, project, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_project_get_id (project), >, 0);

  return project;
}

static GtIssue *
add_issue (Fixture    *f,
           gint64      project_id,
           const char *description)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) raised = new_date (2026, 2, 10);
  GtIssue *issue = gt_issue_new ();

  gt_issue_set_project_id (issue, project_id);
  gt_issue_set_description (issue, description);
  gt_issue_set_category (issue, GT_ISSUE_CATEGORY_LAND);
  gt_issue_set_raised_on (issue, raised);
  g_assert_true (gt_store_add_issue (f->store, issue, &error));
  g_assert_no_error (error);

  return issue;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* Creating */

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *default_path = NULL;
  g_autofree char *default_dir = NULL;
  GStatBuf st;

  g_assert_cmpstr (gt_store_get_path (f->store), ==, f->path);
  g_assert_null (gt_store_get_backup_path (f->store));
  g_assert_cmpint (gt_store_get_year (f->store), ==, g_date_time_get_year (now));
  g_assert_cmpuint (n_items (gt_store_get_projects (f->store)), ==, 0);
  g_assert_cmpuint (n_items (gt_store_get_leaders (f->store)), ==, 0);
  g_assert_cmpuint (n_items (gt_store_get_units (f->store)), ==, 0);
  g_assert_cmpuint (n_items (gt_store_get_issues (f->store)), ==, 0);

  /* The register's tables are there, empty, for another program too. */
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM projects", 0), ==, 0);
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM issues", 0), ==, 0);

  /* Opened again, the same empty register. */
  close_store (f);
  open_store (f);
  g_assert_cmpuint (n_items (gt_store_get_projects (f->store)), ==, 0);

  default_path = gt_store_dup_default_path ();
  default_dir = g_path_get_dirname (default_path);
  g_assert_true (g_str_has_prefix (default_path, g_get_user_data_dir ()));
  g_assert_true (g_str_has_suffix (default_path, G_DIR_SEPARATOR_S "guatu" G_DIR_SEPARATOR_S
                                                 "guatu.db"));
  g_assert_cmpint (g_stat (default_dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
}

/* The file a new register is: the owner's alone, in WAL mode, every commit
 * synced, foreign keys enforced; an empty file is an empty register. */
static void
test_create_file (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *journal_mode = NULL;
  g_autofree char *synchronous = NULL;
  g_autofree char *foreign_keys = NULL;
  sqlite3 *db;
  GStatBuf st;

  SKIP_ON_SERVER ("the mode, pragmas and emptiness of a file: a server has no file");
  db = gt_sqlite_db_get_handle (_gt_store_get_db (f->store));

  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (query_file (f->path, "PRAGMA user_version", 0), ==, GT_STORE_SCHEMA_VERSION);
  journal_mode = gt_test_sqlite_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");
  synchronous = gt_test_sqlite_text (db, "PRAGMA synchronous");
  g_assert_cmpstr (synchronous, ==, "2");   /* FULL */
  foreign_keys = gt_test_sqlite_text (db, "PRAGMA foreign_keys");
  g_assert_cmpstr (foreign_keys, ==, "1");

  /* An empty file (an open interrupted before) is an empty register. */
  close_store (f);
  g_assert_cmpint (g_remove (f->path), ==, 0);
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  open_store (f);
  g_assert_cmpint (query_file (f->path, "PRAGMA user_version", 0), ==, GT_STORE_SCHEMA_VERSION);
}

/* Projects */

static void
test_project_edits (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLeader) leader = add_leader (f, "张伟");
  g_autoptr(GtProject) first = NULL;
  g_autoptr(GtProject) second = NULL;
  g_autoptr(GtProject) copy = NULL;
  GListModel *projects = gt_store_get_projects (f->store);
  int year = gt_store_get_year (f->store);
  gint64 id;

  assert_log (f, "L0-0+1 changed ");

  first = add_project (f, "城东污水处理厂", gt_leader_get_id (leader), 12000000);
  assert_log (f, "P0-0+1 changed ");
  second = add_project (f, "产业园标准化厂房", 0, 0);
  assert_log (f, "P1-0+1 changed ");
  id = gt_project_get_id (first);
  g_assert_true (gt_store_lookup_project (f->store, id) == first);
  g_assert_true (g_list_model_get_object (projects, 1) == (gpointer) second);
  g_object_unref (second);   /* the ref get_object gave */
  g_assert_cmpint (query_file (f->path, "SELECT amount FROM annual_plans WHERE project_id = ?1",
                               id), ==, 12000000);
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM annual_plans WHERE project_id = ?1",
                               gt_project_get_id (second)), ==, 0);

  /* Update: the copy is written, and only then the live object takes it. */
  copy = gt_project_copy (first);
  gt_project_set_name (copy, "城东污水处理厂二期");
  gt_project_set_annual_plan (copy, 15000000);
  g_assert_true (gt_store_update_project (f->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gt_project_get_name (first), ==, "城东污水处理厂二期");
  g_assert_cmpint (gt_project_get_annual_plan (first), ==, 15000000);
  assert_log (f, "P0-1+1 changed ");
  g_assert_cmpint (query_file (f->path, "SELECT amount FROM annual_plans WHERE project_id = ?1",
                               id), ==, 15000000);
  g_assert_cmpint (gt_store_get_annual_plan (f->store, id, year), ==, 15000000);

  /* Validation refuses, and nothing is written or touched. */
  gt_project_set_name (copy, "  ");
  g_assert_false (gt_store_update_project (f->store, copy, &error));
  g_assert_error (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_NAME_REQUIRED);
  g_clear_error (&error);
  g_assert_cmpstr (gt_project_get_name (first), ==, "城东污水处理厂二期");
  assert_log (f, "");

  /* Delete is soft: out of the list and the lookups, still in the file. */
  g_assert_true (gt_store_delete_project (f->store, first, &error));
  g_assert_no_error (error);
  assert_log (f, "P0-1+0 changed ");
  g_assert_null (gt_store_lookup_project (f->store, id));
  g_assert_cmpuint (n_items (projects), ==, 1);
  g_assert_cmpint (query_file (f->path, "SELECT deleted FROM projects WHERE id = ?1", id), ==, 1);

  gt_project_set_name (copy, "改不了");
  g_assert_false (gt_store_update_project (f->store, copy, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (gt_store_delete_project (f->store, first, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_log (f, "");

  /* Restore puts the same object back at its place in id order. */
  g_assert_true (gt_store_restore_project (f->store, first, &error));
  g_assert_no_error (error);
  assert_log (f, "P0-0+1 changed ");
  g_assert_true (gt_store_lookup_project (f->store, id) == first);
  g_assert_cmpint (gt_project_get_annual_plan (first), ==, 15000000);
  g_assert_cmpint (query_file (f->path, "SELECT deleted FROM projects WHERE id = ?1", id), ==, 0);

  /* Purge removes deleted rows for good, with what hangs on them. */
  g_assert_true (gt_store_delete_project (f->store, first, &error));
  g_assert_true (gt_store_purge_deleted (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM projects WHERE id = ?1", id), ==, 0);
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM annual_plans WHERE project_id = ?1",
                               id), ==, 0);
  g_assert_false (gt_store_restore_project (f->store, first, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* What was saved is what a new session loads; deleted rows stay out. */
  close_store (f);
  open_store (f);
  g_assert_cmpuint (n_items (gt_store_get_projects (f->store)), ==, 1);
  g_assert_null (gt_store_lookup_project (f->store, id));
  g_assert_cmpstr (gt_project_get_name (gt_store_lookup_project (f->store,
                                                                 gt_project_get_id (second))),
                   ==, "产业园标准化厂房");
}

/* Leaders and units */

static void
test_leaders_and_units (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLeader) zhang = add_leader (f, "张伟");
  g_autoptr(GtLeader) li = add_leader (f, "李娜");
  g_autoptr(GtUnit) town = add_unit (f, "城关镇", GT_UNIT_KIND_TOWNSHIP);
  g_autoptr(GtUnit) bureau = add_unit (f, "县发改局", GT_UNIT_KIND_DEPARTMENT);
  g_autoptr(GtLeader) leader_copy = gt_leader_copy (li);
  g_autoptr(GtUnit) unit_copy = gt_unit_copy (bureau);
  GtProject *projects[3] = { NULL, };
  g_autoptr(GtProject) project_copy = NULL;
  g_autoptr(GtIssue) issue = NULL;
  g_autoptr(GDate) deadline = new_date (2026, 6, 30);
  g_autoptr(GtIssue) issue_copy = NULL;

  assert_log (f, "L0-0+1 changed L1-0+1 changed U0-0+1 changed U1-0+1 changed ");

  gt_leader_set_phone (leader_copy, "13800000000");
  g_assert_true (gt_store_update_leader (f->store, leader_copy, &error));
  g_assert_cmpstr (gt_leader_get_phone (li), ==, "13800000000");
  assert_log (f, "L1-1+1 changed ");
  gt_unit_set_contact (unit_copy, "王科长");
  g_assert_true (gt_store_update_unit (f->store, unit_copy, &error));
  g_assert_cmpstr (gt_unit_get_contact (bureau), ==, "王科长");
  assert_log (f, "U1-1+1 changed ");
  gt_leader_set_name (leader_copy, "");
  g_assert_false (gt_store_update_leader (f->store, leader_copy, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  /* A leader or unit that live rows name cannot go. */
  for (guint i = 0; i < 3; i++)
    projects[i] = add_project (f, "项目", gt_leader_get_id (zhang), 0);
  project_copy = gt_project_copy (projects[0]);
  gt_project_set_locality_id (project_copy, gt_unit_get_id (town));
  g_assert_true (gt_store_update_project (f->store, project_copy, &error));
  g_string_truncate (f->log, 0);

  g_assert_false (gt_store_delete_leader (f->store, zhang, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==, "“张伟” still leads 3 projects.");
  g_clear_error (&error);
  g_assert_false (gt_store_delete_unit (f->store, town, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==, "“城关镇” is still the unit or locality of 1 project.");
  g_clear_error (&error);
  assert_log (f, "");
  g_assert_cmpint (query_file (f->path, "SELECT deleted FROM leaders WHERE id = ?1",
                               gt_leader_get_id (zhang)), ==, 0);

  /* So can an open issue's, but not a closed one's. */
  issue = add_issue (f, gt_project_get_id (projects[1]), "征地补偿未到位");
  issue_copy = gt_issue_copy (issue);
  gt_issue_set_status (issue_copy, GT_ISSUE_STATUS_ASSIGNED);
  gt_issue_set_unit_id (issue_copy, gt_unit_get_id (bureau));
  gt_issue_set_leader_id (issue_copy, gt_leader_get_id (li));
  gt_issue_set_deadline (issue_copy, deadline);
  g_assert_true (gt_store_update_issue (f->store, issue_copy, &error));
  g_assert_no_error (error);
  g_assert_false (gt_store_delete_unit (f->store, bureau, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==, "“县发改局” still has 1 open issue.");
  g_clear_error (&error);
  g_assert_false (gt_store_delete_leader (f->store, li, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_IN_USE);
  g_clear_error (&error);

  gt_issue_set_status (issue_copy, GT_ISSUE_STATUS_CLOSED);
  gt_issue_set_resolution (issue_copy, "已兑付");
  gt_issue_set_resolved_on (issue_copy, deadline);
  gt_issue_set_closed_on (issue_copy, deadline);
  g_assert_true (gt_store_update_issue (f->store, issue_copy, &error));
  g_assert_no_error (error);
  g_string_truncate (f->log, 0);
  g_assert_true (gt_store_delete_leader (f->store, li, &error));
  g_assert_no_error (error);
  assert_log (f, "L1-1+0 changed ");
  g_assert_null (gt_store_lookup_leader (f->store, gt_leader_get_id (li)));
  g_assert_true (gt_store_restore_leader (f->store, li, &error));
  assert_log (f, "L1-0+1 changed ");
  g_assert_true (gt_store_lookup_leader (f->store, gt_leader_get_id (li)) == li);

  /* Deleted projects do not count; deleting them frees the leader. */
  for (guint i = 0; i < 3; i++)
    g_assert_true (gt_store_delete_project (f->store, projects[i], &error));
  g_string_truncate (f->log, 0);
  g_assert_true (gt_store_delete_leader (f->store, zhang, &error));
  g_assert_true (gt_store_delete_unit (f->store, town, &error));
  g_assert_no_error (error);
  assert_log (f, "L0-1+0 changed U0-1+0 changed ");
  g_assert_true (gt_store_restore_unit (f->store, town, &error));
  assert_log (f, "U0-0+1 changed ");
  g_assert_true (gt_store_delete_unit (f->store, town, &error));
  g_string_truncate (f->log, 0);

  /* A project may only name live leaders and units. */
  g_assert_false (gt_store_update_project (f->store, project_copy, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A deleted leader that a closed issue of a live project still names. */
  {
    g_autoptr(GtLeader) wu = add_leader (f, "吴刚");
    g_autoptr(GtProject) live = add_project (f, "在建项目", 0, 0);
    g_autoptr(GtIssue) closed = gt_issue_copy (issue_copy);

    gt_issue_set_id (closed, 0);
    gt_issue_set_project_id (closed, gt_project_get_id (live));
    gt_issue_set_leader_id (closed, gt_leader_get_id (wu));
    g_assert_true (gt_store_add_issue (f->store, closed, &error));
    g_assert_no_error (error);
    g_assert_true (gt_store_delete_leader (f->store, wu, &error));
    g_assert_no_error (error);

    /* Purged: the deleted projects with their issues, and the leaders and
     * locality that only they named; 吴刚 stays, deleted, for the issue. */
    g_assert_true (gt_store_delete_leader (f->store, li, &error));
    g_assert_true (gt_store_purge_deleted (f->store, &error));
    g_assert_no_error (error);
    g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM projects", 0), ==, 1);
    g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM issues", 0), ==, 1);
    g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM leaders WHERE id = ?1",
                                 gt_leader_get_id (zhang)), ==, 0);
    g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM leaders WHERE id = ?1",
                                 gt_leader_get_id (li)), ==, 0);
    g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM units WHERE id = ?1",
                                 gt_unit_get_id (town)), ==, 0);
    g_assert_cmpint (query_file (f->path, "SELECT deleted FROM leaders WHERE id = ?1",
                                 gt_leader_get_id (wu)), ==, 1);
    g_assert_null (gt_store_lookup_leader (f->store, gt_leader_get_id (wu)));
  }

  for (guint i = 0; i < 3; i++)
    g_object_unref (projects[i]);
  g_assert_false (gt_store_can_undo (f->store));
}

/* Issues */

static void
test_issue_edits (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtProject) one = add_project (f, "东湖大道", 0, 0);
  g_autoptr(GtProject) two = add_project (f, "高铁站前广场", 0, 0);
  GListModel *issues = gt_store_get_issues (f->store);
  g_autoptr(GtIssue) a = NULL;
  g_autoptr(GtIssue) b = NULL;
  g_autoptr(GtIssue) c = NULL;
  g_autoptr(GtIssue) copy = NULL;
  g_autoptr(GtIssue) orphan = NULL;

  watch (f, issues, "I");
  g_string_truncate (f->log, 0);

  a = add_issue (f, gt_project_get_id (one), "用地指标未落实");
  b = add_issue (f, gt_project_get_id (two), "环评批复滞后");
  c = add_issue (f, gt_project_get_id (one), "管线迁改未完成");
  assert_log (f, "I0-0+1 changed I1-0+1 changed I2-0+1 changed ");
  g_assert_true (gt_store_lookup_issue (f->store, gt_issue_get_id (b)) == b);

  copy = gt_issue_copy (b);
  gt_issue_set_category (copy, GT_ISSUE_CATEGORY_ENVIRONMENT);
  g_assert_true (gt_store_update_issue (f->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_issue_get_category (b), ==, GT_ISSUE_CATEGORY_ENVIRONMENT);
  assert_log (f, "I1-1+1 changed ");
  gt_issue_set_description (copy, "");
  g_assert_false (gt_store_update_issue (f->store, copy, &error));
  g_assert_error (error, GT_ISSUE_ERROR, GT_ISSUE_ERROR_DESCRIPTION_REQUIRED);
  g_clear_error (&error);

  g_assert_true (gt_store_delete_issue (f->store, a, &error));
  assert_log (f, "I0-1+0 changed ");
  g_assert_null (gt_store_lookup_issue (f->store, gt_issue_get_id (a)));
  g_assert_true (gt_store_restore_issue (f->store, a, &error));
  g_assert_no_error (error);
  assert_log (f, "I0-0+1 changed ");

  /* A project's issues leave with it and come back with it, the same objects. */
  g_assert_true (gt_store_delete_project (f->store, one, &error));
  assert_log (f, "P0-1+0 I0-1+0 I1-1+0 changed ");
  g_assert_cmpuint (n_items (issues), ==, 1);
  g_assert_null (gt_store_lookup_issue (f->store, gt_issue_get_id (c)));
  g_assert_cmpint (query_file (f->path, "SELECT deleted FROM issues WHERE id = ?1",
                               gt_issue_get_id (c)), ==, 0);

  orphan = gt_issue_copy (a);
  gt_issue_set_id (orphan, 0);
  g_assert_false (gt_store_add_issue (f->store, orphan, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_log (f, "");

  g_assert_true (gt_store_restore_project (f->store, one, &error));
  g_assert_no_error (error);
  assert_log (f, "P0-0+1 I0-0+1 I2-0+1 changed ");
  g_assert_true (gt_store_lookup_issue (f->store, gt_issue_get_id (a)) == a);
  g_assert_true (gt_store_lookup_issue (f->store, gt_issue_get_id (c)) == c);

  g_assert_true (gt_store_delete_issue (f->store, c, &error));
  g_assert_true (gt_store_purge_deleted (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM issues", 0), ==, 2);

  /* Issues load on demand in a new session, deleted ones and those of deleted
   * projects left out. */
  g_assert_true (gt_store_delete_project (f->store, two, &error));
  close_store (f);
  open_store (f);
  g_assert_cmpuint (n_items (gt_store_get_issues (f->store)), ==, 1);
  g_assert_nonnull (gt_store_lookup_issue (f->store, gt_issue_get_id (a)));
  g_assert_null (gt_store_lookup_issue (f->store, gt_issue_get_id (b)));
}

/* Undo */

static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLeader) leader = NULL;
  g_autoptr(GtProject) project = NULL;
  g_autoptr(GtProject) copy = NULL;
  g_autoptr(GtUnit) unit = NULL;
  g_autoptr(GtIssue) issue = NULL;
  g_autoptr(GtIssue) issue_copy = NULL;
  guint can_undo = 0, can_redo = 0;
  gint64 id;

  g_signal_connect (f->store, "notify::can-undo", G_CALLBACK (count_notify), &can_undo);
  g_signal_connect (f->store, "notify::can-redo", G_CALLBACK (count_notify), &can_redo);
  g_assert_false (gt_store_can_undo (f->store));
  g_assert_null (gt_store_get_undo_label (f->store));
  g_assert_false (gt_store_undo (f->store, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  leader = add_leader (f, "孙悦");
  g_assert_cmpuint (can_undo, ==, 1);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Add Leader “孙悦”");
  project = add_project (f, "东湖大道", gt_leader_get_id (leader), 1000);
  id = gt_project_get_id (project);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Add Project “东湖大道”");
  g_assert_cmpuint (can_undo, ==, 1);

  copy = gt_project_copy (project);
  gt_project_set_name (copy, "东湖大道北延");
  gt_project_set_annual_plan (copy, 5000);
  g_assert_true (gt_store_update_project (f->store, copy, &error));
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Edit Project “东湖大道北延”");
  g_string_truncate (f->log, 0);

  /* Undo of an edit writes the state before. */
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_no_error (error);
  assert_log (f, "P0-1+1 changed ");
  g_assert_cmpstr (gt_project_get_name (project), ==, "东湖大道");
  g_assert_cmpint (gt_project_get_annual_plan (project), ==, 1000);
  g_assert_cmpint (gt_store_get_annual_plan (f->store, id, gt_store_get_year (f->store)), ==,
                   1000);
  g_assert_true (gt_store_can_redo (f->store));
  g_assert_cmpuint (can_redo, ==, 1);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Add Project “东湖大道”");

  g_assert_true (gt_store_redo (f->store, &error));
  g_assert_cmpstr (gt_project_get_name (project), ==, "东湖大道北延");
  g_assert_false (gt_store_can_redo (f->store));
  g_assert_cmpuint (can_redo, ==, 2);

  /* Undo of an add deletes softly; redo brings back the same row and object. */
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_null (gt_store_lookup_project (f->store, id));
  g_assert_cmpint (query_file (f->path, "SELECT deleted FROM projects WHERE id = ?1", id), ==, 1);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Add Leader “孙悦”");
  g_assert_true (gt_store_redo (f->store, &error));
  g_assert_true (gt_store_lookup_project (f->store, id) == project);
  g_assert_cmpint (gt_project_get_id (project), ==, id);
  g_assert_cmpint (query_file (f->path, "SELECT deleted FROM projects WHERE id = ?1", id), ==, 0);

  /* An undo that fails stays, to be tried again. */
  g_assert_true (gt_store_redo (f->store, &error));
  run_on_store (f, (const GtDbQuery *const[]) { &refuse_function, &no_edit_trigger, NULL });
  g_assert_false (gt_store_undo (f->store, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Edit Project “东湖大道北延”");
  g_assert_cmpstr (gt_project_get_name (project), ==, "东湖大道北延");
  run_on_store (f, (const GtDbQuery *const[]) { &no_edit_drop, NULL });

  g_assert_true (gt_store_delete_project (f->store, project, &error));
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Delete Project “东湖大道北延”");
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_true (gt_store_lookup_project (f->store, id) == project);

  /* A new edit forgets what could be redone. */
  g_assert_true (gt_store_can_redo (f->store));
  unit = add_unit (f, "县住建局", GT_UNIT_KIND_DEPARTMENT);
  g_assert_false (gt_store_can_redo (f->store));
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Add Unit “县住建局”");
  issue = add_issue (f, id, "施工许可证办理中");
  issue_copy = gt_issue_copy (issue);
  gt_issue_set_category (issue_copy, GT_ISSUE_CATEGORY_PERMITS);
  g_assert_true (gt_store_update_issue (f->store, issue_copy, &error));
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Edit Issue “施工许可证办理中”");
  g_assert_true (gt_store_delete_issue (f->store, issue, &error));
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Delete Issue “施工许可证办理中”");
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_cmpint (gt_issue_get_category (issue), ==, GT_ISSUE_CATEGORY_LAND);

  /* A batch is not undoable step by step, and clears the history. */
  can_undo = 0;
  g_assert_true (gt_store_begin (f->store, &error));
  g_assert_false (gt_store_can_undo (f->store));
  g_assert_false (gt_store_can_redo (f->store));
  g_assert_cmpuint (can_undo, ==, 1);
  g_clear_object (&unit);
  unit = add_unit (f, "县自然资源局", GT_UNIT_KIND_DEPARTMENT);
  g_assert_true (gt_store_commit (f->store, &error));
  g_assert_false (gt_store_can_undo (f->store));
  g_assert_null (gt_store_get_undo_label (f->store));
  g_signal_handlers_disconnect_by_func (f->store, count_notify, &can_undo);
  g_signal_handlers_disconnect_by_func (f->store, count_notify, &can_redo);
}

/* Milestones, reports, plans, the year */

static void
test_reports_and_year (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  int year = gt_store_get_year (f->store);
  g_autoptr(GtProject) project = add_project (f, "智慧物流园", 0, 1200);
  g_autoptr(GtMonthlyReport) march = gt_monthly_report_new ();
  g_autoptr(GtMonthlyReport) april = gt_monthly_report_new ();
  g_autoptr(GtMonthlyReport) march_again = gt_monthly_report_new ();
  g_autoptr(GtMonthlyReport) last_year = gt_monthly_report_new ();
  g_autoptr(GtMonthlyReport) undated = gt_monthly_report_new ();
  g_autoptr(GPtrArray) reports = NULL;
  gint64 id = gt_project_get_id (project);
  guint completed_notified = 0, year_notified = 0;

  g_signal_connect (project, "notify::completed", G_CALLBACK (count_notify),
                    &completed_notified);
  g_string_truncate (f->log, 0);

  gt_monthly_report_set_project_id (march, id);
  gt_monthly_report_set_month (march, year, 3);
  gt_monthly_report_set_completed (march, 300);
  gt_monthly_report_set_progress_note (march, "主体结构完成 60%");
  g_assert_true (gt_store_save_monthly_report (f->store, march, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_monthly_report_get_id (march), >, 0);
  g_assert_cmpint (gt_project_get_completed (project), ==, 300);
  g_assert_cmpuint (completed_notified, ==, 1);
  assert_log (f, "P0-1+1 changed ");

  gt_monthly_report_set_project_id (april, id);
  gt_monthly_report_set_month (april, year, 4);
  gt_monthly_report_set_completed (april, 200);
  g_assert_true (gt_store_save_monthly_report (f->store, april, &error));
  g_assert_cmpint (gt_project_get_completed (project), ==, 500);

  /* The same month again replaces it. */
  gt_monthly_report_set_project_id (march_again, id);
  gt_monthly_report_set_month (march_again, year, 3);
  gt_monthly_report_set_completed (march_again, 100);
  g_assert_true (gt_store_save_monthly_report (f->store, march_again, &error));
  g_assert_cmpint (gt_monthly_report_get_id (march_again), ==, gt_monthly_report_get_id (march));
  g_assert_cmpint (gt_project_get_completed (project), ==, 300);

  gt_monthly_report_set_project_id (last_year, id);
  gt_monthly_report_set_month (last_year, year - 1, 12);
  gt_monthly_report_set_completed (last_year, 999);
  g_assert_true (gt_store_save_monthly_report (f->store, last_year, &error));
  g_assert_cmpint (gt_project_get_completed (project), ==, 300);

  gt_monthly_report_set_project_id (undated, id);
  g_assert_false (gt_store_save_monthly_report (f->store, undated, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  gt_monthly_report_set_month (undated, year, 5);
  gt_monthly_report_set_completed (undated, -1);
  g_assert_false (gt_store_save_monthly_report (f->store, undated, &error));
  g_assert_error (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_NEGATIVE_AMOUNT);
  g_clear_error (&error);
  gt_monthly_report_set_completed (undated, 1);
  gt_monthly_report_set_project_id (undated, 4242);
  g_assert_false (gt_store_save_monthly_report (f->store, undated, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  reports = gt_store_list_monthly_reports (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reports->len, ==, 3);
  g_assert_cmpint (gt_monthly_report_get_year (reports->pdata[0]), ==, year - 1);
  g_assert_cmpint (gt_monthly_report_get_month (reports->pdata[1]), ==, 3);
  g_assert_cmpint (gt_monthly_report_get_completed (reports->pdata[1]), ==, 100);
  g_assert_cmpint (gt_monthly_report_get_month (reports->pdata[2]), ==, 4);
  g_assert_cmpstr (gt_monthly_report_get_progress_note (reports->pdata[1]), ==, "");

  /* Plans of other years, and the year the objects carry. */
  g_assert_true (gt_store_set_annual_plan (f->store, id, year - 1, 800, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_store_get_annual_plan (f->store, id, year - 1), ==, 800);
  g_assert_cmpint (gt_store_get_annual_plan (f->store, id, year - 2), ==, 0);
  g_assert_cmpint (gt_project_get_annual_plan (project), ==, 1200);
  g_assert_false (gt_store_set_annual_plan (f->store, id, year - 1, -5, &error));
  g_assert_error (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_NEGATIVE_AMOUNT);
  g_clear_error (&error);

  g_signal_connect (f->store, "notify::year", G_CALLBACK (count_notify), &year_notified);
  g_string_truncate (f->log, 0);
  gt_store_set_year (f->store, year - 1);
  g_assert_cmpuint (year_notified, ==, 1);
  g_assert_cmpint (gt_project_get_annual_plan (project), ==, 800);
  g_assert_cmpint (gt_project_get_completed (project), ==, 999);
  assert_log (f, "P0-1+1 changed ");
  gt_store_set_year (f->store, year - 1);
  g_assert_cmpuint (year_notified, ==, 1);
  assert_log (f, "");

  /* Setting this year's plan shows on the object at once. */
  g_assert_true (gt_store_set_annual_plan (f->store, id, year - 1, 900, &error));
  g_assert_cmpint (gt_project_get_annual_plan (project), ==, 900);
  gt_store_set_year (f->store, year);
  g_assert_cmpint (gt_project_get_annual_plan (project), ==, 1200);
  g_assert_cmpint (gt_project_get_completed (project), ==, 300);
  g_signal_handlers_disconnect_by_func (f->store, count_notify, &year_notified);
  g_signal_handlers_disconnect_by_func (project, count_notify, &completed_notified);
}

static void
test_milestones (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtProject) project = add_project (f, "县人民医院新院区", 0, 0);
  const char *names[] = { "主体封顶", "土地摘牌", "施工许可" };
  const int positions[] = { 2, 0, 1 };
  g_autoptr(GPtrArray) milestones = NULL;
  g_autoptr(GtMilestone) bad = gt_milestone_new ();
  g_autoptr(GDate) start = new_date (2026, 5, 1);
  g_autoptr(GDate) end = new_date (2026, 4, 1);
  gint64 id = gt_project_get_id (project);

  g_string_truncate (f->log, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GtMilestone) milestone = gt_milestone_new ();

      gt_milestone_set_project_id (milestone, id);
      gt_milestone_set_name (milestone, names[i]);
      gt_milestone_set_position (milestone, positions[i]);
      gt_milestone_set_planned_start (milestone, end);
      gt_milestone_set_planned_end (milestone, start);
      g_assert_true (gt_store_add_milestone (f->store, milestone, &error));
      g_assert_no_error (error);
      g_assert_cmpint (gt_milestone_get_id (milestone), >, 0);
    }
  assert_log (f, "P0-1+1 changed P0-1+1 changed P0-1+1 changed ");

  milestones = gt_store_list_milestones (f->store, id, &error);
  g_assert_cmpuint (milestones->len, ==, 3);
  g_assert_cmpstr (gt_milestone_get_name (milestones->pdata[0]), ==, "土地摘牌");
  g_assert_cmpstr (gt_milestone_get_name (milestones->pdata[2]), ==, "主体封顶");
  g_assert_cmpint (g_date_compare (gt_milestone_get_planned_start (milestones->pdata[0]), end),
                   ==, 0);
  g_assert_null (gt_milestone_get_actual_start (milestones->pdata[0]));

  gt_milestone_set_percent (milestones->pdata[0], 100);
  gt_milestone_set_actual_end (milestones->pdata[0], start);
  g_assert_true (gt_store_update_milestone (f->store, milestones->pdata[0], &error));
  g_assert_no_error (error);
  g_assert_true (gt_store_delete_milestone (f->store, milestones->pdata[2], &error));
  g_assert_false (gt_store_delete_milestone (f->store, milestones->pdata[2], &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&milestones, g_ptr_array_unref);
  milestones = gt_store_list_milestones (f->store, id, &error);
  g_assert_cmpuint (milestones->len, ==, 2);
  g_assert_cmpint (gt_milestone_get_percent (milestones->pdata[0]), ==, 100);
  g_assert_nonnull (gt_milestone_get_actual_end (milestones->pdata[0]));

  gt_milestone_set_project_id (bad, id);
  g_assert_false (gt_store_add_milestone (f->store, bad, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  gt_milestone_set_name (bad, "竣工验收");
  gt_milestone_set_planned_start (bad, start);
  gt_milestone_set_planned_end (bad, end);
  g_assert_false (gt_store_add_milestone (f->store, bad, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);

  /* A year past 2100 (a typo, an Excel serial read as a date) is refused, as
   * for projects and issues. */
  {
    g_autoptr(GDate) far = new_date (2201, 1, 1);

    gt_milestone_set_planned_start (bad, end);
    gt_milestone_set_planned_end (bad, far);
    g_assert_false (gt_store_add_milestone (f->store, bad, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    g_clear_error (&error);
  }
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM milestones", 0), ==, 2);
}

/* Transactions and failures */

static void
test_failed_edit (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLeader) leader = add_leader (f, "王芳");
  g_autoptr(GtProject) project = new_project ("产业园标准化厂房", gt_leader_get_id (leader),
                                              3000000);
  g_autoptr(GtProject) copy = NULL;
  g_autoptr(GtProject) stranger = new_project ("无主项目", 9999, 0);
  GListModel *projects = gt_store_get_projects (f->store);
  GtDbStmt *stmt;

  g_string_truncate (f->log, 0);

  /* A failure halfway: the project row is written, then its plan is not. */
  run_on_store (f, (const GtDbQuery *const[]) { &refuse_function, &fail_plan_insert, NULL });
  g_assert_false (gt_store_add_project (f->store, project, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "disk on fire"));
  g_clear_error (&error);
  g_assert_cmpint (gt_project_get_id (project), ==, 0);
  g_assert_cmpuint (n_items (projects), ==, 0);
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM projects", 0), ==, 0);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Add Leader “王芳”");
  assert_log (f, "");
  run_on_store (f, (const GtDbQuery *const[]) { &fail_plan_drop, NULL });

  /* The same for an update: neither file nor object changes. */
  g_assert_true (gt_store_add_project (f->store, project, &error));
  g_string_truncate (f->log, 0);
  run_on_store (f, (const GtDbQuery *const[]) { &fail_plan_update, NULL });
  copy = gt_project_copy (project);
  gt_project_set_name (copy, "改了名的厂房");
  gt_project_set_annual_plan (copy, 4000000);
  g_assert_false (gt_store_update_project (f->store, copy, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpstr (gt_project_get_name (project), ==, "产业园标准化厂房");
  g_assert_cmpint (gt_project_get_annual_plan (project), ==, 3000000);
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM projects "
                               "WHERE name = '产业园标准化厂房'", 0), ==, 1);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Add Project “产业园标准化厂房”");
  assert_log (f, "");
  run_on_store (f, (const GtDbQuery *const[]) { &fail_plan_drop, NULL });

  /* A leader that does not exist: refused before writing, and the file's own
   * foreign keys would refuse it too. */
  g_assert_false (gt_store_add_project (f->store, stranger, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  stmt = gt_db_prepare (_gt_store_get_db (f->store), &insert_stranger, &error);
  g_assert_no_error (error);
  g_assert_false (gt_db_stmt_run (stmt, &error));
  /* A foreign key refused is CONFLICT on either backend, as gt-db.h says. */
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  /* What the model refuses never reaches the file. */
  gt_project_set_leader_id (stranger, 0);
  gt_project_set_total_investment (stranger, -1);
  g_assert_false (gt_store_add_project (f->store, stranger, &error));
  g_assert_error (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_NEGATIVE_AMOUNT);
  g_clear_error (&error);
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM projects", 0), ==, 1);
  assert_log (f, "");
}

static void
test_batch (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLeader) leader = add_leader (f, "赵敏");
  g_autoptr(GtProject) kept = add_project (f, "老城区改造", gt_leader_get_id (leader), 100);
  g_autoptr(GtProject) copy = gt_project_copy (kept);
  g_autoptr(GtLeader) extra = NULL;
  g_autoptr(GtProject) one = NULL;
  g_autoptr(GtProject) two = NULL;
  g_autoptr(GtIssue) issue = NULL;
  g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();
  int year = gt_store_get_year (f->store);

  /* Rolled back: nothing in the file, and the lists show the file again. */
  g_assert_true (gt_store_begin (f->store, &error));
  g_assert_no_error (error);
  g_string_truncate (f->log, 0);
  extra = add_leader (f, "钱进");
  one = add_project (f, "一号项目", gt_leader_get_id (extra), 0);
  gt_project_set_name (copy, "批内改名");
  g_assert_true (gt_store_update_project (f->store, copy, &error));
  assert_log (f, "L1-0+1 P1-0+1 P0-1+1 ");
  g_assert_cmpstr (gt_project_get_name (kept), ==, "批内改名");
  gt_store_rollback (f->store);
  assert_log (f, "L0-2+1 P0-2+1 changed ");
  g_assert_cmpstr (gt_project_get_name (kept), ==, "老城区改造");
  g_assert_true (gt_store_lookup_project (f->store, gt_project_get_id (kept)) == kept);
  g_assert_null (gt_store_lookup_project (f->store, gt_project_get_id (one)));
  g_assert_null (gt_store_lookup_leader (f->store, gt_leader_get_id (extra)));
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM projects", 0), ==, 1);
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM leaders", 0), ==, 1);

  /* Committed: every edit in, the year's figures summed once at the end, the
   * issues written without loading the list. */
  g_assert_true (gt_store_begin (f->store, &error));
  two = add_project (f, "二号项目", 0, 5000);
  gt_monthly_report_set_project_id (report, gt_project_get_id (two));
  gt_monthly_report_set_month (report, year, 1);
  gt_monthly_report_set_completed (report, 700);
  g_assert_true (gt_store_save_monthly_report (f->store, report, &error));
  g_assert_cmpint (gt_project_get_completed (two), ==, 0);
  issue = gt_issue_new ();
  gt_issue_set_project_id (issue, gt_project_get_id (two));
  gt_issue_set_description (issue, "资金缺口");
  g_assert_true (gt_store_add_issue (f->store, issue, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_issue_get_id (issue), >, 0);
  assert_log (f, "P1-0+1 ");
  g_assert_true (gt_store_commit (f->store, &error));
  g_assert_no_error (error);
  assert_log (f, "P0-2+2 changed ");
  g_assert_cmpint (gt_project_get_completed (two), ==, 700);
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM monthly_reports", 0), ==, 1);
  g_assert_cmpuint (n_items (gt_store_get_issues (f->store)), ==, 1);
}

/* Opening files */

static void
test_migrate (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *prefix = g_strconcat (f->path, ".v1-", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  const char *backup;
  GtProject *project;
  GStatBuf st;

  SKIP_ON_SERVER ("a version-1 file migrated and backed up beside itself: the server "
                  "migrates in place (test-schema6-server)");
  /* A file as the first schema wrote it. */
  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                    NULL), ==, SQLITE_OK);
  g_assert_true (_gt_store_schema_migrate (db, 1, &error));
  g_assert_no_error (error);
  gt_test_sqlite_exec (db, "INSERT INTO leaders (id, name, title) VALUES (7, '李强', '县长');"
                "INSERT INTO projects (id, name, level, stage, leader_id) "
                "  VALUES (3, '城东污水处理厂', 'county', 'preparing', 7);");
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO annual_plans VALUES (3, ?1, 1200000)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int (stmt, 1, g_date_time_get_year (now));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  open_store (f);
  g_assert_cmpint (query_file (f->path, "PRAGMA user_version", 0), ==, GT_STORE_SCHEMA_VERSION);
  g_assert_cmpuint (n_items (gt_store_get_leaders (f->store)), ==, 1);
  project = gt_store_lookup_project (f->store, 3);
  g_assert_nonnull (project);
  g_assert_cmpstr (gt_project_get_name (project), ==, "城东污水处理厂");
  g_assert_cmpint (gt_project_get_leader_id (project), ==, 7);
  g_assert_cmpint (gt_project_get_stage (project), ==, GT_STAGE_PREPARING);
  g_assert_cmpint (gt_project_get_annual_plan (project), ==, 1200000);

  /* The copy taken before: the old schema, the same rows, owner only. */
  backup = gt_store_get_backup_path (f->store);
  g_assert_nonnull (backup);
  g_assert_true (g_str_has_prefix (backup, prefix));
  g_assert_true (g_str_has_suffix (backup, ".bak"));
  g_assert_cmpuint (strlen (backup), ==, strlen (prefix) + strlen ("YYYYmmdd-HHMMSS.bak"));
  g_assert_cmpint (query_file (backup, "PRAGMA user_version", 0), ==, 1);
  g_assert_cmpint (query_file (backup, "SELECT count (*) FROM projects WHERE id = 3", 0), ==, 1);
  g_assert_cmpint (query_file (backup, "SELECT count (*) FROM pragma_table_info ('projects') "
                               "WHERE name = 'deleted'", 0), ==, 0);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Once is enough. */
  close_store (f);
  open_store (f);
  g_assert_null (gt_store_get_backup_path (f->store));
}

/* Refused, named in the message, and left exactly as it was. */
static void
assert_refused (Fixture      *f,
                const char   *path,
                GtStoreError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize n_before, n_after;
  GDir *dir;
  guint n_files = 0;

  gt_test_assert_no_side_files (path);
  g_assert_true (g_file_get_contents (path, &before, &n_before, NULL));

  store = gt_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, GT_STORE_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, display));

  g_assert_true (g_file_get_contents (path, &after, &n_after, NULL));
  g_assert_cmpmem (before, n_before, after, n_after);
  gt_test_assert_no_side_files (path);
  dir = g_dir_open (f->dir, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_dir_close (dir);
  g_assert_cmpuint (n_files, ==, 1);
}

static void
test_refuse_not_sqlite (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  guint8 noise[4096];

  SKIP_ON_SERVER ("files that are not SQLite: a server holds no file");
  g_assert_true (g_file_set_contents (f->path, "名称,总投资\n城东污水处理厂,52000\n", -1, NULL));
  assert_refused (f, f->path, GT_STORE_ERROR_NOT_A_DATABASE);

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (guint8) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (f->path, (const char *) noise, sizeof noise, NULL));
  assert_refused (f, f->path, GT_STORE_ERROR_NOT_A_DATABASE);

  /* The magic alone does not make a database. */
  memcpy (noise, "SQLite format 3", 16);
  g_assert_true (g_file_set_contents (f->path, (const char *) noise, sizeof noise, NULL));
  assert_refused (f, f->path, GT_STORE_ERROR_CORRUPT);
}

static void
test_refuse_corrupt (Fixture       *f,
                     gconstpointer  data)
{
  SKIP_ON_SERVER ("a damaged file: a server holds no file");
  open_store (f);
  for (guint i = 0; i < 40; i++)
    g_object_unref (add_leader (f, "一位包联领导的名字写得长一些"));
  close_store (f);

  gt_test_damage_table (f->path, "leaders");

  assert_refused (f, f->path, GT_STORE_ERROR_CORRUPT);
}

static void
test_refuse_too_new (Fixture       *f,
                     gconstpointer  data)
{
  /* A name SQLite's URIs would trip over, for the immutable check connection. */
  g_autofree char *path = g_build_filename (f->dir, "旧 台账 ?#%&=.db", NULL);
  sqlite3 *db = NULL;

  SKIP_ON_SERVER ("a file of a newer version: the server's is /server/too-new");
  g_free (f->path);
  f->path = g_strdup (path);
  open_store (f);
  close_store (f);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  gt_test_sqlite_exec (db, "PRAGMA user_version = 99");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  assert_refused (f, path, GT_STORE_ERROR_TOO_NEW);
}

static void
test_refuse_foreign (Fixture       *f,
                     gconstpointer  data)
{
  sqlite3 *db = NULL;

  SKIP_ON_SERVER ("another program's file: the server's is /server/foreign-database");
  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                    NULL), ==, SQLITE_OK);
  gt_test_sqlite_exec (db, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  /* Not a Guatu register, rather than a damaged one: the window says so. */
  assert_refused (f, f->path, GT_STORE_ERROR_NOT_A_DATABASE);
}

/* Guatu's mark with no schema version (or a negative one) is no file any Guatu
 * wrote: it marks a file only after migrating it. Guards the check of the
 * version after the mark's: without it, the open would migrate from version 0
 * and create our tables among the other program's. */
static void
test_refuse_mark_without_version (Fixture       *f,
                                  gconstpointer  data)
{
  static const char *const setups[] = {
    "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');",
    "CREATE TABLE contacts (name TEXT); PRAGMA user_version = -1;",
  };

  SKIP_ON_SERVER ("a file marked as Guatu's with no version: a server has no file mark");
  for (guint i = 0; i < G_N_ELEMENTS (setups); i++)
    {
      sqlite3 *db = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GtStore) store = NULL;

      if (g_file_test (f->path, G_FILE_TEST_EXISTS))
        g_assert_cmpint (g_remove (f->path), ==, 0);
      g_assert_cmpint (sqlite3_open_v2 (f->path, &db,
                                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                       ==, SQLITE_OK);
      gt_test_sqlite_exec (db, setups[i]);
      /* A PRAGMA takes no parameters; the value is a constant of this build. */
      gt_test_sqlite_exec (db, "PRAGMA application_id = " G_STRINGIFY (GT_STORE_APPLICATION_ID));
      g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

      assert_refused (f, f->path, GT_STORE_ERROR_NOT_A_DATABASE);
      store = gt_store_open (f->path, &error);
      g_assert_nonnull (strstr (error->message, "it is the database of another program"));
    }
}

/* Another program's file that happens to have a user_version of an older
 * register (and is in WAL mode, which is what the open switched it to): not
 * migrated, its header not touched, no copy made per try. */
static void
test_refuse_foreign_versioned (Fixture       *f,
                               gconstpointer  data)
{
  SKIP_ON_SERVER ("another program's versioned file: the server's is /server/foreign-database");
  for (int version = 1; version <= GT_STORE_SCHEMA_VERSION; version++)
    {
      sqlite3 *db = NULL;

      if (g_file_test (f->path, G_FILE_TEST_EXISTS))
        g_assert_cmpint (g_remove (f->path), ==, 0);
      g_assert_cmpint (sqlite3_open_v2 (f->path, &db,
                                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                       ==, SQLITE_OK);
      gt_test_sqlite_exec (db, "CREATE TABLE contacts (name TEXT); "
                               "INSERT INTO contacts VALUES ('x');");
      /* A table of ours among theirs does not make it ours. */
      gt_test_sqlite_exec (db, "CREATE TABLE leaders (id INTEGER PRIMARY KEY, name TEXT);");
      {
        /* A PRAGMA takes no parameters; the number is the loop's. */
        g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", version);

        gt_test_sqlite_exec (db, sql);
      }
      g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

      for (guint i = 0; i < 2; i++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GtStore) store = NULL;

          assert_refused (f, f->path, GT_STORE_ERROR_NOT_A_DATABASE);
          store = gt_store_open (f->path, &error);
          g_assert_nonnull (strstr (error->message, "it is the database of another program"));
        }
    }

  /* Another program's mark, whatever the tables. */
  {
    sqlite3 *db = NULL;

    g_assert_cmpint (g_remove (f->path), ==, 0);
    g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                      NULL), ==, SQLITE_OK);
    g_assert_true (_gt_store_schema_migrate (db, GT_STORE_SCHEMA_VERSION, NULL));
    gt_test_sqlite_exec (db, "PRAGMA application_id = 1234");
    g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
    assert_refused (f, f->path, GT_STORE_ERROR_NOT_A_DATABASE);
  }
}

/* Registers carry Guatu's application_id from their creation, and those from
 * before it get it at their first open; such a file is recognised by its
 * tables, for every schema version. */
static void
test_application_id (Fixture       *f,
                     gconstpointer  data)
{
  SKIP_ON_SERVER ("SQLite's application id in the file header");
  open_store (f);
  close_store (f);
  g_assert_cmpint (query_file (f->path, "PRAGMA application_id", 0), ==,
                   GT_STORE_APPLICATION_ID);
  g_assert_cmpint (GT_STORE_APPLICATION_ID, ==, 0x47545531);

  for (int version = 1; version <= GT_STORE_SCHEMA_VERSION; version++)
    {
      sqlite3 *db = NULL;
      GDir *dir;
      const char *name;

      g_assert_cmpint (g_remove (f->path), ==, 0);
      g_assert_cmpint (sqlite3_open_v2 (f->path, &db,
                                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                       ==, SQLITE_OK);
      g_assert_true (_gt_store_schema_migrate (db, version, NULL));
      gt_test_sqlite_exec (db, "INSERT INTO leaders (id, name) VALUES (7, '李强')");
      g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
      g_assert_cmpint (query_file (f->path, "PRAGMA application_id", 0), ==, 0);

      open_store (f);
      g_assert_cmpuint (n_items (gt_store_get_leaders (f->store)), ==, 1);
      close_store (f);
      g_assert_cmpint (query_file (f->path, "PRAGMA application_id", 0), ==,
                       GT_STORE_APPLICATION_ID);

      /* The copies made before migrating are not registers of this test. */
      dir = g_dir_open (f->dir, 0, NULL);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          if (g_str_has_suffix (name, ".bak"))
            {
              g_autofree char *bak = g_build_filename (f->dir, name, NULL);

              g_assert_cmpint (g_remove (bak), ==, 0);
            }
        }
      g_dir_close (dir);
    }
}

/* Never blocks, never opened: refused for what it is, with a message. */
static void
assert_special_refused (const char *path,
                        const char *words)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;

  store = gt_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, display));
  g_assert_nonnull (strstr (error->message, words));
  g_clear_error (&error);

  store = gt_store_open_deferring_check (path, &error);
  g_assert_null (store);
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_refuse_special (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (f->dir, "pipe.db", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "folder.db", NULL);
  g_autofree char *link = g_build_filename (f->dir, "null.db", NULL);

  SKIP_ON_SERVER ("special files (folders, devices, pipes) at the path: a server has no path");
  /* A FIFO opened for reading would wait for a writer forever: fail instead. */
  alarm (30);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_special_refused (fifo, "not a regular file");
  g_assert_cmpint (g_remove (fifo), ==, 0);

  assert_special_refused ("/dev/null", "not a regular file");
  g_assert_cmpint (symlink ("/dev/null", link), ==, 0);
  assert_special_refused (link, "not a regular file");
  g_assert_cmpint (g_remove (link), ==, 0);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  assert_special_refused (folder, "folder");
  g_assert_cmpint (g_rmdir (folder), ==, 0);
  alarm (0);

  /* Nothing was made beside them. */
  {
    GDir *dir = g_dir_open (f->dir, 0, NULL);

    g_assert_null (g_dir_read_name (dir));
    g_dir_close (dir);
  }
}

/* A register left with a WAL that another database wrote: B's pages would
 * replace some of A's (the table's, not its index's). Refused, with the file
 * and the WAL exactly as they were, and no copy made. */
static void
test_refuse_foreign_wal (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *other_wal = g_strconcat (other, "-wal", NULL);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *wal_bytes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize n_wal, n_before, n_after;
  const char *paths[] = { f->path, other };
  sqlite3 *db = NULL;

  SKIP_ON_SERVER ("another file's -wal beside the register: SQLite's side files");
  /* Two registers alike page for page, projects pointing to other leaders. */
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GtStore) store = gt_store_open (paths[i], &error);
      sqlite3_stmt *stmt = NULL;

      g_assert_no_error (error);
      g_clear_object (&store);
      g_assert_cmpint (sqlite3_open_v2 (paths[i], &db, SQLITE_OPEN_READWRITE, NULL), ==,
                       SQLITE_OK);
      gt_test_sqlite_exec (db, "INSERT INTO leaders (id, name) VALUES (1, '甲'), (2, '乙')");
      g_assert_cmpint (sqlite3_prepare_v2 (db,
                                           "WITH RECURSIVE n (x) AS (SELECT 1 UNION ALL "
                                           "SELECT x + 1 FROM n WHERE x < 200) "
                                           "INSERT INTO projects (name, level, stage, "
                                           "leader_id) SELECT '项目' || x, 'county', "
                                           "'planned', ?1 FROM n", -1, &stmt, NULL),
                       ==, SQLITE_OK);
      sqlite3_bind_int (stmt, 1, (int) i + 1);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_finalize (stmt);
      g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
    }

  /* B changes a column no index covers, and its WAL is copied while it is
   * open: the copy over a crashed session. */
  g_assert_cmpint (sqlite3_open_v2 (other, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  gt_test_sqlite_exec (db, "PRAGMA wal_autocheckpoint = 0");
  gt_test_sqlite_exec (db, "UPDATE projects SET notes = 'B' WHERE id % 3 = 0");
  g_assert_true (g_file_get_contents (other_wal, &wal_bytes, &n_wal, NULL));
  g_assert_cmpuint (n_wal, >, 0);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  g_assert_cmpint (g_remove (other), ==, 0);
  g_assert_true (g_file_set_contents (wal, wal_bytes, n_wal, NULL));
  g_assert_true (g_file_get_contents (f->path, &before, &n_before, NULL));

  /* What SQLite makes of the pair, on a copy: the structure holds (the quick
   * check the store runs passes), an index no longer matches its table. */
  {
    g_autofree char *probe = g_build_filename (f->dir, "probe.db", NULL);
    g_autofree char *probe_wal = g_strconcat (probe, "-wal", NULL);
    g_autofree char *probe_shm = g_strconcat (probe, "-shm", NULL);
    g_autofree char *quick = NULL;
    g_autofree char *full = NULL;

    g_assert_true (g_file_set_contents (probe, before, n_before, NULL));
    g_assert_true (g_file_set_contents (probe_wal, wal_bytes, n_wal, NULL));
    g_assert_cmpint (sqlite3_open_v2 (probe, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    quick = gt_test_sqlite_text (db, "PRAGMA quick_check");
    full = gt_test_sqlite_text (db, "PRAGMA integrity_check");
    g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
    g_assert_cmpstr (quick, ==, "ok");
    g_assert_cmpstr (full, !=, "ok");
    g_remove (probe_shm);
    g_remove (probe_wal);
    g_assert_cmpint (g_remove (probe), ==, 0);
  }

  for (guint deferring = 0; deferring < 2; deferring++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GtStore) store = NULL;
      g_autofree char *wal_after = NULL;
      GDir *dir;
      const char *name;

      if (deferring)
        store = gt_store_open_deferring_check (f->path, &error);
      else
        store = gt_store_open (f->path, &error);
      g_assert_null (store);
      g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CORRUPT);

      g_assert_true (g_file_get_contents (f->path, &after, &n_after, NULL));
      g_assert_cmpmem (before, n_before, after, n_after);
      g_clear_pointer (&after, g_free);
      g_assert_true (g_file_get_contents (wal, &wal_after, &n_after, NULL));
      g_assert_cmpmem (wal_bytes, n_wal, wal_after, n_after);

      /* Only the file, its WAL and SQLite's shared memory. */
      dir = g_dir_open (f->dir, 0, NULL);
      while ((name = g_dir_read_name (dir)) != NULL)
        g_assert_true (g_str_has_prefix (name, "guatu.db") &&
                       (name[8] == '\0' || g_str_equal (name + 8, "-wal") ||
                        g_str_equal (name + 8, "-shm")));
      g_dir_close (dir);
    }
}

static void
test_busy (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  sqlite3 *db = NULL;

  SKIP_ON_SERVER ("SQLite's exclusive file lock at open: the server has no file lock");
  /* Another program holds the file locked for writing. */
  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                    NULL), ==, SQLITE_OK);
  g_assert_true (_gt_store_schema_migrate (db, GT_STORE_SCHEMA_VERSION, &error));
  gt_test_sqlite_exec (db, "BEGIN EXCLUSIVE; INSERT INTO leaders (name) VALUES ('周密');");

  store = gt_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_BUSY);
  g_clear_error (&error);

  gt_test_sqlite_exec (db, "COMMIT");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  open_store (f);
  g_assert_cmpuint (n_items (gt_store_get_leaders (f->store)), ==, 1);
}

/* Another program holding the write lock for a moment: its connection in a
 * thread of this test, released after a short while. */
typedef struct {
  const char *path;
  GMutex      lock;
  GCond       cond;
  gboolean    holding;
} Holder;

static const GtDbQuery insert_other_leader =
  GT_DB_QUERY ("test-insert-other-leader", "INSERT INTO leaders (name) VALUES ('另一程序')");

static gpointer
hold_write_lock (gpointer data)
{
  Holder *holder = data;
  g_autoptr(GError) error = NULL;
  GtDb *db = gt_test_db_connect (holder->path);

  g_assert_true (gt_db_begin (db, GT_DB_WRITE, &error));
  g_assert_no_error (error);
  g_assert_true (gt_db_exec (db, &insert_other_leader, &error));
  g_assert_no_error (error);
  g_mutex_lock (&holder->lock);
  holder->holding = TRUE;
  g_cond_signal (&holder->cond);
  g_mutex_unlock (&holder->lock);
  /* Far less than the store's busy timeout: the store's write must wait it
   * out rather than fail. */
  g_usleep (200 * G_TIME_SPAN_MILLISECOND);
  g_assert_true (gt_db_commit (db, &error));
  g_assert_no_error (error);
  gt_db_close (db);

  return NULL;
}

/* An edit while another program commits (its write lock held for ~200 ms)
 * waits for the lock and succeeds: an office with the command line importing
 * beside the window must not see "another program is using the file" for a
 * lock held a moment. Guards the busy timeout (a timeout of 0 fails at once). */
static void
test_busy_waits (Fixture       *f,
                 gconstpointer  data)
{
  Holder holder = { .path = f->path };
  g_autoptr(GtLeader) leader = NULL;
  GThread *thread;

  g_mutex_init (&holder.lock);
  g_cond_init (&holder.cond);
  thread = g_thread_new ("holder", hold_write_lock, &holder);
  g_mutex_lock (&holder.lock);
  while (!holder.holding)
    g_cond_wait (&holder.cond, &holder.lock);
  g_mutex_unlock (&holder.lock);

  leader = add_leader (f, "等一下");
  g_thread_join (thread);
  g_mutex_clear (&holder.lock);
  g_cond_clear (&holder.cond);

  g_assert_cmpint (query_file (f->path, "SELECT count(*) FROM leaders", 0), ==, 2);
}

/* The history holds 100 edits, and each can be taken back. Guards the
 * length of the history (a shorter one drops the oldest edits unnoticed). */
static void
test_undo_hundred (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) leaders = g_ptr_array_new_with_free_func (g_object_unref);

  gt_store_begin (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(GtLeader) leader = gt_leader_new ();
      g_autofree char *name = g_strdup_printf ("领导%u", i);

      gt_leader_set_name (leader, name);
      g_assert_true (gt_store_add_leader (f->store, leader, &error));
      g_assert_no_error (error);
    }
  g_assert_true (gt_store_commit (f->store, &error));
  g_assert_no_error (error);
  g_assert_false (gt_store_can_undo (f->store));
  g_assert_cmpuint (n_items (gt_store_get_leaders (f->store)), ==, 100);

  /* One hundred edits, each its own: renames of the leaders added above (taken
   * first, as a rename may move a leader in the sorted list). */
  for (guint i = 0; i < 100; i++)
    g_ptr_array_add (leaders, g_list_model_get_item (gt_store_get_leaders (f->store), i));
  for (guint i = 0; i < 100; i++)
    {
      GtLeader *leader = g_ptr_array_index (leaders, i);
      g_autoptr(GtLeader) copy = gt_leader_copy (leader);
      g_autofree char *name = g_strdup_printf ("%s改", gt_leader_get_name (leader));

      gt_leader_set_name (copy, name);
      g_assert_true (gt_store_update_leader (f->store, copy, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < 100; i++)
    {
      g_assert_true (gt_store_can_undo (f->store));
      g_assert_true (gt_store_undo (f->store, &error));
      g_assert_no_error (error);
    }
  g_assert_false (gt_store_can_undo (f->store));
  g_assert_cmpint (query_file (f->path, "SELECT count(*) FROM leaders WHERE name LIKE '%改'",
                               0), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* The messages compared below are the English ones. */
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, setup, func) \
  g_test_add (name, Fixture, NULL, setup, func, teardown)

  ADD ("/store/create", setup_store, test_create);
  ADD ("/store/create/file", setup_store, test_create_file);
  ADD ("/store/projects", setup_store, test_project_edits);
  ADD ("/store/leaders-units", setup_store, test_leaders_and_units);
  ADD ("/store/issues", setup_store, test_issue_edits);
  ADD ("/store/undo", setup_store, test_undo);
  ADD ("/store/reports-year", setup_store, test_reports_and_year);
  ADD ("/store/milestones", setup_store, test_milestones);
  ADD ("/store/failed-edit", setup_store, test_failed_edit);
  ADD ("/store/batch", setup_store, test_batch);
  ADD ("/store/migrate", setup_dir, test_migrate);
  ADD ("/store/refuse/not-sqlite", setup_dir, test_refuse_not_sqlite);
  ADD ("/store/refuse/corrupt", setup_dir, test_refuse_corrupt);
  ADD ("/store/refuse/too-new", setup_dir, test_refuse_too_new);
  ADD ("/store/refuse/foreign", setup_dir, test_refuse_foreign);
  ADD ("/store/refuse/foreign-versioned", setup_dir, test_refuse_foreign_versioned);
  ADD ("/store/refuse/special", setup_dir, test_refuse_special);
  ADD ("/store/refuse/foreign-wal", setup_dir, test_refuse_foreign_wal);
  ADD ("/store/application-id", setup_dir, test_application_id);
  ADD ("/store/busy", setup_dir, test_busy);
  ADD ("/store/busy-waits", setup_store, test_busy_waits);
  ADD ("/store/undo-hundred", setup_store, test_undo_hundred);
  ADD ("/store/refuse/mark-without-version", setup_dir, test_refuse_mark_without_version);

#undef ADD

  return g_test_run ();
}
