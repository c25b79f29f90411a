/* test-export.c: the PDFs, XLSX and CSV files that leave the office, made by the
 * real binary and by the library, and read back.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <zip.h>

#include "gt-demo.h"
#include "gt-export-sources.h"
#include "gt-enums.h"
#include "gt-gantt-print.h"
#include "gt-issue.h"
#include "gt-monthly-report.h"
#include "gt-project.h"
#include "gt-table-export.h"
#include "gt-table-print.h"
#include "gt-test-util.h"
#include "gt-unit.h"

#define WAN 10000

/* @msgid (in @context, when not NULL) as the build's catalogue has it: a
 * message new to this version reads in Chinese once its po/parts translation
 * is merged into zh_CN.po, and in English until then. */
static const char *
translated (const char *context,
            const char *msgid)
{
  return context != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, context, msgid)
                         : g_dgettext (GETTEXT_PACKAGE, msgid);
}

/* The same, filled in like printf. */
static char *
tr (const char *context,
    const char *msgid,
    ...)
{
  va_list args;
  char *text;

  va_start (args, msgid);
  text = g_strdup_vprintf (translated (context, msgid), args);
  va_end (args);
  return text;
}

/* @text as a CSV field: quoted when it holds a comma. */
static char *
csv_field (const char *text)
{
  return strchr (text, ',') != NULL ? g_strdup_printf ("\"%s\"", text) : g_strdup (text);
}

typedef struct {
  char    *dir;
  char    *db;
  char   **env;
  GtStore *store;
} Fixture;

static void
set_up (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("guatu-export-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "demo.db", NULL);

  /* No display; messages in Chinese from the build's translations. */
  f->env = gt_test_cli_environ (f->dir, "zh_CN");
}

static void
fixture_set_up_demo (Fixture       *f,
                     gconstpointer  data)
{
  GDate today;

  set_up (f);
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  f->store = gt_test_open_demo (f->dir, &today);
}

static gint64
add_project (GtStore    *store,
             const char *code,
             const char *name,
             gint64      plan)
{
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;

  gt_project_set_code (project, code);
  gt_project_set_name (project, name);
  gt_project_set_total_investment (project, 10 * plan);
  gt_project_set_annual_plan (project, plan);
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
  return gt_project_get_id (project);
}

/* Two projects, one of them named like a formula. */
static void
fixture_set_up_small (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  set_up (f);
  f->store = gt_store_open (f->db, &error);
  g_assert_no_error (error);
  add_project (f->store, "XM-001", "滨河路改造工程", 12345000);
  add_project (f->store, "@SUM(A1)", "=HYPERLINK(\"http://x\",\"点我\")", 5000000);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_strfreev (f->env);
}

static void
run_argv (Fixture     *f,
          GtTestRun   *run,
          const char **args)
{
  gt_test_run_guatu (f->dir, f->env, run, args);
}

/* The output of a poppler tool run on @path. */
static char *
poppler (const char *tool,
         const char *path)
{
  const char *argv[] = { tool, path, NULL, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  if (g_str_equal (tool, "pdftotext"))
    argv[2] = "-";
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);
  return out;
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = poppler ("pdfinfo", path);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:") + strspn (line + 6, " "), NULL, 10);
}

static gboolean
has_embedded_cjk_font (const char *path)
{
  g_autofree char *fonts = poppler ("pdffonts", path);
  g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);

  /* name type encoding emb sub uni …: a CJK face with emb "yes". */
  for (guint i = 2; lines[i] != NULL; i++)
    if (strstr (lines[i], "CJK") != NULL && strstr (lines[i], " yes ") != NULL &&
        strstr (lines[i], "Identity-H") != NULL)
      return TRUE;
  return FALSE;
}

static void
check_pdf (Fixture    *f,
           const char *chart,
           const char *title,
           const char *known)
{
  g_autofree char *out = g_strdup_printf ("%s.pdf", chart);
  g_autofree char *path = g_build_filename (f->dir, out, NULL);
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  g_autofree char *text = NULL;
  const char *args[] = { "--database", f->db, "--export-pdf", out, "--chart", chart,
                         "--month", "2026-10", NULL };
  g_auto(GtTestRun) run = { 0 };

  run_argv (f, &run, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));

  text = poppler ("pdftotext", path);
  g_assert_nonnull (strstr (text, title));
  g_assert_nonnull (strstr (text, known));
  /* The page number, in the words the issue gives (pdftotext may drop the
   * spaces, as its guesses at word gaps go). */
  {
    g_autoptr(GString) squeezed = g_string_new (text);

    g_string_replace (squeezed, " ", "", 0);
    g_assert_nonnull (strstr (squeezed->str, "第1页/共"));
  }
  g_assert_true (has_embedded_cjk_font (path));
}

static void
test_export_pdf_charts (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *projects = gt_store_get_projects (f->store);
  GListModel *issues = gt_store_get_issues (f->store);
  g_autoptr(GtProject) first = g_list_model_get_item (projects, 0);
  g_autoptr(GtIssue) issue = g_list_model_get_item (issues, 0);
  GtProject *issue_project = gt_store_lookup_project (f->store, gt_issue_get_project_id (issue));
  GtUnit *locality = gt_store_lookup_unit (f->store, gt_project_get_locality_id (first));

  g_autofree char *gantt = tr (NULL, "Wall Chart of Key Projects, %s", "2026年10月");
  g_autofree char *overview = tr (NULL, "Progress of Key Projects, %s", "2026年10月");
  g_autofree char *report = tr (NULL, "Monthly Report of Key Projects, %s", "2026年10月");
  g_autofree char *ledger = tr (NULL, "Issue Ledger of Key Projects, %s", "2026年10月");

  g_assert_nonnull (issue_project);
  g_assert_nonnull (locality);
  check_pdf (f, "gantt", gantt, gt_project_get_name (first));
  check_pdf (f, "overview", overview, gt_unit_get_name (locality));
  check_pdf (f, "report", report, gt_project_get_name (first));
  check_pdf (f, "issues", ledger, gt_project_get_name (issue_project));
}

/* 300 projects on A3: the PDF has the pages the tiling says, and the tiling's
 * rows and spans account for every row and every day. */
static void
test_export_page_count (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-export-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "big.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "big.pdf", NULL);
  g_autoptr(GtStore) store = gt_store_open (db, &error);
  g_autoptr(GtGanttRows) rows = NULL;
  g_autoptr(GtGanttPrint) print = NULL;
  GtDemoSize size = *gt_demo_size_default ();
  GtPrintTitle title = { NULL, "挂图", { 0 } };
  const GtTiling *tiling;
  const GtGanttRow *row_data;
  GtGanttOptions opts;
  GtExportDoc doc;
  GtRagRules rules;
  GDate today;
  double width, height;
  guint n_rows, expected;

  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 11, 2026);
  g_date_clear (&title.data_date, 1);
  size.projects = 300;
  size.reports = 300;
  g_assert_true (gt_demo_populate (store, &size, &today, &error));
  g_assert_no_error (error);

  rules = *gt_rag_rules_default ();
  rows = gt_export_gantt_rows (store, &rules, &today, &error);
  g_assert_no_error (error);
  row_data = gt_gantt_rows_get_rows (rows, &n_rows);
  g_assert_cmpuint (n_rows, ==, 300 + gt_gantt_rows_get_n_groups (rows));

  gt_gantt_options_init (&opts, GT_GANTT_ZOOM_MONTH);  /* many pages across */
  opts.today = today;
  gt_gantt_options_fit_range (&opts, row_data, n_rows);
  gt_paper_get_size (GT_PAPER_A3, TRUE, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 420 / 25.4 * 72, 0.01);
  print = gt_gantt_print_new (&opts, row_data, n_rows, &title, width, height, FALSE);
  tiling = gt_gantt_print_get_tiling (print);

  /* Every row once: the bands of rows cover them and no band is empty. */
  g_assert_cmpuint (tiling->rows_per_page, >, 10);
  g_assert_cmpuint ((tiling->pages_down - 1) * tiling->rows_per_page, <, n_rows);
  g_assert_cmpuint (tiling->pages_down * tiling->rows_per_page, >=, n_rows);
  /* Every day once, likewise. */
  g_assert_cmpfloat ((tiling->pages_across - 1) * tiling->span_width, <, tiling->dates_width);
  g_assert_cmpfloat (tiling->pages_across * tiling->span_width, >=, tiling->dates_width);
  expected = tiling->pages_down * tiling->pages_across;
  g_test_message ("300 projects, %u rows on A3: %u × %u = %u pages", n_rows,
                  tiling->pages_down, tiling->pages_across, expected);

  gt_gantt_print_get_doc (print, &doc);
  g_assert_cmpuint (doc.n_pages, ==, expected);
  g_assert_true (gt_export_write_pdf (&doc, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (pdf), ==, expected);

  /* Fit to width: one page across, fewer pages in all. */
  gt_gantt_print_free (g_steal_pointer (&print));
  print = gt_gantt_print_new (&opts, row_data, n_rows, &title, width, height, TRUE);
  g_assert_cmpuint (gt_gantt_print_get_tiling (print)->pages_across, ==, 1);
  g_assert_cmpuint (gt_gantt_print_get_n_pages (print), <, expected);

  g_clear_object (&store);
  gt_test_remove_tree (dir);
}

/* The text of cell @ref (like "B3") of @sheet, through the shared strings. */
static char *
cell_text (xmlDoc     *sheet,
           GPtrArray  *shared,
           const char *ref)
{
  g_autofree char *expr = g_strdup_printf ("//*[local-name()='c'][@r='%s']", ref);
  xmlXPathContext *context = xmlXPathNewContext (sheet);
  xmlXPathObject *found = xmlXPathEvalExpression ((const xmlChar *) expr, context);
  char *result = NULL;

  if (found != NULL && found->nodesetval != NULL && found->nodesetval->nodeNr == 1)
    {
      xmlNode *cell = found->nodesetval->nodeTab[0];
      xmlChar *type = xmlGetProp (cell, (const xmlChar *) "t");

      for (xmlNode *child = cell->children; child != NULL; child = child->next)
        if (child->type == XML_ELEMENT_NODE && g_str_equal ((const char *) child->name, "v"))
          {
            xmlChar *value = xmlNodeGetContent (child);

            if (type != NULL && g_str_equal ((const char *) type, "s"))
              result = g_strdup (shared->pdata[atoi ((const char *) value)]);
            else
              result = g_strdup ((const char *) value);
            xmlFree (value);
          }
      xmlFree (type);
    }
  xmlXPathFreeObject (found);
  xmlXPathFreeContext (context);
  return result;
}

static xmlDoc *
read_member (zip_t      *zip,
             const char *name)
{
  zip_stat_t stat;
  zip_file_t *file;
  g_autofree char *data = NULL;

  g_assert_cmpint (zip_stat (zip, name, 0, &stat), ==, 0);
  data = g_malloc (stat.size);
  file = zip_fopen (zip, name, 0);
  g_assert_nonnull (file);
  g_assert_cmpint (zip_fread (file, data, stat.size), ==, (zip_int64_t) stat.size);
  zip_fclose (file);
  return xmlReadMemory (data, (int) stat.size, name, NULL, XML_PARSE_NONET);
}

static GPtrArray *
read_shared_strings (xmlDoc *doc)
{
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);
  xmlXPathContext *context = xmlXPathNewContext (doc);
  xmlXPathObject *found = xmlXPathEvalExpression ((const xmlChar *) "//*[local-name()='si']",
                                                  context);

  for (int i = 0; found->nodesetval != NULL && i < found->nodesetval->nodeNr; i++)
    {
      xmlChar *text = xmlNodeGetContent (found->nodesetval->nodeTab[i]);

      g_ptr_array_add (strings, g_strdup ((const char *) text));
      xmlFree (text);
    }
  xmlXPathFreeObject (found);
  xmlXPathFreeContext (context);
  return strings;
}

static void
assert_cell (xmlDoc     *sheet,
             GPtrArray  *shared,
             const char *ref,
             const char *expected)
{
  g_autofree char *text = cell_text (sheet, shared, ref);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_number (xmlDoc     *sheet,
               GPtrArray  *shared,
               const char *ref,
               double      expected)
{
  g_autofree char *text = cell_text (sheet, shared, ref);

  g_assert_nonnull (text);
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (text, NULL), expected, 1e-9);
}

static void
test_export_xlsx (Fixture       *f,
                  gconstpointer  data)
{
  const char *args[] = { "--database", f->db, "--export-xlsx", "register.xlsx",
                         "--table", "register", NULL };
  g_autofree char *path = g_build_filename (f->dir, "register.xlsx", NULL);
  g_auto(GtTestRun) run = { 0 };
  g_autoptr(GPtrArray) shared = NULL;
  xmlDoc *strings, *sheet;
  g_autofree char *title = NULL;
  int zip_error = 0;
  zip_t *zip;

  g_clear_object (&f->store);
  run_argv (f, &run, args);
  g_assert_cmpint (run.status, ==, 0);

  zip = zip_open (path, ZIP_RDONLY, &zip_error);
  g_assert_nonnull (zip);
  strings = read_member (zip, "xl/sharedStrings.xml");
  sheet = read_member (zip, "xl/worksheets/sheet1.xml");
  shared = read_shared_strings (strings);

  /* Row 1 the title, row 2 the headers (frozen), then the projects by id. */
  title = cell_text (sheet, shared, "A1");
  g_assert_nonnull (title);
  g_assert_true (g_str_has_suffix (title, "年重点项目台账"));
  assert_cell (sheet, shared, "A2", "项目编号");
  assert_cell (sheet, shared, "B2", "项目名称");
  assert_cell (sheet, shared, "J2", "年度计划（万元）");
  assert_cell (sheet, shared, "B3", "滨河路改造工程");
  assert_number (sheet, shared, "J3", 1234.5);
  assert_number (sheet, shared, "I3", 12345.0);
  /* Text that a spreadsheet would run as a formula is kept as text. */
  assert_cell (sheet, shared, "A4", "'@SUM(A1)");
  assert_cell (sheet, shared, "B4", "'=HYPERLINK(\"http://x\",\"点我\")");
  assert_number (sheet, shared, "J4", 500.0);
  /* The totals row: 1234.5 + 500 万元. */
  assert_cell (sheet, shared, "A5", "合计");
  assert_number (sheet, shared, "J5", 1734.5);
  {
    g_autofree char *xml = NULL;
    int size = 0;

    xmlDocDumpMemory (sheet, (xmlChar **) &xml, &size);
    g_assert_nonnull (strstr (xml, "ySplit=\"2\""));
    g_assert_nonnull (strstr (xml, "<cols>"));
    g_assert_null (strstr (xml, "<f>"));
  }

  xmlFreeDoc (strings);
  xmlFreeDoc (sheet);
  zip_close (zip);
}

/* Several tables, a sheet each; the report grouped by unit. */
static void
test_export_xlsx_sheets (Fixture       *f,
                         gconstpointer  data)
{
  const char *args[] = { "--database", f->db, "--export-xlsx", "all.xlsx",
                         "--table", "register,report,issues", "--month", "2026-10",
                         "--group-by", "unit", NULL };
  g_autofree char *path = g_build_filename (f->dir, "all.xlsx", NULL);
  g_autoptr(GPtrArray) shared = NULL;
  g_auto(GtTestRun) run = { 0 };
  xmlDoc *book, *strings, *report;
  xmlChar *xml = NULL;
  int size = 0;
  int zip_error = 0;
  zip_t *zip;

  g_clear_object (&f->store);
  run_argv (f, &run, args);
  g_assert_cmpint (run.status, ==, 0);
  zip = zip_open (path, ZIP_RDONLY, &zip_error);
  g_assert_nonnull (zip);
  book = read_member (zip, "xl/workbook.xml");
  xmlDocDumpMemory (book, &xml, &size);
  g_assert_nonnull (strstr ((char *) xml, "name=\"项目台账\""));
  g_assert_nonnull (strstr ((char *) xml, "name=\"月报\""));
  g_assert_nonnull (strstr ((char *) xml, "name=\"问题清单\""));
  xmlFree (xml);

  /* The report: headers, then the projects without a unit as one group
   * under its heading, each project's line, the group's subtotal and the total. */
  strings = read_member (zip, "xl/sharedStrings.xml");
  report = read_member (zip, "xl/worksheets/sheet2.xml");
  shared = read_shared_strings (strings);
  {
    g_autofree char *title = tr (NULL, "Monthly Report of Key Projects, %s", "2026年10月");

    assert_cell (report, shared, "A1", title);
  }
  assert_cell (report, shared, "K2", "责任单位");
  assert_cell (report, shared, "A3", "未明确");
  assert_number (report, shared, "A4", 1);
  assert_number (report, shared, "A5", 2);
  assert_cell (report, shared, "B6", "小计");
  assert_cell (report, shared, "B7", "合计");
  assert_number (report, shared, "D7", 1734.5);

  xmlFreeDoc (book);
  xmlFreeDoc (strings);
  xmlFreeDoc (report);
  zip_close (zip);
}

/* @count copies of @unit. */
static char *
repeat (const char *unit,
        guint       count)
{
  GString *text = g_string_sized_new (strlen (unit) * count);

  for (guint i = 0; i < count; i++)
    g_string_append (text, unit);
  return g_string_free (text, FALSE);
}

static glong
utf16_length (const char *text)
{
  glong units = 0;
  g_autofree gunichar2 *utf16 = g_utf8_to_utf16 (text, -1, NULL, &units, NULL);

  g_assert_nonnull (utf16);
  return units;
}

/* @text is @count copies of @unit, cut short with "…" at Excel's 32,767. */
static void
assert_cut (const char *text,
            const char *unit,
            guint       count)
{
  g_autofree char *expected = repeat (unit, count);

  g_assert_nonnull (text);
  g_assert_cmpint (utf16_length (text), ==, 32767);
  g_assert_true (g_str_has_suffix (text, "…"));
  g_assert_cmpuint (strlen (text), ==, strlen (expected) + strlen ("…"));
  g_assert_true (g_str_has_prefix (text, expected));
}

/* A 40,000-character 存在问题 was written as an empty cell, exit 0: now it is
 * cut to Excel's limit with "…", and the command line says so. Characters
 * beyond the BMP count twice, as Excel counts them. */
static void
test_export_xlsx_long_text (Fixture       *f,
                            gconstpointer  data)
{
  const char *args[] = { "--database", f->db, "--export-xlsx", "long.xlsx",
                         "--table", "report", "--month", "2026-10", NULL };
  g_autofree char *path = g_build_filename (f->dir, "long.xlsx", NULL);
  g_autofree char *problems = repeat ("问", 40000);
  g_autofree char *progress = repeat ("\U0001F600", 20000);
  g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();
  g_autoptr(GPtrArray) shared = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GtTestRun) run = { 0 };
  g_autofree char *row_text = NULL;
  xmlDoc *strings, *sheet;
  guint row = 0;
  int zip_error = 0;
  zip_t *zip;

  gt_monthly_report_set_project_id (report, add_project (f->store, "XM-003", "长文本项目",
                                                         1000000));
  gt_monthly_report_set_month (report, 2026, 10);
  gt_monthly_report_set_completed (report, 10 * WAN);
  gt_monthly_report_set_progress_note (report, progress);
  gt_monthly_report_set_problems (report, problems);
  gt_store_save_monthly_report (f->store, report, &error);
  g_assert_no_error (error);
  g_clear_object (&f->store);

  run_argv (f, &run, args);
  g_assert_cmpint (run.status, ==, 0);

  zip = zip_open (path, ZIP_RDONLY, &zip_error);
  g_assert_nonnull (zip);
  strings = read_member (zip, "xl/sharedStrings.xml");
  sheet = read_member (zip, "xl/worksheets/sheet1.xml");
  shared = read_shared_strings (strings);
  for (guint r = 3; r < 10 && row == 0; r++)
    {
      g_autofree char *ref = g_strdup_printf ("B%u", r);
      g_autofree char *name = cell_text (sheet, shared, ref);

      if (g_strcmp0 (name, "长文本项目") == 0)
        row = r;
    }
  g_assert_cmpuint (row, >, 0);
  {
    g_autofree char *problems_ref = g_strdup_printf ("J%u", row);
    g_autofree char *progress_ref = g_strdup_printf ("I%u", row);
    g_autofree char *problems_cell = cell_text (sheet, shared, problems_ref);
    g_autofree char *progress_cell = cell_text (sheet, shared, progress_ref);

    assert_cut (problems_cell, "问", 32766);
    assert_cut (progress_cell, "\U0001F600", 16383);
  }
  xmlFreeDoc (strings);
  xmlFreeDoc (sheet);
  zip_close (zip);

  /* One line a cell cut: its sheet, row, column and header. */
  lines = g_strsplit (run.err, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_cmpstr (lines[2], ==, "");
  row_text = g_strdup_printf ("%u", row);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (g_str_has_prefix (lines[i], "guatu: "));
      g_assert_nonnull (strstr (lines[i], "月报"));
      g_assert_nonnull (strstr (lines[i], row_text));
    }
  g_assert_nonnull (strstr (lines[0], " I"));
  g_assert_nonnull (strstr (lines[0], "形象进度"));
  g_assert_nonnull (strstr (lines[1], " J"));
  g_assert_nonnull (strstr (lines[1], "存在问题"));
}

/* The limit exactly: 32,767 UTF-16 units fit whole, one more is cut, and the
 * warnings come back through the library for the window to show. */
static void
test_export_xlsx_cell_limit (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "limit.xlsx", NULL);
  g_autoptr(GtExportTable) table = gt_export_table_new ("上限", "上限");
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) shared = NULL;
  g_autofree char *fits = repeat ("a", 32767);
  g_autofree char *over = repeat ("a", 32768);
  g_autofree char *wide = repeat ("\U0001F600", 16383);
  g_autofree char *wide_fits = g_strconcat (wide, "a", NULL);
  g_autofree char *wide_over = g_strconcat (wide, "\U0001F600", NULL);
  g_autofree char *formula = repeat ("=", 32767);
  const char *cells[] = { fits, over, wide_fits, wide_over, formula };
  xmlDoc *strings, *sheet;
  int zip_error = 0;
  zip_t *zip;

  g_assert_no_error (error);
  gt_export_table_add_column (table, "文字", GT_EXPORT_TEXT, 20);
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    gt_export_table_set_text (table, gt_export_table_add_row (table, GT_EXPORT_ROW_PLAIN), 0,
                              cells[i]);
  g_assert_true (gt_xlsx_export_write_with_warnings (&table, 1, path, warnings, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 3);
  g_assert_nonnull (strstr (warnings->pdata[0], "4"));
  g_assert_nonnull (strstr (warnings->pdata[0], "文字"));

  zip = zip_open (path, ZIP_RDONLY, &zip_error);
  g_assert_nonnull (zip);
  strings = read_member (zip, "xl/sharedStrings.xml");
  sheet = read_member (zip, "xl/worksheets/sheet1.xml");
  shared = read_shared_strings (strings);
  assert_cell (sheet, shared, "A3", fits);
  {
    g_autofree char *a4 = cell_text (sheet, shared, "A4");
    g_autofree char *a6 = cell_text (sheet, shared, "A6");
    g_autofree char *a7 = cell_text (sheet, shared, "A7");

    assert_cut (a4, "a", 32766);
    assert_cut (a6, "\U0001F600", 16383);
    /* The apostrophe that disarms a formula counts too. */
    g_assert_nonnull (a7);
    g_assert_cmpint (utf16_length (a7), ==, 32767);
    g_assert_true (g_str_has_prefix (a7, "'="));
    g_assert_true (g_str_has_suffix (a7, "=…"));
  }
  assert_cell (sheet, shared, "A5", wide_fits);

  xmlFreeDoc (strings);
  xmlFreeDoc (sheet);
  zip_close (zip);
  gt_test_remove_tree (dir);
}

/* A call libxlsxwriter refuses fails the export, with its reason, and leaves
 * nothing behind: here a sheet name Excel does not allow. */
static void
test_export_xlsx_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "refused.xlsx", NULL);
  g_autoptr(GtExportTable) table = gt_export_table_new ("标题", "月报/2026");
  g_autoptr(GDir) folder = NULL;

  g_assert_no_error (error);
  gt_export_table_add_column (table, "文字", GT_EXPORT_TEXT, 20);
  gt_export_table_set_text (table, gt_export_table_add_row (table, GT_EXPORT_ROW_PLAIN), 0,
                            "x");
  g_assert_false (gt_xlsx_export_write (&table, 1, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "refused.xlsx"));
  folder = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (folder));
  gt_test_remove_tree (dir);
}

static void
test_export_csv (Fixture       *f,
                 gconstpointer  data)
{
  const char *args[] = { "--database", f->db, "--export-csv", "register.csv",
                         "--table", "register", NULL };
  g_autofree char *path = g_build_filename (f->dir, "register.csv", NULL);
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GtTestRun) run = { 0 };

  g_clear_object (&f->store);
  run_argv (f, &run, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);   /* title, header, 2, total, "" */
  g_assert_true (g_str_has_prefix (lines[1], "项目编号,项目名称,"));
  g_assert_true (g_str_has_prefix (lines[2], "XM-001,滨河路改造工程,"));
  /* 万元 grouped by thousands; no figure reported yet: blank, not 0. */
  g_assert_true (g_str_has_suffix (lines[2], ",\"12,345.00\",\"1,234.50\",,"));
  g_assert_true (g_str_has_prefix (lines[3], "'@SUM(A1),\"'=HYPERLINK(\"\"http://x\"\","));
  g_assert_true (g_str_has_prefix (lines[4], "合计,"));
  g_assert_nonnull (strstr (lines[4], ",\"1,734.50\","));
}

static void
test_export_neutralise (void)
{
  static const char *const cases[][2] = {
    { "=1+1", "'=1+1" }, { "+86 123", "'+86 123" }, { "-2", "'-2" },
    { "@SUM(A1)", "'@SUM(A1)" }, { "\tx", "'\tx" }, { "\r=x", "'\r=x" },
    { "城东", "城东" }, { "a=b", "a=b" }, { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *safe = gt_export_neutralise (cases[i][0]);

      g_assert_cmpstr (safe, ==, cases[i][1]);
    }
}

static void
test_export_bad_arguments (Fixture       *f,
                           gconstpointer  data)
{
  const char *const cases[][10] = {
    { "--export-pdf", "out.pdf", NULL },
    { "--export-pdf", "out.pdf", "--chart", "pie", NULL },
    { "--export-pdf", "out.pdf", "--chart", "gantt", "--paper", "A5", NULL },
    { "--export-pdf", "out.pdf", "--chart", "gantt", "--table", "register", NULL },
    { "--export-pdf", "out.pdf", "--chart", "report", "--month", "2026-13", NULL },
    { "--export-pdf", "out.pdf", "--chart", "overview", "--fit-width", NULL },
    { "--export-pdf", "out.pdf", "--chart", "gantt", "--zoom", "decade", NULL },
    { "--export-pdf", "out.pdf", "--chart", "issues", "--zoom", "year", NULL },
    { "--export-pdf", "", "--chart", "gantt", NULL },
    { "--export-png", "out.pdf", "--chart", "issues", NULL },
    { "--export-png", "out.pdf", "--chart", "gantt", "--paper", "A4", NULL },
    { "--export-xlsx", "out.pdf", "--table", "ledger", NULL },
    { "--export-csv", "out.pdf", "--chart", "gantt", NULL },
    { "--export-csv", "out.pdf", NULL },
    { "--export-csv", "out.pdf", "--export-xlsx", "out.xlsx", "--table", "register", NULL },
    { "--chart", "gantt", NULL },
    { "--export-csv", "out.pdf", "--table", "register,issues", NULL },
    { "--export-xlsx", "out.pdf", "--table", "register,nothing", NULL },
    { "--export-xlsx", "out.pdf", "--table", "report", "--group-by", "town", NULL },
    { "--group-by", "unit", NULL },
  };
  g_autofree char *out = g_build_filename (f->dir, "out.pdf", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *args[16] = { "--database", f->db };
      g_auto(GtTestRun) run = { 0 };

      for (guint j = 0; cases[i][j] != NULL; j++)
        args[2 + j] = cases[i][j];
      run_argv (f, &run, args);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_true (g_str_has_prefix (run.err, "guatu: "));
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  /* A register that is not there: failure, no file, and no empty register made. */
  {
    const char *args[] = { "--database", "missing.db", "--export-pdf", "out.pdf",
                           "--chart", "gantt", NULL };
    g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
    g_auto(GtTestRun) run = { 0 };

    run_argv (f, &run, args);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }

  /* A folder that cannot be written to: failure, no half file. */
  {
    const char *args[] = { "--database", f->db, "--export-pdf", "nowhere/out.pdf",
                           "--chart", "issues", NULL };
    g_auto(GtTestRun) run = { 0 };

    run_argv (f, &run, args);
    g_assert_cmpint (run.status, ==, 1);
  }
}

static gint64
add_unit (GtStore    *store,
          const char *name,
          GtUnitKind  kind)
{
  g_autoptr(GtUnit) unit = gt_unit_new ();
  g_autoptr(GError) error = NULL;

  gt_unit_set_name (unit, name);
  gt_unit_set_kind (unit, kind);
  g_assert_true (gt_store_add_unit (store, unit, &error));
  g_assert_no_error (error);
  return gt_unit_get_id (unit);
}

static void
add_report (GtStore    *store,
            gint64      project,
            int         year,
            int         month,
            gint64      yuan,
            const char *note,
            const char *problems)
{
  g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();
  g_autoptr(GError) error = NULL;

  gt_monthly_report_set_project_id (report, project);
  gt_monthly_report_set_month (report, year, month);
  gt_monthly_report_set_completed (report, yuan);
  gt_monthly_report_set_progress_note (report, note);
  gt_monthly_report_set_problems (report, problems);
  g_assert_true (gt_store_save_monthly_report (store, report, &error));
  g_assert_no_error (error);
}

/* A project of a ledger of 2023: its plan for 2023, in @locality. */
static gint64
add_project_2023 (GtStore    *store,
                  const char *name,
                  gint64      locality,
                  gint64      total,
                  gint64      plan)
{
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, 1, 2022);
  gt_project_set_name (project, name);
  gt_project_set_stage (project, GT_STAGE_UNDER_CONSTRUCTION);
  gt_project_set_locality_id (project, locality);
  gt_project_set_total_investment (project, total);
  gt_project_set_planned_start (project, &start);
  gt_project_set_actual_start (project, &start);
  g_assert_true (gt_store_add_project (store, project, &error));
  g_assert_no_error (error);
  g_assert_true (gt_store_set_annual_plan (store, gt_project_get_id (project), 2023, plan,
                                           &error));
  g_assert_no_error (error);
  return gt_project_get_id (project);
}

/* An office's register of 2023, years after: plans and reports of 2023 only
 * (January to March), an issue in hand, and a project with no report. */
static void
fixture_set_up_2023 (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GtIssue) issue = gt_issue_new ();
  g_autoptr(GError) error = NULL;
  gint64 town, road, school;
  GDate raised;

  set_up (f);
  f->store = gt_store_open (f->db, &error);
  g_assert_no_error (error);
  town = add_unit (f->store, "城关镇", GT_UNIT_KIND_TOWNSHIP);
  road = add_project_2023 (f->store, "城关镇滨河路改造工程", town, 43050 * WAN, 1200 * WAN);
  school = add_project_2023 (f->store, "城关镇第二中学新校区", town, 7520 * WAN, 800 * WAN);
  add_project_2023 (f->store, "城关镇污水处理厂提标改造", town, 3000 * WAN, 0);
  add_report (f->store, road, 2023, 1, 100 * WAN, "基础施工", "");
  add_report (f->store, road, 2023, 2, 110 * WAN, "基础施工", "");
  add_report (f->store, road, 2023, 3, 150 * WAN, "主体施工，完成30%", "3户拆迁未签约");
  add_report (f->store, school, 2023, 1, 20 * WAN, "场地平整", "");

  g_date_clear (&raised, 1);
  g_date_set_dmy (&raised, 10, 2, 2023);
  gt_issue_set_project_id (issue, school);
  gt_issue_set_description (issue, "用地指标未落实");
  gt_issue_set_category (issue, GT_ISSUE_CATEGORY_LAND);
  gt_issue_set_status (issue, GT_ISSUE_STATUS_RAISED);
  gt_issue_set_raised_on (issue, &raised);
  g_assert_true (gt_store_add_issue (f->store, issue, &error));
  g_assert_no_error (error);
  g_clear_object (&f->store);
}

/* The text pdftotext reads in the PDF @name that guatu writes from @args. */
static char *
export_pdf_text (Fixture     *f,
                 const char  *name,
                 const char **args)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  const char *argv[16] = { "--database", f->db, "--export-pdf", name };
  g_auto(GtTestRun) run = { 0 };

  for (guint i = 0; args[i] != NULL; i++)
    argv[4 + i] = args[i];
  run_argv (f, &run, argv);
  g_assert_cmpint (run.status, ==, 0);
  return poppler ("pdftotext", path);
}

/* The lines of the CSV @name that guatu writes from @args. */
static char **
export_csv_lines (Fixture     *f,
                  const char  *name,
                  const char **args)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  const char *argv[16] = { "--database", f->db, "--export-csv", name };
  g_auto(GtTestRun) run = { 0 };
  g_autofree char *csv = NULL;

  for (guint i = 0; args[i] != NULL; i++)
    argv[4 + i] = args[i];
  run_argv (f, &run, argv);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
  return g_strsplit (csv + 3, "\r\n", -1);
}

/* Without --month every output is as of the latest month with reports, March
 * 2023, years after: its last day is the date of the data, its year that of
 * the plans; --month moves them all, the wall chart too. */
static void
test_export_as_of (Fixture       *f,
                   gconstpointer  data)
{
  static const char *const charts[] = { "gantt", "overview", "report", "issues" };
  static const char *const titles[] = {
    "Wall Chart of Key Projects, %s", "Progress of Key Projects, %s",
    "Monthly Report of Key Projects, %s", "Issue Ledger of Key Projects, %s",
  };
  const char *register_args[] = { "--table", "register", NULL };
  g_auto(GStrv) lines = export_csv_lines (f, "register.csv", register_args);
  g_autofree char *to_march = tr ("reports column", "January to month %d (10k yuan)", 3);
  g_autofree char *headers = g_strdup_printf (",年度计划（万元）,%s,", to_march);

  /* The register of 2023: its plans and January to March, not this year's 0. */
  g_assert_cmpstr (lines[0], ==, "2023年重点项目台账");
  g_assert_nonnull (strstr (lines[1], headers));
  g_assert_true (g_str_has_suffix (lines[2], ",\"43,050.00\",\"1,200.00\",360.00,30.0%"));
  g_assert_true (g_str_has_suffix (lines[3], ",\"7,520.00\",800.00,20.00,2.5%"));
  /* No plan and no report: blanks. */
  g_assert_true (g_str_has_suffix (lines[4], ",\"3,000.00\",,,"));

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autofree char *title = tr (NULL, titles[i], "2023年3月");
      const char *latest[] = { "--chart", charts[i], NULL };
      const char *february[] = { "--chart", charts[i], "--month", "2023-02", NULL };
      g_autofree char *name = g_strdup_printf ("%s.pdf", charts[i]);
      g_autofree char *text = export_pdf_text (f, name, latest);
      g_autofree char *earlier = export_pdf_text (f, name, february);

      g_test_message ("%s", charts[i]);
      g_assert_nonnull (strstr (text, "数据截至2023年3月31日"));
      g_assert_nonnull (strstr (earlier, "数据截至2023年2月28日"));
      g_assert_null (strstr (text, "2023年03月"));
      g_assert_nonnull (strstr (text, title));
    }
}

/* 月报 as offices file it: its columns, a heading a locality, blanks where
 * there is no figure, amounts grouped, the points against 序时进度, the
 * problems in hand. */
static void
test_export_report_columns (Fixture       *f,
                            gconstpointer  data)
{
  const char *args[] = { "--table", "report", "--month", "2023-03", NULL };
  g_auto(GStrv) lines = export_csv_lines (f, "report.csv", args);
  g_autofree char *month_title = tr (NULL, "Monthly Report of Key Projects, %s", "2023年3月");
  g_autofree char *title = csv_field (month_title);
  g_autofree char *to_march = tr ("reports column", "January to month %d (10k yuan)", 3);
  const char *share = translated ("reports column", "Of year plan (%)");
  const char *points = translated ("reports column",
                                   "Against the time-proportional target (points)");
  g_autofree char *headers = g_strdup_printf ("序号,项目名称,总投资（万元）,年度计划（万元）,"
                                              "当月完成（万元）,%s,%s,%s,形象进度,存在问题,"
                                              "责任单位,包联领导", to_march, share, points);

  g_assert_cmpstr (lines[0], ==, title);
  g_assert_cmpstr (lines[1], ==, headers);
  /* 属地 as the group's heading, not on every row. */
  g_assert_cmpstr (lines[2], ==, "城关镇,,,,,,,,,,,");
  /* 360 of 1,200 is 30%, 5 points ahead of the 25% due by March. */
  g_assert_cmpstr (lines[3], ==, "1,城关镇滨河路改造工程,\"43,050.00\",\"1,200.00\",150.00,360.00,"
                                 "30.0%,+5.0,主体施工，完成30%,3户拆迁未签约,,");
  /* No report for March: no 当月完成 and no 形象进度; the issue in hand. */
  g_assert_cmpstr (lines[4], ==, "2,城关镇第二中学新校区,\"7,520.00\",800.00,,20.00,2.5%,-22.5,,"
                                 "用地指标未落实,,");
  g_assert_cmpstr (lines[5], ==, "3,城关镇污水处理厂提标改造,\"3,000.00\",,,,,,,,,");
  g_assert_cmpstr (lines[6], ==, ",小计,\"53,570.00\",\"2,000.00\",150.00,380.00,19.0%,-6.0,,,,");
  g_assert_cmpstr (lines[7], ==, ",合计,\"53,570.00\",\"2,000.00\",150.00,380.00,19.0%,-6.0,,,,");
}

/* The widest figures on A4 portrait: every digit is on the page (the type
 * shrinks, text wraps), none cut to "…". */
static void
test_export_report_digits (Fixture       *f,
                           gconstpointer  data)
{
  static const char *const figures[] = {
    "9,876,543,210.98", "29,629,629,632.94", "29,629,630,632.94", "1352.0%", "+1327.0",
    "13.52", "40.56", "1,000.00", "1,003.00", "40.66", "4.1%", "-20.9",
  };
  const char *args[] = { "--chart", "report", "--month", "2023-03", "--paper", "A4",
                         "--portrait", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 park, town;

  set_up (f);
  f->store = gt_store_open (f->db, &error);
  g_assert_no_error (error);
  park = add_unit (f->store, "经济技术开发区管理委员会", GT_UNIT_KIND_PARK);
  town = add_unit (f->store, "城关镇", GT_UNIT_KIND_TOWNSHIP);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("经济技术开发区第%u期新一代信息技术产业园"
                                               "基础设施及配套工程建设项目", i + 1);
      gint64 id = add_project_2023 (f->store, name, park, G_GINT64_CONSTANT (98765432109800),
                                    1 * WAN);

      add_report (f->store, id, 2023, 3, 135200, "主体结构封顶，正在进行二次结构及机电安装施工",
                  "");
    }
  add_report (f->store, add_project_2023 (f->store, "城关镇道路", town, 1000 * WAN, 1000 * WAN),
              2023, 3, 1000, "施工中", "");
  g_clear_object (&f->store);

  text = export_pdf_text (f, "digits.pdf", args);
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_test_message ("%s", figures[i]);
      g_assert_nonnull (strstr (text, figures[i]));
    }
  g_assert_null (strstr (text, "…"));
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* More columns of wide figures than A4 portrait holds at full size: the type
 * shrinks until every figure fits whole. */
static void
test_export_table_shrinks (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "wide.pdf", NULL);
  g_autoptr(GtExportTable) table = gt_export_table_new ("宽表", "宽表");
  g_autoptr(GtTablePrint) print = NULL;
  g_autofree char *text = NULL;
  GtPrintTitle title = { NULL, NULL, { 0 } };
  GtExportDoc doc;
  double width, height;
  guint row;

  g_assert_no_error (error);
  g_date_clear (&title.data_date, 1);
  gt_export_table_add_column (table, "项目名称", GT_EXPORT_TEXT, 30);
  for (guint c = 1; c <= 10; c++)
    gt_export_table_add_column (table, "金额（万元）", GT_EXPORT_WAN, 10);
  row = gt_export_table_add_row (table, GT_EXPORT_ROW_TOTAL);
  gt_export_table_set_text (table, row, 0, "合计");
  for (guint c = 1; c <= 10; c++)
    gt_export_table_set_value (table, row, c, 98765432109800.0);

  gt_paper_get_size (GT_PAPER_A4, FALSE, &width, &height);
  print = gt_table_print_new (table, &title, width, height);
  g_assert_cmpfloat (gt_table_print_get_font_size (print), <, 8.0);
  gt_table_print_get_doc (print, &doc);
  g_assert_true (gt_export_write_pdf (&doc, path, &error));
  g_assert_no_error (error);
  text = poppler ("pdftotext", path);
  g_assert_cmpuint (count (text, "9,876,543,210.98"), ==, 10);
  g_assert_null (strstr (text, "…"));
  gt_test_remove_tree (dir);
}

/* The issue ledger: its date column says when an issue was raised (提出日期,
 * not the status 待交办), and its dates are dates to a spreadsheet. Every
 * sheet is made for printing: landscape, one page wide, the title and the
 * header on every page. */
static void
test_export_xlsx_printing (Fixture       *f,
                           gconstpointer  data)
{
  const char *args[] = { "--database", f->db, "--export-xlsx", "all.xlsx",
                         "--table", "register,report,issues", NULL };
  g_autofree char *path = g_build_filename (f->dir, "all.xlsx", NULL);
  g_autoptr(GPtrArray) shared = NULL;
  g_auto(GtTestRun) run = { 0 };
  xmlDoc *strings, *issues, *book;
  GDate date, excel_epoch;
  int zip_error = 0;
  zip_t *zip;

  run_argv (f, &run, args);
  g_assert_cmpint (run.status, ==, 0);
  zip = zip_open (path, ZIP_RDONLY, &zip_error);
  g_assert_nonnull (zip);
  strings = read_member (zip, "xl/sharedStrings.xml");
  shared = read_shared_strings (strings);
  issues = read_member (zip, "xl/worksheets/sheet3.xml");
  {
    g_autofree char *title = tr (NULL, "Issue Ledger of Key Projects, %s", "2023年3月");
    const char *raised = translated ("issue ledger column", "Date raised");

    assert_cell (issues, shared, "A1", title);
    /* Not the status 待交办 (Raised), as it was. */
    assert_cell (issues, shared, "G2", raised);
    g_assert_cmpstr (raised, !=, g_dgettext (GETTEXT_PACKAGE, "Raised"));
  }
  /* 2023-02-10 as Excel counts days (from 1899-12-30), not as text. */
  g_date_clear (&date, 1);
  g_date_clear (&excel_epoch, 1);
  g_date_set_dmy (&date, 10, 2, 2023);
  g_date_set_dmy (&excel_epoch, 30, 12, 1899);
  assert_number (issues, shared, "G3", g_date_days_between (&excel_epoch, &date));

  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("xl/worksheets/sheet%u.xml", i);
      xmlDoc *sheet = read_member (zip, name);
      g_autofree char *xml = NULL;
      int size = 0;

      xmlDocDumpMemory (sheet, (xmlChar **) &xml, &size);
      g_assert_nonnull (strstr (xml, "orientation=\"landscape\""));
      g_assert_nonnull (strstr (xml, "fitToPage=\"1\""));
      g_assert_nonnull (strstr (xml, "fitToHeight=\"0\""));
      g_assert_null (strstr (xml, "fitToWidth=\"0\""));
      xmlFreeDoc (sheet);
    }
  book = read_member (zip, "xl/workbook.xml");
  {
    g_autofree char *xml = NULL;
    int size = 0;

    xmlDocDumpMemory (book, (xmlChar **) &xml, &size);
    /* The title and the header rows repeated on every printed page. */
    g_assert_nonnull (strstr (xml, "_xlnm.Print_Titles"));
    g_assert_nonnull (strstr (xml, "!$1:$2"));
  }

  xmlFreeDoc (book);
  xmlFreeDoc (strings);
  xmlFreeDoc (issues);
  zip_close (zip);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gt_test_use_zh_cn ();

  g_test_add ("/export/pdf/charts", Fixture, NULL, fixture_set_up_demo, test_export_pdf_charts,
              fixture_tear_down);
  g_test_add_func ("/export/pdf/page-count", test_export_page_count);
  g_test_add ("/export/xlsx", Fixture, NULL, fixture_set_up_small, test_export_xlsx,
              fixture_tear_down);
  g_test_add ("/export/xlsx/sheets", Fixture, NULL, fixture_set_up_small,
              test_export_xlsx_sheets, fixture_tear_down);
  g_test_add ("/export/xlsx/long-text", Fixture, NULL, fixture_set_up_small,
              test_export_xlsx_long_text, fixture_tear_down);
  g_test_add_func ("/export/xlsx/cell-limit", test_export_xlsx_cell_limit);
  g_test_add_func ("/export/xlsx/refused", test_export_xlsx_refused);
  g_test_add ("/export/csv", Fixture, NULL, fixture_set_up_small, test_export_csv,
              fixture_tear_down);
  g_test_add_func ("/export/neutralise", test_export_neutralise);
  g_test_add ("/export/bad-arguments", Fixture, NULL, fixture_set_up_small,
              test_export_bad_arguments, fixture_tear_down);
  g_test_add ("/export/as-of", Fixture, NULL, fixture_set_up_2023, test_export_as_of,
              fixture_tear_down);
  g_test_add ("/export/report/columns", Fixture, NULL, fixture_set_up_2023,
              test_export_report_columns, fixture_tear_down);
  g_test_add ("/export/report/digits", Fixture, NULL, NULL, test_export_report_digits,
              fixture_tear_down);
  g_test_add_func ("/export/table/shrinks", test_export_table_shrinks);
  g_test_add ("/export/xlsx/printing", Fixture, NULL, fixture_set_up_2023,
              test_export_xlsx_printing, fixture_tear_down);

  return g_test_run ();
}
