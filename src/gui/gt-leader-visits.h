/* gt-leader-visits.h: a leader's site work on their page: this month's visits
 * against the office's rule (本月现场 2/4 次), the visits of the last year,
 * New Visit…, and the leader's projects not visited for the rule's weeks.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_LEADER_VISITS (gt_leader_visits_get_type ())
G_DECLARE_FINAL_TYPE (GtLeaderVisits, gt_leader_visits, GT, LEADER_VISITS, AdwBin)

GtkWidget  *gt_leader_visits_new            (GtStore        *store);
/* A live leader of the store, or NULL. */
void        gt_leader_visits_set_leader     (GtLeaderVisits *self,
                                             GtLeader       *leader);
/* The day the page is judged on: today by the clock unless set (tests). */
void        gt_leader_visits_set_today      (GtLeaderVisits *self,
                                             const GDate    *today);
/* Reads the visits again (the store's ::changed does it too, when idle). */
void        gt_leader_visits_refresh        (GtLeaderVisits *self);
/* What the page shows, for tests: the month's count against the rule, the
 * visits listed and the projects listed as not visited. */
const char *gt_leader_visits_get_summary    (GtLeaderVisits *self);
guint       gt_leader_visits_get_n_visits   (GtLeaderVisits *self);
guint       gt_leader_visits_get_n_unvisited (GtLeaderVisits *self);
/* Writes the weekly 督查专报 of the county for the week of the page's today
 * to @path as PDF (what This Week's Inspection Report… saves). */
gboolean    gt_leader_visits_write_report   (GtLeaderVisits *self,
                                             const char     *path,
                                             GError        **error);
/* Opens the visit editor for a new visit of the leader today, or for the
 * @index-th visit listed (from 0, newest first) when @index >= 0. */
GtkWidget  *gt_leader_visits_open_editor    (GtLeaderVisits *self,
                                             int             index);

G_END_DECLS
