/* bench-export.c: how long the full Gantt wall chart of 1,000 projects takes to
 * export as an A3 PDF (the issue's target: at most a second).
 *
 *   bench-export [N_PROJECTS]
 *
 * The register is the demo's, made in a temporary folder; the time measured is
 * from the register's rows to the renamed PDF, as the command line does it: the
 * as-of year, the labels on the leftmost sheets, the sheet map.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "gt-demo.h"
#include "gt-export-sources.h"
#include "gt-gantt-print.h"

#define N_RUNS 3

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-bench-XXXXXX", &error);
  g_autofree char *db = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(GtStore) store = NULL;
  GtDemoSize size = *gt_demo_size_default ();
  GtPrintTitle title = { "清河县重点项目建设办公室", "重点项目推进挂图",
                         { 0 } };
  GtRagRules rules = *gt_rag_rules_default ();
  GtGanttWall wall = { 0 };
  double best = G_MAXDOUBLE;
  guint n_pages = 0;
  GDate today;

  if (dir == NULL)
    g_error ("%s", error->message);
  db = g_build_filename (dir, "bench.db", NULL);
  pdf = g_build_filename (dir, "gantt.pdf", NULL);
  size.projects = argc > 1 ? (guint) atoi (argv[1]) : 1000;
  size.issues = MAX (size.issues, size.projects / 2);
  size.reports = size.projects * 4;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 11, 2026);
  title.data_date = today;
  store = gt_store_open (db, &error);
  if (store == NULL || !gt_demo_populate (store, &size, &today, &error))
    g_error ("%s", error->message);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GtGanttRows) rows = NULL;
      g_autoptr(GtGanttPrint) print = NULL;
      const GtGanttRow *row_data;
      GtGanttOptions opts;
      GtExportDoc doc;
      double width, height;
      gint64 start = g_get_monotonic_time ();
      guint n_rows;
      double seconds;

      rows = gt_export_gantt_rows (store, &rules, &today, &error);
      if (rows == NULL)
        g_error ("%s", error->message);
      row_data = gt_gantt_rows_get_rows (rows, &n_rows);
      if (g_getenv ("BENCH_VERBOSE"))
        g_printerr ("rows: %.3f s\n", (g_get_monotonic_time () - start) / 1e6);
      gt_gantt_options_init (&opts, GT_GANTT_PRINT_DEFAULT_ZOOM);
      opts.today = today;
      /* As the export job does: the as-of year, labels once, the sheet map. */
      gt_gantt_wall_apply (&wall, &opts, NULL, NULL, g_date_get_year (&today),
                           g_date_get_month (&today), NULL);
      gt_paper_get_size (GT_PAPER_A3, TRUE, &width, &height);
      print = gt_gantt_print_new_for_wall (&opts, row_data, n_rows, &title, width, height,
                                           FALSE, &wall);
      gt_gantt_print_get_doc (print, &doc);
      if (!gt_export_write_pdf (&doc, pdf, &error))
        g_error ("%s", error->message);
      seconds = (g_get_monotonic_time () - start) / 1e6;
      best = MIN (best, seconds);
      n_pages = doc.n_pages;
    }

  g_print ("Gantt PDF of %u projects on A3: %u pages, best of %d runs %.3f s "
           "(target <= 1 s)\n", size.projects, n_pages, N_RUNS, best);

  g_clear_object (&store);
  g_unlink (pdf);
  g_unlink (db);
  g_rmdir (dir);
  return EXIT_SUCCESS;
}
