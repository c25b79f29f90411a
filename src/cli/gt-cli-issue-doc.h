/* gt-cli-issue-doc.h: guatu --export-issue-doc FILE --issue ID
 * [--kind assign|supervise] [--as-of YYYY-MM-DD], an issue's numbered
 * assignment sheet (交办单) or supervision letter (督办函) as PDF.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void gt_cli_issue_doc_add_options (GApplication *app);
/* Writes the document if the options ask for it: an exit status, or −1 when
 * they do not. */
int  gt_cli_issue_doc_run         (GVariantDict *options);

G_END_DECLS
