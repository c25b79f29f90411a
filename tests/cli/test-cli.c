/* test-cli.c: the command line, run as a user would run it, with no display.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

#include <glib/gstdio.h>

#include "gt-as-of.h"
#include "gt-store.h"
#include "gt-summary.h"
#include "gt-test-util.h"

typedef struct {
  char  *dir;
  char **env;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  f->dir = g_dir_make_tmp ("guatu-cli-XXXXXX", &error);
  g_assert_no_error (error);

  f->env = gt_test_cli_environ (f->dir, NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_assert_cmpint (g_remove (path), ==, 0);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_strfreev (f->env);
}

/* Runs the real binary with @args (NULL-terminated, after the program name). */
#define run_guatu(f, run, ...) gt_test_run_guatuv ((f)->dir, (f)->env, run, __VA_ARGS__)

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
assert_file_is (const char *path,
                const char *expected)
{
  g_autoptr(GBytes) contents = read_file (path);
  g_autoptr(GBytes) wanted = g_bytes_new_static (expected, strlen (expected));

  g_assert_true (g_bytes_equal (contents, wanted));
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static int
this_year (void)
{
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  return g_date_get_year (&today);
}

static void
test_demo_and_summary (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "demo.db", NULL);
  g_autofree char *year = g_strdup_printf ("%d", this_year ());
  g_autofree char *expected = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GtTestRun) demo = { 0 };
  g_auto(GtTestRun) json = { 0 };
  g_auto(GtTestRun) text = { 0 };
  GtSummary summary;
  GtAsOf as_of;

  run_guatu (f, &demo, "--demo", path, NULL);
  g_assert_cmpint (demo.status, ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (strstr (demo.out, "demo.db"));
  {
    GStatBuf st;

    /* A register holds names and phone numbers: the owner's eyes only. */
    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }

  run_guatu (f, &json, "--database", path, "--summary", "--json", "--year", year, NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_cmpstr (json.err, ==, "");
  g_assert_nonnull (strstr (json.out, "\"projects\": 66,"));
  g_assert_nonnull (strstr (json.out, "\"by_stage\": {"));
  g_assert_nonnull (strstr (json.out, "\"overdue\": "));

  /* Exactly what the library says of the same file (its own JSON is checked for
   * validity and figures in test-summary). */
  store = gt_store_open (path, &error);
  g_assert_no_error (error);
  /* As of the register's month (the latest with reports), like every output,
   * when that month is in the year asked for. */
  g_assert_true (gt_as_of_init_default (&as_of, store, NULL, &error));
  g_assert_no_error (error);
  if (as_of.year != this_year ())
    gt_as_of_set (&as_of, this_year (), 12);
  gt_summary_compute (store, this_year (), &as_of.day, &summary, &error);
  g_assert_no_error (error);
  expected = gt_summary_to_json (&summary);
  g_assert_cmpstr (json.out, ==, expected);
  g_assert_cmpuint (summary.projects, ==, 66);
  g_assert_cmpuint (summary.issues_total, >=, 40);

  /* For people, in the default year. */
  run_guatu (f, &text, "--database", path, "--summary", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "Projects: 66\n"));
  g_assert_nonnull (strstr (text.out, "Found "));

  /* As of a month, the same figures as the library's for that month's end. */
  {
    g_auto(GtTestRun) march = { 0 };
    g_auto(GtTestRun) both = { 0 };
    g_auto(GtTestRun) version = { 0 };
    g_autofree char *march_json = NULL;
    GtSummary march_summary;
    char month[8];

    g_snprintf (month, sizeof month, "%d-03", this_year ());
    gt_as_of_parse (&as_of, month);
    gt_summary_compute (store, as_of.year, &as_of.day, &march_summary, &error);
    g_assert_no_error (error);
    march_json = gt_summary_to_json (&march_summary);
    run_guatu (f, &march, "--database", path, "--summary", "--json", "--month", month, NULL);
    g_assert_cmpint (march.status, ==, 0);
    g_assert_cmpstr (march.out, ==, march_json);

    run_guatu (f, &both, "--database", path, "--summary", "--month", month, "--year", year,
               NULL);
    g_assert_cmpint (both.status, ==, 2);

    run_guatu (f, &version, "--version", NULL);
    g_assert_cmpint (version.status, ==, 0);
    g_assert_cmpstr (version.out, ==, "guatu " PACKAGE_VERSION "\n");
  }
}

static void
test_demo_never_overwrites (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *demo_path = g_build_filename (f->dir, "demo.db", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_auto(GtTestRun) first = { 0 };
  g_auto(GtTestRun) second = { 0 };
  g_auto(GtTestRun) again = { 0 };

  write_file (path, "not a register\n");
  run_guatu (f, &first, "--demo", path, NULL);
  g_assert_cmpint (first.status, !=, 0);
  g_assert_true (g_str_has_prefix (first.err, "guatu: "));
  g_assert_nonnull (strstr (first.err, "notes.txt"));
  assert_file_is (path, "not a register\n");

  /* Not even a register it made itself. */
  run_guatu (f, &second, "--demo", demo_path, NULL);
  g_assert_cmpint (second.status, ==, 0);
  before = read_file (demo_path);
  run_guatu (f, &again, "--demo", demo_path, NULL);
  g_assert_cmpint (again.status, !=, 0);
  after = read_file (demo_path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_summary_refuses (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *text_path = g_build_filename (f->dir, "ledger.txt", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  g_autofree char *default_db = g_build_filename (f->dir, "data", "guatu", "guatu.db",
                                                  NULL);
  static const char ledger[] = "项目名称,总投资\n县人民医院新院区建设项目,120000\n"
                               "this is a plain text file, not a database at all\n";
  g_auto(GtTestRun) text = { 0 };
  g_auto(GtTestRun) absent = { 0 };
  g_auto(GtTestRun) no_default = { 0 };

  /* Long enough that SQLite reads a header from it, and not one of its own. */
  write_file (text_path, ledger);
  run_guatu (f, &text, "--database", text_path, "--summary", NULL);
  g_assert_cmpint (text.status, ==, 1);
  g_assert_cmpstr (text.out, ==, "");
  g_assert_true (g_str_has_prefix (text.err, "guatu: "));
  g_assert_nonnull (strstr (text.err, "ledger.txt"));
  assert_file_is (text_path, ledger);

  /* Summing up creates nothing. */
  run_guatu (f, &absent, "--database", missing, "--summary", NULL);
  g_assert_cmpint (absent.status, ==, 1);
  g_assert_nonnull (strstr (absent.err, "missing.db"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  run_guatu (f, &no_default, "--summary", "--json", NULL);
  g_assert_cmpint (no_default.status, ==, 1);
  g_assert_nonnull (strstr (no_default.err, "guatu.db"));
  g_assert_false (g_file_test (default_db, G_FILE_TEST_EXISTS));
}

static void
test_bad_arguments (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "demo.db", NULL);
  g_auto(GtTestRun) demo = { 0 };
  g_auto(GtTestRun) early = { 0 };
  g_auto(GtTestRun) late = { 0 };
  g_auto(GtTestRun) lone_json = { 0 };

  run_guatu (f, &demo, "--demo", path, NULL);
  g_assert_cmpint (demo.status, ==, 0);

  run_guatu (f, &early, "--database", path, "--summary", "--year", "1989", NULL);
  g_assert_cmpint (early.status, ==, 2);
  g_assert_true (g_str_has_prefix (early.err, "guatu: "));
  g_assert_cmpstr (early.out, ==, "");

  run_guatu (f, &late, "--database", path, "--summary", "--year", "2101", NULL);
  g_assert_cmpint (late.status, ==, 2);

  run_guatu (f, &lone_json, "--database", path, "--json", NULL);
  g_assert_cmpint (lone_json.status, ==, 2);
  g_assert_true (g_str_has_prefix (lone_json.err, "guatu: "));
}

/* --help and the refusal of an unknown chart name list every chart, the weekly
 * inspection report too. */
static void
test_chart_names (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "chart.pdf", NULL);
  g_auto(GtTestRun) help = { 0 };
  g_auto(GtTestRun) unknown = { 0 };
  g_auto(GtTestRun) unnamed = { 0 };

  run_guatu (f, &help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "formalities or inspection"));

  run_guatu (f, &unknown, "--export-pdf", pdf, "--chart", "nonsense", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "issues, formalities or inspection"));

  run_guatu (f, &unnamed, "--export-pdf", pdf, NULL);
  g_assert_cmpint (unnamed.status, ==, 2);
  g_assert_nonnull (strstr (unnamed.err, "formalities or inspection"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

/* --export-notice runs before the other exports: what it does not take is
 * refused, by name, rather than left unheeded. */
static void
test_notice_refuses (Fixture       *f,
                     gconstpointer  data)
{
  static const char *const strays[][2] = {
    { "--week", "2026-11-16" }, { "--chart", "inspection" }, { "--unit", "县自然资源局" },
    { "--front-line", NULL }, { "--summary", NULL },
  };
  g_autofree char *path = g_build_filename (f->dir, "demo.db", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "notice.pdf", NULL);
  g_auto(GtTestRun) demo = { 0 };
  g_auto(GtTestRun) good = { 0 };

  run_guatu (f, &demo, "--demo", path, NULL);
  g_assert_cmpint (demo.status, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (strays); i++)
    {
      g_auto(GtTestRun) run = { 0 };
      g_autofree char *wanted = g_strdup_printf ("guatu: %s does not go with --export-notice",
                                                 strays[i][0]);

      run_guatu (f, &run, "--database", path, "--export-notice", pdf,
                 strays[i][0], strays[i][1], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_true (g_str_has_prefix (run.err, wanted));
      g_assert_cmpstr (run.out, ==, "");
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    }

  /* What it takes still works. */
  run_guatu (f, &good, "--database", path, "--export-notice", pdf, "--month", "2026-10",
             NULL);
  g_assert_cmpint (good.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
}

/* The meeting's slides from cron: a PDF with a page a slide; bad arguments
 * leave no file behind. */
static void
test_export_slides (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "demo.db", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "slides.pdf", NULL);
  g_autofree char *wide = NULL;
  g_auto(GtTestRun) demo = { 0 };
  g_auto(GtTestRun) slides = { 0 };
  g_auto(GtTestRun) square = { 0 };
  g_auto(GtTestRun) bad_month = { 0 };
  g_auto(GtTestRun) bad_aspect = { 0 };
  g_auto(GtTestRun) stray = { 0 };
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  guint n_slides = 0;

  run_guatu (f, &demo, "--demo", path, NULL);
  g_assert_cmpint (demo.status, ==, 0);

  run_guatu (f, &slides, "--database", path, "--export-slides", pdf, "--month", "2026-10",
             NULL);
  g_assert_cmpint (slides.status, ==, 0);
  g_assert_cmpstr (slides.err, ==, "");
  g_assert_cmpint (sscanf (slides.out, "Wrote %u slides", &n_slides), ==, 1);
  g_assert_cmpuint (n_slides, >, 5);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  if (pdfinfo != NULL)
    {
      g_autofree char *info = NULL;
      g_autofree char *pages = g_strdup_printf ("Pages:           %u\n", n_slides);

      g_assert_true (g_spawn_command_line_sync (wide = g_strdup_printf ("pdfinfo %s", pdf),
                                                &info, NULL, NULL, NULL));
      g_assert_nonnull (strstr (info, pages));
      g_assert_nonnull (strstr (info, "1280 x 720 pts"));
    }
  g_assert_cmpint (g_remove (pdf), ==, 0);

  run_guatu (f, &square, "--database", path, "--export-slides", pdf, "--month", "2026-10",
             "--aspect", "4:3", "--dark", NULL);
  g_assert_cmpint (square.status, ==, 0);
  g_assert_cmpint (g_remove (pdf), ==, 0);

  run_guatu (f, &bad_month, "--database", path, "--export-slides", pdf, "--month", "2026-13",
             NULL);
  g_assert_cmpint (bad_month.status, ==, 2);
  g_assert_true (g_str_has_prefix (bad_month.err, "guatu: "));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  run_guatu (f, &bad_aspect, "--database", path, "--export-slides", pdf, "--aspect", "21:9",
             NULL);
  g_assert_cmpint (bad_aspect.status, ==, 2);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  run_guatu (f, &stray, "--database", path, "--dark", NULL);
  g_assert_cmpint (stray.status, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/cli/demo-and-summary", Fixture, NULL, fixture_set_up,
              test_demo_and_summary, fixture_tear_down);
  g_test_add ("/cli/demo-never-overwrites", Fixture, NULL, fixture_set_up,
              test_demo_never_overwrites, fixture_tear_down);
  g_test_add ("/cli/summary-refuses", Fixture, NULL, fixture_set_up,
              test_summary_refuses, fixture_tear_down);
  g_test_add ("/cli/bad-arguments", Fixture, NULL, fixture_set_up,
              test_bad_arguments, fixture_tear_down);
  g_test_add ("/cli/export-slides", Fixture, NULL, fixture_set_up,
              test_export_slides, fixture_tear_down);
  g_test_add ("/cli/chart-names", Fixture, NULL, fixture_set_up,
              test_chart_names, fixture_tear_down);
  g_test_add ("/cli/notice-refuses", Fixture, NULL, fixture_set_up,
              test_notice_refuses, fixture_tear_down);

  return g_test_run ();
}
