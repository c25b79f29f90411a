/* gt-escalation.h: the office's rules for pushing an overdue issue up (督办).
 *
 * An issue assigned to a unit (交办) that is still open past its deadline rises
 * by the office's rule: so many days overdue, it is supervised (督办); so many
 * more, it is listed for supervision (挂牌督办), the level a county's leaders
 * read out at the meeting. Each step falls due on a day of its own (the
 * deadline plus the step's days), and that day is what the issue's history
 * keeps, whenever the rules were run.
 *
 * The rule is a pure function of the deadline, the status, the level the issue
 * is at and a date: no store, no clock. A level never falls by itself (an issue
 * resolved stays at the level it reached), and a closed or resolved issue does
 * not rise.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "gt-enums.h"

G_BEGIN_DECLS

/* As the register keeps them (issues.escalation_level). */
typedef enum {
  GT_ESCALATION_NONE,          /* not escalated: no 交办单 made, no rule applied */
  GT_ESCALATION_ASSIGNED,      /* 交办: handed over with a deadline (a 交办单) */
  GT_ESCALATION_SUPERVISED,    /* 督办 */
  GT_ESCALATION_LISTED,        /* 挂牌督办 */
  GT_N_ESCALATION_LEVELS
} GtEscalationLevel;

/* The office's numbered documents about an issue (issue_documents.kind),
 * numbered per kind and year. */
typedef enum {
  GT_ISSUE_DOC_ASSIGN,      /* 交办单: hands the issue over (交办) */
  GT_ISSUE_DOC_SUPERVISE,   /* 督办函: presses it once overdue (督办, 挂牌督办) */
  GT_N_ISSUE_DOC_KINDS
} GtIssueDocKind;

#define GT_ESCALATION_DAYS_MAX 365

typedef struct {
  guint supervise_days;   /* days past the deadline before 督办; default 1 */
  guint listed_days;      /* days past the deadline before 挂牌督办; default 30,
                           * always more than supervise_days */
} GtEscalationRules;

/* One step up: the level reached and the day it fell due. */
typedef struct {
  GtEscalationLevel level;
  GDate             due;
  guint             days_overdue;   /* days past the deadline on @due */
} GtEscalationStep;

/* "none", "assigned", "supervised", "listed": as the command line prints
 * them. */
const char       *gt_escalation_level_to_id       (GtEscalationLevel        level);
gboolean          gt_escalation_level_from_id     (const char              *id,
                                                   GtEscalationLevel       *level);
/* 未督办, 交办, 督办, 挂牌督办 (translated). */
const char       *gt_escalation_level_get_label   (GtEscalationLevel        level);

/* "assign", "supervise": as the register keeps them and --kind takes them. */
const char       *gt_issue_doc_kind_to_id         (GtIssueDocKind           kind);
gboolean          gt_issue_doc_kind_from_id       (const char              *id,
                                                   GtIssueDocKind          *kind);
/* 交办单, 督办函 (translated). */
const char       *gt_issue_doc_kind_get_label     (GtIssueDocKind           kind);
/* The level a document of @kind puts an issue at, at least: 交办, 督办. */
GtEscalationLevel gt_issue_doc_kind_get_level     (GtIssueDocKind           kind);

/* @prefix〔@year〕第@serial号 (the prefix may be NULL); a new string. */
char             *gt_issue_doc_format_number      (const char              *prefix,
                                                   int                      year,
                                                   guint                    serial);

/* 1 and 30 days. */
void              gt_escalation_rules_init_default (GtEscalationRules      *rules);
/* The office's rules from GSettings (escalation-supervise-days,
 * escalation-listed-days), else the defaults; listed_days is raised above
 * supervise_days when the settings have them the wrong way round. */
void              gt_escalation_rules_load        (GtEscalationRules       *rules);
/* The days past the deadline at which @level falls due (0 below SUPERVISED). */
guint             gt_escalation_rules_get_days    (const GtEscalationRules *rules,
                                                   GtEscalationLevel        level);

/* The level an issue with @deadline (may be NULL or invalid: no deadline),
 * @status and @current level should be at on @date: @current, or higher when
 * the issue is open and far enough past its deadline. Each level above
 * @current that it rises through is appended to @steps (GtEscalationStep, may
 * be NULL), lowest first, with the day it fell due. The rules never make the
 * 交办 step (the office hands an issue over): an issue at NONE rises to 督办 as
 * one at ASSIGNED does. */
GtEscalationLevel gt_escalation_judge             (const GtEscalationRules *rules,
                                                   const GDate             *deadline,
                                                   GtIssueStatus            status,
                                                   GtEscalationLevel        current,
                                                   const GDate             *date,
                                                   GArray                  *steps);
/* Days @date is past @deadline; 0 when not past or no deadline. */
guint             gt_escalation_days_overdue      (const GDate             *deadline,
                                                   const GDate             *date);

G_END_DECLS
