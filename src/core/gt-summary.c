/* gt-summary.c: the headline figures of a year's register.
 *
 * The summary is the figures' total (gt-figures.c) as of a day, not a reading
 * of its own: the command line's --summary for a month must say what the
 * overview, the monthly notice and print say for that month. It once summed
 * the register with its own queries, and the two disagreed on every issue
 * whose dates fall after the as-of day (raised later: not yet found; resolved
 * or closed later: still in hand, and overdue if its deadline had passed) and
 * on the reports of the months after it; the figures' reading, as of the day,
 * is the office's.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-figures.h"
#include "gt-format.h"
#include "gt-summary.h"

gboolean
gt_summary_compute (GtStore      *store,
                    int           year,
                    const GDate  *today,
                    GtSummary    *summary,
                    GError      **error)
{
  g_autoptr(GtFigures) figures = NULL;
  const GtFiguresGroup *total;
  int month = 12;

  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (year >= 1 && year <= 9999, FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* As of @today's month in @year; a year already over is summed up to its
   * end, and one not yet begun as of its January stopped on @today. */
  if (today != NULL && g_date_valid (today))
    {
      if ((int) g_date_get_year (today) == year)
        month = g_date_get_month (today);
      else if ((int) g_date_get_year (today) > year)
        today = NULL;
      else
        month = 1;
    }
  else
    today = NULL;

  memset (summary, 0, sizeof *summary);
  summary->year = year;

  /* The office's light rules and start targets (gt-office-month.h) change
   * nothing the summary prints: the defaults do. */
  figures = gt_figures_compute (store, year, month, NULL, NULL, today, error);
  if (figures == NULL)
    return FALSE;

  total = &figures->total;
  summary->projects = total->projects;
  summary->total_investment = total->total_investment;
  summary->annual_plan = total->annual_plan;
  summary->completed = total->completed;
  memcpy (summary->by_stage, total->by_stage, sizeof summary->by_stage);
  summary->issues_total = total->issues[GT_FIGURES_ISSUES_FOUND];
  summary->issues_open = total->issues[GT_FIGURES_ISSUES_IN_HAND];
  summary->issues_closed = figures->issues_closed;
  summary->issues_resolved = total->issues[GT_FIGURES_ISSUES_RESOLVED] - figures->issues_closed;
  summary->issues_overdue = total->issues[GT_FIGURES_ISSUES_OVERDUE];
  return TRUE;
}

char *
gt_summary_to_json (const GtSummary *summary)
{
  GString *json;

  g_return_val_if_fail (summary != NULL, NULL);

  /* Every value is a number and every key a fixed ASCII identifier: nothing here
   * needs escaping. */
  json = g_string_new ("{\n");
  g_string_append_printf (json, "  \"projects\": %u,\n", summary->projects);
  g_string_append_printf (json, "  \"total_investment_yuan\": %" G_GINT64_FORMAT ",\n",
                          summary->total_investment);
  g_string_append_printf (json, "  \"annual_plan_yuan\": %" G_GINT64_FORMAT ",\n",
                          summary->annual_plan);
  g_string_append_printf (json, "  \"completed_yuan\": %" G_GINT64_FORMAT ",\n",
                          summary->completed);
  g_string_append_printf (json, "  \"year\": %d,\n", summary->year);
  g_string_append (json, "  \"by_stage\": {");
  for (guint s = 0; s < GT_N_STAGES; s++)
    g_string_append_printf (json, "%s\n    \"%s\": %u", s > 0 ? "," : "",
                            gt_stage_to_id ((GtStage) s), summary->by_stage[s]);
  g_string_append (json, "\n  },\n");
  g_string_append_printf (json,
                          "  \"issues\": {\n"
                          "    \"total\": %u,\n"
                          "    \"open\": %u,\n"
                          "    \"resolved\": %u,\n"
                          "    \"closed\": %u,\n"
                          "    \"overdue\": %u\n"
                          "  }\n",
                          summary->issues_total, summary->issues_open,
                          summary->issues_resolved, summary->issues_closed,
                          summary->issues_overdue);
  g_string_append (json, "}\n");

  return g_string_free (json, FALSE);
}

char *
gt_summary_to_text (const GtSummary *summary)
{
  g_autofree char *total = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *completed = NULL;
  g_autofree char *ratio = NULL;
  GString *text;

  g_return_val_if_fail (summary != NULL, NULL);

  total = gt_format_money (summary->total_investment);
  plan = gt_format_money (summary->annual_plan);
  completed = gt_format_money (summary->completed);
  ratio = gt_format_percent (summary->annual_plan > 0
                             ? (double) summary->completed / (double) summary->annual_plan
                             : -1.0);

  text = g_string_new (NULL);
  g_string_append_printf (text, _("Key projects of %d"), summary->year);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Projects: %u"), summary->projects);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Total investment: %s"), total);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Planned investment for the year: %s"), plan);
  g_string_append_c (text, '\n');
  /* Translators: the first %s is an amount, the second the share of the year's
   * plan, e.g. "45.3%" */
  g_string_append_printf (text, _("Investment completed: %s (%s of the plan)"),
                          completed, ratio);
  g_string_append_c (text, '\n');

  g_string_append (text, _("By stage:"));
  g_string_append_c (text, '\n');
  for (guint s = 0; s < GT_N_STAGES; s++)
    {
      /* Translators: a stage and the number of projects in it, e.g. "Signed: 4" */
      g_string_append_printf (text, _("  %s: %u"), gt_stage_get_label ((GtStage) s),
                              summary->by_stage[s]);
      g_string_append_c (text, '\n');
    }

  /* Resolved here counts those struck off the ledger too, as the office does. */
  g_string_append_printf (text, _("Found %u issues, %u resolved, %u in hand, %u overdue"),
                          summary->issues_total,
                          summary->issues_resolved + summary->issues_closed,
                          summary->issues_open, summary->issues_overdue);
  g_string_append_c (text, '\n');

  return g_string_free (text, FALSE);
}
