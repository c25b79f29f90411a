/* gt-enums.h: the fixed vocabularies of the register.
 *
 * Each value has a stable identifier (stored in SQLite and printed in JSON, never
 * translated) and a label for people (translated).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* 谋划 → 签约 → 前期 → 在建 → 竣工 → 投产 */
typedef enum {
  GT_STAGE_PLANNED,
  GT_STAGE_SIGNED,
  GT_STAGE_PREPARING,
  GT_STAGE_UNDER_CONSTRUCTION,
  GT_STAGE_COMPLETED,
  GT_STAGE_OPERATING,
  GT_N_STAGES
} GtStage;

/* 省 / 市 / 县(区) 重点 */
typedef enum {
  GT_LEVEL_PROVINCIAL,
  GT_LEVEL_MUNICIPAL,
  GT_LEVEL_COUNTY,
  GT_N_LEVELS
} GtLevel;

/* A township or street office and a park are localities; a department is a
 * responsible unit; a company may own projects. */
typedef enum {
  GT_UNIT_KIND_TOWNSHIP,
  GT_UNIT_KIND_DEPARTMENT,
  GT_UNIT_KIND_PARK,
  GT_UNIT_KIND_COMPANY,
  GT_N_UNIT_KINDS
} GtUnitKind;

/* raised → assigned (交办) → resolved (整改) → closed (销号) */
typedef enum {
  GT_ISSUE_STATUS_RAISED,
  GT_ISSUE_STATUS_ASSIGNED,
  GT_ISSUE_STATUS_RESOLVED,
  GT_ISSUE_STATUS_CLOSED,
  GT_N_ISSUE_STATUSES
} GtIssueStatus;

typedef enum {
  GT_ISSUE_CATEGORY_LAND,
  GT_ISSUE_CATEGORY_FUNDING,
  GT_ISSUE_CATEGORY_PERMITS,
  GT_ISSUE_CATEGORY_PLANNING,
  GT_ISSUE_CATEGORY_ENVIRONMENT,
  GT_ISSUE_CATEGORY_DEMOLITION,
  GT_ISSUE_CATEGORY_CONSTRUCTION,
  GT_ISSUE_CATEGORY_OTHER,
  GT_N_ISSUE_CATEGORIES
} GtIssueCategory;

const char     *gt_stage_to_id            (GtStage          stage);
gboolean        gt_stage_from_id          (const char      *id,
                                           GtStage         *stage);
const char     *gt_stage_get_label        (GtStage          stage);

const char     *gt_level_to_id            (GtLevel          level);
gboolean        gt_level_from_id          (const char      *id,
                                           GtLevel         *level);
const char     *gt_level_get_label        (GtLevel          level);

const char     *gt_unit_kind_to_id        (GtUnitKind       kind);
gboolean        gt_unit_kind_from_id      (const char      *id,
                                           GtUnitKind      *kind);
const char     *gt_unit_kind_get_label    (GtUnitKind       kind);
gboolean        gt_unit_kind_is_locality  (GtUnitKind       kind);

const char     *gt_issue_status_to_id     (GtIssueStatus    status);
gboolean        gt_issue_status_from_id   (const char      *id,
                                           GtIssueStatus   *status);
const char     *gt_issue_status_get_label (GtIssueStatus    status);
gboolean        gt_issue_status_is_open   (GtIssueStatus    status);

const char     *gt_issue_category_to_id   (GtIssueCategory  category);
gboolean        gt_issue_category_from_id (const char      *id,
                                           GtIssueCategory *category);
const char     *gt_issue_category_get_label (GtIssueCategory category);

G_END_DECLS
