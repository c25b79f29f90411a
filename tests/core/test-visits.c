/* test-visits.c: leaders' site visits in the register: a visit with its
 * projects and the issues assigned on the spot, in one transaction; a month's
 * visits; the projects not visited for the rule's weeks; undo and redo of a
 * visit's add, edit and delete, one step each with its issues, refused after
 * another desk's change. On a file, and on the server as
 * test-visits-on-server.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "gt-store-visits.h"
#include "gt-test-util.h"

static gint64
add_leader (GtStore    *store,
            const char *name)
{
  g_autoptr(GtLeader) leader = gt_leader_new ();
  g_autoptr(GError) error = NULL;

  gt_leader_set_name (leader, name);
  g_assert_true (gt_store_add_leader (store, leader, &error));
  g_assert_no_error (error);
  return gt_leader_get_id (leader);
}

static gint64
add_project (GtStore    *store,
             const char *name,
             gint64      leader_id,
             GtStage     stage)
{
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;

  gt_project_set_name (project, name);
  gt_project_set_leader_id (project, leader_id);
  gt_project_set_stage (project, stage);
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
  return gt_project_get_id (project);
}

static GtVisit *
make_visit (gint64       leader_id,
            int          day,
            int          month,
            GtVisitKind  kind,
            gint64       project_a,
            gint64       project_b)
{
  GtVisit *visit = gt_visit_new ();
  g_autoptr(GDate) on = g_date_new_dmy (day, month, 2099);

  gt_visit_set_leader_id (visit, leader_id);
  gt_visit_set_visited_on (visit, on);
  gt_visit_set_kind (visit, kind);
  gt_visit_add_project_id (visit, project_a);
  gt_visit_add_project_id (visit, project_b);
  return visit;
}

static GtStore *
open_register (char **dir)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  GtStore *store;

  *dir = gt_test_make_dir ();
  path = gt_test_register_location (*dir, "visits.db");
  store = gt_store_open (path, &error);
  g_assert_no_error (error);
  return store;
}

static void
test_model (void)
{
  g_autoptr(GtVisit) visit = gt_visit_new ();
  g_autoptr(GtVisit) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) on = g_date_new_dmy (3, G_DATE_MARCH, 2099);
  GtVisitRules rules;
  GtVisitKind kind;
  const gint64 *ids;
  guint n;

  g_assert_false (gt_visit_validate (visit, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  gt_visit_set_leader_id (visit, 7);
  gt_visit_set_visited_on (visit, on);
  g_assert_false (gt_visit_validate (visit, &error));
  g_clear_error (&error);
  gt_visit_add_project_id (visit, 9);
  gt_visit_add_project_id (visit, 2);
  gt_visit_add_project_id (visit, 9);
  g_assert_true (gt_visit_validate (visit, &error));
  ids = gt_visit_get_project_ids (visit, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (ids[0], ==, 2);
  g_assert_cmpint (ids[1], ==, 9);
  copy = gt_visit_copy (visit);
  g_assert_true (gt_visit_has_project (copy, 9));
  g_assert_cmpint (g_date_compare (gt_visit_get_visited_on (copy), on), ==, 0);

  g_assert_cmpstr (gt_visit_kind_to_id (GT_VISIT_ON_SITE), ==, "on_site");
  g_assert_true (gt_visit_kind_from_id ("survey", &kind));
  g_assert_cmpint (kind, ==, GT_VISIT_SURVEY);
  g_assert_false (gt_visit_kind_from_id ("lunch", &kind));

  gt_visit_rules_load (&rules);
  g_assert_cmpuint (rules.visits_per_month, ==, 4);
  g_assert_cmpuint (rules.neglect_weeks, ==, 4);
}

/* A visit, its projects and its issues land together, and come back. */
static void
test_add_update_delete (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GtStore) store = open_register (&dir);
  g_autoptr(GtVisit) visit = NULL;
  g_autoptr(GtVisit) back = NULL;
  g_autoptr(GPtrArray) issues = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) march = NULL;
  g_autoptr(GArray) linked = NULL;
  g_autoptr(GError) error = NULL;
  GtIssue *issue;
  gint64 wang, li, a, b, c;

  wang = add_leader (store, "王副县长");
  li = add_leader (store, "李副书记");
  a = add_project (store, "城东污水处理厂", wang, GT_STAGE_UNDER_CONSTRUCTION);
  b = add_project (store, "县医院迁建", wang, GT_STAGE_PREPARING);
  c = add_project (store, "工业园道路", li, GT_STAGE_UNDER_CONSTRUCTION);

  visit = make_visit (wang, 12, G_DATE_MARCH, GT_VISIT_ON_SITE, a, b);
  gt_visit_set_decisions (visit, "征地问题由自然资源局一周内协调解决");
  issue = gt_issue_new ();
  gt_issue_set_project_id (issue, a);
  gt_issue_set_description (issue, "施工便道未打通");
  g_ptr_array_add (issues, issue);
  g_assert_true (gt_store_add_visit (store, visit, issues, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_visit_get_id (visit), >, 0);
  g_assert_cmpint (gt_issue_get_id (issue), >, 0);
  /* The leader of the visit, the day of the visit, when the issue names none. */
  g_assert_cmpint (gt_issue_get_leader_id (issue), ==, wang);
  g_assert_cmpint (g_date_get_day (gt_issue_get_raised_on (issue)), ==, 12);
  g_assert_nonnull (gt_store_lookup_issue (store, gt_issue_get_id (issue)));

  linked = gt_store_list_visit_issues (store, gt_visit_get_id (visit), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (linked->len, ==, 1);
  g_assert_cmpint (g_array_index (linked, gint64, 0), ==, gt_issue_get_id (issue));

  back = gt_store_get_visit (store, gt_visit_get_id (visit), &error);
  g_assert_no_error (error);
  g_assert_cmpint (gt_visit_get_kind (back), ==, GT_VISIT_ON_SITE);
  g_assert_cmpstr (gt_visit_get_decisions (back), ==, "征地问题由自然资源局一周内协调解决");
  g_assert_true (gt_visit_has_project (back, a) && gt_visit_has_project (back, b));

  /* Another month, another leader: neither in Wang's March. */
  {
    g_autoptr(GtVisit) other = make_visit (li, 13, G_DATE_MARCH, GT_VISIT_SURVEY, c, 0);
    g_autoptr(GtVisit) april = make_visit (wang, 1, G_DATE_APRIL, GT_VISIT_SURVEY, a, 0);

    g_assert_true (gt_store_add_visit (store, other, NULL, &error));
    g_assert_true (gt_store_add_visit (store, april, NULL, &error));
    g_assert_no_error (error);
  }
  march = gt_store_list_visits_in_month (store, wang, 2099, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (march->len, ==, 1);
  g_clear_pointer (&march, g_ptr_array_unref);
  march = gt_store_list_visits_in_month (store, 0, 2099, 3, &error);
  g_assert_cmpuint (march->len, ==, 2);
  g_clear_pointer (&march, g_ptr_array_unref);

  /* Update: the projects are written whole; a new issue on the spot. */
  gt_visit_set_project_ids (back, &b, 1);
  gt_visit_set_kind (back, GT_VISIT_SURVEY);
  g_ptr_array_set_size (issues, 0);
  issue = gt_issue_new ();
  gt_issue_set_project_id (issue, b);
  gt_issue_set_description (issue, "设计变更待批复");
  g_ptr_array_add (issues, issue);
  g_assert_true (gt_store_update_visit (store, back, issues, &error));
  g_assert_no_error (error);
  g_clear_object (&visit);
  visit = gt_store_get_visit (store, gt_visit_get_id (back), &error);
  g_assert_false (gt_visit_has_project (visit, a));
  g_assert_true (gt_visit_has_project (visit, b));
  g_assert_cmpint (gt_visit_get_kind (visit), ==, GT_VISIT_SURVEY);
  g_clear_pointer (&linked, g_array_unref);
  linked = gt_store_list_visit_issues (store, gt_visit_get_id (visit), &error);
  g_assert_cmpuint (linked->len, ==, 2);

  /* Deleted: gone from the month, its issues stay. */
  g_assert_true (gt_store_delete_visit (store, gt_visit_get_id (visit), &error));
  g_assert_no_error (error);
  march = gt_store_list_visits_in_month (store, wang, 2099, 3, &error);
  g_assert_cmpuint (march->len, ==, 0);
  g_assert_null (gt_store_get_visit (store, gt_visit_get_id (visit), &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (gt_store_delete_visit (store, gt_visit_get_id (visit), &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_nonnull (gt_store_lookup_issue (store, gt_issue_get_id (issue)));

  g_clear_object (&store);
  gt_test_remove_tree (dir);
}

/* What a leader's visits are in the register: each live visit with its day,
 * kind, decisions and projects, and its live issues; and the issues listed. */
static char *
describe_visits (GtStore *store,
                 gint64   leader_id)
{
  g_autoptr(GDate) from = g_date_new_dmy (1, 1, 2099);
  g_autoptr(GDate) to = g_date_new_dmy (31, 12, 2099);
  g_autoptr(GPtrArray) visits = NULL;
  g_autoptr(GError) error = NULL;
  GString *text = g_string_new (NULL);

  visits = gt_store_list_visits (store, leader_id, from, to, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < visits->len; i++)
    {
      GtVisit *visit = visits->pdata[i];
      g_autoptr(GArray) issues = gt_store_list_visit_issues (store, gt_visit_get_id (visit),
                                                             &error);
      const gint64 *ids;
      guint n;

      g_assert_no_error (error);
      g_string_append_printf (text, "visit %" G_GINT64_FORMAT " on %d-%d %s [%s] projects",
                              gt_visit_get_id (visit),
                              g_date_get_month (gt_visit_get_visited_on (visit)),
                              g_date_get_day (gt_visit_get_visited_on (visit)),
                              gt_visit_kind_to_id (gt_visit_get_kind (visit)),
                              gt_visit_get_decisions (visit));
      ids = gt_visit_get_project_ids (visit, &n);
      for (guint j = 0; j < n; j++)
        g_string_append_printf (text, " %" G_GINT64_FORMAT, ids[j]);
      g_string_append (text, " issues");
      for (guint j = 0; j < issues->len; j++)
        {
          gint64 id = g_array_index (issues, gint64, j);

          g_assert_nonnull (gt_store_lookup_issue (store, id));
          g_string_append_printf (text, " %" G_GINT64_FORMAT, id);
        }
      g_string_append_c (text, '\n');
    }
  g_string_append_printf (text, "%u issues listed",
                          g_list_model_get_n_items (gt_store_get_issues (store)));
  return g_string_free (text, FALSE);
}

static GtIssue *
spot_issue (GPtrArray  *issues,
            gint64      project_id,
            const char *description)
{
  GtIssue *issue = gt_issue_new ();

  gt_issue_set_project_id (issue, project_id);
  gt_issue_set_description (issue, description);
  g_ptr_array_set_size (issues, 0);
  g_ptr_array_add (issues, issue);
  return issue;
}

/* Adding, editing and deleting a visit are one step of undo each, with the
 * issues assigned on the spot; redo does them again, the same rows with the
 * same ids; undo is refused once another desk changed the visit. */
static void
test_undo (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GtStore) store = open_register (&dir);
  g_autoptr(GtVisit) visit = NULL;
  g_autoptr(GtVisit) edited = NULL;
  g_autoptr(GPtrArray) issues = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *first_label = NULL;
  char *states[4] = { NULL, };
  gint64 wang, a, b;

  wang = add_leader (store, "王副县长");
  a = add_project (store, "城东污水处理厂", wang, GT_STAGE_UNDER_CONSTRUCTION);
  b = add_project (store, "县医院迁建", wang, GT_STAGE_PREPARING);
  first_label = g_strdup (gt_store_get_undo_label (store));
  states[0] = describe_visits (store, wang);

  visit = make_visit (wang, 12, G_DATE_MARCH, GT_VISIT_ON_SITE, a, b);
  gt_visit_set_decisions (visit, "征地问题一周内协调解决");
  spot_issue (issues, a, "施工便道未打通");
  g_assert_true (gt_store_add_visit (store, visit, issues, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (gt_store_get_undo_label (store), "Add the Site Visit of "));
  states[1] = describe_visits (store, wang);

  edited = gt_store_get_visit (store, gt_visit_get_id (visit), &error);
  g_assert_no_error (error);
  gt_visit_set_project_ids (edited, &b, 1);
  gt_visit_set_kind (edited, GT_VISIT_SURVEY);
  gt_visit_set_decisions (edited, "改为下周复查");
  spot_issue (issues, b, "设计变更待批复");
  g_assert_true (gt_store_update_visit (store, edited, issues, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (gt_store_get_undo_label (store), "Edit the Site Visit of "));
  states[2] = describe_visits (store, wang);

  g_assert_true (gt_store_delete_visit (store, gt_visit_get_id (visit), &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (gt_store_get_undo_label (store),
                                   "Delete the Site Visit of "));
  states[3] = describe_visits (store, wang);
  for (int i = 0; i < 3; i++)
    g_assert_cmpstr (states[i], !=, states[i + 1]);

  /* Each edit is one step, its issues with it. */
  for (int i = 3; i > 0; i--)
    {
      g_autofree char *now = NULL;

      g_assert_true (gt_store_undo (store, &error));
      g_assert_no_error (error);
      now = describe_visits (store, wang);
      g_assert_cmpstr (now, ==, states[i - 1]);
    }
  g_assert_cmpstr (gt_store_get_undo_label (store), ==, first_label);
  for (int i = 1; i <= 3; i++)
    {
      g_autofree char *now = NULL;

      g_assert_true (gt_store_redo (store, &error));
      g_assert_no_error (error);
      now = describe_visits (store, wang);
      g_assert_cmpstr (now, ==, states[i]);
    }
  g_assert_false (gt_store_can_redo (store));

  /* Back to the edited visit; another desk then changes it: undoing the edit
   * would write over theirs, and is refused, leaving theirs. */
  g_assert_true (gt_store_undo (store, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GtStore) other = gt_store_open (gt_store_get_path (store), &error);
    g_autoptr(GtVisit) theirs = NULL;
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    g_assert_no_error (error);
    theirs = gt_store_get_visit (other, gt_visit_get_id (visit), &error);
    g_assert_no_error (error);
    gt_visit_set_decisions (theirs, "另一处修改");
    g_assert_true (gt_store_update_visit (other, theirs, NULL, &error));
    g_assert_no_error (error);
    gt_store_refresh (store, NULL);
    before = describe_visits (store, wang);
    g_assert_nonnull (strstr (before, "另一处修改"));
    g_assert_false (gt_store_undo (store, &error));
    g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT);
    g_clear_error (&error);
    after = describe_visits (store, wang);
    g_assert_cmpstr (after, ==, before);
  }

  for (int i = 0; i < 4; i++)
    g_free (states[i]);
  g_clear_object (&store);
  gt_test_remove_tree (dir);
}

/* A refused issue takes the visit and the other issues back with it. */
static void
test_all_or_nothing (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GtStore) store = open_register (&dir);
  g_autoptr(GtVisit) visit = NULL;
  g_autoptr(GPtrArray) issues = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) march = NULL;
  g_autoptr(GError) error = NULL;
  GtIssue *good, *bad;
  guint n_issues;
  gint64 wang, a;

  wang = add_leader (store, "王副县长");
  a = add_project (store, "城东污水处理厂", wang, GT_STAGE_UNDER_CONSTRUCTION);
  n_issues = g_list_model_get_n_items (gt_store_get_issues (store));

  visit = make_visit (wang, 12, G_DATE_MARCH, GT_VISIT_ON_SITE, a, 0);
  good = gt_issue_new ();
  gt_issue_set_project_id (good, a);
  gt_issue_set_description (good, "施工便道未打通");
  g_ptr_array_add (issues, good);
  bad = gt_issue_new ();
  gt_issue_set_project_id (bad, a);   /* no description: refused */
  g_ptr_array_add (issues, bad);
  g_assert_false (gt_store_add_visit (store, visit, issues, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (gt_visit_get_id (visit), ==, 0);
  g_assert_cmpint (gt_issue_get_id (good), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_issues (store)), ==, n_issues);
  march = gt_store_list_visits_in_month (store, wang, 2099, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (march->len, ==, 0);

  /* A project that is not in the register: nothing written either. */
  g_ptr_array_set_size (issues, 0);
  gt_visit_add_project_id (visit, 999);
  g_assert_false (gt_store_add_visit (store, visit, NULL, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&march, g_ptr_array_unref);
  march = gt_store_list_visits_in_month (store, wang, 2099, 3, &error);
  g_assert_cmpuint (march->len, ==, 0);

  g_clear_object (&store);
  gt_test_remove_tree (dir);
}

/* Not visited for 4 weeks as of 2099-04-30: never, or on 2 April or before. */
static void
test_unvisited (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GtStore) store = open_register (&dir);
  g_autoptr(GArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) as_of = g_date_new_dmy (30, G_DATE_APRIL, 2099);
  gint64 wang, li, fresh, old, never, edge, done, other;
  const GtUnvisitedProject *row;

  wang = add_leader (store, "王副县长");
  li = add_leader (store, "李副书记");
  fresh = add_project (store, "近期去过", wang, GT_STAGE_UNDER_CONSTRUCTION);
  old = add_project (store, "很久没去", wang, GT_STAGE_UNDER_CONSTRUCTION);
  never = add_project (store, "从未去过", wang, GT_STAGE_PLANNED);
  edge = add_project (store, "刚满四周", wang, GT_STAGE_UNDER_CONSTRUCTION);
  done = add_project (store, "已竣工", wang, GT_STAGE_COMPLETED);
  other = add_project (store, "李的项目", li, GT_STAGE_UNDER_CONSTRUCTION);

  {
    g_autoptr(GtVisit) v1 = make_visit (wang, 20, G_DATE_APRIL, GT_VISIT_SURVEY, fresh, 0);
    g_autoptr(GtVisit) v2 = make_visit (wang, 1, G_DATE_MARCH, GT_VISIT_ON_SITE, old, fresh);
    g_autoptr(GtVisit) v3 = make_visit (wang, 2, G_DATE_APRIL, GT_VISIT_SURVEY, edge, 0);
    /* Li visiting Wang's project does not count for Wang; a visit after
     * the date asked does not count either. */
    g_autoptr(GtVisit) v4 = make_visit (li, 29, G_DATE_APRIL, GT_VISIT_SURVEY, never, other);
    g_autoptr(GtVisit) v5 = make_visit (wang, 3, G_DATE_MAY, GT_VISIT_SURVEY, old, 0);

    g_assert_true (gt_store_add_visit (store, v1, NULL, &error));
    g_assert_true (gt_store_add_visit (store, v2, NULL, &error));
    g_assert_true (gt_store_add_visit (store, v3, NULL, &error));
    g_assert_true (gt_store_add_visit (store, v4, NULL, &error));
    g_assert_true (gt_store_add_visit (store, v5, NULL, &error));
    g_assert_no_error (error);
  }

  list = gt_store_list_unvisited_projects (store, wang, as_of, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  row = &g_array_index (list, GtUnvisitedProject, 0);
  g_assert_cmpint (row->project_id, ==, never);
  g_assert_false (g_date_valid (&row->last_visit));
  row = &g_array_index (list, GtUnvisitedProject, 1);
  g_assert_cmpint (row->project_id, ==, old);
  g_assert_cmpuint (row->days, ==, 60);
  row = &g_array_index (list, GtUnvisitedProject, 2);
  g_assert_cmpint (row->project_id, ==, edge);
  g_assert_cmpuint (row->days, ==, 28);
  (void) done;

  /* Five weeks: the one four weeks ago is no longer neglected. */
  g_clear_pointer (&list, g_array_unref);
  list = gt_store_list_unvisited_projects (store, wang, as_of, 5, &error);
  g_assert_cmpuint (list->len, ==, 2);

  g_clear_pointer (&list, g_array_unref);
  list = gt_store_list_unvisited_projects (store, li, as_of, 4, &error);
  g_assert_cmpuint (list->len, ==, 0);

  g_clear_object (&store);
  gt_test_remove_tree (dir);
}

static void
count_cb (GtStore *store,
          guint   *count)
{
  (*count)++;
}

/* A visit another desk adds reaches this desk's views through ::changed,
 * though no list shows visits. */
static void
test_other_desk (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_register_location (dir, "shared.db");
  g_autoptr(GtStore) mine = NULL;
  g_autoptr(GtStore) theirs = NULL;
  g_autoptr(GtVisit) visit = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;
  gint64 wang, a;

  mine = gt_store_open (path, &error);
  g_assert_no_error (error);
  wang = add_leader (mine, "王副县长");
  a = add_project (mine, "城东污水处理厂", wang, GT_STAGE_UNDER_CONSTRUCTION);
  theirs = gt_store_open (path, &error);
  g_assert_no_error (error);
  g_signal_connect (mine, "changed", G_CALLBACK (count_cb), &changed);
  gt_store_refresh (mine, NULL);
  changed = 0;

  visit = make_visit (wang, 12, G_DATE_MARCH, GT_VISIT_ON_SITE, a, 0);
  g_assert_true (gt_store_add_visit (theirs, visit, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (gt_test_refresh_until_changed (mine));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_false (gt_store_refresh (mine, &error));

  g_clear_object (&theirs);
  g_clear_object (&mine);
  gt_test_remove_tree (dir);
}

/* Two desks on one visit: a save that changes nothing writes nothing (no undo
 * step); a changed save over another desk's newer change is refused, naming
 * that desk, and theirs stays; told, a second save over the visit as it is
 * now is written. */
static void
test_save_over (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_register_location (dir, "shared.db");
  g_autoptr(GtStore) mine = NULL;
  g_autoptr(GtStore) theirs = NULL;
  g_autoptr(GtVisit) visit = NULL;
  g_autoptr(GtVisit) read = NULL;
  g_autoptr(GtVisit) edited = NULL;
  g_autoptr(GtVisit) their_copy = NULL;
  g_autoptr(GtVisit) now = NULL;
  g_autoptr(GtVisit) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  gint64 wang, a;

  mine = gt_store_open (path, &error);
  g_assert_no_error (error);
  wang = add_leader (mine, "王副县长");
  a = add_project (mine, "城东污水处理厂", wang, GT_STAGE_UNDER_CONSTRUCTION);
  visit = make_visit (wang, 12, G_DATE_MARCH, GT_VISIT_ON_SITE, a, 0);
  g_assert_true (gt_store_add_visit (mine, visit, NULL, &error));
  g_assert_no_error (error);
  read = gt_visit_copy (visit);
  edited = gt_visit_copy (visit);
  label = g_strdup (gt_store_get_undo_label (mine));

  g_assert_true (gt_store_update_visit_over (mine, read, edited, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gt_store_get_undo_label (mine), ==, label);

  theirs = gt_store_open (path, &error);
  g_assert_no_error (error);
  gt_store_set_desk_name (theirs, "二号机");
  their_copy = gt_store_get_visit (theirs, gt_visit_get_id (visit), &error);
  g_assert_no_error (error);
  gt_visit_set_decisions (their_copy, "二号机记下的决定");
  g_assert_true (gt_store_update_visit (theirs, their_copy, NULL, &error));
  g_assert_no_error (error);

  gt_visit_set_kind (edited, GT_VISIT_SURVEY);
  g_assert_false (gt_store_update_visit_over (mine, read, edited, NULL, &error));
  gt_test_assert_conflict (&error, "二号机");
  stored = gt_store_get_visit (mine, gt_visit_get_id (visit), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gt_visit_get_decisions (stored), ==, "二号机记下的决定");
  g_assert_cmpint (gt_visit_get_kind (stored), ==, GT_VISIT_ON_SITE);

  now = gt_visit_copy (stored);
  g_clear_object (&stored);
  g_assert_true (gt_store_update_visit_over (mine, now, edited, NULL, &error));
  g_assert_no_error (error);
  stored = gt_store_get_visit (mine, gt_visit_get_id (visit), &error);
  g_assert_no_error (error);
  g_assert_cmpint (gt_visit_get_kind (stored), ==, GT_VISIT_SURVEY);

  g_clear_object (&theirs);
  g_clear_object (&mine);
  gt_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/visits/model", test_model);
  g_test_add_func ("/visits/add-update-delete", test_add_update_delete);
  g_test_add_func ("/visits/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/visits/unvisited", test_unvisited);
  g_test_add_func ("/visits/other-desk", test_other_desk);
  g_test_add_func ("/visits/save-over", test_save_over);
  g_test_add_func ("/visits/undo", test_undo);

  return g_test_run ();
}
