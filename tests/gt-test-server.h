/* gt-test-server.h: what the tests of a register on a PostgreSQL server share.
 *
 * build-aux/test runs the server suite inside pg_virtualenv, which starts a
 * throwaway cluster and sets GUATU_TEST_PG_URL; without it the tests skip.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "gt-store.h"

G_BEGIN_DECLS

/* The test database's URL, or NULL outside pg_virtualenv. */
const char *gt_test_server_url     (void);
/* Runs @sql (several statements allowed) as the cluster's superuser; aborts
 * the test on failure. */
void        gt_test_server_exec    (const char  *sql);
/* Skips the test when there is no server (FALSE); else empties the database
 * (the public schema dropped and made again), runs @more_sql when not NULL,
 * and returns TRUE. */
gboolean    gt_test_server_reset   (const char  *more_sql);
/* gt_test_cli_environ() with the server's address that pg_virtualenv set. */
char      **gt_test_server_environ (const char  *dir);
/* The first value of @sql's first row ("" when it has none), run as the
 * cluster's superuser, the register's owner: what the server holds, read
 * with no store between; aborts the test when @sql fails. */
char       *gt_test_server_value   (const char  *sql);
/* The URL by which @role logs in with @password to the test's database, as
 * a unit's or an office desk's role does: libpq takes host and port from
 * PGHOST and PGPORT when a URL leaves them out. */
char       *gt_test_server_role_url (const char *role,
                                     const char *password);
/* The register on the test server opened as its owner; aborts the test when
 * it does not open. */
GtStore    *gt_test_server_open    (void);


G_END_DECLS
