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
 * do: the guessed field of each column (changeable), how many projects are
 * created and updated, and every problem. NULL with @error when the file cannot
 * be read at all. On success the dialog closes and emits ::imported with a
 * message for a toast. */
GtImportDialog *gt_import_dialog_new (GtkWindow   *parent,
                                      GtStore     *store,
                                      const char  *path,
                                      GError     **error);

G_END_DECLS
