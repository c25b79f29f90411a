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

/* gt_backup_list_intact() in a thread: the intact backups of @db_path, newest
 * first (paths). */
void        gt_restore_list_good_backups_async (const char           *db_path,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
GPtrArray  *gt_restore_list_good_backups_finish (GAsyncResult        *result,
                                                 GError             **error);
/* A backup's date and time as the office writes them. */
char       *gt_restore_format_backup           (const char           *backup_path);

G_END_DECLS
