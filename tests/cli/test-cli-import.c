/* test-cli-import.c: guatu --import, run as a user would run it, with no display.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <gio/gio.h>
#include <sqlite3.h>

#include "gt-test-county.h"
#include "gt-test-ledger.h"

typedef struct {
  char  *dir;
  char **env;
  char  *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = gt_test_make_dir ();
  f->db = g_build_filename (f->dir, "register.db", NULL);
  f->env = gt_test_cli_environ (f->dir, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_strfreev (f->env);
}

#define run_guatu(f, run, ...) gt_test_run_guatuv ((f)->dir, (f)->env, run, __VA_ARGS__)

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” does not contain “%s”", text, part);
}

static void
test_import_and_again (Fixture       *f,
                       gconstpointer  data)
{
  const GtTestSheet sheets[] = { { "说明", (const char *[]) { "填表说明", NULL } },
                                 { "台账", gt_test_ledger_rows } };
  g_autofree char *xlsx = gt_test_write_xlsx (f->dir, "ledger.xlsx", sheets, 2);
  g_autofree char *csv = gt_test_write_csv (f->dir, "april.csv", gt_test_ledger_april_rows,
                                            "GB18030", FALSE);
  g_auto(GtTestRun) first = { 0, };
  g_auto(GtTestRun) second = { 0, };
  g_auto(GtTestRun) wrong_sheet = { 0, };

  /* A new register, made from the office's ledger (its second sheet) */
  run_guatu (f, &first, "--database", f->db, "--import", xlsx, "--sheet", "2", NULL);
  g_assert_cmpint (first.status, ==, 0);
  assert_contains (first.out, "3 projects created");
  assert_contains (first.out, "0 projects updated");
  assert_contains (first.out, "2 issues opened");
  /* The ledger's codes (2301-000001) are not of the national shape: warned of
   * by row and column, and imported all the same. */
  {
    g_auto(GStrv) lines = g_strsplit (first.err, "\n", -1);

    for (char **line = lines; *line != NULL; line++)
      if (**line != '\0')
        {
          assert_contains (*line, "warning");
          assert_contains (*line, "column C");
          assert_contains (*line, "2301-00000");
        }
    assert_contains (first.err, "Row 5");
  }

  run_guatu (f, &second, "--database", f->db, "--import", csv, NULL);
  g_assert_cmpint (second.status, ==, 0);
  assert_contains (second.out, "1 project created");
  assert_contains (second.out, "3 projects updated");

  run_guatu (f, &wrong_sheet, "--database", f->db, "--import", xlsx, NULL);
  /* README, "Importing ledgers": an import that fails exits with status 1 (2 is
   * for bad arguments only). */
  g_assert_cmpint (wrong_sheet.status, ==, 1);
  assert_contains (wrong_sheet.err, "not a project ledger");
}

static void
test_bad_input_changes_nothing (Fixture       *f,
                                gconstpointer  data)
{
  static const char *const bad_rows[] = {
    "项目名称|总投资（万元）|1—3月完成投资", "甲|100|1", "乙|12x|1", NULL
  };
  g_autofree char *good = gt_test_write_csv (f->dir, "good.csv", gt_test_ledger_rows,
                                             "UTF-8", TRUE);
  g_autofree char *bad = gt_test_write_csv (f->dir, "bad.csv", bad_rows, "UTF-8", FALSE);
  g_autofree char *fresh = g_build_filename (f->dir, "fresh.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(GtTestRun) setup = { 0, };
  g_auto(GtTestRun) run = { 0, };
  g_auto(GtTestRun) run_fresh = { 0, };

  run_guatu (f, &setup, "--database", f->db, "--import", good, NULL);
  g_assert_cmpint (setup.status, ==, 0);
  before = gt_test_dump_database (f->db);

  run_guatu (f, &run, "--database", f->db, "--import", bad, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "Row 3, column B “总投资（万元）”: “12x”");
  assert_contains (run.err, "Nothing was imported");
  g_assert_cmpstr (run.out, ==, "");
  after = gt_test_dump_database (f->db);
  g_assert_cmpstr (after, ==, before);

  /* A register the import would have made is not left behind. */
  run_guatu (f, &run_fresh, "--database", fresh, "--import", bad, NULL);
  g_assert_cmpint (run_fresh.status, ==, 1);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
}

static void
test_arguments (Fixture       *f,
                gconstpointer  data)
{
  g_auto(GtTestRun) sheet_alone = { 0, };
  g_auto(GtTestRun) missing = { 0, };
  g_auto(GtTestRun) with_summary = { 0, };

  run_guatu (f, &sheet_alone, "--database", f->db, "--sheet", "2", NULL);
  g_assert_cmpint (sheet_alone.status, ==, 2);
  assert_contains (sheet_alone.err, "--sheet goes with --import");

  run_guatu (f, &missing, "--database", f->db, "--import", "no-such.csv", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  assert_contains (missing.err, "no-such.csv");
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));

  run_guatu (f, &with_summary, "--import", "x.csv", "--summary", NULL);
  g_assert_cmpint (with_summary.status, ==, 2);
}

/* A ledger of @n projects, each with its leader, unit and locality. */
static char *
write_big_ledger (Fixture *f,
                  guint    n)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) rows = NULL;

  g_strv_builder_add (builder, "项目名称|总投资（万元）|包联领导|责任单位|所属乡镇|存在问题");
  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *row = g_strdup_printf ("项目%03u|%u|领导%u|单位%u|乡镇%u|问题%u",
                                              i, i * 10, i % 7, i % 11, i % 5, i);

      g_strv_builder_add (builder, row);
    }
  rows = g_strv_builder_end (builder);
  return gt_test_write_csv (f->dir, "big.csv", (const char *const *) rows, "UTF-8", FALSE);
}

static guint
count_rows (const char *db,
            const char *sql)
{
  sqlite3 *conn = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n;

  g_assert_cmpint (sqlite3_open_v2 (db, &conn, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (conn, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (conn);
  return n;
}

/* Two `guatu --import` of one ledger into one register at the same moment: the
 * second plans under the write lock, after the first committed, so it updates
 * what the first created (issue 13, item 3). Several rounds, each on a new
 * register, since which one comes first is up to the scheduler. */
static void
test_two_at_once (Fixture       *f,
                  gconstpointer  data)
{
  const guint n = 200;
  g_autofree char *ledger = write_big_ledger (f, n);
  const char *binary = g_getenv ("GUATU_BINARY");
  g_autofree char *expected_created = g_strdup_printf ("%u projects created", n);
  g_autofree char *expected_updated = g_strdup_printf ("%u projects updated", n);

  g_assert_nonnull (binary);
  for (int round = 0; round < 4; round++)
    {
      g_autofree char *name = g_strdup_printf ("round%d.db", round);
      g_autofree char *db = g_build_filename (f->dir, name, NULL);
      g_autoptr(GtStore) store = NULL;
      g_autoptr(GSubprocessLauncher) launcher =
        g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                   | G_SUBPROCESS_FLAGS_STDERR_PIPE);
      GSubprocess *children[2];
      guint created = 0, updated = 0;
      g_autoptr(GError) error = NULL;

      /* The register exists; the two race for its write lock, not its making. */
      store = gt_store_open (db, &error);
      g_assert_no_error (error);
      g_clear_object (&store);

      g_subprocess_launcher_set_cwd (launcher, f->dir);
      g_subprocess_launcher_set_environ (launcher, f->env);
      for (int c = 0; c < 2; c++)
        {
          children[c] = g_subprocess_launcher_spawn (launcher, &error, binary, "--database", db,
                                                     "--import", ledger, NULL);
          g_assert_no_error (error);
        }
      for (int c = 0; c < 2; c++)
        {
          g_autofree char *out = NULL;
          g_autofree char *err = NULL;

          g_assert_true (g_subprocess_communicate_utf8 (children[c], NULL, NULL, &out, &err,
                                                        &error));
          g_assert_no_error (error);
          g_test_message ("round %d, child %d: %s%s", round, c, out, err);
          g_assert_true (g_subprocess_get_if_exited (children[c]));
          g_assert_cmpint (g_subprocess_get_exit_status (children[c]), ==, 0);
          g_assert_cmpstr (err, ==, "");
          created += strstr (out, expected_created) != NULL;
          updated += strstr (out, expected_updated) != NULL;
          g_object_unref (children[c]);
        }
      g_assert_cmpuint (created, ==, 1);
      g_assert_cmpuint (updated, ==, 1);

      g_assert_cmpuint (count_rows (db, "SELECT count(*) FROM projects"), ==, n);
      g_assert_cmpuint (count_rows (db, "SELECT count(DISTINCT name) FROM projects"), ==, n);
      g_assert_cmpuint (count_rows (db, "SELECT count(*) FROM leaders"), ==, 7);
      g_assert_cmpuint (count_rows (db, "SELECT count(*) FROM units"), ==, 11 + 5);
      g_assert_cmpuint (count_rows (db, "SELECT count(*) FROM issues"), ==, n);
    }
}

/* The county's ledger: the summary says what the stages rest on, in numbers
 * the ledger's rows give. */
static void
test_stage_summary (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(GStrv) rows = NULL;
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_auto(GtTestRun) run = { 0, };
  g_auto(GtTestRun) again = { 0, };
  GtTestCountyFacts facts;
  guint told_by_progress;

  rows = gt_test_county_ledger_rows (247, 2023, 3, &facts);
  path = gt_test_write_csv (f->dir, "台账.csv", (const char *const *) rows, "GB18030", FALSE);
  told_by_progress = facts.n_projects - facts.n_by_stage[0] - facts.n_building_told_by_nature
                     - facts.n_building_told_by_figures;
  expected = g_strdup_printf ("\n  stages: %u from 形象进度, %u from 建设性质, %u from dates or "
                              "figures, %u planned\n", told_by_progress,
                              facts.n_building_told_by_nature, facts.n_building_told_by_figures,
                              facts.n_by_stage[0]);

  run_guatu (f, &run, "--database", f->db, "--import", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "247 projects created");
  assert_contains (run.out, expected);

  /* The rows that are not projects are named (the header is row 3). */
  {
    g_autoptr(GString) headings = g_string_new (NULL);
    g_autoptr(GString) totals = g_string_new (NULL);
    g_autofree char *skipped = NULL;
    guint n_headings = 0, n_totals = 0;

    for (guint r = 3; rows[r] != NULL; r++)
      {
        gboolean total = g_str_has_prefix (rows[r], "小计") || g_str_has_prefix (rows[r], "合计");
        gboolean heading = strstr (rows[r], "、") != NULL && strchr (rows[r], '|') == NULL;
        GString *list = total ? totals : headings;
        guint *n = total ? &n_totals : &n_headings;

        if (!total && !heading)
          continue;
        if (*n < 10)
          g_string_append_printf (list, "%s%u", *n > 0 ? ", " : "", r + 1);
        (*n)++;
      }
    g_assert_cmpuint (n_headings, ==, 6);
    g_assert_cmpuint (n_totals, ==, 7);
    skipped = g_strdup_printf ("\n  skipped: 6 group headings (rows %s); 7 totals or "
                               "subtotals (rows %s)\n", headings->str, totals->str);
    assert_contains (run.out, skipped);
  }

  /* Every issue the project's unit and leader, raised by the end of March. */
  g_assert_cmpuint (count_rows (f->db, "SELECT count(*) FROM issues i JOIN projects p "
                                       "ON p.id = i.project_id WHERE i.unit_id = p.unit_id "
                                       "AND i.leader_id = p.leader_id "
                                       "AND i.raised_on = '2023-03-31'"),
                    ==, facts.n_with_problems);

  /* As an import before issue 14 left them; the ledger again gives them owners. */
  {
    sqlite3 *conn = NULL;

    g_assert_cmpint (sqlite3_open (f->db, &conn), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (conn, "UPDATE issues SET unit_id = NULL, leader_id = NULL, "
                                         "raised_on = '2026-12-06'", NULL, NULL, NULL),
                     ==, SQLITE_OK);
    sqlite3_close (conn);
  }
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("\n  %u earlier issues given their unit and leader\n",
                              facts.n_with_problems);
  run_guatu (f, &again, "--database", f->db, "--import", path, NULL);
  g_assert_cmpint (again.status, ==, 0);
  assert_contains (again.out, "0 issues opened");
  assert_contains (again.out, expected);
  g_assert_cmpuint (count_rows (f->db, "SELECT count(*) FROM issues WHERE unit_id > 0 "
                                       "AND raised_on = '2023-03-31'"),
                    ==, facts.n_with_problems);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/import/import-and-again", Fixture, NULL, fixture_set_up,
              test_import_and_again, fixture_tear_down);
  g_test_add ("/cli/import/bad-input-changes-nothing", Fixture, NULL, fixture_set_up,
              test_bad_input_changes_nothing, fixture_tear_down);
  g_test_add ("/cli/import/arguments", Fixture, NULL, fixture_set_up,
              test_arguments, fixture_tear_down);
  g_test_add ("/cli/import/two-at-once", Fixture, NULL, fixture_set_up,
              test_two_at_once, fixture_tear_down);
  g_test_add ("/cli/import/stage-summary", Fixture, NULL, fixture_set_up,
              test_stage_summary, fixture_tear_down);

  return g_test_run ();
}
