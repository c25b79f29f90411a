/* gt-cli-import.h: guatu --import LEDGER, from the command line.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Imports @ledger (sheet @sheet, from 1; 0 for the first) into the register at
 * @database. Prints the counts; on bad input prints every problem (row, column,
 * value) on stderr and changes nothing. Returns the exit status. */
int   gt_cli_import (const char *database,
                     const char *ledger,
                     int         sheet);

G_END_DECLS
