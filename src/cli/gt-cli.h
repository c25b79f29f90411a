/* gt-cli.h: the command line, run before GTK starts.
 *
 * Everything here works without a display (cron, SSH): it uses core and charts
 * only.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "gt-as-of.h"

G_BEGIN_DECLS

/* Adds --database, --demo, --summary, --json, --year, --import and --sheet to @app's options. */
void  gt_cli_add_options (GApplication *app);
/* Handles the options that need no window. Returns an exit status, or -1 when
 * the window should open; messages go to stdout, errors to stderr. */
int   gt_cli_run         (GVariantDict *options);

/* --month, checked before the register is opened: NULL or a YYYY-MM month. */
gboolean gt_cli_month_is_valid (const char   *text);
/* What every output is as of: the month of --month's @text, or when @text is
 * NULL the register's default (gt_as_of_init_default()). */
gboolean gt_cli_get_as_of      (GtStore      *store,
                                const char   *text,
                                GtAsOf       *as_of,
                                GError      **error);

G_END_DECLS
