/* gt-cli-inspection.h: guatu --export-pdf FILE --chart inspection
 * [--week YYYY-MM-DD], the weekly 督查专报 (gt-inspection-report.h).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void gt_cli_inspection_add_options (GApplication *app);
/* Writes the report if the options ask for it (--chart inspection): an exit
 * status, or −1 when they do not. */
int  gt_cli_inspection_run         (GVariantDict *options,
                                    const char   *database,
                                    const char   *month);

G_END_DECLS
