/* test-faults.c: the disk fills up, the file or its folder is read-only. Each
 * gives a clear error, loses nothing already saved, and the program goes on.
 *
 * The tests run as root here, and root writes through any mode bits: the
 * read-only cases therefore run in a subprocess that first becomes "nobody",
 * as an office user without write access would be. A full disk is a file size
 * limit (RLIMIT_FSIZE, with SIGXFSZ ignored so writes fail with EFBIG instead
 * of killing the process), also in a subprocess so the limit dies with it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <pwd.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <grp.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

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

  f->dir = g_dir_make_tmp ("test-faults-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "guatu.db", NULL);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  GDir *dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_chmod (f->dir, 0700);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (f->dir, name, NULL);

      g_assert_cmpint (g_remove (file), ==, 0);
    }
  g_dir_close (dir);
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  g_free (f->dir);
  g_free (f->path);
}

static GtProject *
new_project (const char *name)
{
  GtProject *project = gt_project_new ();

  gt_project_set_name (project, name);
  return project;
}

/* A register with one saved project, the WAL folded into the main file and
 * the connection closed, as after a session that ended normally. */
static void
save_one (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (f->path, &error);
  g_autoptr(GtProject) project = new_project ("老城区改造");

  g_assert_no_error (error);
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
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

static guint
count_projects (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (path, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (gt_store_get_projects (store));
}

/* Becomes "nobody" when running as root, so that mode bits apply. */
static gboolean
drop_privileges (void)
{
  struct passwd *nobody;

  if (geteuid () != 0)
    return TRUE;
  nobody = getpwnam ("nobody");
  if (nobody == NULL)
    return FALSE;
  return setgroups (0, NULL) == 0 && setgid (nobody->pw_gid) == 0 &&
         setuid (nobody->pw_uid) == 0 && geteuid () != 0;
}

static void
disk_full_child (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (path, &error);
  g_autoptr(GtProject) after = new_project ("滨江大道");
  g_autofree char *long_text = NULL;
  struct rlimit limit;
  GStatBuf st;
  gboolean failed = FALSE;

  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);

  /* "The disk" takes 64 KB more than the file has now; a batch of ~400 KB
   * cannot fit, neither in the WAL nor in the file. */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  limit.rlim_cur = st.st_size + 64 * 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  /* Long contents, not names: a name is held to 200 characters. */
  long_text = g_strnfill (1000, 'x');
  g_assert_true (gt_store_begin (store, &error));
  g_assert_no_error (error);
  for (int i = 0; i < 400 && !failed; i++)
    {
      g_autoptr(GtProject) project = new_project ("写满磁盘");

      gt_project_set_content (project, long_text);
      failed = !gt_store_add_project (store, project, &error);
    }
  if (failed)
    gt_store_rollback (store);
  else
    failed = !gt_store_commit (store, &error);
  g_assert_true (failed);
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED);
  /* SQLite may or may not see the errno; either way the user reads "full". */
  g_assert_nonnull (strstr (error->message, "Could not save the changes: "));
  g_assert_nonnull (strstr (error->message, "full"));
  g_clear_error (&error);

  /* Nothing of the batch shows, the saved project does, the store goes on. */
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), ==, 1);

  /* Space again: the next edit saves. */
  limit.rlim_cur = limit.rlim_max;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  g_assert_true (gt_store_add_project (store, after, &error));
  g_assert_no_error (error);
}

/* Runs @func in a forked child, so that a file size limit or a dropped
 * privilege ends with it; the child's assertions abort it, which fails here. */
static void
run_in_child (void      (*func) (Fixture *f),
              Fixture    *f)
{
  pid_t pid = fork ();
  int status = 0;

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      func (f);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

static void
disk_full_in_child (Fixture *f)
{
  disk_full_child (f->path);
}

static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  save_one (f);
  run_in_child (disk_full_in_child, f);
  /* Afterwards, in the file: the saved project, the one added after space came
   * back, nothing of the failed batch; and the file intact (gt_store_open runs
   * SQLite's check). */
  g_assert_cmpuint (count_projects (f->path), ==, 2);
}

static void
read_only_file_child (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;

  g_assert_true (drop_privileges ());
  store = gt_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED);
  g_assert_true (g_str_has_suffix (error->message, "the file is read-only."));
}

static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  save_one (f);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  before = read_all (f->path);
  run_in_child (read_only_file_child, f);
  after = read_all (f->path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpint (g_chmod (f->dir, 0700), ==, 0);
  g_assert_cmpint (g_chmod (f->path, 0600), ==, 0);
  g_assert_cmpuint (count_projects (f->path), ==, 1);
}

static void
read_only_folder_child (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GtProject) project = new_project ("滨江大道");

  g_assert_true (drop_privileges ());
  /* The file is writable, its folder is not: SQLite cannot make the WAL. */
  store = gt_store_open (f->path, &error);
  if (store != NULL)
    {
      g_assert_false (gt_store_add_project (store, project, &error));
      g_assert_nonnull (error);
    }
  g_assert_nonnull (error);
  g_assert_true (g_str_has_suffix (error->message, "the file or its folder is read-only"));
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  save_one (f);
  g_assert_cmpint (g_chmod (f->path, 0666), ==, 0);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  before = read_all (f->path);
  run_in_child (read_only_folder_child, f);
  after = read_all (f->path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpint (g_chmod (f->dir, 0700), ==, 0);
  g_assert_cmpuint (count_projects (f->path), ==, 1);
}

/* Forks a process that opens @path with SQLite, starts a write transaction
 * and holds it until *@release is written to (or closed). */
static pid_t
hold_lock (const char *path,
           int        *release)
{
  int ready[2], done[2];
  char byte = 0;
  pid_t pid;

  g_assert_cmpint (pipe (ready), ==, 0);
  g_assert_cmpint (pipe (done), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      sqlite3 *db = NULL;

      close (ready[0]);
      close (done[1]);
      if (sqlite3_open (path, &db) != SQLITE_OK ||
          sqlite3_exec (db, "BEGIN EXCLUSIVE; INSERT INTO leaders (name) VALUES ('周密');",
                        NULL, NULL, NULL) != SQLITE_OK)
        _exit (1);
      if (write (ready[1], "r", 1) != 1)
        _exit (2);
      /* Dies with the transaction open, as a crashed program would. */
      (void) read (done[0], &byte, 1);
      _exit (0);
    }
  close (ready[1]);
  close (done[0]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  close (ready[0]);
  *release = done[1];

  return pid;
}

static void
release_lock (pid_t pid,
              int   release)
{
  int status = 0;

  close (release);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

/* Another process (not just another connection) holds the file locked in the
 * middle of its own transaction. */
static void
test_locked_by_other_process (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GtProject) project = new_project ("滨江大道");
  sqlite3 *db = NULL;
  int release;
  pid_t pid;

  save_one (f);

  /* A file in rollback-journal mode (as another tool may leave it): a writer
   * locks out readers, so the open is refused and the file left as it was. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  before = read_all (f->path);
  pid = hold_lock (f->path, &release);
  store = gt_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "another program is using it"));
  g_clear_error (&error);
  after = read_all (f->path);
  g_assert_true (g_bytes_equal (before, after));
  release_lock (pid, release);

  /* Guatu's own WAL mode lets readers in: the file opens while the other
   * process writes, but an edit waits, then fails and says why; the store goes
   * on, and the edit saves once the other process is gone. */
  store = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  pid = hold_lock (f->path, &release);
  g_assert_false (gt_store_add_project (store, project, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_BUSY);
  g_assert_true (g_str_has_suffix (error->message, "another program is using the file; "
                                   "close it and try again"));
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), ==, 1);
  release_lock (pid, release);
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  /* Nothing of the other process's unfinished transaction. */
  store = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_leaders (store)), ==, 0);
}

static void
child_setup (gpointer data)
{
  if (!drop_privileges ())
    _exit (99);
}

/* Runs guatu as "nobody"; returns its stderr, @status its exit status. */
static char *
run_guatu (const char * const *args,
           int                *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  char *err = NULL;

  g_ptr_array_add (argv, (gpointer) g_getenv ("GUATU_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                               child_setup, NULL, NULL, &err, status, &error));
  g_assert_no_error (error);
  return err;
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *demo = g_build_filename (f->dir, "demo.db", NULL);
  const char *summary_args[] = { "--database", f->path, "--summary", NULL };
  const char *demo_args[] = { "--demo", demo, NULL };
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  save_one (f);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  before = read_all (f->path);

  err = run_guatu (summary_args, &status);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, "read-only"));
  g_clear_pointer (&err, g_free);

  err = run_guatu (demo_args, &status);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, "Permission denied"));
  g_assert_false (g_file_test (demo, G_FILE_TEST_EXISTS));

  after = read_all (f->path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpint (g_chmod (f->dir, 0700), ==, 0);
}

/* A 64 KB "disk" for the child: the demo register needs more. */
static void
small_disk_setup (gpointer data)
{
  struct rlimit limit;

  signal (SIGXFSZ, SIG_IGN);
  if (getrlimit (RLIMIT_FSIZE, &limit) != 0)
    _exit (99);
  limit.rlim_cur = 64 * 1024;
  if (setrlimit (RLIMIT_FSIZE, &limit) != 0)
    _exit (99);
}

static void
test_cli_disk_full (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *demo = g_build_filename (f->dir, "demo.db", NULL);
  const char *argv[] = { g_getenv ("GUATU_BINARY"), "--demo", demo, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                               small_disk_setup, NULL, NULL, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, "it may be full"));
  /* No half-made register left behind. */
  g_assert_false (g_file_test (demo, G_FILE_TEST_EXISTS));
}

/* A hung guatu is killed rather than the test waiting for it: an alarm set
 * before the exec survives it. */
static void
alarm_setup (gpointer data)
{
  alarm (20);
}

/* Not a regular file: refused at once with a message, by every command that
 * opens the register, and nothing made beside it. A FIFO opened for reading
 * would wait for a writer forever; /dev/null "opens" and then fails every
 * write as if the disk were full. */
static void
test_cli_special_files (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (f->dir, "pipe.db", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "folder.db", NULL);
  g_autofree char *csv = g_build_filename (f->dir, "ledger.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "out.xlsx", NULL);
  const char *targets[] = { "/dev/null", fifo, folder };
  const char *words[] = { "not a regular file", "not a regular file", "a folder" };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (csv, "项目名称\n城东污水处理厂\n", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      const char *commands[][4] = {
        { "--summary", NULL, NULL, NULL },
        { "--import", csv, NULL, NULL },
        { "--export-xlsx", xlsx, "--table", "register" },
      };

      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *err = NULL;
          const char *argv[] = { g_getenv ("GUATU_BINARY"), "--database", targets[i],
                                 commands[c][0], commands[c][1], commands[c][2],
                                 commands[c][3], NULL };
          int status = 0;

          g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                                       G_SPAWN_STDOUT_TO_DEV_NULL, alarm_setup, NULL, NULL,
                                       &err, &status, &error));
          g_assert_no_error (error);
          g_assert_true (WIFEXITED (status));
          g_assert_cmpint (WEXITSTATUS (status), !=, 0);
          g_assert_nonnull (strstr (err, words[i]));
          g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
        }
    }

  /* Only what the test made. */
  {
    GDir *dir = g_dir_open (f->dir, 0, NULL);
    const char *name;
    guint n = 0;

    while ((name = g_dir_read_name (dir)) != NULL)
      n++;
    g_dir_close (dir);
    g_assert_cmpuint (n, ==, 3);
  }
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/faults/disk-full", Fixture, NULL, setup, test_disk_full, teardown);
  g_test_add ("/faults/read-only-file", Fixture, NULL, setup, test_read_only_file, teardown);
  g_test_add ("/faults/read-only-folder", Fixture, NULL, setup, test_read_only_folder,
              teardown);
  g_test_add ("/faults/locked-by-other-process", Fixture, NULL, setup,
              test_locked_by_other_process, teardown);
  g_test_add ("/faults/cli-disk-full", Fixture, NULL, setup, test_cli_disk_full, teardown);
  g_test_add ("/faults/cli", Fixture, NULL, setup, test_cli, teardown);
  g_test_add ("/faults/cli-special-files", Fixture, NULL, setup, test_cli_special_files,
              teardown);

  return g_test_run ();
}
