/* gt-pg-db.h: the PostgreSQL backend of gt-db.h, for a register that several
 * desks share on the office's server.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-db.h"

G_BEGIN_DECLS

/* Whether @location names a server (postgresql://… or postgres://…) rather
 * than a file. */
gboolean  gt_pg_db_is_url      (const char  *location);
/* Connects to @url; passwords come from ~/.pgpass or the URL, never from
 * Guatu's settings. */
GtDb     *gt_pg_db_connect     (const char  *url,
                                GError     **error);
/* The URL without its password, for titles and messages. */
char     *gt_pg_db_display_url (const char  *url);
/* Runs @sql, which may hold several statements and no parameters (the schema). */
gboolean  gt_pg_db_exec_script (GtDb        *db,
                                const char  *sql,
                                GError     **error);

G_END_DECLS
