/* test-escalation.c: the escalation rules (交办 → 督办 → 挂牌督办) at chosen dates:
 * on the deadline, a day after, on each step's day and the day before it, run
 * late (both steps at once, each dated when it fell due), from a level already
 * reached or from none, for issues resolved, closed or without a deadline, across a year's
 * end, and with rules set the wrong way round.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-escalation.h"
#include "gt-test-util.h"

static void
assert_date (const GDate *date,
             int          y,
             int          m,
             int          d)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_year (date), ==, y);
  g_assert_cmpint (g_date_get_month (date), ==, m);
  g_assert_cmpint (g_date_get_day (date), ==, d);
}

static GtEscalationRules
rules_of (guint supervise,
          guint listed)
{
  GtEscalationRules rules = { supervise, listed };

  return rules;
}

/* The level on @date of an assigned issue due on 31 March 2023, from 交办. */
static GtEscalationLevel
judge_march (const GtEscalationRules *rules,
             const GDate             *date,
             GArray                  *steps)
{
  GDate deadline = gt_test_date (2023, 3, 31);

  return gt_escalation_judge (rules, &deadline, GT_ISSUE_STATUS_ASSIGNED,
                              GT_ESCALATION_ASSIGNED, date, steps);
}

static void
test_defaults (void)
{
  GtEscalationRules rules;

  gt_escalation_rules_init_default (&rules);
  g_assert_cmpuint (rules.supervise_days, ==, 1);
  g_assert_cmpuint (rules.listed_days, ==, 30);
  /* GSETTINGS_BACKEND=memory and the build's schema: the schema's defaults. */
  rules = rules_of (99, 99);
  gt_escalation_rules_load (&rules);
  g_assert_cmpuint (rules.supervise_days, ==, 1);
  g_assert_cmpuint (rules.listed_days, ==, 30);
}

static void
test_steps_by_date (void)
{
  GtEscalationRules rules = rules_of (5, 20);
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (GtEscalationStep));
  GDate date;

  /* On the deadline and up to the day before the first step: still 交办. */
  date = gt_test_date (2023, 3, 31);
  g_assert_cmpint (judge_march (&rules, &date, steps), ==, GT_ESCALATION_ASSIGNED);
  date = gt_test_date (2023, 4, 4);
  g_assert_cmpint (judge_march (&rules, &date, steps), ==, GT_ESCALATION_ASSIGNED);
  g_assert_cmpuint (steps->len, ==, 0);

  /* Five days past: 督办, due that very day. */
  date = gt_test_date (2023, 4, 5);
  g_assert_cmpint (judge_march (&rules, &date, steps), ==, GT_ESCALATION_SUPERVISED);
  g_assert_cmpuint (steps->len, ==, 1);
  g_assert_cmpint (g_array_index (steps, GtEscalationStep, 0).level, ==,
                   GT_ESCALATION_SUPERVISED);
  assert_date (&g_array_index (steps, GtEscalationStep, 0).due, 2023, 4, 5);
  g_assert_cmpuint (g_array_index (steps, GtEscalationStep, 0).days_overdue, ==, 5);
  g_array_set_size (steps, 0);

  /* The day before the second step, and the step's day. */
  date = gt_test_date (2023, 4, 19);
  g_assert_cmpint (judge_march (&rules, &date, NULL), ==, GT_ESCALATION_SUPERVISED);
  date = gt_test_date (2023, 4, 20);
  g_assert_cmpint (judge_march (&rules, &date, NULL), ==, GT_ESCALATION_LISTED);
}

/* Run months late, both steps come at once, each dated when it fell due. */
static void
test_run_late (void)
{
  GtEscalationRules rules = rules_of (1, 30);
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (GtEscalationStep));
  GDate date = gt_test_date (2023, 9, 1);

  g_assert_cmpint (judge_march (&rules, &date, steps), ==, GT_ESCALATION_LISTED);
  g_assert_cmpuint (steps->len, ==, 2);
  g_assert_cmpint (g_array_index (steps, GtEscalationStep, 0).level, ==,
                   GT_ESCALATION_SUPERVISED);
  assert_date (&g_array_index (steps, GtEscalationStep, 0).due, 2023, 4, 1);
  g_assert_cmpint (g_array_index (steps, GtEscalationStep, 1).level, ==, GT_ESCALATION_LISTED);
  assert_date (&g_array_index (steps, GtEscalationStep, 1).due, 2023, 4, 30);
  g_assert_cmpuint (g_array_index (steps, GtEscalationStep, 1).days_overdue, ==, 30);
}

/* From 督办, only the step above it; from 挂牌督办, none; never down. */
static void
test_from_level (void)
{
  GtEscalationRules rules = rules_of (1, 30);
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (GtEscalationStep));
  GDate deadline = gt_test_date (2023, 3, 31);
  GDate date = gt_test_date (2023, 9, 1);
  GDate early = gt_test_date (2023, 3, 1);

  g_assert_cmpint (gt_escalation_judge (&rules, &deadline, GT_ISSUE_STATUS_ASSIGNED,
                                        GT_ESCALATION_SUPERVISED, &date, steps),
                   ==, GT_ESCALATION_LISTED);
  g_assert_cmpuint (steps->len, ==, 1);
  g_assert_cmpint (g_array_index (steps, GtEscalationStep, 0).level, ==, GT_ESCALATION_LISTED);
  g_array_set_size (steps, 0);

  g_assert_cmpint (gt_escalation_judge (&rules, &deadline, GT_ISSUE_STATUS_ASSIGNED,
                                        GT_ESCALATION_LISTED, &date, steps),
                   ==, GT_ESCALATION_LISTED);
  g_assert_cmpuint (steps->len, ==, 0);

  /* Set by hand before the deadline (a leader's order): it stays. */
  g_assert_cmpint (gt_escalation_judge (&rules, &deadline, GT_ISSUE_STATUS_ASSIGNED,
                                        GT_ESCALATION_SUPERVISED, &early, steps),
                   ==, GT_ESCALATION_SUPERVISED);
  g_assert_cmpuint (steps->len, ==, 0);
}

/* An issue the office never handed over (level 0, as every issue of an older
 * register) rises to 督办 like one at 交办: the rules never make 交办. */
static void
test_from_none (void)
{
  GtEscalationRules rules = rules_of (1, 30);
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (GtEscalationStep));
  GDate deadline = gt_test_date (2023, 3, 31);
  GDate date = gt_test_date (2023, 4, 2);
  GDate before = gt_test_date (2023, 3, 31);

  g_assert_cmpint (gt_escalation_judge (&rules, &deadline, GT_ISSUE_STATUS_ASSIGNED,
                                        GT_ESCALATION_NONE, &before, steps),
                   ==, GT_ESCALATION_NONE);
  g_assert_cmpuint (steps->len, ==, 0);
  g_assert_cmpint (gt_escalation_judge (&rules, &deadline, GT_ISSUE_STATUS_ASSIGNED,
                                        GT_ESCALATION_NONE, &date, steps),
                   ==, GT_ESCALATION_SUPERVISED);
  g_assert_cmpuint (steps->len, ==, 1);
  g_assert_cmpint (g_array_index (steps, GtEscalationStep, 0).level, ==,
                   GT_ESCALATION_SUPERVISED);
  assert_date (&g_array_index (steps, GtEscalationStep, 0).due, 2023, 4, 1);
}

static void
test_not_open (void)
{
  GtEscalationRules rules = rules_of (1, 30);
  GDate deadline = gt_test_date (2023, 3, 31);
  GDate date = gt_test_date (2023, 9, 1);

  /* Raised (not yet assigned) counts as open, as for the lights. */
  g_assert_cmpint (gt_escalation_judge (&rules, &deadline, GT_ISSUE_STATUS_RAISED,
                                        GT_ESCALATION_ASSIGNED, &date, NULL),
                   ==, GT_ESCALATION_LISTED);
  g_assert_cmpint (gt_escalation_judge (&rules, &deadline, GT_ISSUE_STATUS_RESOLVED,
                                        GT_ESCALATION_ASSIGNED, &date, NULL),
                   ==, GT_ESCALATION_ASSIGNED);
  g_assert_cmpint (gt_escalation_judge (&rules, &deadline, GT_ISSUE_STATUS_CLOSED,
                                        GT_ESCALATION_SUPERVISED, &date, NULL),
                   ==, GT_ESCALATION_SUPERVISED);
  g_assert_cmpint (gt_escalation_judge (&rules, NULL, GT_ISSUE_STATUS_ASSIGNED,
                                        GT_ESCALATION_ASSIGNED, &date, NULL),
                   ==, GT_ESCALATION_ASSIGNED);
}

static void
test_year_end (void)
{
  GtEscalationRules rules = rules_of (3, 10);
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (GtEscalationStep));
  GDate deadline = gt_test_date (2023, 12, 30);
  GDate date = gt_test_date (2024, 1, 9);

  g_assert_cmpuint (gt_escalation_days_overdue (&deadline, &date), ==, 10);
  g_assert_cmpint (gt_escalation_judge (&rules, &deadline, GT_ISSUE_STATUS_ASSIGNED,
                                        GT_ESCALATION_ASSIGNED, &date, steps),
                   ==, GT_ESCALATION_LISTED);
  assert_date (&g_array_index (steps, GtEscalationStep, 0).due, 2024, 1, 2);
  assert_date (&g_array_index (steps, GtEscalationStep, 1).due, 2024, 1, 9);
}

/* Settings the wrong way round (挂牌 before 督办) or at 0: 督办 at least a day
 * past, 挂牌督办 a day after 督办, never both on one day. */
static void
test_mended_rules (void)
{
  GtEscalationRules rules = rules_of (10, 4);
  GtEscalationRules zero = rules_of (0, 0);
  GDate date = gt_test_date (2023, 4, 10);

  g_assert_cmpuint (gt_escalation_rules_get_days (&rules, GT_ESCALATION_SUPERVISED), ==, 10);
  g_assert_cmpuint (gt_escalation_rules_get_days (&rules, GT_ESCALATION_LISTED), ==, 11);
  g_assert_cmpint (judge_march (&rules, &date, NULL), ==, GT_ESCALATION_SUPERVISED);
  g_assert_cmpuint (gt_escalation_rules_get_days (&zero, GT_ESCALATION_SUPERVISED), ==, 1);
  g_assert_cmpuint (gt_escalation_rules_get_days (&zero, GT_ESCALATION_LISTED), ==, 2);
  date = gt_test_date (2023, 3, 31);
  g_assert_cmpint (judge_march (&zero, &date, NULL), ==, GT_ESCALATION_ASSIGNED);
}

static void
test_ids (void)
{
  for (GtEscalationLevel level = 0; level < GT_N_ESCALATION_LEVELS; level++)
    {
      GtEscalationLevel back = GT_N_ESCALATION_LEVELS;

      g_assert_true (gt_escalation_level_from_id (gt_escalation_level_to_id (level), &back));
      g_assert_cmpint (back, ==, level);
      g_assert_cmpstr (gt_escalation_level_get_label (level), !=, "");
    }
  g_assert_false (gt_escalation_level_from_id ("urgent", &(GtEscalationLevel) { 0 }));
  g_assert_false (gt_escalation_level_from_id (NULL, &(GtEscalationLevel) { 0 }));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/escalation/defaults", test_defaults);
  g_test_add_func ("/escalation/steps-by-date", test_steps_by_date);
  g_test_add_func ("/escalation/run-late", test_run_late);
  g_test_add_func ("/escalation/from-level", test_from_level);
  g_test_add_func ("/escalation/from-none", test_from_none);
  g_test_add_func ("/escalation/not-open", test_not_open);
  g_test_add_func ("/escalation/year-end", test_year_end);
  g_test_add_func ("/escalation/mended-rules", test_mended_rules);
  g_test_add_func ("/escalation/ids", test_ids);

  return g_test_run ();
}
