/* test-window-locks.c: the real window keeps its hold on the register while
 * the command line uses the same file.
 *
 * SQLite's locks belong to the process, and a close() of any descriptor of the
 * file drops all of them. A window that lost them (its integrity check or its
 * daily backup once opened the file a second time) looked unused to the next
 * `guatu --summary`, whose close then checkpointed and deleted the window's
 * -wal and -shm: the window went on writing to deleted files, the command line
 * no longer saw its edits, and a kill of the window lost them all.
 *
 * The window runs in a process of its own (this program, run again with
 * --window), the real application on the register, under the test's display:
 * it opens the register, checks it and makes the day's backup in its thread as
 * always, then adds a leader every few milliseconds through the store it shows
 * and reports each one on stdout once saved. Meanwhile guatu prints the
 * summary, imports and exports; after each command no descriptor of the window
 * may be "(deleted)". Then the window is killed, and every leader it reported
 * and every import that succeeded must be in the intact file.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "gt-application.h"
#include "gt-backup.h"
#include "gt-test-util.h"

/* Rows of each import from the command line. */
#define CLI_ROWS 20

/* The window's side */

typedef struct {
  GtApplication *app;
  char          *path;
  guint          next;
} Window;

/* One write(2) per line: nothing waits in a buffer when the kill comes. */
static void
report (const char *line)
{
  gsize length = strlen (line);
  gsize done = 0;

  while (done < length)
    {
      gssize n = write (STDOUT_FILENO, line + done, length - done);

      if (n < 0)
        _exit (3);
      done += n;
    }
}

static gboolean
edit_cb (gpointer data)
{
  Window *w = data;
  GtStore *store = gt_application_get_store (w->app);
  g_autoptr(GtLeader) leader = gt_leader_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("w%u", w->next++);
  g_autofree char *line = NULL;

  gt_leader_set_name (leader, name);
  if (!gt_store_add_leader (store, leader, &error))
    {
      /* Another process may hold the write lock for a moment: not a promise. */
      if (g_error_matches (error, GT_STORE_ERROR, GT_STORE_ERROR_BUSY))
        return G_SOURCE_CONTINUE;
      g_printerr ("window: %s\n", error->message);
      _exit (2);
    }
  line = g_strdup_printf ("leader %s\n", name);
  report (line);

  return G_SOURCE_CONTINUE;
}

/* Ready once the window shows the register and its thread has checked it and
 * made the day's backup: everything that opens the file is done. */
static gboolean
wait_ready_cb (gpointer data)
{
  Window *w = data;
  g_autoptr(GPtrArray) backups = NULL;
  GtStore *store = gt_application_get_store (w->app);

  if (store == NULL || gtk_application_get_active_window (GTK_APPLICATION (w->app)) == NULL)
    return G_SOURCE_CONTINUE;
  backups = gt_backup_list (w->path, NULL);
  if (backups == NULL || backups->len == 0)
    return G_SOURCE_CONTINUE;

  report ("ready\n");
  g_timeout_add (5, edit_cb, w);
  return G_SOURCE_REMOVE;
}

static void
activate_cb (GApplication *app,
             Window       *w)
{
  g_timeout_add (20, wait_ready_cb, w);
}

static int
window_main (const char *path)
{
  Window w = { 0 };
  const char *localedir = g_getenv ("GUATU_LOCALEDIR");

  /* Never outlives a test that failed before it could kill it. */
  prctl (PR_SET_PDEATHSIG, SIGKILL);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  w.app = gt_application_new ();
  w.path = g_strdup (path);
  g_application_set_flags (G_APPLICATION (w.app), G_APPLICATION_NON_UNIQUE);
  gt_application_set_database (w.app, path);
  g_signal_connect_after (w.app, "activate", G_CALLBACK (activate_cb), &w);
  /* Runs until the test kills it. */
  g_application_run (G_APPLICATION (w.app), 0, NULL);

  return 4;
}

/* The test's side */

static char *
write_ledger (const char *dir,
              guint       tag)
{
  g_autoptr(GString) text = g_string_new ("项目名称,包联领导,总投资（万元）\n");
  g_autoptr(GError) error = NULL;
  char *csv = g_strdup_printf ("%s/ledger-%u.csv", dir, tag);

  for (int i = 0; i < CLI_ROWS; i++)
    g_string_append_printf (text, "命令行项目%u-%d,c%u-%d,%d\n", tag, i, tag, i, 10 + i);
  g_assert_true (g_file_set_contents (csv, text->str, text->len, &error));
  g_assert_no_error (error);

  return csv;
}

static gint64
count_like (sqlite3    *db,
            const char *sql,
            const char *arg)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (arg != NULL)
    sqlite3_bind_text (stmt, 1, arg, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static void
test_cli_beside_window (void)
{
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GHashTable) committed = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) tried = g_hash_table_new (NULL, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *path = NULL;
  g_auto(GStrv) env = gt_test_cli_environ (dir, NULL);
  g_auto(GStrv) lines = NULL;
  const char *argv[] = { self, "--window", NULL, NULL };
  GHashTableIter iter;
  gpointer key;
  sqlite3 *db = NULL;
  guint reported = 0;
  GPid window;
  int status;
  int fd;

  {
    g_autoptr(GtStore) demo = gt_test_open_demo (dir, today);

    path = g_strdup (gt_store_get_path (demo));
  }
  argv[2] = path;
  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL,
                            NULL, &window, NULL, &fd, NULL, &error);
  g_assert_no_error (error);
  gt_test_read_until (fd, out, g_get_monotonic_time () + 60 * G_USEC_PER_SEC, "ready\n");
  g_assert_nonnull (strstr (out->str, "ready\n"));
  gt_test_assert_no_deleted_register_files (window, path);

  for (guint tag = 1; tag <= 9; tag++)
    {
      g_auto(GtTestRun) run = { 0 };
      g_autofree char *csv = write_ledger (dir, tag);
      g_autofree char *xlsx = g_strdup_printf ("%s/out-%u.xlsx", dir, tag);

      gt_test_read_until (fd, out, g_get_monotonic_time () + 30000, NULL);
      switch (tag % 3)
        {
        case 0:
          gt_test_run_guatuv (dir, env, &run, "--database", path, "--summary", NULL);
          g_assert_cmpint (run.status, ==, 0);
          break;
        case 1:
          g_hash_table_add (tried, GUINT_TO_POINTER (tag));
          gt_test_run_guatuv (dir, env, &run, "--database", path, "--import", csv, NULL);
          if (run.status == 0)
            g_hash_table_add (committed, GUINT_TO_POINTER (tag));
          break;
        default:
          gt_test_run_guatuv (dir, env, &run, "--database", path, "--export-xlsx", xlsx,
                              "--table", "register", NULL);
          g_assert_cmpint (run.status, ==, 0);
          break;
        }
      gt_test_assert_no_deleted_register_files (window, path);
    }
  /* At least one import went through, the window writing meanwhile. */
  g_assert_cmpuint (g_hash_table_size (committed), >, 0);

  /* An import killed midway: all of it or none, and the window goes on. */
  {
    g_autofree char *csv = write_ledger (dir, 100);
    const char *import_argv[] = { g_getenv ("GUATU_BINARY"), "--database", path, "--import",
                                  csv, NULL };
    GPid import;

    g_assert_nonnull (import_argv[0]);
    g_spawn_async (dir, (char **) import_argv, env,
                   G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                   G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &import, &error);
    g_assert_no_error (error);
    gt_test_read_until (fd, out, g_get_monotonic_time () + g_rand_int_range (rand, 0, 150000), NULL);
    kill (import, SIGKILL);
    g_assert_cmpint (waitpid (import, &status, 0), ==, import);
    g_spawn_close_pid (import);
    g_hash_table_add (tried, GUINT_TO_POINTER (100));
    gt_test_read_until (fd, out, g_get_monotonic_time () + 100000, NULL);
    gt_test_assert_no_deleted_register_files (window, path);
  }

  g_assert_cmpint (kill (window, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (window, &status, 0), ==, window);
  g_assert_true (WIFSIGNALED (status));
  gt_test_read_until (fd, out, G_MAXINT64, NULL);
  g_close (fd, NULL);
  g_spawn_close_pid (window);

  /* Guatu first, as the office would the next morning; then what is there. */
  {
    g_autoptr(GtStore) store = gt_store_open (path, &error);

    g_assert_no_error (error);
  }
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                     SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
    sqlite3_finalize (stmt);
  }

  /* Every leader the window reported saved (a line cut by the kill promises
   * nothing). */
  *strrchr (out->str, '\n') = '\0';
  lines = g_strsplit (out->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (!g_str_has_prefix (lines[i], "leader "))
        continue;
      g_assert_cmpint (count_like (db, "SELECT count(*) FROM leaders WHERE name = ?1",
                                   lines[i] + strlen ("leader ")), ==, 1);
      reported++;
    }
  g_test_message ("%u leaders reported by the window", reported);
  g_assert_cmpuint (reported, >, 10);

  /* Every import that succeeded whole; a killed one whole or not at all. */
  g_hash_table_iter_init (&iter, tried);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autofree char *pattern = g_strdup_printf ("c%u-%%", GPOINTER_TO_UINT (key));
      gint64 rows = count_like (db, "SELECT count(*) FROM leaders WHERE name LIKE ?1",
                                pattern);

      if (g_hash_table_contains (committed, key))
        g_assert_cmpint (rows, ==, CLI_ROWS);
      else
        g_assert_true (rows == 0 || rows == CLI_ROWS);
    }
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  gt_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--window"))
    return window_main (argv[2]);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/window-locks/cli-beside-window", test_cli_beside_window);

  return g_test_run ();
}
