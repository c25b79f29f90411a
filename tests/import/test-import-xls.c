/* test-import-xls.c: legacy XLS (BIFF8) ledgers, written by the tests' own small writer.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-ledger-sheet.h"
#include "gt-test-ledger.h"

/* A workbook that makes FreeXL 1.0.6 write outside its buffers (found by
 * build-aux/fuzz): read in a child process, it is a damaged file, said plainly,
 * and this process goes on. */
static void
test_hostile (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fuzz", "regressions", "xls",
                                                 "freexl-stack-underflow.xls", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = gt_xls_read_file (path, -1, &error);

  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE);
  g_assert_nonnull (strstr (error->message, "XLS"));
}

/* Sets the DIMENSION record of the one-sheet XLS at @path to @rows rows and
 * @columns columns: BIFF8 cannot hold more than 65,536 by 256, so only a
 * damaged or hostile file says more. */
static void
set_dimensions (const char *path,
                guint32     rows,
                guint16     columns)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  guint found = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  for (gsize i = 0; i + 18 <= length; i++)
    {
      guint8 *p = (guint8 *) data + i;

      if (memcmp (p, "\x00\x02\x0e\x00", 4) != 0)
        continue;
      p[8] = rows & 0xff;
      p[9] = (rows >> 8) & 0xff;
      p[10] = (rows >> 16) & 0xff;
      p[11] = rows >> 24;
      p[14] = columns & 0xff;
      p[15] = columns >> 8;
      found++;
    }
  g_assert_cmpuint (found, ==, 1);
  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
}

/* Dimensions past the caps are refused at once, with the cap named, instead of
 * going through every cell they claim. */
static void
test_caps (void)
{
  static const char *const rows[] = { "项目名称|总投资", "城南物流园|#300", NULL };
  const GtTestSheet sheets[] = { { "台账", rows } };
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_write_xls (dir, "caps.xls", sheets, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = NULL;

  set_dimensions (path, GT_LEDGER_MAX_ROWS + 1, 2);
  sheet = gt_ledger_sheet_load (path, -1, &error);
  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "more than 100000 rows"));
  g_clear_error (&error);

  set_dimensions (path, 2, GT_LEDGER_MAX_COLUMNS + 1);
  sheet = gt_ledger_sheet_load (path, -1, &error);
  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "more than 1000 columns"));
  g_clear_error (&error);

  set_dimensions (path, 2, 2);
  sheet = gt_ledger_sheet_load (path, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 1, 0), ==, "城南物流园");
  gt_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  gt_test_add_workbook_tests ("xls", gt_test_write_xls);
  g_test_add_func ("/import/xls/hostile", test_hostile);
  g_test_add_func ("/import/xls/caps", test_caps);

  return g_test_run ();
}
