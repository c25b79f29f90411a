/* gt-notice-rules.h: the office's rules for its monthly notice (通报): how many
 * projects its red list (红榜) names, how many months of red light running put a
 * project on its black list (黑榜), the prefix of its document number (文号),
 * the day of the next month it is dated, and the standard paragraph of its
 * next steps (下步工作).
 *
 * Kept in GSettings beside the office's other rules (gt-office-settings.h has
 * no generic key/value store); where the schema or a key is missing (a build
 * run in place), the defaults below apply instead of an abort.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define GT_NOTICE_RED_LIST_MAX     50
#define GT_NOTICE_BLACK_MONTHS_MAX 12

typedef struct {
  guint  red_list_size;        /* the top N projects by completion rate; default 5 */
  guint  black_list_months;    /* red this many months running (ending with the
                                * notice's month); default 2 */
  guint  issue_day;            /* the notice is dated this day of the next month,
                                * or the month's last day if shorter; default 8 */
  char  *number_prefix;        /* before 〔2023〕4号, e.g. "县重点办"; may be "" */
  char  *next_steps;           /* 下步工作; NULL or "" for the standard paragraph */
} GtNoticeRules;

/* The defaults: red list of 5, black list at 2 months, dated the 8th, no
 * prefix, the standard next steps. */
void     gt_notice_rules_init_default (GtNoticeRules       *rules);
/* The office's rules from GSettings (keys notice-red-list-size,
 * notice-black-list-months, notice-issue-day, notice-number-prefix,
 * notice-next-steps), else the defaults. */
void     gt_notice_rules_load         (GtNoticeRules       *rules);
void     gt_notice_rules_clear        (GtNoticeRules       *rules);
/* The day the notice of @month of @year is dated (never the clock's). */
void     gt_notice_rules_issue_date   (const GtNoticeRules *rules,
                                       int                  year,
                                       int                  month,
                                       GDate               *date);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GtNoticeRules, gt_notice_rules_clear)

G_END_DECLS
