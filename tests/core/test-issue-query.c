/* test-issue-query.c: the filter, counts and order behind the Issues view.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "gt-issue-query.h"
#include "gt-store.h"
#include "gt-store-escalation.h"

typedef struct {
  char *dir;
  GtStore *store;
  GtUnit *fagai;          /* 县发改委 */
  GtUnit *zhujian;        /* 县住建局 */
  GtProject *sewage;      /* 城东污水处理厂扩建工程 */
  GtProject *logistics;   /* 智慧物流园 */
  GtIssue *land;          /* raised */
  GtIssue *funding;       /* assigned, overdue */
  GtIssue *permit;        /* assigned, not yet due */
  GtIssue *resolved;
  GtIssue *closed;
  GtIssueQuery *query;
} Fixture;

static GDate *
date (int year,
      int month,
      int day)
{
  return g_date_new_dmy (day, month, year);
}

static GtUnit *
add_unit (Fixture    *fixture,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  GtUnit *unit = gt_unit_new ();

  gt_unit_set_name (unit, name);
  gt_unit_set_kind (unit, GT_UNIT_KIND_DEPARTMENT);
  g_assert_true (gt_store_add_unit (fixture->store, unit, &error));
  g_assert_no_error (error);
  return unit;
}

static GtProject *
add_project (Fixture    *fixture,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  GtProject *project = gt_project_new ();

  gt_project_set_name (project, name);
  g_assert_true (gt_store_add_project (fixture->store, project, &error));
  g_assert_no_error (error);
  return project;
}

/* An issue raised on 10 January 2026 in @status, with @unit and @deadline (taken)
 * if given; resolved and closed ones with a note and dates. */
static GtIssue *
add_issue (Fixture          *fixture,
           GtProject        *project,
           const char       *description,
           GtIssueCategory   category,
           GtIssueStatus     status,
           GtUnit           *unit,
           GDate            *deadline)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) raised = date (2026, 1, 10);
  g_autoptr(GDate) resolved = date (2026, 2, 1);
  g_autoptr(GDate) closed = date (2026, 2, 5);
  GtIssue *issue = gt_issue_new ();

  gt_issue_set_project_id (issue, gt_project_get_id (project));
  gt_issue_set_description (issue, description);
  gt_issue_set_category (issue, category);
  gt_issue_set_raised_on (issue, raised);
  gt_issue_set_status (issue, status);
  if (unit != NULL)
    gt_issue_set_unit_id (issue, gt_unit_get_id (unit));
  gt_issue_set_deadline (issue, deadline);
  if (status >= GT_ISSUE_STATUS_RESOLVED)
    {
      gt_issue_set_resolution (issue, "已协调解决");
      gt_issue_set_resolved_on (issue, resolved);
    }
  if (status == GT_ISSUE_STATUS_CLOSED)
    gt_issue_set_closed_on (issue, closed);
  g_assert_true (gt_store_add_issue (fixture->store, issue, &error));
  g_assert_no_error (error);
  g_clear_pointer (&deadline, g_date_free);
  return issue;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GDate) today = date (2026, 6, 1);

  fixture->dir = g_dir_make_tmp ("guatu-issue-query-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->store = gt_store_open (path, &error);
  g_assert_no_error (error);

  fixture->fagai = add_unit (fixture, "县发改委");
  fixture->zhujian = add_unit (fixture, "县住建局");
  fixture->sewage = add_project (fixture, "城东污水处理厂扩建工程");
  fixture->logistics = add_project (fixture, "智慧物流园");

  fixture->land = add_issue (fixture, fixture->sewage, "用地指标尚未落实",
                             GT_ISSUE_CATEGORY_LAND, GT_ISSUE_STATUS_RAISED, NULL, NULL);
  fixture->funding = add_issue (fixture, fixture->logistics, "配套资金未到位",
                                GT_ISSUE_CATEGORY_FUNDING, GT_ISSUE_STATUS_ASSIGNED,
                                fixture->fagai, date (2026, 3, 1));
  fixture->permit = add_issue (fixture, fixture->logistics, "施工许可 Permit pending",
                               GT_ISSUE_CATEGORY_PERMITS, GT_ISSUE_STATUS_ASSIGNED,
                               fixture->zhujian, date (2026, 12, 1));
  fixture->resolved = add_issue (fixture, fixture->sewage, "管线迁改协调困难",
                                 GT_ISSUE_CATEGORY_CONSTRUCTION, GT_ISSUE_STATUS_RESOLVED,
                                 fixture->zhujian, date (2026, 3, 1));
  fixture->closed = add_issue (fixture, fixture->logistics, "环评批复待审",
                               GT_ISSUE_CATEGORY_ENVIRONMENT, GT_ISSUE_STATUS_CLOSED,
                               fixture->fagai, date (2026, 3, 1));

  fixture->query = gt_issue_query_new (fixture->store);
  gt_issue_query_set_today (fixture->query, today);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_clear_pointer (&fixture->query, gt_issue_query_free);
  g_clear_object (&fixture->land);
  g_clear_object (&fixture->funding);
  g_clear_object (&fixture->permit);
  g_clear_object (&fixture->resolved);
  g_clear_object (&fixture->closed);
  g_clear_object (&fixture->sewage);
  g_clear_object (&fixture->logistics);
  g_clear_object (&fixture->fagai);
  g_clear_object (&fixture->zhujian);
  g_clear_object (&fixture->store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

/* The matching issues as a string of initials, in the fixture's order:
 * l(and) f(unding) p(ermit) r(esolved) c(losed). */
static char *
matching (Fixture *fixture)
{
  GtIssue *issues[] = {
    fixture->land, fixture->funding, fixture->permit, fixture->resolved, fixture->closed,
  };
  const char initials[] = "lfprc";
  GString *result = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (issues); i++)
    if (gt_issue_query_matches (fixture->query, issues[i]))
      g_string_append_c (result, initials[i]);

  return g_string_free (result, FALSE);
}

#define assert_matching(fixture, expected)                 \
  G_STMT_START {                                          \
    g_autofree char *m_ = matching (fixture);             \
    g_assert_cmpstr (m_, ==, expected);                   \
  } G_STMT_END

static void
test_status (Fixture       *fixture,
             gconstpointer  data)
{
  assert_matching (fixture, "lfprc");
  gt_issue_query_set_status (fixture->query, GT_ISSUE_QUERY_OPEN);
  assert_matching (fixture, "lfp");
  gt_issue_query_set_status (fixture->query, GT_ISSUE_QUERY_OVERDUE);
  assert_matching (fixture, "f");
  gt_issue_query_set_status (fixture->query, GT_ISSUE_STATUS_RESOLVED);
  assert_matching (fixture, "r");
  gt_issue_query_set_status (fixture->query, GT_ISSUE_STATUS_CLOSED);
  assert_matching (fixture, "c");
  gt_issue_query_set_status (fixture->query, GT_ISSUE_QUERY_ANY_STATUS);
  assert_matching (fixture, "lfprc");
}

static void
test_overdue_follows_today (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GDate) january = date (2026, 1, 20);
  g_autoptr(GDate) next_year = date (2027, 1, 1);

  gt_issue_query_set_status (fixture->query, GT_ISSUE_QUERY_OVERDUE);
  gt_issue_query_set_today (fixture->query, january);
  assert_matching (fixture, "");
  gt_issue_query_set_today (fixture->query, next_year);
  /* Resolved and closed issues are never overdue, whatever their deadline. */
  assert_matching (fixture, "fp");
}

static void
test_choices (Fixture       *fixture,
              gconstpointer  data)
{
  gt_issue_query_set_category (fixture->query, GT_ISSUE_CATEGORY_FUNDING);
  assert_matching (fixture, "f");
  gt_issue_query_set_category (fixture->query, -1);
  gt_issue_query_set_unit (fixture->query, gt_unit_get_id (fixture->zhujian));
  assert_matching (fixture, "pr");
  gt_issue_query_set_project (fixture->query, gt_project_get_id (fixture->sewage));
  assert_matching (fixture, "r");
  gt_issue_query_set_unit (fixture->query, 0);
  assert_matching (fixture, "lr");
  gt_issue_query_set_project (fixture->query, 0);
  assert_matching (fixture, "lfprc");
}

static void
test_text (Fixture       *fixture,
           gconstpointer  data)
{
  gt_issue_query_set_text (fixture->query, "资金");
  assert_matching (fixture, "f");
  /* A project's name finds its issues. */
  gt_issue_query_set_text (fixture->query, "污水");
  assert_matching (fixture, "lr");
  /* Every word must match, in the description or the project. */
  gt_issue_query_set_text (fixture->query, "用地 污水");
  assert_matching (fixture, "l");
  gt_issue_query_set_text (fixture->query, "用地\u3000物流");
  assert_matching (fixture, "");
  /* Case and width do not matter. */
  gt_issue_query_set_text (fixture->query, "PERMIT");
  assert_matching (fixture, "p");
  gt_issue_query_set_text (fixture->query, "ｐｅｒｍｉｔ");
  assert_matching (fixture, "p");
  gt_issue_query_set_text (fixture->query, "  ");
  assert_matching (fixture, "lfprc");
}

static void
test_text_follows_edits (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtIssue) edited = gt_issue_copy (fixture->land);

  gt_issue_query_set_text (fixture->query, "用地");
  assert_matching (fixture, "l");

  gt_issue_set_description (edited, "征地拆迁进度滞后");
  g_assert_true (gt_store_update_issue (fixture->store, edited, &error));
  g_assert_no_error (error);
  assert_matching (fixture, "");
  gt_issue_query_set_text (fixture->query, "拆迁");
  assert_matching (fixture, "l");
}

static void
test_changes (Fixture       *fixture,
              gconstpointer  data)
{
  GtIssueQuery *query = fixture->query;
  gint64 fagai = gt_unit_get_id (fixture->fagai);
  gint64 zhujian = gt_unit_get_id (fixture->zhujian);

  g_assert_cmpint (gt_issue_query_set_text (query, ""), ==, GT_ISSUE_QUERY_UNCHANGED);
  g_assert_cmpint (gt_issue_query_set_text (query, "资"), ==, GT_ISSUE_QUERY_STRICTER);
  g_assert_cmpint (gt_issue_query_set_text (query, "资金"), ==, GT_ISSUE_QUERY_STRICTER);
  g_assert_cmpint (gt_issue_query_set_text (query, "资金 到位"), ==, GT_ISSUE_QUERY_STRICTER);
  g_assert_cmpint (gt_issue_query_set_text (query, "资金  到位 "), ==, GT_ISSUE_QUERY_UNCHANGED);
  g_assert_cmpint (gt_issue_query_set_text (query, "资"), ==, GT_ISSUE_QUERY_LOOSER);
  g_assert_cmpint (gt_issue_query_set_text (query, "用地"), ==, GT_ISSUE_QUERY_DIFFERENT);
  g_assert_cmpint (gt_issue_query_set_text (query, NULL), ==, GT_ISSUE_QUERY_LOOSER);

  g_assert_cmpint (gt_issue_query_set_status (query, GT_ISSUE_QUERY_OPEN), ==,
                   GT_ISSUE_QUERY_STRICTER);
  g_assert_cmpint (gt_issue_query_set_status (query, GT_ISSUE_QUERY_OVERDUE), ==,
                   GT_ISSUE_QUERY_STRICTER);
  g_assert_cmpint (gt_issue_query_set_status (query, GT_ISSUE_STATUS_ASSIGNED), ==,
                   GT_ISSUE_QUERY_DIFFERENT);
  g_assert_cmpint (gt_issue_query_set_status (query, GT_ISSUE_QUERY_OPEN), ==,
                   GT_ISSUE_QUERY_LOOSER);
  g_assert_cmpint (gt_issue_query_set_status (query, GT_ISSUE_STATUS_CLOSED), ==,
                   GT_ISSUE_QUERY_DIFFERENT);
  g_assert_cmpint (gt_issue_query_set_status (query, GT_ISSUE_STATUS_CLOSED), ==,
                   GT_ISSUE_QUERY_UNCHANGED);
  g_assert_cmpint (gt_issue_query_set_status (query, GT_ISSUE_QUERY_ANY_STATUS), ==,
                   GT_ISSUE_QUERY_LOOSER);

  g_assert_cmpint (gt_issue_query_set_unit (query, fagai), ==, GT_ISSUE_QUERY_STRICTER);
  g_assert_cmpint (gt_issue_query_set_unit (query, zhujian), ==, GT_ISSUE_QUERY_DIFFERENT);
  g_assert_cmpint (gt_issue_query_set_unit (query, 0), ==, GT_ISSUE_QUERY_LOOSER);
  g_assert_cmpint (gt_issue_query_set_category (query, -1), ==, GT_ISSUE_QUERY_UNCHANGED);
  g_assert_cmpint (gt_issue_query_set_category (query, GT_ISSUE_CATEGORY_LAND), ==,
                   GT_ISSUE_QUERY_STRICTER);
}

static void
test_counts (Fixture       *fixture,
             gconstpointer  data)
{
  GtIssueCounts counts;

  /* "发现问题5处，整改完毕2处，正在处理3处，逾期1处" */
  gt_issue_query_count (fixture->query, gt_store_get_issues (fixture->store), &counts);
  g_assert_cmpuint (counts.found, ==, 5);
  g_assert_cmpuint (counts.resolved, ==, 2);
  g_assert_cmpuint (counts.in_hand, ==, 3);
  g_assert_cmpuint (counts.overdue, ==, 1);

  /* Only what the query lets through is counted. */
  gt_issue_query_set_text (fixture->query, "物流");
  gt_issue_query_count (fixture->query, gt_store_get_issues (fixture->store), &counts);
  g_assert_cmpuint (counts.found, ==, 3);
  g_assert_cmpuint (counts.resolved, ==, 1);
  g_assert_cmpuint (counts.in_hand, ==, 2);
  g_assert_cmpuint (counts.overdue, ==, 1);
}

static void
test_compare (Fixture       *fixture,
              gconstpointer  data)
{
  GtIssueQuery *query = fixture->query;

  /* An unset deadline sorts after any date. */
  g_assert_cmpint (gt_issue_query_compare (query, GT_ISSUE_SORT_DEADLINE,
                                           fixture->funding, fixture->land), <, 0);
  g_assert_cmpint (gt_issue_query_compare (query, GT_ISSUE_SORT_DEADLINE,
                                           fixture->funding, fixture->permit), <, 0);
  /* Within a status, overdue issues come first. */
  g_assert_cmpint (gt_issue_query_compare (query, GT_ISSUE_SORT_STATUS,
                                           fixture->funding, fixture->permit), <, 0);
  g_assert_cmpint (gt_issue_query_compare (query, GT_ISSUE_SORT_STATUS,
                                           fixture->land, fixture->funding), <, 0);
  /* Equal keys fall back to the id, so that the order is total. */
  g_assert_cmpint (gt_issue_query_compare (query, GT_ISSUE_SORT_RAISED,
                                           fixture->land, fixture->funding), <, 0);
  g_assert_cmpint (gt_issue_query_compare (query, GT_ISSUE_SORT_RAISED,
                                           fixture->funding, fixture->land), >, 0);
  g_assert_cmpint (gt_issue_query_compare (query, GT_ISSUE_SORT_RAISED,
                                           fixture->land, fixture->land), ==, 0);
  /* Issues without a unit sort after those with one. */
  g_assert_cmpint (gt_issue_query_compare (query, GT_ISSUE_SORT_UNIT,
                                           fixture->funding, fixture->land), <, 0);
  /* By project: the two issues of one project are together. */
  g_assert_cmpint (gt_issue_query_compare (query, GT_ISSUE_SORT_PROJECT,
                                           fixture->land, fixture->resolved), <, 0);
  g_assert_cmpint (gt_issue_query_compare (query, GT_ISSUE_SORT_PROJECT,
                                           fixture->land, fixture->funding)
                   * gt_issue_query_compare (query, GT_ISSUE_SORT_PROJECT,
                                             fixture->resolved, fixture->funding), >, 0);
}

static void
escalate (Fixture           *fixture,
          GtIssue           *issue,
          GtEscalationLevel  level)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) on = date (2026, 5, 1);

  g_assert_true (gt_store_escalate_issue (fixture->store, gt_issue_get_id (issue), level, on,
                                          NULL, "office", &error));
  g_assert_no_error (error);
}

/* The level filter keeps an issue at a level or above; the query reads the
 * levels once and again only when told the store changed. */
static void
test_level (Fixture       *fixture,
            gconstpointer  data)
{
  escalate (fixture, fixture->land, GT_ESCALATION_ASSIGNED);
  escalate (fixture, fixture->funding, GT_ESCALATION_LISTED);
  escalate (fixture, fixture->permit, GT_ESCALATION_SUPERVISED);

  g_assert_cmpint (gt_issue_query_get_level (fixture->query, fixture->funding), ==,
                   GT_ESCALATION_LISTED);
  g_assert_cmpint (gt_issue_query_get_level (fixture->query, fixture->closed), ==,
                   GT_ESCALATION_NONE);
  g_assert_cmpint (gt_issue_query_set_level (fixture->query, GT_ESCALATION_NONE), ==,
                   GT_ISSUE_QUERY_UNCHANGED);
  assert_matching (fixture, "lfprc");
  g_assert_cmpint (gt_issue_query_set_level (fixture->query, GT_ESCALATION_ASSIGNED), ==,
                   GT_ISSUE_QUERY_STRICTER);
  assert_matching (fixture, "lfp");
  g_assert_cmpint (gt_issue_query_set_level (fixture->query, GT_ESCALATION_SUPERVISED), ==,
                   GT_ISSUE_QUERY_STRICTER);
  assert_matching (fixture, "fp");
  g_assert_cmpint (gt_issue_query_set_level (fixture->query, GT_ESCALATION_LISTED), ==,
                   GT_ISSUE_QUERY_STRICTER);
  assert_matching (fixture, "f");

  /* With the status filter, both apply. */
  gt_issue_query_set_level (fixture->query, GT_ESCALATION_SUPERVISED);
  gt_issue_query_set_status (fixture->query, GT_ISSUE_QUERY_OVERDUE);
  assert_matching (fixture, "f");
  gt_issue_query_set_status (fixture->query, GT_ISSUE_QUERY_ANY_STATUS);

  /* Sorted by level, lowest first; ties by id. */
  g_assert_cmpint (gt_issue_query_compare (fixture->query, GT_ISSUE_SORT_LEVEL,
                                           fixture->closed, fixture->land), <, 0);
  g_assert_cmpint (gt_issue_query_compare (fixture->query, GT_ISSUE_SORT_LEVEL,
                                           fixture->land, fixture->permit), <, 0);
  g_assert_cmpint (gt_issue_query_compare (fixture->query, GT_ISSUE_SORT_LEVEL,
                                           fixture->funding, fixture->permit), >, 0);
  g_assert_cmpint (gt_issue_query_compare (fixture->query, GT_ISSUE_SORT_LEVEL,
                                           fixture->resolved, fixture->closed), <, 0);

  /* A step taken after the table was read shows once the query refreshes. */
  escalate (fixture, fixture->permit, GT_ESCALATION_LISTED);
  assert_matching (fixture, "fp");
  g_assert_true (gt_issue_query_refresh_levels (fixture->query));
  gt_issue_query_set_level (fixture->query, GT_ESCALATION_LISTED);
  assert_matching (fixture, "fp");
  g_assert_false (gt_issue_query_refresh_levels (fixture->query));

  /* A lower choice lets more through. */
  g_assert_cmpint (gt_issue_query_set_level (fixture->query, GT_ESCALATION_NONE), ==,
                   GT_ISSUE_QUERY_LOOSER);
  assert_matching (fixture, "lfprc");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/issue-query/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("status", test_status);
  ADD ("overdue-follows-today", test_overdue_follows_today);
  ADD ("choices", test_choices);
  ADD ("text", test_text);
  ADD ("text-follows-edits", test_text_follows_edits);
  ADD ("changes", test_changes);
  ADD ("counts", test_counts);
  ADD ("compare", test_compare);
  ADD ("level", test_level);

#undef ADD

  return g_test_run ();
}
