/* test-cli-month.c: guatu --close-month and --reopen-month, and what they do
 * to an import of that month's figures.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-test-county.h"
#include "gt-test-ledger.h"
#include "gt-test-util.h"

static void
test_close_and_reopen (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *db = g_build_filename (dir, "register.db", NULL);
  g_auto(GStrv) env = gt_test_cli_environ (dir, NULL);
  g_auto(GStrv) rows = NULL;
  g_autofree char *ledger = NULL;
  g_autofree char *before = NULL;
  GtTestCountyFacts facts;

  rows = gt_test_county_ledger_rows (30, 2023, 3, &facts);
  ledger = gt_test_write_csv (dir, "台账.csv", (const char *const *) rows, "GB18030", FALSE);
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (dir, env, &run, "--database", db, "--import", ledger, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (dir, env, &run, "--database", db, "--close-month", "2023-03", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "is signed off"));
  }
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (dir, env, &run, "--database", db, "--summary", "--json", NULL);
    g_assert_cmpint (run.status, ==, 0);
    before = g_steal_pointer (&run.out);
  }
  /* A ledger with one project more, and its March figures: refused whole. */
  g_strfreev (rows);
  rows = gt_test_county_ledger_rows (31, 2023, 3, &facts);
  g_free (ledger);
  ledger = gt_test_write_csv (dir, "台账二.csv", (const char *const *) rows, "GB18030", FALSE);
  {
    g_auto(GtTestRun) run = { 0 };
    g_auto(GtTestRun) summary = { 0 };

    gt_test_run_guatuv (dir, env, &run, "--database", db, "--import", ledger, NULL);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, "signed off"));
    gt_test_run_guatuv (dir, env, &summary, "--database", db, "--summary", "--json", NULL);
    g_assert_cmpstr (summary.out, ==, before);
  }
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (dir, env, &run, "--database", db, "--reopen-month", "2023-03", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "--reason"));
  }
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (dir, env, &run, "--database", db, "--reopen-month", "2023-03",
                        "--reason", "镇里更正", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "is reopened"));
  }
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (dir, env, &run, "--database", db, "--close-month", "2023-13", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  /* The change history names the ledger each change came from. */
  {
    g_auto(GtTestRun) run = { 0 };
    g_autofree char *csv = g_build_filename (dir, "history.csv", NULL);
    g_autofree char *text = NULL;

    gt_test_run_guatuv (dir, env, &run, "--database", db, "--export-csv", csv,
                        "--table", "history", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "Import of 台账.csv"));
    g_assert_nonnull (strstr (text, "Completed this month"));
    g_assert_nonnull (strstr (text, "March 2023"));
  }

  gt_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/month/close-and-reopen", test_close_and_reopen);

  return g_test_run ();
}
