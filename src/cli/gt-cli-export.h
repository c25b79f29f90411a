/* gt-cli-export.h: guatu --export-pdf, --export-png, --export-xlsx and
 * --export-csv, the office's reports made without opening the window.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void gt_cli_export_add_options (GApplication *app);
/* Runs the export the options ask for: an exit status, or −1 when they ask for
 * none (and give none of its companions). @database may be NULL (the default
 * register); @month is --month's text or NULL. */
int  gt_cli_export_run         (GVariantDict *options,
                                const char   *database,
                                const char   *month);

G_END_DECLS
