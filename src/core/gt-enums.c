/* gt-enums.c
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-enums.h"

typedef struct {
  const char *id;
  const char *label;   /* N_() marked, translated on use */
} GtEnumName;

static const GtEnumName stage_names[GT_N_STAGES] = {
  { "planned", N_("Planned") },
  { "signed", N_("Signed") },
  { "preparing", N_("Preparing") },
  { "under-construction", N_("Under construction") },
  { "completed", N_("Completed") },
  { "operating", N_("In operation") },
};

static const GtEnumName level_names[GT_N_LEVELS] = {
  { "provincial", N_("Provincial") },
  { "municipal", N_("Municipal") },
  { "county", N_("County") },
};

static const GtEnumName unit_kind_names[GT_N_UNIT_KINDS] = {
  { "township", N_("Township") },
  { "department", N_("Department") },
  { "park", N_("Park") },
  { "company", N_("Company") },
};

static const GtEnumName issue_status_names[GT_N_ISSUE_STATUSES] = {
  { "raised", N_("Raised") },
  { "assigned", N_("Assigned") },
  { "resolved", N_("Resolved") },
  { "closed", N_("Closed") },
};

static const GtEnumName issue_category_names[GT_N_ISSUE_CATEGORIES] = {
  { "land", N_("Land") },
  { "funding", N_("Funding") },
  { "permits", N_("Permits") },
  { "planning", N_("Planning") },
  { "environment", N_("Environment") },
  { "demolition", N_("Demolition") },
  { "construction", N_("Construction") },
  { "other", N_("Other") },
};

static gboolean
lookup_id (const GtEnumName *names,
           guint             n_names,
           const char       *id,
           int              *value)
{
  if (id == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (g_str_equal (names[i].id, id))
        {
          *value = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

#define GT_DEFINE_ENUM_NAMES(prefix, Type, names, n)                          \
  const char *                                                                \
  prefix##_to_id (Type value)                                                 \
  {                                                                           \
    g_return_val_if_fail ((guint) value < n, NULL);                           \
    return names[value].id;                                                   \
  }                                                                           \
  gboolean                                                                    \
  prefix##_from_id (const char *id, Type *value)                              \
  {                                                                           \
    int v;                                                                    \
    if (!lookup_id (names, n, id, &v))                                        \
      return FALSE;                                                           \
    if (value != NULL)                                                        \
      *value = (Type) v;                                                      \
    return TRUE;                                                              \
  }                                                                           \
  const char *                                                                \
  prefix##_get_label (Type value)                                             \
  {                                                                           \
    g_return_val_if_fail ((guint) value < n, NULL);                           \
    return g_dgettext (GETTEXT_PACKAGE, names[value].label);                  \
  }

GT_DEFINE_ENUM_NAMES (gt_stage, GtStage, stage_names, GT_N_STAGES)
GT_DEFINE_ENUM_NAMES (gt_level, GtLevel, level_names, GT_N_LEVELS)
GT_DEFINE_ENUM_NAMES (gt_unit_kind, GtUnitKind, unit_kind_names, GT_N_UNIT_KINDS)
GT_DEFINE_ENUM_NAMES (gt_issue_status, GtIssueStatus, issue_status_names,
                      GT_N_ISSUE_STATUSES)
GT_DEFINE_ENUM_NAMES (gt_issue_category, GtIssueCategory, issue_category_names,
                      GT_N_ISSUE_CATEGORIES)

gboolean
gt_unit_kind_is_locality (GtUnitKind kind)
{
  return kind == GT_UNIT_KIND_TOWNSHIP || kind == GT_UNIT_KIND_PARK;
}

gboolean
gt_issue_status_is_open (GtIssueStatus status)
{
  return status == GT_ISSUE_STATUS_RAISED || status == GT_ISSUE_STATUS_ASSIGNED;
}
