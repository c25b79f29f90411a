/* gt-cli-import.h: guatu --import LEDGER, from the command line.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Adds --import and --sheet to @app's options. */
void  gt_cli_import_add_options (GApplication *app);
/* Handles --import (with --database and --sheet): returns an exit status, or -1
 * when the options ask for no import. */
int   gt_cli_import_run         (GVariantDict *options);

/* Imports @ledger (sheet @sheet, from 1; 0 for the first) into the register at
 * @database. Prints the counts; on bad input prints every problem (row, column,
 * value) on stderr and changes nothing. Returns the exit status. */
int   gt_cli_import (const char *database,
                     const char *ledger,
                     int         sheet);

G_END_DECLS
