/* gt-escalation.c: the office's escalation rules (交办 → 督办 → 挂牌督办).
 *
 * Days are counted as the lights count an overdue issue (gt_issue_is_overdue()):
 * the day after the deadline is one day overdue. A step's due day is the
 * deadline plus its days, so that running the rules a week late dates each step
 * when it fell due, not when somebody noticed.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "gt-escalation.h"
#include "gt-office-settings.h"

#define DEFAULT_SUPERVISE_DAYS 1
#define DEFAULT_LISTED_DAYS    30

static const char * const level_ids[GT_N_ESCALATION_LEVELS] = {
  "none", "assigned", "supervised", "listed",
};

static const char * const level_labels[GT_N_ESCALATION_LEVELS] = {
  /* TRANSLATORS: an issue not under supervision (level 0), 未督办 */
  NC_("escalation level", "Not Escalated"),
  /* TRANSLATORS: the first level of an issue's supervision, 交办 */
  NC_("escalation level", "Assigned"),
  /* TRANSLATORS: an overdue issue pushed up a level, 督办 */
  NC_("escalation level", "Supervised"),
  /* TRANSLATORS: the highest level of supervision, 挂牌督办 */
  NC_("escalation level", "Listed for Supervision"),
};

const char *
gt_escalation_level_to_id (GtEscalationLevel level)
{
  g_return_val_if_fail (level < GT_N_ESCALATION_LEVELS, NULL);
  return level_ids[level];
}

gboolean
gt_escalation_level_from_id (const char        *id,
                             GtEscalationLevel *level)
{
  g_return_val_if_fail (level != NULL, FALSE);

  for (guint i = 0; id != NULL && i < GT_N_ESCALATION_LEVELS; i++)
    if (g_str_equal (id, level_ids[i]))
      {
        *level = i;
        return TRUE;
      }
  return FALSE;
}

const char *
gt_escalation_level_get_label (GtEscalationLevel level)
{
  g_return_val_if_fail (level < GT_N_ESCALATION_LEVELS, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "escalation level", level_labels[level]);
}

static const char * const kind_ids[GT_N_ISSUE_DOC_KINDS] = { "assign", "supervise" };

static const char * const kind_labels[GT_N_ISSUE_DOC_KINDS] = {
  /* TRANSLATORS: the office's numbered sheet handing an issue to a unit, 交办单 */
  N_("Assignment Sheet"),
  /* TRANSLATORS: the office's letter pressing an overdue issue, 督办函 */
  N_("Supervision Letter"),
};

const char *
gt_issue_doc_kind_to_id (GtIssueDocKind kind)
{
  g_return_val_if_fail (kind < GT_N_ISSUE_DOC_KINDS, NULL);
  return kind_ids[kind];
}

gboolean
gt_issue_doc_kind_from_id (const char     *id,
                           GtIssueDocKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; id != NULL && i < GT_N_ISSUE_DOC_KINDS; i++)
    if (g_str_equal (id, kind_ids[i]))
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
gt_issue_doc_kind_get_label (GtIssueDocKind kind)
{
  g_return_val_if_fail (kind < GT_N_ISSUE_DOC_KINDS, "");
  return _(kind_labels[kind]);
}

GtEscalationLevel
gt_issue_doc_kind_get_level (GtIssueDocKind kind)
{
  return kind == GT_ISSUE_DOC_SUPERVISE ? GT_ESCALATION_SUPERVISED : GT_ESCALATION_ASSIGNED;
}

char *
gt_issue_doc_format_number (const char *prefix,
                            int         year,
                            guint       serial)
{
  /* TRANSLATORS: a document's number by year and serial: 〔2023〕第12号 */
  g_autofree char *number = g_strdup_printf (_("[%d] No. %u"), year, serial);

  return g_strconcat (prefix != NULL ? prefix : "", number, NULL);
}

static void
mend (GtEscalationRules *rules)
{
  rules->supervise_days = CLAMP (rules->supervise_days, 1, GT_ESCALATION_DAYS_MAX - 1);
  if (rules->listed_days <= rules->supervise_days)
    rules->listed_days = rules->supervise_days + 1;
  rules->listed_days = MIN (rules->listed_days, GT_ESCALATION_DAYS_MAX);
}

void
gt_escalation_rules_init_default (GtEscalationRules *rules)
{
  g_return_if_fail (rules != NULL);

  rules->supervise_days = DEFAULT_SUPERVISE_DAYS;
  rules->listed_days = DEFAULT_LISTED_DAYS;
}

void
gt_escalation_rules_load (GtEscalationRules *rules)
{
  g_autoptr(GSettings) settings = gt_office_settings_open ("escalation-listed-days");

  g_return_if_fail (rules != NULL);

  gt_escalation_rules_init_default (rules);
  if (settings == NULL)
    return;
  rules->supervise_days = (guint) MAX (0, g_settings_get_int (settings,
                                                              "escalation-supervise-days"));
  rules->listed_days = (guint) MAX (0, g_settings_get_int (settings, "escalation-listed-days"));
  mend (rules);
}

guint
gt_escalation_rules_get_days (const GtEscalationRules *rules,
                              GtEscalationLevel        level)
{
  GtEscalationRules mended;

  g_return_val_if_fail (rules != NULL, 0);

  mended = *rules;
  mend (&mended);
  switch (level)
    {
    case GT_ESCALATION_SUPERVISED:
      return mended.supervise_days;
    case GT_ESCALATION_LISTED:
      return mended.listed_days;
    case GT_ESCALATION_NONE:
    case GT_ESCALATION_ASSIGNED:
    case GT_N_ESCALATION_LEVELS:
    default:
      return 0;
    }
}

guint
gt_escalation_days_overdue (const GDate *deadline,
                            const GDate *date)
{
  if (deadline == NULL || !g_date_valid (deadline) || date == NULL || !g_date_valid (date) ||
      g_date_compare (date, deadline) <= 0)
    return 0;
  return (guint) g_date_days_between (deadline, date);
}

GtEscalationLevel
gt_escalation_judge (const GtEscalationRules *rules,
                     const GDate             *deadline,
                     GtIssueStatus            status,
                     GtEscalationLevel        current,
                     const GDate             *date,
                     GArray                  *steps)
{
  GtEscalationLevel level = MIN (current, GT_ESCALATION_LISTED);
  guint overdue;

  g_return_val_if_fail (rules != NULL, current);
  g_return_val_if_fail (steps == NULL ||
                        g_array_get_element_size (steps) == sizeof (GtEscalationStep),
                        current);

  /* Resolved or closed: nothing left to push. No deadline: nothing to be
   * past. The deadline itself is still in time: a step is at least a day past
   * it (mend() keeps the days so). */
  if (!gt_issue_status_is_open (status))
    return level;
  overdue = gt_escalation_days_overdue (deadline, date);
  if (overdue == 0)
    return level;

  for (GtEscalationLevel next = MAX (level + 1, GT_ESCALATION_SUPERVISED);
       next < GT_N_ESCALATION_LEVELS; next++)
    {
      guint days = gt_escalation_rules_get_days (rules, next);
      GtEscalationStep step = { next, };

      if (overdue < days)
        break;
      step.due = *deadline;
      g_date_add_days (&step.due, days);
      step.days_overdue = days;
      if (steps != NULL)
        g_array_append_val (steps, step);
      level = next;
    }
  return level;
}
