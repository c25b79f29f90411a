/* gt-filing-print.h: the units that have not filed a month's figures (未报名单),
 * as a table to print, to write as PDF and XLSX, and to send reminders from.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-export-table.h"
#include "gt-filing.h"

G_BEGIN_DECLS

/* Whether @filing's unit still owes figures: not every project's are in
 * (未报, or 逾期 without them). A unit that filed late or with problems has filed. */
gboolean       gt_filing_is_outstanding  (const GtFiling *filing);
/* The order the office reads a month's filing in: the units still owing first,
 * then those with problems, those late, those filed; by name within each.
 * Sorts @list (GtFiling *) in place. */
void           gt_filing_sort            (GPtrArray      *list);
/* "2023年4月重点项目未报送单位（报送截止日：2023年4月25日）": the printed pages'
 * title, the month and the deadline of @deadline_day (1–28). */
char          *gt_filing_print_title     (int             year,
                                          int             month,
                                          int             deadline_day);
/* The 未报 list of @list (gt_filing_list(), GtFiling *): 序号, 单位, 状态,
 * projects filed of the unit's, the last figure's time, the reminder to send
 * (gt_filing_reminder()). Its title is the print title and "数据截至" @today,
 * so that a spreadsheet says both. New; the list is not kept. */
GtExportTable *gt_filing_print_table     (GPtrArray      *list,
                                          int             year,
                                          int             month,
                                          int             deadline_day,
                                          const GDate    *today);
/* Every outstanding unit's reminder, a line each, in @list's order; "" for none. */
char          *gt_filing_reminders       (GPtrArray      *list,
                                          int             year,
                                          int             month,
                                          int             deadline_day);

G_END_DECLS
