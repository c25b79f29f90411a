/* test-format.c: amounts, dates and rates as people write them.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-enums.h"
#include "gt-format.h"

static void
test_format_wan (void)
{
  static const struct {
    gint64 yuan;
    const char *text;
  } cases[] = {
    { 0, "0.00" },
    { 1, "0.00" },
    { 49, "0.00" },
    { 50, "0.01" },                 /* half a hundredth rounds up */
    { 149, "0.01" },
    { 150, "0.02" },
    { 10000, "1.00" },
    { 9999949, "999.99" },          /* 999.9949万 */
    { 9999950, "1,000.00" },
    { 56000000, "5,600.00" },
    { 56005000, "5,600.50" },
    { 123456789012, "12,345,678.90" },
    { -50, "-0.01" },
    { -49, "0.00" },                /* never "-0.00" */
    { -56000000, "-5,600.00" },
    { G_MAXINT64, "922,337,203,685,477.58" },
    { G_MININT64, "-922,337,203,685,477.58" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = gt_format_wan (cases[i].yuan);

      g_test_message ("%" G_GINT64_FORMAT " yuan", cases[i].yuan);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* The untranslated (C locale) unit strings: the number part and the switch to
 * 亿 do not depend on the translation. */
static void
test_format_money (void)
{
  static const struct {
    gint64 yuan;
    const char *text;
  } cases[] = {
    { 0, "0.00 10k yuan" },
    { 56000000, "5,600.00 10k yuan" },
    { 99999949, "9,999.99 10k yuan" },
    { 99999950, "1.00 100M yuan" },     /* rounds to 10,000.00万: say 1亿 */
    { 100000000, "1.00 100M yuan" },
    { 123000000, "1.23 100M yuan" },
    { 123456789, "1.23 100M yuan" },
    { 125000000000, "1,250.00 100M yuan" },
    { -200000000, "-2.00 100M yuan" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = gt_format_money (cases[i].yuan);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* Completed against plan in one unit, the larger's (issue 14: "7,520.00万元 /
 * 1.03亿元" in one cell made the reader convert). */
static void
test_format_money_pair (void)
{
  static const struct {
    gint64 part, whole;
    const char *text;
  } cases[] = {
    { 75200000, 103000000, "0.75 / 1.03 100M yuan" },
    { 56000000, 75200000, "5,600.00 / 7,520.00 10k yuan" },
    { 0, 99999950, "0.00 / 1.00 100M yuan" },
    { 0, 0, "0.00 / 0.00 10k yuan" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = gt_format_money_pair (cases[i].part, cases[i].whole);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_parse_wan (void)
{
  static const struct {
    const char *text;
    gint64 yuan;
  } good[] = {
    { "5600", 56000000 },
    { "5,600", 56000000 },
    { "5,600.5", 56005000 },
    { "１２.３", 123000 },
    { "５，６００", 56000000 },
    { "５，６００．５", 56005000 },
    { "1,234,567", 12345670000 },
    { " 12 ", 120000 },
    { "\u300012\u3000", 120000 },        /* ideographic spaces */
    { "0", 0 },
    { "000", 0 },
    { "-0", 0 },
    { "+3", 30000 },
    { "0.0001", 1 },
    { "0.00005", 1 },                    /* half a yuan rounds up */
    { "0.00004", 0 },
    { "0.99995", 10000 },
    { ".5", 5000 },
    { "5.", 50000 },
    { "5600万", 56000000 },
    { "5600万元", 56000000 },
    { "5600 万元", 56000000 },
    { "1.2亿", 120000000 },
    { "1.23亿元", 123000000 },
    { "922337203685477.5807", G_MAXINT64 },
  };
  static const struct {
    const char *text;
    GtFormatError code;
  } bad[] = {
    { "", GT_FORMAT_ERROR_INVALID },
    { "   ", GT_FORMAT_ERROR_INVALID },
    { "abc", GT_FORMAT_ERROR_INVALID },
    { "12a", GT_FORMAT_ERROR_INVALID },
    { "1.2.3", GT_FORMAT_ERROR_INVALID },
    { "56,00", GT_FORMAT_ERROR_INVALID },
    { "1,2345", GT_FORMAT_ERROR_INVALID },
    { "1234,567", GT_FORMAT_ERROR_INVALID },
    { ",5", GT_FORMAT_ERROR_INVALID },
    { "5,", GT_FORMAT_ERROR_INVALID },
    { "1,,000", GT_FORMAT_ERROR_INVALID },
    { "1.000,5", GT_FORMAT_ERROR_INVALID },
    { "1 000", GT_FORMAT_ERROR_INVALID },
    { "-", GT_FORMAT_ERROR_INVALID },
    { ".", GT_FORMAT_ERROR_INVALID },
    { "1e5", GT_FORMAT_ERROR_INVALID },
    { "0x10", GT_FORMAT_ERROR_INVALID },
    { "--5", GT_FORMAT_ERROR_INVALID },
    { "万元", GT_FORMAT_ERROR_INVALID },
    { "5元", GT_FORMAT_ERROR_INVALID },
    { "\xff\xfe", GT_FORMAT_ERROR_INVALID },
    { "-5", GT_FORMAT_ERROR_NEGATIVE },
    { "－5", GT_FORMAT_ERROR_NEGATIVE },
    { "\u22125", GT_FORMAT_ERROR_NEGATIVE },
    { "-0.0001", GT_FORMAT_ERROR_NEGATIVE },
    { "922337203685477.5808", GT_FORMAT_ERROR_TOO_LARGE },
    { "99999999999999999999999", GT_FORMAT_ERROR_TOO_LARGE },
    { "922337203685478", GT_FORMAT_ERROR_TOO_LARGE },
    { "92233720369亿", GT_FORMAT_ERROR_TOO_LARGE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 yuan = -1;

      g_test_message ("parsing “%s”", good[i].text);
      g_assert_true (gt_parse_wan (good[i].text, &yuan, &error));
      g_assert_no_error (error);
      g_assert_cmpint (yuan, ==, good[i].yuan);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *escaped = g_strescape (bad[i].text, NULL);
      gint64 yuan = 42;

      g_test_message ("parsing “%s”", escaped);
      g_assert_false (gt_parse_wan (bad[i].text, &yuan, &error));
      g_assert_error (error, GT_FORMAT_ERROR, (int) bad[i].code);
      g_assert_cmpstr (error->message, !=, "");
      g_assert_cmpint (yuan, ==, 42);
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (gt_parse_wan (NULL, NULL, &error));
    g_assert_error (error, GT_FORMAT_ERROR, GT_FORMAT_ERROR_INVALID);
  }

  /* The message names what was typed, so that the person sees what to fix. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (gt_parse_wan ("12a", NULL, &error));
    g_assert_nonnull (strstr (error->message, "12a"));
  }
}

static void
test_wan_round_trip (void)
{
  static const gint64 amounts[] = {
    0, 100, 10000, 56000000, 123456789000, 9223372036854775800,
  };

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autofree char *text = gt_format_wan (amounts[i]);
      gint64 yuan = -1;

      g_assert_true (gt_parse_wan (text, &yuan, NULL));
      g_assert_cmpint (yuan, ==, amounts[i]);
    }
}

static void
test_format_percent (void)
{
  static const struct {
    double ratio;
    const char *text;
  } cases[] = {
    { 0.453, "45.3%" },
    { 0.0, "0.0%" },
    { -0.0, "0.0%" },
    { 1.0, "100.0%" },
    { 0.12, "12.0%" },
    { 2.5, "250.0%" },
    { -0.1, "—" },
    { -1.0, "—" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = gt_format_percent (cases[i].ratio);

      g_assert_cmpstr (text, ==, cases[i].text);
    }

  {
    g_autofree char *nan_text = gt_format_percent (NAN);
    g_autofree char *inf_text = gt_format_percent (INFINITY);

    g_assert_cmpstr (nan_text, ==, "—");
    g_assert_cmpstr (inf_text, ==, "—");
  }
}

static void
assert_date (const GDate *date,
             int          year,
             int          month,
             int          day)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_year (date), ==, year);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_day (date), ==, day);
}

static void
test_date_iso (void)
{
  static const struct {
    const char *text;
    int year, month, day;
  } good[] = {
    { "2023-03-29", 2023, 3, 29 },
    { "2024-02-29", 2024, 2, 29 },
    { "2000-02-29", 2000, 2, 29 },
    { "0999-01-02", 999, 1, 2 },
    { "9999-12-31", 9999, 12, 31 },
  };
  static const char *bad[] = {
    "", "2023-02-29", "1900-02-29", "2023-02-30", "2023-04-31", "2023-13-01",
    "2023-00-10", "2023-01-00", "0000-01-01", "2023-3-29", "2023-03-29x",
    " 2023-03-29", "2023/03/29", "2023-03-2", "20230329", "２０２３-03-29",
    "abcd-ef-gh",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      GDate date;
      g_autofree char *iso = NULL;

      g_date_clear (&date, 1);
      g_assert_true (gt_date_parse_iso (good[i].text, &date));
      assert_date (&date, good[i].year, good[i].month, good[i].day);

      iso = gt_date_to_iso (&date);
      g_assert_cmpstr (iso, ==, good[i].text);
      g_assert_true (gt_date_parse_iso (good[i].text, NULL));
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      GDate date;

      g_test_message ("rejecting “%s”", bad[i]);
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, 1, 2001);
      g_assert_false (gt_date_parse_iso (bad[i], &date));
      assert_date (&date, 2001, 1, 1);      /* left as it was */
    }

  g_assert_false (gt_date_parse_iso (NULL, NULL));

  {
    GDate unset;

    g_date_clear (&unset, 1);
    g_assert_null (gt_date_to_iso (NULL));
    g_assert_null (gt_date_to_iso (&unset));
  }
}

static void
test_date_loose (void)
{
  static const struct {
    const char *text;
    int year, month, day;
  } good[] = {
    { "2023-03-29", 2023, 3, 29 },
    { "2023-3-9", 2023, 3, 9 },
    { "2023/3/29", 2023, 3, 29 },
    { "2023/03/29", 2023, 3, 29 },
    { "2023.3.29", 2023, 3, 29 },
    { "2023年3月29日", 2023, 3, 29 },
    { "2023年03月09日", 2023, 3, 9 },
    { "2023年3月29", 2023, 3, 29 },
    { "2023年3月29号", 2023, 3, 29 },
    { "2023 年 3 月 29 日", 2023, 3, 29 },
    { "２０２３年３月２９日", 2023, 3, 29 },
    { "２０２３／３／２９", 2023, 3, 29 },
    { "20230329", 2023, 3, 29 },
    { "  2024-2-29 ", 2024, 2, 29 },
  };
  static const char *bad[] = {
    "", "   ", "hello", "2023-02-30", "2023/2/29", "2023.2.29", "2023年2月29日",
    "2023年13月1日", "2023-3/29", "2023.3-29", "23-3-29", "2023年3月", "2023-03",
    "2023-03-29-", "2023-003-29", "2023-3-290", "20230230", "2023032", "202303299",
    "2023年3月29日x", "2023/3/29/",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      GDate date;

      g_test_message ("parsing “%s”", good[i].text);
      g_date_clear (&date, 1);
      g_assert_true (gt_date_parse_loose (good[i].text, &date));
      assert_date (&date, good[i].year, good[i].month, good[i].day);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      GDate date;

      g_test_message ("rejecting “%s”", bad[i]);
      g_date_clear (&date, 1);
      g_assert_false (gt_date_parse_loose (bad[i], &date));
      g_assert_false (g_date_valid (&date));
    }

  g_assert_false (gt_date_parse_loose (NULL, NULL));
}

/* Under the C locale the untranslated formats apply. */
static void
test_format_date_c (void)
{
  g_autoptr(GDate) date = g_date_new_dmy (29, G_DATE_MARCH, 2023);
  g_autoptr(GDate) jan = g_date_new_dmy (5, G_DATE_JANUARY, 2024);
  g_autofree char *text = gt_format_date (date);
  g_autofree char *jan_text = gt_format_date (jan);
  g_autofree char *none = gt_format_date (NULL);
  g_autofree char *month = gt_format_month (2023, 3);
  GDate unset;
  g_autofree char *unset_text = NULL;

  g_date_clear (&unset, 1);
  unset_text = gt_format_date (&unset);

  g_assert_cmpstr (text, ==, "Mar 29, 2023");
  g_assert_cmpstr (jan_text, ==, "Jan 5, 2024");
  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (unset_text, ==, "");
  g_assert_cmpstr (month, ==, "March 2023");

  for (int m = -1; m <= 13; m += 14)
    {
      g_autofree char *bad = gt_format_month (2023, m);
      g_assert_cmpstr (bad, ==, "");
    }
  {
    g_autofree char *bad = gt_format_month (0, 3);
    g_assert_cmpstr (bad, ==, "");
  }
}

/* The first of zh_CN.po or our part of it that holds the unit string, written
 * as a catalogue under a temporary locale directory; NULL if none can be made. */
static char *
make_zh_catalogue (void)
{
  const char *sources[] = { "zh_CN.po", "parts/models.po" };
  g_autofree char *msgfmt = g_find_program_in_path ("msgfmt");
  g_autofree char *po_dir = g_test_build_filename (G_TEST_DIST, "..", "po", NULL);

  if (msgfmt == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autofree char *path = g_build_filename (po_dir, sources[i], NULL);
      g_autofree char *contents = NULL;
      g_autofree char *dir = NULL;
      g_autofree char *mo_dir = NULL;
      g_autofree char *po_path = NULL;
      g_autofree char *mo_path = NULL;
      g_autoptr(GString) po = g_string_new (NULL);
      int status = -1;

      if (!g_file_get_contents (path, &contents, NULL, NULL)
          || strstr (contents, "msgid \"%s 10k yuan\"") == NULL)
        continue;

      /* A part has no header, so msgfmt would not know its charset. */
      if (!g_str_has_prefix (contents, "msgid \"\"")
          && strstr (contents, "\nmsgid \"\"\n") == NULL)
        g_string_append (po, "msgid \"\"\n"
                             "msgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n");
      g_string_append (po, contents);

      dir = g_dir_make_tmp ("guatu-test-format-XXXXXX", NULL);
      g_assert_nonnull (dir);
      mo_dir = g_build_filename (dir, "zh_CN", "LC_MESSAGES", NULL);
      g_assert_cmpint (g_mkdir_with_parents (mo_dir, 0700), ==, 0);
      po_path = g_build_filename (dir, "zh_CN.po", NULL);
      mo_path = g_build_filename (mo_dir, GETTEXT_PACKAGE ".mo", NULL);
      g_assert_true (g_file_set_contents (po_path, po->str, po->len, NULL));

      {
        const char *argv[] = { msgfmt, "-o", mo_path, po_path, NULL };

        if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                           NULL, NULL, &status, NULL)
            || !g_spawn_check_wait_status (status, NULL))
          continue;
      }

      return g_steal_pointer (&dir);
    }

  return NULL;
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_dir_close (dir);
    }
  g_remove (path);
}

static void
check_zh_cn (void)
{
  const char *localedir = g_getenv ("GT_TEST_LOCALEDIR");
  g_autoptr(GDate) date = g_date_new_dmy (29, G_DATE_MARCH, 2023);
  g_autofree char *wan = NULL;
  g_autofree char *yi = NULL;
  g_autofree char *day = NULL;
  g_autofree char *month = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (localedir);
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  /* glibc honours LANGUAGE under C.UTF-8, so this runs where zh_CN is not built. */
  if (setlocale (LC_ALL, "zh_CN.UTF-8") == NULL)
    g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  wan = gt_format_money (56000000);
  yi = gt_format_money (123000000);
  day = gt_format_date (date);
  month = gt_format_month (2023, 3);

  g_assert_cmpstr (wan, ==, "5,600.00万元");
  g_assert_cmpstr (yi, ==, "1.23亿元");
  g_assert_cmpstr (day, ==, "2023年3月29日");
  g_assert_cmpstr (month, ==, "2023年3月");

  g_assert_false (gt_parse_wan ("-5", NULL, &error));
  g_assert_cmpstr (error->message, ==, "金额不能为负数。");

  g_assert_cmpstr (gt_stage_get_label (GT_STAGE_UNDER_CONSTRUCTION), ==, "在建");
  g_assert_cmpstr (gt_level_get_label (GT_LEVEL_PROVINCIAL), ==, "省级");
  g_assert_cmpstr (gt_unit_kind_get_label (GT_UNIT_KIND_TOWNSHIP), ==, "乡镇(街道)");
  g_assert_cmpstr (gt_issue_status_get_label (GT_ISSUE_STATUS_CLOSED), ==, "已销号");
  g_assert_cmpstr (gt_issue_category_get_label (GT_ISSUE_CATEGORY_DEMOLITION), ==, "征迁");
}

/* The translated run happens in a subprocess, so that its locale and gettext
 * binding stay there. */
static void
test_format_zh_cn (void)
{
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      check_zh_cn ();
      return;
    }

  dir = make_zh_catalogue ();
  if (dir == NULL)
    {
      g_test_skip ("no zh_CN catalogue with Guatu's units, or no msgfmt");
      return;
    }

  g_setenv ("GT_TEST_LOCALEDIR", dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  remove_tree (dir);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/wan", test_format_wan);
  g_test_add_func ("/format/money", test_format_money);
  g_test_add_func ("/format/money-pair", test_format_money_pair);
  g_test_add_func ("/format/parse-wan", test_parse_wan);
  g_test_add_func ("/format/wan-round-trip", test_wan_round_trip);
  g_test_add_func ("/format/percent", test_format_percent);
  g_test_add_func ("/format/date-iso", test_date_iso);
  g_test_add_func ("/format/date-loose", test_date_loose);
  g_test_add_func ("/format/date-c", test_format_date_c);
  g_test_add_func ("/format/zh-cn", test_format_zh_cn);

  return g_test_run ();
}
