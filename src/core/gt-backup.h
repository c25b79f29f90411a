/* gt-backup.h: dated copies of the register, made with SQLite's backup API.
 *
 * Backups of DIR/NAME.db live in DIR/backups/, named NAME-YYYYMMDD-HHMMSS.db
 * (local time), readable by the owner only. The app makes one at most once a
 * day when it starts and keeps the newest GT_BACKUP_KEEP.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define GT_BACKUP_KEEP 7

/* DIR/backups for a database DIR/NAME.db. */
char        *gt_backup_dup_dir       (const char  *db_path);

/* Copies @db_path (which may be open elsewhere, even mid-edit: the copy is a
 * committed state) to a new backup dated @when (NULL: now). Returns its path.
 * The copy is written under a hidden temporary name in the same folder and
 * gets the backup's name only when whole and on the disk. */
char        *gt_backup_create        (const char  *db_path,
                                      GDateTime   *when,
                                      GError     **error);

/* The backups of @db_path, newest first: an array of paths (char *). A missing
 * folder is no backups. */
GPtrArray   *gt_backup_list          (const char  *db_path,
                                      GError     **error);

/* The local time in a backup's name, or NULL if the name is not a backup's. */
GDateTime   *gt_backup_get_time      (const char  *backup_path);

/* Deletes all but the newest @keep backups. */
gboolean     gt_backup_prune         (const char  *db_path,
                                      guint        keep,
                                      GError     **error);

/* The backup on start: when the newest backup is not of @now's day (NULL:
 * today), makes one and prunes to @keep. What failed backups left (the copy
 * of a process that was killed, an empty file from older versions) is removed
 * first and does not count. Returns the new path, or NULL with no error when
 * none was due (or the database does not exist yet). */
char        *gt_backup_daily         (const char  *db_path,
                                      GDateTime   *now,
                                      guint        keep,
                                      GError     **error);

/* Replaces the contents of @db_path with those of @backup_path. The backup is
 * checked first (an intact Guatu database, not newer than this build); then
 * the current file is itself backed up (its path in @saved, may be NULL), then
 * overwritten through the backup API, so a failure leaves it as it was. No
 * GtStore may have @db_path open: close it, restore, open it again. */
gboolean     gt_backup_restore       (const char  *db_path,
                                      const char  *backup_path,
                                      char       **saved,
                                      GError     **error);

/* The backups of @db_path that gt_backup_restore() would take (a register of
 * this build or an older one, every page passing quick_check), newest first:
 * an array of paths. Reads every page of each: run it in a thread. */
GPtrArray   *gt_backup_list_intact   (const char  *db_path,
                                      GError     **error);

/* The name a damaged @db_path is kept under when it is replaced at @when:
 * DB.damaged-YYYYMMDD-HHMMSS beside it. */
char        *gt_backup_dup_damaged_path (const char *db_path,
                                         GDateTime  *when);

/* Replaces a damaged register (not open anywhere) by an intact backup. Unlike
 * gt_backup_restore(), which backs up the current file through SQLite first
 * (a damaged file may not copy, and its copy would pass for a backup among the
 * good ones and be pruned with them), the damaged file and its -wal, -shm and
 * -journal are renamed aside, unchanged, to gt_backup_dup_damaged_path() of
 * @when (NULL: now), with "-N" if taken; the name in @kept. The backup is
 * checked as gt_backup_restore() checks it and copied next to @db_path as
 * DB.restoring first, and takes its name only once complete; on any failure
 * the damaged file is moved back. */
gboolean     gt_backup_replace_damaged (const char  *db_path,
                                        const char  *backup_path,
                                        GDateTime   *when,
                                        char       **kept,
                                        GError     **error);

G_END_DECLS
