/* test-backup.c: dated backups of the register: made once a day, pruned to
 * the newest few, restored through the backup API, readable by the owner only.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "gt-backup.h"
#include "gt-store.h"
#include "gt-sqlite-schema.h"
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
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("test-backup-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "guatu.db", NULL);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_assert_cmpint (g_remove (path), ==, 0);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_dir_close (dir);
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static GDateTime *
local (int year, int month, int day, int hour)
{
  return g_date_time_new_local (year, month, day, hour, 0, 0);
}

static void
add_project (const char *path,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (path, &error);
  g_autoptr(GtProject) project = gt_project_new ();

  g_assert_no_error (error);
  gt_project_set_name (project, name);
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
}

/* The names of the projects in the file, sorted, joined by commas. */
static char *
project_names (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (path, &error);
  GListModel *projects;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_assert_no_error (error);
  projects = gt_store_get_projects (store);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      g_ptr_array_add (names, (gpointer) g_intern_string (gt_project_get_name (project)));
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv (",", (char **) names->pdata);
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static void
test_create_and_list (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) first = local (2026, 3, 1, 9);
  g_autoptr(GDateTime) second = local (2026, 3, 2, 9);
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GPtrArray) list = NULL;

  /* No folder yet: no backups, no error. */
  list = gt_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  add_project (f->path, "老城区改造");
  a = gt_backup_create (f->path, first, &error);
  g_assert_no_error (error);
  expected = g_build_filename (f->dir, "backups", "guatu-20260301-090000.db", NULL);
  g_assert_cmpstr (a, ==, expected);
  add_project (f->path, "滨江大道");
  b = gt_backup_create (f->path, second, &error);
  g_assert_no_error (error);
  /* The same second again: a new name, the first one untouched. */
  c = gt_backup_create (f->path, second, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (c, "guatu-20260302-090000-1.db"));

  /* The database and everything next to it, owner only: the WAL and shared
   * memory files too, while a store has it open. */
  g_assert_cmpuint (file_mode (f->path), ==, 0600);
  {
    g_autoptr(GtStore) store = gt_store_open (f->path, &error);
    g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

    g_assert_no_error (error);
    g_assert_cmpuint (file_mode (wal), ==, 0600);
    g_assert_cmpuint (file_mode (shm), ==, 0600);
  }
  g_assert_cmpuint (file_mode (a), ==, 0600);
  g_assert_cmpuint (file_mode (b), ==, 0600);
  {
    g_autofree char *folder = gt_backup_dup_dir (f->path);

    g_assert_cmpuint (file_mode (folder), ==, 0700);
  }

  names = project_names (a);
  g_assert_cmpstr (names, ==, "老城区改造");
  g_free (names);
  names = project_names (b);
  g_assert_cmpstr (names, ==, "老城区改造,滨江大道");

  /* Another database's backups in the same folder are not listed. */
  {
    g_autofree char *other = g_build_filename (f->dir, "guatu-2.db", NULL);
    g_autofree char *made = NULL;

    add_project (other, "别的");
    made = gt_backup_create (other, first, &error);
    g_assert_no_error (error);
    g_assert_true (g_str_has_suffix (made, "guatu-2-20260301-090000.db"));
  }

  list = gt_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (list, 0), ==, c);
  g_assert_cmpstr (g_ptr_array_index (list, 1), ==, b);
  g_assert_cmpstr (g_ptr_array_index (list, 2), ==, a);
  when = gt_backup_get_time (g_ptr_array_index (list, 2));
  g_assert_true (g_date_time_equal (when, first));
  g_assert_null (gt_backup_get_time ("/x/guatu.db"));
  g_assert_null (gt_backup_get_time ("/x/guatu-notadate-000000.db"));
}

static void
test_daily_and_prune (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *made = NULL;

  /* No database yet: nothing to back up. */
  g_assert_null (gt_backup_daily (f->path, NULL, 3, &error));
  g_assert_no_error (error);

  add_project (f->path, "老城区改造");
  for (int day = 1; day <= 5; day++)
    {
      g_autoptr(GDateTime) morning = local (2026, 3, day, 8);
      g_autoptr(GDateTime) evening = local (2026, 3, day, 18);
      g_autofree char *once = gt_backup_daily (f->path, morning, 3, &error);
      g_autofree char *twice = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (once);
      /* At most once a day. */
      twice = gt_backup_daily (f->path, evening, 3, &error);
      g_assert_no_error (error);
      g_assert_null (twice);
    }

  list = gt_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (list, 0), "guatu-20260305-080000.db"));
  g_assert_true (g_str_has_suffix (g_ptr_array_index (list, 2), "guatu-20260303-080000.db"));

  g_assert_true (gt_backup_prune (f->path, 1, &error));
  g_assert_no_error (error);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = gt_backup_list (f->path, &error);
  g_assert_cmpuint (list->len, ==, 1);
}

/* The app keeps a week of daily backups: the newest seven days, no fewer. */
static void
test_keep_a_week (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_assert_cmpuint (GT_BACKUP_KEEP, ==, 7);
  add_project (f->path, "老城区改造");
  for (int day = 1; day <= 12; day++)
    {
      g_autoptr(GDateTime) morning = local (2026, 3, day, 8);
      g_autofree char *made = gt_backup_daily (f->path, morning, GT_BACKUP_KEEP, &error);

      g_assert_no_error (error);
      g_assert_nonnull (made);
      g_clear_pointer (&list, g_ptr_array_unref);
      list = gt_backup_list (f->path, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (list->len, ==, MIN (day, 7));
    }
  for (guint i = 0; i < list->len; i++)
    {
      g_autoptr(GDateTime) when = gt_backup_get_time (g_ptr_array_index (list, i));

      g_assert_cmpint (g_date_time_get_day_of_month (when), ==, 12 - (int) i);
    }

  g_assert_true (gt_backup_prune (f->path, 7, &error));
  g_assert_no_error (error);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = gt_backup_list (f->path, &error);
  g_assert_cmpuint (list->len, ==, 7);
}

/* Every file with a backup's name is a whole register with @projects projects. */
static void
assert_backups_whole (const char *db_path,
                      int         projects)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = gt_backup_list (db_path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    {
      const char *path = g_ptr_array_index (list, i);
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
      g_autofree char *name = g_strconcat (uri, "?immutable=1", NULL);
      sqlite3_stmt *stmt = NULL;
      sqlite3 *db = NULL;

      g_assert_cmpint (sqlite3_open_v2 (name, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                                        NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM projects", -1, &stmt,
                                           NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, projects);
      sqlite3_finalize (stmt);
      sqlite3_close (db);
    }
}

/* What is left of a backup that did not finish: nothing that looks like the
 * day's backup. The next start removes it and makes the day's backup. */
static void
test_killed_midway (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);
  g_autoptr(GDateTime) today = local (2026, 3, 9, 8);
  g_autofree char *dir = gt_backup_dup_dir (f->path);
  g_autofree char *made = NULL;
  g_autoptr(GPtrArray) list = NULL;
  sqlite3 *db = NULL;
  guint killed = 0;
  GDir *folder;
  const char *name;

  /* Big enough that a copy takes a while, so that the kills land inside. */
  add_project (f->path, "老城区改造");
  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READWRITE, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "WITH RECURSIVE n (x) AS (SELECT 1 UNION ALL "
                                 "SELECT x + 1 FROM n WHERE x < 8000) "
                                 "INSERT INTO projects (name, level, stage, notes) "
                                 "SELECT '项目' || x, 'county', 'planned', "
                                 "hex (randomblob (400)) FROM n", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  for (guint i = 0; i < 30; i++)
    {
      int status = 0;
      pid_t pid = fork ();

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          g_autofree char *backup = gt_backup_create (f->path, today, NULL);

          _exit (backup != NULL ? 0 : 1);
        }
      g_usleep (g_rand_int_range (rand, 0, 40000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (WIFSIGNALED (status))
        killed++;
      assert_backups_whole (f->path, 8001);
    }
  g_assert_cmpuint (killed, >, 10);

  /* Before the temporary name, a kill left an empty file with the day's
   * name, and no backup was made that day: such a file is not a backup. */
  list = gt_backup_list (f->path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    g_assert_cmpint (g_remove (g_ptr_array_index (list, i)), ==, 0);
  {
    g_autofree char *empty = g_build_filename (dir, "guatu-20260309-070000.db", NULL);

    g_assert_true (g_file_set_contents (empty, "", 0, &error));
  }

  made = gt_backup_daily (f->path, today, GT_BACKUP_KEEP, &error);
  g_assert_no_error (error);
  g_assert_nonnull (made);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = gt_backup_list (f->path, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (list, 0), ==, made);
  assert_backups_whole (f->path, 8001);

  /* The killed runs' leftovers are gone; nothing else is in the folder. */
  folder = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (folder)) != NULL)
    g_assert_cmpstr (name, ==, "guatu-20260309-080000.db");
  g_dir_close (folder);
}

/* A backup in progress in another process that still runs is its own. */
static void
test_other_in_progress (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) today = local (2026, 3, 9, 8);
  g_autofree char *dir = gt_backup_dup_dir (f->path);
  g_autofree char *running = NULL;
  g_autofree char *made = NULL;

  add_project (f->path, "老城区改造");
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  running = g_strdup_printf ("%s/.guatu-20260309-075959.%d-abcdef.part", dir, (int) getppid ());
  g_assert_true (g_file_set_contents (running, "half", -1, &error));

  made = gt_backup_daily (f->path, today, GT_BACKUP_KEEP, &error);
  g_assert_no_error (error);
  g_assert_nonnull (made);
  g_assert_true (g_file_test (running, G_FILE_TEST_EXISTS));
}

static GBytes *
read_all (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) old = local (2026, 3, 1, 9);
  g_autofree char *backup = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *names = NULL;
  g_autofree char *junk = g_build_filename (f->dir, "junk.db", NULL);
  g_autoptr(GtStore) open_store = NULL;

  add_project (f->path, "老城区改造");
  backup = gt_backup_create (f->path, old, &error);
  g_assert_no_error (error);
  add_project (f->path, "滨江大道");

  /* The window still has the file open while it restores; it reopens after. */
  open_store = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (gt_backup_restore (f->path, backup, &saved, &error));
  g_assert_no_error (error);
  g_clear_object (&open_store);

  names = project_names (f->path);
  g_assert_cmpstr (names, ==, "老城区改造");
  g_free (names);
  /* What was there before the restore is itself a backup. */
  names = project_names (saved);
  g_assert_cmpstr (names, ==, "老城区改造,滨江大道");
  g_assert_cmpuint (file_mode (saved), ==, 0600);

  /* A file that is not a database is refused, and nothing changes. */
  g_assert_true (g_file_set_contents (junk, "not a database, just text\n", -1, &error));
  {
    g_autoptr(GBytes) before = read_all (f->path);
    g_autoptr(GBytes) after = NULL;
    g_autoptr(GPtrArray) list = gt_backup_list (f->path, NULL);
    guint count = list->len;

    g_assert_false (gt_backup_restore (f->path, junk, NULL, &error));
    g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_A_DATABASE);
    after = read_all (f->path);
    g_assert_true (g_bytes_equal (before, after));
    g_clear_pointer (&list, g_ptr_array_unref);
    list = gt_backup_list (f->path, NULL);
    g_assert_cmpuint (list->len, ==, count);
  }
}


/* A new SQLite file at @path made by @sql. */
static void
make_sqlite_file (const char *path,
                  const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                    NULL), ==, SQLITE_OK);
  gt_test_sqlite_exec (db, sql);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* Restoring @other is refused as not a register, and neither the register nor
 * its backups change. */
static void
assert_restore_refused (Fixture    *f,
                        const char *other,
                        int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = read_all (f->path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GPtrArray) list = gt_backup_list (f->path, NULL);
  guint count = list->len;
  g_autofree char *saved = NULL;

  g_assert_false (gt_backup_restore (f->path, other, &saved, &error));
  g_assert_error (error, GT_STORE_ERROR, code);
  g_assert_null (saved);
  after = read_all (f->path);
  g_assert_true (g_bytes_equal (before, after));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = gt_backup_list (f->path, NULL);
  g_assert_cmpuint (list->len, ==, count);
}

/* Another program's SQLite file is no backup, however intact: restoring it
 * would leave a file that Guatu then refuses to open. Guards the check of the
 * application_id and of the schema version (a user_version of 0 taken for a
 * register's). */
static void
test_restore_foreign (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *contacts = g_build_filename (f->dir, "contacts.db", NULL);
  g_autofree char *marked = g_build_filename (f->dir, "marked.db", NULL);
  g_autofree char *foreign_id = g_build_filename (f->dir, "foreign-id.db", NULL);
  g_autofree char *older = g_build_filename (f->dir, "older.db", NULL);
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;

  add_project (f->path, "老城区改造");

  /* Another program's file: no mark, no version, its own tables. */
  make_sqlite_file (contacts, "CREATE TABLE contacts (name TEXT);"
                              "INSERT INTO contacts VALUES ('张三');");
  assert_restore_refused (f, contacts, GT_STORE_ERROR_NOT_A_DATABASE);

  /* Our mark but no schema version: no Guatu wrote it. */
  make_sqlite_file (marked, "CREATE TABLE contacts (name TEXT);"
                            "PRAGMA application_id = " G_STRINGIFY (GT_STORE_APPLICATION_ID));
  assert_restore_refused (f, marked, GT_STORE_ERROR_NOT_A_DATABASE);

  /* Every table of ours, at our version, but another program's mark. */
  {
    sqlite3 *db = NULL;

    g_assert_cmpint (sqlite3_open_v2 (foreign_id, &db,
                                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                     ==, SQLITE_OK);
    g_assert_true (_gt_store_schema_migrate (db, GT_STORE_SCHEMA_VERSION, NULL));
    gt_test_sqlite_exec (db, "PRAGMA application_id = 1234");
    g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  }
  assert_restore_refused (f, foreign_id, GT_STORE_ERROR_NOT_A_DATABASE);

  /* A register from before the mark (no application_id, version 1) is ours. */
  {
    sqlite3 *db = NULL;

    g_assert_cmpint (sqlite3_open_v2 (older, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                      NULL), ==, SQLITE_OK);
    g_assert_true (_gt_store_schema_migrate (db, 1, NULL));
    g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  }
  g_assert_true (gt_backup_restore (f->path, older, NULL, &error));
  g_assert_no_error (error);
  names = project_names (f->path);
  g_assert_cmpstr (names, ==, "");
}

/* The current file is backed up before it is overwritten; when that backup
 * cannot be made (here "backups" is a file, not a folder), nothing is
 * restored. Guards the check of the safety backup's result. */
static void
test_restore_keep_fails (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) old = local (2026, 3, 1, 9);
  g_autofree char *made = NULL;
  g_autofree char *backup = g_build_filename (f->dir, "saved.db", NULL);
  g_autofree char *folder = gt_backup_dup_dir (f->path);
  g_autofree char *saved = NULL;
  g_autofree char *names = NULL;

  add_project (f->path, "老城区改造");
  made = gt_backup_create (f->path, old, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_rename (made, backup), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
  g_assert_true (g_file_set_contents (folder, "a file where the folder goes\n", -1, NULL));
  add_project (f->path, "滨江大道");

  g_assert_false (gt_backup_restore (f->path, backup, &saved, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED);
  g_assert_null (saved);
  names = project_names (f->path);
  g_assert_cmpstr (names, ==, "老城区改造,滨江大道");
}

/* The stamp must follow the name directly: "guatu-copy1234-…" is a copy's
 * backup, not guatu.db's. Guards the digit check of the listing. */
static void
test_list_other_stem (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) old = local (2026, 3, 1, 9);
  g_autofree char *made = NULL;
  g_autofree char *folder = gt_backup_dup_dir (f->path);
  g_autofree char *copy = g_build_filename (folder, "guatu-copy1234-20261101-090000.db", NULL);
  g_autoptr(GPtrArray) list = NULL;

  add_project (f->path, "老城区改造");
  made = gt_backup_create (f->path, old, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (copy, "", 0, NULL));

  list = gt_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (list, 0), ==, made);
}

/* The backups a damaged register may be replaced by: only intact registers,
 * newest first. */
static void
test_list_intact (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) first = local (2026, 3, 1, 9);
  g_autoptr(GDateTime) second = local (2026, 3, 2, 9);
  g_autoptr(GDateTime) third = local (2026, 3, 3, 9);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *folder = gt_backup_dup_dir (f->path);
  g_autofree char *foreign = g_build_filename (folder, "guatu-20260304-090000.db", NULL);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) intact = NULL;

  for (guint i = 0; i < 40; i++)
    add_project (f->path, "一个名字写得长一些的重点项目，好让表占几页");
  a = gt_backup_create (f->path, first, &error);
  g_assert_no_error (error);
  b = gt_backup_create (f->path, second, &error);
  g_assert_no_error (error);
  c = gt_backup_create (f->path, third, &error);
  g_assert_no_error (error);
  gt_test_damage_table (b, "projects");
  make_sqlite_file (foreign, "CREATE TABLE contacts (name TEXT);");

  all = gt_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 4);
  intact = gt_backup_list_intact (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (intact->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (intact, 0), ==, c);
  g_assert_cmpstr (g_ptr_array_index (intact, 1), ==, a);
}

static void
assert_same_file (const char *path,
                  const char *contents,
                  gsize       length)
{
  g_autofree char *now = NULL;
  gsize now_length;

  g_assert_true (g_file_get_contents (path, &now, &now_length, NULL));
  g_assert_cmpmem (contents, length, now, now_length);
}

/* Replacing a damaged register keeps the damaged file and its WAL aside as
 * FILE.damaged-STAMP, never over an earlier kept copy, leaves no FILE.restoring
 * behind, and refuses a damaged backup or another program's file without
 * touching anything. */
static void
test_replace_damaged (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) at = g_date_time_new (zone, 2026, 11, 15, 10, 30, 0);
  g_autoptr(GDateTime) backup_time = g_date_time_new (zone, 2026, 11, 14, 9, 0, 0);
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *bad = g_build_filename (f->dir, "bad.db", NULL);
  g_autofree char *foreign = g_build_filename (f->dir, "contacts.db", NULL);
  g_autofree char *wal = NULL;
  g_autofree char *restoring = NULL;
  g_autofree char *before = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_again = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *kept_wal = NULL;
  g_autoptr(GError) error = NULL;
  gsize n_before;

  {
    g_autoptr(GtStore) demo = gt_test_open_demo (f->dir, today);

    path = g_strdup (gt_store_get_path (demo));
  }
  backup = gt_backup_create (path, backup_time, &error);
  g_assert_no_error (error);
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (backup, &contents, &length, NULL));
    g_assert_true (g_file_set_contents (bad, contents, length, NULL));
  }
  gt_test_damage_table (bad, "projects");
  make_sqlite_file (foreign, "CREATE TABLE contacts (name TEXT);");
  gt_test_damage_table (path, "issues");
  wal = g_strconcat (path, "-wal", NULL);
  restoring = g_strconcat (path, ".restoring", NULL);
  g_assert_true (g_file_set_contents (wal, "not really a WAL", -1, NULL));
  g_assert_true (g_file_get_contents (path, &before, &n_before, NULL));

  /* A damaged backup, or another program's file, is refused; nothing moves. */
  g_assert_false (gt_backup_replace_damaged (path, bad, at, &kept, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_false (gt_backup_replace_damaged (path, foreign, at, &kept, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_A_DATABASE);
  g_clear_error (&error);
  g_assert_null (kept);
  assert_same_file (path, before, n_before);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (restoring, G_FILE_TEST_EXISTS));

  g_assert_true (gt_backup_replace_damaged (path, backup, at, &kept, &error));
  g_assert_no_error (error);
  expected = gt_backup_dup_damaged_path (path, at);
  {
    g_autofree char *named = g_strconcat (path, ".damaged-20261115-103000", NULL);

    g_assert_cmpstr (expected, ==, named);
  }
  g_assert_cmpstr (kept, ==, expected);
  assert_same_file (kept, before, n_before);
  kept_wal = g_strconcat (kept, "-wal", NULL);
  g_assert_true (g_file_test (kept_wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (restoring, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (file_mode (path), ==, 0600);
  {
    g_autoptr(GtStore) restored = gt_store_open (path, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (restored)), >, 0);
  }

  /* Again within the same second: the first kept copy stays. */
  g_assert_true (gt_backup_replace_damaged (path, backup, at, &kept_again, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kept_again, !=, kept);
  g_assert_true (g_str_has_prefix (kept_again, expected));
  assert_same_file (kept, before, n_before);
}

/* When the damaged file cannot be renamed aside (its folder is read-only),
 * nothing is replaced: the damaged file stays where it was, unchanged, and the
 * copy of the backup is removed. */
static void
test_replace_damaged_fails (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) old = local (2026, 3, 1, 9);
  g_autofree char *made = NULL;
  g_autofree char *sub = g_build_filename (f->dir, "ro", NULL);
  g_autofree char *path = g_build_filename (sub, "guatu.db", NULL);
  g_autofree char *restoring = g_strconcat (path, ".restoring", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes into read-only folders");
      return;
    }
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  add_project (path, "老城区改造");
  made = gt_backup_create (path, old, &error);
  g_assert_no_error (error);
  before = read_all (path);

  g_assert_cmpint (g_chmod (sub, 0500), ==, 0);
  g_assert_false (gt_backup_replace_damaged (path, made, NULL, &kept, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (g_chmod (sub, 0700), ==, 0);
  g_assert_null (kept);
  after = read_all (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (restoring, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/backup/create-and-list", Fixture, NULL, setup, test_create_and_list, teardown);
  g_test_add ("/backup/daily-and-prune", Fixture, NULL, setup, test_daily_and_prune, teardown);
  g_test_add ("/backup/keep-a-week", Fixture, NULL, setup, test_keep_a_week, teardown);
  g_test_add ("/backup/killed-midway", Fixture, NULL, setup, test_killed_midway, teardown);
  g_test_add ("/backup/other-in-progress", Fixture, NULL, setup, test_other_in_progress,
              teardown);
  g_test_add ("/backup/restore", Fixture, NULL, setup, test_restore, teardown);
  g_test_add ("/backup/restore-foreign", Fixture, NULL, setup, test_restore_foreign, teardown);
  g_test_add ("/backup/restore-keep-fails", Fixture, NULL, setup, test_restore_keep_fails,
              teardown);
  g_test_add ("/backup/list-other-stem", Fixture, NULL, setup, test_list_other_stem, teardown);
  g_test_add ("/backup/list-intact", Fixture, NULL, setup, test_list_intact, teardown);
  g_test_add ("/backup/replace-damaged", Fixture, NULL, setup, test_replace_damaged, teardown);
  g_test_add ("/backup/replace-damaged-fails", Fixture, NULL, setup,
              test_replace_damaged_fails, teardown);

  return g_test_run ();
}
