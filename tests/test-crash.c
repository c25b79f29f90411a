/* test-crash.c: kills a process that is editing the register at random moments
 * and checks after each kill that nothing it was told is saved was lost, that
 * the file is intact, and that a half-done batch left nothing behind.
 *
 * The editing happens in tests/crash-child.c, a separate program, so that the
 * kill is a real SIGKILL of a real process: no atexit, no destructors, the
 * open file and its WAL left exactly as they were at that instant.
 *
 * GUATU_CRASH_SEED=<n> replays a run (the seed is printed); GUATU_CRASH_KILLS
 * sets how many kills (default 150, at least 100 for the test to count).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "gt-store.h"

/* Kills are spread over this many milliseconds after the child is ready; the
 * edits take a few milliseconds each (one fsync), so most kills land amid
 * one, and a tenth of them are timed from the spawn to hit the open itself. */
#define MAX_DELAY_MS 40

/* A generous bound in case the machine is slow (sanitizers, valgrind): the
 * run stops early, and fails if fewer than MIN_KILLS were made by then. */
#define TIME_BUDGET_S 90
#define MIN_KILLS 100

/* Each file takes this many kills, then a new one starts: the promises pile
 * up across the kills of one file, but the file stays small enough that
 * opening it (twice per kill) stays quick. */
#define KILLS_PER_FILE 20

typedef struct {
  GHashTable *projects;   /* id → last reported rename number, or 0 */
  GHashTable *batches;    /* tag → GINT_TO_POINTER (rows), announced */
  GHashTable *committed;  /* tag, batch reported committed */
  guint       reported;   /* lines read over the whole run */
  guint       mid_batch;  /* kills that landed inside a batch */
  guint       n_batches;  /* batches announced over the whole run */
} Promises;

static gint64
query_int (sqlite3    *db,
           const char *sql,
           const char *text)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

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

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);

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
      g_autofree char *pattern = g_strdup_printf ("b%u-%%", GPOINTER_TO_UINT (key));
      gint64 rows = query_int (db, "SELECT count (*) FROM leaders WHERE name LIKE ?1",
                               pattern);

      if (g_hash_table_contains (p->committed, key))
        g_assert_cmpint (rows, ==, GPOINTER_TO_UINT (value));
      else if (rows != 0)
        {
          /* Committed but killed before saying so: then all of it. */
          g_assert_cmpint (rows, ==, GPOINTER_TO_UINT (value));
          g_hash_table_add (p->committed, key);
        }
    }

  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* Reads what the child writes until @deadline (monotonic µs), its end, or
 * (when not NULL) until @line has been read. */
static void
read_until (int         fd,
            GString    *out,
            gint64      deadline,
            const char *line)
{
  while (line == NULL || strstr (out->str, line) == NULL)
    {
      gint64 left = deadline - g_get_monotonic_time ();
      struct pollfd pfd = { fd, POLLIN, 0 };
      char buffer[4096];
      gssize n;
      int ready;

      if (left <= 0)
        return;
      ready = poll (&pfd, 1, (int) ((left + 999) / 1000));
      if (ready < 0 && errno == EINTR)
        continue;
      if (ready <= 0)
        return;
      n = read (fd, buffer, sizeof buffer);
      if (n <= 0)
        return;
      g_string_append_len (out, buffer, n);
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

      if (g_get_monotonic_time () - start > TIME_BUDGET_S * G_USEC_PER_SEC)
        break;
      if (done % KILLS_PER_FILE == 0)
        {
          g_free (path);
          path = g_strdup_printf ("%s/guatu-%u.db", dir, done / KILLS_PER_FILE);
          g_hash_table_remove_all (p.projects);
          g_hash_table_remove_all (p.batches);
          g_hash_table_remove_all (p.committed);
        }
      argv[1] = path;

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, NULL, &fd, NULL, &error);
      g_assert_no_error (error);

      if (early)
        {
          read_until (fd, out, g_get_monotonic_time () + delay / 4, NULL);
        }
      else
        {
          /* Waits for "ready": opening may take a while under sanitizers. */
          read_until (fd, out, g_get_monotonic_time () + 30 * G_USEC_PER_SEC, "ready\n");
          g_assert_nonnull (strstr (out->str, "ready\n"));
          read_until (fd, out, g_get_monotonic_time () + delay, NULL);
        }

      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      /* Killed by us, not dead of an error of its own. */
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
      read_until (fd, out, G_MAXINT64, NULL);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/crash/kill", test_kill);

  return g_test_run ();
}
