/* gt-cli-notice.h: guatu --export-notice FILE [--month YYYY-MM], the office's
 * monthly notice (通报) as PDF or DOCX, by the file's extension.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void gt_cli_notice_add_options (GApplication *app);
/* Writes the notice if the options ask for it: an exit status, or −1 when they
 * do not. @database may be NULL (the default register); @month is --month's
 * text or NULL (the register's latest month with reports). */
int  gt_cli_notice_run         (GVariantDict *options,
                                const char   *database,
                                const char   *month);

G_END_DECLS
