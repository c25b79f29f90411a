/* test-backup.c: dated backups of the register: made once a day, pruned to
 * the newest few, restored through the backup API, readable by the owner only.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/stat.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "gt-backup.h"
#include "gt-store.h"

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
    g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CORRUPT);
    after = read_all (f->path);
    g_assert_true (g_bytes_equal (before, after));
    g_clear_pointer (&list, g_ptr_array_unref);
    list = gt_backup_list (f->path, NULL);
    g_assert_cmpuint (list->len, ==, count);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/backup/create-and-list", Fixture, NULL, setup, test_create_and_list, teardown);
  g_test_add ("/backup/daily-and-prune", Fixture, NULL, setup, test_daily_and_prune, teardown);
  g_test_add ("/backup/restore", Fixture, NULL, setup, test_restore, teardown);

  return g_test_run ();
}
