/* gt-cli-templates.h: guatu --export-templates, the monthly report templates.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Adds --export-templates, --by and --deadline-day to @app's options. */
void  gt_cli_templates_add_options (GApplication *app);
/* Handles --export-templates with --month of @month_text in the register at
 * @database (NULL: the default one). Returns an exit status, or -1 when none
 * of its options was given. */
int   gt_cli_templates_run         (GVariantDict *options,
                                    const char   *database,
                                    const char   *month_text);

G_END_DECLS
