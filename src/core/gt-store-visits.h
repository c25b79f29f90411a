/* gt-store-visits.h: leaders' site visits (现场调研, 现场办公) in the register.
 *
 * A visit, its projects (visit_projects) and the issues assigned on the spot
 * (现场交办: issues whose visit_id names it) are written in one transaction
 * each, so that a visit is never in the register without its projects, nor an
 * issue of the visit without the visit.
 *
 * Each add, edit and delete is one step of undo (gt_store_undo()), with the
 * issues the same edit assigned on the spot: undoing an add deletes the
 * visit and those issues (softly: redo brings back the same rows), undoing
 * a delete brings the visit back. Undo and redo are refused when another
 * desk changed the visit since. A deleted visit's row stays, and the issues
 * assigned on it keep naming it; an issue assigned on the spot is otherwise
 * an issue like another, edited and undone in the issue editor.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-store.h"
#include "gt-visit.h"

G_BEGIN_DECLS

/* A project of a leader's without a visit of theirs for the rule's weeks. */
typedef struct {
  gint64  project_id;
  GDate   last_visit;    /* unset: never visited (as of the date asked) */
  guint   days;          /* days since the last visit; G_MAXUINT when never */
} GtUnvisitedProject;

/* Adds @visit (gt_visit_validate()) with its projects and, when @issues (of
 * GtIssue *) is not NULL, those issues as assigned on the spot: each is added
 * as gt_store_add_issue() would, its leader the visit's leader when it names
 * none and its raised date the visit's when unset, and linked to the visit;
 * all in one transaction. Sets the ids of @visit and of the issues. */
gboolean    gt_store_add_visit              (GtStore       *self,
                                             GtVisit       *visit,
                                             GPtrArray     *issues,
                                             GError       **error);
/* Writes @visit's date, kind, decisions and projects over the live visit of
 * its id, and adds @issues (may be NULL) as gt_store_add_visit() does, in one
 * transaction; GT_STORE_ERROR_NOT_FOUND when there is no such live visit. */
gboolean    gt_store_update_visit           (GtStore       *self,
                                             GtVisit       *visit,
                                             GPtrArray     *issues,
                                             GError       **error);
/* The same, for a visit an editor read as @original: when the register's
 * visit no longer has @original's values (another desk or program changed it
 * since), refused with GT_STORE_ERROR_CONFLICT naming who changed it and when,
 * rather than written over. A save that changes nothing and assigns no issue
 * writes nothing and makes no step of undo. */
gboolean    gt_store_update_visit_over      (GtStore       *self,
                                             GtVisit       *original,
                                             GtVisit       *visit,
                                             GPtrArray     *issues,
                                             GError       **error);
/* Marks visit @visit_id deleted; its issues stay. NOT_FOUND when there is no
 * such live visit. */
gboolean    gt_store_delete_visit           (GtStore       *self,
                                             gint64         visit_id,
                                             GError       **error);
/* The live visit @visit_id with its projects, or NULL with @error set
 * (NOT_FOUND when there is none). */
GtVisit    *gt_store_get_visit              (GtStore       *self,
                                             gint64         visit_id,
                                             GError       **error);
/* The live visits of leader @leader_id (0: of every leader) from @from to @to
 * (both valid, both included), by date then id: GtVisit *. */
GPtrArray  *gt_store_list_visits            (GtStore       *self,
                                             gint64         leader_id,
                                             const GDate   *from,
                                             const GDate   *to,
                                             GError       **error);
/* The same for the month @month (1–12) of @year. */
GPtrArray  *gt_store_list_visits_in_month   (GtStore       *self,
                                             gint64         leader_id,
                                             int            year,
                                             int            month,
                                             GError       **error);
/* The ids of the live issues assigned on visit @visit_id, ascending (gint64). */
GArray     *gt_store_list_visit_issues      (GtStore       *self,
                                             gint64         visit_id,
                                             GError       **error);
/* The live projects of leader @leader_id (projects.leader_id) not finished
 * (neither completed nor operating) that the leader has not visited in the
 * @weeks weeks up to @as_of (the last visit @weeks × 7 days or more before, or
 * none): a GArray of GtUnvisitedProject, never visited first, then the
 * longest unvisited, then by id. Visits after @as_of do not count. */
GArray     *gt_store_list_unvisited_projects (GtStore      *self,
                                             gint64         leader_id,
                                             const GDate   *as_of,
                                             guint          weeks,
                                             GError       **error);

G_END_DECLS
