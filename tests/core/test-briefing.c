/* test-briefing.c: what the monthly meeting is shown, gathered from the demo
 * register: every project once, in its section, red before amber before green;
 * the lagging ones are the red and amber ones the figures count; overdue issues
 * most overdue first.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-briefing.h"
#include "gt-test-util.h"

static void
test_demo (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("guatu-briefing-XXXXXX", &error);
  g_autoptr(GtStore) store = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 11, 2026);
  store = gt_test_open_demo (dir, &today);

  for (int grouping = 0; grouping < GT_N_BRIEFING_GROUPINGS; grouping++)
    {
      g_autoptr(GtBriefing) briefing = gt_briefing_new (store, 2026, 10, grouping, NULL, NULL,
                                                        &today, &error);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
      const GtFigures *figures;
      guint lines = 0;

      g_assert_no_error (error);
      g_assert_nonnull (briefing);
      figures = briefing->figures;
      g_assert_cmpstr (gt_briefing_grouping_to_id (grouping), !=, NULL);

      for (guint s = 0; s < briefing->sections->len; s++)
        {
          GtBriefingSection *section = g_ptr_array_index (briefing->sections, s);

          g_assert_cmpuint (section->lines->len, >, 0);
          for (guint l = 0; l < section->lines->len; l++)
            {
              GtBriefingLine *line = g_ptr_array_index (section->lines, l);

              g_assert_false (g_hash_table_contains (seen, &line->project_id));
              g_hash_table_add (seen, &line->project_id);
              if (l > 0)
                g_assert_cmpint (((GtBriefingLine *) g_ptr_array_index (section->lines,
                                                                         l - 1))->rag, >=,
                                 line->rag);
              g_assert_true (line->completion < 0 || line->annual_plan > 0);
              /* A figure only where one was reported. */
              g_assert_true (line->has_completed || line->completed == 0);
              g_assert_true (line->has_completed || line->completed_month < 0);
              g_assert_cmpint (line->completed, >=, MAX (line->completed_month, 0));
              lines++;
            }
        }
      g_assert_cmpuint (lines, ==, figures->total.projects);
      g_assert_cmpuint (briefing->lagging->len, ==,
                        figures->total.by_rag[GT_RAG_AMBER] + figures->total.by_rag[GT_RAG_RED]);

      g_assert_cmpuint (briefing->overdue_issues->len, ==,
                        figures->total.issues[GT_FIGURES_ISSUES_OVERDUE]);
      for (guint i = 1; i < briefing->overdue_issues->len; i++)
        g_assert_cmpint (((GtBriefingIssue *) g_ptr_array_index (briefing->overdue_issues,
                                                                  i - 1))->days_overdue, >=,
                         ((GtBriefingIssue *) g_ptr_array_index (briefing->overdue_issues,
                                                                  i))->days_overdue);
    }

  g_clear_object (&store);
  gt_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/briefing/demo", test_demo);
  return g_test_run ();
}
