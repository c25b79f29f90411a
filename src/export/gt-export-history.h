/* gt-export-history.h: the change history (变更记录) as an exported table.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-export-table.h"
#include "gt-store.h"

G_BEGIN_DECLS

/* Every recorded change, oldest first; of the local calendar month @year/@month
 * when both are not 0. NULL with @error set when the history cannot be read. */
GtExportTable *gt_export_history_table (GtStore  *store,
                                        int       year,
                                        int       month,
                                        GError  **error);
/* A history entry's source in words: "手工录入", "导入 台账.xlsx", "撤销"… */
char          *gt_export_describe_source (const char *source);
/* A field of a project, issue, report or plan in words: "项目名称", "当月完成"… */
const char    *gt_export_describe_field  (const char *kind,
                                          const char *field);

/* A value as the clerk typed or reads it: money in 万元, a unit or leader by
 * name, a stage or status by its label; "" for none. */
char          *gt_export_describe_value  (GtStore    *store,
                                          const char *kind,
                                          const char *field,
                                          const char *value);

G_END_DECLS
