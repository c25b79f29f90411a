/* gt-store-private.h: what other parts of core may know about the store.
 *
 * Only src/core includes this: figures and import run their own read queries on
 * the same connection. Nothing outside core may know that this is SQLite.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "gt-store.h"

G_BEGIN_DECLS

sqlite3  *_gt_store_get_db        (GtStore     *self);
/* Wraps the connection's last error: "@what: sqlite message". */
void      _gt_store_set_error     (GtStore     *self,
                                   GError     **error,
                                   const char  *what);

G_END_DECLS
