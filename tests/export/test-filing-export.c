/* test-filing-export.c: the units yet to file a month (未报名单), read back.
 *
 * On the demo register as of today, the month with the latest reports: the
 * table holds the units that still owe figures and no other, each with its
 * status, count and reminder; the PDF (read back with pdftotext) carries the
 * title with the month and the deadline, the 数据截至 line and every unit owing;
 * the XLSX (read back with openpyxl) the same rows; guatu --export-pdf and
 * --export-xlsx FILE --table filing --month write the same, and refuse
 * --export-png with it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

#include <glib/gi18n-lib.h>

#include "gt-as-of.h"
#include "gt-export-job.h"
#include "gt-filing-print.h"
#include "gt-format.h"
#include "gt-test-util.h"

typedef struct {
  char      *dir;
  char      *db;
  char     **env;
  GtStore   *store;
  GDate      today;
  GtAsOf     as_of;
  int        day;
  GPtrArray *list;   /* the core's, sorted */
  guint      owing;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = gt_test_make_dir ();
  f->db = g_build_filename (f->dir, "demo.db", NULL);
  f->env = gt_test_cli_environ (f->dir, "zh_CN");
  g_date_clear (&f->today, 1);
  g_date_set_time_t (&f->today, time (NULL));
  f->store = gt_test_open_demo (f->dir, &f->today);
  g_assert_true (gt_as_of_init_default (&f->as_of, f->store, NULL, &error));
  g_assert_no_error (error);
  f->day = gt_filing_get_deadline_day ();
  f->list = gt_filing_list (f->store, f->as_of.year, f->as_of.month, f->day, &f->today,
                            &error);
  g_assert_no_error (error);
  gt_filing_sort (f->list);
  for (guint i = 0; i < f->list->len; i++)
    f->owing += gt_filing_is_outstanding (f->list->pdata[i]);
  /* The demo leaves some units short of figures, and not all. */
  g_assert_cmpuint (f->owing, >, 0);
  g_assert_cmpuint (f->owing, <, f->list->len);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_pointer (&f->list, g_ptr_array_unref);
  g_clear_object (&f->store);
  g_strfreev (f->env);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static char *
month_text (Fixture *f)
{
  return g_strdup_printf ("%04d-%02d", f->as_of.year, f->as_of.month);
}

/* The output of @argv, which must succeed. */
static char *
run (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);
  return out;
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };

  return run (argv);
}

/* Every row of the workbook's one sheet, its cells joined by tabs, the sheet's
 * name first. */
static char **
xlsx_rows (const char *path)
{
  const char *script =
    "import sys, openpyxl\n"
    "book = openpyxl.load_workbook(sys.argv[1])\n"
    "assert len(book.worksheets) == 1\n"
    "sheet = book.worksheets[0]\n"
    "print(sheet.title)\n"
    "for row in sheet.iter_rows(values_only=True):\n"
    "    print('\\t'.join('' if v is None else str(v) for v in row))\n";
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };
  g_autofree char *out = NULL;

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    return NULL;
  out = run (argv);
  return g_strsplit (g_strchomp (out), "\n", -1);
}

static gboolean
has_openpyxl (void)
{
  const char *argv[] = { "/usr/bin/python3", "-c", "import openpyxl", NULL };
  int wait_status = 1;

  return g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                       NULL, NULL, &wait_status, NULL) &&
         WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0;
}

/* @text without its white space. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* @needle is in @squeezed (squeeze()d text), white space aside. */
static void
assert_has (const char *squeezed,
            const char *needle)
{
  g_autofree char *squeezed_needle = squeeze (needle);

  if (strstr (squeezed, squeezed_needle) == NULL)
    g_error ("“%s” is not in the text: %s", needle, squeezed);
}

static void
assert_units (Fixture    *f,
              const char *text)
{
  for (guint i = 0; i < f->list->len; i++)
    {
      const GtFiling *filing = f->list->pdata[i];

      if (gt_filing_is_outstanding (filing))
        g_assert_nonnull (strstr (text, filing->unit));
      else
        g_assert_null (strstr (text, filing->unit));
    }
}

static void
assert_pdf (Fixture    *f,
            const char *path)
{
  g_autofree char *text = pdf_text (path);
  g_autofree char *title = gt_filing_print_title (f->as_of.year, f->as_of.month, f->day);
  g_autofree char *today = gt_format_date (&f->today);
  g_autofree char *as_of = g_strdup_printf (_("Data as of %s"), today);
  g_autofree char *first = NULL;
  g_autofree char *squeezed = squeeze (text);
  const GtFiling *owing = f->list->pdata[0];

  /* Text may wrap (a reminder in its column, a long title in English): it is
   * read without the spaces and line breaks wrapping adds and takes away. */
  assert_has (squeezed, title);
  assert_has (squeezed, as_of);
  assert_units (f, squeezed);
  first = gt_filing_reminder (owing->unit, f->as_of.year, f->as_of.month, f->day);
  assert_has (squeezed, first);
}

/* The table: the units owing and no other, in the core's order, each with its
 * status, count and reminder. */
static void
test_table (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GtExportTable) table = gt_filing_print_table (f->list, f->as_of.year,
                                                          f->as_of.month, f->day, &f->today);
  g_autofree char *title = gt_filing_print_title (f->as_of.year, f->as_of.month, f->day);
  guint row = 0;

  g_assert_nonnull (strstr (gt_export_table_get_title (table), title));
  g_assert_cmpuint (gt_export_table_get_n_columns (table), ==, 6);
  g_assert_cmpuint (gt_export_table_get_n_rows (table), ==, f->owing);
  for (guint i = 0; i < f->list->len; i++)
    {
      const GtFiling *filing = f->list->pdata[i];
      g_autofree char *number = NULL;
      g_autofree char *count = NULL;
      g_autofree char *reminder = NULL;
      g_autofree char *unit = NULL;
      g_autofree char *status = NULL;
      g_autofree char *counted = NULL;
      g_autofree char *reminded = NULL;

      if (!gt_filing_is_outstanding (filing))
        {
          /* The owing come first: none after the first that has filed. */
          g_assert_cmpuint (row, ==, f->owing);
          continue;
        }
      number = gt_export_table_format_cell (table, row, 0);
      unit = gt_export_table_format_cell (table, row, 1);
      status = gt_export_table_format_cell (table, row, 2);
      counted = gt_export_table_format_cell (table, row, 3);
      reminded = gt_export_table_format_cell (table, row, 5);
      count = g_strdup_printf (C_("filing count", "%u of %u"), filing->filed, filing->projects);
      reminder = gt_filing_reminder (filing->unit, f->as_of.year, f->as_of.month, f->day);
      g_assert_cmpint (atoi (number), ==, row + 1);
      g_assert_cmpstr (unit, ==, filing->unit);
      g_assert_cmpstr (status, ==, gt_filing_status_get_label (filing->status));
      g_assert_cmpstr (counted, ==, count);
      g_assert_cmpstr (reminded, ==, reminder);
      row++;
    }
  g_assert_cmpuint (row, ==, f->owing);
}

static GtExportJob *
filing_job (Fixture *f)
{
  GtExportJobOptions options;
  g_autoptr(GError) error = NULL;
  GtExportJob *job;

  gt_export_job_options_init (&options);
  options.year = f->as_of.year;
  options.month = f->as_of.month;
  job = gt_export_job_new (f->store, GT_EXPORT_CHART_FILING, &options);
  g_assert_true (gt_export_job_prepare (job, &error));
  g_assert_no_error (error);
  return job;
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GtExportJob) job = filing_job (f);
  g_autofree char *path = g_build_filename (f->dir, "未报.pdf", NULL);
  g_autoptr(GError) error = NULL;
  double width, height;

  gt_paper_get_size (GT_PAPER_A4, FALSE, &width, &height);
  g_assert_true (gt_export_job_write (job, GT_EXPORT_FORMAT_PDF, path, width, height, NULL,
                                      &error));
  g_assert_no_error (error);
  assert_pdf (f, path);
}

static void
assert_xlsx (Fixture    *f,
             const char *path)
{
  g_autoptr(GtExportTable) table = gt_filing_print_table (f->list, f->as_of.year,
                                                          f->as_of.month, f->day, &f->today);
  g_autofree char *today = gt_format_date (&f->today);
  g_auto(GStrv) rows = xlsx_rows (path);

  g_assert_nonnull (rows);
  /* The sheet's name, the title (with 数据截至), the headers, a row a unit. */
  g_assert_cmpuint (g_strv_length (rows), ==, 3 + f->owing);
  g_assert_cmpstr (rows[0], ==, C_("sheet name", "Not filed"));
  g_assert_true (g_str_has_prefix (rows[1], gt_export_table_get_title (table)));
  g_assert_nonnull (strstr (rows[1], today));
  g_assert_true (g_str_has_prefix (rows[2], _("No.")));
  for (guint r = 0; r < f->owing; r++)
    {
      g_auto(GStrv) cells = g_strsplit (rows[3 + r], "\t", -1);

      g_assert_cmpuint (g_strv_length (cells), ==, 6);
      for (guint c = 1; c < 6; c++)
        {
          g_autofree char *expected = gt_export_table_format_cell (table, r, c);

          g_assert_cmpstr (cells[c], ==, expected);
        }
    }
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GtExportJob) job = filing_job (f);
  g_autofree char *path = g_build_filename (f->dir, "未报.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (gt_export_job_write (job, GT_EXPORT_FORMAT_XLSX, path, 0, 0, NULL, &error));
  g_assert_no_error (error);
  if (!has_openpyxl ())
    {
      g_test_skip ("no python3-openpyxl to read the workbook back");
      return;
    }
  assert_xlsx (f, path);
}

/* guatu --filing-status ends with the reminders Copy Reminders copies, this
 * month and the month before (its deadline past: units that filed late get
 * none). */
static void
test_cli_reminders (Fixture       *f,
                    gconstpointer  data)
{
  for (int back = 0; back < 2; back++)
    {
      int year = f->as_of.year, month = f->as_of.month - back;
      g_autoptr(GPtrArray) list = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *reminders = NULL;
      g_autofree char *text = NULL;
      g_auto(GtTestRun) run = { 0 };

      if (month < 1)
        {
          month += 12;
          year--;
        }
      list = gt_filing_list (f->store, year, month, f->day, &f->today, &error);
      g_assert_no_error (error);
      gt_filing_sort (list);
      reminders = gt_filing_reminders (list, year, month, f->day);
      g_assert_cmpstr (reminders, !=, "");
      text = g_strdup_printf ("%04d-%02d", year, month);
      gt_test_run_guatuv (f->dir, f->env, &run, "--database", f->db, "--filing-status",
                          "--month", text, NULL);
      g_assert_cmpint (run.status, ==, 0);
      if (!g_str_has_suffix (run.out, reminders))
        g_error ("--filing-status of %s: %s\nexpected the reminders:\n%s", text, run.out,
                 reminders);
    }
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *month = month_text (f);
  g_autofree char *pdf = g_build_filename (f->dir, "cli.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "cli.xlsx", NULL);
  g_autofree char *png = g_build_filename (f->dir, "cli.png", NULL);
  g_auto(GtTestRun) pdf_run = { 0 };
  g_auto(GtTestRun) xlsx_run = { 0 };
  g_auto(GtTestRun) png_run = { 0 };

  g_clear_object (&f->store);
  gt_test_run_guatuv (f->dir, f->env, &pdf_run, "--database", f->db, "--export-pdf", pdf,
                      "--table", "filing", "--month", month, "--paper", "A4", NULL);
  g_assert_cmpint (pdf_run.status, ==, 0);
  assert_pdf (f, pdf);

  gt_test_run_guatuv (f->dir, f->env, &xlsx_run, "--database", f->db, "--export-xlsx", xlsx,
                      "--table", "filing", "--month", month, NULL);
  g_assert_cmpint (xlsx_run.status, ==, 0);
  if (has_openpyxl ())
    assert_xlsx (f, xlsx);

  /* A picture of a table is not offered. */
  gt_test_run_guatuv (f->dir, f->env, &png_run, "--database", f->db, "--export-png", png,
                      "--table", "filing", "--month", month, NULL);
  g_assert_cmpint (png_run.status, ==, 2);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gt_test_use_zh_cn ();

  g_test_add ("/filing-export/table", Fixture, NULL, set_up, test_table, tear_down);
  g_test_add ("/filing-export/pdf", Fixture, NULL, set_up, test_pdf, tear_down);
  g_test_add ("/filing-export/xlsx", Fixture, NULL, set_up, test_xlsx, tear_down);
  g_test_add ("/filing-export/cli", Fixture, NULL, set_up, test_cli, tear_down);
  g_test_add ("/filing-export/cli-reminders", Fixture, NULL, set_up, test_cli_reminders,
              tear_down);
  return g_test_run ();
}
