/* test-report-template.c: the monthly report templates (报送模板), read back.
 *
 * On the demo register as of 15 November 2026, the templates of October: one
 * workbook per unit with projects, named after it, holding only its projects;
 * read back with the project's own XLSX reader and as XML out of the zip: the
 * data sheet protected, its input cells unlocked, the validations (≥ 0 and
 * 0–100) there, the hidden sheet "guatu" very hidden behind a locked
 * structure and naming the register, the month, the unit and every row's
 * project; 上月止累计 equal to September's cumulative on the report sheet. By
 * locality too, with the deadline day given; January starts from nothing;
 * LibreOffice (with Calc; skipped without) reads one back and prints it on
 * one A4 landscape page; and guatu --export-templates writes the same and
 * refuses what it must.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <zip.h>

#include "gt-format.h"
#include "gt-ledger-sheet.h"
#include "gt-report-sheet.h"
#include "gt-report-template.h"
#include "gt-test-util.h"

typedef struct {
  char    *dir;
  GtStore *store;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  GDate today;

  f->dir = gt_test_make_dir ();
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 11, 2026);
  f->store = gt_test_open_demo (f->dir, &today);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
read_member (const char *path,
             const char *name)
{
  zip_t *zip = zip_open (path, ZIP_RDONLY | ZIP_CHECKCONS, NULL);
  zip_stat_t st;
  zip_file_t *file;
  char *data;

  g_assert_nonnull (zip);
  g_assert_cmpint (zip_stat (zip, name, 0, &st), ==, 0);
  data = g_malloc0 (st.size + 1);
  file = zip_fopen (zip, name, 0);
  g_assert_nonnull (file);
  g_assert_cmpint (zip_fread (file, data, st.size), ==, (zip_int64_t) st.size);
  zip_fclose (file);
  zip_discard (zip);
  return data;
}

/* The projects of each unit (or locality), by id: unit id → GArray of gint64. */
static GHashTable *
projects_by_group (GtStore            *store,
                   GtTemplateGrouping  grouping)
{
  GListModel *projects = gt_store_get_projects (store);
  GHashTable *groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                              (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      gint64 key = grouping == GT_TEMPLATE_BY_LOCALITY ? gt_project_get_locality_id (project)
                                                       : gt_project_get_unit_id (project);
      gint64 id = gt_project_get_id (project);
      GArray *ids;

      if (key == 0 || gt_store_lookup_unit (store, key) == NULL)
        continue;
      ids = g_hash_table_lookup (groups, &key);
      if (ids == NULL)
        {
          ids = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (groups, g_memdup2 (&key, sizeof key), ids);
        }
      g_array_append_val (ids, id);
    }
  return groups;
}

/* The hidden sheet's value of @key, "" if none. */
static const char *
hidden_value (GtLedgerSheet *hidden,
              const char    *key)
{
  for (guint r = 0; r < gt_ledger_sheet_n_rows (hidden); r++)
    if (g_str_equal (gt_ledger_sheet_get (hidden, r, 0), key))
      return gt_ledger_sheet_get (hidden, r, 1);
  return "";
}

static gint64
parse_wan (const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 yuan = -1;

  g_assert_true (gt_parse_wan (text, &yuan, &error));
  g_assert_no_error (error);
  return yuan;
}

/* Checks one workbook against the register: @before maps a project id to its
 * 1—(N−1)月 cumulative. Returns the unit id it names. */
static gint64
check_workbook (Fixture            *f,
                const char         *path,
                const char         *month,
                GtTemplateGrouping  grouping,
                const char         *deadline,
                GHashTable         *groups,
                GHashTable         *before)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) data = gt_ledger_sheet_load (path, 0, &error);
  g_autoptr(GtLedgerSheet) hidden = NULL;
  g_autofree char *workbook = NULL;
  g_autofree char *sheet1 = NULL;
  g_autofree char *sheet2 = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *register_id = gt_store_dup_register_id (f->store);
  g_autofree char *expected_name = NULL;
  g_autofree char *base = g_path_get_basename (path);
  GtUnit *unit;
  GArray *ids;
  gint64 unit_id;
  guint first_row, n_rows;

  g_assert_no_error (error);
  hidden = gt_ledger_sheet_load (path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (data->sheet_names[1], ==, GT_TEMPLATE_SHEET);

  /* The hidden sheet names the register, the month, the unit. */
  g_assert_cmpstr (hidden_value (hidden, GT_TEMPLATE_KEY_KIND), ==, "guatu-report-template");
  g_assert_cmpstr (hidden_value (hidden, GT_TEMPLATE_KEY_REGISTER), ==, register_id);
  g_assert_cmpstr (hidden_value (hidden, GT_TEMPLATE_KEY_MONTH), ==, month);
  g_assert_cmpstr (hidden_value (hidden, GT_TEMPLATE_KEY_GROUPING), ==,
                   gt_template_grouping_to_id (grouping));
  g_assert_cmpstr (hidden_value (hidden, GT_TEMPLATE_KEY_DEADLINE), ==, deadline);
  g_assert_cmpstr (hidden_value (hidden, GT_TEMPLATE_KEY_COLUMNS), ==, GT_TEMPLATE_COLUMNS);
  g_assert_cmpstr (hidden_value (hidden, GT_TEMPLATE_KEY_ROW_COLUMNS), ==,
                   GT_TEMPLATE_ROW_COLUMNS);
  unit_id = g_ascii_strtoll (hidden_value (hidden, GT_TEMPLATE_KEY_UNIT_ID), NULL, 10);
  unit = gt_store_lookup_unit (f->store, unit_id);
  g_assert_nonnull (unit);
  g_assert_cmpstr (hidden_value (hidden, GT_TEMPLATE_KEY_UNIT_NAME), ==,
                   gt_unit_get_name (unit));
  expected_name = gt_template_file_name (atoi (month), atoi (month + 5),
                                         gt_unit_get_name (unit));
  g_assert_cmpstr (base, ==, expected_name);

  /* The title names the month and the unit, the line under it the deadline. */
  {
    g_autofree char *month_text = gt_format_month (atoi (month), atoi (month + 5));
    g_autofree char *deadline_text = NULL;
    GDate date;

    g_assert_true (gt_date_parse_iso (deadline, &date));
    deadline_text = gt_format_date (&date);
    g_assert_nonnull (strstr (gt_ledger_sheet_get (data, 0, 0), month_text));
    g_assert_nonnull (strstr (gt_ledger_sheet_get (data, 0, 0), gt_unit_get_name (unit)));
    g_assert_nonnull (strstr (gt_ledger_sheet_get (data, 1, 0), deadline_text));
  }

  /* Only its projects, every one of them, each row's id in the hidden sheet
   * and in the data sheet's hidden last column. */
  ids = g_hash_table_lookup (groups, &unit_id);
  g_assert_nonnull (ids);
  first_row = atoi (hidden_value (hidden, GT_TEMPLATE_KEY_FIRST_ROW)) - 1;
  n_rows = atoi (hidden_value (hidden, GT_TEMPLATE_KEY_ROWS));
  g_assert_cmpuint (n_rows, ==, ids->len);
  g_assert_cmpuint (gt_ledger_sheet_n_rows (data), ==, first_row + ids->len);
  for (guint i = 0; i < ids->len; i++)
    {
      guint r = first_row + i;
      gint64 id = g_ascii_strtoll (gt_ledger_sheet_get (data, r, 9), NULL, 10);
      GtProject *project = gt_store_lookup_project (f->store, id);
      guint hidden_row = 0;
      gboolean found = FALSE;
      gint64 *cumulative;

      for (guint k = 0; k < ids->len; k++)
        found |= g_array_index (ids, gint64, k) == id;
      g_assert_true (found);
      g_assert_nonnull (project);
      g_assert_cmpstr (gt_ledger_sheet_get (data, r, 0), ==, gt_project_get_code (project));
      g_assert_cmpstr (gt_ledger_sheet_get (data, r, 1), ==, gt_project_get_name (project));
      g_assert_cmpint (parse_wan (gt_ledger_sheet_get (data, r, 2)), ==,
                       gt_project_get_total_investment (project));
      cumulative = g_hash_table_lookup (before, &id);
      g_assert_nonnull (cumulative);
      g_assert_cmpint (parse_wan (gt_ledger_sheet_get (data, r, 4)), ==, *cumulative);
      /* The cells to fill are empty. */
      for (guint c = 5; c <= 8; c++)
        g_assert_cmpstr (gt_ledger_sheet_get (data, r, c), ==, "");

      for (guint h = 0; h < gt_ledger_sheet_n_rows (hidden); h++)
        if (g_str_equal (gt_ledger_sheet_get (hidden, h, 0), GT_TEMPLATE_KEY_ROWS))
          hidden_row = h + 1 + i;
      g_assert_cmpint (atoi (gt_ledger_sheet_get (hidden, hidden_row, 0)), ==, r + 1);
      g_assert_cmpint (g_ascii_strtoll (gt_ledger_sheet_get (hidden, hidden_row, 1), NULL, 10),
                       ==, id);
      g_assert_cmpstr (gt_ledger_sheet_get (hidden, hidden_row, 2), ==,
                       gt_project_get_code (project));
      g_assert_cmpstr (gt_ledger_sheet_get (hidden, hidden_row, 3), ==,
                       gt_project_get_name (project));
      g_assert_cmpint (g_ascii_strtoll (gt_ledger_sheet_get (hidden, hidden_row, 4), NULL, 10),
                       ==, gt_project_get_total_investment (project));
      g_assert_cmpint (g_ascii_strtoll (gt_ledger_sheet_get (hidden, hidden_row, 5), NULL, 10),
                       ==, parse_wan (gt_ledger_sheet_get (data, r, 3)));
      g_assert_cmpint (g_ascii_strtoll (gt_ledger_sheet_get (hidden, hidden_row, 6), NULL, 10),
                       ==, *cumulative);
    }

  /* Protection and validation are in the file, not only in the look. */
  workbook = read_member (path, "xl/workbook.xml");
  g_assert_nonnull (strstr (workbook, "<workbookProtection "));
  g_assert_nonnull (strstr (workbook, "lockStructure=\"1\""));
  g_assert_nonnull (strstr (workbook, "name=\"" GT_TEMPLATE_SHEET "\""));
  g_assert_nonnull (strstr (workbook, "state=\"veryHidden\""));
  sheet1 = read_member (path, "xl/worksheets/sheet1.xml");
  g_assert_nonnull (strstr (sheet1, "<sheetProtection "));
  g_assert_nonnull (strstr (sheet1, "<dataValidation type=\"decimal\" "
                                    "operator=\"greaterThanOrEqual\""));
  g_assert_nonnull (strstr (sheet1, "<dataValidation type=\"decimal\" allowBlank=\"1\""));
  g_assert_nonnull (strstr (sheet1, "<formula1>0</formula1><formula2>100</formula2>"));
  g_assert_nonnull (strstr (sheet1, "<mergeCell ref=\"A1:I1\"/>"));
  g_assert_nonnull (strstr (sheet1, "orientation=\"landscape\""));
  g_assert_nonnull (strstr (sheet1, "fitToPage=\"1\""));
  sheet2 = read_member (path, "xl/worksheets/sheet2.xml");
  g_assert_nonnull (strstr (sheet2, "<sheetProtection "));
  g_assert_null (strstr (sheet2, "tabSelected"));
  styles = read_member (path, "xl/styles.xml");
  g_assert_nonnull (strstr (styles, "locked=\"0\""));
  {
    /* The input cells' style is the unlocked one: cell F4's s="N" is the
     * N-th <xf> of cellXfs, whose protection says locked="0". */
    g_autofree char *cell_tag = g_strdup_printf ("<c r=\"F%u\" s=\"", first_row + 1);
    const char *cell = strstr (sheet1, cell_tag);
    const char *xfs = strstr (styles, "<cellXfs");
    int style;

    g_assert_nonnull (cell);
    g_assert_nonnull (xfs);
    style = atoi (cell + strlen (cell_tag));
    for (int k = 0; k <= style; k++)
      {
        xfs = strstr (xfs + 1, "<xf ");
        g_assert_nonnull (xfs);
      }
    {
      const char *end = strstr (xfs, "</xf>");
      const char *next = strstr (xfs + 1, "<xf ");

      g_assert_nonnull (end);
      g_assert_true (next == NULL || end < next);
      g_assert_nonnull (g_strstr_len (xfs, end - xfs, "locked=\"0\""));
    }
  }
  return unit_id;
}

/* Project id → 1—(N−1)月 cumulative, from the previous month's report sheet
 * (nothing in January). */
static GHashTable *
cumulative_before (GtStore *store,
                   int      year,
                   int      month)
{
  GHashTable *before = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GtReportSheet) sheet = gt_report_sheet_new (store);
  g_autoptr(GError) error = NULL;
  GListModel *projects = gt_store_get_projects (store);

  if (month > 1)
    {
      g_assert_true (gt_report_sheet_load (sheet, year, month - 1, &error));
      g_assert_no_error (error);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sheet)); i++)
        {
          g_autoptr(GtReportRow) row = g_list_model_get_item (G_LIST_MODEL (sheet), i);
          gint64 id = gt_project_get_id (gt_report_row_get_project (row));

          g_hash_table_insert (before, g_memdup2 (&id, sizeof id),
                               g_memdup2 (&(gint64) { gt_report_row_get_cumulative (row) },
                                          sizeof (gint64)));
        }
    }
  else
    for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
      {
        g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
        gint64 id = gt_project_get_id (project);

        g_hash_table_insert (before, g_memdup2 (&id, sizeof id), g_new0 (gint64, 1));
      }
  return before;
}

static void
check_set (Fixture            *f,
           int                 year,
           int                 month,
           GtTemplateGrouping  grouping,
           int                 deadline_day,
           const char         *deadline)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtTemplateSet) set = NULL;
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GHashTable) groups = projects_by_group (f->store, grouping);
  g_autoptr(GHashTable) before = cumulative_before (f->store, year, month);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *out = g_build_filename (f->dir, "templates", NULL);
  g_autofree char *month_text = g_strdup_printf ("%04d-%02d", year, month);
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  gt_test_remove_tree (out);
  set = gt_template_set_collect (f->store, year, month, grouping, deadline_day, &error);
  g_assert_no_error (error);
  g_assert_nonnull (set);
  g_assert_cmpuint (gt_template_set_get_n_groups (set), ==, g_hash_table_size (groups));
  written = gt_template_set_write (set, out, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (written);
  g_assert_cmpuint (written->len, ==, g_hash_table_size (groups));
  g_assert_cmpuint (written->len, >, 1);

  for (guint i = 0; i < written->len; i++)
    {
      gint64 unit_id = check_workbook (f, g_ptr_array_index (written, i), month_text, grouping,
                                       deadline, groups, before);

      g_assert_false (g_hash_table_contains (seen, &unit_id));
      g_hash_table_add (seen, g_memdup2 (&unit_id, sizeof unit_id));
    }

  /* Nothing else in the folder: no temporaries left. */
  listing = g_dir_open (out, 0, &error);
  g_assert_no_error (error);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, written->len);
}

static void
test_by_unit (Fixture       *f,
              gconstpointer  data)
{
  check_set (f, 2026, 10, GT_TEMPLATE_BY_UNIT, 25, "2026-10-25");
}

static void
test_by_locality (Fixture       *f,
                  gconstpointer  data)
{
  /* The 5th: of the month after (次月5日前报上月). */
  check_set (f, 2026, 7, GT_TEMPLATE_BY_LOCALITY, 5, "2026-08-05");
}

static void
test_january (Fixture       *f,
              gconstpointer  data)
{
  check_set (f, 2026, 1, GT_TEMPLATE_BY_UNIT, 28, "2026-01-28");
}

/* Two units of one name (a township and a department both "城关镇") get two
 * files, the second named with its id too. */
static void
test_same_names (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *projects = gt_store_get_projects (f->store);
  g_autoptr(GtProject) first = g_list_model_get_item (projects, 0);
  g_autoptr(GtProject) edited = gt_project_copy (first);
  GtUnit *unit = gt_store_lookup_unit (f->store, gt_project_get_unit_id (first));
  g_autoptr(GtUnit) twin = gt_unit_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GtTemplateSet) set = NULL;
  g_autoptr(GPtrArray) written = NULL;
  g_autofree char *out = g_build_filename (f->dir, "twins", NULL);
  g_autofree char *plain = NULL;
  g_autofree char *with_id = NULL;
  g_autofree char *twin_name = NULL;

  g_assert_nonnull (unit);
  gt_unit_set_name (twin, gt_unit_get_name (unit));
  gt_unit_set_kind (twin, GT_UNIT_KIND_TOWNSHIP);
  g_assert_true (gt_store_add_unit (f->store, twin, &error));
  g_assert_no_error (error);
  gt_project_set_unit_id (edited, gt_unit_get_id (twin));
  g_assert_true (gt_store_update_project (f->store, edited, &error));
  g_assert_no_error (error);

  set = gt_template_set_collect (f->store, 2026, 10, GT_TEMPLATE_BY_UNIT, 25, &error);
  g_assert_no_error (error);
  written = gt_template_set_write (set, out, NULL, &error);
  g_assert_no_error (error);

  plain = gt_template_file_name (2026, 10, gt_unit_get_name (unit));
  twin_name = g_strdup_printf ("%s_%" G_GINT64_FORMAT, gt_unit_get_name (twin),
                               gt_unit_get_id (twin));
  with_id = gt_template_file_name (2026, 10, twin_name);
  {
    g_autofree char *a = g_build_filename (out, plain, NULL);
    g_autofree char *b = g_build_filename (out, with_id, NULL);
    g_autoptr(GtLedgerSheet) hidden = gt_ledger_sheet_load (b, 1, &error);
    g_autofree char *twin_id = g_strdup_printf ("%" G_GINT64_FORMAT, gt_unit_get_id (twin));

    g_assert_no_error (error);
    g_assert_true (g_file_test (a, G_FILE_TEST_IS_REGULAR));
    g_assert_true (g_file_test (b, G_FILE_TEST_IS_REGULAR));
    g_assert_cmpstr (hidden_value (hidden, GT_TEMPLATE_KEY_UNIT_ID), ==, twin_id);
    g_assert_cmpstr (hidden_value (hidden, GT_TEMPLATE_KEY_ROWS), ==, "1");
  }
}

/* 每月25日前报当月, 次月5日前报上月: December's 5th is January's. */
static void
test_deadlines (void)
{
  const struct { int year, month, day; const char *iso; } cases[] = {
    { 2023, 4, 25, "2023-04-25" },
    { 2023, 4, 15, "2023-04-15" },
    { 2023, 4, 14, "2023-05-14" },
    { 2023, 4, 5, "2023-05-05" },
    { 2023, 12, 5, "2024-01-05" },
    { 2024, 2, 28, "2024-02-28" },
    { 2024, 1, 1, "2024-02-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = NULL;
      GDate date;

      gt_template_get_deadline (cases[i].year, cases[i].month, cases[i].day, &date);
      iso = gt_date_to_iso (&date);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static void
test_file_names (void)
{
  g_autofree char *plain = gt_template_file_name (2023, 4, "住房和城乡建设局");
  g_autofree char *unsafe = gt_template_file_name (2023, 4, " ../a/b:c*?\"<>|\\. ");
  g_autofree char *empty = gt_template_file_name (2023, 4, "");

  g_assert_nonnull (strstr (plain, "_住房和城乡建设局_"));
  g_assert_true (g_str_has_suffix (plain, ".xlsx"));
  g_assert_null (strchr (unsafe, '/'));
  g_assert_null (strchr (unsafe, '\\'));
  g_assert_null (strchr (unsafe, ':'));
  g_assert_null (strchr (unsafe, '*'));
  g_assert_nonnull (strstr (unsafe, "__a_b_c_"));
  g_assert_null (strstr (unsafe, ".."));
  g_assert_nonnull (strstr (empty, "__"));
}

/* LibreOffice headless converts @path to @format in @dir; FALSE when it
 * could not (no Calc installed: only the writer is, on some machines). */
static gboolean
convert (const char *soffice,
         const char *profile_arg,
         const char *format,
         const char *dir,
         const char *path,
         const char *result)
{
  const char *argv[] = {
    soffice, profile_arg, "--headless", "--convert-to", format, "--outdir", dir, path, NULL
  };
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_spawn_sync (dir, (char **) argv, NULL,
                G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL,
                NULL, &wait_status, &error);
  g_assert_no_error (error);
  return g_file_test (result, G_FILE_TEST_IS_REGULAR);
}

/* As a unit's clerk opens it: LibreOffice reads the title, the headers and
 * every project's code back, and prints it on A4 landscape. */
static void
test_libreoffice (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *out = g_build_filename (f->dir, "lo", NULL);
  g_autofree char *profile_arg = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GtTemplateSet) set = NULL;
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GtLedgerSheet) hidden = NULL;
  g_autoptr(GError) error = NULL;
  const char *pdfinfo_argv[] = { "pdfinfo", NULL, NULL };
  double width = 0, height = 0;
  const char *size;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  set = gt_template_set_collect (f->store, 2026, 10, GT_TEMPLATE_BY_UNIT, 25, &error);
  g_assert_no_error (error);
  written = gt_template_set_write (set, out, NULL, &error);
  g_assert_no_error (error);
  /* A plain name: LibreOffice names its output after its input. */
  xlsx = g_build_filename (out, "t.xlsx", NULL);
  g_assert_cmpint (g_rename (g_ptr_array_index (written, 0), xlsx), ==, 0);
  csv = g_build_filename (out, "t.csv", NULL);
  pdf = g_build_filename (out, "t.pdf", NULL);

  profile_arg = g_strdup_printf ("-env:UserInstallation=file://%s/lo-profile", f->dir);
  if (!convert (soffice, profile_arg, "csv:Text - txt - csv (StarCalc):44,34,76", out, xlsx,
                csv))
    {
      g_test_skip ("LibreOffice Calc is not installed");
      return;
    }
  g_assert_true (g_file_get_contents (csv, &contents, NULL, &error));
  g_assert_no_error (error);
  hidden = gt_ledger_sheet_load (xlsx, 1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, hidden_value (hidden, GT_TEMPLATE_KEY_UNIT_NAME)));
  for (guint r = 0; r < gt_ledger_sheet_n_rows (hidden); r++)
    if (g_str_equal (gt_ledger_sheet_get (hidden, r, 0), GT_TEMPLATE_KEY_ROWS))
      {
        guint n = atoi (gt_ledger_sheet_get (hidden, r, 1));

        g_assert_cmpuint (n, >, 0);
        for (guint i = 1; i <= n; i++)
          g_assert_nonnull (strstr (contents, gt_ledger_sheet_get (hidden, r + i, 2)));
      }

  g_assert_true (convert (soffice, profile_arg, "pdf", out, xlsx, pdf));
  pdfinfo_argv[1] = pdf;
  g_spawn_sync (NULL, (char **) pdfinfo_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &info,
                NULL, NULL, &error);
  g_assert_no_error (error);
  size = strstr (info, "Page size:");
  g_assert_nonnull (size);
  g_assert_cmpint (sscanf (size, "Page size: %lf x %lf", &width, &height), ==, 2);
  g_assert_nonnull (strstr (size, "(A4)"));
  g_assert_cmpfloat (width, >, height);
  g_assert_nonnull (strstr (info, "Pages:           1"));
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_auto(GStrv) env = gt_test_cli_environ (f->dir, NULL);
  g_autofree char *db = g_strdup (gt_store_get_path (f->store));
  g_autofree char *out = g_build_filename (f->dir, "cli out", NULL);
  g_autoptr(GHashTable) groups = projects_by_group (f->store, GT_TEMPLATE_BY_UNIT);
  g_autoptr(GHashTable) before = cumulative_before (f->store, 2026, 10);
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  g_clear_object (&f->store);
  f->store = gt_store_open (db, &error);
  g_assert_no_error (error);

  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (f->dir, env, &run, "--database", db, "--export-templates", out,
                        "--month", "2026-10", "--deadline-day", "20", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "report templates"));
  }
  listing = g_dir_open (out, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (out, name, NULL);

      check_workbook (f, path, "2026-10", GT_TEMPLATE_BY_UNIT, "2026-10-20", groups, before);
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, g_hash_table_size (groups));

  /* What it refuses, before touching anything. */
  {
    const char *const bad[][6] = {
      { "--export-templates", out, NULL },                                /* no --month */
      { "--export-templates", out, "--month", "2026-13", NULL },
      { "--export-templates", out, "--month", "2026-10", "--by", "town" },
      { "--export-templates", out, "--month", "2026-10", "--deadline-day", "29" },
      { "--by", "unit", NULL },
      { "--export-templates", "", "--month", "2026-10", NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_auto(GtTestRun) run = { 0 };
        g_autoptr(GPtrArray) args = g_ptr_array_new ();

        g_ptr_array_add (args, (char *) "--database");
        g_ptr_array_add (args, db);
        for (guint k = 0; k < 6 && bad[i][k] != NULL; k++)
          g_ptr_array_add (args, (char *) bad[i][k]);
        g_ptr_array_add (args, NULL);
        gt_test_run_guatu (f->dir, env, &run, (const char *const *) args->pdata);
        g_assert_cmpint (run.status, ==, 2);
        g_assert_nonnull (strstr (run.err, "guatu: "));
      }
  }
  /* A register that is not there is not made. */
  {
    g_auto(GtTestRun) run = { 0 };
    g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);

    gt_test_run_guatuv (f->dir, env, &run, "--database", missing, "--export-templates", out,
                        "--month", "2026-10", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-template/file-names", test_file_names);
  g_test_add_func ("/report-template/deadlines", test_deadlines);
  g_test_add ("/report-template/by-unit", Fixture, NULL, set_up, test_by_unit, tear_down);
  g_test_add ("/report-template/by-locality", Fixture, NULL, set_up, test_by_locality,
              tear_down);
  g_test_add ("/report-template/january", Fixture, NULL, set_up, test_january, tear_down);
  g_test_add ("/report-template/same-names", Fixture, NULL, set_up, test_same_names,
              tear_down);
  g_test_add ("/report-template/libreoffice", Fixture, NULL, set_up, test_libreoffice,
              tear_down);
  g_test_add ("/report-template/cli", Fixture, NULL, set_up, test_cli, tear_down);
  return g_test_run ();
}
