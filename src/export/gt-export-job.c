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
#include "gt-format.h"
#include "gt-gantt-png.h"
#include "gt-gantt-print.h"
#include "gt-office-settings.h"
#include "gt-overview-print.h"
#include "gt-table-print.h"

/* PNG at screen resolution: the chart as it looks on the screen. */
#define PNG_DPI 96.0
/* Cairo's image surfaces stop at 32,767 pixels. */
#define PNG_MAX_POINTS 24000.0

struct _GtExportJob {
  GtStore            *store;
  GtExportChart       chart;
  GtExportJobOptions  options;
  char               *office_name;
  char               *chart_name;
  gboolean            loaded;
  /* what the pages are drawn from */
  GtGanttRows        *own_rows;
  GtGanttOptions      gantt_options;
  GtFigures          *figures;
  GtExportTable      *table;
  /* the pages, for the last size laid out */
  GtGanttPrint       *gantt_print;
  GtOverviewPrint    *overview_print;
  GtTablePrint       *table_print;
};

void
gt_export_job_options_init (GtExportJobOptions *options)
{
  memset (options, 0, sizeof *options);
  g_date_clear (&options->today, 1);
  g_date_set_time_t (&options->today, time (NULL));
  gt_date_get_month_before (&options->today, &options->year, &options->month);
  options->zoom = GT_GANTT_PRINT_DEFAULT_ZOOM;
  options->grouping = GT_EXPORT_GROUP_LOCALITY;
}

gboolean
gt_export_chart_from_name (const char    *name,
                           GtExportChart *chart)
{
  static const char *const names[] = { "gantt", "overview", "report", "issues" };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (name, names[i]))
      {
        *chart = (GtExportChart) i;
        return TRUE;
      }
  return FALSE;
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
  g_clear_pointer (&job->figures, gt_figures_free);
  g_clear_pointer (&job->table, gt_export_table_free);
  g_clear_object (&job->store);
  g_free (job->office_name);
  g_free (job->chart_name);
  g_free (job);
}

static gboolean
load (GtExportJob  *job,
      GError      **error)
{
  GtExportJobOptions *o = &job->options;
  GtStartTargets targets;
  GtRagRules rules;

  if (job->loaded)
    return TRUE;

  gt_office_settings_load_rag_rules (&rules);
  switch (job->chart)
    {
    case GT_EXPORT_CHART_GANTT:
      job->chart_name = g_strdup (_("Wall Chart of Key Projects"));
      if (o->gantt_rows == NULL)
        {
          job->own_rows = gt_export_gantt_rows (job->store, &rules, &o->today, error);
          if (job->own_rows == NULL)
            return FALSE;
          o->gantt_rows = gt_gantt_rows_get_rows (job->own_rows, &o->n_gantt_rows);
          gt_gantt_options_init (&job->gantt_options, o->zoom);
          job->gantt_options.today = o->today;
          if (!gt_gantt_wall_apply (&o->gantt_wall, &job->gantt_options, job->own_rows,
                                    job->store, o->year, o->month, error))
            return FALSE;
        }
      else
        job->gantt_options = *o->gantt_options;
      break;

    case GT_EXPORT_CHART_OVERVIEW:
      gt_office_settings_load_start_targets (&targets);
      job->figures = gt_figures_compute (job->store, o->year, o->month, &rules, &targets,
                                         &o->today, error);
      if (job->figures == NULL)
        return FALSE;
      /* TRANSLATORS: %d年%d月 */
      job->chart_name = g_strdup_printf (_("Progress of Key Projects, %d-%02d"), o->year,
                                         o->month);
      break;

    case GT_EXPORT_CHART_REPORT:
      job->table = gt_export_report_table (job->store, o->year, o->month, o->grouping, error);
      if (job->table == NULL)
        return FALSE;
      break;

    case GT_EXPORT_CHART_REGISTER:
      job->table = gt_export_register_table (job->store, o->year);
      break;

    case GT_EXPORT_CHART_ISSUES:
    default:
      job->table = gt_export_issues_table (job->store, &o->today);
      break;
    }
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
  GtPrintTitle title = { job->office_name, NULL, job->options.today };

  if (!load (job, error))
    return FALSE;

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
    default:
      job->table_print = gt_table_print_new (job->table, &title, width, height);
      gt_table_print_get_doc (job->table_print, doc);
      break;
    }
  doc->register_path = gt_store_get_path (job->store);
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

GtExportTable *
gt_export_job_get_table (GtExportJob  *job,
                         GError      **error)
{
  if (!load (job, error))
    return NULL;
  return job->table;
}

gboolean
gt_export_job_write_png (GtExportJob  *job,
                         const char   *path,
                         GError      **error)
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
             gt_gantt_png_write (&doc, 0, PNG_DPI, path, error);
    }
  return gt_export_job_layout (job, width, height, &doc, error) &&
         gt_export_write_png (&doc, 0, PNG_DPI, path, error);
}
