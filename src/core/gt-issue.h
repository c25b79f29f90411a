/* gt-issue.h: an issue (问题) blocking a project, and its way through the ledger:
 * raised → assigned (交办) → resolved (整改) → closed (销号).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "gt-enums.h"
#include "gt-types.h"

G_BEGIN_DECLS

#define GT_TYPE_ISSUE (gt_issue_get_type ())
G_DECLARE_FINAL_TYPE (GtIssue, gt_issue, GT, ISSUE, GObject)

#define GT_ISSUE_ERROR (gt_issue_error_quark ())
typedef enum {
  GT_ISSUE_ERROR_PROJECT_REQUIRED,
  GT_ISSUE_ERROR_DESCRIPTION_REQUIRED,
  GT_ISSUE_ERROR_ASSIGNMENT_INCOMPLETE,   /* assigned needs unit and deadline */
  GT_ISSUE_ERROR_RESOLUTION_INCOMPLETE,   /* resolved needs note and date */
  GT_ISSUE_ERROR_DATE_ORDER,              /* resolved before raised, … */
} GtIssueError;
GQuark         gt_issue_error_quark       (void);

GtIssue       *gt_issue_new               (void);
GtIssue       *gt_issue_copy              (GtIssue       *self);
void           gt_issue_assign            (GtIssue       *self,
                                           GtIssue       *source);
/* Whether saving @other over @self would leave the register as it is: every
 * field a save writes, the id included. */
gboolean       gt_issue_same_values       (GtIssue       *self,
                                           GtIssue       *other);
gboolean       gt_issue_validate          (GtIssue       *self,
                                           GError       **error);
/* Open (raised or assigned) with a deadline before @today. */
gboolean       gt_issue_is_overdue        (GtIssue       *self,
                                           const GDate   *today);

gint64         gt_issue_get_id            (GtIssue       *self);
void           gt_issue_set_id            (GtIssue       *self,
                                           gint64         id);
gint64         gt_issue_get_project_id    (GtIssue       *self);
void           gt_issue_set_project_id    (GtIssue       *self,
                                           gint64         project_id);
const char    *gt_issue_get_description   (GtIssue       *self);
void           gt_issue_set_description   (GtIssue       *self,
                                           const char    *description);
GtIssueCategory gt_issue_get_category     (GtIssue       *self);
void           gt_issue_set_category      (GtIssue       *self,
                                           GtIssueCategory category);
GtIssueStatus  gt_issue_get_status        (GtIssue       *self);
void           gt_issue_set_status        (GtIssue       *self,
                                           GtIssueStatus  status);
const GDate   *gt_issue_get_raised_on     (GtIssue       *self);
void           gt_issue_set_raised_on     (GtIssue       *self,
                                           const GDate   *date);
/* 交办: the unit and leader it is assigned to, and the deadline; 0/NULL if none */
gint64         gt_issue_get_unit_id       (GtIssue       *self);
void           gt_issue_set_unit_id       (GtIssue       *self,
                                           gint64         unit_id);
gint64         gt_issue_get_leader_id     (GtIssue       *self);
void           gt_issue_set_leader_id     (GtIssue       *self,
                                           gint64         leader_id);
const GDate   *gt_issue_get_deadline      (GtIssue       *self);
void           gt_issue_set_deadline      (GtIssue       *self,
                                           const GDate   *date);
/* 整改 */
const char    *gt_issue_get_resolution    (GtIssue       *self);
void           gt_issue_set_resolution    (GtIssue       *self,
                                           const char    *resolution);
const GDate   *gt_issue_get_resolved_on   (GtIssue       *self);
void           gt_issue_set_resolved_on   (GtIssue       *self,
                                           const GDate   *date);
/* 销号 */
const GDate   *gt_issue_get_closed_on     (GtIssue       *self);
void           gt_issue_set_closed_on     (GtIssue       *self,
                                           const GDate   *date);

G_END_DECLS
