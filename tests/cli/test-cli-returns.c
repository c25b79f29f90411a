/* test-cli-returns.c: guatu --import-returns, run as a clerk would run it.
 *
 * A demo register made by guatu itself, its templates of this month written
 * by guatu --export-templates, one filled in (gt-test-returns.c), taken in
 * and shown in --filing-status; the same again changes nothing; a file
 * without its hidden sheet is refused by name and makes the exit status 1,
 * while the good file beside it is taken; a folder, a month asked for, a
 * signed-off month and bad arguments.
 *
 * The demo register is made as of the clock's day, so the month is the
 * clock's month; nothing here depends on which day it is.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <time.h>

#include "gt-ledger-sheet.h"
#include "gt-test-returns.h"
#include "gt-test-util.h"

typedef struct {
  char  *dir;
  char **env;
  char  *month;      /* YYYY-MM */
  char  *other;      /* another month */
  char  *out;        /* the templates' folder */
  GPtrArray *files;  /* the templates, by name */
} Fixture;

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_auto(GtTestRun) demo = { 0 };
  g_auto(GtTestRun) templates = { 0 };
  g_autoptr(GDir) dir = NULL;
  const char *name;
  GDate today;

  f->dir = gt_test_make_dir ();
  f->env = gt_test_cli_environ (f->dir, NULL);
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  f->month = g_strdup_printf ("%04d-%02d", g_date_get_year (&today), g_date_get_month (&today));
  f->other = g_strdup_printf ("%04d-%02d", g_date_get_year (&today) - 1,
                              g_date_get_month (&today));
  f->out = g_build_filename (f->dir, "out", NULL);

  gt_test_run_guatuv (f->dir, f->env, &demo, "--demo", "demo.db", NULL);
  g_assert_cmpint (demo.status, ==, 0);
  gt_test_run_guatuv (f->dir, f->env, &templates, "--database", "demo.db",
                      "--export-templates", f->out, "--month", f->month, NULL);
  g_assert_cmpint (templates.status, ==, 0);

  f->files = g_ptr_array_new_with_free_func (g_free);
  dir = g_dir_open (f->out, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (f->files, g_build_filename (f->out, name, NULL));
  g_ptr_array_sort (f->files, compare_paths);
  g_assert_cmpuint (f->files->len, >, 1);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
  g_strfreev (f->env);
  g_free (f->month);
  g_free (f->other);
  g_free (f->out);
  g_ptr_array_unref (f->files);
}

static char *
copy_template (Fixture    *f,
               guint       index,
               const char *name)
{
  g_autofree char *contents = NULL;
  char *path = g_build_filename (f->dir, name, NULL);
  gsize length;

  g_assert_true (g_file_get_contents (g_ptr_array_index (f->files, index), &contents, &length,
                                      NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

/* The hidden sheet's value of @key, and its number of rows. */
static char *
hidden_value (const char *path,
              const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) hidden = gt_ledger_sheet_load (path, 1, &error);

  g_assert_no_error (error);
  for (guint r = 0; r < gt_ledger_sheet_n_rows (hidden); r++)
    if (g_str_equal (gt_ledger_sheet_get (hidden, r, 0), key))
      return g_strdup (gt_ledger_sheet_get (hidden, r, 1));
  g_assert_not_reached ();
}

/* Every row's 当月完成 filled in, and the first row's 存在问题. */
static guint
fill (const char *path)
{
  g_autofree char *rows = hidden_value (path, "rows");
  guint n = (guint) g_ascii_strtoull (rows, NULL, 10);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *ref = g_strdup_printf ("F%u", 4 + i);

      gt_test_return_set_cell (path, ref, "1", TRUE);
    }
  gt_test_return_set_cell (path, "I4", "资金尚未到位", FALSE);
  return n;
}

static void
test_take_in (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *good = copy_template (f, 0, "回执.xlsx");
  g_autofree char *dropped = copy_template (f, 1, "无隐藏表.xlsx");
  g_autofree char *unit = hidden_value (good, "unit_name");
  g_autofree char *changed = NULL;
  g_autofree char *entry = g_strdup_printf ("{\"unit\": \"%s\", ", unit);
  guint n = fill (good);

  changed = g_strdup_printf (n == 1 ? "%u project changed" : "%u projects changed", n);
  fill (dropped);
  gt_test_return_drop_hidden (dropped);

  /* The good one taken, the other refused by name: exit status 1. */
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", "demo.db", "--import-returns",
                        good, dropped, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.out, unit));
    g_assert_nonnull (strstr (run.out, changed));
    g_assert_nonnull (strstr (run.out, "1 new issue"));
    g_assert_nonnull (strstr (run.err, "refused: 无隐藏表.xlsx: "));
    g_assert_nonnull (strstr (run.err, "1 of 2 returns refused"));
    g_assert_null (strstr (run.err, "refused: 回执.xlsx"));
  }

  /* Filed, in the filing status. */
  {
    g_auto(GtTestRun) run = { 0 };
    const char *at;
    g_autofree char *line = NULL;

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", "demo.db", "--filing-status",
                        "--month", f->month, "--json", NULL);
    g_assert_cmpint (run.status, ==, 0);
    at = strstr (run.out, entry);
    g_assert_nonnull (at);
    line = g_strndup (at, strcspn (at, "\n"));
    g_assert_null (strstr (line, "\"missing\""));
    g_assert_null (strstr (line, "\"filed_at\": null"));
    {
      g_autofree char *counts = g_strdup_printf ("\"projects\": %u, \"filed\": %u", n, n);

      g_assert_nonnull (strstr (line, counts));
    }
  }

  /* The same again: nothing changes. */
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", "demo.db", "--import-returns",
                        good, "--month", f->month, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "0 projects changed"));
    g_assert_nonnull (strstr (run.out, "0 new issues"));
  }

  /* Asked for another month: refused. */
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", "demo.db", "--import-returns",
                        good, "--month", f->other, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "回执.xlsx"));
  }

  /* A signed-off month: refused. */
  {
    g_auto(GtTestRun) close = { 0 };
    g_auto(GtTestRun) run = { 0 };
    g_autofree char *again = copy_template (f, 0, "再报.xlsx");

    gt_test_return_set_cell (again, "F4", "2", TRUE);
    gt_test_run_guatuv (f->dir, f->env, &close, "--database", "demo.db", "--close-month",
                        f->month, NULL);
    g_assert_cmpint (close.status, ==, 0);
    gt_test_run_guatuv (f->dir, f->env, &run, "--database", "demo.db", "--import-returns",
                        again, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "再报.xlsx"));
    g_assert_nonnull (strstr (run.err, "signed off"));
  }
}

/* A folder of templates sent back untouched: every one read, nothing changed. */
static void
test_folder (Fixture       *f,
             gconstpointer  data)
{
  g_auto(GtTestRun) run = { 0 };
  guint n = 0;

  gt_test_run_guatuv (f->dir, f->env, &run, "--database", "demo.db", "--import-returns",
                      f->out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (const char *p = run.out; (p = strstr (p, "0 projects changed")) != NULL; p++)
    n++;
  g_assert_cmpuint (n, ==, f->files->len);
}

static void
test_arguments (Fixture       *f,
                gconstpointer  data)
{
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", "demo.db", "--import-returns", "",
                        NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", "demo.db", "--import-returns",
                        f->out, "--filing-status", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", "demo.db", "--import-returns",
                        "nowhere.xlsx", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "nowhere.xlsx"));
  }
  {
    g_auto(GtTestRun) run = { 0 };
    g_autofree char *none = g_build_filename (f->dir, "none.db", NULL);

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", "none.db", "--import-returns",
                        f->out, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_false (g_file_test (none, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(GtTestRun) run = { 0 };

    gt_test_run_guatuv (f->dir, f->env, &run, "--database", "demo.db", "--import-returns",
                        f->out, "--month", "13", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli-returns/take-in", Fixture, NULL, set_up, test_take_in, tear_down);
  g_test_add ("/cli-returns/folder", Fixture, NULL, set_up, test_folder, tear_down);
  g_test_add ("/cli-returns/arguments", Fixture, NULL, set_up, test_arguments, tear_down);

  return g_test_run ();
}
