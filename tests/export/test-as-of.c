/* test-as-of.c: one month, everywhere. For the demo register and a county's
 * ledger of 2023 imported by guatu, at one month: the red, amber and green
 * counts of the Overview's figures, the wall chart's rows, the slides'
 * briefing and the monthly report's rows (and the marks of the report as
 * printed) are the same; and without a month every output takes the same one,
 * the latest with reports.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "gt-as-of.h"
#include "gt-export-job.h"
#include "gt-gantt-figures.h"
#include "gt-office-settings.h"
#include "gt-slide-deck.h"
#include "gt-test-county.h"
#include "gt-test-ledger.h"
#include "gt-test-util.h"

typedef struct {
  char     *dir;
  char    **env;
  GtStore  *store;
} Fixture;

typedef struct {
  guint rag[GT_N_RAGS];
} Counts;

static void
demo_set_up (Fixture       *f,
             gconstpointer  data)
{
  GDate today;

  f->dir = gt_test_make_dir ();
  f->env = gt_test_cli_environ (f->dir, "zh_CN");
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 11, 2026);
  f->store = gt_test_open_demo (f->dir, &today);
}

/* The made-up county's ledger of January to March 2023, imported by guatu as
 * an office would, years later. */
static void
county_set_up (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) rows = gt_test_county_ledger_rows (247, 2023, 3, NULL);
  g_auto(GtTestRun) run = { 0 };
  g_autofree char *csv = NULL;
  g_autofree char *db = NULL;

  f->dir = gt_test_make_dir ();
  f->env = gt_test_cli_environ (f->dir, "zh_CN");
  csv = gt_test_write_csv (f->dir, "台账.csv", (const char *const *) rows, "GB18030", FALSE);
  db = g_build_filename (f->dir, "county.db", NULL);
  gt_test_run_guatuv (f->dir, f->env, &run, "--database", db, "--import", csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  f->store = gt_store_open (db, &error);
  g_assert_no_error (error);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
  g_strfreev (f->env);
}

static GtExportJob *
job_new (Fixture       *f,
         GtExportChart  chart,
         const GtAsOf  *as_of)
{
  GtExportJobOptions options;

  gt_export_job_options_init (&options);
  if (as_of != NULL)
    {
      options.year = as_of->year;
      options.month = as_of->month;
    }
  return gt_export_job_new (f->store, chart, &options);
}

/* The Overview: the figures it shows, with the office's rules. */
static void
count_overview (Fixture      *f,
                const GtAsOf *as_of,
                Counts       *counts)
{
  g_autoptr(GtFigures) figures = NULL;
  g_autoptr(GError) error = NULL;
  GtStartTargets targets;
  GtRagRules rules;

  gt_office_settings_load_rag_rules (&rules);
  gt_office_settings_load_start_targets (&targets);
  figures = gt_figures_compute (f->store, as_of->year, as_of->month, &rules, &targets, NULL,
                                &error);
  g_assert_no_error (error);
  for (guint r = 0; r < GT_N_RAGS; r++)
    counts->rag[r] = figures->total.by_rag[r];
}

/* The wall chart: the rows its export job draws. */
static void
count_wall_chart (Fixture      *f,
                  const GtAsOf *as_of,
                  Counts       *counts)
{
  g_autoptr(GtExportJob) job = job_new (f, GT_EXPORT_CHART_GANTT, as_of);
  g_autoptr(GError) error = NULL;
  const GtGanttRow *rows;
  guint n_rows;

  rows = gt_export_job_get_gantt_rows (job, &n_rows, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rows);
  memset (counts, 0, sizeof *counts);
  for (guint i = 0; i < n_rows; i++)
    if (rows[i].kind == GT_GANTT_ROW_PROJECT)
      {
        g_assert_cmpint (rows[i].status, >=, 0);
        g_assert_cmpint (rows[i].status, <, GT_N_RAGS);
        counts->rag[rows[i].status]++;
      }
}

/* The slides: every line of their briefing. */
static void
count_slides (Fixture      *f,
              const GtAsOf *as_of,
              Counts       *counts)
{
  g_autoptr(GtSlideDeck) deck = NULL;
  g_autoptr(GError) error = NULL;
  const GtBriefing *briefing;

  deck = gt_slide_deck_new_for_office (f->store, as_of->year, as_of->month, &as_of->day,
                                       16.0 / 9.0, &error);
  g_assert_no_error (error);
  briefing = gt_slide_deck_get_briefing (deck);
  memset (counts, 0, sizeof *counts);
  for (guint s = 0; s < briefing->sections->len; s++)
    {
      GtBriefingSection *section = g_ptr_array_index (briefing->sections, s);

      for (guint i = 0; i < section->lines->len; i++)
        counts->rag[((GtBriefingLine *) g_ptr_array_index (section->lines, i))->rag]++;
    }
}

/* The monthly report: the light of each project's row. */
static void
count_report (Fixture      *f,
              const GtAsOf *as_of,
              Counts       *counts)
{
  g_autoptr(GtExportJob) job = job_new (f, GT_EXPORT_CHART_REPORT, as_of);
  g_autoptr(GError) error = NULL;
  GtExportTable *table = gt_export_job_get_table (job, &error);

  g_assert_no_error (error);
  memset (counts, 0, sizeof *counts);
  for (guint r = 0; r < gt_export_table_get_n_rows (table); r++)
    {
      int light = gt_export_table_get_row_light (table, r);

      g_assert_cmpint (light >= 0, ==,
                       gt_export_table_get_row_kind (table, r) == GT_EXPORT_ROW_PLAIN);
      if (light >= 0)
        counts->rag[light]++;
    }
}

static guint
count_text (const char *text,
            const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* The monthly report as guatu prints it: the marks (● ▲ ■) of its rows. */
static void
count_printed_report (Fixture    *f,
                      const char *month,
                      Counts     *counts)
{
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  const char *args[] = { "--database", gt_store_get_path (f->store), "--export-pdf", pdf,
                         "--chart", "report", "--month", month, NULL };
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  g_auto(GtTestRun) run = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int wait_status = 0;

  gt_test_run_guatu (f->dir, f->env, &run, args);
  g_assert_cmpint (run.status, ==, 0);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &text, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);
  for (guint r = 0; r < GT_N_RAGS; r++)
    counts->rag[r] = count_text (text, gt_rag_get_mark (r));
}

static void
assert_same (const char   *what,
             const Counts *counts,
             const Counts *expected)
{
  g_test_message ("%s: %u green, %u amber, %u red", what, counts->rag[GT_RAG_GREEN],
                  counts->rag[GT_RAG_AMBER], counts->rag[GT_RAG_RED]);
  for (guint r = 0; r < GT_N_RAGS; r++)
    g_assert_cmpuint (counts->rag[r], ==, expected->rag[r]);
}

static void
assert_counts_agree (Fixture    *f,
                     const char *month)
{
  Counts overview = { 0 }, wall = { 0 }, slides = { 0 }, report = { 0 }, printed = { 0 };
  GtAsOf as_of;

  g_assert_true (gt_as_of_parse (&as_of, month));
  count_overview (f, &as_of, &overview);
  count_wall_chart (f, &as_of, &wall);
  count_slides (f, &as_of, &slides);
  count_report (f, &as_of, &report);
  count_printed_report (f, month, &printed);

  g_test_message ("as of %s", month);
  assert_same ("overview", &overview, &overview);
  assert_same ("wall chart", &wall, &overview);
  assert_same ("slides", &slides, &overview);
  assert_same ("monthly report", &report, &overview);
  assert_same ("printed report", &printed, &overview);
  /* Something to agree on: the month has lights of more than one colour. */
  g_assert_cmpuint (overview.rag[GT_RAG_GREEN], >, 0);
  g_assert_cmpuint (overview.rag[GT_RAG_AMBER] + overview.rag[GT_RAG_RED], >, 0);
}

/* Every output's month when none is given: the latest month with reports. */
static void
assert_default_month (Fixture    *f,
                      const char *expected)
{
  static const GtExportChart charts[] = {
    GT_EXPORT_CHART_GANTT, GT_EXPORT_CHART_OVERVIEW, GT_EXPORT_CHART_REPORT,
    GT_EXPORT_CHART_ISSUES, GT_EXPORT_CHART_REGISTER,
  };
  g_autoptr(GError) error = NULL;
  GtAsOf as_of, wanted;

  g_assert_true (gt_as_of_parse (&wanted, expected));
  g_assert_true (gt_as_of_init_default (&as_of, f->store, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (as_of.year, ==, wanted.year);
  g_assert_cmpint (as_of.month, ==, wanted.month);
  g_assert_cmpint (g_date_compare (&as_of.day, &wanted.day), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autoptr(GtExportJob) job = job_new (f, charts[i], NULL);
      GtExportDoc doc;
      const GtAsOf *job_as_of;

      g_assert_true (gt_export_job_layout (job, 842, 595, &doc, &error));
      g_assert_no_error (error);
      job_as_of = gt_export_job_get_as_of (job);
      g_assert_cmpint (job_as_of->year, ==, wanted.year);
      g_assert_cmpint (job_as_of->month, ==, wanted.month);
      g_assert_cmpint (g_date_compare (&job_as_of->day, &wanted.day), ==, 0);
    }
}

/* The window's wall chart printed as of @month: the rows the page shows (as of
 * @shown) get the month's lights and figures, those the command line's rows
 * have. */
static void
assert_window_rows (Fixture    *f,
                    const char *month,
                    const char *shown)
{
  g_autoptr(GtGanttRows) window_rows = NULL;
  g_autoptr(GtGanttRows) expected = NULL;
  g_autoptr(GtExportJob) job = NULL;
  g_autoptr(GError) error = NULL;
  const GtGanttRow *rows, *want;
  GtExportJobOptions options;
  GtGanttOptions opts;
  GtAsOf as_of, other;
  GtRagRules rules;
  guint n_rows, n_want, n_projects = 0;

  g_assert_true (gt_as_of_parse (&as_of, month));
  g_assert_true (gt_as_of_parse (&other, shown));
  gt_office_settings_load_rag_rules (&rules);
  window_rows = gt_export_gantt_rows (f->store, &rules, &other.day, &error);
  g_assert_no_error (error);
  g_assert_true (gt_gantt_figures_fill (window_rows, f->store, other.year, other.month, &error));
  expected = gt_export_gantt_rows (f->store, &rules, &as_of.day, &error);
  g_assert_no_error (error);
  g_assert_true (gt_gantt_figures_fill (expected, f->store, as_of.year, as_of.month, &error));

  gt_export_job_options_init (&options);
  options.year = as_of.year;
  options.month = as_of.month;
  options.gantt_rows = gt_gantt_rows_get_rows (window_rows, &options.n_gantt_rows);
  gt_gantt_options_init (&opts, GT_GANTT_ZOOM_QUARTER);
  gt_gantt_options_fit_range (&opts, options.gantt_rows, options.n_gantt_rows);
  options.gantt_options = &opts;
  job = gt_export_job_new (f->store, GT_EXPORT_CHART_GANTT, &options);
  rows = gt_export_job_get_gantt_rows (job, &n_rows, &error);
  g_assert_no_error (error);
  want = gt_gantt_rows_get_rows (expected, &n_want);
  g_assert_cmpuint (n_rows, ==, n_want);
  for (guint i = 0; i < n_rows; i++)
    {
      if (rows[i].kind != GT_GANTT_ROW_PROJECT)
        continue;
      g_assert_cmpint (rows[i].id, ==, want[i].id);
      g_assert_cmpint (rows[i].status, ==, want[i].status);
      g_assert_cmpint (rows[i].annual_plan, ==, want[i].annual_plan);
      g_assert_cmpint (rows[i].completed, ==, want[i].completed);
      g_assert_cmpstr (rows[i].progress_note, ==, want[i].progress_note);
      n_projects++;
    }
  g_assert_cmpuint (n_projects, >, 0);
}

/* The slides and the PDFs the command line writes without --month say the
 * same month and the same date of the data. */
static void
assert_command_line_default (Fixture    *f,
                             const char *month_text,
                             const char *as_of_text)
{
  static const char *const outputs[][3] = {
    { "--export-slides", "slides.pdf", NULL },
    { "--export-pdf", "report.pdf", "report" },
    { "--export-pdf", "gantt.pdf", "gantt" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_autofree char *pdf = g_build_filename (f->dir, outputs[i][1], NULL);
      const char *args[] = { "--database", gt_store_get_path (f->store), outputs[i][0], pdf,
                             outputs[i][2] != NULL ? "--chart" : NULL, outputs[i][2], NULL };
      const char *argv[] = { "pdftotext", pdf, "-", NULL };
      g_auto(GtTestRun) run = { 0 };
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      int wait_status = 0;

      gt_test_run_guatu (f->dir, f->env, &run, args);
      g_assert_cmpint (run.status, ==, 0);
      g_spawn_sync (NULL, (char **) argv, NULL,
                    G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text, NULL,
                    &wait_status, &error);
      g_assert_no_error (error);
      g_test_message ("%s", outputs[i][1]);
      g_assert_nonnull (strstr (text, month_text));
      g_assert_nonnull (strstr (text, as_of_text));
    }
}

static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  assert_counts_agree (f, "2026-10");
  assert_counts_agree (f, "2026-06");
  assert_default_month (f, "2026-11");
  assert_window_rows (f, "2026-06", "2026-11");
}

static void
test_county (Fixture       *f,
             gconstpointer  data)
{
  assert_counts_agree (f, "2023-03");
  assert_counts_agree (f, "2023-02");
  assert_default_month (f, "2023-03");
  assert_window_rows (f, "2023-02", "2023-03");
  assert_command_line_default (f, "2023年3月", "数据截至2023年3月31日");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gt_test_use_zh_cn ();

  g_test_add ("/as-of/demo", Fixture, NULL, demo_set_up, test_demo, tear_down);
  g_test_add ("/as-of/county", Fixture, NULL, county_set_up, test_county, tear_down);

  return g_test_run ();
}
