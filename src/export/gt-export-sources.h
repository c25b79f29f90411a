/* gt-export-sources.h: what gets printed and exported, gathered from the store:
 * the wall chart's rows and the tables (register, monthly report, issue ledger).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-as-of.h"
#include "gt-export-table.h"
#include "gt-gantt-rows.h"
#include "gt-rag.h"
#include "gt-slide-sources.h"
#include "gt-store.h"

G_BEGIN_DECLS

typedef enum {
  GT_EXPORT_GROUP_LOCALITY,
  GT_EXPORT_GROUP_UNIT,
} GtExportGrouping;

/* Every live project, grouped by locality, with its light under @rules at the
 * close of @as_of (gt_rag_judge_as_of()): the wall chart's rows. */
GtGanttRows   *gt_export_gantt_rows      (GtStore          *store,
                                          const GtRagRules *rules,
                                          const GDate      *as_of,
                                          GError          **error);
/* 项目台账: one row a project, the plan of @as_of's year and what was done in it
 * to the month, a totals row. */
GtExportTable *gt_export_register_table  (GtStore          *store,
                                          const GtAsOf     *as_of,
                                          GError          **error);
/* 月报 as offices file it: 序号, 项目名称, 总投资, 年度计划, 当月完成, 1—N月累计,
 * 占年计划%, points against 序时进度, 形象进度, 存在问题, 责任单位, 包联领导; a
 * heading a group (the locality or the unit), a 小计 a group and a 合计. Blank
 * where there is no figure. Its rows, lights and problems are the briefing's of
 * the month (gt-briefing.h), under the office's rules. */
GtExportTable *gt_export_report_table    (GtStore          *store,
                                          const GtAsOf     *as_of,
                                          GtExportGrouping  grouping,
                                          GError          **error);
/* 问题清单: the issues found by the end of @as_of's month, open ones first, by
 * deadline; overdue as of then. */
GtExportTable *gt_export_issues_table    (GtStore          *store,
                                          const GtAsOf     *as_of);

G_END_DECLS
