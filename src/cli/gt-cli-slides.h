/* gt-cli-slides.h: guatu --export-slides, the monthly meeting's slides as PDF.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes the slides of @month ("YYYY-MM"; NULL for the register's default,
 * gt-as-of.h) of the register in @database to @output. @aspect is "16:9" or
 * "4:3" (NULL: 16:9);
 * @per_project "all" or "lagging" (NULL: as in the preferences). Returns an
 * exit status; messages on stderr. */
int      gt_cli_export_slides     (const char *database,
                                   const char *output,
                                   const char *month,
                                   const char *aspect,
                                   const char *per_project,
                                   gboolean    dark);

G_END_DECLS
