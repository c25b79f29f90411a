/* gt-cli-export.c: reports as PDF, PNG, XLSX and CSV from the command line.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-cli.h"
#include "gt-cli-export.h"
#include "gt-cli-inspection.h"
#include "gt-cli-notice.h"
#include "gt-export-file.h"
#include "gt-export-job.h"
#include "gt-gantt-print.h"
#include "gt-office-settings.h"
#include "gt-export-history.h"
#include "gt-formality-template.h"
#include "gt-table-export.h"

#define EXIT_FAILED       1
#define EXIT_BAD_ARGUMENT 2

typedef enum { FORMAT_PDF, FORMAT_PNG, FORMAT_XLSX, FORMAT_CSV, N_FORMATS } Format;

static const char *const format_options[N_FORMATS] = {
  "export-pdf", "export-png", "export-xlsx", "export-csv"
};

void
gt_cli_export_add_options (GApplication *app)
{
  gt_cli_notice_add_options (app);
  gt_cli_inspection_add_options (app);
  g_application_add_main_option (app, "export-pdf", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Write the chart named by --chart to FILE as PDF, and exit"),
                                 _("FILE"));
  g_application_add_main_option (app, "export-png", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Write the chart named by --chart to FILE as PNG, and exit"),
                                 _("FILE"));
  g_application_add_main_option (app, "export-xlsx", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Write the table named by --table to FILE as XLSX, and exit"),
                                 _("FILE"));
  g_application_add_main_option (app, "export-csv", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Write the table named by --table to FILE as CSV, and exit"),
                                 _("FILE"));
  g_application_add_main_option (app, "chart", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("With --export-pdf or --export-png: gantt, overview, "
                                   "report, issues, formalities or inspection (the "
                                   "week’s inspection report, --export-pdf only)"),
                                 _("CHART"));
  g_application_add_main_option (app, "table", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("With --export-xlsx or --export-csv: register, report, "
                                   "issues, history (the change history; with --month, "
                                   "that month’s changes), filing (the units yet to file "
                                   "the month, also with --export-pdf) or formalities (the "
                                   "month’s approvals)"), _("TABLE"));
  g_application_add_main_option (app, "paper", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("With --export-pdf, A3 (default) or A4"), _("PAPER"));
  g_application_add_main_option (app, "portrait", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE,
                                 _("With --export-pdf, portrait pages (default: landscape)"),
                                 NULL);
  g_application_add_main_option (app, "zoom", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("With --chart gantt, the time scale: week, month, quarter "
                                   "(default) or year"), _("ZOOM"));
  g_application_add_main_option (app, "group-by", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("With the monthly report, group by locality (default) "
                                   "or unit"), _("GROUPING"));
  g_application_add_main_option (app, "fit-width", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE,
                                 _("With --chart gantt, shrink the dates to one page across"),
                                 NULL);
  g_application_add_main_option (app, "from", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("With --chart gantt, the first month shown (default: "
                                   "January of the month's year)"), _("YYYY-MM"));
  g_application_add_main_option (app, "to", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("With --chart gantt, the last month shown (default: "
                                   "December of the month's year)"), _("YYYY-MM"));
  g_application_add_main_option (app, "columns", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("With --chart gantt, figures beside the names: a list of "
                                   "total, plan, completed, rate and progress"), _("COLUMNS"));
  g_application_add_main_option (app, "unit", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("With --chart formalities, the approvals of this "
                                   "department only"), _("NAME"));
  g_application_add_main_option (app, "front-line", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE,
                                 _("With --chart gantt, draw the progress front line on the "
                                   "month's last day"), NULL);
}

static int
fail (int         status,
      const char *message)
{
  g_printerr ("guatu: %s\n", message);
  return status;
}

static gboolean
is_one_of (const char        *value,
           const char *const *names)
{
  return value != NULL && g_strv_contains (names, value);
}

typedef struct {
  GtStore    *store;
  GtAsOf      as_of;
  gboolean    month_given;   /* --month: the history is that month's changes only */
  char       *office;
  GtPaper     paper;
  gboolean    portrait;
  gboolean    fit_width;
  GtGanttZoom zoom;
  GtExportGrouping grouping;
  GtGanttWall wall;
  gint64      approver_unit_id;   /* --unit, for --chart formalities */
} Job;

/* Every chart and table of one run is as of the same month. */
static GtExportJob *
job_new (Job           *job,
         GtExportChart  chart)
{
  GtExportJobOptions options;

  gt_export_job_options_init (&options);
  options.year = job->as_of.year;
  options.month = job->as_of.month;
  options.office_name = job->office;
  options.zoom = job->zoom;
  options.fit_width = job->fit_width;
  options.grouping = job->grouping;
  options.gantt_wall = job->wall;
  options.approver_unit_id = job->approver_unit_id;
  return gt_export_job_new (job->store, chart, &options);
}

static gboolean
export_chart (Job         *job,
              const char  *name,
              Format       format,
              const char  *output,
              guint       *n_pages,
              GError     **error)
{
  g_autoptr(GtExportJob) export = NULL;
  GtExportChart chart = GT_EXPORT_CHART_GANTT;
  GtExportDoc doc;
  double width, height;

  gt_export_chart_from_name (name, &chart);
  export = job_new (job, chart);

  if (format == FORMAT_PNG)
    {
      *n_pages = 1;
      return gt_export_job_write_png (export, output, error);
    }
  gt_paper_get_size (job->paper, !job->portrait, &width, &height);
  if (!gt_export_job_layout (export, width, height, &doc, error))
    return FALSE;
  *n_pages = doc.n_pages;
  return gt_export_write_pdf (&doc, output, error);
}

/* @names: one table, or for XLSX several, a sheet each. Cells cut short
 * are told on stderr; the export still succeeds. */
static gboolean
export_tables (Job         *job,
               char       **names,
               Format       format,
               const char  *output,
               GError     **error)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (
    (GDestroyNotify) gt_export_job_free);
  g_autoptr(GPtrArray) tables = g_ptr_array_new ();
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (
    (GDestroyNotify) gt_export_table_free);

  for (guint i = 0; names[i] != NULL; i++)
    {
      GtExportChart chart = g_str_equal (names[i], "register") ? GT_EXPORT_CHART_REGISTER
                            : g_str_equal (names[i], "report") ? GT_EXPORT_CHART_REPORT
                            : g_str_equal (names[i], "filing") ? GT_EXPORT_CHART_FILING
                            : g_str_equal (names[i], "formalities")
                            ? GT_EXPORT_CHART_FORMALITIES
                            : GT_EXPORT_CHART_ISSUES;
      GtExportJob *export;
      GtExportTable *table;

      if (g_str_equal (names[i], "history"))
        {
          table = gt_export_history_table (job->store, job->month_given ? job->as_of.year : 0,
                                           job->month_given ? job->as_of.month : 0, error);
          if (table == NULL)
            return FALSE;
          g_ptr_array_add (owned, table);
          g_ptr_array_add (tables, table);
          continue;
        }
      export = job_new (job, chart);
      g_ptr_array_add (jobs, export);
      table = gt_export_job_get_table (export, error);
      if (table == NULL)
        return FALSE;
      g_ptr_array_add (tables, table);
    }

  if (format == FORMAT_CSV)
    return gt_csv_export_write (tables->pdata[0], output, error);
  if (!gt_xlsx_export_write_with_warnings ((GtExportTable **) tables->pdata, tables->len,
                                           output, warnings, error))
    return FALSE;
  for (guint i = 0; i < warnings->len; i++)
    g_printerr ("guatu: %s\n", (const char *) warnings->pdata[i]);
  return TRUE;
}

/* --from and --to: a month as YYYY-MM, into the first of that month. */
static gboolean
parse_wall_month (const char *text,
                  GDate      *date)
{
  char *end = NULL;
  gint64 year, month;

  g_date_clear (date, 1);
  if (text == NULL)
    return TRUE;
  year = g_ascii_strtoll (text, &end, 10);
  if (end != text + 4 || *end != '-' || !g_ascii_isdigit (end[1]))
    return FALSE;
  month = g_ascii_strtoll (end + 1, &end, 10);
  if (*end != '\0' || year < 1900 || year > 9999 || month < 1 || month > 12)
    return FALSE;
  g_date_set_dmy (date, 1, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

int
gt_cli_export_run (GVariantDict *options,
                   const char   *database,
                   const char   *month_text)
{
  static const char *const charts[] = {
    "gantt", "overview", "report", "issues", "formalities", NULL
  };
  static const char *const png_charts[] = { "gantt", "overview", NULL };
  static const char *const tables[] = {
    "register", "report", "issues", "history", "filing", "formalities", NULL
  };
  g_autofree char *default_path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autofree char *office = NULL;
  g_autofree char *display = NULL;
  const char *output = NULL;
  const char *chart = NULL;
  const char *table = NULL;
  const char *paper = NULL;
  const char *zoom = NULL;
  const char *group_by = NULL;
  const char *unit = NULL;
  const char *wall_from = NULL, *wall_to = NULL, *wall_columns = NULL;
  g_auto(GStrv) table_names = NULL;
  gboolean portrait = FALSE, fit_width = FALSE, front_line = FALSE;
  Format format = N_FORMATS;
  guint n_pages = 0;
  Job job = { 0 };
  gboolean ok;
  int status;

  status = gt_cli_notice_run (options, database, month_text);
  if (status >= 0)
    return status;
  status = gt_cli_inspection_run (options, database, month_text);
  if (status >= 0)
    return status;

  for (Format f = 0; f < N_FORMATS; f++)
    {
      const char *path = NULL;

      if (!g_variant_dict_lookup (options, format_options[f], "^&ay", &path))
        continue;
      if (output != NULL)
        return fail (EXIT_BAD_ARGUMENT, _("Give one of --export-pdf, --export-png, "
                                          "--export-xlsx and --export-csv at a time"));
      output = path;
      format = f;
    }
  g_variant_dict_lookup (options, "chart", "&s", &chart);
  g_variant_dict_lookup (options, "table", "&s", &table);
  g_variant_dict_lookup (options, "paper", "&s", &paper);
  g_variant_dict_lookup (options, "zoom", "&s", &zoom);
  g_variant_dict_lookup (options, "group-by", "&s", &group_by);
  g_variant_dict_lookup (options, "portrait", "b", &portrait);
  g_variant_dict_lookup (options, "fit-width", "b", &fit_width);
  g_variant_dict_lookup (options, "from", "&s", &wall_from);
  g_variant_dict_lookup (options, "to", "&s", &wall_to);
  g_variant_dict_lookup (options, "columns", "&s", &wall_columns);
  g_variant_dict_lookup (options, "front-line", "b", &front_line);
  g_variant_dict_lookup (options, "unit", "&s", &unit);
  /* The approvals of one department, printed or as a sheet. */
  if (unit != NULL && !(format == FORMAT_PDF && g_strcmp0 (chart, "formalities") == 0) &&
      !((format == FORMAT_XLSX || format == FORMAT_CSV) &&
        g_strcmp0 (table, "formalities") == 0))
    return fail (EXIT_BAD_ARGUMENT, _("--unit goes with --chart formalities or --table "
                                      "formalities"));
  if ((wall_from != NULL || wall_to != NULL || wall_columns != NULL) &&
      (chart == NULL || !g_str_equal (chart, "gantt") ||
       (format != FORMAT_PDF && format != FORMAT_PNG)))
    return fail (EXIT_BAD_ARGUMENT, _("--from, --to and --columns go with --chart gantt"));
  if (front_line && (chart == NULL || !g_str_equal (chart, "gantt") ||
                     (format != FORMAT_PDF && format != FORMAT_PNG)))
    return fail (EXIT_BAD_ARGUMENT, _("--front-line goes with --chart gantt"));
  job.wall.front_line = front_line;
  if (!parse_wall_month (wall_from, &job.wall.from) || !parse_wall_month (wall_to, &job.wall.to))
    return fail (EXIT_BAD_ARGUMENT, _("--from and --to take a year and month like 2023-01"));
  if (g_date_valid (&job.wall.from) && g_date_valid (&job.wall.to) &&
      g_date_compare (&job.wall.from, &job.wall.to) > 0)
    return fail (EXIT_BAD_ARGUMENT, _("--from comes before --to"));
  if (wall_columns != NULL && !gt_gantt_columns_parse (wall_columns, &job.wall.columns))
    return fail (EXIT_BAD_ARGUMENT, _("--columns is a list of total, plan, completed, rate "
                                      "and progress"));

  if (output == NULL)
    {
      if (chart != NULL || table != NULL || paper != NULL || zoom != NULL || portrait ||
          fit_width || group_by != NULL)
        return fail (EXIT_BAD_ARGUMENT, _("--chart, --table, --paper, --zoom, --group-by, "
                                          "--portrait and --fit-width go with an export"));
      return -1;
    }
  if (*output == '\0')
    return fail (EXIT_BAD_ARGUMENT, _("The export needs the name of the file to write"));

  /* The filing list is a table that is also printed: --table filing names it
   * for PDF as for XLSX. */
  gboolean filing_pdf = format == FORMAT_PDF && chart == NULL &&
                        g_strcmp0 (table, "filing") == 0;

  if (filing_pdf)
    {
      chart = table;
      table = NULL;
    }
  if (format == FORMAT_PDF || format == FORMAT_PNG)
    {
      if (table != NULL)
        return fail (EXIT_BAD_ARGUMENT, _("--table goes with --export-xlsx or --export-csv"));
      if (chart == NULL)
        return fail (EXIT_BAD_ARGUMENT, _("Name the chart with --chart: gantt, overview, "
                                          "report, issues, formalities or "
                                          "inspection"));
      if (!filing_pdf && !is_one_of (chart, format == FORMAT_PNG ? png_charts : charts))
        return fail (EXIT_BAD_ARGUMENT,
                     format == FORMAT_PNG
                     ? _("--chart with --export-png is gantt or overview")
                     : _("--chart is gantt, overview, report, issues, "
                         "formalities or inspection"));
    }
  else
    {
      if (chart != NULL || paper != NULL || zoom != NULL || portrait || fit_width)
        return fail (EXIT_BAD_ARGUMENT, _("--chart, --paper, --zoom, --portrait and "
                                          "--fit-width go with --export-pdf or --export-png"));
      if (table == NULL)
        return fail (EXIT_BAD_ARGUMENT, _("Name the table with --table: register, report "
                                          "or issues"));
      table_names = g_strsplit (table, ",", -1);
      for (guint i = 0; table_names[i] != NULL; i++)
        if (!is_one_of (table_names[i], tables) ||
            g_strv_length (table_names) > (format == FORMAT_XLSX ? G_N_ELEMENTS (tables) - 1
                                                                  : 1))
          return fail (EXIT_BAD_ARGUMENT, _("--table is register, report, issues, history, "
                                            "filing or formalities (for XLSX a list, as "
                                            "register,report, a sheet each)"));
    }
  if ((fit_width || zoom != NULL) && !g_str_equal (chart, "gantt"))
    return fail (EXIT_BAD_ARGUMENT, _("--zoom and --fit-width go with --chart gantt"));
  job.grouping = GT_EXPORT_GROUP_LOCALITY;
  if (group_by != NULL && g_str_equal (group_by, "unit"))
    job.grouping = GT_EXPORT_GROUP_UNIT;
  else if (group_by != NULL && !g_str_equal (group_by, "locality"))
    return fail (EXIT_BAD_ARGUMENT, _("--group-by is locality or unit"));
  job.zoom = GT_GANTT_PRINT_DEFAULT_ZOOM;
  if (zoom != NULL)
    {
      static const char *const zooms[GT_GANTT_N_ZOOMS + 1] = {
        "week", "month", "quarter", "year", NULL
      };

      if (!is_one_of (zoom, zooms))
        return fail (EXIT_BAD_ARGUMENT, _("--zoom is week, month, quarter or year"));
      for (int z = 0; z < GT_GANTT_N_ZOOMS; z++)
        if (g_str_equal (zoom, zooms[z]))
          job.zoom = z;
    }

  /* The approvals are a list for a desk: A4. */
  job.paper = g_strcmp0 (chart, "formalities") == 0 ? GT_PAPER_A4 : GT_PAPER_A3;
  if (paper != NULL && (format != FORMAT_PDF || !gt_paper_from_name (paper, &job.paper)))
    return fail (EXIT_BAD_ARGUMENT, _("--paper is A3 or A4, with --export-pdf"));
  job.portrait = portrait;
  job.fit_width = fit_width;

  if (!gt_cli_month_is_valid (month_text))
    return fail (EXIT_BAD_ARGUMENT, _("--month takes a year and month like 2026-10"));

  if (database == NULL)
    database = default_path = gt_store_dup_default_path ();
  /* Reading must not leave an empty register behind where there was none. */
  if (!gt_store_location_is_server (database) && !g_file_test (database, G_FILE_TEST_EXISTS))
    {
      g_autofree char *shown = g_filename_display_name (database);
      g_autofree char *message = g_strdup_printf (_("%s: No such file"), shown);

      return fail (EXIT_FAILED, message);
    }
  /* Before opening, which may upgrade an older register: a refused target
   * is refused at once. The writers check again as they write. */
  if (!gt_export_file_check (output, database, &error))
    return fail (EXIT_FAILED, error->message);
  store = gt_store_open (database, &error);
  if (store == NULL || !gt_cli_get_as_of (store, month_text, &job.as_of, &error))
    return fail (EXIT_FAILED, error->message);

  if (unit != NULL)
    {
      job.approver_unit_id = gt_formality_template_match_unit (gt_store_get_units (store), unit);
      if (job.approver_unit_id == 0)
        {
          g_autofree char *message = g_strdup_printf (_("No unit is named “%s” in the "
                                                        "register"), unit);

          return fail (EXIT_FAILED, message);
        }
    }

  office = gt_office_settings_dup_string ("office-name");
  job.store = store;
  job.month_given = month_text != NULL;
  job.office = office;

  if (format == FORMAT_PDF || format == FORMAT_PNG)
    ok = export_chart (&job, chart, format, output, &n_pages, &error);
  else
    ok = export_tables (&job, table_names, format, output, &error);
  if (!ok)
    return fail (EXIT_FAILED, error->message);

  display = g_filename_display_name (output);
  if (n_pages > 0)
    g_print (ngettext ("Wrote %u page to %s", "Wrote %u pages to %s", n_pages), n_pages,
             display);
  else
    g_print (_("Wrote %s"), display);
  g_print ("\n");
  return EXIT_SUCCESS;
}
