/* test-cli-copy.c: guatu --copy-register and --grant-unit from the command
 * line, with no display, as an office's administrator runs them.
 *
 * A demo file is copied to a throwaway PostgreSQL database and back; `guatu
 * --summary --json` prints the same bytes for all three. Runs inside
 * pg_virtualenv like the rest of the server suite.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-test-server.h"
#include "gt-test-util.h"

static char *
summary (const char  *dir,
         char       **env,
         const char  *location)
{
  g_auto(GtTestRun) run = { 0 };

  gt_test_run_guatuv (dir, env, &run, "--database", location, "--summary", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  return g_steal_pointer (&run.out);
}

static void
test_copy_there_and_back (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  g_autofree char *back = NULL;
  g_autofree char *file_json = NULL;
  g_autofree char *server_json = NULL;
  g_autofree char *back_json = NULL;
  g_auto(GStrv) env = NULL;
  g_auto(GtTestRun) demo = { 0 };
  g_auto(GtTestRun) there = { 0 };
  g_auto(GtTestRun) again = { 0 };
  g_auto(GtTestRun) home = { 0 };

  if (!gt_test_server_reset (NULL))
    return;
  dir = gt_test_make_dir ();
  env = gt_test_server_environ (dir);
  file = g_build_filename (dir, "office.db", NULL);
  back = g_build_filename (dir, "back.db", NULL);

  gt_test_run_guatuv (dir, env, &demo, "--demo", file, NULL);
  g_assert_cmpint (demo.status, ==, 0);

  gt_test_run_guatuv (dir, env, &there, "--copy-register", file, gt_test_server_url (), NULL);
  g_test_message ("%s", there.out);
  g_assert_cmpint (there.status, ==, 0);
  g_assert_nonnull (strstr (there.out, "projects"));

  /* Into a register that holds something: refused, and said so. */
  gt_test_run_guatuv (dir, env, &again, "--copy-register", file, gt_test_server_url (), NULL);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_nonnull (strstr (again.err, "already holds a register"));

  gt_test_run_guatuv (dir, env, &home, "--copy-register", gt_test_server_url (), back, NULL);
  g_assert_cmpint (home.status, ==, 0);

  file_json = summary (dir, env, file);
  server_json = summary (dir, env, gt_test_server_url ());
  back_json = summary (dir, env, back);
  g_assert_cmpstr (server_json, ==, file_json);
  g_assert_cmpstr (back_json, ==, file_json);
  g_assert_nonnull (strstr (file_json, "\"projects\""));

  gt_test_remove_tree (dir);
}

/* The office's desks and a unit's, set up from the command line. */
static void
test_grant (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *mapped = NULL;
  g_auto(GStrv) env = NULL;
  g_auto(GtTestRun) demo = { 0 };
  g_auto(GtTestRun) there = { 0 };
  g_auto(GtTestRun) office = { 0 };
  g_auto(GtTestRun) grant = { 0 };
  g_auto(GtTestRun) nobody = { 0 };
  g_auto(GtTestRun) no_unit = { 0 };

  if (!gt_test_server_reset ("DROP ROLE IF EXISTS guatu_cli_desk;"
                             "DROP ROLE IF EXISTS guatu_cli_unit;"
                             "CREATE ROLE guatu_cli_desk LOGIN; CREATE ROLE guatu_cli_unit LOGIN;"))
    return;
  dir = gt_test_make_dir ();
  env = gt_test_server_environ (dir);
  file = g_build_filename (dir, "office.db", NULL);
  gt_test_run_guatuv (dir, env, &demo, "--demo", file, NULL);
  g_assert_cmpint (demo.status, ==, 0);
  gt_test_run_guatuv (dir, env, &there, "--copy-register", file, gt_test_server_url (), NULL);
  g_assert_cmpint (there.status, ==, 0);
  unit = gt_test_server_value ("SELECT name FROM units ORDER BY id LIMIT 1");
  g_assert_cmpstr (unit, !=, "");

  gt_test_run_guatuv (dir, env, &office, "--database", gt_test_server_url (), "--grant-office",
                      "guatu_cli_desk", NULL);
  g_assert_cmpint (office.status, ==, 0);
  g_assert_nonnull (strstr (office.out, "guatu_cli_desk"));
  gt_test_run_guatuv (dir, env, &grant, "--database", gt_test_server_url (), "--grant-unit",
                      "guatu_cli_unit", unit, NULL);
  g_test_message ("%s", grant.out);
  g_assert_cmpint (grant.status, ==, 0);
  g_assert_nonnull (strstr (grant.out, unit));

  gt_test_run_guatuv (dir, env, &nobody, "--database", gt_test_server_url (), "--grant-unit",
                      "guatu_no_such_role", unit, NULL);
  g_assert_cmpint (nobody.status, ==, 1);
  g_assert_nonnull (strstr (nobody.err, "createuser guatu_no_such_role"));
  gt_test_run_guatuv (dir, env, &no_unit, "--database", gt_test_server_url (), "--grant-unit",
                      "guatu_cli_unit", "没有这个单位", NULL);
  g_assert_cmpint (no_unit.status, ==, 1);
  g_assert_nonnull (strstr (no_unit.err, "没有这个单位"));

  mapped = gt_test_server_value ("SELECT count (*) FROM guatu_unit_roles "
                             "WHERE role = 'guatu_cli_unit'");
  g_assert_cmpstr (mapped, ==, "1");
  gt_test_remove_tree (dir);
}

/* Wrong arguments are told apart from failures (exit 2, not 1). */
static void
test_arguments (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *made = g_build_filename (dir, "a.db", NULL);
  g_auto(GStrv) env = gt_test_cli_environ (dir, NULL);
  g_auto(GtTestRun) no_to = { 0 };
  g_auto(GtTestRun) grant_file = { 0 };
  g_auto(GtTestRun) grant_no_unit = { 0 };
  g_auto(GtTestRun) stray = { 0 };

  gt_test_run_guatuv (dir, env, &no_to, "--copy-register", "a.db", NULL);
  g_assert_cmpint (no_to.status, ==, 2);
  g_assert_nonnull (strstr (no_to.err, "--copy-register FROM TO"));

  gt_test_run_guatuv (dir, env, &grant_file, "--database", "a.db", "--grant-unit", "zhen",
                      "城关镇", NULL);
  g_assert_cmpint (grant_file.status, ==, 2);
  g_assert_nonnull (strstr (grant_file.err, "postgresql://"));
  g_assert_false (g_file_test (made, G_FILE_TEST_EXISTS));

  gt_test_run_guatuv (dir, env, &grant_no_unit, "--database", "postgresql://", "--grant-unit",
                      "zhen", NULL);
  g_assert_cmpint (grant_no_unit.status, ==, 2);

  gt_test_run_guatuv (dir, env, &stray, "--summary", "extra", NULL);
  g_assert_cmpint (stray.status, ==, 2);

  gt_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-copy/there-and-back", test_copy_there_and_back);
  g_test_add_func ("/cli-copy/grant", test_grant);
  g_test_add_func ("/cli-copy/arguments", test_arguments);

  return g_test_run ();
}
