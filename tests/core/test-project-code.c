/* test-project-code.c: the national project code's shape (gt-project-code.c).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "gt-project-code.h"

static void
test_national (void)
{
  static const char *const good[] = {
    "2304-411621-04-01-123456",
    "2112-330106-89-02-00001X",      /* a letter for the check character */
    "2501-110105-04-03-987650",
  };
  GtProjectCodeParts parts;
  char *message = (char *) "unset";

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_assert_cmpint (gt_project_code_check (good[i], NULL, &message), ==,
                       GT_PROJECT_CODE_NATIONAL);
      g_assert_null (message);
    }

  g_assert_cmpint (gt_project_code_check (good[0], &parts, NULL), ==, GT_PROJECT_CODE_NATIONAL);
  g_assert_cmpint (parts.year, ==, 2023);
  g_assert_cmpint (parts.month, ==, 4);
  g_assert_cmpstr (parts.region, ==, "411621");
  g_assert_cmpstr (parts.department, ==, "04");
  g_assert_cmpstr (parts.type, ==, "01");
  g_assert_cmpstr (parts.serial, ==, "123456");
}

/* What WPS users type: full-width digits and dashes, an em dash, spaces,
 * lower case, no dashes at all. */
static void
test_normalize (void)
{
  static const struct {
    const char *typed;
    const char *normal;
  } cases[] = {
    { "  2304-411621-04-01-123456\u3000", "2304-411621-04-01-123456" },
    { "２３０４－４１１６２１－０４－０１－１２３４５６", "2304-411621-04-01-123456" },
    { "2304—411621—04—01—123456", "2304-411621-04-01-123456" },
    { "2304 - 411621 - 04 - 01 - 123456", "2304-411621-04-01-123456" },
    { "23044116210401123456", "2304-411621-04-01-123456" },
    { "2112-330106-89-02-00001x", "2112-330106-89-02-00001X" },
    { "", "" },
    { "   ", "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normal = gt_project_code_normalize (cases[i].typed);

      g_assert_cmpstr (normal, ==, cases[i].normal);
    }
  g_assert_cmpint (gt_project_code_check ("２３０４－４１１６２１－０４－０１－１２３４５６", NULL, NULL),
                   ==, GT_PROJECT_CODE_NATIONAL);
  g_assert_true (gt_project_code_equal ("23044116210401123456", "2304-411621-04-01-123456"));
  g_assert_false (gt_project_code_equal ("2304-411621-04-01-123456", "2304-411621-04-01-123457"));
  g_assert_false (gt_project_code_equal ("", ""));
  g_assert_false (gt_project_code_equal (NULL, "  "));
}

/* Codes given 2017–2020, with the year in full: kept, with a word. */
static void
test_older (void)
{
  GtProjectCodeParts parts;
  g_autofree char *message = NULL;

  g_assert_cmpint (gt_project_code_check ("2019-330106-47-03-012345", &parts, &message), ==,
                   GT_PROJECT_CODE_OLDER);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "2019"));
  g_assert_cmpint (parts.year, ==, 2019);
  g_assert_cmpint (parts.month, ==, 0);
  g_assert_cmpstr (parts.region, ==, "330106");
}

static void
test_bad (void)
{
  static const struct {
    const char *code;
    const char *said;   /* a part of the message */
  } cases[] = {
    { "2304-411621-04-01-12345", "23" },             /* 23 characters */
    { "2304-411621-04-01-1234567", "25" },
    { "XM-2023-015", "11" },                          /* a county's own numbering */
    { "2304/411621/04/01/123456", "4-6-2-2-6" },      /* wrong separators */
    { "2304-41162A-04-01-123456", "41162A" },         /* a letter in the region */
    { "2304-411621-0A-01-123456", "0A" },
    { "2304-411621-04-01-12A456", "12A456" },         /* only the last may be a letter */
    { "2304-411621-04-01-12345-", "12345-" },
    { "2313-411621-04-01-123456", "2313" },           /* no 13th month */
    { "2300-411621-04-01-123456", "2300" },
    { "1399-411621-04-01-123456", "1399" },           /* neither a month nor a year */
    { "2019-330106-47-03-01234X", "01234X" },         /* older codes' serials are digits */
    { "项目代码2304-411621-04-01", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = NULL;

      g_test_message ("%s", cases[i].code);
      g_assert_cmpint (gt_project_code_check (cases[i].code, NULL, &message), ==,
                       GT_PROJECT_CODE_OTHER);
      g_assert_nonnull (message);
      g_test_message ("→ %s", message);
      if (cases[i].said != NULL)
        g_assert_nonnull (strstr (message, cases[i].said));
    }

  g_assert_cmpint (gt_project_code_check (NULL, NULL, NULL), ==, GT_PROJECT_CODE_EMPTY);
  g_assert_cmpint (gt_project_code_check (" \u3000", NULL, NULL), ==, GT_PROJECT_CODE_EMPTY);
}

int
main (int   argc,
      char *argv[])
{
  /* The messages untranslated, so that the parts they quote can be found. */
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/project-code/national", test_national);
  g_test_add_func ("/project-code/normalize", test_normalize);
  g_test_add_func ("/project-code/older", test_older);
  g_test_add_func ("/project-code/bad", test_bad);

  return g_test_run ();
}
