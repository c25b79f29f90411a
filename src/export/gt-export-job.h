/* gt-export-job.h: one chart of the window or the command line (the wall
 * chart, the overview's charts, the monthly report, the issue ledger) made into
 * a paged document for any paper: the print dialog lays it out again when the
 * paper changes, the PDF and PNG writers take the document as it is.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-export-doc.h"
#include "gt-export-progress.h"
#include "gt-export-sources.h"
#include "gt-gantt-print.h"

G_BEGIN_DECLS

typedef enum {
  GT_EXPORT_CHART_GANTT,
  GT_EXPORT_CHART_OVERVIEW,
  GT_EXPORT_CHART_REPORT,
  GT_EXPORT_CHART_ISSUES,
  GT_EXPORT_CHART_REGISTER,   /* the register of projects, as a table */
  GT_EXPORT_CHART_FILING,     /* the units yet to file the month (gt-filing-print.h) */
  GT_EXPORT_CHART_FORMALITIES, /* the month's approvals by department (gt-formalities-print.h) */
} GtExportChart;

typedef struct {
  /* The month every chart and table is as of (gt-as-of.h): its last day is the
   * 数据截至 date, the wall chart's today line and the day the lights are judged,
   * its year that of the plans and completed figures. 0 and 0: the register's
   * default (gt_as_of_init_default()). */
  int                   year;
  int                   month;
  const char           *office_name;   /* NULL or "" for none */
  GtExportGrouping      grouping;      /* of the monthly report */
  /* The wall chart: the rows and options shown on the screen, copied whole
   * by gt_export_job_new() (so they may change from then on); NULL rows take
   * every project at @zoom over their whole span. */
  const GtGanttRow     *gantt_rows;
  guint                 n_gantt_rows;
  const GtGanttOptions *gantt_options;
  GtGanttZoom           zoom;
  gboolean              fit_width;
  /* The wall's months (the as-of year by default), figure columns, overlap. */
  GtGanttWall           gantt_wall;
  /* The approvals list: of this approving unit only; 0 for every one. */
  gint64                approver_unit_id;
} GtExportJobOptions;

typedef struct _GtExportJob GtExportJob;

/* What a file is written as, by its name's extension. */
typedef enum {
  GT_EXPORT_FORMAT_PDF,
  GT_EXPORT_FORMAT_PNG,
  GT_EXPORT_FORMAT_XLSX,
  GT_EXPORT_FORMAT_CSV,
} GtExportFormat;

/* ".pdf", ".png", ".xlsx", ".csv" (any case) → format; FALSE otherwise. */
gboolean     gt_export_format_from_path (const char               *path,
                                         GtExportFormat           *format);

/* Sensible options: the register's default month, quarter zoom, the office's
 * name NULL. */
void         gt_export_job_options_init (GtExportJobOptions       *options);
/* "gantt", "overview", "report", "issues", "filing", "formalities" → chart;
 * FALSE otherwise. */
gboolean     gt_export_chart_from_name  (const char               *name,
                                         GtExportChart            *chart);

GtExportJob *gt_export_job_new          (GtStore                  *store,
                                         GtExportChart             chart,
                                         const GtExportJobOptions *options);
void         gt_export_job_free         (GtExportJob              *job);
/* Lays the chart out on @width × @height pages (points): @doc is valid until the
 * next call or the job is freed. Reads the store the first time only. */
gboolean     gt_export_job_layout       (GtExportJob              *job,
                                         double                    width,
                                         double                    height,
                                         GtExportDoc              *doc,
                                         GError                  **error);
/* For the wall chart: shrink the dates to one page across from the next layout. */
void         gt_export_job_set_fit_width (GtExportJob             *job,
                                          gboolean                 fit_width);
/* For the wall chart: whether its sheets overlap for pasting, from the next
 * layout (the months and columns count when the job first reads the store). */
void         gt_export_job_set_gantt_wall (GtExportJob            *job,
                                           const GtGanttWall      *wall);
GtExportChart gt_export_job_get_chart    (GtExportJob              *job);
/* The month the job is as of, once it has read the store (a layout, a table). */
const GtAsOf *gt_export_job_get_as_of   (GtExportJob              *job);
/* The rows the wall chart job draws, their lights those of its month; NULL for
 * the other charts. Owned by the job. */
const GtGanttRow *gt_export_job_get_gantt_rows (GtExportJob       *job,
                                         guint                    *n_rows,
                                         GError                  **error);
/* The table a table job (report, issues, register, filing) prints; NULL for the charts.
 * Owned by the job. */
GtExportTable *gt_export_job_get_table  (GtExportJob              *job,
                                         GError                  **error);
/* The chart as one picture: the whole wall chart, or the overview's first page
 * on A3 landscape; at screen resolution. */
gboolean     gt_export_job_write_png    (GtExportJob              *job,
                                         const char               *path,
                                         GError                  **error);

/* Reads from the store everything the job will draw or write (in the thread
 * that owns the store, the main thread in the window): after this the job
 * never touches the store again, and gt_export_job_write() may run in a
 * worker thread, the job used by no other thread meanwhile. */
gboolean     gt_export_job_prepare      (GtExportJob              *job,
                                         GError                  **error);
/* Writes the prepared job to @path as @format: PDF on @page_width ×
 * @page_height pages (points), PNG as gt_export_job_write_png(), XLSX and
 * CSV the table (a table job's only). Reports to @monitor (may be NULL) and
 * stops, leaving no file, when it is cancelled (gt-export-progress.h). */
gboolean     gt_export_job_write        (GtExportJob              *job,
                                         GtExportFormat            format,
                                         const char               *path,
                                         double                    page_width,
                                         double                    page_height,
                                         const GtExportMonitor    *monitor,
                                         GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtExportJob, gt_export_job_free)

G_END_DECLS
