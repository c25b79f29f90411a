/* gt-sqlite-schema.h: the SQLite schema and its migrations (private to core).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* PRAGMA application_id of a register: "GTU1" in ASCII. Set when a register is
 * created and whenever one is opened for writing, so that a register is told
 * from other programs' SQLite files by its header (see sqlite.org/fileformat,
 * "Application ID"). Registers written before the mark have 0 and are known by
 * their tables. Never change it: files in offices carry it. */
#define GT_STORE_APPLICATION_ID 0x47545531

/* Brings @db from its PRAGMA user_version up to @target, each step in its own
 * transaction that also sets user_version. Tests pass a @target below
 * GT_STORE_SCHEMA_VERSION to build an old file. */
gboolean _gt_store_schema_migrate (sqlite3  *db,
                                   int       target,
                                   GError  **error);

/* Whether @db, without Guatu's application_id, is a register of schema
 * @version that a Guatu from before the mark wrote (its tables and columns). */
gboolean _gt_store_is_older_register (sqlite3  *db,
                                      int       version);

G_END_DECLS
