/* gt-cli-filing.h: guatu --filing-status --month YYYY-MM [--json], who has
 * filed the month's figures (报送情况).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void gt_cli_filing_add_options (GApplication *app);
/* Prints the filing status if the options ask for it: an exit status, or −1
 * when they do not. */
int  gt_cli_filing_run         (GVariantDict *options);

G_END_DECLS
