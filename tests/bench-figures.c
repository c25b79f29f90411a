/* bench-figures.c: how long the month's figures, the meeting's briefing and its
 * slides take on a register far larger than a county's.
 *
 * Builds 5,000 projects, 50,000 issues and 60,000 monthly reports, then prints
 * the time of gt_figures_compute() (the Overview), gt_briefing_new(), the
 * whole slide deck, and its PDF. It asserts nothing: timings belong in a
 * report, not in a test that can flake.
 *
 *   bench-figures [RUNS]
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "gt-demo.h"
#include "gt-slide-deck.h"
#include "gt-slides-export.h"
#include "gt-test-util.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  GtDemoSize size = { .projects = 5000, .issues = 50000, .reports = 60000, .seed = 7 };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-bench-figures-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "bench.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "slides.pdf", NULL);
  g_autoptr(GtStore) store = NULL;
  double figures_ms = 1e9, briefing_ms = 1e9, deck_ms = 1e9, pdf_ms = 1e9;
  guint runs = argc > 1 ? MAX (1, atoi (argv[1])) : 3;
  guint slides = 0;
  GDate today;
  gint64 start;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 11, 2026);
  store = gt_store_open (db, &error);
  if (store == NULL || !gt_demo_populate (store, &size, &today, &error))
    {
      g_printerr ("bench-figures: %s\n", error->message);
      return 1;
    }

  /* The best of RUNS: the machine's other work only ever adds. */
  for (guint i = 0; i < runs; i++)
    {
      GtSlideDeckOptions options = { "清河县重点项目建设办公室", 16.0 / 9.0 };
      g_autoptr(GtFigures) figures = NULL;
      g_autoptr(GtBriefing) briefing = NULL;
      g_autoptr(GtSlideDeck) deck = NULL;

      start = g_get_monotonic_time ();
      figures = gt_figures_compute (store, 2026, 10, NULL, NULL, &today, &error);
      figures_ms = MIN (figures_ms, ms_since (start));

      start = g_get_monotonic_time ();
      briefing = gt_briefing_new (store, 2026, 10, GT_BRIEFING_BY_LOCALITY, NULL, NULL, &today,
                                  &error);
      briefing_ms = MIN (briefing_ms, ms_since (start));

      start = g_get_monotonic_time ();
      deck = gt_slide_deck_new (store, 2026, 10, GT_BRIEFING_BY_LOCALITY, NULL, NULL, &today,
                                &options, &error);
      deck_ms = MIN (deck_ms, ms_since (start));

      start = g_get_monotonic_time ();
      if (deck == NULL || !gt_export_write_slides (deck, FALSE, NULL, pdf, &error))
        {
          g_printerr ("bench-figures: %s\n", error->message);
          return 1;
        }
      pdf_ms = MIN (pdf_ms, ms_since (start));
      slides = gt_slide_deck_get_n_slides (deck);
    }

  g_print ("register: %u projects, %u issues, %u monthly reports\n", size.projects, size.issues,
           size.reports);
  g_print ("figures of a month (Overview): %.1f ms\n", figures_ms);
  g_print ("briefing of a month: %.1f ms\n", briefing_ms);
  g_print ("slide deck (%u slides, built before F5 shows the first): %.1f ms\n", slides,
           deck_ms);
  g_print ("slides as PDF: %.1f ms\n", pdf_ms);

  g_clear_object (&store);
  gt_test_remove_tree (dir);
  return 0;
}
