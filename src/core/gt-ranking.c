/* gt-ranking.c: rankings of localities and units (排名通报).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "gt-figures.h"

static const struct {
  const char *label;
  const char *rule;
} metrics[GT_N_RANKINGS] = {
  { N_("Investment completion rate"),
    N_("Ranked by investment completed so far this year as a share of the year plan, "
       "highest first; rates equal to a tenth of a percent share a place and the next "
       "place is skipped; those without a year plan are listed last, unranked.") },
  { N_("Start rate"),
    N_("Ranked by projects started as a share of the projects planned to start this "
       "year, highest first; rates equal to a tenth of a percent share a place and the "
       "next place is skipped; those with no planned start this year are listed last, "
       "unranked.") },
  { N_("Issue resolution rate"),
    N_("Ranked by issues resolved as a share of issues found, highest first; rates "
       "equal to a tenth of a percent share a place and the next place is skipped; "
       "those with no issue found are listed last, unranked.") },
};

const char *
gt_ranking_metric_get_label (GtRankingMetric metric)
{
  g_return_val_if_fail ((guint) metric < GT_N_RANKINGS, NULL);
  return _(metrics[metric].label);
}

const char *
gt_ranking_metric_describe_rule (GtRankingMetric metric)
{
  g_return_val_if_fail ((guint) metric < GT_N_RANKINGS, NULL);
  return _(metrics[metric].rule);
}

static double
metric_value (const GtFiguresGroup *group,
              GtRankingMetric       metric)
{
  switch (metric)
    {
    case GT_RANKING_COMPLETION:
      return gt_figures_group_completion_rate (group);
    case GT_RANKING_START:
      return gt_figures_group_start_rate (group);
    case GT_RANKING_RESOLUTION:
      return gt_figures_group_resolution_rate (group);
    case GT_N_RANKINGS:
    default:
      g_return_val_if_reached (-1);
    }
}

/* The rate as printed, in tenths of a percent: what people see decides ties,
 * never a difference hidden in the digits not shown. */
static gint64
printed_tenths (double rate)
{
  return (gint64) floor (rate * 1000.0 + 0.5);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const GtRankingEntry *entry_a = a;
  const GtRankingEntry *entry_b = b;
  gboolean ranked_a = entry_a->value >= 0;
  gboolean ranked_b = entry_b->value >= 0;
  gint64 tenths_a, tenths_b;

  if (ranked_a != ranked_b)
    return ranked_a ? -1 : 1;
  if (ranked_a)
    {
      tenths_a = printed_tenths (entry_a->value);
      tenths_b = printed_tenths (entry_b->value);
      if (tenths_a != tenths_b)
        return tenths_a > tenths_b ? -1 : 1;
    }
  /* Ties keep a stable, readable order: by name. */
  return g_utf8_collate (entry_a->group->name, entry_b->group->name);
}

GArray *
gt_ranking_compute (GPtrArray       *groups,
                    GtRankingMetric  metric)
{
  GArray *entries;

  g_return_val_if_fail (groups != NULL, NULL);
  g_return_val_if_fail ((guint) metric < GT_N_RANKINGS, NULL);

  entries = g_array_sized_new (FALSE, TRUE, sizeof (GtRankingEntry), groups->len);
  for (guint i = 0; i < groups->len; i++)
    {
      const GtFiguresGroup *group = g_ptr_array_index (groups, i);
      GtRankingEntry entry = { group, metric_value (group, metric), 0 };

      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_entries);

  for (guint i = 0; i < entries->len; i++)
    {
      GtRankingEntry *entry = &g_array_index (entries, GtRankingEntry, i);
      GtRankingEntry *previous = i > 0 ? &g_array_index (entries, GtRankingEntry, i - 1)
                                       : NULL;

      if (entry->value < 0)
        break;
      if (previous != NULL &&
          printed_tenths (previous->value) == printed_tenths (entry->value))
        entry->rank = previous->rank;
      else
        entry->rank = i + 1;
    }
  return entries;
}
