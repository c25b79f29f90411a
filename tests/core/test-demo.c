/* test-demo.c: the demo register has something for every view of issue 17 to
 * show: approvals (审批手续) in every state, some due within the week and some
 * late, planned backwards from the start as the app plans them; issues at every
 * 督办 level with their steps and numbered documents, as the office's rules
 * would have made them; visits with issues assigned on the spot.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-demo.h"
#include "gt-escalation.h"
#include "gt-formality-template.h"
#include "gt-store-escalation.h"
#include "gt-store-formalities.h"
#include "gt-store-visits.h"
#include "gt-test-util.h"
#include "gt-unit.h"

typedef struct {
  char    *dir;
  GtStore *store;
  GDate    today;
} Fixture;

static void
open_demo (Fixture *f,
           int      year,
           int      month,
           int      day)
{
  g_autofree char *name = g_strdup_printf ("demo-%04d%02d%02d.db", year, month, day);
  g_autofree char *path = gt_test_register_location (f->dir, name);
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->store);
  g_date_clear (&f->today, 1);
  g_date_set_dmy (&f->today, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  f->store = gt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (gt_demo_populate (f->store, gt_demo_size_default (), &f->today, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = gt_test_make_dir ();
  open_demo (f, 2026, 11, 15);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GtUnit *
find_unit (GtStore *store,
           gint64   id)
{
  GListModel *units = gt_store_get_units (store);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(GtUnit) unit = g_list_model_get_item (units, i);

      if (gt_unit_get_id (unit) == id)
        return g_steal_pointer (&unit);
    }
  return NULL;
}

/* The planned days are the template's backward plan from the planned start:
 * the last the day before it, each one before by the day the next must be
 * applied for (not-needed ones included: the plan is the template's). */
static void
assert_planned_backwards (GtProject *project,
                          GPtrArray *list)
{
  GDate due = *gt_project_get_planned_start (project);

  g_date_subtract_days (&due, 1);
  for (guint i = list->len; i > 0; i--)
    {
      GtFormality *formality = g_ptr_array_index (list, i - 1);

      g_assert_cmpint (gt_formality_get_position (formality), ==, (int) i - 1);
      g_assert_nonnull (gt_formality_get_planned_on (formality));
      g_assert_cmpint (g_date_compare (gt_formality_get_planned_on (formality), &due), ==, 0);
      g_date_subtract_days (&due, (guint) gt_formality_get_limit_days (formality));
    }
}

typedef struct {
  guint states[GT_N_FORMALITY_STATES];
  guint overdue;
  guint due_soon;
  guint projects;
} FormalityCounts;

static void
count_formalities (Fixture         *f,
                   FormalityCounts *counts)
{
  GListModel *projects = gt_store_get_projects (f->store);

  memset (counts, 0, sizeof *counts);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) list = gt_store_list_formalities (f->store,
                                                             gt_project_get_id (project),
                                                             &error);
      const GDate *started = gt_project_get_actual_start (project);
      const GDate *last_given = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (list->len, >=, 5);
      counts->projects++;
      assert_planned_backwards (project, list);

      for (guint j = 0; j < list->len; j++)
        {
          GtFormality *formality = g_ptr_array_index (list, j);
          GtFormalityState state = gt_formality_get_state (formality);
          const GDate *actual = gt_formality_get_actual_on (formality);
          g_autoptr(GtUnit) approver = find_unit (f->store,
                                                  gt_formality_get_approver_unit_id (formality));

          /* The template's departments are the county's. */
          g_assert_nonnull (approver);
          g_assert_cmpint (gt_unit_get_kind (approver), ==, GT_UNIT_KIND_DEPARTMENT);

          counts->states[state]++;
          counts->overdue += gt_formality_is_overdue (formality, &f->today, NULL);
          counts->due_soon += gt_formality_is_due_soon (formality, &f->today);

          /* Given one after the other, by today, and before the works began. */
          g_assert_cmpint (state == GT_FORMALITY_DONE, ==, actual != NULL);
          if (actual != NULL)
            {
              g_assert_cmpint (g_date_compare (actual, &f->today), <=, 0);
              if (last_given != NULL)
                g_assert_cmpint (g_date_compare (actual, last_given), >, 0);
              if (started != NULL)
                g_assert_cmpint (g_date_compare (actual, started), <, 0);
              last_given = actual;
            }
          /* A project at work has all its approvals. */
          if (started != NULL && g_date_compare (started, &f->today) <= 0)
            g_assert_false (gt_formality_is_open (formality));
        }
    }
}

static void
assert_every_state (Fixture *f)
{
  FormalityCounts counts;

  count_formalities (f, &counts);
  g_assert_cmpuint (counts.projects, ==, gt_demo_size_default ()->projects);
  for (guint s = 0; s < GT_N_FORMALITY_STATES; s++)
    g_assert_cmpuint (counts.states[s], >, 0);
  g_assert_cmpuint (counts.overdue, >, 0);
  g_assert_cmpuint (counts.due_soon, >, 0);
}

static void
test_formalities (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GHashTable) approvers = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, NULL);

  assert_every_state (f);

  /* Several departments approve: the window's filter has choices. */
  all = gt_store_list_all_formalities (f->store, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    {
      GtFormality *formality = g_ptr_array_index (all, i);
      gint64 *id = g_new (gint64, 1);

      *id = gt_formality_get_approver_unit_id (formality);
      g_hash_table_add (approvers, id);
    }
  g_assert_cmpuint (g_hash_table_size (approvers), >=, 5);
}

/* Whatever day the demo is made: the views have something to show. */
static void
test_formalities_any_day (Fixture       *f,
                          gconstpointer  data)
{
  for (int month = 1; month <= 12; month++)
    {
      open_demo (f, 2027, month, 3 + 2 * month);
      assert_every_state (f);
    }
}

static void
test_escalation (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *issues = gt_store_get_issues (f->store);
  guint open_levels[GT_N_ESCALATION_LEVELS] = { 0 };
  guint numbers[GT_N_ISSUE_DOC_KINDS] = { 0 };
  g_autoptr(GArray) documents = g_array_new (FALSE, FALSE, sizeof (GtIssueDocument));
  g_autoptr(GPtrArray) rises = NULL;
  g_autoptr(GError) error = NULL;
  GtEscalationRules rules;
  guint by_office = 0;
  int this_year = g_date_get_year (&f->today);

  gt_escalation_rules_init_default (&rules);
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);
      gint64 id = gt_issue_get_id (issue);
      g_autoptr(GPtrArray) steps = gt_store_list_escalations (f->store, id, &error);
      g_autoptr(GArray) docs = gt_store_list_issue_documents (f->store, id, &error);
      GtEscalationLevel level;
      gboolean has_letter = FALSE;

      g_assert_no_error (error);
      g_assert_true (gt_store_get_escalation_level (f->store, id, &level, &error));
      g_assert_no_error (error);
      if (gt_issue_status_is_open (gt_issue_get_status (issue)))
        open_levels[level]++;

      /* Handed over with a 交办单, pressed with a 督办函 once supervised. */
      g_assert_cmpint (level >= GT_ESCALATION_ASSIGNED, ==,
                       gt_issue_get_deadline (issue) != NULL);
      for (guint j = 0; j < docs->len; j++)
        {
          GtIssueDocument *doc = &g_array_index (docs, GtIssueDocument, j);

          has_letter |= doc->kind == GT_ISSUE_DOC_SUPERVISE;
          g_array_append_val (documents, *doc);
        }
      if (level >= GT_ESCALATION_ASSIGNED)
        g_assert_cmpuint (docs->len, >=, 1);
      g_assert_cmpint (has_letter, ==, level >= GT_ESCALATION_SUPERVISED);

      /* One step a level, up, in the order of their days; the last is the
       * level the issue is at. */
      for (guint j = 0; j < steps->len; j++)
        {
          GtEscalationEntry *entry = g_ptr_array_index (steps, j);

          g_assert_cmpint (entry->level, ==, (int) j + 1);
          if (j > 0)
            g_assert_cmpint (g_date_compare (&entry->on,
                                             &((GtEscalationEntry *)
                                               g_ptr_array_index (steps, j - 1))->on), >=, 0);
          g_assert_cmpint (g_date_compare (&entry->on, &f->today), <=, 0);
          if (entry->level == GT_ESCALATION_SUPERVISED)
            g_assert_cmpint (g_date_days_between (gt_issue_get_deadline (issue), &entry->on),
                             ==, (int) rules.supervise_days);
          by_office += g_str_equal (entry->source, "office");
        }
      g_assert_cmpuint (steps->len, ==, level);
    }

  /* Every level among the open issues: the ledger and the unit list show each. */
  for (guint l = 0; l < GT_N_ESCALATION_LEVELS; l++)
    g_assert_cmpuint (open_levels[l], >, 0);
  g_assert_cmpuint (by_office, <=, 1);

  /* Numbered 1, 2, 3 … per kind and year, the numbers rising with the days. */
  for (guint k = 0; k < GT_N_ISSUE_DOC_KINDS; k++)
    for (int year = this_year - 2; year <= this_year; year++)
      {
        GDate last;

        g_date_clear (&last, 1);
        for (guint n = 1; ; n++)
          {
            gboolean found = FALSE;

            for (guint i = 0; i < documents->len; i++)
              {
                GtIssueDocument *doc = &g_array_index (documents, GtIssueDocument, i);

                if (doc->kind != k || doc->year != year || doc->number != n)
                  continue;
                g_assert_false (found);
                found = TRUE;
                g_assert_cmpint (g_date_get_year (&doc->issued_on), ==, year);
                if (g_date_valid (&last))
                  g_assert_cmpint (g_date_compare (&doc->issued_on, &last), >=, 0);
                last = doc->issued_on;
              }
            if (!found)
              break;
            numbers[k]++;
          }
      }
  g_assert_cmpuint (numbers[GT_ISSUE_DOC_ASSIGN], >, 0);
  g_assert_cmpuint (numbers[GT_ISSUE_DOC_SUPERVISE], >, 0);
  g_assert_cmpuint (numbers[GT_ISSUE_DOC_ASSIGN] + numbers[GT_ISSUE_DOC_SUPERVISE], ==,
                    documents->len);

  /* The demo is where the rules would have put it: running them today raises
   * nothing. */
  rises = gt_store_run_escalation (f->store, &rules, &f->today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rises->len, ==, 0);
}

static void
test_visit_issues (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDate) from = g_date_new_dmy (1, 1, 2026);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) visits = gt_store_list_visits (f->store, 0, from, &f->today, &error);
  GListModel *issues = gt_store_get_issues (f->store);
  guint assigned = 0, open = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < visits->len; i++)
    {
      GtVisit *visit = g_ptr_array_index (visits, i);
      g_autoptr(GArray) ids = gt_store_list_visit_issues (f->store, gt_visit_get_id (visit),
                                                          &error);

      g_assert_no_error (error);
      for (guint j = 0; j < ids->len; j++)
        for (guint k = 0; k < g_list_model_get_n_items (issues); k++)
          {
            g_autoptr(GtIssue) issue = g_list_model_get_item (issues, k);

            if (gt_issue_get_id (issue) != g_array_index (ids, gint64, j))
              continue;
            /* On the spot: to one of the visit's projects, that day. */
            g_assert_true (gt_visit_has_project (visit, gt_issue_get_project_id (issue)));
            g_assert_cmpint (g_date_compare (gt_issue_get_raised_on (issue),
                                             gt_visit_get_visited_on (visit)), ==, 0);
            g_assert_cmpint (gt_issue_get_leader_id (issue), ==, gt_visit_get_leader_id (visit));
            /* Handed to a unit, but for one just raised. */
            g_assert_cmpint (gt_issue_get_unit_id (issue) != 0, ==,
                             gt_issue_get_status (issue) != GT_ISSUE_STATUS_RAISED);
            g_assert_false (gt_issue_is_overdue (issue, &f->today));
            /* Dealt with by today, not after. */
            if (gt_issue_get_resolved_on (issue) != NULL)
              g_assert_cmpint (g_date_compare (gt_issue_get_resolved_on (issue), &f->today), <=, 0);
            if (gt_issue_get_closed_on (issue) != NULL)
              g_assert_cmpint (g_date_compare (gt_issue_get_closed_on (issue), &f->today), <=, 0);
            open += gt_issue_status_is_open (gt_issue_get_status (issue));
            assigned++;
          }
    }
  /* A few of the size's issues, some still open. */
  g_assert_cmpuint (assigned, ==, 4);
  g_assert_cmpuint (open, >, 0);

  /* In the place of the last ones drawn, in their statuses: the register has
   * the issues the size says, by status as many as before there were any
   * visits (the default's 16-issue pattern three times). */
  {
    guint by_status[GT_N_ISSUE_STATUSES] = { 0 };

    for (guint k = 0; k < g_list_model_get_n_items (issues); k++)
      {
        g_autoptr(GtIssue) issue = g_list_model_get_item (issues, k);

        by_status[gt_issue_get_status (issue)]++;
      }
    g_assert_cmpuint (g_list_model_get_n_items (issues), ==, gt_demo_size_default ()->issues);
    g_assert_cmpuint (by_status[GT_ISSUE_STATUS_RAISED], ==, 6);
    g_assert_cmpuint (by_status[GT_ISSUE_STATUS_ASSIGNED], ==, 12);
    g_assert_cmpuint (by_status[GT_ISSUE_STATUS_RESOLVED], ==, 9);
    g_assert_cmpuint (by_status[GT_ISSUE_STATUS_CLOSED], ==, 21);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/demo/formalities", Fixture, NULL, fixture_set_up, test_formalities,
              fixture_tear_down);
  g_test_add ("/demo/formalities-any-day", Fixture, NULL, fixture_set_up,
              test_formalities_any_day, fixture_tear_down);
  g_test_add ("/demo/escalation", Fixture, NULL, fixture_set_up, test_escalation,
              fixture_tear_down);
  g_test_add ("/demo/visit-issues", Fixture, NULL, fixture_set_up, test_visit_issues,
              fixture_tear_down);

  return g_test_run ();
}
