/* gt-cli-escalation.h: guatu --escalate [--as-of YYYY-MM-DD], the office's
 * escalation rules (督办) run over every open issue, printing what rose; and
 * guatu --export-unit-issues FILE [--as-of], every unit's open issues.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* --escalate, --export-unit-issues and --as-of (which --export-issue-doc
 * takes too). */
void     gt_cli_escalation_add_options (GApplication  *app);
/* The day of --as-of, else today; FALSE with a message printed when it is not
 * a date. */
gboolean gt_cli_escalation_get_as_of   (GVariantDict  *options,
                                        GDate         *date);
/* Runs the rules or writes the list if the options ask for it: an exit
 * status, or −1 when they do not. */
int      gt_cli_escalation_run         (GVariantDict  *options);

G_END_DECLS
