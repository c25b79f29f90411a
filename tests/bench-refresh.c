/* bench-refresh.c: what gt_store_refresh() costs on a big register.
 *
 * 5,000 projects, 50,000 issues and 60,000 reports (as bench-startup), opened
 * twice: the second store (another connection, as another program) commits, the
 * first refreshes. Prints the idle poll (nobody committed), one changed row, and
 * a hundred changed rows, each with the issue list loaded, as a window that
 * showed the Issues page has it.
 *
 *   bench-refresh [FILE]   (a temporary register when none is given)
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "gt-demo.h"
#include "gt-store.h"

#define IDLE_POLLS 10000
#define ROUNDS 20

static void
check (GError *error)
{
  if (error != NULL)
    g_error ("%s", error->message);
}

static void
rename_projects (GtStore *writer,
                 guint    first,
                 guint    n,
                 int      round)
{
  GListModel *projects = gt_store_get_projects (writer);
  g_autoptr(GError) error = NULL;

  /* Each its own commit, as another program's edits are. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtProject) live = g_list_model_get_item (projects, first + i);
      g_autoptr(GtProject) copy = gt_project_copy (live);
      g_autofree char *name = g_strdup_printf ("项目 %u（第 %d 轮）", first + i, round);

      gt_project_set_name (copy, name);
      if (!gt_store_update_project (writer, copy, &error))
        check (error);
    }
}

/* Milliseconds of one refresh after @n rows were changed by @writer. */
static double
time_refresh (GtStore *reader,
              GtStore *writer,
              guint    n,
              int      round)
{
  g_autoptr(GError) error = NULL;
  gint64 start;
  gboolean changed;

  rename_projects (writer, 100 + (guint) round * 7, n, round);
  start = g_get_monotonic_time ();
  changed = gt_store_refresh (reader, &error);
  check (error);
  g_assert (changed);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        guint       n,
        GtStore    *reader,
        GtStore    *writer)
{
  double times[ROUNDS];

  for (int i = 0; i < ROUNDS; i++)
    times[i] = time_refresh (reader, writer, n, i);
  qsort (times, ROUNDS, sizeof times[0], compare_doubles);
  printf ("%-44s median %7.3f ms  min %7.3f ms  max %7.3f ms\n", what, times[ROUNDS / 2],
          times[0], times[ROUNDS - 1]);
}

int
main (int   argc,
      char *argv[])
{
  GtDemoSize size = { .projects = 5000, .issues = 50000, .reports = 60000, .seed = 7 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) reader = NULL;
  g_autoptr(GtStore) writer = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  gint64 start;

  if (argc > 1)
    {
      path = g_strdup (argv[1]);
    }
  else
    {
      dir = g_dir_make_tmp ("bench-refresh-XXXXXX", &error);
      check (error);
      path = g_build_filename (dir, "big.db", NULL);
    }

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GtStore) demo = gt_store_open (path, &error);

      check (error);
      start = g_get_monotonic_time ();
      gt_demo_populate (demo, &size, today, &error);
      check (error);
      printf ("made the register (%u projects, %u issues, %u reports) in %.2f s\n",
              size.projects, size.issues, size.reports,
              (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
    }

  reader = gt_store_open (path, &error);
  check (error);
  writer = gt_store_open (path, &error);
  check (error);
  g_list_model_get_n_items (gt_store_get_issues (reader));

  start = g_get_monotonic_time ();
  for (int i = 0; i < IDLE_POLLS; i++)
    {
      if (gt_store_refresh (reader, &error))
        g_error ("nothing changed, yet the refresh says so");
      check (error);
    }
  printf ("%-44s %7.3f µs a poll\n", "idle poll (nobody committed)",
          (g_get_monotonic_time () - start) / (double) IDLE_POLLS);

  report ("refresh after 1 project changed", 1, reader, writer);
  report ("refresh after 100 projects changed", 100, reader, writer);

  g_clear_object (&reader);
  g_clear_object (&writer);
  if (dir != NULL)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
      g_rmdir (dir);
    }

  return 0;
}
