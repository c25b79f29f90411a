/* gt-cli-copy.h: guatu --copy-register FROM TO, a whole register copied
 * between a file and the office's server (either way, or file to file).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void gt_cli_copy_add_options (GApplication *app);
/* Copies if the options ask for it: an exit status, or −1 when they do not.
 * TO is the one argument left after the options (G_OPTION_REMAINING). */
int  gt_cli_copy_run         (GVariantDict *options);

G_END_DECLS
