/* test-cli-issue-doc.c: guatu --escalate [--as-of] and guatu --export-issue-doc
 * FILE --issue ID [--kind], run as a clerk or cron would: what rose and when,
 * nothing more the second time; the 交办单 numbered once and printed again with
 * its number; each 督办函 a new number, citing the 交办单 and the days past;
 * six desks at once never given the same number; every unit's open issues
 * as PDF and XLSX; and the mistakes refused with the right exit status, a
 * refused file costing no number.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "gt-store.h"
#include "gt-test-util.h"

#define PROJECT "城南污水处理厂二期工程"
#define CODE    "2301-341122-04-01-123456"
#define UNIT    "县自然资源和规划局"
#define LEADER  "王建国"
#define DESKS   6

typedef struct {
  char   *dir;
  char   *db;
  char  **env;
  gint64  due;        /* assigned, due 31 March 2023 */
  gint64  later;      /* assigned, due 30 June 2023 */
} Fixture;

static gint64
add_issue (GtStore     *store,
           gint64       project,
           gint64       unit,
           gint64       leader,
           const char  *description,
           const GDate *deadline)
{
  g_autoptr(GtIssue) issue = gt_issue_new ();
  g_autoptr(GError) error = NULL;
  GDate raised = gt_test_date (2023, 1, 10);

  gt_issue_set_project_id (issue, project);
  gt_issue_set_description (issue, description);
  gt_issue_set_category (issue, GT_ISSUE_CATEGORY_DEMOLITION);
  gt_issue_set_raised_on (issue, &raised);
  gt_issue_set_status (issue, GT_ISSUE_STATUS_ASSIGNED);
  gt_issue_set_unit_id (issue, unit);
  gt_issue_set_leader_id (issue, leader);
  gt_issue_set_deadline (issue, deadline);
  g_assert_true (gt_store_add_issue (store, issue, &error));
  g_assert_no_error (error);
  return gt_issue_get_id (issue);
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GtUnit) unit = gt_unit_new ();
  g_autoptr(GtLeader) leader = gt_leader_new ();
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;
  GDate deadline = gt_test_date (2023, 3, 31);
  GDate later = gt_test_date (2023, 6, 30);

  f->dir = gt_test_make_dir ();
  f->db = g_build_filename (f->dir, "register.db", NULL);
  f->env = gt_test_cli_environ (f->dir, NULL);
  store = gt_store_open (f->db, &error);
  g_assert_no_error (error);
  gt_unit_set_name (unit, UNIT);
  gt_unit_set_kind (unit, GT_UNIT_KIND_DEPARTMENT);
  g_assert_true (gt_store_add_unit (store, unit, &error));
  gt_leader_set_name (leader, LEADER);
  g_assert_true (gt_store_add_leader (store, leader, &error));
  gt_project_set_name (project, PROJECT);
  gt_project_set_code (project, CODE);
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
  f->due = add_issue (store, gt_project_get_id (project), gt_unit_get_id (unit),
                      gt_leader_get_id (leader), "红线内3户民房未征迁", &deadline);
  f->later = add_issue (store, gt_project_get_id (project), gt_unit_get_id (unit),
                        gt_leader_get_id (leader), "施工便道未硬化", &later);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_strfreev (f->env);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  GString *squeezed = g_string_new (NULL);
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  /* Lines broken where the page breaks them, and no spaces to lose in Chinese. */
  for (const char *p = out; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (squeezed, g_utf8_get_char (p));
  return g_string_free (squeezed, FALSE);
}

static void
assert_has (const char *text,
            const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in: %s", part, text);
}

/* guatu --export-issue-doc; the number it printed ("… No. 3" → 3). */
static guint
export (Fixture    *f,
        const char *name,
        gint64      issue,
        const char *kind,
        const char *as_of)
{
  g_auto(GtTestRun) run = { 0 };
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, issue);
  const char *args[12] = { "--database", f->db, "--export-issue-doc", path, "--issue", id, };
  guint n = 6;
  const char *number;

  if (kind != NULL)
    {
      args[n++] = "--kind";
      args[n++] = kind;
    }
  if (as_of != NULL)
    {
      args[n++] = "--as-of";
      args[n++] = as_of;
    }
  gt_test_run_guatu (f->dir, f->env, &run, args);
  if (run.status != 0)
    g_error ("guatu failed: %s", run.err);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  number = strstr (run.out, "No. ");
  g_assert_nonnull (number);
  return (guint) g_ascii_strtoull (number + strlen ("No. "), NULL, 10);
}

static char *
escalate (Fixture    *f,
          const char *as_of)
{
  g_auto(GtTestRun) run = { 0 };

  gt_test_run_guatuv (f->dir, f->env, &run, "--database", f->db, "--escalate", "--as-of", as_of,
                      NULL);
  if (run.status != 0)
    g_error ("guatu --escalate failed: %s", run.err);
  return g_steal_pointer (&run.out);
}

static void
test_escalate (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *first = escalate (f, "2023-04-01");
  g_autofree char *again = NULL;
  g_autofree char *late = NULL;
  g_autofree char *line = g_strdup_printf ("#%" G_GINT64_FORMAT "\t" PROJECT "\t" UNIT "\t",
                                           f->due);

  assert_has (first, line);
  assert_has (first, "Not Escalated → Supervised\tSupervised Apr 1, 2023");
  assert_has (first, "1 issue rose as of Apr 1, 2023");
  again = escalate (f, "2023-04-01");
  g_assert_cmpstr (again, ==, "0 issues rose as of Apr 1, 2023\n");
  /* In August both rise: the later issue's two steps, each on its own day. */
  late = escalate (f, "2023-08-15");
  assert_has (late, "Supervised → Listed for Supervision\tListed for Supervision Apr 30, 2023");
  assert_has (late, "Not Escalated → Listed for Supervision\tSupervised Jul 1, 2023, "
                    "Listed for Supervision Jul 30, 2023");
  assert_has (late, "2 issues rose as of Aug 15, 2023");
}

static void
test_documents (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *sheet = NULL;
  g_autofree char *again = NULL;
  g_autofree char *letter = NULL;
  g_autofree char *dir_sheet = g_build_filename (f->dir, "sheet.pdf", NULL);
  g_autofree char *dir_again = g_build_filename (f->dir, "again.pdf", NULL);
  g_autofree char *dir_letter = g_build_filename (f->dir, "letter.pdf", NULL);

  /* The issue at no level gets a 交办单 without --kind. */
  g_assert_cmpuint (export (f, "sheet.pdf", f->due, NULL, "2023-03-20"), ==, 1);
  sheet = pdf_text (dir_sheet);
  assert_has (sheet, "[2023]No.1");
  assert_has (sheet, "KeyProjectIssueAssignmentSheet");
  assert_has (sheet, PROJECT);
  assert_has (sheet, CODE);
  assert_has (sheet, UNIT);
  assert_has (sheet, LEADER);
  assert_has (sheet, "红线内3户民房未征迁");
  assert_has (sheet, "Mar20,2023");
  assert_has (sheet, "Mar31,2023");

  /* Asked again, the same sheet: its number and its date. */
  g_assert_cmpuint (export (f, "again.pdf", f->due, "assign", "2023-05-01"), ==, 1);
  again = pdf_text (dir_again);
  assert_has (again, "[2023]No.1");
  assert_has (again, "Mar20,2023");
  /* Another issue's sheet is the next. */
  g_assert_cmpuint (export (f, "other.pdf", f->later, "assign", "2023-03-21"), ==, 2);

  /* A 督办函: its own numbers, citing the sheet and the days past. */
  g_assert_cmpuint (export (f, "letter.pdf", f->due, "supervise", "2023-04-10"), ==, 1);
  letter = pdf_text (dir_letter);
  assert_has (letter, "SupervisionLetter");
  assert_has (letter, "byassignmentsheet[2023]No.1");
  assert_has (letter, "10dayspastthedeadline");
  /* A week to solve it. */
  assert_has (letter, "Apr17,2023");
  /* Now under 督办, the issue gets a letter without --kind, a new one each time. */
  g_assert_cmpuint (export (f, "letter2.pdf", f->due, NULL, "2023-04-20"), ==, 2);
}

/* Every unit's open issues as of a day: PDF read back, XLSX, the wrong name. */
static void
test_unit_issues (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "units.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "units.xlsx", NULL);
  g_autofree char *odt = g_build_filename (f->dir, "units.odt", NULL);
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *escalated = escalate (f, "2023-05-10");
  gsize length = 0;

  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", f->db, "--export-unit-issues", pdf,
                        "--as-of", "2023-05-10", NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  text = pdf_text (pdf);
  assert_has (text, "OpenIssuesbyUnit,asofMay10,2023");
  assert_has (text, UNIT "(2open,1overdue)");
  assert_has (text, "红线内3户民房未征迁");
  assert_has (text, PROJECT);
  assert_has (text, "ListedforSupervision");
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", f->db, "--export-unit-issues", xlsx,
                        NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  g_assert_true (g_file_get_contents (xlsx, &contents, &length, NULL));
  g_assert_cmpmem (contents, 4, "PK\003\004", 4);
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", f->db, "--export-unit-issues", odt,
                        NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_false (g_file_test (odt, G_FILE_TEST_EXISTS));
  }
}

/* Six desks ask at once: six numbers, none twice. */
static void
test_desks_at_once (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (
    G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->due);
  GSubprocess *desks[DESKS];
  gboolean seen[DESKS + 1] = { FALSE, };

  g_subprocess_launcher_set_environ (launcher, f->env);
  g_subprocess_launcher_set_cwd (launcher, f->dir);
  for (guint i = 0; i < DESKS; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/desk-%u.pdf", f->dir, i);
      g_autoptr(GError) error = NULL;

      desks[i] = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("GUATU_BINARY"),
                                              "--database", f->db, "--export-issue-doc", path,
                                              "--issue", id, "--kind", "supervise",
                                              "--as-of", "2023-05-01", NULL);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < DESKS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      const char *number;
      guint n;

      g_assert_true (g_subprocess_communicate_utf8 (desks[i], NULL, NULL, &out, &err, &error));
      g_assert_no_error (error);
      if (g_subprocess_get_exit_status (desks[i]) != 0)
        g_error ("desk %u failed: %s", i, err);
      number = strstr (out, "No. ");
      g_assert_nonnull (number);
      n = (guint) g_ascii_strtoull (number + strlen ("No. "), NULL, 10);
      g_assert_cmpuint (n, >=, 1);
      g_assert_cmpuint (n, <=, DESKS);
      g_assert_false (seen[n]);
      seen[n] = TRUE;
      g_object_unref (desks[i]);
    }
}

static void
test_mistakes (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->due);
  g_autofree char *out = g_build_filename (f->dir, "out.pdf", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  struct {
    int         status;
    const char *words;
    const char *args[12];
  } cases[] = {
    { 2, "--kind takes", { "--export-issue-doc", out, "--issue", id, "--kind", "notice" } },
    { 2, "needs --issue", { "--export-issue-doc", out } },
    { 2, "--as-of takes", { "--export-issue-doc", out, "--issue", id, "--as-of", "2023-13-01" } },
    { 2, "go with --export-issue-doc", { "--issue", id } },
    { 2, "--as-of goes with", { "--as-of", "2023-04-01" } },
    { 2, "takes only", { "--escalate", "--month", "2023-04" } },
    { 2, "takes only", { "--escalate", "--json" } },
    { 2, "takes only", { "--export-issue-doc", out, "--issue", id, "--chart", "gantt" } },
    { 1, "no longer exists", { "--export-issue-doc", out, "--issue", "9999" } },
    /* Never over the register itself: refused before a number is taken. */
    { 1, NULL, { "--export-issue-doc", f->db, "--issue", id, "--kind", "supervise" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GtTestRun) run = { 0 };
      const char *args[16] = { "--database", f->db, };

      for (guint a = 0; cases[i].args[a] != NULL; a++)
        args[2 + a] = cases[i].args[a];
      gt_test_run_guatu (f->dir, f->env, &run, args);
      g_assert_cmpint (run.status, ==, cases[i].status);
      if (cases[i].words != NULL)
        assert_has (run.err, cases[i].words);
    }
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  /* A resolved issue needs no letter, and takes no number. */
  {
    g_autoptr(GtStore) store = gt_store_open (f->db, NULL);
    GtIssue *issue;
    g_autoptr(GtIssue) resolved = NULL;
    g_auto(GtTestRun) run = { 0 };
    g_autofree char *later = g_strdup_printf ("%" G_GINT64_FORMAT, f->later);
    GDate on = gt_test_date (2023, 4, 1);

    gt_store_get_issues (store);
    issue = gt_store_lookup_issue (store, f->later);
    resolved = gt_issue_copy (issue);
    gt_issue_set_status (resolved, GT_ISSUE_STATUS_RESOLVED);
    gt_issue_set_resolution (resolved, "已硬化");
    gt_issue_set_resolved_on (resolved, &on);
    g_assert_true (gt_store_update_issue (store, resolved, NULL));
    g_clear_object (&store);
    gt_test_run_guatuv (f->dir, f->env, &run, "--database", f->db, "--export-issue-doc", out,
                        "--issue", later, "--kind", "supervise", NULL);
    g_assert_cmpint (run.status, ==, 1);
    assert_has (run.err, "needs no supervision letter");
  }
  g_assert_cmpuint (export (f, "first.pdf", f->due, "supervise", "2023-04-10"), ==, 1);
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", missing, "--escalate", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli-issue-doc/escalate", Fixture, NULL, set_up, test_escalate, tear_down);
  g_test_add ("/cli-issue-doc/documents", Fixture, NULL, set_up, test_documents, tear_down);
  g_test_add ("/cli-issue-doc/desks-at-once", Fixture, NULL, set_up, test_desks_at_once,
              tear_down);
  g_test_add ("/cli-issue-doc/unit-issues", Fixture, NULL, set_up, test_unit_issues, tear_down);
  g_test_add ("/cli-issue-doc/mistakes", Fixture, NULL, set_up, test_mistakes, tear_down);

  return g_test_run ();
}
