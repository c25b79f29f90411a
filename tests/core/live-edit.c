/* live-edit.c: another program writing to a register, for the tests of what an
 * open window shows (test-store-live, test-live-ui). Each edit is committed on
 * its own, through a store of this process's own, as a second window would.
 *
 *   live-edit FILE EDIT… where EDIT is one of
 *     add-project NAME            prints the new id
 *     rename-project ID NAME
 *     delete-project ID
 *     restore-project ID
 *     add-leader NAME             prints the new id
 *     rename-leader ID NAME
 *     add-issue PROJECT-ID TEXT   prints the new id
 *     delete-issue ID
 *     report PROJECT-ID YEAR MONTH COMPLETED
 *     plan PROJECT-ID YEAR AMOUNT
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "gt-store.h"

static gint64
id_arg (const char *text)
{
  return g_ascii_strtoll (text, NULL, 10);
}

static void
fail (const char *what,
      GError     *error)
{
  fprintf (stderr, "live-edit: %s: %s\n", what, error != NULL ? error->message : "not found");
  exit (1);
}

/* Runs the edit at @argv, returns how many arguments it took. */
static int
run_edit (GtStore  *store,
          char    **argv,
          int       argc)
{
  g_autoptr(GError) error = NULL;
  const char *edit = argv[0];

#define NEED(n) G_STMT_START { if (argc < (n) + 1) fail (edit, NULL); } G_STMT_END

  if (g_str_equal (edit, "add-project"))
    {
      g_autoptr(GtProject) project = gt_project_new ();

      NEED (1);
      gt_project_set_name (project, argv[1]);
      if (!gt_store_add_project (store, project, &error))
        fail (edit, error);
      printf ("%" G_GINT64_FORMAT "\n", gt_project_get_id (project));
      return 2;
    }
  if (g_str_equal (edit, "rename-project") || g_str_equal (edit, "delete-project"))
    {
      GtProject *live;
      g_autoptr(GtProject) copy = NULL;

      NEED (1);
      live = gt_store_lookup_project (store, id_arg (argv[1]));
      if (live == NULL)
        fail (edit, NULL);
      if (g_str_equal (edit, "delete-project"))
        {
          if (!gt_store_delete_project (store, live, &error))
            fail (edit, error);
          return 2;
        }
      NEED (2);
      copy = gt_project_copy (live);
      gt_project_set_name (copy, argv[2]);
      if (!gt_store_update_project (store, copy, &error))
        fail (edit, error);
      return 3;
    }
  if (g_str_equal (edit, "restore-project"))
    {
      g_autoptr(GtProject) project = gt_project_new ();

      NEED (1);
      gt_project_set_id (project, id_arg (argv[1]));
      if (!gt_store_restore_project (store, project, &error))
        fail (edit, error);
      return 2;
    }
  if (g_str_equal (edit, "add-leader"))
    {
      g_autoptr(GtLeader) leader = gt_leader_new ();

      NEED (1);
      gt_leader_set_name (leader, argv[1]);
      if (!gt_store_add_leader (store, leader, &error))
        fail (edit, error);
      printf ("%" G_GINT64_FORMAT "\n", gt_leader_get_id (leader));
      return 2;
    }
  if (g_str_equal (edit, "rename-leader"))
    {
      GtLeader *live;
      g_autoptr(GtLeader) copy = NULL;

      NEED (2);
      live = gt_store_lookup_leader (store, id_arg (argv[1]));
      if (live == NULL)
        fail (edit, NULL);
      copy = gt_leader_copy (live);
      gt_leader_set_name (copy, argv[2]);
      if (!gt_store_update_leader (store, copy, &error))
        fail (edit, error);
      return 3;
    }
  if (g_str_equal (edit, "add-issue"))
    {
      g_autoptr(GtIssue) issue = gt_issue_new ();

      NEED (2);
      gt_issue_set_project_id (issue, id_arg (argv[1]));
      gt_issue_set_description (issue, argv[2]);
      if (!gt_store_add_issue (store, issue, &error))
        fail (edit, error);
      printf ("%" G_GINT64_FORMAT "\n", gt_issue_get_id (issue));
      return 3;
    }
  if (g_str_equal (edit, "delete-issue"))
    {
      GtIssue *live;

      NEED (1);
      live = gt_store_lookup_issue (store, id_arg (argv[1]));
      if (live == NULL || !gt_store_delete_issue (store, live, &error))
        fail (edit, error);
      return 2;
    }
  if (g_str_equal (edit, "report"))
    {
      g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();

      NEED (4);
      gt_monthly_report_set_project_id (report, id_arg (argv[1]));
      gt_monthly_report_set_month (report, atoi (argv[2]), atoi (argv[3]));
      gt_monthly_report_set_completed (report, id_arg (argv[4]));
      if (!gt_store_save_monthly_report (store, report, &error))
        fail (edit, error);
      return 5;
    }
  if (g_str_equal (edit, "plan"))
    {
      NEED (3);
      if (!gt_store_set_annual_plan (store, id_arg (argv[1]), atoi (argv[2]), id_arg (argv[3]),
                                     &error))
        fail (edit, error);
      return 4;
    }

#undef NEED

  fail (edit, NULL);
  return argc;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = NULL;

  if (argc < 3)
    {
      fprintf (stderr, "usage: live-edit FILE EDIT…\n");
      return 2;
    }

  store = gt_store_open (argv[1], &error);
  if (store == NULL)
    fail ("open", error);

  for (int i = 2; i < argc;)
    i += run_edit (store, argv + i, argc - i);

  return 0;
}
