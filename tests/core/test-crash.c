/* test-crash.c: kills a process that is editing the register at random moments
 * and checks after each kill that nothing it was told is saved was lost, that
 * the file is intact, and that a half-done batch left nothing behind.
 *
 * The editing happens in tests/core/crash-child.c, a separate program, so that the
 * kill is a real SIGKILL of a real process: no atexit, no destructors, the
 * open file and its WAL left exactly as they were at that instant.
 *
 * GUATU_CRASH_SEED=<n> replays a run (the seed is printed); GUATU_CRASH_KILLS
 * sets how many kills (default 150, at least 100 for the test to count).
 *
 * /crash/two-processes has the register open in two processes at once, as in
 * an office: the child edits it as the window does, while guatu itself imports,
 * exports and prints the summary on the command line; either or both are
 * killed at random moments.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "gt-store.h"
#include "gt-test-util.h"

/* Kills are spread over this many milliseconds after the child is ready; the
 * edits take a few milliseconds each (one fsync), so most kills land amid
 * one, and a tenth of them are timed from the spawn to hit the open itself. */
#define MAX_DELAY_MS 40

/* A bound in case the machine is slow (sanitizers, valgrind, a loaded CI
 * machine): past it the run stops early, but never before MIN_KILLS kills
 * (MIN_ROUNDS rounds), which it needs to prove anything. A machine too slow
 * even for those meets the test's own timeout. (Stopping at the budget and
 * then failing for too few kills failed CI on a loaded machine: 64 kills in
 * 90 s, every one of them sound.) */
#define TIME_BUDGET_S 90
#define MIN_KILLS 100

/* Each file takes this many kills, then a new one starts: the promises pile
 * up across the kills of one file, but the file stays small enough that
 * opening it (twice per kill) stays quick. */
#define KILLS_PER_FILE 20

/* Rounds of /crash/two-processes (each a window, one to four commands and
 * the kills), at least MIN_ROUNDS within the time budget, and the rows of
 * each import from the command line. */
#define TWO_PROCESS_ROUNDS 30
#define MIN_ROUNDS 8
#define CLI_ROWS 30

static gboolean
past_budget (gint64 start)
{
  return g_get_monotonic_time () - start > TIME_BUDGET_S * G_USEC_PER_SEC;
}

typedef struct {
  GHashTable *projects;   /* id → last reported rename number, or 0 */
  GHashTable *batches;    /* tag → GINT_TO_POINTER (rows), announced */
  GHashTable *committed;  /* tag, batch reported committed */
  guint       reported;   /* lines read over the whole run */
  guint       mid_batch;  /* kills that landed inside a batch */
  guint       n_batches;  /* batches announced over the whole run */
} Promises;

/* Takes the complete lines of @text as promises; a line cut short by the kill
 * promises nothing. Returns whether the child was inside a batch at the end. */
static gboolean
read_promises (Promises   *p,
               const char *text)
{
  const char *end = strrchr (text, '\n');
  g_autofree char *complete = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean in_batch = FALSE;

  if (end == NULL)
    return FALSE;
  complete = g_strndup (text, end - text);
  lines = g_strsplit (complete, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gint64 id;
      guint n, tag, rows;

      p->reported++;
      if (sscanf (lines[i], "project %" G_GINT64_FORMAT, &id) == 1)
        {
          gint64 *key = g_new (gint64, 1);

          *key = id;
          g_hash_table_replace (p->projects, key, GUINT_TO_POINTER (0));
        }
      else if (sscanf (lines[i], "rename %" G_GINT64_FORMAT " %u", &id, &n) == 2)
        {
          gint64 *key = g_new (gint64, 1);

          *key = id;
          g_hash_table_replace (p->projects, key, GUINT_TO_POINTER (n));
        }
      else if (sscanf (lines[i], "batch %u %u", &tag, &rows) == 2)
        {
          g_hash_table_insert (p->batches, GUINT_TO_POINTER (tag), GUINT_TO_POINTER (rows));
          p->n_batches++;
          in_batch = TRUE;
        }
      else if (sscanf (lines[i], "committed %u", &tag) == 1)
        {
          g_hash_table_add (p->committed, GUINT_TO_POINTER (tag));
          in_batch = FALSE;
        }
      else
        {
          g_assert_cmpstr (lines[i], ==, "ready");
        }
    }

  return in_batch;
}

/* The batch's rows as Guatu reads them, the same on a file and a server. */
static gint64
count_leaders (GtStore    *store,
               const char *prefix)
{
  GListModel *leaders = gt_store_get_leaders (store);
  gint64 rows = 0;

  for (guint i = 0; i < g_list_model_get_n_items (leaders); i++)
    {
      g_autoptr(GtLeader) leader = g_list_model_get_item (leaders, i);

      rows += g_str_has_prefix (gt_leader_get_name (leader), prefix);
    }
  return rows;
}

/* What every kill must leave: an intact file that Guatu opens, every reported
 * edit in it, and each batch either whole or absent. */
static void
check_file (Promises   *p,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  GHashTableIter iter;
  gpointer key, value;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  /* Guatu first, as the office would the next morning: it recovers the WAL. */
  store = gt_store_open (path, &error);
  g_assert_no_error (error);

  /* A server keeps its own files whole; a file is checked page by page. */
  if (!gt_test_on_server ())
    {
      g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL),
                       ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
      sqlite3_finalize (stmt);
      g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
    }

  g_hash_table_iter_init (&iter, p->projects);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 id = *(gint64 *) key;
      guint renamed = GPOINTER_TO_UINT (value);
      GtProject *project = gt_store_lookup_project (store, id);
      const char *name;

      g_assert_nonnull (project);
      name = gt_project_get_name (project);
      /* A rename reported is there, or a later one that was not yet reported. */
      if (renamed > 0)
        {
          g_assert_true (name[0] == 'v');
          g_assert_cmpuint (g_ascii_strtoull (name + 1, NULL, 10), >=, renamed);
        }
    }

  g_hash_table_iter_init (&iter, p->batches);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *prefix = g_strdup_printf ("b%u-", GPOINTER_TO_UINT (key));
      gint64 rows = count_leaders (store, prefix);

      if (g_hash_table_contains (p->committed, key))
        g_assert_cmpint (rows, ==, GPOINTER_TO_UINT (value));
      else if (rows != 0)
        {
          /* Committed but killed before saying so: then all of it. */
          g_assert_cmpint (rows, ==, GPOINTER_TO_UINT (value));
          g_hash_table_add (p->committed, key);
        }
    }
}

static void
test_kill (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *child = g_test_build_filename (G_TEST_BUILT, "crash-child", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = NULL;
  const char *seed_env = g_getenv ("GUATU_CRASH_SEED");
  const char *kills_env = g_getenv ("GUATU_CRASH_KILLS");
  guint32 seed = seed_env != NULL ? (guint32) g_ascii_strtoull (seed_env, NULL, 10)
                                  : g_random_int ();
  guint kills = kills_env != NULL ? (guint) g_ascii_strtoull (kills_env, NULL, 10) : 150;
  gint64 start = g_get_monotonic_time ();
  Promises p = { 0 };
  g_auto(GStrv) child_env = NULL;
  guint done;

  g_test_message ("GUATU_CRASH_SEED=%u", seed);
  g_printerr ("# GUATU_CRASH_SEED=%u\n", seed);
  rand = g_rand_new_with_seed (seed);
  p.projects = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  p.batches = g_hash_table_new (NULL, NULL);
  p.committed = g_hash_table_new (NULL, NULL);
  /* Counted over the whole run; the tables above hold one file's promises. */

  dir = g_dir_make_tmp ("test-crash-XXXXXX", &error);
  g_assert_no_error (error);
  child_env = g_environ_setenv (g_get_environ (), "GUATU_CRASH_DIR", dir, TRUE);

  for (done = 0; done < kills; done++)
    {
      g_autofree char *child_seed = g_strdup_printf ("%u", g_rand_int (rand));
      g_autofree char *first = g_strdup_printf ("%u", (done + 1) * 100000);
      const char *argv[] = { child, NULL, child_seed, first, NULL };
      g_autoptr(GString) out = g_string_new (NULL);
      gboolean early = g_rand_int_range (rand, 0, 10) == 0;
      gint64 delay = g_rand_int_range (rand, 0, MAX_DELAY_MS * 1000);
      GPid pid;
      int fd;
      int status;

      if (done >= MIN_KILLS && past_budget (start))
        break;
      if (done % KILLS_PER_FILE == 0)
        {
          g_free (path);
          {
            g_autofree char *name = g_strdup_printf ("guatu-%u.db", done / KILLS_PER_FILE);

            path = gt_test_register_location (dir, name);
          }
          g_hash_table_remove_all (p.projects);
          g_hash_table_remove_all (p.batches);
          g_hash_table_remove_all (p.committed);
        }
      argv[1] = path;

      g_spawn_async_with_pipes (NULL, (char **) argv, child_env, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, NULL, &fd, NULL, &error);
      g_assert_no_error (error);

      if (early)
        {
          gt_test_read_until (fd, out, g_get_monotonic_time () + delay / 4, NULL);
        }
      else
        {
          /* Waits for "ready": opening may take a while under sanitizers. */
          gt_test_read_until (fd, out, g_get_monotonic_time () + 30 * G_USEC_PER_SEC, "ready\n");
          g_assert_nonnull (strstr (out->str, "ready\n"));
          gt_test_read_until (fd, out, g_get_monotonic_time () + delay, NULL);
        }

      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      /* Killed by us, not dead of an error of its own. */
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
      gt_test_read_until (fd, out, G_MAXINT64, NULL);
      g_close (fd, NULL);
      g_spawn_close_pid (pid);

      if (read_promises (&p, out->str))
        p.mid_batch++;
      check_file (&p, path);
    }

  g_printerr ("# %u kills in %.1f s, %u lines reported, %u batches, %u kills inside "
              "a batch\n", done, (g_get_monotonic_time () - start) / 1e6, p.reported,
              p.n_batches, p.mid_batch);
  g_assert_cmpuint (done, >=, MIN (kills, MIN_KILLS));
  /* The test proves something only if kills landed amid edits and batches. */
  g_assert_cmpuint (g_hash_table_size (p.projects), >, 0);
  if (kills >= MIN_KILLS)
    g_assert_cmpuint (p.mid_batch, >, 0);

  g_hash_table_unref (p.projects);
  g_hash_table_unref (p.batches);
  g_hash_table_unref (p.committed);
  {
    GDir *d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);

        g_assert_cmpint (g_remove (file), ==, 0);
      }
    g_dir_close (d);
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
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

typedef enum {
  CLI_SUMMARY,
  CLI_EXPORT,
  CLI_IMPORT,
  N_CLI
} CliCommand;

/* Starts guatu on @path: @command, with a ledger of BATCH_ROWS new leaders
 * "b<tag>-…" for an import, the promise of all or none of them. */
static GPid
start_cli (const char *dir,
           const char *path,
           CliCommand  command,
           guint       tag)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = g_strdup_printf ("%s/cli-%u.csv", dir, tag);
  g_autofree char *xlsx = g_strdup_printf ("%s/cli-%u.xlsx", dir, tag);
  const char *argv[8] = { g_getenv ("GUATU_BINARY"), "--database", path, NULL };
  GPid pid;

  g_assert_nonnull (argv[0]);
  switch (command)
    {
    case CLI_SUMMARY:
      argv[3] = "--summary";
      break;
    case CLI_EXPORT:
      argv[3] = "--export-xlsx";
      argv[4] = xlsx;
      argv[5] = "--table";
      argv[6] = "register";
      break;
    case CLI_IMPORT:
      {
        g_autoptr(GString) text = g_string_new ("项目名称,包联领导,总投资（万元）\n");

        for (int i = 0; i < CLI_ROWS; i++)
          g_string_append_printf (text, "命令行项目%u-%d,b%u-%d,%d\n", tag, i, tag, i, 10 + i);
        g_assert_true (g_file_set_contents (csv, text->str, text->len, &error));
        g_assert_no_error (error);
        argv[3] = "--import";
        argv[4] = csv;
      }
      break;
    default:
      g_assert_not_reached ();
    }

  g_spawn_async (dir, (char **) argv, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                 G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error);
  g_assert_no_error (error);

  return pid;
}

/* The window (crash-child --window) edits while the command line reads,
 * imports and exports the same file. After every command the window still
 * writes where the others read; then one or both are killed, and everything
 * either confirmed is in the file, intact. */
static void
test_two_processes (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *child = g_test_build_filename (G_TEST_BUILT, "crash-child", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = NULL;
  const char *seed_env = g_getenv ("GUATU_CRASH_SEED");
  guint32 seed = seed_env != NULL ? (guint32) g_ascii_strtoull (seed_env, NULL, 10)
                                  : g_random_int ();
  gint64 start = g_get_monotonic_time ();
  Promises p = { 0 };
  guint imports = 0;
  guint cli_killed = 0;
  g_auto(GStrv) child_env = NULL;
  guint round;

  g_test_message ("GUATU_CRASH_SEED=%u", seed);
  g_printerr ("# GUATU_CRASH_SEED=%u\n", seed);
  rand = g_rand_new_with_seed (seed);
  p.projects = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  p.batches = g_hash_table_new (NULL, NULL);
  p.committed = g_hash_table_new (NULL, NULL);
  dir = g_dir_make_tmp ("test-crash-two-XXXXXX", &error);
  g_assert_no_error (error);
  child_env = g_environ_setenv (g_get_environ (), "GUATU_CRASH_DIR", dir, TRUE);

  for (round = 0; round < TWO_PROCESS_ROUNDS; round++)
    {
      g_autofree char *child_seed = g_strdup_printf ("%u", g_rand_int (rand));
      g_autofree char *first = g_strdup_printf ("%u", (round + 1) * 100000);
      const char *argv[] = { child, NULL, child_seed, first, "--window", NULL };
      g_autoptr(GString) out = g_string_new (NULL);
      guint commands = g_rand_int_range (rand, 1, 5);
      GPid pid;
      GPid cli = 0;
      int fd;
      int status;

      if (round >= MIN_ROUNDS && past_budget (start))
        break;
      if (round % 5 == 0)
        {
          g_free (path);
          {
            g_autofree char *name = g_strdup_printf ("guatu-%u.db", round / 5);

            path = gt_test_register_location (dir, name);
          }
          g_hash_table_remove_all (p.projects);
          g_hash_table_remove_all (p.batches);
          g_hash_table_remove_all (p.committed);
        }
      argv[1] = path;

      g_spawn_async_with_pipes (NULL, (char **) argv, child_env, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, NULL, &fd, NULL, &error);
      g_assert_no_error (error);
      /* Its first edit waited for its check: the window is fully open. */
      gt_test_read_until (fd, out, g_get_monotonic_time () + 30 * G_USEC_PER_SEC, "ready\n");
      g_assert_nonnull (strstr (out->str, "ready\n"));
      {
        gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

        while (strchr (strchr (out->str, '\n') + 1, '\n') == NULL &&
               g_get_monotonic_time () < deadline)
          gt_test_read_until (fd, out, g_get_monotonic_time () + 10000, NULL);
      }

      for (guint c = 0; c < commands; c++)
        {
          CliCommand command = g_rand_int_range (rand, 0, N_CLI);
          /* Tags of their own, far above the child's. */
          guint tag = 3000000000u + round * 10 + c;
          gboolean last = c + 1 == commands;

          if (command == CLI_IMPORT)
            {
              g_hash_table_insert (p.batches, GUINT_TO_POINTER (tag),
                                   GUINT_TO_POINTER (CLI_ROWS));
              imports++;
            }
          cli = start_cli (dir, path, command, tag);

          /* The last command of a round may be cut short, before or after the
           * window is killed; the others run to their end. */
          if (last && g_rand_boolean (rand))
            {
              gt_test_read_until (fd, out,
                          g_get_monotonic_time () + g_rand_int_range (rand, 0, 200000), NULL);
              if (g_rand_boolean (rand))
                {
                  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
                  g_usleep (g_rand_int_range (rand, 0, 20000));
                }
              kill (cli, SIGKILL);
            }
          else
            {
              /* Reading meanwhile, or the child would block on a full pipe. */
              while (waitpid (cli, &status, WNOHANG) == 0)
                gt_test_read_until (fd, out, g_get_monotonic_time () + 5000, NULL);
              g_spawn_close_pid (cli);
              if (command == CLI_IMPORT && WIFEXITED (status) && WEXITSTATUS (status) == 0)
                g_hash_table_add (p.committed, GUINT_TO_POINTER (tag));
              cli = 0;
              /* A file replaced under the window (a restore) would be held
               * open deleted; a server's register is no file of this machine. */
              if (!gt_test_on_server ())
                gt_test_assert_no_deleted_register_files (pid, path);
            }
        }

      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
      if (cli != 0)
        {
          g_assert_cmpint (waitpid (cli, &status, 0), ==, cli);
          if (WIFSIGNALED (status))
            cli_killed++;
          g_spawn_close_pid (cli);
        }
      gt_test_read_until (fd, out, G_MAXINT64, NULL);
      g_close (fd, NULL);
      g_spawn_close_pid (pid);

      read_promises (&p, out->str);
      check_file (&p, path);
    }

  g_printerr ("# %u rounds in %.1f s, %u lines reported, %u imports from the command line, "
              "%u of them killed\n", round, (g_get_monotonic_time () - start) / 1e6,
              p.reported, imports, cli_killed);
  g_assert_cmpuint (round, >=, MIN_ROUNDS);
  g_assert_cmpuint (imports, >, 0);

  g_hash_table_unref (p.projects);
  g_hash_table_unref (p.batches);
  g_hash_table_unref (p.committed);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/crash/kill", test_kill);
  g_test_add_func ("/crash/two-processes", test_two_processes);

  return g_test_run ();
}
