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


G_END_DECLS
