/* test-formalities-print.c: the month's approvals by department (手续办理),
 * as a table and as an A4 PDF from guatu --export-pdf FILE --chart formalities
 * [--unit NAME] --month YYYY-MM, read back with pdftotext.
 *
 * April 2023, judged at the close of the 30th: an approval planned on 04-10
 * and still in hand is 21 days late, one planned on the 30th a day late; one
 * given on 04-05 is listed as given; one planned in May is not listed, nor
 * one not needed; one given in May was in hand in April, late since 03-01.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "gt-formalities-print.h"
#include "gt-format.h"
#include "gt-test-util.h"

typedef struct {
  char    *dir;
  char    *db;
  char   **env;
  GtStore *store;
  gint64   planning;
  gint64   housing;
} Fixture;

static gint64
add_unit (GtStore    *store,
          const char *name)
{
  g_autoptr(GtUnit) unit = gt_unit_new ();
  g_autoptr(GError) error = NULL;

  gt_unit_set_name (unit, name);
  gt_unit_set_kind (unit, GT_UNIT_KIND_DEPARTMENT);
  g_assert_true (gt_store_add_unit (store, unit, &error));
  return gt_unit_get_id (unit);
}

static gint64
add_project (GtStore    *store,
             const char *name)
{
  g_autoptr(GtProject) project = gt_project_new ();
  g_autoptr(GError) error = NULL;

  gt_project_set_name (project, name);
  gt_project_set_level (project, GT_LEVEL_COUNTY);
  gt_project_set_stage (project, GT_STAGE_PREPARING);
  g_assert_true (gt_store_add_project (store, project, &error));
  return gt_project_get_id (project);
}

static void
add (GtStore          *store,
     gint64            project,
     const char       *kind,
     gint64            approver,
     const char       *planned,
     const char       *actual,
     GtFormalityState  state)
{
  g_autoptr(GtFormality) formality = gt_formality_new ();
  g_autoptr(GError) error = NULL;
  GDate day;

  gt_formality_set_project_id (formality, project);
  gt_formality_set_kind (formality, kind);
  gt_formality_set_approver_unit_id (formality, approver);
  g_assert_true (gt_date_parse_iso (planned, &day));
  gt_formality_set_planned_on (formality, &day);
  if (actual != NULL)
    {
      g_assert_true (gt_date_parse_iso (actual, &day));
      gt_formality_set_actual_on (formality, &day);
    }
  gt_formality_set_state (formality, state);
  g_assert_true (gt_store_add_formality (store, formality, &error));
  g_assert_no_error (error);
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 east, park;

  f->dir = gt_test_make_dir ();
  f->db = g_build_filename (f->dir, "guatu.db", NULL);
  f->env = gt_test_cli_environ (f->dir, "zh_CN");
  f->store = gt_store_open (f->db, &error);
  g_assert_no_error (error);
  f->planning = add_unit (f->store, "县自然资源和规划局");
  f->housing = add_unit (f->store, "县住房和城乡建设局");
  east = add_project (f->store, "城东污水处理厂");
  park = add_project (f->store, "工业园标准厂房");
  add (f->store, east, "用地规划许可", f->planning, "2023-04-10", NULL, GT_FORMALITY_DOING);
  add (f->store, park, "工程规划许可", f->planning, "2023-04-30", NULL, GT_FORMALITY_TODO);
  add (f->store, east, "施工许可", f->housing, "2023-05-20", NULL, GT_FORMALITY_TODO);
  add (f->store, park, "用地预审与选址", f->planning, "2023-04-08", "2023-04-05",
       GT_FORMALITY_DONE);
  add (f->store, park, "环评批复", 0, "2023-04-01", NULL, GT_FORMALITY_NOT_NEEDED);
  add (f->store, east, "立项备案", 0, "2023-03-01", "2023-05-03", GT_FORMALITY_DONE);
  add (f->store, park, "施工图审查", f->housing, "2023-04-20", "2023-04-18", GT_FORMALITY_DONE);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->store);
  g_strfreev (f->env);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

/* Every row, its cells by "|", group rows as "# name", lights as "!R"/"!A". */
static char *
table_text (GtExportTable *table)
{
  GString *out = g_string_new (NULL);

  for (guint row = 0; row < gt_export_table_get_n_rows (table); row++)
    {
      int light = gt_export_table_get_row_light (table, row);

      if (gt_export_table_get_row_kind (table, row) == GT_EXPORT_ROW_GROUP)
        {
          const char *text = NULL;

          gt_export_table_get_cell (table, row, 0, &text, NULL);
          g_string_append_printf (out, "# %s\n", text);
          continue;
        }
      for (guint column = 0; column < gt_export_table_get_n_columns (table); column++)
        {
          g_autofree char *cell = gt_export_table_format_cell (table, row, column);

          g_string_append_printf (out, "%s|", cell != NULL ? cell : "");
        }
      g_string_append_printf (out, "%s\n", light == 2 ? "!R" : light == 1 ? "!A" : "");
    }
  return g_string_free (out, FALSE);
}

static void
test_table (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GtExportTable) table = NULL;
  g_autoptr(GtExportTable) planning = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *planning_text = NULL;
  GtAsOf april;

  gt_as_of_set (&april, 2023, 4);
  table = gt_formalities_print_table (f->store, &april, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gt_export_table_get_n_columns (table), ==, 7);
  text = table_text (table);
  g_assert_cmpstr (text, ==,
                   "# 县自然资源和规划局\n"
                   "1|工业园标准厂房|用地预审与选址|2023-04-08|2023-04-05|Approved||\n"
                   "2|城东污水处理厂|用地规划许可|2023-04-10||In Progress|21|!R\n"
                   "3|工业园标准厂房|工程规划许可|2023-04-30||Not Started|1|!R\n"
                   "# 县住房和城乡建设局\n"
                   "4|工业园标准厂房|施工图审查|2023-04-20|2023-04-18|Approved||\n"
                   "# No approving department\n"
                   "5|城东污水处理厂|立项备案|2023-03-01||In Progress|61|!R\n");
  g_assert_nonnull (strstr (gt_export_table_get_title (table), "Approvals, "));

  /* One department's; in May the ones still open are later, and May's own come. */
  planning = gt_formalities_print_table (f->store, &april, f->planning, &error);
  planning_text = table_text (planning);
  g_assert_nonnull (strstr (gt_export_table_get_title (planning), "县自然资源和规划局"));
  g_assert_null (strstr (planning_text, "施工图审查"));
  g_assert_nonnull (strstr (planning_text, "3|工业园标准厂房|工程规划许可"));
  {
    g_autoptr(GtExportTable) may = NULL;
    g_autofree char *may_text = NULL;
    GtAsOf as_of;

    gt_as_of_set (&as_of, 2023, 5);
    may = gt_formalities_print_table (f->store, &as_of, 0, &error);
    may_text = table_text (may);
    g_assert_nonnull (strstr (may_text, "|用地规划许可|2023-04-10||In Progress|52|!R\n"));
    g_assert_nonnull (strstr (may_text, "|施工许可|2023-05-20||Not Started|12|!R\n"));
    g_assert_nonnull (strstr (may_text, "|立项备案|2023-03-01|2023-05-03|Approved||\n"));
    g_assert_null (strstr (may_text, "用地预审与选址"));
  }
  {
    g_autoptr(GtExportTable) march = NULL;
    g_autofree char *march_text = NULL;
    GtAsOf as_of;

    /* Due in the month and not late yet is amber: none in March but 立项备案,
     * due on the 1st, late by the close of the 31st. */
    gt_as_of_set (&as_of, 2023, 3);
    march = gt_formalities_print_table (f->store, &as_of, 0, &error);
    march_text = table_text (march);
    g_assert_cmpstr (march_text, ==, "# No approving department\n"
                                     "1|城东污水处理厂|立项备案|2023-03-01||In Progress|31|!R\n");
  }
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return out;
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "formalities.pdf", NULL);
  g_autofree char *one = g_build_filename (f->dir, "planning.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *one_text = NULL;
  g_auto(GtTestRun) run = { 0 };
  g_auto(GtTestRun) unit_run = { 0 };
  g_auto(GtTestRun) missing = { 0 };
  g_auto(GtTestRun) misplaced = { 0 };

  g_clear_object (&f->store);
  gt_test_run_guatuv (f->dir, f->env, &run, "--database", f->db, "--export-pdf", pdf,
                      "--chart", "formalities", "--month", "2023-04", NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = pdf_text (pdf);
  for (guint i = 0; i < 3; i++)
    {
      static const char *const words[] = { "县自然资源和规划局", "县住房和城乡建设局",
                                           "城东污水处理厂" };

      g_assert_nonnull (strstr (text, words[i]));
    }
  g_assert_nonnull (strstr (text, "用地规划许可"));
  g_assert_nonnull (strstr (text, "2023年4月"));
  g_assert_null (strstr (text, "环评批复"));
  g_assert_null (strstr (text, "施工许可 "));

  /* A department by the word offices use for it. */
  gt_test_run_guatuv (f->dir, f->env, &unit_run, "--database", f->db, "--export-pdf", one,
                      "--chart", "formalities", "--unit", "自然资源局", "--month", "2023-04",
                      NULL);
  g_assert_cmpint (unit_run.status, ==, 0);
  one_text = pdf_text (one);
  g_assert_nonnull (strstr (one_text, "工程规划许可"));
  g_assert_null (strstr (one_text, "施工图审查"));
  g_assert_null (strstr (one_text, "县住房和城乡建设局"));

  gt_test_run_guatuv (f->dir, f->env, &missing, "--database", f->db, "--export-pdf", one,
                      "--chart", "formalities", "--unit", "水务局", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "水务局"));
  gt_test_run_guatuv (f->dir, f->env, &misplaced, "--database", f->db, "--export-pdf", one,
                      "--chart", "gantt", "--unit", "自然资源局", NULL);
  g_assert_cmpint (misplaced.status, ==, 2);

  /* As a sheet: the same rows, one department's. */
  {
    g_autofree char *csv = g_build_filename (f->dir, "housing.csv", NULL);
    g_autofree char *text_csv = NULL;
    g_auto(GtTestRun) csv_run = { 0 };

    gt_test_run_guatuv (f->dir, f->env, &csv_run, "--database", f->db, "--export-csv", csv,
                        "--table", "formalities", "--unit", "住建局", "--month", "2023-04",
                        NULL);
    g_assert_cmpint (csv_run.status, ==, 0);
    g_assert_true (g_file_get_contents (csv, &text_csv, NULL, NULL));
    g_assert_nonnull (strstr (text_csv, "施工图审查"));
    g_assert_nonnull (strstr (text_csv, "2023-04-18"));
    g_assert_null (strstr (text_csv, "用地规划许可"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/formalities-print/table", Fixture, NULL, set_up, test_table, tear_down);
  g_test_add ("/formalities-print/cli", Fixture, NULL, set_up, test_cli, tear_down);

  return g_test_run ();
}
