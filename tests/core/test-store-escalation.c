/* test-store-escalation.c: issues' levels and numbered documents in the
 * register. An escalation sets the level and adds its dated, noted step in
 * one transaction (and the issue's history shows the level's change); the
 * rules run as of chosen dates raise only what is due, once, each step dated
 * when it fell due, and leave resolved issues and deleted projects' issues
 * alone; documents are numbered 1, 2, … per kind and year, raise the issue to
 * their level, and two desks numbering at once on one file never get the same
 * number; the per-unit list puts the longest overdue first.
 *
 * With --server, the same on a register on a PostgreSQL server (suite server,
 * inside pg_virtualenv; skipped without one).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-history.h"
#include "gt-store-escalation.h"
#include "gt-test-server.h"
#include "gt-test-util.h"

#define DESK_DOCUMENTS 15

static gboolean on_server;

typedef struct {
  char    *dir;
  char    *path;
  GtStore *store;
  gint64   unit_a;
  gint64   unit_b;
  gint64   project;
} Fixture;

static gint64
add_unit (GtStore    *store,
          const char *name)
{
  g_autoptr(GtUnit) unit = gt_unit_new ();
  g_autoptr(GError) error = NULL;

  gt_unit_set_name (unit, name);
  gt_unit_set_kind (unit, GT_UNIT_KIND_DEPARTMENT);
  g_assert_true (gt_store_add_unit (store, unit, &error));
  g_assert_no_error (error);
  return gt_unit_get_id (unit);
}

static gint64
add_project (GtStore    *store,
             const char *name)
{
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;

  gt_project_set_name (project, name);
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
  return gt_project_get_id (project);
}

/* An issue assigned to @unit_id with its deadline on @deadline (NULL: raised,
 * no deadline). */
static gint64
add_issue (Fixture     *f,
           gint64       project_id,
           gint64       unit_id,
           const GDate *deadline)
{
  g_autoptr(GtIssue) issue = gt_issue_new ();
  g_autoptr(GError) error = NULL;
  GDate raised = gt_test_date (2023, 1, 10);

  gt_issue_set_project_id (issue, project_id);
  gt_issue_set_description (issue, "征迁未完成");
  gt_issue_set_category (issue, GT_ISSUE_CATEGORY_DEMOLITION);
  gt_issue_set_raised_on (issue, &raised);
  if (deadline != NULL)
    {
      gt_issue_set_status (issue, GT_ISSUE_STATUS_ASSIGNED);
      gt_issue_set_unit_id (issue, unit_id);
      gt_issue_set_deadline (issue, deadline);
    }
  g_assert_true (gt_store_add_issue (f->store, issue, &error));
  g_assert_no_error (error);
  return gt_issue_get_id (issue);
}

static GtEscalationLevel
level_of (Fixture *f,
          gint64   issue_id)
{
  g_autoptr(GError) error = NULL;
  GtEscalationLevel level = GT_N_ESCALATION_LEVELS;

  g_assert_true (gt_store_get_escalation_level (f->store, issue_id, &level, &error));
  g_assert_no_error (error);
  return level;
}

static void
assert_date (const GDate *date,
             int          y,
             int          m,
             int          d)
{
  GDate expected = gt_test_date (y, m, d);

  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_compare (date, &expected), ==, 0);
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = gt_test_make_dir ();
  if (on_server)
    {
      if (!gt_test_server_reset (NULL))
        return;
      f->path = g_strdup (gt_test_server_url ());
    }
  else
    {
      f->path = g_build_filename (f->dir, "register.db", NULL);
    }
  f->store = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  f->unit_a = add_unit (f->store, "县自然资源和规划局");
  f->unit_b = add_unit (f->store, "县住房和城乡建设局");
  f->project = add_project (f->store, "城南污水处理厂二期工程");
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
test_escalate (Fixture *f)
{
  GDate deadline = gt_test_date (2023, 3, 31);
  GDate on = gt_test_date (2023, 4, 3);
  gint64 issue = add_issue (f, f->project, f->unit_a, &deadline);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) history = NULL;
  GtEscalationEntry *entry;
  gboolean logged = FALSE;

  g_assert_cmpint (level_of (f, issue), ==, GT_ESCALATION_NONE);
  g_assert_true (gt_store_escalate_issue (f->store, issue, GT_ESCALATION_SUPERVISED, &on,
                                          "县长批示督办", "office", &error));
  g_assert_no_error (error);
  g_assert_cmpint (level_of (f, issue), ==, GT_ESCALATION_SUPERVISED);

  steps = gt_store_list_escalations (f->store, issue, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 1);
  entry = steps->pdata[0];
  g_assert_cmpint (entry->issue_id, ==, issue);
  g_assert_cmpint (entry->level, ==, GT_ESCALATION_SUPERVISED);
  assert_date (&entry->on, 2023, 4, 3);
  g_assert_cmpstr (entry->note, ==, "县长批示督办");
  g_assert_cmpstr (entry->source, ==, "office");

  /* The same level again is refused, and writes nothing. */
  g_assert_false (gt_store_escalate_issue (f->store, issue, GT_ESCALATION_SUPERVISED, &on,
                                           NULL, "office", &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_clear_pointer (&steps, g_ptr_array_unref);
  steps = gt_store_list_escalations (f->store, issue, &error);
  g_assert_cmpuint (steps->len, ==, 1);

  /* A lower level puts a mistake right, and is a step of its own. */
  g_assert_true (gt_store_escalate_issue (f->store, issue, GT_ESCALATION_ASSIGNED, &on,
                                          "误升，退回交办", "office", &error));
  g_assert_no_error (error);
  g_assert_cmpint (level_of (f, issue), ==, GT_ESCALATION_ASSIGNED);

  /* No such issue. */
  g_assert_false (gt_store_escalate_issue (f->store, 9999, GT_ESCALATION_LISTED, &on, NULL,
                                           "office", &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The issue's history has the level's changes. */
  history = gt_history_list (f->store, f->project, 0, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < history->len; i++)
    {
      GtHistoryEntry *h = history->pdata[i];

      if (g_strcmp0 (h->field, "escalation_level") == 0 && h->row_id == issue &&
          g_strcmp0 (h->new_value, "2") == 0)
        logged = TRUE;
    }
  g_assert_true (logged);
}

static GPtrArray *
run_rules (Fixture *f,
           int      y,
           int      m,
           int      d)
{
  g_autoptr(GError) error = NULL;
  GtEscalationRules rules = { 1, 30 };
  GDate as_of = gt_test_date (y, m, d);
  GPtrArray *rises = gt_store_run_escalation (f->store, &rules, &as_of, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rises);
  return rises;
}

static void
test_rules (Fixture *f)
{
  GDate deadline = gt_test_date (2023, 3, 31);
  GDate later = gt_test_date (2023, 6, 30);
  gint64 due = add_issue (f, f->project, f->unit_a, &deadline);
  gint64 not_yet = add_issue (f, f->project, f->unit_b, &later);
  gint64 no_deadline = add_issue (f, f->project, 0, NULL);
  gint64 resolved = add_issue (f, f->project, f->unit_a, &deadline);
  gint64 gone_project = add_project (f->store, "已撤销项目");
  gint64 gone = add_issue (f, gone_project, f->unit_a, &deadline);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rises = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  GtEscalationRise *rise;

  {
    GtIssue *live = gt_store_lookup_issue (f->store, resolved);
    g_autoptr(GtIssue) edited = gt_issue_copy (live);
    GDate on = gt_test_date (2023, 3, 30);

    gt_issue_set_status (edited, GT_ISSUE_STATUS_RESOLVED);
    gt_issue_set_resolution (edited, "已完成征迁");
    gt_issue_set_resolved_on (edited, &on);
    g_assert_true (gt_store_update_issue (f->store, edited, &error));
    g_assert_no_error (error);
    g_assert_true (gt_store_delete_project (f->store,
                                            gt_store_lookup_project (f->store, gone_project),
                                            &error));
    g_assert_no_error (error);
  }

  /* On the deadline: nothing. */
  rises = run_rules (f, 2023, 3, 31);
  g_assert_cmpuint (rises->len, ==, 0);
  g_clear_pointer (&rises, g_ptr_array_unref);

  /* A day past: the one due rises to 督办, dated that day. */
  rises = run_rules (f, 2023, 4, 1);
  g_assert_cmpuint (rises->len, ==, 1);
  rise = rises->pdata[0];
  g_assert_cmpint (rise->issue_id, ==, due);
  g_assert_cmpint (rise->from, ==, GT_ESCALATION_NONE);
  g_assert_cmpint (rise->to, ==, GT_ESCALATION_SUPERVISED);
  g_clear_pointer (&rises, g_ptr_array_unref);
  g_assert_cmpint (level_of (f, due), ==, GT_ESCALATION_SUPERVISED);

  /* Run again the same day, or a week later: nothing more. */
  rises = run_rules (f, 2023, 4, 1);
  g_assert_cmpuint (rises->len, ==, 0);
  g_clear_pointer (&rises, g_ptr_array_unref);
  rises = run_rules (f, 2023, 4, 8);
  g_assert_cmpuint (rises->len, ==, 0);
  g_clear_pointer (&rises, g_ptr_array_unref);

  /* Run late, in August: 挂牌督办 dated 30 April, and the later issue's two
   * steps at once, each dated when it fell due. */
  rises = run_rules (f, 2023, 8, 15);
  g_assert_cmpuint (rises->len, ==, 2);
  rise = rises->pdata[0];
  g_assert_cmpint (rise->issue_id, ==, due);
  g_assert_cmpint (rise->to, ==, GT_ESCALATION_LISTED);
  rise = rises->pdata[1];
  g_assert_cmpint (rise->issue_id, ==, not_yet);
  g_assert_cmpint (rise->to, ==, GT_ESCALATION_LISTED);
  g_assert_cmpuint (rise->steps->len, ==, 2);

  steps = gt_store_list_escalations (f->store, not_yet, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 2);
  assert_date (&((GtEscalationEntry *) steps->pdata[0])->on, 2023, 7, 1);
  g_assert_cmpint (((GtEscalationEntry *) steps->pdata[0])->level, ==, GT_ESCALATION_SUPERVISED);
  assert_date (&((GtEscalationEntry *) steps->pdata[1])->on, 2023, 7, 30);
  g_assert_cmpint (((GtEscalationEntry *) steps->pdata[1])->level, ==, GT_ESCALATION_LISTED);
  g_assert_cmpstr (((GtEscalationEntry *) steps->pdata[1])->source, ==, "rule");
  g_assert_cmpstr (((GtEscalationEntry *) steps->pdata[1])->note, !=, "");

  g_assert_cmpint (level_of (f, no_deadline), ==, GT_ESCALATION_NONE);
  g_assert_cmpint (level_of (f, resolved), ==, GT_ESCALATION_NONE);
  /* A deleted project's issue is not judged. */
  g_assert_cmpint (level_of (f, gone), ==, GT_ESCALATION_NONE);

  /* The levels at once, for a list. */
  {
    g_autoptr(GHashTable) levels = gt_store_list_escalation_levels (f->store, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_hash_table_size (levels), ==, 2);
    g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (levels, &due)), ==,
                     GT_ESCALATION_LISTED);
  }
}

static void
test_documents (Fixture *f)
{
  GDate deadline = gt_test_date (2023, 3, 31);
  gint64 issue = add_issue (f, f->project, f->unit_a, &deadline);
  gint64 other = add_issue (f, f->project, f->unit_b, &deadline);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) documents = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  GtIssueDocument document;
  GDate on = gt_test_date (2023, 3, 20);
  GDate next_year = gt_test_date (2024, 1, 5);

  g_assert_true (gt_store_add_issue_document (f->store, issue, GT_ISSUE_DOC_ASSIGN, &on,
                                              &document, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (document.number, ==, 1);
  g_assert_cmpint (document.year, ==, 2023);
  g_assert_cmpint (document.kind, ==, GT_ISSUE_DOC_ASSIGN);
  /* A 交办单 puts the issue at 交办, noted with its number. */
  g_assert_cmpint (level_of (f, issue), ==, GT_ESCALATION_ASSIGNED);
  steps = gt_store_list_escalations (f->store, issue, &error);
  g_assert_cmpuint (steps->len, ==, 1);
  g_assert_cmpstr (((GtEscalationEntry *) steps->pdata[0])->source, ==, "document");

  g_assert_true (gt_store_add_issue_document (f->store, other, GT_ISSUE_DOC_ASSIGN, &on,
                                              &document, &error));
  g_assert_cmpuint (document.number, ==, 2);
  /* Another kind counts apart; so does another year. */
  g_assert_true (gt_store_add_issue_document (f->store, issue, GT_ISSUE_DOC_SUPERVISE, &on,
                                              &document, &error));
  g_assert_cmpuint (document.number, ==, 1);
  g_assert_cmpint (level_of (f, issue), ==, GT_ESCALATION_SUPERVISED);
  g_assert_true (gt_store_add_issue_document (f->store, other, GT_ISSUE_DOC_ASSIGN, &next_year,
                                              &document, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (document.number, ==, 1);
  g_assert_cmpint (document.year, ==, 2024);

  /* A document at or below the issue's level leaves the level alone. */
  g_assert_true (gt_store_escalate_issue (f->store, other, GT_ESCALATION_LISTED, &on, NULL,
                                          "office", &error));
  g_assert_true (gt_store_add_issue_document (f->store, other, GT_ISSUE_DOC_SUPERVISE, &on,
                                              &document, &error));
  g_assert_cmpint (level_of (f, other), ==, GT_ESCALATION_LISTED);

  documents = gt_store_list_issue_documents (f->store, issue, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 2);
  g_assert_cmpint (g_array_index (documents, GtIssueDocument, 0).kind, ==, GT_ISSUE_DOC_ASSIGN);
  g_assert_cmpuint (g_array_index (documents, GtIssueDocument, 0).number, ==, 1);
  assert_date (&g_array_index (documents, GtIssueDocument, 0).issued_on, 2023, 3, 20);
  g_assert_cmpint (g_array_index (documents, GtIssueDocument, 1).kind, ==,
                   GT_ISSUE_DOC_SUPERVISE);

  /* No such issue: no number taken. */
  g_assert_false (gt_store_add_issue_document (f->store, 9999, GT_ISSUE_DOC_ASSIGN, &on,
                                               &document, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (gt_store_add_issue_document (f->store, issue, GT_ISSUE_DOC_ASSIGN, &on,
                                              &document, &error));
  g_assert_cmpuint (document.number, ==, 3);
}

typedef struct {
  const char *path;
  gint64      issue;
  guint       numbers[DESK_DOCUMENTS];
} Desk;

/* A desk of its own: its own store on the file, numbering as fast as it can. */
static gpointer
desk_thread (gpointer data)
{
  Desk *desk = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (desk->path, &error);
  GDate on = gt_test_date (2023, 5, 1);

  g_assert_no_error (error);
  for (guint i = 0; i < DESK_DOCUMENTS; i++)
    {
      GtIssueDocument document;

      g_assert_true (gt_store_add_issue_document (store, desk->issue, GT_ISSUE_DOC_SUPERVISE,
                                                  &on, &document, &error));
      g_assert_no_error (error);
      desk->numbers[i] = document.number;
    }
  return NULL;
}

static void
test_two_desks (Fixture *f)
{
  GDate deadline = gt_test_date (2023, 3, 31);
  Desk desks[2] = {
    { f->path, add_issue (f, f->project, f->unit_a, &deadline), },
    { f->path, add_issue (f, f->project, f->unit_b, &deadline), },
  };
  GThread *threads[2];
  gboolean seen[2 * DESK_DOCUMENTS + 1] = { FALSE, };

  g_clear_object (&f->store);
  for (guint d = 0; d < 2; d++)
    threads[d] = g_thread_new ("desk", desk_thread, &desks[d]);
  for (guint d = 0; d < 2; d++)
    g_thread_join (threads[d]);

  /* Every number from 1 to 30 once: none twice, none skipped. */
  for (guint d = 0; d < 2; d++)
    for (guint i = 0; i < DESK_DOCUMENTS; i++)
      {
        guint number = desks[d].numbers[i];

        g_assert_cmpuint (number, >=, 1);
        g_assert_cmpuint (number, <=, 2 * DESK_DOCUMENTS);
        g_assert_false (seen[number]);
        seen[number] = TRUE;
        /* Each desk's own numbers rise. */
        if (i > 0)
          g_assert_cmpuint (number, >, desks[d].numbers[i - 1]);
      }
}

static void
test_unit_list (Fixture *f)
{
  GDate early = gt_test_date (2023, 2, 28);
  GDate deadline = gt_test_date (2023, 3, 31);
  GDate later = gt_test_date (2023, 6, 30);
  gint64 a_late = add_issue (f, f->project, f->unit_a, &deadline);
  gint64 a_later = add_issue (f, f->project, f->unit_a, &later);
  gint64 a_earliest = add_issue (f, f->project, f->unit_a, &early);
  gint64 b = add_issue (f, f->project, f->unit_b, &deadline);
  GDate as_of = gt_test_date (2023, 4, 10);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) list = NULL;
  g_autoptr(GPtrArray) rises = run_rules (f, 2023, 4, 10);

  list = gt_store_list_unit_issues (f->store, f->unit_a, &as_of, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpint (g_array_index (list, GtUnitIssue, 0).issue_id, ==, a_earliest);
  g_assert_cmpuint (g_array_index (list, GtUnitIssue, 0).days_overdue, ==, 41);
  g_assert_cmpint (g_array_index (list, GtUnitIssue, 0).level, ==, GT_ESCALATION_LISTED);
  g_assert_cmpint (g_array_index (list, GtUnitIssue, 1).issue_id, ==, a_late);
  g_assert_cmpuint (g_array_index (list, GtUnitIssue, 1).days_overdue, ==, 10);
  g_assert_cmpint (g_array_index (list, GtUnitIssue, 1).level, ==, GT_ESCALATION_SUPERVISED);
  g_assert_cmpint (g_array_index (list, GtUnitIssue, 2).issue_id, ==, a_later);
  g_assert_cmpuint (g_array_index (list, GtUnitIssue, 2).days_overdue, ==, 0);
  g_clear_pointer (&list, g_array_unref);

  list = gt_store_list_unit_issues (f->store, 0, &as_of, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 4);
  g_assert_cmpint (g_array_index (list, GtUnitIssue, 3).issue_id, ==, b);
  g_assert_cmpint (g_array_index (list, GtUnitIssue, 3).unit_id, ==, f->unit_b);
}

typedef void (*TestFunc) (Fixture *f);

/* Without a server (outside pg_virtualenv) set_up skipped the test. */
static void
run (Fixture       *f,
     gconstpointer  data)
{
  if (f->store != NULL)
    ((TestFunc) data) (f);
}

static void
add (const char *path,
     TestFunc    func)
{
  g_test_add (path, Fixture, (gconstpointer) func, set_up, run, tear_down);
}

int
main (int   argc,
      char *argv[])
{
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--server"))
      {
        on_server = TRUE;
        memmove (&argv[i], &argv[i + 1], (argc - i) * sizeof (char *));
        argc--;
        break;
      }
  g_test_init (&argc, &argv, NULL);

  add ("/store-escalation/escalate", test_escalate);
  add ("/store-escalation/rules", test_rules);
  add ("/store-escalation/documents", test_documents);
  add ("/store-escalation/two-desks", test_two_desks);
  add ("/store-escalation/unit-list", test_unit_list);

  return g_test_run ();
}
