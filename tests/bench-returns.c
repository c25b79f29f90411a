/* bench-returns.c: how long the units' returns (回执) take to read and preview:
 * 40 filled-in templates of 300 projects (the target: at most a
 * second), then how long taking them in takes.
 *
 *   bench-returns [N_PROJECTS [N_UNITS]]
 *
 * The register is the demo's with units added and the projects dealt out, as
 * in bench-templates.c; every row's 当月完成 and the first row's 存在问题 are
 * filled in (gt-test-returns.c), and the time measured is from the files to
 * the plans a preview shows, as the window makes them.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "gt-demo.h"
#include "gt-ledger-sheet.h"
#include "gt-report-template.h"
#include "gt-returns.h"
#include "gt-test-returns.h"

#define N_RUNS 3

static void
remove_tree (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (children != NULL &&
         (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, g_file_info_get_name (info), NULL);

      remove_tree (child);
      g_object_unref (info);
    }
  g_file_delete (file, NULL, NULL);
}

/* Units until there are @n_units, and project i given unit i mod @n_units. */
static void
deal_out (GtStore *store,
          guint    n_units)
{
  GListModel *units = gt_store_get_units (store);
  GListModel *projects = gt_store_get_projects (store);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  for (guint i = g_list_model_get_n_items (units); i < n_units; i++)
    {
      g_autoptr(GtUnit) unit = gt_unit_new ();
      g_autofree char *name = g_strdup_printf ("县第%u局", i + 1);

      gt_unit_set_name (unit, name);
      gt_unit_set_kind (unit, GT_UNIT_KIND_DEPARTMENT);
      if (!gt_store_add_unit (store, unit, &error))
        g_error ("%s", error->message);
    }
  for (guint i = 0; i < g_list_model_get_n_items (units) && ids->len < n_units; i++)
    {
      g_autoptr(GtUnit) unit = g_list_model_get_item (units, i);
      gint64 id = gt_unit_get_id (unit);

      g_array_append_val (ids, id);
    }
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) live = g_list_model_get_item (projects, i);
      g_autoptr(GtProject) edited = gt_project_copy (live);

      gt_project_set_unit_id (edited, g_array_index (ids, gint64, i % ids->len));
      if (!gt_store_update_project (store, edited, &error))
        g_error ("%s", error->message);
    }
}

/* The number of data rows, from the hidden sheet. */
static guint
count_rows (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) hidden = gt_ledger_sheet_load (path, 1, &error);

  if (hidden == NULL)
    g_error ("%s", error->message);
  for (guint r = 0; r < gt_ledger_sheet_n_rows (hidden); r++)
    if (g_str_equal (gt_ledger_sheet_get (hidden, r, 0), GT_TEMPLATE_KEY_ROWS))
      return (guint) atoi (gt_ledger_sheet_get (hidden, r, 1));
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-bench-XXXXXX", &error);
  g_autofree char *db = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GtTemplateSet) set = NULL;
  g_autoptr(GPtrArray) written = NULL;
  GtDemoSize size = *gt_demo_size_default ();
  guint n_units = 40, n_changes = 0, n_taken = 0;
  double best = G_MAXDOUBLE, apply_time;
  gint64 start;
  GDate today;

  if (dir == NULL)
    g_error ("%s", error->message);
  size.projects = argc > 1 ? (guint) atoi (argv[1]) : 300;
  n_units = argc > 2 ? (guint) atoi (argv[2]) : 40;
  db = g_build_filename (dir, "bench.db", NULL);
  out = g_build_filename (dir, "returns", NULL);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 11, 2026);
  store = gt_store_open (db, &error);
  if (store == NULL || !gt_demo_populate (store, &size, &today, &error))
    g_error ("%s", error->message);
  deal_out (store, n_units);
  set = gt_template_set_collect (store, 2026, 11, GT_TEMPLATE_BY_UNIT, 25, &error);
  if (set != NULL)
    written = gt_template_set_write (set, out, NULL, &error);
  if (written == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < written->len; i++)
    {
      const char *path = g_ptr_array_index (written, i);
      guint n = count_rows (path);

      for (guint r = 0; r < n; r++)
        {
          g_autofree char *ref = g_strdup_printf ("F%u", 4 + r);

          gt_test_return_set_cell (path, ref, "12.5", TRUE);
        }
      gt_test_return_set_cell (path, "I4", "用地指标尚未落实", FALSE);
    }

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func (
        (GDestroyNotify) gt_return_plan_free);

      start = g_get_monotonic_time ();
      for (guint i = 0; i < written->len; i++)
        {
          GtReturnPlan *plan = gt_return_plan_new (store, g_ptr_array_index (written, i), 2026,
                                                   11, &error);

          if (plan == NULL)
            g_error ("%s", error->message);
          g_ptr_array_add (plans, plan);
        }
      best = MIN (best, (g_get_monotonic_time () - start) / 1e6);
      n_changes = 0;
      for (guint i = 0; i < plans->len; i++)
        n_changes += gt_return_plan_get_changes (g_ptr_array_index (plans, i))->len;
    }

  start = g_get_monotonic_time ();
  for (guint i = 0; i < written->len; i++)
    {
      g_autoptr(GtReturnPlan) plan = gt_return_plan_new (store, g_ptr_array_index (written, i),
                                                         2026, 11, &error);
      guint n = 0;

      if (plan == NULL || !gt_return_plan_apply (plan, &n, &error))
        g_error ("%s", error->message);
      n_taken += n;
    }
  apply_time = (g_get_monotonic_time () - start) / 1e6;

  g_print ("%u returns, %u projects to change: read and previewed in %.3f s (best of %d); "
           "taken in in %.3f s (%u projects changed)\n", written->len, n_changes, best, N_RUNS,
           apply_time, n_taken);
  g_clear_object (&store);
  remove_tree (dir);
  return EXIT_SUCCESS;
}
