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
void  gt_restore_run  (GtApplication *app,
                       GtkWindow     *parent);

G_END_DECLS
