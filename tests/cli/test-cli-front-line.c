/* test-cli-front-line.c: guatu --export-pdf/--export-png --chart gantt
 * --front-line, run as a user would run it: the wall chart with the progress
 * front line (前锋线) and its key; refused with any other chart.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "gt-test-util.h"

#define KEY "Front line: bends right when ahead, left when behind"

typedef struct {
  char  *dir;
  char **env;
  char  *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_auto(GtTestRun) demo = { 0 };

  f->dir = gt_test_make_dir ();
  f->env = gt_test_cli_environ (f->dir, NULL);
  f->db = g_build_filename (f->dir, "demo.db", NULL);
  gt_test_run_guatuv (f->dir, f->env, &demo, "--demo", f->db, NULL);
  g_assert_cmpint (demo.status, ==, 0);
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

static char *
pdf_text (const char *pdf)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  char *out = NULL;
  int status = -1;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  return out;
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *with = g_build_filename (f->dir, "with.pdf", NULL);
  g_autofree char *without = g_build_filename (f->dir, "without.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_auto(GtTestRun) on = { 0 };
  g_auto(GtTestRun) off = { 0 };
  g_autofree char *text_on = NULL;
  g_autofree char *text_off = NULL;

  gt_test_run_guatuv (f->dir, f->env, &on, "--database", f->db, "--export-pdf", with,
                      "--chart", "gantt", "--front-line", "--month", "2026-10", NULL);
  g_assert_cmpint (on.status, ==, 0);
  g_assert_cmpstr (on.err, ==, "");
  gt_test_run_guatuv (f->dir, f->env, &off, "--database", f->db, "--export-pdf", without,
                      "--chart", "gantt", "--month", "2026-10", NULL);
  g_assert_cmpint (off.status, ==, 0);
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  text_on = pdf_text (with);
  text_off = pdf_text (without);
  g_assert_nonnull (strstr (text_on, KEY));
  g_assert_null (strstr (text_off, KEY));
}

static void
test_png (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "wall.png", NULL);
  g_auto(GtTestRun) run = { 0 };

  gt_test_run_guatuv (f->dir, f->env, &run, "--database", f->db, "--export-png", png,
                      "--chart", "gantt", "--front-line", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
}

/* Only the wall chart has one: anything else is a bad argument (status 2),
 * and nothing is written. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "overview.pdf", NULL);
  g_auto(GtTestRun) overview = { 0 };
  g_auto(GtTestRun) alone = { 0 };

  gt_test_run_guatuv (f->dir, f->env, &overview, "--database", f->db, "--export-pdf", pdf,
                      "--chart", "overview", "--front-line", NULL);
  g_assert_cmpint (overview.status, ==, 2);
  g_assert_nonnull (strstr (overview.err, "--front-line"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  gt_test_run_guatuv (f->dir, f->env, &alone, "--database", f->db, "--front-line", NULL);
  g_assert_cmpint (alone.status, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/front-line/pdf", Fixture, NULL, fixture_set_up, test_pdf,
              fixture_tear_down);
  g_test_add ("/cli/front-line/png", Fixture, NULL, fixture_set_up, test_png,
              fixture_tear_down);
  g_test_add ("/cli/front-line/refused", Fixture, NULL, fixture_set_up, test_refused,
              fixture_tear_down);

  return g_test_run ();
}
