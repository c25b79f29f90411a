/* gt-export-file.h: the one way every export (PDF, PNG, XLSX, CSV, slides; from
 * the window and the command line) reaches the disk.
 *
 * A target is refused, with a message and untouched, when it is the register
 * being exported under any name (compared by device and inode, so ./reg.db, a
 * symbolic link and a hard link all count), its -wal, -shm or -journal file, a
 * copy kept before an upgrade (reg.db.*.bak) or anything in its backups folder;
 * when it is a folder, a FIFO or anything else but a regular file; and when it
 * is read-only. Otherwise the export is written to a new temporary with a
 * unique name in the target's folder (.NAME.XXXXXX), which is renamed over the
 * target once complete and on disk, and removed on any failure, so that a
 * failed export leaves the old file as it was. A replaced file keeps its
 * permissions; a symbolic link is written through to the file it names.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _GtExportFile GtExportFile;

/* Whether @path may be written by an export from the register at
 * @register_path (NULL: from none): FALSE with a message for the user if not. */
gboolean      gt_export_file_check          (const char    *path,
                                             const char    *register_path,
                                             GError       **error);
/* Checks @path and opens a new temporary beside it. */
GtExportFile *gt_export_file_open           (const char    *path,
                                             const char    *register_path,
                                             GError       **error);
/* The temporary, for libraries that open a file by name. */
const char   *gt_export_file_get_temp_path  (GtExportFile  *self);
/* Appends to the temporary; the first failure is kept for the message. */
gboolean      gt_export_file_write          (GtExportFile  *self,
                                             const void    *data,
                                             gsize          size);
/* Sets @error to "Could not write PATH: …", from the write that failed or,
 * when none did, from @reason. Always FALSE. */
gboolean      gt_export_file_set_error      (GtExportFile  *self,
                                             const char    *reason,
                                             GError       **error);
/* Flushes the temporary to disk and renames it over the target. */
gboolean      gt_export_file_commit         (GtExportFile  *self,
                                             GError       **error);
/* Removes the temporary unless it was committed. */
void          gt_export_file_free           (GtExportFile  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtExportFile, gt_export_file_free)

G_END_DECLS
