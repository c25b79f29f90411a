/* gt-pg-schema.h: the register's schema on a PostgreSQL server.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-db.h"

G_BEGIN_DECLS

/* Creates the register's tables in an empty database, or checks the version of
 * the ones there: GT_STORE_ERROR_TOO_NEW when a newer Guatu made them,
 * GT_STORE_ERROR_NOT_A_DATABASE when the database holds other tables only. */
gboolean gt_pg_schema_ensure (GtDb    *db,
                              GError **error);

G_END_DECLS
