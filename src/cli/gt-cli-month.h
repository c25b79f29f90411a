/* gt-cli-month.h: guatu --close-month YYYY-MM and --reopen-month YYYY-MM
 * --reason TEXT, the month's sign-off from the command line.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void gt_cli_month_add_options (GApplication *app);
/* Closes or reopens if the options ask for it: an exit status, or −1 when
 * they do not. */
int  gt_cli_month_run         (GVariantDict *options);

G_END_DECLS
