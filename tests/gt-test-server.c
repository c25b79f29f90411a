/* gt-test-server.c: what the tests of a register on a server share.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libpq-fe.h>

#include "gt-test-server.h"
#include "gt-test-util.h"

const char *
gt_test_server_url (void)
{
  return g_getenv ("GUATU_TEST_PG_URL");
}

void
gt_test_server_exec (const char *sql)
{
  PGconn *conn = PQconnectdb (gt_test_server_url ());
  PGresult *result;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  result = PQexec (conn, sql);
  if (PQresultStatus (result) != PGRES_COMMAND_OK && PQresultStatus (result) != PGRES_TUPLES_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  PQclear (result);
  PQfinish (conn);
}

gboolean
gt_test_server_reset (const char *more_sql)
{
  if (gt_test_server_url () == NULL)
    {
      g_test_skip ("No server: run under pg_virtualenv with GUATU_TEST_PG_URL (build-aux/test does)");
      return FALSE;
    }
  gt_test_server_exec ("SET client_min_messages = warning;"
                       "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  if (more_sql != NULL)
    gt_test_server_exec (more_sql);
  return TRUE;
}

char **
gt_test_server_environ (const char *dir)
{
  static const char * const names[] = {
    "PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE", "PGSSLMODE",
  };
  char **env = gt_test_cli_environ (dir, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_getenv (names[i]) != NULL)
      env = g_environ_setenv (env, names[i], g_getenv (names[i]), TRUE);
  return env;
}

char *
gt_test_server_value (const char *sql)
{
  PGconn *conn = PQconnectdb (gt_test_server_url ());
  PGresult *result;
  char *out;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  result = PQexec (conn, sql);
  if (PQresultStatus (result) != PGRES_TUPLES_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  out = g_strdup (PQntuples (result) > 0 ? PQgetvalue (result, 0, 0) : "");
  PQclear (result);
  PQfinish (conn);
  return out;
}

char *
gt_test_server_role_url (const char *role,
                         const char *password)
{
  PGconn *conn = PQconnectdb (gt_test_server_url ());
  char *url;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  url = g_strdup_printf ("postgresql://%s:%s@/%s", role, password, PQdb (conn));
  PQfinish (conn);
  return url;
}

GtStore *
gt_test_server_open (void)
{
  g_autoptr(GError) error = NULL;
  GtStore *store = gt_store_open (gt_test_server_url (), &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}
