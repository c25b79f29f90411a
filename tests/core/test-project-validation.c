/* test-project-validation.c: the project's rules in core: which problem is an
 * error and which a warning, of which field, in which order, and that
 * gt_project_validate() refuses exactly on the errors.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "gt-project-validation.h"

#define WAN 10000

static GDate *
date (int year,
      int month,
      int day)
{
  return g_date_new_dmy (day, month, year);
}

/* A project with nothing to say about it. */
static GtProject *
good_project (void)
{
  GtProject *project = gt_project_new ();
  g_autoptr(GDate) start = date (2023, 3, 1);
  g_autoptr(GDate) end = date (2024, 12, 31);

  gt_project_set_name (project, "县城供水管网改造");
  gt_project_set_code (project, "2304-411523-04-01-123456");
  gt_project_set_total_investment (project, 5000 * WAN);
  gt_project_set_annual_plan (project, 2000 * WAN);
  gt_project_set_planned_start (project, start);
  gt_project_set_planned_end (project, end);
  return project;
}

static guint
count (GPtrArray            *problems,
       GtValidationSeverity  severity)
{
  guint n = 0;

  for (guint i = 0; i < problems->len; i++)
    n += ((GtProjectProblem *) g_ptr_array_index (problems, i))->severity == severity;
  return n;
}

static void
test_nothing_to_say (void)
{
  g_autoptr(GtProject) project = good_project ();
  g_autoptr(GPtrArray) problems = gt_project_validation_check (project, 900 * WAN, 6);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_false (gt_project_validation_has_error (problems));
  g_assert_true (gt_project_validate (project, &error));
  g_assert_no_error (error);
}

static void
test_name (void)
{
  g_autoptr(GtProject) project = good_project ();
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const GtProjectProblem *problem;

  /* Blank, ideographic spaces too. */
  gt_project_set_name (project, " \u3000 ");
  {
    g_autoptr(GPtrArray) problems = gt_project_validation_check (project, 0, 0);

    problem = gt_project_validation_find (problems, GT_PROJECT_FIELD_NAME, GT_VALIDATION_ERROR);
    g_assert_nonnull (problem);
    g_assert_cmpint (problem->code, ==, GT_PROJECT_ERROR_NAME_REQUIRED);
    g_assert_cmpstr (problem->message, ==, "The project needs a name.");
  }
  g_assert_false (gt_project_validate (project, &error));
  g_assert_error (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_NAME_REQUIRED);
  g_clear_error (&error);

  /* 200 characters (Chinese, three bytes each) are a name; 201 are not. */
  for (int i = 0; i < GT_PROJECT_NAME_MAX_CHARS; i++)
    g_string_append (long_name, "路");
  gt_project_set_name (project, long_name->str);
  g_assert_true (gt_project_validate (project, NULL));
  g_string_append (long_name, "桥");
  gt_project_set_name (project, long_name->str);
  {
    g_autoptr(GPtrArray) problems = gt_project_validation_check (project, 0, 0);

    problem = gt_project_validation_find (problems, GT_PROJECT_FIELD_NAME, GT_VALIDATION_ERROR);
    g_assert_nonnull (problem);
    g_assert_cmpint (problem->code, ==, GT_PROJECT_ERROR_NAME_TOO_LONG);
    g_assert_nonnull (strstr (problem->message, "200"));
  }
  g_assert_false (gt_project_validate (project, &error));
  g_assert_error (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_NAME_TOO_LONG);
}

static void
test_amounts (void)
{
  static const struct {
    GtProjectField field;
    void (*set) (GtProject *, gint64);
  } amounts[] = {
    { GT_PROJECT_FIELD_TOTAL_INVESTMENT, gt_project_set_total_investment },
    { GT_PROJECT_FIELD_ANNUAL_PLAN, gt_project_set_annual_plan },
    { GT_PROJECT_FIELD_COMPLETED, gt_project_set_completed },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autoptr(GtProject) project = good_project ();
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      const GtProjectProblem *problem;

      amounts[i].set (project, -1);
      problems = gt_project_validation_check (project, 0, 0);
      problem = gt_project_validation_find (problems, amounts[i].field, GT_VALIDATION_ERROR);
      g_assert_nonnull (problem);
      g_assert_cmpint (problem->code, ==, GT_PROJECT_ERROR_NEGATIVE_AMOUNT);
      /* A negative amount is judged by nothing else. */
      g_assert_cmpuint (count (problems, GT_VALIDATION_WARNING), ==, 0);
      g_assert_false (gt_project_validate (project, &error));
      g_assert_error (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_NEGATIVE_AMOUNT);
    }
}

static void
test_dates (void)
{
  static const struct {
    GtProjectField field;
    void (*set) (GtProject *, const GDate *);
  } dates[] = {
    { GT_PROJECT_FIELD_PLANNED_START, gt_project_set_planned_start },
    { GT_PROJECT_FIELD_PLANNED_END, gt_project_set_planned_end },
    { GT_PROJECT_FIELD_ACTUAL_START, gt_project_set_actual_start },
    { GT_PROJECT_FIELD_ACTUAL_END, gt_project_set_actual_end },
  };
  g_autoptr(GDate) early = date (1899, 12, 31);
  g_autoptr(GDate) first = date (1900, 1, 1);
  g_autoptr(GDate) last = date (2100, 12, 31);
  g_autoptr(GDate) late = date (2101, 1, 1);

  /* 1900–2100, each date on its own field; the ends inside it are taken. */
  for (gsize i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(GtProject) project = gt_project_new ();
      g_autoptr(GError) error = NULL;

      gt_project_set_name (project, "日期");
      dates[i].set (project, first);
      g_assert_true (gt_project_validate (project, NULL));
      dates[i].set (project, last);
      g_assert_true (gt_project_validate (project, NULL));
      for (int out = 0; out < 2; out++)
        {
          g_autoptr(GPtrArray) problems = NULL;
          const GtProjectProblem *problem;

          dates[i].set (project, out == 0 ? early : late);
          problems = gt_project_validation_check (project, 0, 0);
          g_assert_cmpuint (problems->len, ==, 1);
          problem = gt_project_validation_find (problems, dates[i].field, GT_VALIDATION_ERROR);
          g_assert_nonnull (problem);
          g_assert_cmpint (problem->code, ==, GT_PROJECT_ERROR_DATE_OUT_OF_RANGE);
        }
      g_assert_false (gt_project_validate (project, &error));
      g_assert_error (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_DATE_OUT_OF_RANGE);
    }
}

static void
test_date_order (void)
{
  g_autoptr(GtProject) project = good_project ();
  g_autoptr(GDate) before = date (2023, 2, 28);
  g_autoptr(GDate) same = date (2023, 3, 1);
  g_autoptr(GError) error = NULL;

  /* Ending the day it starts is fine; the day before is not, and it is the
   * end's problem, not the start's. */
  gt_project_set_planned_end (project, same);
  g_assert_true (gt_project_validate (project, NULL));
  gt_project_set_planned_end (project, before);
  {
    g_autoptr(GPtrArray) problems = gt_project_validation_check (project, 0, 0);

    g_assert_nonnull (gt_project_validation_find (problems, GT_PROJECT_FIELD_PLANNED_END,
                                                  GT_VALIDATION_ERROR));
    g_assert_null (gt_project_validation_find (problems, GT_PROJECT_FIELD_PLANNED_START,
                                               GT_VALIDATION_ERROR));
  }
  g_assert_false (gt_project_validate (project, &error));
  g_assert_error (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_PLANNED_END_BEFORE_START);
  g_clear_error (&error);

  gt_project_set_planned_end (project, NULL);
  gt_project_set_actual_start (project, same);
  gt_project_set_actual_end (project, before);
  g_assert_false (gt_project_validate (project, &error));
  g_assert_error (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_ACTUAL_END_BEFORE_START);
}

/* The cross-checks of issue 19, item 8: warned of, never refused. */
static void
test_warnings (void)
{
  g_autoptr(GtProject) project = good_project ();
  g_autoptr(GPtrArray) problems = NULL;
  const GtProjectProblem *problem;

  /* A year plan above the total investment: a digit too many? */
  gt_project_set_annual_plan (project, 50000 * WAN);
  problems = gt_project_validation_check (project, 0, 0);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = gt_project_validation_find (problems, GT_PROJECT_FIELD_ANNUAL_PLAN,
                                        GT_VALIDATION_WARNING);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem->message, "50,000"));
  g_assert_nonnull (strstr (problem->message, "5,000"));
  g_assert_false (gt_project_validation_has_error (problems));
  g_assert_true (gt_project_validate (project, NULL));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* One month above half the year plan (2000万: 1000万 is not, 1000.01万 is). */
  gt_project_set_annual_plan (project, 2000 * WAN);
  problems = gt_project_validation_check (project, 1000 * WAN, 5);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = gt_project_validation_check (project, 1000 * WAN + 100, 5);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = gt_project_validation_find (problems, GT_PROJECT_FIELD_ANNUAL_PLAN,
                                        GT_VALIDATION_WARNING);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem->message, "Month 5"));
  g_assert_true (gt_project_validate (project, NULL));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A code of another shape, or of the older shape of 2017–2020: said, saved.
   * The national shape and no code at all say nothing. */
  for (int i = 0; i < 2; i++)
    {
      const char *codes[] = { "XQ-2023-017", "2019-330106-47-03-012345" };

      gt_project_set_code (project, codes[i]);
      problems = gt_project_validation_check (project, 0, 0);
      g_assert_cmpuint (problems->len, ==, 1);
      g_assert_nonnull (gt_project_validation_find (problems, GT_PROJECT_FIELD_CODE,
                                                    GT_VALIDATION_WARNING));
      g_assert_true (gt_project_validate (project, NULL));
      g_clear_pointer (&problems, g_ptr_array_unref);
    }
  for (int i = 0; i < 2; i++)
    {
      const char *codes[] = { "", "2304-411523-04-01-123456" };

      gt_project_set_code (project, codes[i]);
      problems = gt_project_validation_check (project, 0, 0);
      g_assert_cmpuint (problems->len, ==, 0);
      g_clear_pointer (&problems, g_ptr_array_unref);
    }
}

/* All of them at once: errors first, in the order a save reports them, then
 * the warnings; the save names the first error. */
static void
test_order (void)
{
  g_autoptr(GtProject) project = good_project ();
  g_autoptr(GDate) before = date (2023, 2, 1);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  static const GtProjectField expected[] = {
    GT_PROJECT_FIELD_NAME, GT_PROJECT_FIELD_COMPLETED, GT_PROJECT_FIELD_PLANNED_END,
    GT_PROJECT_FIELD_CODE, GT_PROJECT_FIELD_ANNUAL_PLAN,
  };

  gt_project_set_name (project, "");
  gt_project_set_completed (project, -5);
  gt_project_set_planned_end (project, before);
  gt_project_set_code (project, "ABC");
  gt_project_set_annual_plan (project, 9000 * WAN);
  problems = gt_project_validation_check (project, 0, 0);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < problems->len; i++)
    {
      GtProjectProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpint (problem->field, ==, expected[i]);
      g_assert_cmpint (problem->severity, ==, i < 3 ? GT_VALIDATION_ERROR
                                                    : GT_VALIDATION_WARNING);
      g_assert_true (problem->message != NULL && *problem->message != '\0');
    }
  g_assert_true (gt_project_validation_has_error (problems));
  g_assert_false (gt_project_validate (project, &error));
  g_assert_error (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_NAME_REQUIRED);
}

int
main (int   argc,
      char *argv[])
{
  /* The messages as written, and amounts with a comma. */
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/project-validation/nothing-to-say", test_nothing_to_say);
  g_test_add_func ("/project-validation/name", test_name);
  g_test_add_func ("/project-validation/amounts", test_amounts);
  g_test_add_func ("/project-validation/dates", test_dates);
  g_test_add_func ("/project-validation/date-order", test_date_order);
  g_test_add_func ("/project-validation/warnings", test_warnings);
  g_test_add_func ("/project-validation/order", test_order);

  return g_test_run ();
}
