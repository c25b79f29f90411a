/* gt-damaged-dialog.h: a register that cannot be opened, and the ways on.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-application.h"

G_BEGIN_DECLS

#define GT_TYPE_DAMAGED_DIALOG (gt_damaged_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GtDamagedDialog, gt_damaged_dialog, GT, DAMAGED_DIALOG, AdwMessageDialog)

/* Says in plain words why the register at @path could not be opened (@error,
 * from gt_store_open() or gt_store_check()), shows where it is, and offers
 * "Open Another…" (a file chooser) and, for a damaged file with an intact
 * backup, "Restore from Backup…", besides Close. It keeps @app running while
 * it or what it leads to is open; the register's window replaces it once one
 * of those succeeds. */
GtDamagedDialog *gt_damaged_dialog_new               (GtApplication   *app,
                                                      const char      *path,
                                                      const GError    *error);
const char      *gt_damaged_dialog_get_path          (GtDamagedDialog *self);
/* The intact backups offered, newest first; NULL while they are still being
 * checked (in a thread: that reads every page of each). */
GPtrArray       *gt_damaged_dialog_get_good_backups  (GtDamagedDialog *self);

G_END_DECLS
