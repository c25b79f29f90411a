/* gt-store-escalation.h: an issue's escalation (督办) and its numbered
 * documents in the register.
 *
 * An issue's level is issues.escalation_level; every change of it is a row
 * of issue_escalations (the day it took effect, a note, and what made it:
 * "rule" for the office's days-overdue rules, "office" by hand, "document"
 * for a 交办单 or 督办函 made), written with the level in one transaction, so
 * that the issue's history always tells how it got where it is. The numbered
 * documents (issue_documents) are numbered per kind and year inside the
 * register's write transaction, so that two desks never issue the same
 * number.
 *
 * A step (gt_store_escalate_issue()), a run of the rules and the level a
 * document raised are each one step of undo (gt_store_undo()): the issue's
 * level and steps go back, refused when another desk changed them since.
 * A document's number, once issued, is never taken back: undo leaves the
 * document in the register. A mistaken step found later is put right by
 * another (gt_store_escalate_issue() to the level it should be at, with a
 * note saying why), which the history keeps.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-escalation.h"
#include "gt-store.h"

G_BEGIN_DECLS

/* One change of an issue's level. */
typedef struct {
  gint64            id;
  gint64            issue_id;
  GtEscalationLevel level;
  GDate             on;           /* the day it took effect */
  char             *note;
  char             *source;       /* "rule", "office", "document" */
} GtEscalationEntry;

/* A numbered document made for an issue. */
typedef struct {
  gint64          id;
  gint64          issue_id;      /* 0 once its issue was purged */
  GtIssueDocKind  kind;
  int             year;
  guint           number;
  GDate           issued_on;
} GtIssueDocument;

/* An issue the rules raised: from which level to which, and each step. */
typedef struct {
  gint64            issue_id;
  GtEscalationLevel from;
  GtEscalationLevel to;
  GArray           *steps;       /* GtEscalationStep, lowest first */
} GtEscalationRise;

/* An open issue of a unit, for the per-unit list. */
typedef struct {
  gint64            issue_id;
  gint64            project_id;
  gint64            unit_id;     /* 0: assigned to no unit */
  GtEscalationLevel level;
  GDate             deadline;    /* unset: none */
  guint             days_overdue;   /* 0 when not overdue */
} GtUnitIssue;

void        gt_escalation_entry_free       (GtEscalationEntry *entry);
void        gt_escalation_rise_free        (GtEscalationRise  *rise);

/* The level of issue @issue_id in the register; FALSE with @error set
 * (GT_STORE_ERROR_NOT_FOUND for no such issue). */
gboolean    gt_store_get_escalation_level  (GtStore           *self,
                                            gint64             issue_id,
                                            GtEscalationLevel *level,
                                            GError           **error);
/* Every issue's level that is not GT_ESCALATION_NONE: a table from an issue
 * id (gint64 *) to its level (GINT_TO_POINTER). */
GHashTable *gt_store_list_escalation_levels (GtStore          *self,
                                             GError          **error);
/* Sets issue @issue_id's level to @level from @on (a valid date), noting
 * @note (may be NULL) and @source ("rule", "office", "document"), in one
 * transaction. A level the issue is at already is refused (FALSE with
 * GT_STORE_ERROR_FAILED); a lower one is allowed, to put a mistake right. */
gboolean    gt_store_escalate_issue        (GtStore           *self,
                                            gint64             issue_id,
                                            GtEscalationLevel  level,
                                            const GDate       *on,
                                            const char        *note,
                                            const char        *source,
                                            GError           **error);
/* The changes of issue @issue_id's level, oldest first: GtEscalationEntry *. */
GPtrArray  *gt_store_list_escalations      (GtStore           *self,
                                            gint64             issue_id,
                                            GError           **error);
/* Runs @rules over every open issue of a live project as of @as_of, in one
 * write transaction: each issue that should be higher rises, one row of
 * issue_escalations per step, dated the day it fell due. Returns the issues
 * that rose (GtEscalationRise *), by issue id; empty when none did; NULL with
 * @error set, and nothing written, on failure. */
GPtrArray  *gt_store_run_escalation        (GtStore                 *self,
                                            const GtEscalationRules *rules,
                                            const GDate             *as_of,
                                            GError                 **error);

/* Issues the next document of @kind in the year of @issued_on for issue
 * @issue_id: its number is one more than the highest of that kind and year,
 * taken under the register's write lock, so that no two desks get the same.
 * An issue below the document's level (gt_issue_doc_kind_get_level()) is
 * raised to it in the same transaction, source "document". Fills @document. */
gboolean    gt_store_add_issue_document    (GtStore           *self,
                                            gint64             issue_id,
                                            GtIssueDocKind     kind,
                                            const GDate       *issued_on,
                                            GtIssueDocument   *document,
                                            GError           **error);
/* The documents of issue @issue_id, oldest first: a GArray of GtIssueDocument. */
GArray     *gt_store_list_issue_documents  (GtStore           *self,
                                            gint64             issue_id,
                                            GError           **error);

/* The open issues of live projects (raised or assigned) of unit @unit_id, or
 * of every unit when 0, as of @as_of: a GArray of GtUnitIssue ordered by
 * unit, then overdue first (the longest past first), then by deadline. */
GArray     *gt_store_list_unit_issues      (GtStore           *self,
                                            gint64             unit_id,
                                            const GDate       *as_of,
                                            GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtEscalationEntry, gt_escalation_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtEscalationRise, gt_escalation_rise_free)

G_END_DECLS
