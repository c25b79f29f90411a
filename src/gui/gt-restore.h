/* gt-restore.h: "Restore from Backup…": choose a dated backup, confirm, restore.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-application.h"

G_BEGIN_DECLS

/* Shows the backups of @app's register by date over @parent and, once the user
 * confirms, restores the chosen one (the current file is backed up first) and
 * reopens the register in a new window. */
void        gt_restore_run                     (GtApplication        *app,
                                                GtkWindow            *parent);

/* The backups of @db_path that this build can open and that pass the integrity
 * check, newest first (paths). Reads every page of each: see the async form. */
GPtrArray  *gt_restore_list_good_backups       (const char           *db_path,
                                                GError              **error);
void        gt_restore_list_good_backups_async (const char           *db_path,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
GPtrArray  *gt_restore_list_good_backups_finish (GAsyncResult        *result,
                                                 GError             **error);

/* The name a damaged @db_path is kept under when it is replaced at @when:
 * DB.damaged-YYYYMMDD-HHMMSS beside it. */
char       *gt_restore_dup_kept_path           (const char           *db_path,
                                                GDateTime            *when);
/* Replaces a damaged register (not open anywhere) by an intact backup. Unlike
 * gt_backup_restore(), which backs up the current file through SQLite first
 * (a damaged file may not copy, and its copy would pass for a backup among the
 * good ones and be pruned with them), the damaged file and its -wal, -shm and
 * -journal are renamed aside, unchanged, to gt_restore_dup_kept_path() (with
 * "-N" if taken; the name in @kept). The backup is checked and copied next to
 * @db_path first, and takes its name only once complete. */
gboolean    gt_restore_replace_damaged         (const char           *db_path,
                                                const char           *backup_path,
                                                GDateTime            *when,
                                                char                **kept,
                                                GError              **error);
/* A backup's date and time as the office writes them. */
char       *gt_restore_format_backup           (const char           *backup_path);

G_END_DECLS
