/* test-milestone-undo.c: milestone edits through the store's undo stack.
 *
 * Each add, edit, delete and move of a node is one step of undo and redo, and
 * undoing gives back the project's schedule exactly (ids, names, positions,
 * dates, progress), step by step, and redoing every step again; a step whose
 * rows another program changed since is refused, not written over.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "gt-schedule.h"
#include "gt-store.h"
#include "gt-test-util.h"

typedef struct {
  char    *dir;
  char    *path;
  GtStore *store;
  gint64   project_id;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;

  f->dir = gt_test_make_dir ();
  f->path = g_build_filename (f->dir, "register.db", NULL);
  f->store = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  gt_project_set_name (project, "城南污水处理厂");
  g_assert_true (gt_store_add_project (f->store, project, &error));
  g_assert_no_error (error);
  f->project_id = gt_project_get_id (project);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static char *
date_text (const GDate *date)
{
  if (date == NULL)
    return g_strdup ("-");
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* The project's schedule as the file has it, every field, by position. */
static char *
schedule (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) nodes = gt_store_list_milestones (f->store, f->project_id, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < nodes->len; i++)
    {
      GtMilestone *node = g_ptr_array_index (nodes, i);
      g_autofree char *ps = date_text (gt_milestone_get_planned_start (node));
      g_autofree char *pe = date_text (gt_milestone_get_planned_end (node));
      g_autofree char *as = date_text (gt_milestone_get_actual_start (node));
      g_autofree char *ae = date_text (gt_milestone_get_actual_end (node));

      g_assert_cmpint (gt_milestone_get_project_id (node), ==, f->project_id);
      g_string_append_printf (text, "%" G_GINT64_FORMAT "|%s|%d|%s|%s|%s|%s|%d\n",
                              gt_milestone_get_id (node), gt_milestone_get_name (node),
                              gt_milestone_get_position (node), ps, pe, as, ae,
                              gt_milestone_get_percent (node));
    }
  return g_string_free (text, FALSE);
}

static GtMilestone *
node (Fixture    *f,
      const char *name,
      int         position,
      int         month)
{
  GtMilestone *milestone = gt_milestone_new ();
  g_autoptr(GDate) start = g_date_new_dmy (1, month, 2024);
  g_autoptr(GDate) end = g_date_new_dmy (28, month, 2024);

  gt_milestone_set_project_id (milestone, f->project_id);
  gt_milestone_set_name (milestone, name);
  gt_milestone_set_position (milestone, position);
  gt_milestone_set_planned_start (milestone, start);
  gt_milestone_set_planned_end (milestone, end);
  return milestone;
}

/* Six edits, each one step: undone one by one back to no nodes, then redone
 * one by one, the schedule exactly as it was after each. */
static void
test_steps (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GtMilestone) a = node (f, "土地摘牌", 0, 3);
  g_autoptr(GtMilestone) b = node (f, "施工许可", 1, 5);
  g_autoptr(GtMilestone) c = node (f, "主体开工", 2, 7);
  g_autoptr(GDate) actual = g_date_new_dmy (10, 5, 2024);
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  static const char *const labels[] = {
    "Add Node “土地摘牌”", "Add Node “施工许可”", "Add Node “主体开工”",
    "Edit Node “施工许可（含图审）”", "Move Node “主体开工”", "Delete Node “土地摘牌”",
  };

  g_ptr_array_add (states, schedule (f));
  g_assert_true (gt_store_add_milestone (f->store, a, &error));
  g_ptr_array_add (states, schedule (f));
  g_assert_true (gt_store_add_milestone (f->store, b, &error));
  g_ptr_array_add (states, schedule (f));
  g_assert_true (gt_store_add_milestone (f->store, c, &error));
  g_ptr_array_add (states, schedule (f));

  gt_milestone_set_name (b, "施工许可（含图审）");
  gt_milestone_set_actual_start (b, actual);
  gt_milestone_set_percent (b, 60);
  g_assert_true (gt_store_update_milestone (f->store, b, &error));
  g_ptr_array_add (states, schedule (f));

  g_assert_true (gt_store_move_milestone (f->store, c, -1, &error));
  g_assert_no_error (error);
  g_ptr_array_add (states, schedule (f));
  /* 主体开工 now before 施工许可. */
  g_assert_nonnull (strstr (states->pdata[5], "主体开工|1|"));
  g_assert_nonnull (strstr (states->pdata[5], "施工许可（含图审）|2|"));

  g_assert_true (gt_store_delete_milestone (f->store, a, &error));
  g_assert_no_error (error);
  g_ptr_array_add (states, schedule (f));
  g_assert_null (strstr (states->pdata[6], "土地摘牌"));

  /* Back, one step an edit, to before the first node. */
  for (int i = 6; i > 0; i--)
    {
      g_autofree char *now = NULL;

      g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, labels[i - 1]);
      g_assert_true (gt_store_undo (f->store, &error));
      g_assert_no_error (error);
      now = schedule (f);
      g_assert_cmpstr (now, ==, states->pdata[i - 1]);
    }
  /* What is left to undo is the project's own addition. */
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Add Project “城南污水处理厂”");

  /* And forward again. */
  for (int i = 1; i <= 6; i++)
    {
      g_autofree char *now = NULL;

      g_assert_true (gt_store_redo (f->store, &error));
      g_assert_no_error (error);
      now = schedule (f);
      g_assert_cmpstr (now, ==, states->pdata[i]);
    }
  g_assert_false (gt_store_can_redo (f->store));

  /* The file says the same to a store opened afresh. */
  {
    g_autofree char *before_close = schedule (f);
    g_autofree char *reopened = NULL;

    g_clear_object (&f->store);
    f->store = gt_store_open (f->path, &error);
    g_assert_no_error (error);
    reopened = schedule (f);
    g_assert_cmpstr (reopened, ==, before_close);
  }
}

/* Moving the first node up or the last down changes nothing and is no step;
 * an edit of a node that is gone fails and is no step either. */
static void
test_no_step (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GtMilestone) a = node (f, "甲", 0, 3);
  g_autoptr(GtMilestone) b = node (f, "乙", 1, 4);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (gt_store_add_milestone (f->store, a, &error));
  g_assert_true (gt_store_add_milestone (f->store, b, &error));
  before = schedule (f);

  g_assert_true (gt_store_move_milestone (f->store, a, -1, &error));
  g_assert_true (gt_store_move_milestone (f->store, b, 1, &error));
  g_assert_no_error (error);
  after = schedule (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Add Node “乙”");

  g_assert_true (gt_store_delete_milestone (f->store, a, &error));
  g_assert_false (gt_store_delete_milestone (f->store, a, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (gt_store_update_milestone (f->store, a, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Delete Node “甲”");

  /* A refused edit (no name) is no step. */
  gt_milestone_set_name (b, "");
  g_assert_false (gt_store_update_milestone (f->store, b, &error));
  g_clear_error (&error);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Delete Node “甲”");

  /* Undone, the deleted node is back with its own id. */
  g_assert_true (gt_store_undo (f->store, &error));
  g_clear_pointer (&after, g_free);
  after = schedule (f);
  g_assert_cmpstr (after, ==, before);
}

/* Planning backwards replaces every node: one step, which gives the nodes
 * before back with their ids, progress and order, and does it again. */
static void
test_plan_backwards (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GtMilestone) a = node (f, "土地摘牌", 0, 3);
  g_autoptr(GtScheduleTemplate) tmpl = gt_schedule_template_new_default ();
  g_autoptr(GDate) target = g_date_new_dmy (30, 6, 2025);
  GtProject *project = gt_store_lookup_project (f->store, f->project_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *now = NULL;

  gt_milestone_set_percent (a, 45);
  g_assert_true (gt_store_add_milestone (f->store, a, &error));
  before = schedule (f);

  g_assert_true (gt_schedule_apply (f->store, project, tmpl, target, &error));
  g_assert_no_error (error);
  planned = schedule (f);
  g_assert_cmpstr (planned, !=, before);
  g_assert_null (strstr (planned, "土地摘牌|0|"));
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==,
                   "Plan the Nodes of “城南污水处理厂” Backwards");

  g_assert_true (gt_store_undo (f->store, &error));
  now = schedule (f);
  g_assert_cmpstr (now, ==, before);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Add Node “土地摘牌”");
  g_clear_pointer (&now, g_free);

  g_assert_true (gt_store_redo (f->store, &error));
  now = schedule (f);
  g_assert_cmpstr (now, ==, planned);
}

/* Another program changed the schedule after this store's edit: undo refuses
 * and leaves the other's change in the file. */
static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GtMilestone) a = node (f, "土地摘牌", 0, 3);
  g_autoptr(GtStore) other = NULL;
  g_autoptr(GPtrArray) theirs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *now = NULL;

  g_assert_true (gt_store_add_milestone (f->store, a, &error));
  gt_milestone_set_percent (a, 20);
  g_assert_true (gt_store_update_milestone (f->store, a, &error));

  other = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  theirs = gt_store_list_milestones (other, f->project_id, &error);
  g_assert_cmpuint (theirs->len, ==, 1);
  gt_milestone_set_percent (theirs->pdata[0], 90);
  g_assert_true (gt_store_update_milestone (other, theirs->pdata[0], &error));
  g_assert_no_error (error);
  changed = schedule (f);
  g_assert_nonnull (strstr (changed, "|90\n"));

  g_assert_false (gt_store_undo (f->store, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT);
  now = schedule (f);
  g_assert_cmpstr (now, ==, changed);
}

int
main (int   argc,
      char *argv[])
{
  /* The undo labels as written. */
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/milestone-undo/steps", Fixture, NULL, setup, test_steps, teardown);
  g_test_add ("/milestone-undo/no-step", Fixture, NULL, setup, test_no_step, teardown);
  g_test_add ("/milestone-undo/plan-backwards", Fixture, NULL, setup, test_plan_backwards,
              teardown);
  g_test_add ("/milestone-undo/conflict", Fixture, NULL, setup, test_conflict, teardown);

  return g_test_run ();
}
