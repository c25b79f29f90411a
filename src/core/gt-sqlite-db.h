/* gt-sqlite-db.h: the SQLite backend of gt-db.h, for one desk's register file.
 *
 * Only the SQLite backend's own files (gt-sqlite-*.c, and the file-level work
 * of opening, migrating and backing up in gt-sqlite-open.c, gt-sqlite-schema.c
 * and gt-backup.c) include this header or sqlite3.h.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "gt-db.h"
#include "gt-store.h"

G_BEGIN_DECLS

/* Takes @handle, an open connection to the file at @path. */
GtDb         *gt_sqlite_db_new            (sqlite3     *handle,
                                           const char  *path);
sqlite3      *gt_sqlite_db_get_handle     (GtDb        *db);

/* GT_STORE_ERROR_BUSY, _CORRUPT, _CONFLICT (a unique or foreign key refused:
 * an extended result code) or _FAILED, after an SQLite result code. */
GtStoreError  gt_sqlite_error_code        (int          sqlite_code);
/* The reason of @handle's last error in words an office reads (a full disk, a
 * read-only file or folder), else SQLite's own message. */
const char   *gt_sqlite_describe_error    (sqlite3     *handle);

G_END_DECLS
