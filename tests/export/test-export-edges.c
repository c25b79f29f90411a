/* test-export-edges.c: the edges of the export's arithmetic and quoting, one
 * case per boundary, each guarding a slip that the ordinary tables and charts
 * of test-tiling and test-export pass either way.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "gt-export-file.h"
#include "gt-page-tiling.h"
#include "gt-table-export.h"
#include "gt-test-util.h"

/* Dates exactly as wide as one page's span, or as a whole number of spans,
 * or a rounding hair over, take that many pages across and not one more (an
 * extra page would hold no dates at all). Guards the sign of the slack in the
 * count of pages across. */
static void
test_tiling_whole_spans (void)
{
  /* 1000 wide, labels 200: 800 of dates a page. */
  GtTilingInput input = {
    .area_width = 1000, .area_height = 700,
    .label_width = 200, .header_height = 40, .row_height = 20,
    .dates_width = 800, .n_rows = 10, .fit_width = FALSE,
  };
  GtTiling tiling;

  gt_page_tiling_compute (&input, &tiling);
  g_assert_cmpfloat (tiling.scale, ==, 1.0);
  g_assert_cmpuint (tiling.pages_across, ==, 1);
  g_assert_cmpuint (gt_page_tiling_n_pages (&tiling), ==, 1);

  input.dates_width = 1600;
  gt_page_tiling_compute (&input, &tiling);
  g_assert_cmpuint (tiling.pages_across, ==, 2);

  input.dates_width = 2400 + 1e-9;
  gt_page_tiling_compute (&input, &tiling);
  g_assert_cmpuint (tiling.pages_across, ==, 3);

  input.dates_width = 2401;
  gt_page_tiling_compute (&input, &tiling);
  g_assert_cmpuint (tiling.pages_across, ==, 4);
}

/* A text holding a double quote is quoted, the quote doubled (RFC 4180), even
 * with no comma or line break in it: written bare, a reader takes the quote
 * for the start of a quoted field. Guards the '"' among the characters that
 * make a field quoted. */
static void
test_csv_quote (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "quoted.csv", NULL);
  g_autoptr(GtExportTable) table = gt_export_table_new ("台账", "台账");
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  guint row;

  gt_export_table_add_column (table, "项目名称", GT_EXPORT_TEXT, 20);
  gt_export_table_add_column (table, "备注", GT_EXPORT_TEXT, 20);
  row = gt_export_table_add_row (table, GT_EXPORT_ROW_PLAIN);
  gt_export_table_set_text (table, row, 0, "城东\"一号\"污水厂");
  gt_export_table_set_text (table, row, 1, "无");
  g_assert_true (gt_csv_export_write (table, path, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 3);
  g_assert_cmpstr (lines[2], ==, "\"城东\"\"一号\"\"污水厂\",无");

  gt_test_remove_tree (dir);
}

/* A register opened through a symbolic link in another folder: the names
 * beside the file it really is (its -wal, not there yet) are refused as they
 * are beside the link. Guards the register's resolved path among the names
 * compared (a -wal written beside the real file would be read as its WAL). */
static void
test_target_beside_linked_register (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *real_dir = g_build_filename (dir, "data", NULL);
  g_autofree char *link_dir = g_build_filename (dir, "desk", NULL);
  g_autofree char *real = g_build_filename (real_dir, "guatu.db", NULL);
  g_autofree char *link = g_build_filename (link_dir, "台账.db", NULL);
  g_autofree char *wal = g_build_filename (real_dir, "guatu.db-wal", NULL);
  g_autofree char *journal = g_build_filename (real_dir, "guatu.db-journal", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (real_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (link_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (real, "", 0, NULL));
  g_assert_cmpint (symlink (real, link), ==, 0);

  g_assert_false (gt_export_file_check (wal, link, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (gt_export_file_check (journal, link, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  gt_test_remove_tree (dir);
}

/* The target is looked at again when the export is complete: a file made
 * read-only meanwhile is not written over, and the temporary goes. Guards the
 * check before the rename (the export may take long, and the user may protect
 * the old file meanwhile). */
static void
test_target_read_only_at_commit (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "月报.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtExportFile) file = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *temp = NULL;

  g_assert_true (g_file_set_contents (path, "旧的\n", -1, NULL));
  file = gt_export_file_open (path, NULL, &error);
  g_assert_no_error (error);
  temp = g_strdup (gt_export_file_get_temp_path (file));
  g_assert_true (gt_export_file_write (file, "新的\n", strlen ("新的\n")));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);

  g_assert_false (gt_export_file_commit (file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_clear_pointer (&file, gt_export_file_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "旧的\n");
  g_assert_false (g_file_test (temp, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  gt_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export-edges/tiling-whole-spans", test_tiling_whole_spans);
  g_test_add_func ("/export-edges/csv-quote", test_csv_quote);
  g_test_add_func ("/export-edges/target-beside-linked-register",
                   test_target_beside_linked_register);
  g_test_add_func ("/export-edges/target-read-only-at-commit",
                   test_target_read_only_at_commit);

  return g_test_run ();
}
