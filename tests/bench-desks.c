/* bench-desks.c: how long one desk's edit takes to show on another desk.
 *
 * Two stores on one register (a server's, or a file's), as two desks: the
 * writer renames a project and commits; the reader polls gt_store_refresh() as
 * the window does (every 500 ms while it is active), and once more in a tight
 * loop (every millisecond) for the cost of the notice itself. Prints the median
 * and worst of the time from the commit to the reader's list showing the new
 * name.
 *
 *   bench-desks URL-OR-FILE [ROUNDS [PROJECTS]]   (an empty register: it is filled
 *   first, with PROJECTS projects, 5,000 unless told)
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "gt-demo.h"
#include "gt-store.h"

static void
check (GError *error)
{
  if (error != NULL)
    g_error ("%s", error->message);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Milliseconds from the writer's commit to the reader's list showing it. */
static double
one_round (GtStore *writer,
           GtStore *reader,
           int      round,
           gint64   poll_us)
{
  g_autoptr(GError) error = NULL;
  GListModel *projects = gt_store_get_projects (writer);
  guint position = (guint) (round * 13) % g_list_model_get_n_items (projects);
  g_autoptr(GtProject) live = g_list_model_get_item (projects, position);
  g_autoptr(GtProject) copy = gt_project_copy (live);
  g_autofree char *name = g_strdup_printf ("第%d轮改的名字", round);
  gint64 id = gt_project_get_id (live);
  gint64 committed, next_poll;

  /* The reader's polls are on their own clock, as a window's timer is. */
  next_poll = g_get_monotonic_time () + g_random_int_range (0, (gint32) poll_us);
  gt_project_set_name (copy, name);
  if (!gt_store_update_project (writer, copy, &error))
    check (error);
  committed = g_get_monotonic_time ();

  for (;;)
    {
      gint64 now = g_get_monotonic_time ();

      if (now < next_poll)
        g_usleep (next_poll - now);
      next_poll += poll_us;
      gt_store_refresh (reader, &error);
      check (error);
      if (g_str_equal (gt_project_get_name (gt_store_lookup_project (reader, id)), name))
        return (g_get_monotonic_time () - committed) / 1000.0;
    }
}

static void
report (const char *what,
        GtStore    *writer,
        GtStore    *reader,
        int         rounds,
        gint64      poll_us)
{
  g_autofree double *times = g_new (double, rounds);

  for (int i = 0; i < rounds; i++)
    times[i] = one_round (writer, reader, i, poll_us);
  qsort (times, rounds, sizeof times[0], compare_doubles);
  printf ("%-52s median %8.2f ms  worst %8.2f ms\n", what, times[rounds / 2],
          times[rounds - 1]);
}

int
main (int   argc,
      char *argv[])
{
  GtDemoSize size = { .projects = 5000, .issues = 5000, .reports = 60000, .seed = 7 };
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) writer = NULL;
  g_autoptr(GtStore) reader = NULL;
  int rounds = argc > 2 ? MAX (3, atoi (argv[2])) : 21;

  if (argc > 3)
    {
      size.projects = MAX (1, atoi (argv[3]));
      size.issues = size.projects;
      size.reports = size.projects * 12;
    }
  if (argc < 2)
    {
      fprintf (stderr, "usage: %s URL-OR-FILE [ROUNDS]\n", argv[0]);
      return 2;
    }

  writer = gt_store_open (argv[1], &error);
  check (error);
  if (g_list_model_get_n_items (gt_store_get_projects (writer)) == 0)
    {
      gint64 start = g_get_monotonic_time ();

      gt_demo_populate (writer, &size, today, &error);
      check (error);
      printf ("made the register (%u projects) in %.2f s\n", size.projects,
              (g_get_monotonic_time () - start) / 1e6);
    }
  reader = gt_store_open (argv[1], &error);
  check (error);
  gt_store_set_year (reader, gt_store_get_year (writer));

  printf ("%s, %d rounds\n", gt_store_is_server (writer) ? "server" : "file", rounds);
  report ("edit shown on the other desk, polled every 1 ms", writer, reader, rounds, 1000);
  report ("edit shown on the other desk, polled as the window (500 ms)", writer, reader,
          rounds, 500 * 1000);
  return 0;
}
