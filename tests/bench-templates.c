/* bench-templates.c: how long the month's report templates (报送模板) take: 40
 * workbooks for 300 projects (the target: at most a second).
 *
 *   bench-templates [N_PROJECTS [N_UNITS]]
 *
 * The register is the demo's, made in a temporary folder, with units added
 * and the projects dealt out among them; the time measured is from the
 * register's rows to the renamed files, as the command line does it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "gt-demo.h"
#include "gt-report-template.h"

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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-bench-XXXXXX", &error);
  g_autofree char *db = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GtStore) store = NULL;
  GtDemoSize size = *gt_demo_size_default ();
  guint n_units = 40, n_written = 0;
  double best = G_MAXDOUBLE;
  GDate today;

  if (dir == NULL)
    g_error ("%s", error->message);
  size.projects = argc > 1 ? (guint) atoi (argv[1]) : 300;
  n_units = argc > 2 ? (guint) atoi (argv[2]) : 40;
  db = g_build_filename (dir, "bench.db", NULL);
  out = g_build_filename (dir, "templates", NULL);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 11, 2026);
  store = gt_store_open (db, &error);
  if (store == NULL || !gt_demo_populate (store, &size, &today, &error))
    g_error ("%s", error->message);
  deal_out (store, n_units);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GtTemplateSet) set = NULL;
      g_autoptr(GPtrArray) written = NULL;
      gint64 start = g_get_monotonic_time ();

      set = gt_template_set_collect (store, 2026, 11, GT_TEMPLATE_BY_UNIT, 25, &error);
      if (set != NULL)
        written = gt_template_set_write (set, out, NULL, &error);
      if (written == NULL)
        g_error ("%s", error->message);
      best = MIN (best, (g_get_monotonic_time () - start) / 1e6);
      n_written = written->len;
      remove_tree (out);
    }

  g_print ("Report templates for %u projects: %u workbooks, best of %d runs %.3f s "
           "(target <= 1 s)\n", size.projects, n_written, N_RUNS, best);

  g_clear_object (&store);
  remove_tree (dir);
  return EXIT_SUCCESS;
}
