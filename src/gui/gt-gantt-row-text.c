/* gt-gantt-row-text.c: what a row of the wall chart says in words.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "gt-format.h"
#include "gt-gantt-row-text.h"

static const char *
status_text (int status)
{
  switch (status)
    {
    case GT_GANTT_STATUS_GREEN: return _("Green: on schedule");
    case GT_GANTT_STATUS_AMBER: return _("Amber: falling behind");
    case GT_GANTT_STATUS_RED: return _("Red: seriously behind");
    default: return _("Not judged");
    }
}

static char *
format_span (const GDate *start,
             const GDate *end)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (!g_date_valid (start) && !g_date_valid (end))
    return g_strdup (_("not set"));
  from = g_date_valid (start) ? gt_format_date (start) : g_strdup ("…");
  to = g_date_valid (end) ? gt_format_date (end) : g_strdup ("…");
  /* TRANSLATORS: a span of dates, e.g. "Mar 1, 2026 – Jun 30, 2027" */
  return g_strdup_printf (_("%s – %s"), from, to);
}

/* @text with what the front line's bend says, for those who cannot see it. */
static char *
with_front_line (const char *text,
                 double      days)
{
  int n = (int) round (fabs (days));

  if (n == 0)
    return g_strdup_printf ("%s\n%s", text, _("Front line: on schedule"));
  return g_strdup_printf (days > 0 ? g_dngettext (GETTEXT_PACKAGE,
                                                  "%s\nFront line: %d day ahead",
                                                  "%s\nFront line: %d days ahead", n)
                                   : g_dngettext (GETTEXT_PACKAGE,
                                                  "%s\nFront line: %d day behind",
                                                  "%s\nFront line: %d days behind", n),
                          text, n);
}

char *
gt_gantt_row_text (const GtGanttOptions *opts,
                   const GtGanttRow     *row,
                   const char           *why)
{
  g_autofree char *planned = NULL;
  g_autofree char *actual = NULL;
  char *text;
  double days = 0;

  if (row->kind == GT_GANTT_ROW_GROUP)
    return g_strdup (row->label);

  planned = format_span (&row->planned_start, &row->planned_end);
  actual = format_span (&row->actual_start, &row->actual_end);
  text = g_strdup_printf (_("%s\nLeader: %s\nResponsible unit: %s\nPlanned: %s\n"
                            "Actual: %s\nProgress: %d%%\nStatus: %s"),
                          row->label,
                          row->leader != NULL ? row->leader : "—",
                          row->unit != NULL ? row->unit : "—",
                          planned, actual, row->percent,
                          why != NULL ? why : status_text (row->status));
  if (opts->front_line && !isnan (gt_gantt_front_line_x (opts, row, &days)))
    {
      char *with = with_front_line (text, days);

      g_free (text);
      text = with;
    }
  return text;
}

char *
gt_gantt_milestone_text (const GtGanttMilestone *node,
                         const char             *row_text)
{
  g_autofree char *span = format_span (&node->planned_start, &node->planned_end);

  /* TRANSLATORS: a milestone in a tooltip: its name, planned dates, done or not */
  return g_strdup_printf (_("Milestone: %s\n%s (%s)\n\n%s"), node->name, span,
                          node->done ? _("done") : _("not done"), row_text);
}
