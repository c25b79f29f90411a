/* gt-filing.h: who has filed the month's figures (报送情况).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-store.h"

G_BEGIN_DECLS

typedef enum {
  GT_FILING_FILED,     /* 已报: every project's figures in, by the deadline */
  GT_FILING_MISSING,   /* 未报: not all in, the deadline not passed yet */
  GT_FILING_LATE,      /* 逾期: past the deadline, not all in, or all in after it */
  GT_FILING_PROBLEMS,  /* 有问题: all in, and a figure looks like a slip */
} GtFilingStatus;

typedef struct {
  gint64          unit_id;
  char           *unit;          /* the unit's name */
  GtFilingStatus  status;
  guint           projects;      /* the unit's live projects (as responsible unit) */
  guint           filed;         /* of those, with the month's figures */
  char           *filed_at;      /* UTC 'YYYY-MM-DDTHH:MM:SSZ' of the last figure in, or NULL */
} GtFiling;

void        gt_filing_free            (GtFiling       *filing);
/* The deadline of @year/@month's figures for a deadline day @day (1–28): from
 * the 15th on, in the month itself (每月25日前报当月); before it, in the next
 * month (次月5日前报上月). */
/* The deadline day of Preferences (report-deadline-day, 1–28), 25 without
 * the settings' schema. */
int         gt_filing_get_deadline_day (void);
void        gt_filing_get_deadline    (int             year,
                                       int             month,
                                       int             day,
                                       GDate          *deadline);
/* Every unit responsible for a live project, by name: a GPtrArray of GtFiling
 * for @year/@month, judged at @today against the deadline @deadline_day of
 * that month; NULL with @error set. */
GPtrArray  *gt_filing_list            (GtStore        *store,
                                       int             year,
                                       int             month,
                                       int             deadline_day,
                                       const GDate    *today,
                                       GError        **error);
/* "filed", "missing", "late", "problems". */
const char *gt_filing_status_to_id    (GtFilingStatus  status);
/* 已报, 未报, 逾期, 有问题 (translated). */
const char *gt_filing_status_get_label (GtFilingStatus status);
/* The reminder to send a unit that has not filed:
 * "请住房和城乡建设局于2023年4月25日前报送4月份重点项目进展情况". */
char       *gt_filing_reminder        (const char     *unit,
                                       int             year,
                                       int             month,
                                       int             deadline_day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtFiling, gt_filing_free)

G_END_DECLS
