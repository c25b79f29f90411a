/* gt-unit-issues-table.h: every unit's open issues (各单位未办结问题) as a table,
 * to send to the units: PDF on A4 landscape, XLSX or CSV by the file's name.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-export-table.h"
#include "gt-store.h"

G_BEGIN_DECLS

/* A group per unit (by name, the issues of no unit last) with how many are
 * open and overdue, then its issues the longest overdue first: 序号, issue,
 * project, category, deadline, days overdue, level. As of @as_of. New. */
GtExportTable *gt_unit_issues_table             (GtStore      *store,
                                                 const GDate  *as_of,
                                                 GError      **error);
/* Whether @path ends in .pdf, .xlsx or .csv (any case). */
gboolean       gt_unit_issues_path_is_supported (const char   *path);
/* Writes the table of @as_of to @path, the format by its extension, headed by
 * the office's name; never over the register (gt-export-file.h). */
gboolean       gt_unit_issues_write             (GtStore      *store,
                                                 const GDate  *as_of,
                                                 const char   *path,
                                                 GError      **error);

G_END_DECLS
