/* gt-cli-units.h: guatu --database URL --grant-unit ROLE UNIT, a unit's desk
 * on the office's server, and --grant-office ROLE, a desk of the office (see
 * gt-pg-roles.h).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void gt_cli_units_add_options (GApplication *app);
/* Grants if the options ask for it: an exit status, or −1 when they do not.
 * UNIT is the one argument left after the options (G_OPTION_REMAINING). */
int  gt_cli_units_run         (GVariantDict *options);

G_END_DECLS
