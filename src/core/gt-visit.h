/* gt-visit.h: a leader's site visit (现场调研, 现场办公).
 *
 * A visit is a day a leader went to the sites of one or more projects: a
 * survey (现场调研) or a working visit that settles matters on the spot
 * (现场办公), with what was decided there. Issues assigned on the spot
 * (现场交办) are ordinary issues that name the visit (issues.visit_id), so
 * that they go through the same supervision as any other.
 *
 * The office's rule (Preferences): so many visits a month for each leader,
 * and a project of a leader's not visited for so many weeks counts as
 * neglected. GtVisitRules reads them from GSettings; tests set them.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  GT_VISIT_SURVEY,    /* 现场调研 */
  GT_VISIT_ON_SITE,   /* 现场办公 */
  GT_N_VISIT_KINDS
} GtVisitKind;

typedef struct {
  guint visits_per_month;   /* 4: every week on site */
  guint neglect_weeks;      /* 4: a project unvisited this long is neglected */
} GtVisitRules;

#define GT_TYPE_VISIT (gt_visit_get_type ())
G_DECLARE_FINAL_TYPE (GtVisit, gt_visit, GT, VISIT, GObject)

/* "survey", "on_site": as the register keeps them. */
const char  *gt_visit_kind_to_id          (GtVisitKind    kind);
gboolean     gt_visit_kind_from_id        (const char    *id,
                                           GtVisitKind   *kind);
/* 现场调研, 现场办公 (translated). */
const char  *gt_visit_kind_get_label      (GtVisitKind    kind);

/* The schema's defaults: 4 visits a month, 4 weeks. */
void         gt_visit_rules_init_default  (GtVisitRules  *rules);
/* The office's rule from GSettings, or the defaults without the schema. */
void         gt_visit_rules_load          (GtVisitRules  *rules);

GtVisit     *gt_visit_new                 (void);
GtVisit     *gt_visit_copy                (GtVisit       *self);
/* Whether saving @other over @self would leave the register as it is: the
 * id, leader, day, kind, decisions and projects. */
gboolean     gt_visit_same_values         (GtVisit       *self,
                                           GtVisit       *other);
/* Refuses a visit without a leader, a valid date or a project
 * (G_IO_ERROR_INVALID_DATA, in words for the office). */
gboolean     gt_visit_validate            (GtVisit       *self,
                                           GError       **error);

gint64       gt_visit_get_id              (GtVisit       *self);
void         gt_visit_set_id              (GtVisit       *self,
                                           gint64         id);
gint64       gt_visit_get_leader_id       (GtVisit       *self);
void         gt_visit_set_leader_id       (GtVisit       *self,
                                           gint64         leader_id);
/* The day of the visit; unset (invalid) until set. */
const GDate *gt_visit_get_visited_on      (GtVisit       *self);
void         gt_visit_set_visited_on      (GtVisit       *self,
                                           const GDate   *date);
GtVisitKind  gt_visit_get_kind            (GtVisit       *self);
void         gt_visit_set_kind            (GtVisit       *self,
                                           GtVisitKind    kind);
/* 现场决定事项: free text, never NULL. */
const char  *gt_visit_get_decisions       (GtVisit       *self);
void         gt_visit_set_decisions       (GtVisit       *self,
                                           const char    *decisions);
/* The projects visited, in ascending id order, each once. */
const gint64 *gt_visit_get_project_ids    (GtVisit       *self,
                                           guint         *n_ids);
void         gt_visit_set_project_ids     (GtVisit       *self,
                                           const gint64  *ids,
                                           guint          n_ids);
void         gt_visit_add_project_id      (GtVisit       *self,
                                           gint64         project_id);
gboolean     gt_visit_has_project         (GtVisit       *self,
                                           gint64         project_id);

G_END_DECLS
