/* test-rag.c: the status light rule, case by case, and over a whole register.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "gt-demo.h"
#include "gt-rag.h"

/* Today is 2026-07-15 in the table: 6 completed months, so 序时进度 is half the
 * plan. A plan of 1,200 yuan makes 1 point = 12 yuan. */
typedef struct {
  const char *what;
  GtStage     stage;
  const char *planned_start;   /* NULL: none */
  const char *actual_start;
  gint64      plan;
  gint64      completed;
  guint       overdue_milestones;
  int         worst_days;
  guint       overdue_issues;
  GtRag       expected;
  guint       reasons;
} Case;

static const Case cases[] = {
  { "on target", GT_STAGE_UNDER_CONSTRUCTION, "2026-01-10", "2026-01-10", 1200, 600, 0, 0, 0,
    GT_RAG_GREEN, 0 },
  { "exactly 10 points behind is still green", GT_STAGE_UNDER_CONSTRUCTION, NULL,
    "2026-01-10", 1200, 480, 0, 0, 0, GT_RAG_GREEN, 0 },
  { "10.1 points behind is amber", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10", 12000,
    4788, 0, 0, 0, GT_RAG_AMBER, GT_RAG_REASON_INVESTMENT_LAG },
  { "exactly 30 points behind is amber", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10",
    1200, 240, 0, 0, 0, GT_RAG_AMBER, GT_RAG_REASON_INVESTMENT_LAG },
  { "30.1 points behind is red", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10", 12000,
    1788, 0, 0, 0, GT_RAG_RED, GT_RAG_REASON_INVESTMENT_LAG },
  { "ahead of target", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10", 1200, 1200, 0, 0, 0,
    GT_RAG_GREEN, 0 },
  { "no plan: not judged on investment", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10", 0,
    0, 0, 0, 0, GT_RAG_GREEN, 0 },
  { "start month not reached", GT_STAGE_PREPARING, "2026-08-01", NULL, 1200, 0, 0, 0, 0,
    GT_RAG_GREEN, 0 },
  { "in the planned start month", GT_STAGE_PREPARING, "2026-07-01", NULL, 1200, 0, 0, 0, 0,
    GT_RAG_GREEN, 0 },
  { "start missed by 1 month", GT_STAGE_PREPARING, "2026-06-20", NULL, 1200, 0, 0, 0, 0,
    GT_RAG_AMBER, GT_RAG_REASON_LATE_START },
  { "start missed by 2 months", GT_STAGE_SIGNED, "2026-05-01", NULL, 1200, 0, 0, 0, 0,
    GT_RAG_AMBER, GT_RAG_REASON_LATE_START },
  { "start missed by 3 months", GT_STAGE_PLANNED, "2026-04-30", NULL, 1200, 0, 0, 0, 0,
    GT_RAG_RED, GT_RAG_REASON_LATE_START },
  { "start missed across the year end", GT_STAGE_PREPARING, "2025-12-01", NULL, 0, 0, 0, 0,
    0, GT_RAG_RED, GT_RAG_REASON_LATE_START },
  { "unstarted projects are not judged on investment", GT_STAGE_PREPARING, "2026-09-01",
    NULL, 1200, 0, 0, 0, 0, GT_RAG_GREEN, 0 },
  { "a node overdue 30 days is amber", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10", 1200,
    600, 1, 30, 0, GT_RAG_AMBER, GT_RAG_REASON_MILESTONE_OVERDUE },
  { "a node overdue 31 days is red", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10", 1200,
    600, 2, 31, 0, GT_RAG_RED, GT_RAG_REASON_MILESTONE_OVERDUE },
  { "an overdue issue is amber", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10", 1200, 600,
    0, 0, 1, GT_RAG_AMBER, GT_RAG_REASON_ISSUE_OVERDUE },
  { "an overdue issue does not soften red", GT_STAGE_UNDER_CONSTRUCTION, NULL, "2026-01-10",
    12000, 0, 0, 0, 3, GT_RAG_RED, GT_RAG_REASON_INVESTMENT_LAG | GT_RAG_REASON_ISSUE_OVERDUE },
  { "completed: investment and nodes no longer count", GT_STAGE_COMPLETED, NULL, "2025-03-01",
    1200, 0, 4, 90, 0, GT_RAG_GREEN, 0 },
  { "completed: an overdue issue still counts", GT_STAGE_OPERATING, NULL, "2025-03-01", 0, 0,
    0, 0, 1, GT_RAG_AMBER, GT_RAG_REASON_ISSUE_OVERDUE },
};

static GDate *
parse (const char *iso)
{
  int y, m, d;

  if (iso == NULL)
    return NULL;
  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  return g_date_new_dmy (d, m, y);
}

static void
test_table (void)
{
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_JULY, 2026);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      g_autoptr(GDate) planned = parse (c->planned_start);
      g_autoptr(GDate) actual = parse (c->actual_start);
      GtRagInput input = {
        .stage = c->stage, .planned_start = planned, .actual_start = actual,
        .annual_plan = c->plan, .completed = c->completed,
        .overdue_milestones = c->overdue_milestones, .worst_milestone_days = c->worst_days,
        .overdue_issues = c->overdue_issues,
      };
      guint reasons = 0xffff;
      GtRag rag = gt_rag_judge (gt_rag_rules_default (), &input, today, &reasons);

      g_test_message ("case: %s", c->what);
      g_assert_cmpstr (gt_rag_to_id (rag), ==, gt_rag_to_id (c->expected));
      g_assert_cmpuint (reasons, ==, c->reasons);
    }
}

static void
test_pro_rata (void)
{
  g_autoptr(GDate) january = g_date_new_dmy (20, G_DATE_JANUARY, 2026);
  g_autoptr(GDate) december = g_date_new_dmy (31, G_DATE_DECEMBER, 2026);

  g_assert_cmpint (gt_rag_months_elapsed (january), ==, 0);
  g_assert_cmpint (gt_rag_months_elapsed (december), ==, 11);
  g_assert_cmpint (gt_rag_pro_rata_target (1200000000, 3), ==, 300000000);
  g_assert_cmpint (gt_rag_pro_rata_target (1200000000, 13), ==, 1200000000);
  g_assert_cmpint (gt_rag_pro_rata_target (1000, 1), ==, 83);
}

static void
test_reasons_text (void)
{
  g_autofree char *none = gt_rag_describe_reasons (0);
  g_autofree char *two = gt_rag_describe_reasons (GT_RAG_REASON_LATE_START |
                                                  GT_RAG_REASON_ISSUE_OVERDUE);

  g_assert_nonnull (strstr (none, "schedule"));
  g_assert_nonnull (strstr (two, "planned start"));
  g_assert_nonnull (strstr (two, "issue"));
}

/* The batch judgement must agree with judging each project from inputs gathered
 * the slow way, one query per project, without SQL of our own. */
static void
test_judge_all_agrees (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-rag-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_NOVEMBER, 2026);
  g_autoptr(GtStore) store = gt_store_open (path, &error);
  g_autoptr(GHashTable) all = NULL;
  g_autoptr(GHashTable) reasons = NULL;
  GListModel *projects, *issues;
  guint counts[GT_N_RAGS] = { 0 };

  g_assert_no_error (error);
  gt_demo_populate (store, gt_demo_size_default (), today, &error);
  g_assert_no_error (error);

  all = gt_rag_judge_all_with_reasons (store, gt_rag_rules_default (), today, &reasons, &error);
  g_assert_no_error (error);
  projects = gt_store_get_projects (store);
  issues = gt_store_get_issues (store);
  g_assert_cmpuint (g_hash_table_size (all), ==, g_list_model_get_n_items (projects));

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      gint64 id = gt_project_get_id (project);
      g_autoptr(GPtrArray) milestones = gt_store_list_milestones (store, id, &error);
      GtRagInput input = {
        .stage = gt_project_get_stage (project),
        .planned_start = gt_project_get_planned_start (project),
        .actual_start = gt_project_get_actual_start (project),
        .annual_plan = gt_project_get_annual_plan (project),
        .completed = gt_project_get_completed (project),
      };

      g_assert_no_error (error);
      for (guint m = 0; m < milestones->len; m++)
        {
          GtMilestone *node = g_ptr_array_index (milestones, m);
          const GDate *end = gt_milestone_get_planned_end (node);

          if (end != NULL && g_date_compare (end, today) < 0 &&
              gt_milestone_get_percent (node) < 100 &&
              gt_milestone_get_actual_end (node) == NULL)
            {
              input.overdue_milestones++;
              input.worst_milestone_days = MAX (input.worst_milestone_days,
                                                g_date_days_between (end, today));
            }
        }
      for (guint k = 0; k < g_list_model_get_n_items (issues); k++)
        {
          g_autoptr(GtIssue) issue = g_list_model_get_item (issues, k);

          if (gt_issue_get_project_id (issue) == id && gt_issue_is_overdue (issue, today))
            input.overdue_issues++;
        }

      {
        guint why = 0;
        GtRag expected = gt_rag_judge (gt_rag_rules_default (), &input, today, &why);
        GtRag got = GPOINTER_TO_INT (g_hash_table_lookup (all, &id));

        g_assert_cmpstr (gt_rag_to_id (got), ==, gt_rag_to_id (expected));
        g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (reasons, &id)), ==, why);
        counts[got]++;
      }
    }

  /* The demo is meant to show every colour on the wall chart. */
  g_assert_cmpuint (counts[GT_RAG_GREEN], >, 0);
  g_assert_cmpuint (counts[GT_RAG_AMBER], >, 0);
  g_assert_cmpuint (counts[GT_RAG_RED], >, 0);

  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rag/table", test_table);
  g_test_add_func ("/rag/pro-rata", test_pro_rata);
  g_test_add_func ("/rag/reasons-text", test_reasons_text);
  g_test_add_func ("/rag/judge-all-agrees", test_judge_all_agrees);

  return g_test_run ();
}
