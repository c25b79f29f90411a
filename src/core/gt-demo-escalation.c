/* gt-demo-escalation.c: the demo register's 督办: the issues' numbered documents
 * and the steps of their escalation.
 *
 * Every issue the office handed to a unit with a deadline got a 交办单 a few
 * days after it was raised (the issue is then at 交办). Each that was, or is,
 * still open past its deadline rose as the office's default rules make it rise
 * (gt_escalation_judge(), at the day before it was resolved, or at the demo's
 * today for the open ones), every step dated the day it fell due, and was
 * pressed with a 督办函 a day or two after it reached 督办. The open issue
 * longest overdue is, besides, listed for supervision (挂牌督办) by the office,
 * by hand, as a county's meeting decides, when the rules have not listed one
 * already. So the ledger shows every level (issues only raised stay at 未督办),
 * and the documents are numbered per kind and year in the order of their days.
 *
 * Like the visits, this draws from a generator of its own and comes after
 * every other row, so that the demo's figures and ids stay as they were: a
 * level changes no light and no count.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-demo-private.h"
#include "gt-escalation.h"
#include "gt-issue.h"
#include "gt-store-escalation.h"

/* On one day: the rule's step, then the letter that presses it, then the
 * office's listing. */
typedef enum {
  EVENT_RULE,
  EVENT_DOCUMENT,
  EVENT_OFFICE,
} EventKind;

typedef struct {
  int               day;
  gint64            issue_id;
  EventKind         kind;
  GtIssueDocKind    doc;      /* EVENT_DOCUMENT */
  GtEscalationLevel level;    /* EVENT_RULE, EVENT_OFFICE */
} Event;

static const char *const listing_note =
  "经县重点项目推进会研究，列为挂牌督办事项，由包联领导牵头协调解决。";

static int
julian_of_date (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? (int) g_date_get_julian (date) : 0;
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *x = a;
  const Event *y = b;

  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  if (x->issue_id != y->issue_id)
    return x->issue_id < y->issue_id ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

static void
add_event (GArray            *events,
           int                day,
           gint64             issue_id,
           EventKind          kind,
           GtIssueDocKind     doc,
           GtEscalationLevel  level)
{
  Event event = { day, issue_id, kind, doc, level };

  g_array_append_val (events, event);
}

/* The events of one issue handed over: its 交办单, and the steps the rules make
 * up to @until (the day before it was resolved, or today). Returns the level
 * it reaches. */
static GtEscalationLevel
issue_events (Demo                    *demo,
              DemoRand                *r,
              const GtEscalationRules *rules,
              GtIssue                 *issue,
              GArray                  *events)
{
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (GtEscalationStep));
  const GDate *deadline = gt_issue_get_deadline (issue);
  int raised = julian_of_date (gt_issue_get_raised_on (issue));
  int due = julian_of_date (deadline);
  int resolved = julian_of_date (gt_issue_get_resolved_on (issue));
  int until = resolved != 0 ? resolved - 1 : demo->today;
  gint64 id = gt_issue_get_id (issue);
  GtEscalationLevel level;
  int assigned;
  GDate date;

  assigned = raised + _gt_demo_rand_range (r, 0, 3);
  assigned = MIN (assigned, MIN (due - 1, demo->today));
  assigned = MAX (assigned, raised);
  add_event (events, assigned, id, EVENT_DOCUMENT, GT_ISSUE_DOC_ASSIGN, GT_ESCALATION_ASSIGNED);

  _gt_demo_set_julian (&date, until);
  level = gt_escalation_judge (rules, deadline, GT_ISSUE_STATUS_ASSIGNED,
                               GT_ESCALATION_ASSIGNED, &date, steps);
  for (guint i = 0; i < steps->len; i++)
    {
      const GtEscalationStep *step = &g_array_index (steps, GtEscalationStep, i);
      int day = MAX ((int) g_date_get_julian (&step->due), assigned);

      add_event (events, day, id, EVENT_RULE, 0, step->level);
      if (step->level == GT_ESCALATION_SUPERVISED)
        {
          /* MIN() evaluates its arguments twice: draw the number first. */
          int letter = day + _gt_demo_rand_range (r, 0, 2);

          letter = MIN (letter, until);
          add_event (events, MAX (letter, day), id, EVENT_DOCUMENT, GT_ISSUE_DOC_SUPERVISE,
                     GT_ESCALATION_SUPERVISED);
        }
    }
  return level;
}

static gboolean
write_event (Demo         *demo,
             const Event  *event,
             GError      **error)
{
  GtIssueDocument document;
  GDate on;

  _gt_demo_set_julian (&on, event->day);
  switch (event->kind)
    {
    case EVENT_DOCUMENT:
      return gt_store_add_issue_document (demo->store, event->issue_id, event->doc, &on,
                                          &document, error);
    case EVENT_OFFICE:
      return gt_store_escalate_issue (demo->store, event->issue_id, event->level, &on,
                                      listing_note, "office", error);
    case EVENT_RULE:
    default:
      return gt_store_escalate_issue (demo->store, event->issue_id, event->level, &on,
                                      NULL, "rule", error);
    }
}

gboolean
_gt_demo_add_escalation (Demo    *demo,
                         GError **error)
{
  DemoRand rand = { demo->rand.state ^ G_GUINT64_CONSTANT (0xD0B4E5CA1A7E) };
  GListModel *issues = gt_store_get_issues (demo->store);
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (Event));
  GtEscalationRules rules;
  GtIssue *longest = NULL;
  gboolean listed = FALSE;
  guint n = g_list_model_get_n_items (issues);
  GDate today;

  /* The defaults, not the settings: the same demo on every desk. */
  gt_escalation_rules_init_default (&rules);
  _gt_demo_set_julian (&today, demo->today);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);
      GtIssueStatus status = gt_issue_get_status (issue);
      GtEscalationLevel level;

      if (gt_issue_get_unit_id (issue) == 0 || julian_of_date (gt_issue_get_deadline (issue)) == 0)
        continue;
      level = issue_events (demo, &rand, &rules, issue, events);
      if (level == GT_ESCALATION_LISTED && gt_issue_status_is_open (status))
        listed = TRUE;
      if (gt_issue_status_is_open (status) && gt_issue_is_overdue (issue, &today) &&
          (longest == NULL || g_date_compare (gt_issue_get_deadline (issue),
                                              gt_issue_get_deadline (longest)) < 0))
        {
          g_clear_object (&longest);
          longest = g_object_ref (issue);
        }
    }

  /* The meeting lists the issue longest overdue when the rules have not yet. */
  if (!listed && longest != NULL)
    {
      int due = julian_of_date (gt_issue_get_deadline (longest));
      int day = due + (int) rules.supervise_days + _gt_demo_rand_range (&rand, 5, 12);

      day = MIN (day, demo->today);
      add_event (events, MAX (day, due + (int) rules.supervise_days), gt_issue_get_id (longest),
                 EVENT_OFFICE, 0, GT_ESCALATION_LISTED);
    }
  g_clear_object (&longest);

  /* In the order of their days, so that the numbers rise with them. */
  g_array_sort (events, compare_events);
  for (guint i = 0; i < events->len; i++)
    if (!write_event (demo, &g_array_index (events, Event, i), error))
      return FALSE;
  return TRUE;
}
