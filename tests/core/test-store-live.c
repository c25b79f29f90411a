/* test-store-live.c: what other programs commit to an open register reaches
 * the store's lists (gt_store_refresh()), row by row, and undo never writes
 * over it.
 *
 * "Another program" is tests/live-edit, a process of its own committing through
 * a store of its own, or a second store in this process, as a second window.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "gt-store.h"
#include "gt-sqlite-db.h"
#include "gt-store-private.h"
#include "gt-test-util.h"

typedef struct {
  char    *dir;
  char    *path;
  GtStore *store;
  GString *log;   /* "P0-1+1 changed " …: items-changed by list, and ::changed */
  /* The register as set up: ids of the rows every test starts from. */
  gint64   leaders[2];
  gint64   projects[3];
  gint64   issues[2];
  int      year;
} Fixture;

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

static GtProject *
add_project (GtStore    *store,
             const char *name,
             gint64      leader_id)
{
  g_autoptr(GError) error = NULL;
  GtProject *project = gt_project_new ();

  gt_project_set_name (project, name);
  gt_project_set_leader_id (project, leader_id);
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
  return project;
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  static const char * const leader_names[] = { "李强", "王芳" };
  static const char * const project_names[] = { "城东污水处理厂", "老城区改造", "产业园道路" };
  g_autoptr(GError) error = NULL;

  f->dir = gt_test_make_dir ();
  f->path = g_build_filename (f->dir, "guatu.db", NULL);
  f->log = g_string_new (NULL);
  f->store = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  f->year = gt_store_get_year (f->store);

  for (guint i = 0; i < G_N_ELEMENTS (leader_names); i++)
    {
      g_autoptr(GtLeader) leader = gt_leader_new ();

      gt_leader_set_name (leader, leader_names[i]);
      g_assert_true (gt_store_add_leader (f->store, leader, &error));
      f->leaders[i] = gt_leader_get_id (leader);
    }
  for (guint i = 0; i < G_N_ELEMENTS (project_names); i++)
    {
      g_autoptr(GtProject) project = add_project (f->store, project_names[i], f->leaders[0]);

      f->projects[i] = gt_project_get_id (project);
    }
  for (guint i = 0; i < G_N_ELEMENTS (f->issues); i++)
    {
      g_autoptr(GtIssue) issue = gt_issue_new ();

      gt_issue_set_project_id (issue, f->projects[i + 1]);
      gt_issue_set_description (issue, i == 0 ? "征地拆迁未完成" : "资金缺口");
      g_assert_true (gt_store_add_issue (f->store, issue, &error));
      f->issues[i] = gt_issue_get_id (issue);
    }
  g_assert_no_error (error);

  watch (f, gt_store_get_projects (f->store), "P");
  watch (f, gt_store_get_leaders (f->store), "L");
  watch (f, gt_store_get_units (f->store), "U");
  watch (f, gt_store_get_issues (f->store), "I");
  g_signal_connect (f->store, "changed", G_CALLBACK (log_changed), f);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_signal_handlers_disconnect_by_data (gt_store_get_projects (f->store), f);
  g_signal_handlers_disconnect_by_data (gt_store_get_leaders (f->store), f);
  g_signal_handlers_disconnect_by_data (gt_store_get_units (f->store), f);
  g_signal_handlers_disconnect_by_data (gt_store_get_issues (f->store), f);
  g_signal_handlers_disconnect_by_data (f->store, f);
  g_assert_finalize_object (g_steal_pointer (&f->store));
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_string_free (f->log, TRUE);
}

/* Runs tests/live-edit on the register: each edit its own commit, by another
 * process. Returns what it printed (the ids of what it added). */
static char *
live_edit (Fixture    *f,
           const char *first_edit,
           ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_test_build_filename (G_TEST_BUILT, "live-edit", NULL);
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;
  va_list args;

  g_ptr_array_add (argv, program);
  g_ptr_array_add (argv, f->path);
  va_start (args, first_edit);
  for (const char *arg = first_edit; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("live-edit failed: %s", err);

  return out;
}

static char *
id_text (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

static gint64
query_file (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static void
exec_file (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static const char *
project_name (Fixture *f,
              gint64   id)
{
  GtProject *project = gt_store_lookup_project (f->store, id);

  return project != NULL ? gt_project_get_name (project) : NULL;
}

static gboolean
refresh (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gboolean changed = gt_store_refresh (f->store, &error);

  g_assert_no_error (error);
  return changed;
}

/* Added, changed and deleted by another process: just those rows reload, the
 * objects views hold keep their identity, the figures follow. */
static void
test_other_process (Fixture       *f,
                    gconstpointer  data)
{
  GtProject *first = gt_store_lookup_project (f->store, f->projects[0]);
  GtIssue *issue = gt_store_lookup_issue (f->store, f->issues[0]);
  g_autofree char *first_id = id_text (f->projects[0]);
  g_autofree char *second_id = id_text (f->projects[1]);
  g_autofree char *third_id = id_text (f->projects[2]);
  g_autofree char *issue_id = id_text (f->issues[1]);
  g_autofree char *year = g_strdup_printf ("%d", f->year);
  g_autofree char *added = NULL;
  g_autofree char *restored = NULL;
  GtProject *new_project;
  gint64 new_project_id, new_leader_id;
  char **ids;

  /* Nothing yet: the poll says so, and nothing is emitted. */
  g_assert_false (refresh (f));
  assert_log (f, "");

  added = live_edit (f, "rename-project", first_id, "城东污水处理厂（二期）",
                     "delete-project", second_id,
                     "add-project", "高铁站前广场",
                     "report", third_id, year, "3", "4500000",
                     "plan", third_id, year, "9000000",
                     "add-leader", "赵敏", NULL);
  ids = g_strsplit (added, "\n", -1);
  new_project_id = g_ascii_strtoll (ids[0], NULL, 10);
  new_leader_id = g_ascii_strtoll (ids[1], NULL, 10);
  g_strfreev (ids);

  /* The lists still show what they read: nothing moves by itself. */
  g_assert_cmpstr (project_name (f, f->projects[0]), ==, "城东污水处理厂");
  assert_log (f, "");

  g_assert_true (refresh (f));
  /* Leaders first; then projects in id order: the renamed one at 0, the deleted
   * one leaving 1 (its issue leaving with it), the reported one changed at its
   * new position 1, the new one in at 2. One ::changed for the lot. */
  assert_log (f, "L2-0+1 P0-1+1 P1-1+0 I0-1+0 P1-1+1 P2-0+1 changed ");

  g_assert_true (gt_store_lookup_project (f->store, f->projects[0]) == first);
  g_assert_cmpstr (gt_project_get_name (first), ==, "城东污水处理厂（二期）");
  g_assert_null (gt_store_lookup_project (f->store, f->projects[1]));
  g_assert_null (gt_store_lookup_issue (f->store, f->issues[0]));
  g_assert_cmpint (gt_project_get_completed (gt_store_lookup_project (f->store, f->projects[2])),
                   ==, 4500000);
  g_assert_cmpint (gt_project_get_annual_plan (gt_store_lookup_project (f->store,
                                                                        f->projects[2])),
                   ==, 9000000);
  new_project = gt_store_lookup_project (f->store, new_project_id);
  g_assert_nonnull (new_project);
  g_assert_cmpstr (gt_project_get_name (new_project), ==, "高铁站前广场");
  g_assert_cmpstr (gt_leader_get_name (gt_store_lookup_leader (f->store, new_leader_id)), ==,
                   "赵敏");
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (f->store)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_issues (f->store)), ==, 1);

  /* Seen: the next poll finds nothing. */
  g_assert_false (refresh (f));
  assert_log (f, "");

  /* Restored elsewhere: it comes back with its issue, the very object that
   * left with it (views and undo commands may hold it). */
  restored = live_edit (f, "restore-project", second_id, NULL);
  g_assert_true (refresh (f));
  assert_log (f, "P1-0+1 I0-0+1 changed ");
  g_assert_cmpstr (project_name (f, f->projects[1]), ==, "老城区改造");
  g_assert_true (gt_store_lookup_issue (f->store, f->issues[0]) == issue);

  /* An issue deleted elsewhere leaves the list. */
  g_free (live_edit (f, "delete-issue", issue_id, NULL));
  g_assert_true (refresh (f));
  assert_log (f, "I1-1+0 changed ");
  g_assert_null (gt_store_lookup_issue (f->store, f->issues[1]));
}

/* The command line importing a ledger into the register a window has open. */
static void
test_cli_import (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (f->dir, "台账.csv", NULL);
  g_auto(GtTestRun) run = { 0, };
  g_auto(GStrv) env = gt_test_cli_environ (f->dir, NULL);
  GtProject *project;

  g_assert_true (g_file_set_contents (csv, "项目名称,总投资（万元）\n高铁站前广场,52000\n", -1,
                                      NULL));
  gt_test_run_guatuv (f->dir, env, &run, "--database", f->path, "--import", csv, NULL);
  g_assert_cmpint (run.status, ==, 0);

  g_assert_true (refresh (f));
  assert_log (f, "P3-0+1 changed ");
  project = g_list_model_get_item (gt_store_get_projects (f->store), 3);
  g_assert_cmpstr (gt_project_get_name (project), ==, "高铁站前广场");
  g_assert_cmpint (gt_project_get_total_investment (project), ==, 520000000);
  g_object_unref (project);
}

/* Two stores on one file in one process, as two windows: each sees the other's
 * commits, and its own commits need no reloading. */
static void
test_two_stores (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) other = gt_store_open (f->path, &error);
  g_autoptr(GtLeader) leader = NULL;
  g_autoptr(GtProject) copy = NULL;

  g_assert_no_error (error);
  g_assert_false (gt_store_refresh (other, &error));

  /* The other store's edit. */
  leader = gt_leader_copy (gt_store_lookup_leader (other, f->leaders[1]));
  gt_leader_set_name (leader, "王芳芳");
  g_assert_true (gt_store_update_leader (other, leader, &error));
  g_assert_no_error (error);
  g_assert_true (refresh (f));
  assert_log (f, "L1-1+1 changed ");
  g_assert_cmpstr (gt_leader_get_name (gt_store_lookup_leader (f->store, f->leaders[1])), ==,
                   "王芳芳");

  /* This store's own edit: its lists already show it; a poll finds nothing
   * (PRAGMA data_version moves only for other connections' commits). */
  copy = gt_project_copy (gt_store_lookup_project (f->store, f->projects[2]));
  gt_project_set_name (copy, "产业园道路（东段）");
  g_assert_true (gt_store_update_project (f->store, copy, &error));
  g_assert_no_error (error);
  assert_log (f, "P2-1+1 changed ");
  g_assert_false (refresh (f));
  assert_log (f, "");
  g_assert_true (gt_store_refresh (other, &error));
  g_assert_cmpstr (gt_project_get_name (gt_store_lookup_project (other, f->projects[2])), ==,
                   "产业园道路（东段）");

  /* Both wrote before this store looked: it reads the other's row only (its
   * own entries are told apart by a trigger of its connection's own). */
  g_clear_object (&copy);
  copy = gt_project_copy (gt_store_lookup_project (other, f->projects[0]));
  gt_project_set_name (copy, "污水处理厂");
  g_assert_true (gt_store_update_project (other, copy, &error));
  g_clear_object (&copy);
  copy = gt_project_copy (gt_store_lookup_project (f->store, f->projects[1]));
  gt_project_set_name (copy, "老城区");
  g_assert_true (gt_store_update_project (f->store, copy, &error));
  g_assert_no_error (error);
  g_string_truncate (f->log, 0);
  g_assert_true (refresh (f));
  assert_log (f, "P0-1+1 changed ");
  g_assert_cmpstr (project_name (f, f->projects[0]), ==, "污水处理厂");
  g_assert_cmpstr (project_name (f, f->projects[1]), ==, "老城区");
  g_assert_false (refresh (f));

  /* Inside a batch the store does not look. */
  g_clear_object (&copy);
  copy = gt_project_copy (gt_store_lookup_project (other, f->projects[0]));
  gt_project_set_name (copy, "污水处理厂（批）");
  g_assert_true (gt_store_update_project (other, copy, &error));
  g_assert_true (gt_store_begin (f->store, &error));
  g_assert_false (refresh (f));
  g_assert_true (gt_store_commit (f->store, &error));
  g_assert_no_error (error);
  refresh (f);
  g_assert_cmpstr (project_name (f, f->projects[0]), ==, "污水处理厂（批）");

  /* A store that never read its issues passes over theirs, and reads them as
   * they are when first asked. */
  gt_store_refresh (other, &error);
  g_assert_no_error (error);
  g_assert_true (gt_store_delete_issue (f->store, gt_store_lookup_issue (f->store, f->issues[1]),
                                        &error));
  g_assert_no_error (error);
  g_assert_false (gt_store_refresh (other, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_issues (other)), ==, 1);
}

static void
assert_conflict (GError     *error,
                 const char *expected)
{
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
rename_project (Fixture    *f,
                gint64      id,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtProject) copy = gt_project_copy (gt_store_lookup_project (f->store, id));

  gt_project_set_name (copy, name);
  g_assert_true (gt_store_update_project (f->store, copy, &error));
  g_assert_no_error (error);
}

/* Undo and redo never write over another program's newer change. */
static void
test_undo_refused (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();
  g_autofree char *first_id = id_text (f->projects[0]);
  g_autofree char *third_id = id_text (f->projects[2]);
  g_autofree char *year = g_strdup_printf ("%d", f->year);

  /* This store's own edits, undone and redone, never count as another's. */
  rename_project (f, f->projects[2], "一改");
  rename_project (f, f->projects[2], "二改");
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_true (gt_store_redo (f->store, &error));
  g_assert_true (gt_store_redo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (project_name (f, f->projects[2]), ==, "二改");

  /* Another program's change to another row is no obstacle. */
  g_free (live_edit (f, "rename-project", first_id, "别处改的", NULL));
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (project_name (f, f->projects[2]), ==, "一改");

  /* Undo refused: the row keeps the other program's version, which the lists
   * now show, and the edit leaves the history (undo moves on to the one
   * before). The edit itself is made on what the lists show (the window polls
   * twice a second): the first rename is taken in first. */
  refresh (f);
  rename_project (f, f->projects[0], "这里改的");
  g_free (live_edit (f, "rename-project", first_id, "那边又改了", NULL));
  g_string_truncate (f->log, 0);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Edit Project “这里改的”");
  g_assert_false (gt_store_undo (f->store, &error));
  assert_conflict (error, "Cannot undo: “这里改的” was changed by another program since.");
  g_clear_error (&error);
  g_assert_cmpstr (project_name (f, f->projects[0]), ==, "那边又改了");
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM projects "
                                        "WHERE name = '那边又改了'"), ==, 1);
  /* The refusal refreshed the lists: just the other program's row. This
   * store's own undo above, committed while the other's commit was unseen,
   * is not read again. */
  assert_log (f, "P0-1+1 changed ");
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Edit Project “一改”");

  /* Redo refused: the redo list goes, since its later edits built on it. */
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_cmpstr (project_name (f, f->projects[2]), ==, "产业园道路");
  g_free (live_edit (f, "rename-project", third_id, "第三方", NULL));
  g_assert_false (gt_store_redo (f->store, &error));
  assert_conflict (error, "Cannot redo: “一改” was changed by another program since.");
  g_clear_error (&error);
  g_assert_false (gt_store_can_redo (f->store));
  g_assert_cmpstr (project_name (f, f->projects[2]), ==, "第三方");

  /* A deleted project: another program cannot touch it, so undo restores it;
   * restored elsewhere first, there is nothing to restore. */
  g_assert_true (gt_store_delete_project (f->store,
                                          gt_store_lookup_project (f->store, f->projects[0]),
                                          &error));
  g_free (live_edit (f, "restore-project", first_id, NULL));
  g_assert_false (gt_store_undo (f->store, &error));
  assert_conflict (error, "Cannot undo: “那边又改了” was changed by another program since.");
  g_clear_error (&error);
  g_assert_nonnull (gt_store_lookup_project (f->store, f->projects[0]));

  /* A month's report typed over elsewhere. */
  gt_monthly_report_set_project_id (report, f->projects[2]);
  gt_monthly_report_set_month (report, f->year, 2);
  gt_monthly_report_set_completed (report, 100);
  g_assert_true (gt_store_save_monthly_report (f->store, report, &error));
  g_assert_no_error (error);
  g_free (live_edit (f, "report", third_id, year, "2", "300", NULL));
  g_assert_false (gt_store_undo (f->store, &error));
  assert_conflict (error, "Cannot undo: “第三方” was changed by another program since.");
  g_clear_error (&error);
  g_assert_cmpint (gt_project_get_completed (gt_store_lookup_project (f->store, f->projects[2])),
                   ==, 300);
}

/* A save made on what the lists show, when another program changed the row
 * since and the lists have not taken it in: refused, naming who and when, and
 * the lists show the other program's values. Once they do, the save goes. */
static void
test_save_over_unseen (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtProject) copy = gt_project_copy (gt_store_lookup_project (f->store,
                                                                          f->projects[1]));
  g_autofree char *second_id = id_text (f->projects[1]);
  g_autofree char *expected = NULL;

  g_autofree char *undo_label = g_strdup (gt_store_get_undo_label (f->store));

  g_free (live_edit (f, "rename-project", second_id, "别处先改的", NULL));

  gt_project_set_name (copy, "这里后改的");
  g_assert_false (gt_store_update_project (f->store, copy, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT);
  /* The other program's desk has the same default name as this one's. */
  expected = g_strdup_printf ("“这里后改的” was changed meanwhile by %s, at ",
                              gt_store_get_desk_name (f->store));
  g_assert_true (g_str_has_prefix (error->message, expected));
  g_assert_nonnull (strstr (error->message, "make your change again"));
  g_clear_error (&error);
  g_assert_cmpstr (project_name (f, f->projects[1]), ==, "别处先改的");
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM projects "
                                        "WHERE name = '这里后改的'"), ==, 0);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, undo_label);

  /* Now made on the newer values, it is saved. */
  g_clear_object (&copy);
  copy = gt_project_copy (gt_store_lookup_project (f->store, f->projects[1]));
  gt_project_set_name (copy, "这里后改的");
  g_assert_true (gt_store_update_project (f->store, copy, &error));
  g_assert_no_error (error);

  /* Another row's change is no obstacle, and neither is a report filed for the
   * project (a unit's figures never stop the office from editing it). */
  g_free (live_edit (f, "rename-project", second_id, "再改", NULL));
  refresh (f);
  {
    g_autofree char *year = g_strdup_printf ("%d", f->year);

    g_free (live_edit (f, "report", second_id, year, "4", "1200", NULL));
  }
  g_clear_object (&copy);
  copy = gt_project_copy (gt_store_lookup_project (f->store, f->projects[1]));
  gt_project_set_notes (copy, "备注");
  g_assert_true (gt_store_update_project (f->store, copy, &error));
  g_assert_no_error (error);

  /* Deleting over an unseen change is refused the same way. */
  g_free (live_edit (f, "rename-project", second_id, "删除前别处改的", NULL));
  g_assert_false (gt_store_delete_project (f->store,
                                           gt_store_lookup_project (f->store, f->projects[1]),
                                           &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_nonnull (gt_store_lookup_project (f->store, f->projects[1]));
  g_assert_cmpstr (project_name (f, f->projects[1]), ==, "删除前别处改的");
}

/* An editor filled before another program's change, saved after the lists
 * showed it: its old values would write over the change without a word. */
static void
test_save_over_seen_meanwhile (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = f->projects[1];
  g_autoptr(GtProject) copy = gt_project_copy (gt_store_lookup_project (f->store, id));
  gint64 seen = gt_store_get_seen (f->store);
  g_autofree char *second_id = id_text (id);

  g_free (live_edit (f, "rename-project", second_id, "别处改的名称", NULL));
  refresh (f);
  g_assert_cmpstr (project_name (f, id), ==, "别处改的名称");

  /* The editor's copy still holds the old name; only the notes were typed. */
  gt_project_set_notes (copy, "编辑器里写的备注");
  g_assert_true (gt_store_get_seen (f->store) > seen);
  g_assert_false (gt_store_update_project_seen (f->store, copy, seen, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpstr (project_name (f, id), ==, "别处改的名称");
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM projects "
                                        "WHERE notes = '编辑器里写的备注'"), ==, 0);

  /* Told, the editor saves again on what it now knows; this desk's own save
   * in between (from the lists) is no obstacle. */
  seen = gt_store_get_seen (f->store);
  {
    g_autoptr(GtProject) fresh = gt_project_copy (gt_store_lookup_project (f->store, id));

    gt_project_set_content (fresh, "列表上改的内容");
    g_assert_true (gt_store_update_project (f->store, fresh, &error));
    g_assert_no_error (error);
  }
  gt_project_set_name (copy, "别处改的名称");
  g_assert_true (gt_store_update_project_seen (f->store, copy, seen, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM projects "
                                        "WHERE notes = '编辑器里写的备注'"), ==, 1);
}

typedef struct {
  const char *path;
  gint64      project_id;
  gboolean    done;
} Overtake;

/* Called by SQLite right after the store's commit, its write lock released:
 * another program commits to the same row before the store has looked again. */
static int
overtake_cb (void       *data,
             sqlite3    *db,
             const char *name,
             int         n_pages)
{
  Overtake *overtake = data;
  g_autofree char *sql = NULL;

  if (overtake->done)
    return SQLITE_OK;
  overtake->done = TRUE;
  sql = g_strdup_printf ("UPDATE projects SET name = '抢先改的' WHERE id = %" G_GINT64_FORMAT,
                         overtake->project_id);
  exec_file (overtake->path, sql);
  return SQLITE_OK;
}

/* Another program commits in the instant between an edit's commit and the
 * store noting what the edit left: what the row holds then is not the edit's,
 * and undo must not take it for the edit's. */
static void
test_undo_overtaken (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = gt_sqlite_db_get_handle (_gt_store_get_db (f->store));
  Overtake overtake = { f->path, f->projects[0], FALSE };

  sqlite3_wal_hook (db, overtake_cb, &overtake);
  rename_project (f, f->projects[0], "这里改的");
  sqlite3_wal_autocheckpoint (db, 1000);
  g_assert_true (overtake.done);

  g_assert_false (gt_store_undo (f->store, &error));
  assert_conflict (error, "Cannot undo: “这里改的” was changed by another program since.");
  g_clear_error (&error);
  g_assert_cmpstr (project_name (f, f->projects[0]), ==, "抢先改的");

  /* The store's own next edit of the row is its own again. */
  rename_project (f, f->projects[0], "再改");
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (project_name (f, f->projects[0]), ==, "抢先改的");
}

/* Entries pruned before the store read them: it cannot tell which rows changed,
 * so it reads every list again, and still ends up with the file's rows. */
static void
test_gap (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *first_id = id_text (f->projects[0]);
  g_autofree char *second_id = id_text (f->projects[1]);
  GtProject *first = gt_store_lookup_project (f->store, f->projects[0]);
  gint64 before;

  g_free (live_edit (f, "rename-project", first_id, "改名一", "delete-project", second_id,
                     "add-project", "新项目", NULL));
  /* What a writer's pruning does to entries nobody read yet. */
  exec_file (f->path, "DELETE FROM changes WHERE seq < (SELECT max (seq) FROM changes)");

  g_assert_true (refresh (f));
  /* Each list once, whole. */
  assert_log (f, "L0-2+2 P0-3+3 I0-2+1 changed ");
  g_assert_true (gt_store_lookup_project (f->store, f->projects[0]) == first);
  g_assert_cmpstr (gt_project_get_name (first), ==, "改名一");
  g_assert_null (gt_store_lookup_project (f->store, f->projects[1]));
  g_assert_null (gt_store_lookup_issue (f->store, f->issues[0]));
  g_assert_false (refresh (f));

  /* The writers themselves prune: the newest 10,000 or so stay. */
  exec_file (f->path,
             "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12000) "
             "INSERT INTO changes (kind, row_id) SELECT 'leader', 1 FROM n");
  before = query_file (f->path, "SELECT count (*) FROM changes");
  g_assert_cmpint (before, >=, 10000);
  g_assert_cmpint (before, <=, 11000);
  g_free (live_edit (f, "rename-project", first_id, "改名二", NULL));
  g_assert_true (refresh (f));
  g_assert_cmpstr (gt_project_get_name (first), ==, "改名二");
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (f->store)), ==, 3);
}

/* More rows of a kind than are worth one signal each (an import elsewhere):
 * every list is read again, each with one items-changed. */
static void
test_many (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) other = gt_store_open (f->path, &error);

  g_assert_no_error (error);
  g_assert_true (gt_store_begin (other, &error));
  for (guint i = 0; i < 1001; i++)
    {
      g_autoptr(GtLeader) leader = gt_leader_new ();
      g_autofree char *name = g_strdup_printf ("领导%u", i);

      gt_leader_set_name (leader, name);
      g_assert_true (gt_store_add_leader (other, leader, &error));
    }
  g_assert_true (gt_store_commit (other, &error));
  g_assert_no_error (error);

  g_assert_true (refresh (f));
  assert_log (f, "L0-2+1003 P0-3+3 I0-2+2 changed ");
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_leaders (f->store)), ==, 1003);
  g_assert_false (refresh (f));

  /* A batch of this store's own catches up first, under its write lock, so
   * that it works on the rows as they are (an import plans against them). */
  g_assert_true (gt_store_begin (other, &error));
  g_assert_true (gt_store_commit (other, &error));
  g_clear_object (&other);
  g_free (live_edit (f, "add-leader", "孙立", NULL));
  g_assert_true (gt_store_begin (f->store, &error));
  assert_log (f, "L1003-0+1 changed ");
  g_assert_true (gt_store_commit (f->store, &error));
  g_assert_no_error (error);
  assert_log (f, "changed ");
  g_assert_false (refresh (f));
}

/* The log is the file's, not the store's: a script writing with sqlite3 is
 * logged as well. */
static void
test_schema (Fixture       *f,
             gconstpointer  data)
{
  g_assert_cmpint (query_file (f->path, "PRAGMA user_version"), ==, GT_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_file (f->path, "SELECT count (*) FROM sqlite_schema "
                                        "WHERE type = 'trigger'"), ==, 50);
  exec_file (f->path, "UPDATE leaders SET phone = '13800000000' WHERE id = 1");
  /* Logged with no desk's name (the script is none), and when. */
  g_assert_cmpint (query_file (f->path, "SELECT desk = '' AND at LIKE '2___-__-__T__:__:__Z' "
                                        "FROM changes ORDER BY seq DESC LIMIT 1"), ==, 1);
  g_assert_true (refresh (f));
  assert_log (f, "L0-1+1 changed ");
  g_assert_cmpstr (gt_leader_get_phone (gt_store_lookup_leader (f->store, 1)), ==,
                   "13800000000");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, setup, func, teardown)

  ADD ("/store-live/other-process", test_other_process);
  ADD ("/store-live/cli-import", test_cli_import);
  ADD ("/store-live/two-stores", test_two_stores);
  ADD ("/store-live/undo-refused", test_undo_refused);
  ADD ("/store-live/save-over-unseen", test_save_over_unseen);
  ADD ("/store-live/save-over-seen-meanwhile", test_save_over_seen_meanwhile);
  ADD ("/store-live/undo-overtaken", test_undo_overtaken);
  ADD ("/store-live/gap", test_gap);
  ADD ("/store-live/many", test_many);
  ADD ("/store-live/schema", test_schema);

#undef ADD

  return g_test_run ();
}
