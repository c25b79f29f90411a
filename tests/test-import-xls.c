/* test-import-xls.c: legacy XLS (BIFF8) ledgers, written by the tests' own small writer.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-ledger-columns.h"
#include "gt-ledger-sheet.h"
#include "gt-test-ledger.h"

static const char *const notes_rows[] = { "填表说明", "金额单位：万元", NULL };

static void
test_first_sheet (void)
{
  const GtTestSheet sheets[] = { { "台账", gt_test_ledger_rows } };
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_write_xls (dir, "ledger.xls", sheets, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = gt_ledger_sheet_load (path, -1, &error);
  g_autoptr(GtLedgerMapping) mapping = NULL;

  g_assert_no_error (error);
  gt_test_check_ledger_grid (sheet);
  g_assert_cmpstrv (sheet->sheet_names, ((const char *[]) { "台账", NULL }));

  mapping = gt_ledger_mapping_guess (sheet, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mapping->header_row, ==, 2);
  g_assert_cmpint (gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_PLANNED_START), ==, 13);
  gt_test_remove_tree (dir);
}

static void
test_other_sheet (void)
{
  const GtTestSheet sheets[] = { { "说明", notes_rows }, { "4月", gt_test_ledger_rows } };
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_write_xls (dir, "two.xls", sheets, 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) first = gt_ledger_sheet_load (path, -1, &error);
  g_autoptr(GtLedgerSheet) second = NULL;
  g_autoptr(GtLedgerSheet) none = NULL;
  g_autoptr(GtLedgerMapping) mapping = NULL;

  g_assert_no_error (error);
  g_assert_cmpstrv (first->sheet_names, ((const char *[]) { "说明", "4月", NULL }));
  g_assert_cmpstr (gt_ledger_sheet_get (first, 0, 0), ==, "填表说明");
  /* The notes sheet is no ledger. */
  mapping = gt_ledger_mapping_guess (first, &error);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_NOT_A_LEDGER);
  g_clear_error (&error);

  second = gt_ledger_sheet_load (path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (second->sheet, ==, 1);
  gt_test_check_ledger_grid (second);

  none = gt_ledger_sheet_load (path, 2, &error);
  g_assert_null (none);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_NO_SUCH_SHEET);
  gt_test_remove_tree (dir);
}

static void
test_damaged (void)
{
  const GtTestSheet sheets[] = { { "台账", gt_test_ledger_rows } };
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_write_xls (dir, "ledger.xls", sheets, 1);
  g_autofree char *data = NULL;
  g_autofree char *cut = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = NULL;
  gsize length;

  /* The first half of the file only: the magic is right, the rest is gone. */
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  cut = gt_test_write_bytes (dir, "cut.xls", data, (gssize) length / 2);
  sheet = gt_ledger_sheet_load (cut, -1, &error);
  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE);
  gt_test_remove_tree (dir);
}

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

  g_test_add_func ("/import/xls/first-sheet", test_first_sheet);
  g_test_add_func ("/import/xls/other-sheet", test_other_sheet);
  g_test_add_func ("/import/xls/damaged", test_damaged);
  g_test_add_func ("/import/xls/hostile", test_hostile);

  return g_test_run ();
}
