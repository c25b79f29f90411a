/* test-schedule.c: backward scheduling against dates worked out by hand.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "gt-demo.h"
#include "gt-format.h"
#include "gt-schedule.h"

static void
assert_node (GtMilestone *node,
             int          position,
             const char  *start,
             const char  *end)
{
  g_autofree char *start_iso = gt_date_to_iso (gt_milestone_get_planned_start (node));
  g_autofree char *end_iso = gt_date_to_iso (gt_milestone_get_planned_end (node));

  g_assert_cmpint (gt_milestone_get_position (node), ==, position);
  g_assert_cmpstr (start_iso, ==, start);
  g_assert_cmpstr (end_iso, ==, end);
}

/* 90, 60, 30, 300, 90, 30, 30 days back from 2027-06-30: the commissioning month
 * is June, acceptance May 2–31, and so on back to 2025-10-09. */
static void
test_default_template_golden (void)
{
  g_autoptr(GtScheduleTemplate) tmpl = gt_schedule_template_new_default ();
  g_autoptr(GDate) target = g_date_new_dmy (30, G_DATE_JUNE, 2027);
  g_autoptr(GPtrArray) plan = gt_schedule_plan_backward (tmpl, target, 42);
  static const char * const expected[][2] = {
    { "2025-10-09", "2026-01-06" },
    { "2026-01-07", "2026-03-07" },
    { "2026-03-08", "2026-04-06" },
    { "2026-04-07", "2027-01-31" },
    { "2027-02-01", "2027-05-01" },
    { "2027-05-02", "2027-05-31" },
    { "2027-06-01", "2027-06-30" },
  };

  g_assert_cmpuint (gt_schedule_template_get_n_nodes (tmpl), ==, 7);
  g_assert_cmpuint (plan->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < plan->len; i++)
    {
      GtMilestone *node = g_ptr_array_index (plan, i);

      assert_node (node, (int) i, expected[i][0], expected[i][1]);
      g_assert_cmpint (gt_milestone_get_project_id (node), ==, 42);
      g_assert_cmpstr (gt_milestone_get_name (node), ==,
                       gt_schedule_template_get_name (tmpl, i));
    }
}

static void
test_leap_year (void)
{
  g_autoptr(GtScheduleTemplate) tmpl = gt_schedule_template_parse ("甲=10;乙=20", NULL);
  g_autoptr(GDate) target = g_date_new_dmy (10, G_DATE_MARCH, 2024);
  g_autoptr(GPtrArray) plan = gt_schedule_plan_backward (tmpl, target, 1);

  /* 20 days back from 10 March 2024 cross 29 February. */
  assert_node (g_ptr_array_index (plan, 0), 0, "2024-02-10", "2024-02-19");
  assert_node (g_ptr_array_index (plan, 1), 1, "2024-02-20", "2024-03-10");
}

static void
test_one_node (void)
{
  g_autoptr(GtScheduleTemplate) tmpl = gt_schedule_template_parse ("竣工验收=1", NULL);
  g_autoptr(GDate) target = g_date_new_dmy (1, G_DATE_JANUARY, 2027);
  g_autoptr(GPtrArray) plan = gt_schedule_plan_backward (tmpl, target, 1);

  g_assert_cmpuint (plan->len, ==, 1);
  assert_node (g_ptr_array_index (plan, 0), 0, "2027-01-01", "2027-01-01");
}

static void
test_template_text (void)
{
  g_autoptr(GtScheduleTemplate) tmpl = gt_schedule_template_parse (" 前期手续 = 90 ;主体施工=300;", NULL);
  g_autofree char *text = gt_schedule_template_to_string (tmpl);
  static const char * const invalid[] = {
    "", ";", "前期手续", "前期手续=", "=30", "前期手续=0", "前期手续=-5", "前期手续=3天",
    "前期手续=99999",
  };

  g_assert_cmpstr (text, ==, "前期手续=90;主体施工=300");
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GtScheduleTemplate) bad = gt_schedule_template_parse (invalid[i], &error);

      g_test_message ("invalid: “%s”", invalid[i]);
      g_assert_null (bad);
      g_assert_error (error, GT_SCHEDULE_ERROR, GT_SCHEDULE_ERROR_INVALID);
    }
}

static void
test_apply_replaces_nodes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-schedule-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_autoptr(GDate) target = g_date_new_dmy (30, G_DATE_JUNE, 2027);
  g_autoptr(GtStore) store = gt_store_open (path, &error);
  g_autoptr(GtScheduleTemplate) tmpl = gt_schedule_template_parse ("甲=10;乙=20;丙=30", NULL);
  g_autoptr(GtProject) project = NULL;
  g_autoptr(GPtrArray) after = NULL;

  g_assert_no_error (error);
  gt_demo_populate (store, gt_demo_size_default (), today, &error);
  g_assert_no_error (error);
  project = g_list_model_get_item (gt_store_get_projects (store), 0);
  g_assert_true (gt_schedule_has_milestones (store, gt_project_get_id (project)));

  g_assert_true (gt_schedule_apply (store, project, tmpl, target, &error));
  g_assert_no_error (error);
  after = gt_store_list_milestones (store, gt_project_get_id (project), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, 3);
  g_assert_cmpstr (gt_milestone_get_name (g_ptr_array_index (after, 0)), ==, "甲");
  assert_node (g_ptr_array_index (after, 2), 2, "2027-06-01", "2027-06-30");

  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schedule/default-template-golden", test_default_template_golden);
  g_test_add_func ("/schedule/leap-year", test_leap_year);
  g_test_add_func ("/schedule/one-node", test_one_node);
  g_test_add_func ("/schedule/template-text", test_template_text);
  g_test_add_func ("/schedule/apply-replaces-nodes", test_apply_replaces_nodes);

  return g_test_run ();
}
