/* test-import-regressions.c: every input the fuzzers once crashed on, replayed.
 *
 * The files live in tests/fuzz/regressions/{csv,xlsx,xls,values}/, beside a small
 * real ledger of each kind (and typical cells for the parsers) that seeds the fuzzers; the test passes when reading them
 * neither crashes nor trips a check.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-fuzz-ledger.h"

static void
replay (gconstpointer data)
{
  const char *kind = data;
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "fuzz", "regressions",
                                                     kind, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      if (name[0] == '.')
        continue;
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_test_message ("%s", path);
      if (g_str_equal (kind, "csv"))
        gt_fuzz_csv ((const guint8 *) contents, length);
      else if (g_str_equal (kind, "xlsx"))
        gt_fuzz_xlsx ((const guint8 *) contents, length);
      else if (g_str_equal (kind, "xls"))
        gt_fuzz_xls ((const guint8 *) contents, length);
      else
        gt_fuzz_values ((const guint8 *) contents, length);
      n++;
    }
  g_test_message ("%u inputs replayed", n);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/import/fuzz-regressions/csv", "csv", replay);
  g_test_add_data_func ("/import/fuzz-regressions/xlsx", "xlsx", replay);
  g_test_add_data_func ("/import/fuzz-regressions/xls", "xls", replay);
  g_test_add_data_func ("/import/fuzz-regressions/values", "values", replay);

  return g_test_run ();
}
