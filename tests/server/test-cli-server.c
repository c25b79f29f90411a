/* test-cli-server.c: the command line on a register on a server gives what it
 * gives on a file.
 *
 * The made-up county (247 projects, GB18030 CSV) is imported into a file and
 * into a throwaway PostgreSQL database by `guatu --import`; then every table
 * the command line exports (register, monthly report, issues) as CSV, and the
 * summary as JSON, must be the same bytes from both: the same named queries,
 * figures, lights and schedules, on two databases.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libpq-fe.h>

#include "gt-test-county.h"
#include "gt-test-ledger.h"
#include "gt-test-server.h"
#include "gt-test-util.h"

static char *
run_ok (const char  *dir,
        char       **env,
        const char  *first_arg,
        ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_auto(GtTestRun) run = { 0 };
  va_list ap;

  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  gt_test_run_guatu (dir, env, &run, (const char * const *) args->pdata);
  if (run.status != 0)
    g_error ("guatu %s: exit %d\n%s", first_arg, run.status, run.err);
  return g_steal_pointer (&run.out);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static void
test_same_outputs (void)
{
  static const char * const tables[] = { "register", "report", "issues" };
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  g_autofree char *ledger = NULL;
  g_autofree char *file_json = NULL;
  g_autofree char *server_json = NULL;
  g_auto(GStrv) env = NULL;
  g_auto(GStrv) rows = NULL;
  GtTestCountyFacts facts;

  if (!gt_test_server_reset (NULL))
    return;

  dir = gt_test_make_dir ();
  env = gt_test_server_environ (dir);
  rows = gt_test_county_ledger_rows (247, 2023, 3, &facts);
  ledger = gt_test_write_csv (dir, "台账.csv", (const char *const *) rows, "GB18030", FALSE);
  file = g_build_filename (dir, "register.db", NULL);

  g_free (run_ok (dir, env, "--database", file, "--import", ledger, NULL));
  g_free (run_ok (dir, env, "--database", gt_test_server_url (), "--import", ledger, NULL));

  file_json = run_ok (dir, env, "--database", file, "--summary", "--json", NULL);
  server_json = run_ok (dir, env, "--database", gt_test_server_url (), "--summary", "--json", NULL);
  g_assert_cmpstr (server_json, ==, file_json);
  g_assert_nonnull (strstr (file_json, "\"projects\": 247"));

  /* As of a month before the ledger's: other figures (its March is not yet
   * reported), the same on both. */
  {
    g_autofree char *file_feb = run_ok (dir, env, "--database", file, "--summary", "--json",
                                        "--month", "2023-02", NULL);
    g_autofree char *server_feb = run_ok (dir, env, "--database", gt_test_server_url (),
                                          "--summary", "--json", "--month", "2023-02", NULL);

    g_assert_cmpstr (server_feb, ==, file_feb);
    g_assert_cmpstr (file_feb, !=, file_json);
  }

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *name_file = g_strdup_printf ("%s-file.csv", tables[i]);
      g_autofree char *name_server = g_strdup_printf ("%s-server.csv", tables[i]);
      g_autofree char *out_file = g_build_filename (dir, name_file, NULL);
      g_autofree char *out_server = g_build_filename (dir, name_server, NULL);
      g_autofree char *from_file = NULL;
      g_autofree char *from_server = NULL;

      g_free (run_ok (dir, env, "--database", file, "--export-csv", out_file,
                      "--table", tables[i], "--month", "2023-03", NULL));
      g_free (run_ok (dir, env, "--database", gt_test_server_url (), "--export-csv", out_server,
                      "--table", tables[i], "--month", "2023-03", NULL));
      from_file = read_file (out_file);
      from_server = read_file (out_server);
      g_test_message ("%s: %zu bytes", tables[i], strlen (from_file));
      g_assert_cmpuint (strlen (from_file), >, 1000);
      g_assert_cmpstr (from_server, ==, from_file);
    }

  gt_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/server-cli/same-outputs", test_same_outputs);

  return g_test_run ();
}
