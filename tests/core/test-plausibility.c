/* test-plausibility.c: the cross-checks of plan, total and month, and finding
 * names by any part or by pinyin initials.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-plausibility.h"
#include "gt-text-match.h"

#define WAN 10000

static void
test_plan_against_total (void)
{
  g_assert_cmpint (gt_plausibility_check_plan (5000 * WAN, 5000 * WAN), ==, GT_IMPLAUSIBLE_NONE);
  g_assert_cmpint (gt_plausibility_check_plan (5000 * WAN, 5000 * WAN + 1), ==,
                   GT_IMPLAUSIBLE_PLAN_ABOVE_TOTAL);
  /* An extra zero. */
  g_assert_cmpint (gt_plausibility_check_plan (5000 * WAN, 30000 * WAN), ==,
                   GT_IMPLAUSIBLE_PLAN_ABOVE_TOTAL);
  /* Not given: nothing to judge. */
  g_assert_cmpint (gt_plausibility_check_plan (0, 30000 * WAN), ==, GT_IMPLAUSIBLE_NONE);
  g_assert_cmpint (gt_plausibility_check_plan (5000 * WAN, 0), ==, GT_IMPLAUSIBLE_NONE);
}

static void
test_month_against_plan (void)
{
  g_assert_cmpint (gt_plausibility_check_month (1000 * WAN, 500 * WAN), ==, GT_IMPLAUSIBLE_NONE);
  g_assert_cmpint (gt_plausibility_check_month (1000 * WAN, 500 * WAN + 1), ==,
                   GT_IMPLAUSIBLE_MONTH_ABOVE_HALF_PLAN);
  /* An odd plan: half of 3 yuan is 1.5, so 2 is above it and 1 is not. */
  g_assert_cmpint (gt_plausibility_check_month (3, 2), ==, GT_IMPLAUSIBLE_MONTH_ABOVE_HALF_PLAN);
  g_assert_cmpint (gt_plausibility_check_month (3, 1), ==, GT_IMPLAUSIBLE_NONE);
  g_assert_cmpint (gt_plausibility_check_month (0, 500 * WAN), ==, GT_IMPLAUSIBLE_NONE);
}

static void
test_project (void)
{
  g_autoptr(GtProject) project = gt_project_new ();

  gt_project_set_total_investment (project, 2000 * WAN);
  gt_project_set_annual_plan (project, 3000 * WAN);
  g_assert_cmpint (gt_project_check_plausible (project, 0), ==, GT_IMPLAUSIBLE_PLAN_ABOVE_TOTAL);
  g_assert_cmpint (gt_project_check_plausible (project, 2000 * WAN), ==,
                   GT_IMPLAUSIBLE_PLAN_ABOVE_TOTAL | GT_IMPLAUSIBLE_MONTH_ABOVE_HALF_PLAN);
  gt_project_set_annual_plan (project, 1000 * WAN);
  g_assert_cmpint (gt_project_check_plausible (project, 100 * WAN), ==, GT_IMPLAUSIBLE_NONE);
}

static void
test_text_matches (void)
{
  const char *name = "清河经济开发区停车场建设项目";

  g_assert_true (gt_text_matches (name, ""));
  g_assert_true (gt_text_matches (name, "  "));
  g_assert_true (gt_text_matches (name, "清河"));
  /* Anywhere, not only at the start. */
  g_assert_true (gt_text_matches (name, "停车"));
  g_assert_false (gt_text_matches (name, "停车楼"));
  /* Pinyin initials, at the start or inside, in either case. */
  g_assert_true (gt_text_matches (name, "qhjj"));
  g_assert_true (gt_text_matches (name, "tcc"));
  g_assert_true (gt_text_matches (name, "TCC"));
  g_assert_false (gt_text_matches (name, "xyz"));
  g_assert_true (gt_text_matches ("G107 国道改建", "g107"));
  g_assert_true (gt_text_matches ("G107 国道改建", "gdgj"));
}

static void
test_initials (void)
{
  g_autofree char *a = gt_text_dup_initials ("清河经济开发区");
  g_autofree char *b = gt_text_dup_initials ("污水处理厂（二期）");
  g_autofree char *c = gt_text_dup_initials ("5G 基站");

  g_assert_cmpstr (a, ==, "qhjjkfq");
  g_assert_cmpstr (b, ==, "wsclceq");
  g_assert_cmpstr (c, ==, "5gjz");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/plausibility/plan-against-total", test_plan_against_total);
  g_test_add_func ("/plausibility/month-against-plan", test_month_against_plan);
  g_test_add_func ("/plausibility/project", test_project);
  g_test_add_func ("/text-match/matches", test_text_matches);
  g_test_add_func ("/text-match/initials", test_initials);
  return g_test_run ();
}
