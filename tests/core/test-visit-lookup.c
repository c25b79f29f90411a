/* test-visit-lookup.c: the site visit an issue was assigned on
 * (gt_store_get_issue_visit_id(), gt-store-visit-lookup.h): the visit's id
 * for an issue assigned on the spot, 0 for one raised otherwise or whose
 * visit was deleted, and the visit itself with its projects. On a file, and
 * on the server as test-visit-lookup-on-server.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-demo.h"
#include "gt-store-visit-lookup.h"
#include "gt-store-visits.h"
#include "gt-test-util.h"

static void
test_lookup (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_register_location (dir, "lookup.db");
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_autoptr(GDate) on = g_date_new_dmy (10, G_DATE_NOVEMBER, 2026);
  g_autoptr(GPtrArray) issues = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GtProject) project = NULL;
  g_autoptr(GtVisit) visit = gt_visit_new ();
  g_autoptr(GtVisit) found = NULL;
  g_autoptr(GtIssue) other = gt_issue_new ();
  g_autoptr(GError) error = NULL;
  GtIssue *issue = gt_issue_new ();
  const gint64 *ids;
  guint n;

  store = gt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (gt_demo_populate (store, gt_demo_size_default (), today, &error));
  g_assert_no_error (error);
  project = g_list_model_get_item (gt_store_get_projects (store), 0);

  gt_visit_set_leader_id (visit, gt_project_get_leader_id (project));
  gt_visit_set_visited_on (visit, on);
  gt_visit_set_kind (visit, GT_VISIT_ON_SITE);
  gt_visit_add_project_id (visit, gt_project_get_id (project));
  gt_issue_set_project_id (issue, gt_project_get_id (project));
  gt_issue_set_description (issue, "现场交办：管线迁改");
  g_ptr_array_add (issues, issue);
  g_assert_true (gt_store_add_visit (store, visit, issues, &error));
  g_assert_no_error (error);

  gt_issue_set_project_id (other, gt_project_get_id (project));
  gt_issue_set_description (other, "会上提出");
  g_assert_true (gt_store_add_issue (store, other, &error));
  g_assert_no_error (error);

  g_assert_cmpint (gt_store_get_issue_visit_id (store, gt_issue_get_id (issue), &error), ==,
                   gt_visit_get_id (visit));
  g_assert_no_error (error);
  g_assert_cmpint (gt_store_get_issue_visit_id (store, gt_issue_get_id (other), &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpint (gt_store_get_issue_visit_id (store, 999999, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_null (gt_store_get_issue_visit (store, gt_issue_get_id (other), &error));
  g_assert_no_error (error);

  found = gt_store_get_issue_visit (store, gt_issue_get_id (issue), &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpint (gt_visit_get_id (found), ==, gt_visit_get_id (visit));
  g_assert_cmpint (gt_visit_get_leader_id (found), ==, gt_project_get_leader_id (project));
  g_assert_cmpint (g_date_compare (gt_visit_get_visited_on (found), on), ==, 0);
  ids = gt_visit_get_project_ids (found, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (ids[0], ==, gt_project_get_id (project));

  /* Deleted, the visit leaves its issue, from no live visit now. */
  g_assert_true (gt_store_delete_visit (store, gt_visit_get_id (visit), &error));
  g_assert_no_error (error);
  g_assert_cmpint (gt_store_get_issue_visit_id (store, gt_issue_get_id (issue), &error), ==, 0);
  g_assert_no_error (error);
  g_assert_nonnull (gt_store_lookup_issue (store, gt_issue_get_id (issue)));

  g_clear_object (&store);
  gt_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/visit-lookup/lookup", test_lookup);
  return g_test_run ();
}
