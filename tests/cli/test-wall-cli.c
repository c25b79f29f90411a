/* test-wall-cli.c: the wall chart from the command line, read back from the
 * PDF (pdftotext, pdfinfo): the county's ledger of 2023 imported by guatu and
 * exported as the office would hang it: the axis on the report year, the sheet
 * marks and the sheet map, the figure columns with the ledger's own figures,
 * names of a legible size, and the PNG of a thousand projects.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <cairo.h>

#include "gt-test-county.h"
#include "gt-test-ledger.h"
#include "gt-test-util.h"

typedef struct {
  char   *dir;
  char   *db;
  char  **env;
  char  **rows;     /* the ledger's, '|'-joined */
} Fixture;

#define run_guatu(f, run, ...) gt_test_run_guatuv ((f)->dir, (f)->env, run, __VA_ARGS__)

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_auto(GtTestRun) run = { 0, };
  g_autofree char *path = NULL;

  f->dir = gt_test_make_dir ();
  f->db = g_build_filename (f->dir, "register.db", NULL);
  f->env = gt_test_cli_environ (f->dir, NULL);
  f->rows = gt_test_county_ledger_rows (247, 2023, 3, NULL);
  path = gt_test_write_csv (f->dir, "台账.csv", (const char *const *) f->rows, "GB18030",
                            FALSE);
  run_guatu (f, &run, "--database", f->db, "--import", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_strfreev (f->env);
  g_strfreev (f->rows);
}

static char *
run_tool (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, &error))
    g_error ("%s: %s", argv[0], error->message);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
pdf_pages (const char *pdf)
{
  g_autofree char *info = run_tool ((const char *[]) { "pdfinfo", pdf, NULL });
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) atoi (pages + strlen ("\nPages:"));
}

static char *
page_text (const char *pdf,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);

  return run_tool ((const char *[]) { "pdftotext", "-layout", "-f", number, "-l", number, pdf,
                                      "-", NULL });
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("the page does not say “%s”:\n%s", part, text);
}

static void
assert_lacks (const char *text,
              const char *part)
{
  if (strstr (text, part) != NULL)
    g_error ("the page says “%s”:\n%s", part, text);
}

static char *
export_pdf (Fixture    *f,
            const char *name,
            ...)
{
  g_auto(GtTestRun) run = { 0, };
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  char *pdf = g_build_filename (f->dir, name, NULL);
  const char *arg;
  va_list ap;

  g_ptr_array_add (args, (char *) "--database");
  g_ptr_array_add (args, f->db);
  g_ptr_array_add (args, (char *) "--export-pdf");
  g_ptr_array_add (args, pdf);
  g_ptr_array_add (args, (char *) "--chart");
  g_ptr_array_add (args, (char *) "gantt");
  g_ptr_array_add (args, (char *) "--month");
  g_ptr_array_add (args, (char *) "2023-03");
  va_start (ap, name);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  gt_test_run_guatu (f->dir, f->env, &run, (const char *const *) args->pdata);
  if (run.status != 0)
    g_error ("guatu failed: %s", run.err);
  return pdf;
}

/* The height of the first word box of @word on @page, from pdftotext -bbox:
 * the font's size and a little. */
static double
word_height (const char *pdf,
             guint       page,
             const char *word)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *html = run_tool ((const char *[]) { "pdftotext", "-bbox", "-f", number,
                                                       "-l", number, pdf, "-", NULL });
  g_autofree char *needle = g_strdup_printf (">%s</word>", word);
  const char *end = strstr (html, needle);
  const char *start;
  double y0, y1;

  g_assert_nonnull (end);
  start = g_strrstr_len (html, end - html, "<word ");
  g_assert_nonnull (start);
  y0 = g_ascii_strtod (strstr (start, "yMin=\"") + 6, NULL);
  y1 = g_ascii_strtod (strstr (start, "yMax=\"") + 6, NULL);
  return y1 - y0;
}

/* The report year is the axis, January to December; sheets are marked A1 …
 * and mapped on the first page; the 247 projects take at most ten sheets. */
static void
test_year_axis (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *pdf = export_pdf (f, "wall.pdf", NULL);
  g_autofree char *map = page_text (pdf, 1);
  g_autofree char *first = page_text (pdf, 2);
  g_autofree char *last = NULL;
  guint pages = pdf_pages (pdf);

  g_test_message ("247 projects on A3 at quarter zoom: %u pages, the map included", pages);
  g_assert_cmpuint (pages, >=, 3);
  g_assert_cmpuint (pages, <=, 11);

  assert_contains (map, "How the sheets go on the wall");
  assert_contains (map, "A1");
  assert_contains (map, "B1");
  assert_contains (map, "No. 1–");
  assert_contains (map, "2023-01 – 2023-12");

  assert_contains (first, "A1");
  assert_contains (first, "2023");
  assert_contains (first, "Q1");
  assert_contains (first, "Q4");
  assert_lacks (first, "2022");
  assert_lacks (first, "2024");
  assert_lacks (first, "2021");
  /* Legible at 1.5 m: the names at 10 pt or more. */
  g_assert_cmpfloat (word_height (pdf, 2, "Project"), >=, 10.0);

  last = page_text (pdf, pages);
  assert_contains (last, "247");
}

/* --from and --to choose the months; bad ones are refused with status 2. */
static void
test_from_to (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *pdf = export_pdf (f, "span.pdf", "--from", "2022-07", "--to", "2024-06",
                                     NULL);
  g_autofree char *text = NULL;
  g_autofree char *map = page_text (pdf, 1);
  const char *const bad[][4] = {
    { "--from", "2023-13", NULL, NULL },
    { "--to", "23-01", NULL, NULL },
    { "--from", "2023-06", "--to", "2023-01" },
    { "--columns", "total,money", NULL, NULL },
  };

  assert_contains (map, "2022-07");
  assert_contains (map, "2024-06");
  text = page_text (pdf, 2);
  assert_contains (text, "2022");
  assert_contains (text, "2023");
  assert_lacks (text, "2021");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(GtTestRun) run = { 0, };
      g_autofree char *out = g_build_filename (f->dir, "bad.pdf", NULL);

      run_guatu (f, &run, "--database", f->db, "--export-pdf", out, "--chart", "gantt",
                 bad[i][0], bad[i][1], bad[i][2], bad[i][3], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }
  {
    g_auto(GtTestRun) run = { 0, };
    g_autofree char *out = g_build_filename (f->dir, "overview.pdf", NULL);

    run_guatu (f, &run, "--database", f->db, "--export-pdf", out, "--chart", "overview",
               "--columns", "total", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
}

/* "218951.00" → "218,951.00", as the chart prints 万元. */
static char *
grouped (const char *number)
{
  const char *dot = strchr (number, '.');
  gsize whole = dot != NULL ? (gsize) (dot - number) : strlen (number);
  GString *out = g_string_new (NULL);

  for (gsize i = 0; i < whole; i++)
    {
      if (i > 0 && (whole - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, number[i]);
    }
  g_string_append (out, dot != NULL ? dot : ".00");
  return g_string_free (out, FALSE);
}

/* The figure columns: their headings, and on each project's line the ledger's
 * own figures of 1—3月. */
static void
test_columns (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *pdf = export_pdf (f, "columns.pdf", "--columns",
                                     "total,plan,completed,rate,progress", NULL);
  g_autofree char *text = page_text (pdf, 2);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint checked = 0;

  assert_contains (text, "(10k yuan)");
  assert_contains (text, "Done Jan–3");
  assert_contains (text, "Rate");
  assert_contains (text, "Physical progress");

  /* Every project line of the sheet against its ledger row. */
  for (guint i = 0; f->rows[i] != NULL; i++)
    {
      g_auto(GStrv) cells = g_strsplit (f->rows[i], "|", -1);
      g_autofree char *name = NULL;
      g_autofree char *total = NULL;
      g_autofree char *plan = NULL;
      g_autofree char *done = NULL;
      g_autofree char *rate = NULL;

      if (g_strv_length (cells) < 16 || !g_ascii_isdigit (cells[0][0]))
        continue;
      name = g_strdup_printf (" %s ", cells[1]);
      total = grouped (cells[10]);
      plan = grouped (cells[11]);
      done = grouped (cells[12]);
      rate = g_strdup_printf ("%.1f%%", 100.0 * g_ascii_strtod (cells[12], NULL)
                                        / g_ascii_strtod (cells[11], NULL));
      for (guint l = 0; lines[l] != NULL; l++)
        if (strstr (lines[l], name) != NULL)
          {
            assert_contains (lines[l], total);
            assert_contains (lines[l], plan);
            assert_contains (lines[l], done);
            assert_contains (lines[l], rate);
            checked++;
          }
    }
  g_test_message ("%u project lines checked against the ledger", checked);
  g_assert_cmpuint (checked, >=, 20);
}

/* --fit-width squeezes only the time axis: the names stay at 10 pt. */
static void
test_fit_width (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *pdf = export_pdf (f, "fit.pdf", "--fit-width", "--from", "2021-01", "--to",
                                     "2027-12", NULL);
  g_autofree char *map = page_text (pdf, 1);
  g_autofree char *text = page_text (pdf, 2);

  /* Seven years on one sheet across: no A2. */
  assert_contains (map, "A1");
  assert_lacks (map, "A2");
  assert_contains (text, "2021");
  assert_contains (text, "2027");
  g_assert_cmpfloat (word_height (pdf, 2, "Project"), >=, 10.0);
}

/* The PNG of the whole chart: every row, one picture. */
static void
test_png (Fixture       *f,
          gconstpointer  data)
{
  g_auto(GtTestRun) run = { 0, };
  g_autofree char *png = g_build_filename (f->dir, "wall.png", NULL);
  cairo_surface_t *surface;

  run_guatu (f, &run, "--database", f->db, "--export-png", png, "--chart", "gantt", "--month",
             "2023-03", NULL);
  g_assert_cmpint (run.status, ==, 0);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  /* 247 projects and their groups at 18 pt a row, 96 dpi. */
  g_assert_cmpint (cairo_image_surface_get_height (surface), >, 247 * 18 * 96 / 72);
  g_assert_cmpint (cairo_image_surface_get_width (surface), >, 800);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/wall-cli/year-axis", Fixture, NULL, fixture_set_up, test_year_axis,
              fixture_tear_down);
  g_test_add ("/wall-cli/from-to", Fixture, NULL, fixture_set_up, test_from_to,
              fixture_tear_down);
  g_test_add ("/wall-cli/columns", Fixture, NULL, fixture_set_up, test_columns,
              fixture_tear_down);
  g_test_add ("/wall-cli/fit-width", Fixture, NULL, fixture_set_up, test_fit_width,
              fixture_tear_down);
  g_test_add ("/wall-cli/png", Fixture, NULL, fixture_set_up, test_png, fixture_tear_down);
  return g_test_run ();
}
