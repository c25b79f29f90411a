/* test-escalation-undo.c: an issue's supervision (督办) on the undo stack. A
 * step taken by hand is one step of undo, which puts back the level and the
 * steps as they were, and redo the same step with the same id; the level a
 * numbered document (交办单) raised goes back too, but the document stays
 * and its number is never given again; a run of the rules is one step for
 * every issue it raised; undo is refused once another desk changed the
 * issue's supervision. On a file, and on the server as
 * test-escalation-undo-on-server.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-store-escalation.h"
#include "gt-test-util.h"

typedef struct {
  char    *dir;
  GtStore *store;
  gint64   unit;
  gint64   project;
} Fixture;

static gint64
add_issue (Fixture    *f,
           const char *description,
           int         deadline_day)
{
  g_autoptr(GtIssue) issue = gt_issue_new ();
  g_autoptr(GError) error = NULL;
  GDate raised = gt_test_date (2023, 1, 10);
  GDate deadline = gt_test_date (2023, 3, deadline_day);

  gt_issue_set_project_id (issue, f->project);
  gt_issue_set_description (issue, description);
  gt_issue_set_raised_on (issue, &raised);
  gt_issue_set_status (issue, GT_ISSUE_STATUS_ASSIGNED);
  gt_issue_set_unit_id (issue, f->unit);
  gt_issue_set_deadline (issue, &deadline);
  g_assert_true (gt_store_add_issue (f->store, issue, &error));
  g_assert_no_error (error);
  return gt_issue_get_id (issue);
}

/* The issue's level and every step, with their ids. */
static char *
describe (GtStore *store,
          gint64   issue_id)
{
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  GtEscalationLevel level = GT_N_ESCALATION_LEVELS;
  GString *text = g_string_new (NULL);

  g_assert_true (gt_store_get_escalation_level (store, issue_id, &level, &error));
  g_assert_no_error (error);
  steps = gt_store_list_escalations (store, issue_id, &error);
  g_assert_no_error (error);
  g_string_append_printf (text, "level %d", level);
  for (guint i = 0; i < steps->len; i++)
    {
      GtEscalationEntry *entry = steps->pdata[i];

      g_string_append_printf (text, "; step %" G_GINT64_FORMAT " level %d on %d-%d %s %s",
                              entry->id, entry->level, g_date_get_month (&entry->on),
                              g_date_get_day (&entry->on), entry->note, entry->source);
    }
  return g_string_free (text, FALSE);
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GtUnit) unit = gt_unit_new ();
  g_autoptr(GError) error = NULL;

  f->dir = gt_test_make_dir ();
  path = gt_test_register_location (f->dir, "escalation.db");
  f->store = gt_store_open (path, &error);
  g_assert_no_error (error);
  gt_unit_set_name (unit, "县自然资源和规划局");
  gt_unit_set_kind (unit, GT_UNIT_KIND_DEPARTMENT);
  g_assert_true (gt_store_add_unit (f->store, unit, &error));
  g_assert_no_error (error);
  f->unit = gt_unit_get_id (unit);
  gt_project_set_name (project, "城南污水处理厂二期工程");
  g_assert_true (gt_store_add_project (f->store, project, &error));
  g_assert_no_error (error);
  f->project = gt_project_get_id (project);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Two steps by hand, a raise and a correction down: undone one at a time,
 * done again with the same rows. */
static void
test_step (Fixture       *f,
           gconstpointer  data)
{
  gint64 issue = add_issue (f, "征迁未完成", 31);
  GDate on = gt_test_date (2023, 4, 3);
  g_autoptr(GError) error = NULL;
  g_autofree char *raise = NULL;
  char *states[3] = { NULL, };

  states[0] = describe (f->store, issue);
  g_assert_true (gt_store_escalate_issue (f->store, issue, GT_ESCALATION_SUPERVISED, &on,
                                          "县长批示督办", "office", &error));
  g_assert_no_error (error);
  raise = g_strdup_printf ("Raise Issue “征迁未完成” to %s",
                           gt_escalation_level_get_label (GT_ESCALATION_SUPERVISED));
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, raise);
  states[1] = describe (f->store, issue);

  g_assert_true (gt_store_escalate_issue (f->store, issue, GT_ESCALATION_ASSIGNED, &on,
                                          "误升，退回交办", "office", &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (gt_store_get_undo_label (f->store),
                                   "Lower Issue “征迁未完成” to "));
  states[2] = describe (f->store, issue);
  g_assert_cmpstr (states[0], !=, states[1]);
  g_assert_cmpstr (states[1], !=, states[2]);

  for (int i = 2; i > 0; i--)
    {
      g_autofree char *now = NULL;

      g_assert_true (gt_store_undo (f->store, &error));
      g_assert_no_error (error);
      now = describe (f->store, issue);
      g_assert_cmpstr (now, ==, states[i - 1]);
    }
  /* Before the first step: the issue's add. */
  g_assert_true (g_str_has_prefix (gt_store_get_undo_label (f->store), "Add Issue "));
  for (int i = 1; i <= 2; i++)
    {
      g_autofree char *now = NULL;

      g_assert_true (gt_store_redo (f->store, &error));
      g_assert_no_error (error);
      now = describe (f->store, issue);
      g_assert_cmpstr (now, ==, states[i]);
    }
  for (int i = 0; i < 3; i++)
    g_free (states[i]);
}

/* Undoing the level a 交办单 raised keeps the sheet and its number: the next
 * sheet of the year is number 2, never 1 again. */
static void
test_document (Fixture       *f,
               gconstpointer  data)
{
  gint64 issue = add_issue (f, "征迁未完成", 31);
  gint64 other = add_issue (f, "管线迁改滞后", 31);
  GDate on = gt_test_date (2023, 4, 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) documents = NULL;
  g_autofree char *before = describe (f->store, issue);
  g_autofree char *now = NULL;
  GtIssueDocument made = { 0, };

  g_assert_true (gt_store_add_issue_document (f->store, issue, GT_ISSUE_DOC_ASSIGN, &on, &made,
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpuint (made.number, ==, 1);
  g_assert_true (g_str_has_prefix (gt_store_get_undo_label (f->store),
                                   "Raise Issue “征迁未完成” to "));

  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_no_error (error);
  now = describe (f->store, issue);
  g_assert_cmpstr (now, ==, before);
  documents = gt_store_list_issue_documents (f->store, issue, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
  g_assert_cmpuint (g_array_index (documents, GtIssueDocument, 0).number, ==, 1);

  g_assert_true (gt_store_add_issue_document (f->store, other, GT_ISSUE_DOC_ASSIGN, &on, &made,
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpuint (made.number, ==, 2);

  /* Redo of the first after another edit: the redo list is gone. */
  g_assert_false (gt_store_can_redo (f->store));
}

/* A run of the rules raising two issues is one step for both. */
static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  gint64 first = add_issue (f, "征迁未完成", 1);
  gint64 second = add_issue (f, "管线迁改滞后", 10);
  GtEscalationRules rules = { 1, 30 };
  GDate as_of = gt_test_date (2023, 5, 1);
  g_autoptr(GPtrArray) rises = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_before = describe (f->store, first);
  g_autofree char *second_before = describe (f->store, second);
  g_autofree char *first_after = NULL;
  g_autofree char *second_after = NULL;
  g_autofree char *now = NULL;

  rises = gt_store_run_escalation (f->store, &rules, &as_of, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rises->len, ==, 2);
  g_assert_cmpstr (gt_store_get_undo_label (f->store), ==, "Apply the Supervision Rules");
  first_after = describe (f->store, first);
  second_after = describe (f->store, second);
  g_assert_cmpstr (first_after, !=, first_before);

  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_no_error (error);
  now = describe (f->store, first);
  g_assert_cmpstr (now, ==, first_before);
  g_free (now);
  now = describe (f->store, second);
  g_assert_cmpstr (now, ==, second_before);
  g_free (now);

  g_assert_true (gt_store_redo (f->store, &error));
  g_assert_no_error (error);
  now = describe (f->store, first);
  g_assert_cmpstr (now, ==, first_after);
  g_free (now);
  now = describe (f->store, second);
  g_assert_cmpstr (now, ==, second_after);
}

/* Another desk raises the issue further meanwhile: undoing this desk's step
 * would take theirs away, and is refused, leaving theirs. */
static void
test_other_desk (Fixture       *f,
                 gconstpointer  data)
{
  gint64 issue = add_issue (f, "征迁未完成", 31);
  GDate on = gt_test_date (2023, 4, 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) other = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (gt_store_escalate_issue (f->store, issue, GT_ESCALATION_SUPERVISED, &on,
                                          NULL, "office", &error));
  g_assert_no_error (error);
  other = gt_store_open (gt_store_get_path (f->store), &error);
  g_assert_no_error (error);
  g_assert_true (gt_store_escalate_issue (other, issue, GT_ESCALATION_LISTED, &on,
                                          "挂牌督办", "office", &error));
  g_assert_no_error (error);
  gt_store_refresh (f->store, NULL);
  before = describe (f->store, issue);
  g_assert_true (g_str_has_prefix (gt_store_get_undo_label (f->store), "Raise Issue "));

  g_assert_false (gt_store_undo (f->store, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  after = describe (f->store, issue);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (g_str_has_prefix (after, "level 3"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, set_up, func, tear_down)
  ADD ("/escalation-undo/step", test_step);
  ADD ("/escalation-undo/document", test_document);
  ADD ("/escalation-undo/rules", test_rules);
  ADD ("/escalation-undo/other-desk", test_other_desk);
#undef ADD

  return g_test_run ();
}
