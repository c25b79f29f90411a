/* gt-import-dialog.h: the preview of a ledger import, and the import.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_IMPORT_DIALOG (gt_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GtImportDialog, gt_import_dialog, GT, IMPORT_DIALOG, AdwWindow)

/* Reads the first sheet of @path and shows what importing it into @store would
 * do: the guessed field of each column (changeable), the rows created, updated
 * and skipped, the names it would create (to be confirmed), and every problem.
 * The file is read and planned in a worker thread: the dialog opens at once
 * with a progress bar, emits ::read when it shows what it found, and says so
 * when the file cannot be read (@error is kept for the callers, and not set).
 * On success the dialog closes and emits ::imported with a message for a toast. */
GtImportDialog *gt_import_dialog_new     (GtkWindow      *parent,
                                          GtStore        *store,
                                          const char     *path,
                                          GError        **error);
/* Whether the worker is reading or planning now (Import waits). */
gboolean        gt_import_dialog_is_busy (GtImportDialog *self);

G_END_DECLS
