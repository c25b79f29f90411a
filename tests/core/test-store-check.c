/* test-store-check.c: a register opened before its integrity check.
 *
 * The window opens the register with gt_store_open_deferring_check() and runs
 * the check (a read of every page) in a thread once it shows. A damaged file
 * must still be refused and never written: every write waits for the check and
 * fails with its error.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <sqlite3.h>

#include "gt-backup.h"
#include "gt-store.h"
#include "gt-test-util.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_autoptr(GtStore) demo = NULL;

  f->dir = gt_test_make_dir ();
  demo = gt_test_open_demo (f->dir, today);
  f->path = g_strdup (gt_store_get_path (demo));
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gboolean
add_leader (GtStore     *store,
            const char  *name,
            GError     **error)
{
  g_autoptr(GtLeader) leader = gt_leader_new ();

  gt_leader_set_name (leader, name);
  return gt_store_add_leader (store, leader, error);
}

static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *display = g_filename_display_name (f->path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  gsize n_before, n_after;

  /* Opening does not read issues: they load when a view first asks. */
  gt_test_damage_table (f->path, "issues");
  g_assert_true (g_file_get_contents (f->path, &before, &n_before, NULL));

  /* Opened at once: what the window shows first is intact. */
  store = gt_store_open_deferring_check (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), >=, 60);

  /* A write before the check runs it, and is refused. */
  g_assert_false (add_leader (store, "不应写入的领导", &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, display));
  g_clear_error (&error);

  /* The check says the same every time it is asked; writes stay refused. */
  g_assert_false (gt_store_check (store, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_false (add_leader (store, "不应写入的领导", &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_clear_object (&store);

  /* Not a byte written; and the full open refuses it as before. */
  g_assert_true (g_file_get_contents (f->path, &after, &n_after, NULL));
  g_assert_cmpmem (before, n_before, after, n_after);
  gt_test_assert_no_side_files (f->path);
  store = gt_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CORRUPT);
}

/* A batch (an import, the demo) is a write like any other: begun on a file
 * whose deferred check has not run yet, the check runs first and refuses it,
 * and nothing is written. Guards gt_store_begin() skipping the check, which
 * would let an import write into a damaged file before anything looked. */
static void
test_damaged_batch (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  gsize n_before, n_after;

  gt_test_damage_table (f->path, "issues");
  g_assert_true (g_file_get_contents (f->path, &before, &n_before, NULL));

  store = gt_store_open_deferring_check (f->path, &error);
  g_assert_no_error (error);

  /* The batch is the first write: no earlier edit ran the check. */
  g_assert_false (gt_store_begin (store, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_clear_object (&store);

  g_assert_true (g_file_get_contents (f->path, &after, &n_after, NULL));
  g_assert_cmpmem (before, n_before, after, n_after);
  gt_test_assert_no_side_files (f->path);
}

static void
test_sound_file_writes (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open_deferring_check (f->path, &error);

  g_assert_no_error (error);
  /* The first write runs the check itself when no thread has yet. */
  g_assert_true (add_leader (store, "新来的包联领导", &error));
  g_assert_no_error (error);
  g_assert_true (gt_store_check (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
}

static gpointer
check_thread (gpointer data)
{
  g_autoptr(GError) error = NULL;
  gboolean passed = gt_store_check (data, &error);

  g_assert_no_error (error);
  return GINT_TO_POINTER (passed);
}

/* The window's case: the check runs in a thread while the main thread edits;
 * the edits wait for it and then go through. */
static void
test_check_in_thread (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open_deferring_check (f->path, &error);
  GThread *thread;

  g_assert_no_error (error);
  thread = g_thread_new ("check", check_thread, store);
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("领导%u", i);

      g_assert_true (add_leader (store, name, &error));
      g_assert_no_error (error);
    }
  g_assert_true (GPOINTER_TO_INT (g_thread_join (thread)));
  g_assert_true (gt_store_check (store, &error));
}

/* A file that must be migrated is checked before, whatever the caller asked:
 * a damaged file must never be migrated. */
static void
test_older_file_checked_first (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize n_before, n_after;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 1", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  gt_test_damage_table (f->path, "issues");
  g_assert_true (g_file_get_contents (f->path, &before, &n_before, NULL));

  store = gt_store_open_deferring_check (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CORRUPT);
  g_assert_true (g_file_get_contents (f->path, &after, &n_after, NULL));
  g_assert_cmpmem (before, n_before, after, n_after);
}

/* No descriptor of this process is on a deleted file of the register at
 * @path: when another process took the register for unused, it checkpointed
 * and deleted the -wal and -shm that this one goes on writing to (see
 * "/proc/PID/fd"). Other deleted files (a memfd, a tool's) are not ours. */
static void
assert_no_deleted_files (const char *path)
{
  GDir *fds = g_dir_open ("/proc/self/fd", 0, NULL);
  g_autofree char *real = realpath (path, NULL);
  const char *name;

  g_assert_nonnull (fds);
  g_assert_nonnull (real);
  while ((name = g_dir_read_name (fds)) != NULL)
    {
      g_autofree char *link = g_build_filename ("/proc/self/fd", name, NULL);
      g_autofree char *target = g_file_read_link (link, NULL);

      if (target != NULL && g_str_has_prefix (target, real) &&
          g_str_has_suffix (target, " (deleted)"))
        g_error ("this process writes to %s", target);
    }
  g_dir_close (fds);
}

/* Run as another process (the test program itself, run again; a fork would
 * share SQLite's idea of which locks this process holds): opens the register
 * for writing, counts the leaders named @name, and closes it, as
 * `guatu --summary` does. If it finds no lock of ours, its close is the last:
 * it checkpoints the WAL and deletes it. */
static int
count_leaders (const char *path,
               const char *name)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int count = -1;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT count(*) FROM leaders WHERE name = ?1", -1, &stmt,
                          NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        count = sqlite3_column_int (stmt, 0);
    }
  sqlite3_finalize (stmt);
  if (sqlite3_close (db) != SQLITE_OK)
    count = -1;

  return count < 0 ? 100 : count;
}

static int
other_process_count (const char *path,
                     const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[] = { self, "--count-leaders", path, name, NULL };
  int status = 0;

  g_assert_nonnull (self);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), !=, 100);

  return WEXITSTATUS (status);
}

/* The window's open: the register shown at once, the check and the day's
 * backup in a thread, while other processes read it. This process must keep
 * its locks on the file all along, or the others' close deletes its WAL. */
static void
test_locks_kept_window (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open_deferring_check (f->path, &error);
  g_autofree char *backup = NULL;
  GThread *thread;

  g_assert_no_error (error);
  thread = g_thread_new ("check", check_thread, store);
  g_assert_true (GPOINTER_TO_INT (g_thread_join (thread)));
  backup = gt_backup_daily (f->path, NULL, GT_BACKUP_KEEP, &error);
  g_assert_no_error (error);
  g_assert_nonnull (backup);

  g_assert_true (add_leader (store, "先加的领导", &error));
  g_assert_no_error (error);
  g_assert_cmpint (other_process_count (f->path, "先加的领导"), ==, 1);
  assert_no_deleted_files (f->path);

  /* What this process writes next is where the others look. */
  g_assert_true (add_leader (store, "后加的领导", &error));
  g_assert_no_error (error);
  g_assert_cmpint (other_process_count (f->path, "后加的领导"), ==, 1);
  assert_no_deleted_files (f->path);
}

/* A second open of the same file in this process (its header is read before
 * SQLite opens it) must not drop the first connection's locks either. */
static void
test_locks_kept_second_open (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) first = gt_store_open (f->path, &error);
  g_autoptr(GtStore) second = NULL;

  g_assert_no_error (error);
  g_assert_true (add_leader (first, "先加的领导", &error));
  g_assert_no_error (error);
  for (guint deferring = 0; deferring < 2; deferring++)
    {
      second = deferring ? gt_store_open_deferring_check (f->path, &error)
                         : gt_store_open (f->path, &error);
      g_assert_no_error (error);
      g_assert_true (gt_store_check (second, &error));
      g_assert_no_error (error);
      g_clear_object (&second);
      g_assert_cmpint (other_process_count (f->path, "先加的领导"), ==, 1);
      assert_no_deleted_files (f->path);
    }
  g_assert_true (add_leader (first, "后加的领导", &error));
  g_assert_no_error (error);
  g_assert_cmpint (other_process_count (f->path, "后加的领导"), ==, 1);
  assert_no_deleted_files (f->path);
}

/* Run as another process: whether some process holds a lock on the -shm's
 * "dead man switch" byte (128), which every connection in WAL mode holds while
 * it is open. F_GETLK sees other processes' locks only, hence a process of its
 * own. Exits 0 when locked, 1 when not, 2 when the -shm cannot be read. */
static int
shm_locked (const char *path)
{
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  struct flock lock = { 0 };
  int fd = g_open (shm, O_RDONLY | O_CLOEXEC, 0);
  int result;

  if (fd < 0)
    return 2;
  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  lock.l_start = 128;
  lock.l_len = 1;
  result = fcntl (fd, F_GETLK, &lock) != 0 ? 2 : lock.l_type != F_UNLCK ? 0 : 1;
  close (fd);

  return result;
}

static int
other_process_shm_locked (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[] = { self, "--shm-locked", path, NULL };
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), !=, 2);

  return WEXITSTATUS (status) == 0;
}

/* Run as another process: opens the register, commits a leader (so that its
 * WAL has frames no checkpoint took in yet), says "ready" and keeps the file
 * open until its standard input ends, as another Guatu window would. */
static int
hold_open (const char *path)
{
  sqlite3 *db = NULL;
  char buffer[64];

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
      sqlite3_exec (db, "INSERT INTO leaders (name) VALUES ('另一个窗口')", NULL, NULL,
                    NULL) != SQLITE_OK)
    return 1;
  if (write (STDOUT_FILENO, "ready\n", 6) != 6)
    return 1;
  while (read (STDIN_FILENO, buffer, sizeof buffer) > 0)
    ;
  return sqlite3_close (db) == SQLITE_OK ? 0 : 1;
}

/* While the window has the register open, a second open in this process (its
 * checks look at the -shm only for other processes) keeps this process's lock
 * on the -shm: a close(2) of any descriptor of the -shm would drop it, and
 * another process would take the WAL index for nobody's and rebuild it under
 * the window. Guards the /proc/self/fd scan and its use before the -shm
 * probe. */
static void
test_locks_kept_shm (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) first = gt_store_open (f->path, &error);

  g_assert_no_error (error);
  g_assert_true (add_leader (first, "先加的领导", &error));
  g_assert_no_error (error);
  g_assert_true (other_process_shm_locked (f->path));

  for (guint deferring = 0; deferring < 2; deferring++)
    {
      g_autoptr(GtStore) second = deferring ? gt_store_open_deferring_check (f->path, &error)
                                            : gt_store_open (f->path, &error);

      g_assert_no_error (error);
      g_assert_true (gt_store_check (second, &error));
      g_assert_no_error (error);
      g_clear_object (&second);
      g_assert_true (other_process_shm_locked (f->path));
    }
  g_assert_true (add_leader (first, "后加的领导", &error));
  g_assert_no_error (error);
  g_assert_true (other_process_shm_locked (f->path));
}

/* A register another process has open, its WAL in use (frames not yet taken
 * into the file), is not a file with a WAL left beside it: the window opens it
 * at once and defers the check as for any current file. Here the file is
 * damaged past what the window reads first, so only the deferred check refuses
 * it, at the first write. Guards the -shm lock probe (the byte it asks about,
 * and that a reader's shared lock counts): taking the other's WAL for one left
 * behind would run the full check at the open instead. */
static void
test_open_elsewhere_deferred (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[] = { self, "--hold-open", f->path, NULL };
  char ready[6] = "";
  GPid pid;
  int in_fd, out_fd;
  int status = 0;

  gt_test_damage_table (f->path, "issues");
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                           G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                                           &in_fd, &out_fd, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (read (out_fd, ready, sizeof ready), ==, sizeof ready);
  g_assert_cmpmem (ready, sizeof ready, "ready\n", 6);
  g_assert_true (other_process_shm_locked (f->path));

  store = gt_store_open_deferring_check (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_false (add_leader (store, "不应写入的领导", &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CORRUPT);
  g_clear_object (&store);

  close (in_fd);
  close (out_fd);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--count-leaders"))
    return count_leaders (argv[2], argv[3]);
  if (argc == 3 && g_str_equal (argv[1], "--shm-locked"))
    return shm_locked (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "--hold-open"))
    return hold_open (argv[2]);

  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store-check/damaged", Fixture, NULL, setup, test_damaged, teardown);
  g_test_add ("/store-check/damaged-batch", Fixture, NULL, setup, test_damaged_batch,
              teardown);
  g_test_add ("/store-check/sound-file-writes", Fixture, NULL, setup, test_sound_file_writes,
              teardown);
  g_test_add ("/store-check/check-in-thread", Fixture, NULL, setup, test_check_in_thread,
              teardown);
  g_test_add ("/store-check/older-file-checked-first", Fixture, NULL, setup,
              test_older_file_checked_first, teardown);

  g_test_add ("/store-check/locks-kept/window", Fixture, NULL, setup, test_locks_kept_window,
              teardown);
  g_test_add ("/store-check/locks-kept/second-open", Fixture, NULL, setup,
              test_locks_kept_second_open, teardown);
  g_test_add ("/store-check/locks-kept/shm", Fixture, NULL, setup, test_locks_kept_shm,
              teardown);
  g_test_add ("/store-check/open-elsewhere-deferred", Fixture, NULL, setup,
              test_open_elsewhere_deferred, teardown);

  return g_test_run ();
}
