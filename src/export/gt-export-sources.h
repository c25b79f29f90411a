/* gt-export-sources.h: what gets printed and exported, gathered from the store:
 * the wall chart's rows and the tables (register, monthly report, issue ledger).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-export-table.h"
#include "gt-gantt-rows.h"
#include "gt-rag.h"
#include "gt-store.h"

G_BEGIN_DECLS

typedef enum {
  GT_EXPORT_GROUP_LOCALITY,
  GT_EXPORT_GROUP_UNIT,
} GtExportGrouping;

/* Every live project, grouped by locality, with their lights under @rules. */
GtGanttRows   *gt_export_gantt_rows      (GtStore          *store,
                                          const GtRagRules *rules,
                                          const GDate      *today,
                                          GError          **error);
/* 项目台账: one row a project, totals row. */
GtExportTable *gt_export_register_table  (GtStore          *store,
                                          int               year);
/* 月报: one row a project, grouped, a subtotal a group and a totals row. */
GtExportTable *gt_export_report_table    (GtStore          *store,
                                          int               year,
                                          int               month,
                                          GtExportGrouping  grouping,
                                          GError          **error);
/* 问题清单: every issue, open ones first, by deadline. */
GtExportTable *gt_export_issues_table    (GtStore          *store,
                                          const GDate      *today);

G_END_DECLS
