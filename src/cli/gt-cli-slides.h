/* gt-cli-slides.h: guatu --export-slides, the monthly meeting's slides as PDF.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "2026-10" → 2026, 10; FALSE for anything else. */
gboolean gt_cli_parse_month       (const char *text,
                                   int        *year,
                                   int        *month);
/* @text as gt_cli_parse_month(), or the month before @today when @text is NULL;
 * FALSE for text that is no month. */
gboolean gt_cli_month_or_last     (const char  *text,
                                   const GDate *today,
                                   int         *year,
                                   int         *month);
/* Writes the slides of @month ("YYYY-MM", NULL for last month) of the register
 * in @database to @output. @aspect is "16:9" or "4:3" (NULL: 16:9);
 * @per_project "all" or "lagging" (NULL: as in the preferences). Returns an
 * exit status; messages on stderr. */
int      gt_cli_export_slides     (const char *database,
                                   const char *output,
                                   const char *month,
                                   const char *aspect,
                                   const char *per_project,
                                   gboolean    dark);

G_END_DECLS
