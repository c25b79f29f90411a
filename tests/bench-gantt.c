/* bench-gantt.c: how long one Gantt frame takes, and pictures to look at.
 *
 *   bench-gantt                      time 1920×1080 frames of 100 and 10,000 rows
 *   bench-gantt --png OUT.png [ZOOM] [--dark]   a wall chart of the demo register
 *   bench-gantt --pdf OUT.pdf [ZOOM]            the same as an A3 PDF page
 *
 * ZOOM is week, month (default), quarter or year. The rows come from the demo
 * register, grouped by locality; set LANGUAGE=zh_CN and GUATU_LOCALEDIR to see the
 * chart in Chinese.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-gantt-renderer.h"
#include "gt-demo.h"
#include "gt-leader.h"
#include "gt-milestone.h"
#include "gt-monthly-report.h"
#include "gt-project.h"
#include "gt-unit.h"

#define FRAME_W 1920
#define FRAME_H 1080
#define N_FRAMES 50

typedef struct {
  GArray    *rows;      /* GtGanttRow */
  GPtrArray *strings;   /* what the rows point into */
  GPtrArray *milestones;
} Chart;

static void
chart_free (Chart *chart)
{
  g_array_unref (chart->rows);
  g_ptr_array_unref (chart->strings);
  g_ptr_array_unref (chart->milestones);
  g_free (chart);
}

static const char *
keep (Chart      *chart,
      const char *text)
{
  char *copy = g_strdup (text != NULL ? text : "");

  g_ptr_array_add (chart->strings, copy);
  return copy;
}

static void
copy_date (GDate       *to,
           const GDate *from)
{
  g_date_clear (to, 1);
  if (from != NULL)
    *to = *from;
}

/* A rough red/amber/green after the office rules in DESIGN.md, with tighter
 * thresholds so that the demo's small lags show all three colours. The real rule
 * lives in core and is not the renderer's business. */
static int
guess_status (const GtGanttRow *row,
              const GDate      *today)
{
  double span;
  double elapsed;
  double behind;
  guint late_nodes = 0;

  if (g_date_valid (&row->actual_end))
    return GT_GANTT_STATUS_GREEN;
  if (!g_date_valid (&row->planned_start) || !g_date_valid (&row->planned_end))
    return GT_GANTT_STATUS_NONE;
  if (!g_date_valid (&row->actual_start))
    {
      int days = g_date_days_between (&row->planned_start, today);

      return days > 90 ? GT_GANTT_STATUS_RED
             : days > 30 ? GT_GANTT_STATUS_AMBER : GT_GANTT_STATUS_GREEN;
    }

  span = MAX (g_date_days_between (&row->planned_start, &row->planned_end), 1);
  elapsed = CLAMP (g_date_days_between (&row->planned_start, today) / span, 0, 1);
  behind = elapsed * 100 - row->percent;
  for (guint i = 0; i < row->n_milestones; i++)
    if (!row->milestones[i].done
        && g_date_compare (&row->milestones[i].planned_end, today) < 0)
      late_nodes++;

  if (behind > 15 || late_nodes >= 2)
    return GT_GANTT_STATUS_RED;
  if (behind > 8 || late_nodes > 0)
    return GT_GANTT_STATUS_AMBER;
  return GT_GANTT_STATUS_GREEN;
}

static void
add_project (Chart       *chart,
             GtStore     *store,
             GtProject   *project,
             const GDate *today)
{
  GtLeader *leader = gt_store_lookup_leader (store, gt_project_get_leader_id (project));
  GtUnit *unit = gt_store_lookup_unit (store, gt_project_get_unit_id (project));
  g_autoptr(GPtrArray) milestones = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  GtGanttMilestone *nodes;
  GtGanttRow row = { 0 };

  milestones = gt_store_list_milestones (store, gt_project_get_id (project), NULL);
  reports = gt_store_list_monthly_reports (store, gt_project_get_id (project), NULL);

  row.kind = GT_GANTT_ROW_PROJECT;
  row.label = keep (chart, gt_project_get_name (project));
  row.leader = keep (chart, leader != NULL ? gt_leader_get_name (leader) : NULL);
  row.unit = keep (chart, unit != NULL ? gt_unit_get_name (unit) : NULL);
  copy_date (&row.planned_start, gt_project_get_planned_start (project));
  copy_date (&row.planned_end, gt_project_get_planned_end (project));
  copy_date (&row.actual_start, gt_project_get_actual_start (project));
  copy_date (&row.actual_end, gt_project_get_actual_end (project));
  row.id = gt_project_get_id (project);
  if (reports != NULL && reports->len > 0)
    row.percent = gt_monthly_report_get_percent (g_ptr_array_index (reports, reports->len - 1));
  if (g_date_valid (&row.actual_end))
    row.percent = 100;

  row.n_milestones = milestones != NULL ? milestones->len : 0;
  nodes = g_new0 (GtGanttMilestone, MAX (row.n_milestones, 1));
  g_ptr_array_add (chart->milestones, nodes);
  for (guint i = 0; i < row.n_milestones; i++)
    {
      GtMilestone *milestone = g_ptr_array_index (milestones, i);

      nodes[i].name = keep (chart, gt_milestone_get_name (milestone));
      copy_date (&nodes[i].planned_start, gt_milestone_get_planned_start (milestone));
      copy_date (&nodes[i].planned_end, gt_milestone_get_planned_end (milestone));
      nodes[i].done = gt_milestone_get_actual_end (milestone) != NULL;
    }
  row.milestones = nodes;
  row.status = guess_status (&row, today);
  g_array_append_val (chart->rows, row);
}

static int
compare_locality (gconstpointer a,
                  gconstpointer b)
{
  gint64 la = gt_project_get_locality_id (*(GtProject **) a);
  gint64 lb = gt_project_get_locality_id (*(GtProject **) b);

  return la < lb ? -1 : la > lb;
}

/* The demo register as rows, grouped by locality as an office prints it. */
static Chart *
load_demo_chart (const GDate *today,
                 guint        max_projects)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-gantt-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GPtrArray) projects = g_ptr_array_new ();
  GListModel *model;
  Chart *chart = g_new0 (Chart, 1);
  gint64 locality = -1;

  g_assert_no_error (error);
  path = g_build_filename (dir, "demo.db", NULL);
  store = gt_store_open (path, &error);
  g_assert_no_error (error);
  gt_store_set_year (store, g_date_get_year (today));
  gt_demo_populate (store, gt_demo_size_default (), today, &error);
  g_assert_no_error (error);

  chart->rows = g_array_new (FALSE, TRUE, sizeof (GtGanttRow));
  chart->strings = g_ptr_array_new_with_free_func (g_free);
  chart->milestones = g_ptr_array_new_with_free_func (g_free);

  model = gt_store_get_projects (store);
  for (guint i = 0; i < g_list_model_get_n_items (model) && i < max_projects; i++)
    g_ptr_array_add (projects, g_list_model_get_item (model, i));
  g_ptr_array_set_free_func (projects, g_object_unref);
  g_ptr_array_sort (projects, compare_locality);

  for (guint i = 0; i < projects->len; i++)
    {
      GtProject *project = g_ptr_array_index (projects, i);

      if (gt_project_get_locality_id (project) != locality)
        {
          GtUnit *unit;
          GtGanttRow group = { 0 };

          locality = gt_project_get_locality_id (project);
          unit = gt_store_lookup_unit (store, locality);
          group.kind = GT_GANTT_ROW_GROUP;
          group.label = keep (chart, unit != NULL ? gt_unit_get_name (unit) : "—");
          group.status = GT_GANTT_STATUS_NONE;
          group.id = locality;
          g_array_append_val (chart->rows, group);
        }
      add_project (chart, store, project, today);
    }

  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);
  return chart;
}

/* Rows repeated from @chart up to @n, as a register that large would look. */
static GArray *
repeat_rows (Chart *chart,
             guint  n)
{
  GArray *rows = g_array_sized_new (FALSE, TRUE, sizeof (GtGanttRow), n);

  for (guint i = 0; i < n; i++)
    g_array_append_val (rows, g_array_index (chart->rows, GtGanttRow, i % chart->rows->len));
  return rows;
}

static double
draw_frame_ms (cairo_surface_t      *surface,
               const GtGanttOptions *opts,
               GArray               *rows,
               guint                 first_row,
               double                scroll_x)
{
  cairo_t *cr = cairo_create (surface);
  gint64 begin;
  gint64 end;

  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);

  begin = g_get_monotonic_time ();
  gt_gantt_renderer_draw (opts, (const GtGanttRow *) rows->data, rows->len, cr,
                          FRAME_W, FRAME_H, first_row, scroll_x);
  cairo_surface_flush (surface);
  end = g_get_monotonic_time ();
  cairo_destroy (cr);
  return (end - begin) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *times)
{
  qsort (times, N_FRAMES, sizeof *times, compare_doubles);
  return (times[N_FRAMES / 2 - 1] + times[N_FRAMES / 2]) / 2;
}

/* Frames of the two sizes alternate, so that a busy machine slows both alike. */
static void
time_frames (const GtGanttOptions *opts,
             GArray               *small,
             GArray               *large,
             guint                 first_row,
             double                scroll_x,
             double               *small_ms,
             double               *large_ms)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, FRAME_W, FRAME_H);
  double small_times[N_FRAMES];
  double large_times[N_FRAMES];

  for (guint i = 0; i < 5; i++)
    draw_frame_ms (surface, opts, small, first_row, scroll_x);
  for (guint i = 0; i < N_FRAMES; i++)
    {
      small_times[i] = draw_frame_ms (surface, opts, small, first_row, scroll_x);
      large_times[i] = draw_frame_ms (surface, opts, large, first_row, scroll_x);
    }
  cairo_surface_destroy (surface);

  *small_ms = median (small_times);
  *large_ms = median (large_times);
}

static GtGanttZoom
parse_zoom (const char *text)
{
  static const char * const names[GT_GANTT_N_ZOOMS] = { "week", "month", "quarter", "year" };

  for (guint i = 0; text != NULL && i < GT_GANTT_N_ZOOMS; i++)
    if (g_str_equal (text, names[i]))
      return (GtGanttZoom) i;
  return GT_GANTT_ZOOM_MONTH;
}

static int
run_bench (const GDate *today)
{
  Chart *chart = load_demo_chart (today, G_MAXUINT);
  GArray *small = repeat_rows (chart, 100);
  GArray *large = repeat_rows (chart, 10000);
  GtGanttOptions opts;
  GDate from;
  double scroll;
  double small_ms;
  double large_ms;

  for (GtGanttZoom zoom = GT_GANTT_ZOOM_WEEK; zoom <= GT_GANTT_ZOOM_MONTH; zoom++)
    {
      gt_gantt_options_init (&opts, zoom);
      opts.today = *today;
      gt_gantt_options_fit_range (&opts, (const GtGanttRow *) chart->rows->data,
                                  chart->rows->len);
      /* The same place in both: a month before today, rows 20 on. */
      from = *today;
      g_date_subtract_months (&from, 1);
      scroll = gt_gantt_x_for_date (&opts, &from) - gt_gantt_x_for_date (&opts, &opts.start);

      time_frames (&opts, small, large, 20, scroll, &small_ms, &large_ms);
      g_print ("%s zoom, %d×%d frame, median of %d:\n", zoom == GT_GANTT_ZOOM_WEEK
               ? "week" : "month", FRAME_W, FRAME_H, N_FRAMES);
      g_print ("  100 rows:    %6.2f ms\n", small_ms);
      g_print ("  10,000 rows: %6.2f ms\n", large_ms);
      g_print ("  ratio:       %6.2f (target ≤ 1.2; frame target ≤ 8 ms)\n",
               large_ms / small_ms);
    }

  g_array_unref (small);
  g_array_unref (large);
  chart_free (chart);
  return 0;
}

static int
run_picture (const char  *path,
             GtGanttZoom  zoom,
             gboolean     dark,
             gboolean     pdf,
             const GDate *today)
{
  Chart *chart = load_demo_chart (today, 34);
  const GtGanttRow *rows = (const GtGanttRow *) chart->rows->data;
  GtGanttOptions opts;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width;
  double height;
  double chart_h;
  double scroll = 0;
  double legend_h;
  double margin;
  double days;
  double label_w;

  gt_gantt_options_init (&opts, zoom);
  opts.today = *today;
  opts.dark = dark;
  gt_gantt_options_fit_range (&opts, rows, chart->rows->len);

  if (pdf)
    {
      /* A3 landscape in points, the whole span scaled onto the page. */
      width = 1190.55;
      height = 841.89;
      margin = 28;
      /* This year across the page, at the natural size of points. */
      opts.scale = 0.75;
      g_date_set_dmy (&opts.start, 1, G_DATE_JANUARY, g_date_get_year (today));
      g_date_set_dmy (&opts.end, 31, G_DATE_DECEMBER, g_date_get_year (today));
      days = g_date_days_between (&opts.start, &opts.end) + 1;
      opts.day_width = 1;
      label_w = gt_gantt_content_width (&opts) / opts.scale - days;
      opts.day_width = ((width - 2 * margin) / opts.scale - label_w) / days;
      surface = cairo_pdf_surface_create (path, width, height);
    }
  else
    {
      margin = 0;
      width = MIN (gt_gantt_content_width (&opts), 2000);
      legend_h = gt_gantt_legend_height (&opts, width - 24);
      height = gt_gantt_content_height (&opts, chart->rows->len) + legend_h + 24;
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
      if (gt_gantt_content_width (&opts) > width)
        {
          GDate from = *today;

          g_date_subtract_days (&from, zoom == GT_GANTT_ZOOM_WEEK ? 30 : 200);
          scroll = MAX (gt_gantt_x_for_date (&opts, &from)
                        - gt_gantt_x_for_date (&opts, &opts.start), 0);
        }
    }

  cr = cairo_create (surface);
  if (dark)
    cairo_set_source_rgb (cr, 0.14, 0.14, 0.14);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  cairo_translate (cr, margin, margin);
  chart_h = MIN (gt_gantt_content_height (&opts, chart->rows->len), height - 2 * margin - 40);
  gt_gantt_renderer_draw (&opts, rows, chart->rows->len, cr, width - 2 * margin, chart_h, 0,
                          scroll);
  cairo_translate (cr, 12 * (pdf ? 0 : 1), chart_h + 12);
  gt_gantt_renderer_draw_legend (&opts, cr, width - 2 * margin - 24);
  cairo_destroy (cr);

  if (!pdf)
    cairo_surface_write_to_png (surface, path);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  chart_free (chart);
  g_print ("wrote %s\n", path);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("GUATU_LOCALEDIR");
  GDate today;
  gboolean dark = FALSE;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* A fixed day keeps the pictures and the timed frames comparable between runs. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 18, G_DATE_SEPTEMBER, 2026);

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--dark"))
      dark = TRUE;

  if (argc >= 3 && (g_str_equal (argv[1], "--png") || g_str_equal (argv[1], "--pdf")))
    return run_picture (argv[2], parse_zoom (argc >= 4 ? argv[3] : NULL), dark,
                        g_str_equal (argv[1], "--pdf"), &today);
  return run_bench (&today);
}
