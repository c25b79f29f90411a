/* test-import-xlsx.c: XLSX ledgers, written with libxlsxwriter.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-test-ledger.h"

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  gt_test_add_workbook_tests ("xlsx", gt_test_write_xlsx);

  return g_test_run ();
}
