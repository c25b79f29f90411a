/* gt-export-job.c: a chart made into pages, for printing and export.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <time.h>

#include <glib/gi18n-lib.h>

#include "gt-export-job.h"
#include "gt-filing-print.h"
#include "gt-formalities-print.h"
#include "gt-format.h"
#include "gt-gantt-png.h"
#include "gt-gantt-print.h"
#include "gt-office-month.h"
#include "gt-office-settings.h"
#include "gt-report-sheet.h"
#include "gt-overview-print.h"
#include "gt-table-export.h"
#include "gt-table-print.h"

/* PNG at screen resolution: the chart as it looks on the screen. */
#define PNG_DPI 96.0
/* Cairo's image surfaces stop at 32,767 pixels. */
#define PNG_MAX_POINTS 24000.0

struct _GtExportJob {
  GtStore            *store;
  GtExportChart       chart;
  GtExportJobOptions  options;
  GtAsOf              as_of;
  char               *office_name;
  char               *chart_name;
  gboolean            loaded;
  /* what the pages are drawn from */
  GtGanttRows        *own_rows;
  GtGanttRow         *rows_copy;      /* the window's rows, as of the month */
  GtGanttMilestone   *milestones;     /* theirs, copied */
  GtGanttOptions      window_options; /* the window's, copied */
  GStringChunk       *notes;          /* their strings and 形象进度, copied */
  char               *register_path;
  GtGanttOptions      gantt_options;
  GtFigures          *figures;
  GtExportTable      *table;
  GDate               filing_day;     /* the day the filing list was judged on */
  /* the pages, for the last size laid out */
  GtGanttPrint       *gantt_print;
  GtOverviewPrint    *overview_print;
  GtTablePrint       *table_print;
};

void
gt_export_job_options_init (GtExportJobOptions *options)
{
  memset (options, 0, sizeof *options);
  options->zoom = GT_GANTT_PRINT_DEFAULT_ZOOM;
  options->grouping = GT_EXPORT_GROUP_LOCALITY;
}

gboolean
gt_export_chart_from_name (const char    *name,
                           GtExportChart *chart)
{
  static const char *const names[] = {
    [GT_EXPORT_CHART_GANTT] = "gantt", [GT_EXPORT_CHART_OVERVIEW] = "overview",
    [GT_EXPORT_CHART_REPORT] = "report", [GT_EXPORT_CHART_ISSUES] = "issues",
    [GT_EXPORT_CHART_FILING] = "filing", [GT_EXPORT_CHART_FORMALITIES] = "formalities",
  };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    if (names[i] != NULL && g_str_equal (name, names[i]))
      {
        *chart = (GtExportChart) i;
        return TRUE;
      }
  return FALSE;
}

static const char *
copy_string (GStringChunk *chunk,
             const char   *text)
{
  return text != NULL ? g_string_chunk_insert_const (chunk, text) : NULL;
}

/* The window's rows and options copied whole, names and milestones too: the
 * window rebuilds its rows on any edit (another desk's, polled twice a
 * second), and a print waiting for its dialog or an export in a worker
 * thread outlives the rows it was started from. */
static void
copy_rows (GtExportJob *job)
{
  GtExportJobOptions *o = &job->options;
  gsize n_milestones = 0;

  job->rows_copy = g_memdup2 (o->gantt_rows, sizeof (GtGanttRow) * o->n_gantt_rows);
  job->notes = g_string_chunk_new (1024);
  for (guint i = 0; i < o->n_gantt_rows; i++)
    n_milestones += o->gantt_rows[i].n_milestones;
  job->milestones = g_new0 (GtGanttMilestone, MAX (n_milestones, 1));
  n_milestones = 0;
  for (guint i = 0; i < o->n_gantt_rows; i++)
    {
      GtGanttRow *row = &job->rows_copy[i];

      row->label = copy_string (job->notes, row->label);
      row->leader = copy_string (job->notes, row->leader);
      row->unit = copy_string (job->notes, row->unit);
      row->progress_note = copy_string (job->notes, row->progress_note);
      for (guint m = 0; m < row->n_milestones; m++)
        {
          job->milestones[n_milestones + m] = row->milestones[m];
          job->milestones[n_milestones + m].name = copy_string (job->notes,
                                                                row->milestones[m].name);
        }
      row->milestones = row->n_milestones > 0 ? &job->milestones[n_milestones] : NULL;
      n_milestones += row->n_milestones;
    }
  o->gantt_rows = job->rows_copy;
  if (o->gantt_options != NULL)
    {
      job->window_options = *o->gantt_options;
      o->gantt_options = &job->window_options;
    }
}

GtExportJob *
gt_export_job_new (GtStore                  *store,
                   GtExportChart             chart,
                   const GtExportJobOptions *options)
{
  GtExportJob *job = g_new0 (GtExportJob, 1);

  job->store = g_object_ref (store);
  job->chart = chart;
  job->options = *options;
  job->office_name = g_strdup (options->office_name);
  job->options.office_name = job->office_name;
  if (options->gantt_rows != NULL)
    copy_rows (job);
  return job;
}

static void
clear_prints (GtExportJob *job)
{
  g_clear_pointer (&job->gantt_print, gt_gantt_print_free);
  g_clear_pointer (&job->overview_print, gt_overview_print_free);
  g_clear_pointer (&job->table_print, gt_table_print_free);
}

void
gt_export_job_free (GtExportJob *job)
{
  if (job == NULL)
    return;
  clear_prints (job);
  g_clear_pointer (&job->own_rows, gt_gantt_rows_free);
  g_free (job->rows_copy);
  g_free (job->milestones);
  g_free (job->register_path);
  g_clear_pointer (&job->notes, g_string_chunk_free);
  g_clear_pointer (&job->figures, gt_figures_free);
  g_clear_pointer (&job->table, gt_export_table_free);
  g_clear_object (&job->store);
  g_free (job->office_name);
  g_free (job->chart_name);
  g_free (job);
}

/* The window's rows copied, with the lights and the figures of the job's month
 * rather than those of the day: the figures as the command line's rows get
 * them (gt_gantt_figures_fill()), the notes copied, for the sheet goes with
 * this call. */
static gboolean
copy_window_rows (GtExportJob       *job,
                  const GtRagRules  *rules,
                  GError           **error)
{
  GtExportJobOptions *o = &job->options;
  g_autoptr(GtReportSheet) sheet = gt_report_sheet_new (job->store);
  g_autoptr(GHashTable) lights = NULL;
  g_autoptr(GHashTable) lines = NULL;

  lights = gt_rag_judge_as_of (job->store, rules, &job->as_of.day, NULL, error);
  if (lights == NULL || !gt_report_sheet_load (sheet, job->as_of.year, job->as_of.month, error))
    return FALSE;
  lines = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sheet)); i++)
    {
      GtReportRow *line = g_list_model_get_item (G_LIST_MODEL (sheet), i);
      gint64 id = gt_project_get_id (gt_report_row_get_project (line));

      g_hash_table_insert (lines, g_memdup2 (&id, sizeof id), line);
    }

  for (guint i = 0; i < o->n_gantt_rows; i++)
    {
      GtGanttRow *row = &job->rows_copy[i];
      GtReportRow *line = g_hash_table_lookup (lines, &row->id);
      const char *note = NULL;
      gpointer light;

      if (row->kind != GT_GANTT_ROW_PROJECT)
        continue;
      if (g_hash_table_lookup_extended (lights, &row->id, NULL, &light))
        row->status = GPOINTER_TO_INT (light);
      if (line == NULL)
        continue;
      if (gt_report_row_has_report (line))
        note = gt_monthly_report_get_progress_note (gt_report_row_get_report (line));
      row->annual_plan = gt_report_row_get_annual_plan (line);
      row->completed = gt_report_row_get_cumulative (line);
      row->progress_note = note != NULL ? g_string_chunk_insert (job->notes, note) : NULL;
    }
  return TRUE;
}

/* The wall chart as of the job's month: its rows (or the window's, judged again
 * for the month), and its today line on the month's last day. */
static gboolean
load_gantt (GtExportJob       *job,
            const GtRagRules  *rules,
            GError           **error)
{
  GtExportJobOptions *o = &job->options;

  if (o->gantt_rows == NULL)
    {
      job->own_rows = gt_export_gantt_rows (job->store, rules, &job->as_of.day, error);
      if (job->own_rows == NULL)
        return FALSE;
      o->gantt_rows = gt_gantt_rows_get_rows (job->own_rows, &o->n_gantt_rows);
      gt_gantt_options_init (&job->gantt_options, o->zoom);
      job->gantt_options.today = job->as_of.day;
      if (!gt_gantt_wall_apply (&o->gantt_wall, &job->gantt_options, job->own_rows,
                                job->store, job->as_of.year, job->as_of.month, error))
        return FALSE;
    }
  else
    {
      if (!copy_window_rows (job, rules, error))
        return FALSE;
      job->gantt_options = *o->gantt_options;
      job->gantt_options.today = job->as_of.day;
    }
  /* The range is settled: the legend keys the approvals only when some show. */
  gt_gantt_options_note_approvals (&job->gantt_options, o->gantt_rows, o->n_gantt_rows);
  return TRUE;
}

/* Who has filed is about now: judged today, as on the command line
 * (gt-cli-filing.c), which the pages say in place of the month's last day. */
static gboolean
load_filing (GtExportJob  *job,
             GError      **error)
{
  int day = gt_filing_get_deadline_day ();
  g_autoptr(GPtrArray) list = NULL;

  g_date_clear (&job->filing_day, 1);
  g_date_set_time_t (&job->filing_day, time (NULL));
  list = gt_filing_list (job->store, job->as_of.year, job->as_of.month, day, &job->filing_day,
                         error);
  if (list == NULL)
    return FALSE;
  job->table = gt_filing_print_table (list, job->as_of.year, job->as_of.month, day,
                                      &job->filing_day);
  job->chart_name = gt_filing_print_title (job->as_of.year, job->as_of.month, day);
  return TRUE;
}

static gboolean
load (GtExportJob  *job,
      GError      **error)
{
  GtExportJobOptions *o = &job->options;
  g_autofree char *month_text = NULL;
  GtRagRules rules;

  if (job->loaded)
    return TRUE;

  if (o->year > 0)
    gt_as_of_set (&job->as_of, o->year, o->month);
  else if (!gt_as_of_init_default (&job->as_of, job->store, NULL, error))
    return FALSE;
  month_text = gt_format_month (job->as_of.year, job->as_of.month);

  gt_office_settings_load_rag_rules (&rules);
  switch (job->chart)
    {
    case GT_EXPORT_CHART_GANTT:
      if (!load_gantt (job, &rules, error))
        return FALSE;
      /* TRANSLATORS: %s is a month, 2023年3月 */
      job->chart_name = g_strdup_printf (_("Wall Chart of Key Projects, %s"), month_text);
      break;

    case GT_EXPORT_CHART_OVERVIEW:
      job->figures = gt_office_month_figures (job->store, job->as_of.year, job->as_of.month,
                                              NULL, error);
      if (job->figures == NULL)
        return FALSE;
      /* TRANSLATORS: %s is a month, 2023年3月 */
      job->chart_name = g_strdup_printf (_("Progress of Key Projects, %s"), month_text);
      break;

    case GT_EXPORT_CHART_REPORT:
      job->table = gt_export_report_table (job->store, &job->as_of, o->grouping, error);
      break;

    case GT_EXPORT_CHART_REGISTER:
      job->table = gt_export_register_table (job->store, &job->as_of, error);
      break;

    case GT_EXPORT_CHART_FILING:
      if (!load_filing (job, error))
        return FALSE;
      break;

    case GT_EXPORT_CHART_FORMALITIES:
      job->table = gt_formalities_print_table (job->store, &job->as_of, o->approver_unit_id,
                                               error);
      if (job->table != NULL)
        job->chart_name = g_strdup (gt_export_table_get_title (job->table));
      break;

    case GT_EXPORT_CHART_ISSUES:
    default:
      job->table = gt_export_issues_table (job->store, &job->as_of);
      break;
    }
  if (job->chart != GT_EXPORT_CHART_GANTT && job->chart != GT_EXPORT_CHART_OVERVIEW &&
      job->table == NULL)
    return FALSE;
  /* The last the job reads of the store: from here it draws from its own data,
   * in whatever thread (gt_export_job_prepare()). */
  job->register_path = g_strdup (gt_store_get_path (job->store));
  job->loaded = TRUE;
  return TRUE;
}

gboolean
gt_export_job_layout (GtExportJob  *job,
                      double        width,
                      double        height,
                      GtExportDoc  *doc,
                      GError      **error)
{
  GtPrintTitle title = { job->office_name, NULL, };

  if (!load (job, error))
    return FALSE;
  title.data_date = job->chart == GT_EXPORT_CHART_FILING ? job->filing_day : job->as_of.day;

  clear_prints (job);
  title.chart_name = job->chart_name;
  switch (job->chart)
    {
    case GT_EXPORT_CHART_GANTT:
      job->gantt_print = gt_gantt_print_new_for_wall (&job->gantt_options,
                                                      job->options.gantt_rows,
                                                      job->options.n_gantt_rows, &title, width,
                                                      height, job->options.fit_width,
                                                      &job->options.gantt_wall);
      gt_gantt_print_get_doc (job->gantt_print, doc);
      break;
    case GT_EXPORT_CHART_OVERVIEW:
      job->overview_print = gt_overview_print_new (job->figures, &title, width, height);
      gt_overview_print_get_doc (job->overview_print, doc);
      break;
    case GT_EXPORT_CHART_REPORT:
    case GT_EXPORT_CHART_ISSUES:
    case GT_EXPORT_CHART_REGISTER:
    case GT_EXPORT_CHART_FILING:
    case GT_EXPORT_CHART_FORMALITIES:
    default:
      job->table_print = gt_table_print_new (job->table, &title, width, height);
      gt_table_print_get_doc (job->table_print, doc);
      break;
    }
  doc->register_path = job->register_path;
  return TRUE;
}

void
gt_export_job_set_fit_width (GtExportJob *job,
                             gboolean     fit_width)
{
  job->options.fit_width = fit_width;
}

void
gt_export_job_set_gantt_wall (GtExportJob       *job,
                              const GtGanttWall *wall)
{
  job->options.gantt_wall = *wall;
}

GtExportChart
gt_export_job_get_chart (GtExportJob *job)
{
  return job->chart;
}

const GtAsOf *
gt_export_job_get_as_of (GtExportJob *job)
{
  g_return_val_if_fail (job->loaded, NULL);
  return &job->as_of;
}

const GtGanttRow *
gt_export_job_get_gantt_rows (GtExportJob  *job,
                              guint        *n_rows,
                              GError      **error)
{
  *n_rows = 0;
  if (!load (job, error) || job->chart != GT_EXPORT_CHART_GANTT)
    return NULL;
  *n_rows = job->options.n_gantt_rows;
  return job->options.gantt_rows;
}

GtExportTable *
gt_export_job_get_table (GtExportJob  *job,
                         GError      **error)
{
  if (!load (job, error))
    return NULL;
  return job->table;
}

static gboolean
write_png (GtExportJob            *job,
           const char             *path,
           const GtExportMonitor  *monitor,
           GError                **error)
{
  GtExportDoc doc;
  double width, height;

  if (!load (job, error))
    return FALSE;

  gt_paper_get_size (GT_PAPER_A3, TRUE, &width, &height);
  if (job->chart == GT_EXPORT_CHART_GANTT)
    {
      /* One picture of the whole chart: the page grows to hold it, and is
       * written a strip at a time, so that its height costs no memory. */
      gt_gantt_print_whole_size (&job->gantt_options, job->options.n_gantt_rows, &width,
                                 &height);
      width = MIN (width, PNG_MAX_POINTS);
      return gt_export_job_layout (job, width, height, &doc, error) &&
             gt_gantt_png_write_full (&doc, 0, PNG_DPI, path, monitor, error);
    }
  return gt_export_job_layout (job, width, height, &doc, error) &&
         gt_export_write_png_full (&doc, 0, PNG_DPI, path, monitor, error);
}

gboolean
gt_export_job_write_png (GtExportJob  *job,
                         const char   *path,
                         GError      **error)
{
  return write_png (job, path, NULL, error);
}

gboolean
gt_export_format_from_path (const char     *path,
                            GtExportFormat *format)
{
  static const char *const extensions[] = { ".pdf", ".png", ".xlsx", ".csv" };
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_has_suffix (lower, extensions[i]))
      {
        *format = (GtExportFormat) i;
        return TRUE;
      }
  return FALSE;
}

gboolean
gt_export_job_prepare (GtExportJob  *job,
                       GError      **error)
{
  return load (job, error);
}

gboolean
gt_export_job_write (GtExportJob            *job,
                     GtExportFormat          format,
                     const char             *path,
                     double                  page_width,
                     double                  page_height,
                     const GtExportMonitor  *monitor,
                     GError                **error)
{
  GtExportDoc doc;

  g_return_val_if_fail (job->loaded, FALSE);

  switch (format)
    {
    case GT_EXPORT_FORMAT_PNG:
      return write_png (job, path, monitor, error);
    case GT_EXPORT_FORMAT_XLSX:
    case GT_EXPORT_FORMAT_CSV:
      if (job->table == NULL)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("This page has no table to export"));
          return FALSE;
        }
      if (format == GT_EXPORT_FORMAT_CSV)
        return gt_csv_export_write_full (job->table, path, monitor, error);
      return gt_xlsx_export_write_full (&job->table, 1, path, NULL, monitor, error);
    case GT_EXPORT_FORMAT_PDF:
    default:
      return gt_export_job_layout (job, page_width, page_height, &doc, error) &&
             gt_export_write_pdf_full (&doc, path, monitor, error);
    }
}
