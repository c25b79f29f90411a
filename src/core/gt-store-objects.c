/* gt-store-objects.c: rows ↔ objects, for the four listed kinds.
 *
 * The column order of each kind is that of its INSERT, UPDATE and SELECT
 * statements in gt-store-rows.c.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-store-internal.h"

const char *
_gt_store_kind_name (GtStoreKind kind)
{
  static const char * const names[GT_STORE_N_KINDS] = {
    [GT_STORE_KIND_PROJECT] = "project",
    [GT_STORE_KIND_LEADER] = "leader",
    [GT_STORE_KIND_UNIT] = "unit",
    [GT_STORE_KIND_ISSUE] = "issue",
  };

  g_return_val_if_fail (kind < GT_STORE_N_KINDS, "");
  return names[kind];
}

gint64
_gt_store_object_id (GtStoreKind kind,
                     gpointer    object)
{
  switch (kind)
    {
    case GT_STORE_KIND_PROJECT:
      return gt_project_get_id (object);
    case GT_STORE_KIND_LEADER:
      return gt_leader_get_id (object);
    case GT_STORE_KIND_UNIT:
      return gt_unit_get_id (object);
    case GT_STORE_KIND_ISSUE:
      return gt_issue_get_id (object);
    case GT_STORE_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

void
_gt_store_set_object_id (GtStoreKind kind,
                         gpointer    object,
                         gint64      id)
{
  switch (kind)
    {
    case GT_STORE_KIND_PROJECT:
      gt_project_set_id (object, id);
      break;
    case GT_STORE_KIND_LEADER:
      gt_leader_set_id (object, id);
      break;
    case GT_STORE_KIND_UNIT:
      gt_unit_set_id (object, id);
      break;
    case GT_STORE_KIND_ISSUE:
      gt_issue_set_id (object, id);
      break;
    case GT_STORE_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* Long enough to tell issues apart in a menu, short enough to fit in one. */
#define ISSUE_NAME_CHARS 24

char *
_gt_store_dup_object_name (GtStoreKind kind,
                           gpointer    object)
{
  const char *description;

  switch (kind)
    {
    case GT_STORE_KIND_PROJECT:
      return g_strdup (gt_project_get_name (object));
    case GT_STORE_KIND_LEADER:
      return g_strdup (gt_leader_get_name (object));
    case GT_STORE_KIND_UNIT:
      return g_strdup (gt_unit_get_name (object));
    case GT_STORE_KIND_ISSUE:
      description = gt_issue_get_description (object);
      if (description == NULL)
        return g_strdup ("");
      if (g_utf8_strlen (description, -1) <= ISSUE_NAME_CHARS)
        return g_strdup (description);
      {
        g_autofree char *start = g_utf8_substring (description, 0, ISSUE_NAME_CHARS - 1);

        return g_strconcat (start, "…", NULL);
      }
    case GT_STORE_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* Binds ?1 (the id, NULL for a new row) and the columns from ?2 on, in the order
 * of the INSERT and UPDATE statements above. */
void
_gt_store_bind_object (GtStoreKind   kind,
                       GtDbStmt *stmt,
                       gpointer      object)
{
  gt_db_stmt_bind_id (stmt, 1, _gt_store_object_id (kind, object));

  switch (kind)
    {
    case GT_STORE_KIND_PROJECT:
      {
        GtProject *project = object;

        _gt_store_bind_text (stmt, 2, gt_project_get_code (project));
        _gt_store_bind_text (stmt, 3, gt_project_get_name (project));
        _gt_store_bind_text (stmt, 4, gt_project_get_owner (project));
        _gt_store_bind_text (stmt, 5, gt_project_get_content (project));
        _gt_store_bind_text (stmt, 6, gt_level_to_id (gt_project_get_level (project)));
        _gt_store_bind_text (stmt, 7, gt_project_get_category (project));
        _gt_store_bind_text (stmt, 8, gt_stage_to_id (gt_project_get_stage (project)));
        gt_db_stmt_bind_id (stmt, 9, gt_project_get_locality_id (project));
        gt_db_stmt_bind_id (stmt, 10, gt_project_get_unit_id (project));
        gt_db_stmt_bind_id (stmt, 11, gt_project_get_leader_id (project));
        gt_db_stmt_bind_int64 (stmt, 12, gt_project_get_total_investment (project));
        gt_db_stmt_bind_date (stmt, 13, gt_project_get_planned_start (project));
        gt_db_stmt_bind_date (stmt, 14, gt_project_get_planned_end (project));
        gt_db_stmt_bind_date (stmt, 15, gt_project_get_actual_start (project));
        gt_db_stmt_bind_date (stmt, 16, gt_project_get_actual_end (project));
        _gt_store_bind_text (stmt, 17, gt_project_get_notes (project));
      }
      break;

    case GT_STORE_KIND_LEADER:
      _gt_store_bind_text (stmt, 2, gt_leader_get_name (object));
      _gt_store_bind_text (stmt, 3, gt_leader_get_title (object));
      _gt_store_bind_text (stmt, 4, gt_leader_get_phone (object));
      break;

    case GT_STORE_KIND_UNIT:
      _gt_store_bind_text (stmt, 2, gt_unit_get_name (object));
      _gt_store_bind_text (stmt, 3, gt_unit_kind_to_id (gt_unit_get_kind (object)));
      _gt_store_bind_text (stmt, 4, gt_unit_get_contact (object));
      _gt_store_bind_text (stmt, 5, gt_unit_get_phone (object));
      break;

    case GT_STORE_KIND_ISSUE:
      {
        GtIssue *issue = object;

        gt_db_stmt_bind_id (stmt, 2, gt_issue_get_project_id (issue));
        _gt_store_bind_text (stmt, 3, gt_issue_get_description (issue));
        _gt_store_bind_text (stmt, 4, gt_issue_category_to_id (gt_issue_get_category (issue)));
        _gt_store_bind_text (stmt, 5, gt_issue_status_to_id (gt_issue_get_status (issue)));
        gt_db_stmt_bind_date (stmt, 6, gt_issue_get_raised_on (issue));
        gt_db_stmt_bind_id (stmt, 7, gt_issue_get_unit_id (issue));
        gt_db_stmt_bind_id (stmt, 8, gt_issue_get_leader_id (issue));
        gt_db_stmt_bind_date (stmt, 9, gt_issue_get_deadline (issue));
        _gt_store_bind_text (stmt, 10, gt_issue_get_resolution (issue));
        gt_db_stmt_bind_date (stmt, 11, gt_issue_get_resolved_on (issue));
        gt_db_stmt_bind_date (stmt, 12, gt_issue_get_closed_on (issue));
      }
      break;

    case GT_STORE_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static GtProject *
read_project (GtDbStmt *stmt)
{
  GtProject *project = gt_project_new ();
  GtLevel level = GT_LEVEL_COUNTY;
  GtStage stage = GT_STAGE_PLANNED;
  GDate date;

  gt_level_from_id (gt_db_stmt_get_string (stmt, 5), &level);
  gt_stage_from_id (gt_db_stmt_get_string (stmt, 7), &stage);

  gt_project_set_id (project, gt_db_stmt_get_int64 (stmt, 0));
  gt_project_set_code (project, gt_db_stmt_get_string (stmt, 1));
  gt_project_set_name (project, gt_db_stmt_get_string (stmt, 2));
  gt_project_set_owner (project, gt_db_stmt_get_string (stmt, 3));
  gt_project_set_content (project, gt_db_stmt_get_string (stmt, 4));
  gt_project_set_level (project, level);
  gt_project_set_category (project, gt_db_stmt_get_string (stmt, 6));
  gt_project_set_stage (project, stage);
  gt_project_set_locality_id (project, gt_db_stmt_get_int64 (stmt, 8));
  gt_project_set_unit_id (project, gt_db_stmt_get_int64 (stmt, 9));
  gt_project_set_leader_id (project, gt_db_stmt_get_int64 (stmt, 10));
  gt_project_set_total_investment (project, gt_db_stmt_get_int64 (stmt, 11));
  gt_project_set_planned_start (project, gt_db_stmt_get_date (stmt, 12, &date));
  gt_project_set_planned_end (project, gt_db_stmt_get_date (stmt, 13, &date));
  gt_project_set_actual_start (project, gt_db_stmt_get_date (stmt, 14, &date));
  gt_project_set_actual_end (project, gt_db_stmt_get_date (stmt, 15, &date));
  gt_project_set_notes (project, gt_db_stmt_get_string (stmt, 16));
  /* Completed comes from a sum over the reports; see _gt_store_load(). */
  gt_project_set_annual_plan (project, gt_db_stmt_get_int64 (stmt, 17));

  return project;
}

static GtLeader *
read_leader (GtDbStmt *stmt)
{
  GtLeader *leader = gt_leader_new ();

  gt_leader_set_id (leader, gt_db_stmt_get_int64 (stmt, 0));
  gt_leader_set_name (leader, gt_db_stmt_get_string (stmt, 1));
  gt_leader_set_title (leader, gt_db_stmt_get_string (stmt, 2));
  gt_leader_set_phone (leader, gt_db_stmt_get_string (stmt, 3));

  return leader;
}

static GtUnit *
read_unit (GtDbStmt *stmt)
{
  GtUnit *unit = gt_unit_new ();
  GtUnitKind kind = GT_UNIT_KIND_DEPARTMENT;

  gt_unit_kind_from_id (gt_db_stmt_get_string (stmt, 2), &kind);

  gt_unit_set_id (unit, gt_db_stmt_get_int64 (stmt, 0));
  gt_unit_set_name (unit, gt_db_stmt_get_string (stmt, 1));
  gt_unit_set_kind (unit, kind);
  gt_unit_set_contact (unit, gt_db_stmt_get_string (stmt, 3));
  gt_unit_set_phone (unit, gt_db_stmt_get_string (stmt, 4));

  return unit;
}

static GtIssue *
read_issue (GtDbStmt *stmt)
{
  GtIssue *issue = gt_issue_new ();
  GtIssueCategory category = GT_ISSUE_CATEGORY_OTHER;
  GtIssueStatus status = GT_ISSUE_STATUS_RAISED;
  GDate date;

  gt_issue_category_from_id (gt_db_stmt_get_string (stmt, 3), &category);
  gt_issue_status_from_id (gt_db_stmt_get_string (stmt, 4), &status);

  gt_issue_set_id (issue, gt_db_stmt_get_int64 (stmt, 0));
  gt_issue_set_project_id (issue, gt_db_stmt_get_int64 (stmt, 1));
  gt_issue_set_description (issue, gt_db_stmt_get_string (stmt, 2));
  gt_issue_set_category (issue, category);
  gt_issue_set_status (issue, status);
  gt_issue_set_raised_on (issue, gt_db_stmt_get_date (stmt, 5, &date));
  gt_issue_set_unit_id (issue, gt_db_stmt_get_int64 (stmt, 6));
  gt_issue_set_leader_id (issue, gt_db_stmt_get_int64 (stmt, 7));
  gt_issue_set_deadline (issue, gt_db_stmt_get_date (stmt, 8, &date));
  gt_issue_set_resolution (issue, gt_db_stmt_get_string (stmt, 9));
  gt_issue_set_resolved_on (issue, gt_db_stmt_get_date (stmt, 10, &date));
  gt_issue_set_closed_on (issue, gt_db_stmt_get_date (stmt, 11, &date));

  return issue;
}

gpointer
_gt_store_read_object (GtStoreKind   kind,
                       GtDbStmt *stmt)
{
  switch (kind)
    {
    case GT_STORE_KIND_PROJECT:
      return read_project (stmt);
    case GT_STORE_KIND_LEADER:
      return read_leader (stmt);
    case GT_STORE_KIND_UNIT:
      return read_unit (stmt);
    case GT_STORE_KIND_ISSUE:
      return read_issue (stmt);
    case GT_STORE_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

gpointer
_gt_store_copy_object (GtStoreKind kind,
                       gpointer    object)
{
  switch (kind)
    {
    case GT_STORE_KIND_PROJECT:
      return gt_project_copy (object);
    case GT_STORE_KIND_LEADER:
      return gt_leader_copy (object);
    case GT_STORE_KIND_UNIT:
      return gt_unit_copy (object);
    case GT_STORE_KIND_ISSUE:
      return gt_issue_copy (object);
    case GT_STORE_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

void
_gt_store_assign_object (GtStoreKind kind,
                         gpointer    object,
                         gpointer    source)
{
  switch (kind)
    {
    case GT_STORE_KIND_PROJECT:
      gt_project_assign (object, source);
      break;
    case GT_STORE_KIND_LEADER:
      gt_leader_assign (object, source);
      break;
    case GT_STORE_KIND_UNIT:
      gt_unit_assign (object, source);
      break;
    case GT_STORE_KIND_ISSUE:
      gt_issue_assign (object, source);
      break;
    case GT_STORE_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}
