/* gt-portfolio-tally.c: what every leader and unit answers for, counted at once.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-portfolio-tally.h"

struct _GtPortfolioTally
{
  GHashTable *leaders;  /* gint64 id → GtPortfolioCounts */
  GHashTable *units;
};

static GtPortfolioCounts *
tally_counts (GHashTable *table,
              gint64      id)
{
  GtPortfolioCounts *counts;

  if (id <= 0)
    return NULL;

  counts = g_hash_table_lookup (table, &id);
  if (counts == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = id;
      counts = g_new0 (GtPortfolioCounts, 1);
      g_hash_table_insert (table, key, counts);
    }
  return counts;
}

static void
tally_issue (GHashTable *table,
             gint64      id,
             gboolean    overdue)
{
  GtPortfolioCounts *counts = tally_counts (table, id);

  if (counts != NULL)
    {
      counts->open_issues++;
      counts->overdue_issues += overdue;
    }
}

GtPortfolioTally *
gt_portfolio_tally_new (GtStore     *store,
                        const GDate *today)
{
  GtPortfolioTally *tally;
  GListModel *projects, *issues;
  guint n;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  tally = g_new0 (GtPortfolioTally, 1);
  tally->leaders = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  tally->units = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  projects = gt_store_get_projects (store);
  n = g_list_model_get_n_items (projects);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      gint64 unit = gt_project_get_unit_id (project);
      gint64 locality = gt_project_get_locality_id (project);
      GtPortfolioCounts *counts;

      if ((counts = tally_counts (tally->leaders, gt_project_get_leader_id (project))))
        counts->projects++;
      if ((counts = tally_counts (tally->units, unit)))
        counts->projects++;
      if (locality != unit && (counts = tally_counts (tally->units, locality)))
        counts->projects++;
    }

  issues = gt_store_get_issues (store);
  n = g_list_model_get_n_items (issues);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);
      GtProject *project;
      gint64 leader, project_leader;
      gboolean overdue;

      if (!gt_issue_status_is_open (gt_issue_get_status (issue)))
        continue;

      overdue = gt_issue_is_overdue (issue, today);
      project = gt_store_lookup_project (store, gt_issue_get_project_id (issue));
      leader = gt_issue_get_leader_id (issue);
      project_leader = project != NULL ? gt_project_get_leader_id (project) : 0;

      tally_issue (tally->leaders, leader, overdue);
      if (project_leader != leader)
        tally_issue (tally->leaders, project_leader, overdue);
      tally_issue (tally->units, gt_issue_get_unit_id (issue), overdue);
    }

  return tally;
}

void
gt_portfolio_tally_free (GtPortfolioTally *tally)
{
  if (tally == NULL)
    return;

  g_hash_table_unref (tally->leaders);
  g_hash_table_unref (tally->units);
  g_free (tally);
}

const GtPortfolioCounts *
gt_portfolio_tally_lookup (GtPortfolioTally *tally,
                           GObject          *item)
{
  static const GtPortfolioCounts zero;
  const GtPortfolioCounts *counts = NULL;
  gint64 id;

  g_return_val_if_fail (tally != NULL, &zero);

  if (GT_IS_LEADER (item))
    {
      id = gt_leader_get_id (GT_LEADER (item));
      counts = g_hash_table_lookup (tally->leaders, &id);
    }
  else if (GT_IS_UNIT (item))
    {
      id = gt_unit_get_id (GT_UNIT (item));
      counts = g_hash_table_lookup (tally->units, &id);
    }

  return counts != NULL ? counts : &zero;
}
