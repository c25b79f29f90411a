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
/* Only to plant a failing trigger: a test may know the store is SQLite. */
#include "gt-sqlite-db.h"
#include "gt-store-private.h"
#include "gt-test-util.h"

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
test_default_template (void)
{
  g_autoptr(GtScheduleTemplate) tmpl = gt_schedule_template_new_default ();
  g_autoptr(GtScheduleTemplate) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gt_schedule_template_to_string (tmpl);
  g_autofree char *text_again = NULL;
  static const struct {
    const char *name;
    guint days;
  } expected[] = {
    { "Preliminary approvals", 90 },
    { "Land acquisition and clearance", 60 },
    { "Construction preparation", 30 },
    { "Main works", 300 },
    { "Equipment installation", 90 },
    { "Completion acceptance", 30 },
    { "Commissioning", 30 },
  };

  g_assert_cmpuint (gt_schedule_template_get_n_nodes (tmpl), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (gt_schedule_template_get_name (tmpl, i), ==, expected[i].name);
      g_assert_cmpuint (gt_schedule_template_get_days (tmpl, i), ==, expected[i].days);
    }

  g_assert_cmpstr (text, ==, "Preliminary approvals=90;Land acquisition and clearance=60;"
                   "Construction preparation=30;Main works=300;Equipment installation=90;"
                   "Completion acceptance=30;Commissioning=30");
  again = gt_schedule_template_parse (text, &error);
  g_assert_no_error (error);
  text_again = gt_schedule_template_to_string (again);
  g_assert_cmpstr (text_again, ==, text);
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

/* A whole leap year is 366 days; the node before one that starts on 1 March of a
 * leap year ends on the 29th of February, and of another year on the 28th. */
static void
test_leap_day (void)
{
  g_autoptr(GtScheduleTemplate) year = gt_schedule_template_parse ("全年=366", NULL);
  g_autoptr(GtScheduleTemplate) two = gt_schedule_template_parse ("前=10;三月=31", NULL);
  g_autoptr(GDate) end_2024 = g_date_new_dmy (31, G_DATE_DECEMBER, 2024);
  g_autoptr(GDate) march_2028 = g_date_new_dmy (31, G_DATE_MARCH, 2028);
  g_autoptr(GDate) march_2027 = g_date_new_dmy (31, G_DATE_MARCH, 2027);
  g_autoptr(GPtrArray) whole = gt_schedule_plan_backward (year, end_2024, 1);
  g_autoptr(GPtrArray) leap = gt_schedule_plan_backward (two, march_2028, 1);
  g_autoptr(GPtrArray) common = gt_schedule_plan_backward (two, march_2027, 1);

  assert_node (g_ptr_array_index (whole, 0), 0, "2024-01-01", "2024-12-31");
  assert_node (g_ptr_array_index (leap, 0), 0, "2028-02-20", "2028-02-29");
  assert_node (g_ptr_array_index (leap, 1), 1, "2028-03-01", "2028-03-31");
  assert_node (g_ptr_array_index (common, 0), 0, "2027-02-19", "2027-02-28");
  assert_node (g_ptr_array_index (common, 1), 1, "2027-03-01", "2027-03-31");
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
  g_autoptr(GtScheduleTemplate) tmpl = gt_schedule_template_parse (" 前期手续 = 90 ;主体施工=300;",
                                                                   NULL);
  g_autofree char *text = gt_schedule_template_to_string (tmpl);
  static const char * const invalid[] = {
    "", ";", "前期手续", "前期手续=", "=30", "前期手续=0", "前期手续=-5", "前期手续=3天",
    "前期手续=99999", "前期手续=1.5", "前期手续=30=40", " = 30", "前期手续=30;=20",
    "前期手续=30;主体施工",
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

typedef struct {
  char     *dir;
  char     *path;
  GtStore  *store;
  GDate    *target;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);

  f->dir = g_dir_make_tmp ("guatu-schedule-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = gt_test_register_location (f->dir, "demo.db");
  f->store = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  gt_demo_populate (f->store, gt_demo_size_default (), today, &error);
  g_assert_no_error (error);
  f->target = g_date_new_dmy (30, G_DATE_JUNE, 2027);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  g_clear_object (&f->store);
  g_unlink (f->path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
  g_date_free (f->target);
}

/* "id:name:start:end;…" of what the store holds, to compare before and after. */
static char *
describe_nodes (GtStore *store,
                gint64   project_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) nodes = gt_store_list_milestones (store, project_id, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < nodes->len; i++)
    {
      GtMilestone *node = g_ptr_array_index (nodes, i);
      g_autofree char *start = gt_date_to_iso (gt_milestone_get_planned_start (node));
      g_autofree char *end = gt_date_to_iso (gt_milestone_get_planned_end (node));

      g_string_append_printf (text, "%" G_GINT64_FORMAT ":%s:%d:%s:%s;",
                              gt_milestone_get_id (node), gt_milestone_get_name (node),
                              gt_milestone_get_percent (node), start, end);
    }
  return g_string_free (text, FALSE);
}

static GtProject *
nth_project (GtStore *store,
             guint    n)
{
  return g_list_model_get_item (gt_store_get_projects (store), n);
}

static void
count_cb (GtStore *store,
          guint   *count)
{
  (*count)++;
}

static void
test_apply_replaces_nodes (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtScheduleTemplate) tmpl = gt_schedule_template_parse ("甲=10;乙=20;丙=30", NULL);
  g_autoptr(GtProject) project = nth_project (f->store, 0);
  g_autoptr(GtProject) neighbour = nth_project (f->store, 1);
  g_autoptr(GtProject) edited = nth_project (f->store, 2);
  g_autoptr(GtProject) copy = gt_project_copy (edited);
  g_autofree char *old_name = g_strdup (gt_project_get_name (edited));
  g_autofree char *neighbour_before = describe_nodes (f->store, gt_project_get_id (neighbour));
  g_autofree char *neighbour_after = NULL;
  g_autofree char *nodes_before = describe_nodes (f->store, gt_project_get_id (project));
  g_autoptr(GPtrArray) after = NULL;
  guint changed = 0;

  g_assert_true (gt_schedule_has_milestones (f->store, gt_project_get_id (project)));

  /* An undoable edit before the plan. */
  gt_project_set_name (copy, "改名后的项目");
  g_assert_true (gt_store_update_project (f->store, copy, &error));
  g_assert_no_error (error);
  g_assert_true (gt_store_can_undo (f->store));

  g_signal_connect (f->store, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_true (gt_schedule_apply (f->store, project, tmpl, f->target, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);

  after = gt_store_list_milestones (f->store, gt_project_get_id (project), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, 3);
  g_assert_cmpstr (gt_milestone_get_name (g_ptr_array_index (after, 0)), ==, "甲");
  g_assert_cmpstr (gt_milestone_get_name (g_ptr_array_index (after, 1)), ==, "乙");
  assert_node (g_ptr_array_index (after, 0), 0, "2027-05-02", "2027-05-11");
  assert_node (g_ptr_array_index (after, 1), 1, "2027-05-12", "2027-05-31");
  assert_node (g_ptr_array_index (after, 2), 2, "2027-06-01", "2027-06-30");
  for (guint i = 0; i < after->len; i++)
    {
      g_assert_cmpint (gt_milestone_get_percent (g_ptr_array_index (after, i)), ==, 0);
      g_assert_null (gt_milestone_get_actual_end (g_ptr_array_index (after, i)));
    }

  neighbour_after = describe_nodes (f->store, gt_project_get_id (neighbour));
  g_assert_cmpstr (neighbour_after, ==, neighbour_before);

  /* The plan is one step of undo, which gives the old nodes back; the edit
   * before it stays undoable after it. */
  g_assert_true (gt_store_can_undo (f->store));
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_no_error (error);
  {
    g_autofree char *nodes_now = describe_nodes (f->store, gt_project_get_id (project));

    g_assert_cmpstr (nodes_now, ==, nodes_before);
  }
  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gt_project_get_name (edited), ==, old_name);
}

/* A failure on the third insert leaves the project's old nodes as they were. */
static void
test_apply_rolls_back (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtScheduleTemplate) tmpl = gt_schedule_template_parse ("甲=10;乙=20;丙=30", NULL);
  g_autoptr(GtProject) project = nth_project (f->store, 0);
  gint64 id = gt_project_get_id (project);
  g_autofree char *before = describe_nodes (f->store, id);
  g_autofree char *after = NULL;
  g_autofree char *replaced = NULL;
  sqlite3 *db;

  /* A trigger planted in the file's own connection. */
  if (gt_test_on_server ())
    {
      g_test_skip ("The failure is planted through SQLite");
      return;
    }
  db = gt_sqlite_db_get_handle (_gt_store_get_db (f->store));

  g_assert_cmpstr (before, !=, "");
  g_assert_cmpint (sqlite3_exec (db, "CREATE TEMP TRIGGER fail_third BEFORE INSERT ON "
                                 "milestones WHEN NEW.position = 2 "
                                 "BEGIN SELECT RAISE (ABORT, 'planted failure'); END",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (gt_schedule_apply (f->store, project, tmpl, f->target, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "planted failure"));
  g_clear_error (&error);
  after = describe_nodes (f->store, id);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (sqlite3_get_autocommit (db));

  /* And the store goes on working. */
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER fail_third", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  g_assert_true (gt_schedule_apply (f->store, project, tmpl, f->target, &error));
  g_assert_no_error (error);
  replaced = describe_nodes (f->store, id);
  g_assert_nonnull (strstr (replaced, ":丙:0:2027-06-01:2027-06-30;"));
}

/* Inside a caller's batch the savepoint nests: the batch decides. */
static void
test_apply_in_batch (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtScheduleTemplate) tmpl = gt_schedule_template_parse ("竣工验收=30", NULL);
  g_autoptr(GtProject) project = nth_project (f->store, 3);
  gint64 id = gt_project_get_id (project);
  g_autofree char *before = describe_nodes (f->store, id);
  g_autofree char *rolled_back = NULL;
  g_autoptr(GPtrArray) committed = NULL;

  g_assert_true (gt_store_begin (f->store, &error));
  g_assert_true (gt_schedule_apply (f->store, project, tmpl, f->target, &error));
  g_assert_no_error (error);
  gt_store_rollback (f->store);
  rolled_back = describe_nodes (f->store, id);
  g_assert_cmpstr (rolled_back, ==, before);

  g_assert_true (gt_store_begin (f->store, &error));
  g_assert_true (gt_schedule_apply (f->store, project, tmpl, f->target, &error));
  g_assert_true (gt_store_commit (f->store, &error));
  g_assert_no_error (error);
  committed = gt_store_list_milestones (f->store, id, &error);
  g_assert_cmpuint (committed->len, ==, 1);
  assert_node (g_ptr_array_index (committed, 0), 0, "2027-06-01", "2027-06-30");
}

static void
test_apply_new_and_deleted_projects (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtScheduleTemplate) tmpl = gt_schedule_template_new_default ();
  g_autoptr(GtProject) fresh = gt_project_new ();
  g_autoptr(GtProject) doomed = nth_project (f->store, 4);
  g_autoptr(GPtrArray) plan = NULL;
  g_autofree char *doomed_before = describe_nodes (f->store, gt_project_get_id (doomed));
  g_autofree char *doomed_after = NULL;

  gt_project_set_name (fresh, "新签约项目");
  g_assert_true (gt_store_add_project (f->store, fresh, &error));
  g_assert_no_error (error);
  g_assert_false (gt_schedule_has_milestones (f->store, gt_project_get_id (fresh)));
  g_assert_true (gt_schedule_apply (f->store, fresh, tmpl, f->target, &error));
  g_assert_no_error (error);
  g_assert_true (gt_schedule_has_milestones (f->store, gt_project_get_id (fresh)));
  plan = gt_store_list_milestones (f->store, gt_project_get_id (fresh), &error);
  g_assert_cmpuint (plan->len, ==, 7);
  assert_node (g_ptr_array_index (plan, 0), 0, "2025-10-09", "2026-01-06");

  g_assert_true (gt_store_delete_project (f->store, doomed, &error));
  g_assert_no_error (error);
  g_assert_false (gt_schedule_apply (f->store, doomed, tmpl, f->target, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  doomed_after = describe_nodes (f->store, gt_project_get_id (doomed));
  g_assert_cmpstr (doomed_after, ==, doomed_before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schedule/default-template", test_default_template);
  g_test_add_func ("/schedule/default-template-golden", test_default_template_golden);
  g_test_add_func ("/schedule/leap-year", test_leap_year);
  g_test_add_func ("/schedule/leap-day", test_leap_day);
  g_test_add_func ("/schedule/one-node", test_one_node);
  g_test_add_func ("/schedule/template-text", test_template_text);
  g_test_add ("/schedule/apply/replaces-nodes", Fixture, NULL,
              fixture_set_up, test_apply_replaces_nodes, fixture_tear_down);
  g_test_add ("/schedule/apply/rolls-back", Fixture, NULL,
              fixture_set_up, test_apply_rolls_back, fixture_tear_down);
  g_test_add ("/schedule/apply/in-batch", Fixture, NULL,
              fixture_set_up, test_apply_in_batch, fixture_tear_down);
  g_test_add ("/schedule/apply/new-and-deleted-projects", Fixture, NULL,
              fixture_set_up, test_apply_new_and_deleted_projects, fixture_tear_down);

  return g_test_run ();
}
