/* test-store-noop.c: an editor saved without a change writes nothing. For
 * every kind (project with its year's plan, leader, unit, issue, node, approval) an update
 * with the live values leaves the undo stack, the change log and the history
 * as they were; one field changed is still one step. A save of unchanged
 * values after an issue's 督办 step leaves that step the one undo takes back.
 * Another desk's change is still refused under an editor that changed
 * something, and left alone under one that changed nothing. On a file, and on
 * the server as test-store-noop-on-server.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-store-escalation.h"
#include "gt-store-formalities.h"
#include "gt-test-util.h"

typedef struct {
  char      *dir;
  char      *location;
  GtStore   *store;
  GtLeader  *leader;
  GtUnit    *unit;
  GtProject *project;
  GtIssue   *issue;
} Fixture;

/* What a save may leave behind, taken before and compared after. */
typedef struct {
  gboolean  can_undo;
  char     *label;
  gint64    changes;
  gint64    history;
} Marks;

static void
marks_take (Fixture *f,
            Marks   *marks)
{
  marks->can_undo = gt_store_can_undo (f->store);
  marks->label = g_strdup (gt_store_get_undo_label (f->store));
  marks->changes = gt_test_query_int (f->location, "SELECT count(*) FROM changes", 0);
  marks->history = gt_test_query_int (f->location, "SELECT count(*) FROM history", 0);
}

static void
marks_clear (Marks *marks)
{
  g_clear_pointer (&marks->label, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Marks, marks_clear)

static void
assert_untouched (Fixture *f,
                  Marks   *before)
{
  g_auto(Marks) after = { 0, };

  marks_take (f, &after);
  g_assert_cmpint (after.can_undo, ==, before->can_undo);
  g_assert_cmpstr (after.label, ==, before->label);
  g_assert_cmpint (after.changes, ==, before->changes);
  g_assert_cmpint (after.history, ==, before->history);
}

/* One field changed: a step of its own, a change-log entry and, for the
 * kinds that keep one (projects and issues), a history row. */
static void
assert_one_step (Fixture  *f,
                 Marks    *before,
                 gboolean  has_history)
{
  g_auto(Marks) after = { 0, };

  marks_take (f, &after);
  g_assert_true (after.can_undo);
  g_assert_cmpstr (after.label, !=, before->label);
  g_assert_cmpint (after.changes, >, before->changes);
  if (has_history)
    g_assert_cmpint (after.history, >, before->history);
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GDate raised = gt_test_date (2023, 1, 10);
  GDate start = gt_test_date (2023, 2, 1);
  GDate deadline = gt_test_date (2023, 3, 31);

  f->dir = gt_test_make_dir ();
  f->location = gt_test_register_location (f->dir, "noop.db");
  f->store = gt_store_open (f->location, &error);
  g_assert_no_error (error);

  f->leader = gt_leader_new ();
  gt_leader_set_name (f->leader, "王建国");
  gt_leader_set_title (f->leader, "副县长");
  gt_leader_set_phone (f->leader, "13800000001");
  g_assert_true (gt_store_add_leader (f->store, f->leader, &error));
  g_assert_no_error (error);

  f->unit = gt_unit_new ();
  gt_unit_set_name (f->unit, "县住房和城乡建设局");
  gt_unit_set_kind (f->unit, GT_UNIT_KIND_DEPARTMENT);
  gt_unit_set_contact (f->unit, "李明");
  g_assert_true (gt_store_add_unit (f->store, f->unit, &error));
  g_assert_no_error (error);

  f->project = gt_project_new ();
  gt_project_set_name (f->project, "城南污水处理厂二期工程");
  gt_project_set_leader_id (f->project, gt_leader_get_id (f->leader));
  gt_project_set_unit_id (f->project, gt_unit_get_id (f->unit));
  gt_project_set_total_investment (f->project, 120000000);
  gt_project_set_annual_plan (f->project, 30000000);
  gt_project_set_planned_start (f->project, &start);
  g_assert_true (gt_store_add_project (f->store, f->project, &error));
  g_assert_no_error (error);

  f->issue = gt_issue_new ();
  gt_issue_set_project_id (f->issue, gt_project_get_id (f->project));
  gt_issue_set_description (f->issue, "征迁未完成");
  gt_issue_set_raised_on (f->issue, &raised);
  gt_issue_set_status (f->issue, GT_ISSUE_STATUS_ASSIGNED);
  gt_issue_set_unit_id (f->issue, gt_unit_get_id (f->unit));
  gt_issue_set_deadline (f->issue, &deadline);
  g_assert_true (gt_store_add_issue (f->store, f->issue, &error));
  g_assert_no_error (error);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->issue);
  g_clear_object (&f->project);
  g_clear_object (&f->unit);
  g_clear_object (&f->leader);
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->location);
  g_free (f->dir);
}

static void
test_leader (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GtLeader) edited = gt_leader_copy (f->leader);
  g_autoptr(GError) error = NULL;
  g_auto(Marks) marks = { 0, };

  marks_take (f, &marks);
  g_assert_true (gt_store_update_leader (f->store, edited, &error));
  g_assert_no_error (error);
  g_assert_true (gt_store_update_leader_seen (f->store, edited, gt_store_get_seen (f->store),
                                              &error));
  g_assert_no_error (error);
  assert_untouched (f, &marks);

  gt_leader_set_phone (edited, "13800000002");
  g_assert_true (gt_store_update_leader (f->store, edited, &error));
  g_assert_no_error (error);
  assert_one_step (f, &marks, FALSE);
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gt_leader_get_phone (f->leader), ==, "13800000001");
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, marks.label);
}

static void
test_unit (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GtUnit) edited = gt_unit_copy (f->unit);
  g_autoptr(GError) error = NULL;
  g_auto(Marks) marks = { 0, };

  marks_take (f, &marks);
  g_assert_true (gt_store_update_unit_seen (f->store, edited, gt_store_get_seen (f->store),
                                            &error));
  g_assert_no_error (error);
  assert_untouched (f, &marks);

  gt_unit_set_kind (edited, GT_UNIT_KIND_TOWNSHIP);
  g_assert_true (gt_store_update_unit (f->store, edited, &error));
  g_assert_no_error (error);
  assert_one_step (f, &marks, FALSE);
  g_assert_cmpint (gt_unit_get_kind (f->unit), ==, GT_UNIT_KIND_TOWNSHIP);
}

/* The project editor saves the year's plan with the project: the same plan is
 * no step either, and a changed plan alone is one. */
static void
test_project (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GtProject) edited = gt_project_copy (f->project);
  g_autoptr(GError) error = NULL;
  g_auto(Marks) marks = { 0, };
  gint64 id = gt_project_get_id (f->project);

  marks_take (f, &marks);
  g_assert_true (gt_store_update_project_seen (f->store, edited, gt_store_get_seen (f->store),
                                               &error));
  g_assert_no_error (error);
  assert_untouched (f, &marks);

  gt_project_set_annual_plan (edited, 35000000);
  g_assert_true (gt_store_update_project (f->store, edited, &error));
  g_assert_no_error (error);
  assert_one_step (f, &marks, TRUE);
  g_assert_cmpint (gt_store_get_annual_plan (f->store, id, gt_store_get_year (f->store)), ==,
                   35000000);
  g_assert_cmpint (gt_project_get_annual_plan (f->project), ==, 35000000);
}

static void
test_issue (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GtIssue) edited = gt_issue_copy (f->issue);
  g_autoptr(GError) error = NULL;
  g_auto(Marks) marks = { 0, };
  GDate deadline = gt_test_date (2023, 4, 30);

  marks_take (f, &marks);
  g_assert_true (gt_store_update_issue_seen (f->store, edited, gt_store_get_seen (f->store),
                                             &error));
  g_assert_no_error (error);
  assert_untouched (f, &marks);

  gt_issue_set_deadline (edited, &deadline);
  g_assert_true (gt_store_update_issue (f->store, edited, &error));
  g_assert_no_error (error);
  assert_one_step (f, &marks, TRUE);
}

/* Raising the level in the issue editor and pressing Save: one Ctrl+Z takes
 * the level back, and nothing is left on the stack of that editing. */
static void
test_escalation_then_save (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GtIssue) edited = gt_issue_copy (f->issue);
  g_autoptr(GError) error = NULL;
  g_auto(Marks) marks = { 0, };
  g_autofree char *raised_label = NULL;
  GDate on = gt_test_date (2023, 4, 3);
  gint64 seen = gt_store_get_seen (f->store);
  gint64 id = gt_issue_get_id (f->issue);
  GtEscalationLevel level = GT_N_ESCALATION_LEVELS;

  marks_take (f, &marks);
  g_assert_true (gt_store_escalate_issue (f->store, id, GT_ESCALATION_SUPERVISED, &on,
                                          "县长批示督办", "office", &error));
  g_assert_no_error (error);
  raised_label = g_strdup (gt_store_get_undo_label (f->store));
  g_assert_cmpstr (raised_label, !=, marks.label);

  g_assert_true (gt_store_update_issue_seen (f->store, edited, seen, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, raised_label);

  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_true (gt_store_get_escalation_level (f->store, id, &level, &error));
  g_assert_no_error (error);
  g_assert_cmpint (level, !=, GT_ESCALATION_SUPERVISED);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, marks.label);
}

/* Another desk changed the leader's phone, and this store has not taken it
 * in yet. An editor that changed the title is refused as before; one that
 * changed nothing writes nothing, and the other desk's phone stays. */
static void
test_other_desk (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GtStore) other = NULL;
  g_autoptr(GtLeader) theirs = NULL;
  g_autoptr(GtLeader) unchanged = gt_leader_copy (f->leader);
  g_autoptr(GtLeader) retitled = gt_leader_copy (f->leader);
  g_autoptr(GError) error = NULL;
  gint64 seen = gt_store_get_seen (f->store);
  gint64 id = gt_leader_get_id (f->leader);

  other = gt_store_open (f->location, &error);
  g_assert_no_error (error);
  theirs = gt_leader_copy (gt_store_lookup_leader (other, id));
  gt_leader_set_phone (theirs, "13900000009");
  g_assert_true (gt_store_update_leader (other, theirs, &error));
  g_assert_no_error (error);

  g_assert_true (gt_store_update_leader_seen (f->store, unchanged, seen, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_test_query_int (f->location,
                                      "SELECT count(*) FROM leaders "
                                      "WHERE id = ?1 AND phone = '13900000009'", id), ==, 1);

  gt_leader_set_title (retitled, "县长");
  g_assert_false (gt_store_update_leader_seen (f->store, retitled, seen, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT);
  g_assert_cmpint (gt_test_query_int (f->location,
                                      "SELECT count(*) FROM leaders "
                                      "WHERE id = ?1 AND title = '副县长'", id), ==, 1);
}

/* Two desks on one node: the node editor's save is written over what it read,
 * never over another desk's newer change. Unchanged, it writes nothing; changed,
 * it is refused naming the other desk, whose value stays; told, a second save
 * over the node as it is now is written. */
static void
test_milestone_other_desk (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GtMilestone) node = gt_milestone_new ();
  g_autoptr(GtMilestone) read = NULL;
  g_autoptr(GtMilestone) mine = NULL;
  g_autoptr(GPtrArray) theirs = NULL;
  g_autoptr(GPtrArray) now = NULL;
  g_autoptr(GtStore) other = NULL;
  g_autoptr(GError) error = NULL;
  GDate end = gt_test_date (2023, 6, 30);
  gint64 project_id = gt_project_get_id (f->project);

  gt_milestone_set_project_id (node, project_id);
  gt_milestone_set_name (node, "主体结构封顶");
  gt_milestone_set_planned_end (node, &end);
  g_assert_true (gt_store_add_milestone (f->store, node, &error));
  g_assert_no_error (error);
  /* This desk's editor opens on the node. */
  read = gt_milestone_copy (node);
  mine = gt_milestone_copy (node);

  other = gt_store_open (f->location, &error);
  g_assert_no_error (error);
  gt_store_set_desk_name (other, "二号机");
  theirs = gt_store_list_milestones (other, project_id, &error);
  g_assert_no_error (error);
  gt_milestone_set_percent (theirs->pdata[0], 60);
  g_assert_true (gt_store_update_milestone (other, theirs->pdata[0], &error));
  g_assert_no_error (error);

  /* Saved as opened: nothing written, theirs kept. */
  g_assert_true (gt_store_update_milestone_over (f->store, read, mine, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_test_query_int (f->location, "SELECT percent FROM milestones "
                                      "WHERE project_id = ?1", project_id), ==, 60);

  gt_milestone_set_name (mine, "主体封顶");
  g_assert_false (gt_store_update_milestone_over (f->store, read, mine, &error));
  gt_test_assert_conflict (&error, "二号机");
  g_assert_cmpint (gt_test_query_int (f->location, "SELECT count(*) FROM milestones "
                                      "WHERE project_id = ?1 AND percent = 60 "
                                      "AND name = '主体结构封顶'", project_id), ==, 1);

  /* Over the node as it is now: written, their 60 % with it as this editor has it. */
  now = gt_store_list_milestones (f->store, project_id, &error);
  g_assert_no_error (error);
  g_assert_true (gt_store_update_milestone_over (f->store, now->pdata[0], mine, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_test_query_int (f->location, "SELECT count(*) FROM milestones "
                                      "WHERE project_id = ?1 AND name = '主体封顶'",
                                      project_id), ==, 1);
}

/* An approval of the fixture's project, added. */
static GtFormality *
add_formality (Fixture *f)
{
  g_autoptr(GtFormality) formality = gt_formality_new ();
  g_autoptr(GError) error = NULL;
  GDate planned = gt_test_date (2023, 3, 20);

  gt_formality_set_project_id (formality, gt_project_get_id (f->project));
  gt_formality_set_kind (formality, "环评批复");
  gt_formality_set_approver_unit_id (formality, gt_unit_get_id (f->unit));
  gt_formality_set_limit_days (formality, 30);
  gt_formality_set_planned_on (formality, &planned);
  g_assert_true (gt_store_add_formality (f->store, formality, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&formality);
}

/* An approval saved as it stands: no step; one field changed: one step. */
static void
test_formality (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GtFormality) formality = add_formality (f);
  g_autoptr(GtFormality) edited = gt_formality_copy (formality);
  g_autoptr(GError) error = NULL;
  g_auto(Marks) marks = { 0, };

  marks_take (f, &marks);
  g_assert_true (gt_store_update_formality (f->store, edited, &error));
  g_assert_no_error (error);
  g_assert_true (gt_store_update_formality_over (f->store, formality, edited, &error));
  g_assert_no_error (error);
  assert_untouched (f, &marks);

  gt_formality_set_state (edited, GT_FORMALITY_DOING);
  g_assert_true (gt_store_update_formality (f->store, edited, &error));
  g_assert_no_error (error);
  assert_one_step (f, &marks, FALSE);
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, marks.label);
}

/* Two desks on one approval, as on one node: the second save is refused,
 * naming the first desk; told, it is written. */
static void
test_formality_other_desk (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GtFormality) read = add_formality (f);
  g_autoptr(GtFormality) mine = gt_formality_copy (read);
  g_autoptr(GPtrArray) theirs = NULL;
  g_autoptr(GPtrArray) now = NULL;
  g_autoptr(GtStore) other = NULL;
  g_autoptr(GError) error = NULL;
  gint64 project_id = gt_project_get_id (f->project);

  other = gt_store_open (f->location, &error);
  g_assert_no_error (error);
  gt_store_set_desk_name (other, "二号机");
  theirs = gt_store_list_formalities (other, project_id, &error);
  g_assert_no_error (error);
  gt_formality_set_note (theirs->pdata[0], "已受理");
  g_assert_true (gt_store_update_formality (other, theirs->pdata[0], &error));
  g_assert_no_error (error);

  g_assert_true (gt_store_update_formality_over (f->store, read, mine, &error));
  g_assert_no_error (error);
  gt_formality_set_state (mine, GT_FORMALITY_DOING);
  g_assert_false (gt_store_update_formality_over (f->store, read, mine, &error));
  gt_test_assert_conflict (&error, "二号机");
  g_assert_cmpint (gt_test_query_int (f->location, "SELECT count(*) FROM formalities "
                                      "WHERE project_id = ?1 AND note = '已受理' "
                                      "AND state = 'todo'", project_id), ==, 1);

  now = gt_store_list_formalities (f->store, project_id, &error);
  g_assert_no_error (error);
  g_assert_true (gt_store_update_formality_over (f->store, now->pdata[0], mine, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_test_query_int (f->location, "SELECT count(*) FROM formalities "
                                      "WHERE project_id = ?1 AND state = 'doing'",
                                      project_id), ==, 1);
}

/* Every field a save writes counts: one changed at a time, never the same. */
static void
test_issue_fields (void)
{
  g_autoptr(GtIssue) base = gt_issue_new ();
  GDate day = gt_test_date (2023, 5, 6);
  GDate other_day = gt_test_date (2023, 5, 7);

  gt_issue_set_id (base, 7);
  gt_issue_set_project_id (base, 3);
  gt_issue_set_description (base, "用地指标不足");
  gt_issue_set_raised_on (base, &day);
  gt_issue_set_deadline (base, &day);
  gt_issue_set_resolved_on (base, &day);
  gt_issue_set_closed_on (base, &day);
  gt_issue_set_unit_id (base, 4);
  gt_issue_set_leader_id (base, 5);
  gt_issue_set_resolution (base, "已协调");

  for (int field = 0; field <= 12; field++)
    {
      g_autoptr(GtIssue) other = gt_issue_copy (base);

      switch (field)
        {
        case 0: break;
        case 1: gt_issue_set_id (other, 8); break;
        case 2: gt_issue_set_project_id (other, 9); break;
        case 3: gt_issue_set_description (other, "用地指标不足。"); break;
        case 4: gt_issue_set_category (other, GT_ISSUE_CATEGORY_FUNDING); break;
        case 5: gt_issue_set_status (other, GT_ISSUE_STATUS_RESOLVED); break;
        case 6: gt_issue_set_raised_on (other, &other_day); break;
        case 7: gt_issue_set_unit_id (other, 0); break;
        case 8: gt_issue_set_leader_id (other, 0); break;
        case 9: gt_issue_set_deadline (other, NULL); break;
        case 10: gt_issue_set_resolution (other, ""); break;
        case 11: gt_issue_set_resolved_on (other, &other_day); break;
        case 12: gt_issue_set_closed_on (other, NULL); break;
        default: g_assert_not_reached ();
        }
      g_assert_cmpint (gt_issue_same_values (base, other), ==, field == 0);
    }
}

static void
test_leader_unit_fields (void)
{
  g_autoptr(GtLeader) leader = gt_leader_new ();
  g_autoptr(GtUnit) unit = gt_unit_new ();

  gt_leader_set_id (leader, 2);
  gt_leader_set_name (leader, "张华");
  for (int field = 0; field <= 4; field++)
    {
      g_autoptr(GtLeader) other = gt_leader_copy (leader);

      switch (field)
        {
        case 0: break;
        case 1: gt_leader_set_id (other, 3); break;
        case 2: gt_leader_set_name (other, "张桦"); break;
        case 3: gt_leader_set_title (other, "副县长"); break;
        case 4: gt_leader_set_phone (other, "13800000003"); break;
        default: g_assert_not_reached ();
        }
      g_assert_cmpint (gt_leader_same_values (leader, other), ==, field == 0);
    }

  gt_unit_set_id (unit, 2);
  gt_unit_set_name (unit, "县交通运输局");
  gt_unit_set_kind (unit, GT_UNIT_KIND_DEPARTMENT);
  for (int field = 0; field <= 5; field++)
    {
      g_autoptr(GtUnit) other = gt_unit_copy (unit);

      switch (field)
        {
        case 0: break;
        case 1: gt_unit_set_id (other, 3); break;
        case 2: gt_unit_set_name (other, "县交通局"); break;
        case 3: gt_unit_set_kind (other, GT_UNIT_KIND_TOWNSHIP); break;
        case 4: gt_unit_set_contact (other, "赵强"); break;
        case 5: gt_unit_set_phone (other, "0571-1234567"); break;
        default: g_assert_not_reached ();
        }
      g_assert_cmpint (gt_unit_same_values (unit, other), ==, field == 0);
    }
}

static GtMilestone *
make_milestone (int field)
{
  GtMilestone *milestone = gt_milestone_new ();
  GDate day = gt_test_date (2023, 6, 1);
  GDate other_day = gt_test_date (2023, 6, 2);

  gt_milestone_set_id (milestone, field == 1 ? 12 : 11);
  gt_milestone_set_project_id (milestone, field == 2 ? 4 : 3);
  gt_milestone_set_name (milestone, field == 3 ? "主体封顶" : "基础完工");
  gt_milestone_set_position (milestone, field == 4 ? 2 : 1);
  gt_milestone_set_planned_start (milestone, field == 5 ? &other_day : &day);
  gt_milestone_set_planned_end (milestone, field == 6 ? NULL : &day);
  gt_milestone_set_actual_start (milestone, field == 7 ? &day : NULL);
  gt_milestone_set_actual_end (milestone, field == 8 ? &other_day : &day);
  gt_milestone_set_percent (milestone, field == 9 ? 60 : 50);
  return milestone;
}

/* A node's editor saved as it stands: no step; one field changed: one step. */
static void
test_milestone (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GtMilestone) node = gt_milestone_new ();
  g_autoptr(GPtrArray) nodes = NULL;
  GtMilestone *edited;
  g_autoptr(GError) error = NULL;
  g_auto(Marks) marks = { 0, };
  GDate end = gt_test_date (2023, 6, 30);

  gt_milestone_set_project_id (node, gt_project_get_id (f->project));
  gt_milestone_set_name (node, "主体结构封顶");
  gt_milestone_set_planned_end (node, &end);
  g_assert_true (gt_store_add_milestone (f->store, node, &error));
  g_assert_no_error (error);
  /* As the editor has it: read back from the register. */
  nodes = gt_store_list_milestones (f->store, gt_project_get_id (f->project), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nodes->len, ==, 1);
  edited = g_ptr_array_index (nodes, 0);

  marks_take (f, &marks);
  g_assert_true (gt_store_update_milestone (f->store, edited, &error));
  g_assert_no_error (error);
  assert_untouched (f, &marks);

  gt_milestone_set_percent (edited, 40);
  g_assert_true (gt_store_update_milestone (f->store, edited, &error));
  g_assert_no_error (error);
  assert_one_step (f, &marks, FALSE);
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, marks.label);
}

static void
test_milestone_fields (void)
{
  g_autoptr(GtMilestone) base = make_milestone (0);

  for (int field = 0; field <= 9; field++)
    {
      g_autoptr(GtMilestone) other = make_milestone (field);

      g_assert_cmpint (gt_milestone_same_values (base, other), ==, field == 0);
    }
}

/* Every field an approval's save writes counts. */
static void
test_formality_fields (void)
{
  g_autoptr(GtFormality) base = gt_formality_new ();
  GDate day = gt_test_date (2023, 5, 6);
  GDate other_day = gt_test_date (2023, 5, 7);

  gt_formality_set_id (base, 7);
  gt_formality_set_project_id (base, 3);
  gt_formality_set_position (base, 2);
  gt_formality_set_kind (base, "施工许可");
  gt_formality_set_approver_unit_id (base, 4);
  gt_formality_set_limit_days (base, 7);
  gt_formality_set_planned_on (base, &day);
  gt_formality_set_actual_on (base, &day);
  gt_formality_set_state (base, GT_FORMALITY_DONE);
  gt_formality_set_note (base, "已办结");

  for (int field = 0; field <= 10; field++)
    {
      g_autoptr(GtFormality) other = gt_formality_copy (base);

      switch (field)
        {
        case 0: break;
        case 1: gt_formality_set_id (other, 8); break;
        case 2: gt_formality_set_project_id (other, 9); break;
        case 3: gt_formality_set_position (other, 3); break;
        case 4: gt_formality_set_kind (other, "施工许可证"); break;
        case 5: gt_formality_set_approver_unit_id (other, 5); break;
        case 6: gt_formality_set_limit_days (other, 8); break;
        case 7: gt_formality_set_planned_on (other, &other_day); break;
        case 8: gt_formality_set_actual_on (other, NULL); break;
        case 9: gt_formality_set_state (other, GT_FORMALITY_DOING); break;
        case 10: gt_formality_set_note (other, ""); break;
        }
      g_assert_cmpint (gt_formality_same_values (base, other), ==, field == 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store-noop/leader", Fixture, NULL, set_up, test_leader, tear_down);
  g_test_add ("/store-noop/unit", Fixture, NULL, set_up, test_unit, tear_down);
  g_test_add ("/store-noop/project", Fixture, NULL, set_up, test_project, tear_down);
  g_test_add ("/store-noop/issue", Fixture, NULL, set_up, test_issue, tear_down);
  g_test_add ("/store-noop/milestone", Fixture, NULL, set_up, test_milestone, tear_down);
  g_test_add ("/store-noop/escalation-then-save", Fixture, NULL, set_up,
              test_escalation_then_save, tear_down);
  g_test_add ("/store-noop/other-desk", Fixture, NULL, set_up, test_other_desk, tear_down);
  g_test_add ("/store-noop/milestone-other-desk", Fixture, NULL, set_up,
              test_milestone_other_desk, tear_down);
  g_test_add ("/store-noop/formality", Fixture, NULL, set_up, test_formality, tear_down);
  g_test_add ("/store-noop/formality-other-desk", Fixture, NULL, set_up,
              test_formality_other_desk, tear_down);

  g_test_add_func ("/store-noop/issue-fields", test_issue_fields);
  g_test_add_func ("/store-noop/leader-unit-fields", test_leader_unit_fields);
  g_test_add_func ("/store-noop/milestone-fields", test_milestone_fields);
  g_test_add_func ("/store-noop/formality-fields", test_formality_fields);

  return g_test_run ();
}
