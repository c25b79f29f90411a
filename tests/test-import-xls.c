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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  gt_test_add_workbook_tests ("xls", gt_test_write_xls);
  g_test_add_func ("/import/xls/hostile", test_hostile);

  return g_test_run ();
}
