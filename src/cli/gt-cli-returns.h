/* gt-cli-returns.h: guatu --import-returns FILE|DIR…, the units' returns taken in.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Adds --import-returns to @app's options. */
void gt_cli_returns_add_options (GApplication *app);
/* Takes in the returns named by --import-returns and the arguments left over
 * (more files and folders), with --database and --month: an exit status (1 if
 * any file was refused), or −1 when --import-returns was not given. */
int  gt_cli_returns_run         (GVariantDict *options);

G_END_DECLS
