/* test-cli-import.c: guatu --import, run as a user would run it, with no display.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

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
  g_assert_cmpstr (first.err, ==, "");

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

  return g_test_run ();
}
