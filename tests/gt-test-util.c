/* gt-test-util.c: what the tests without a display share.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <poll.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include <libpq-fe.h>
#include <sqlite3.h>

#include "gt-demo.h"
#include "gt-pg-db.h"
#include "gt-sqlite-db.h"
#include "gt-test-util.h"

char *
gt_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("guatu-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
gt_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_remove (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      gt_test_remove_tree (child);
    }
  g_rmdir (path);
}

void
gt_test_run_clear (GtTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

char **
gt_test_cli_environ (const char *dir,
                     const char *language)
{
  g_autofree char *data_home = g_build_filename (dir, "data", NULL);
  char **env = g_get_environ ();

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = language != NULL ? g_environ_setenv (env, "LANGUAGE", language, TRUE)
                         : g_environ_unsetenv (env, "LANGUAGE");
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  env = g_environ_setenv (env, "XDG_DATA_HOME", data_home, TRUE);
  /* Any attempt to reach a display fails loudly. */
  env = g_environ_setenv (env, "GDK_BACKEND", "none-at-all", TRUE);
  return env;
}

void
gt_test_run_guatu (const char         *dir,
                   char              **env,
                   GtTestRun          *run,
                   const char *const  *args)
{
  const char *binary = g_getenv ("GUATU_BINARY");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (dir, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);
}

gboolean
gt_test_on_server (void)
{
  return g_getenv ("GUATU_TEST_ON_SERVER") != NULL;
}

/* A new database for each register a test asks for: the suites that run on a
 * file and on the server make several registers each (one per case, two at
 * once for a copy). Named after @name and this process, so that parallel runs
 * of different tests on one cluster never meet. */
static char *
new_database (const char *name)
{
  static guint serial;
  PGconn *conn = PQconnectdb (g_getenv ("GUATU_TEST_PG_URL"));
  g_autoptr(GString) db = g_string_new ("t_");
  g_autofree char *drop = NULL;
  g_autofree char *create = NULL;
  char *quoted;
  const char *base = g_getenv ("GUATU_TEST_PG_URL");
  gsize len = strlen (base);

  for (const char *c = name; *c != '\0'; c++)
    g_string_append_c (db, g_ascii_isalnum (*c) ? g_ascii_tolower (*c) : '_');
  g_string_append_printf (db, "_%d_%u", (int) getpid (), serial++);

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  /* An identifier cannot be a parameter: quoted by libpq, from [a-z0-9_] only. */
  quoted = PQescapeIdentifier (conn, db->str, db->len);
  drop = g_strdup_printf ("DROP DATABASE IF EXISTS %s", quoted);
  create = g_strdup_printf ("CREATE DATABASE %s", quoted);
  PQfreemem (quoted);
  for (guint i = 0; i < 2; i++)
    {
      PGresult *result = PQexec (conn, i == 0 ? drop : create);

      if (PQresultStatus (result) != PGRES_COMMAND_OK)
        g_error ("%s: %s", i == 0 ? drop : create, PQerrorMessage (conn));
      PQclear (result);
    }
  PQfinish (conn);

  /* postgresql:// (host and user from PG*) or postgresql://HOST[/DB]: the
   * new database in the path instead. */
  if (strstr (base, "://") != NULL && strchr (strstr (base, "://") + 3, '/') != NULL)
    len = (gsize) (strchr (strstr (base, "://") + 3, '/') - base);
  return g_strdup_printf ("%.*s/%s", (int) len, base, db->str);
}

char *
gt_test_register_location (const char *dir,
                           const char *name)
{
  if (gt_test_on_server ())
    {
      g_assert_nonnull (g_getenv ("GUATU_TEST_PG_URL"));
      return new_database (name);
    }
  return g_build_filename (dir, name, NULL);
}

GtDb *
gt_test_db_connect (const char *location)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *handle = NULL;
  GtDb *db;

  if (gt_pg_db_is_url (location))
    {
      db = gt_pg_db_connect (location, &error);
      g_assert_no_error (error);
      return db;
    }

  /* As a second program would, without the store's checks: those may write
   * (a migration, a purge of deleted rows) where the test means to look. */
  g_assert_cmpint (sqlite3_open_v2 (location, &handle, SQLITE_OPEN_READWRITE, NULL), ==,
                   SQLITE_OK);
  sqlite3_busy_timeout (handle, 5000);
  return gt_sqlite_db_new (handle, location);
}

gint64
gt_test_query_int (const char *location,
                   const char *sql,
                   gint64      arg)
{
  /* A query of this connection alone: its name need not be unique beyond it. */
  const GtDbQuery query = GT_DB_QUERY ("test-query-int", sql);
  g_autoptr(GError) error = NULL;
  GtDb *db = gt_test_db_connect (location);
  GtDbStmt *stmt = gt_db_prepare (db, &query, &error);
  gint64 value = -1;

  g_assert_no_error (error);
  if (strstr (sql, "?1") != NULL)
    gt_db_stmt_bind_int64 (stmt, 1, arg);
  if (gt_db_stmt_next (stmt, &error))
    value = gt_db_stmt_get_int64 (stmt, 0);
  g_assert_no_error (error);
  gt_db_stmt_reset (stmt);
  gt_db_close (db);

  return value;
}

GtStore *
gt_test_open_demo (const char  *dir,
                   const GDate *today)
{
  g_autofree char *path = gt_test_register_location (dir, "demo.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (path, &error);

  g_assert_no_error (error);
  gt_demo_populate (store, gt_demo_size_default (), today, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

void
gt_test_assert_no_side_files (const char *path)
{
  const char *suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);

      g_assert_false (g_file_test (side, G_FILE_TEST_EXISTS));
    }
}

void
gt_test_read_until (int         fd,
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

void
gt_test_assert_no_deleted_register_files (GPid        pid,
                                          const char *path)
{
  g_autofree char *fds = g_strdup_printf ("/proc/%d/fd", (int) pid);
  GDir *dir = g_dir_open (fds, 0, NULL);
  g_autofree char *real = realpath (path, NULL);
  const char *name;

  g_assert_nonnull (dir);
  g_assert_nonnull (real);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *link = g_build_filename (fds, name, NULL);
      g_autofree char *target = g_file_read_link (link, NULL);

      if (target != NULL && g_str_has_prefix (target, real) &&
          g_str_has_suffix (target, " (deleted)"))
        g_error ("process %d writes to %s", (int) pid, target);
    }
  g_dir_close (dir);
}

void
gt_test_damage_table (const char *path,
                      const char *table)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *immutable = g_strconcat (uri, "?immutable=1", NULL);
  g_autofree char *contents = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gsize length, page_size;
  int root;

  /* Immutable: read without locks, so no -wal or -shm file is left behind. */
  g_assert_cmpint (sqlite3_open_v2 (immutable, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rootpage FROM sqlite_schema "
                                           "WHERE type = 'table' AND name = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  root = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  page_size = ((guint8) contents[16] << 8) | (guint8) contents[17];
  g_assert_cmpint (root, >, 1);
  g_assert_cmpuint (length, >=, root * page_size);
  for (gsize i = (root - 1) * page_size; i < root * page_size; i++)
    contents[i] = (char) (i * 7 + 13);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

void
gt_test_use_zh_cn (void)
{
  const char *localedir = g_getenv ("GUATU_LOCALEDIR");

  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

void
gt_test_run_guatuv (const char  *dir,
                    char       **env,
                    GtTestRun   *run,
                    const char  *first_arg,
                    ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list list;

  va_start (list, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (list, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (list);
  g_ptr_array_add (args, NULL);
  gt_test_run_guatu (dir, env, run, (const char *const *) args->pdata);
}

gboolean
gt_test_refresh_until_changed (GtStore *store)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GError) error = NULL;

      if (gt_store_refresh (store, &error))
        return TRUE;
      g_assert_no_error (error);
      g_usleep (20 * 1000);
    }
  return FALSE;
}

GDate
gt_test_date (int year,
              int month,
              int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return date;
}

void
gt_test_assert_conflict (GError    **error,
                         const char *desk)
{
  g_assert_nonnull (error);
  g_assert_error (*error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr ((*error)->message, desk));
  g_clear_error (error);
}
