/* gt-register-copy.h: a whole register copied from one place to another: a
 * file to the office's server, the server back to a file, or file to file.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The rows copied, table by table. */
typedef struct {
  guint leaders;
  guint units;
  guint projects;
  guint annual_plans;
  guint milestones;
  guint monthly_reports;
  guint issues;
} GtRegisterCopyStats;

/* Copies every row of every table of the register at @from (a file or a
 * postgresql:// URL) into the register at @to, ids kept, in one write
 * transaction on @to: all of it or nothing. @to is created when it is a file
 * that does not exist; a register that already holds any row is refused
 * (GT_STORE_ERROR_IN_USE) and left as it was. @from must exist. The change log
 * is not copied: @to's own log starts from the copy. @stats may be NULL. */
gboolean  gt_register_copy                (const char                 *from,
                                           const char                 *to,
                                           GtRegisterCopyStats        *stats,
                                           GError                    **error);

/* The counts in words, one table a line: "  12 leaders\n  …". */
char     *gt_register_copy_stats_describe (const GtRegisterCopyStats *stats);

G_END_DECLS
