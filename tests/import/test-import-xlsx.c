/* test-import-xlsx.c: XLSX ledgers, written with libxlsxwriter, and hostile ones
 * written by gt-test-hostile.c.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-ledger-sheet.h"
#include "gt-test-hostile.h"
#include "gt-test-ledger.h"

#define SHEET_HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" \
                   "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
#define SHEET_TAIL "</sheetData></worksheet>"
#define SHARED_HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"" \
                    "http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"

/* Reads the XLSX made of @sheet (between SHEET_HEAD and SHEET_TAIL) and
 * @shared; NULL with @error when it is refused. */
static GtLedgerSheet *
read_xlsx (const char  *sheet,
           const char  *shared,
           GError     **error)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *head = g_strconcat (SHEET_HEAD, sheet, NULL);
  g_autofree char *path = gt_test_write_raw_xlsx (dir, "x.xlsx", head, 0, NULL, SHEET_TAIL,
                                                  shared);
  GtLedgerSheet *result = gt_ledger_sheet_load (path, -1, error);

  gt_test_remove_tree (dir);
  return result;
}

/* The generator's own workbook is read, inline and shared strings both. */
static void
test_raw (void)
{
  static const char *const rows[] = { "序号|项目名称|总投资", "1|城南物流园|300", NULL };
  g_autofree char *xml = gt_test_sheet_xml (rows);
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_write_raw_xlsx (dir, "raw.xlsx", xml, 0, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = gt_ledger_sheet_load (path, -1, &error);
  g_autoptr(GtLedgerSheet) shared = NULL;

  g_assert_no_error (error);
  g_assert_cmpstrv (sheet->sheet_names, ((const char *[]) { "台账", NULL }));
  g_assert_cmpstr (gt_ledger_sheet_get (sheet, 1, 1), ==, "城南物流园");

  /* Phonetic runs (<rPh>) are no part of the text. */
  shared = read_xlsx ("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>1</v></c>"
                      "<c r=\"C1\" t=\"s\"><v>1</v></c><c r=\"D1\" t=\"s\"><v>0</v></c></row>",
                      SHARED_HEAD "<si><t>总投资</t></si><si><r><t>华兴</t></r>"
                      "<rPh><t>huaxing</t></rPh><r><t>科技园</t></r></si></sst>", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gt_ledger_sheet_get (shared, 0, 1), ==, "华兴科技园");
  g_assert_cmpstr (gt_ledger_sheet_get (shared, 0, 2), ==, "华兴科技园");
  g_assert_cmpstr (gt_ledger_sheet_get (shared, 0, 3), ==, "总投资");
  gt_test_remove_tree (dir);
}

/* A 50 KB entity used 2,000 times once took 27 s and 878 MB and stored a
 * 100 MB name; 20,000 times, it crashed. No entity is ever substituted: a
 * part that declares any is damaged. */
static void
test_entity_bomb (void)
{
  g_autofree char *xml = gt_test_entity_sheet_xml (50 * 1024, 2000);
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_write_raw_xlsx (dir, "bomb.xlsx", xml, 0, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = gt_ledger_sheet_load (path, -1, &error);

  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE);
  g_assert_nonnull (strstr (error->message, "entities"));
  g_clear_error (&error);

  /* In the shared strings too, and the DOCTYPE alone. */
  sheet = read_xlsx ("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
                     "<?xml version=\"1.0\"?>\n<!DOCTYPE sst [<!ENTITY e \"x\">]>"
                     "<sst><si><t>&e;</t></si></sst>", &error);
  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE);
  g_clear_error (&error);
  g_clear_pointer (&xml, g_free);
  xml = g_strdup ("<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet>"
                  "<worksheet><sheetData/></worksheet>");
  g_clear_pointer (&path, g_free);
  path = gt_test_write_raw_xlsx (dir, "doctype.xlsx", xml, 0, NULL, NULL, NULL);
  sheet = gt_ledger_sheet_load (path, -1, &error);
  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE);
  g_clear_error (&error);

  /* After a long comment, its "<!D" cut by the 64 KB chunks the part is read
   * in, at every place. */
  for (guint k = 1; k <= 3; k++)
    {
      static const char prolog[] = "<?xml version=\"1.0\"?>\n<!--";
      g_autoptr(GString) long_xml = g_string_new (prolog);

      while (long_xml->len < 65536 - k - strlen ("-->"))
        g_string_append_c (long_xml, 'x');
      g_string_append (long_xml, "--><!DOCTYPE worksheet [<!ENTITY e \"x\">]>"
                                 "<worksheet><sheetData/></worksheet>");
      g_clear_pointer (&path, g_free);
      path = gt_test_write_raw_xlsx (dir, "late.xlsx", long_xml->str, 0, NULL, NULL, NULL);
      sheet = gt_ledger_sheet_load (path, -1, &error);
      g_assert_null (sheet);
      g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_UNREADABLE);
      g_assert_nonnull (strstr (error->message, "entities"));
      g_clear_error (&error);
    }
  gt_test_remove_tree (dir);
}

/* 65 MB of spaces inside <sheetData>, under 100 KB zipped: past the 64 MB a
 * sheet's XML may be, whether or not the zip says so. */
static void
test_zip_bomb (void)
{
  g_autofree char *dir = gt_test_make_dir ();
  g_autofree char *path = gt_test_write_raw_xlsx (dir, "bomb.xlsx", SHEET_HEAD,
                                                  65 * 1024 * 1024, NULL, SHEET_TAIL, NULL);
  g_autofree char *unit = NULL;
  g_autofree char *lying = NULL;
  g_autofree char *rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = gt_ledger_sheet_load (path, -1, &error);

  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "more than 64 MB"));
  g_clear_error (&error);

  /* Elements that mean nothing, in a zip that says they are 4 KB: the bytes
   * are counted as they are unpacked, and the count is what is believed. */
  unit = g_strdup_printf ("<x a=\"%0999d\"/>", 0);
  lying = gt_test_write_raw_xlsx (dir, "lying.xlsx", SHEET_HEAD,
                                  (65 * 1024 * 1024 / strlen (unit) + 1) * strlen (unit), unit,
                                  SHEET_TAIL, NULL);
  gt_test_zip_lie_about_size (lying, "xl/worksheets/sheet1.xml", 4096);
  sheet = gt_ledger_sheet_load (lying, -1, &error);
  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "more than 64 MB"));
  g_clear_error (&error);

  /* Millions of empty rows would take seconds for nothing: rows come in
   * order, so more than 100,000 of them are rows past the cap. */
  rows = gt_test_write_raw_xlsx (dir, "rows.xlsx", SHEET_HEAD, 6 * (GT_LEDGER_MAX_ROWS + 1),
                                 "<row/>", SHEET_TAIL, NULL);
  sheet = gt_ledger_sheet_load (rows, -1, &error);
  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "more than 100000 rows"));
  gt_test_remove_tree (dir);
}

static void
assert_too_large (GtLedgerSheet *sheet,
                  GError        *error,
                  const char    *words)
{
  g_assert_null (sheet);
  g_assert_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_TOO_LARGE);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
}

static void
test_caps (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtLedgerSheet) sheet = NULL;
  g_autoptr(GString) xml = g_string_new ("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
  g_autoptr(GString) shared = g_string_new (SHARED_HEAD "<si><t>");

  /* Filled cells past the caps are refused; empty ones (a style only) hold
   * nothing and are let be. */
  sheet = read_xlsx ("<row r=\"100001\"><c r=\"A100001\"><v>1</v></c></row>", NULL, &error);
  assert_too_large (sheet, error, "more than 100000 rows");
  g_clear_error (&error);
  sheet = read_xlsx ("<row r=\"1\"><c r=\"ALM1\"><v>1</v></c></row>", NULL, &error);
  assert_too_large (sheet, error, "Row 1 has a cell in column ALM, past the 1000 columns");
  g_clear_error (&error);
  sheet = read_xlsx ("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"ALL1\"><v>1</v></c>"
                     "<c r=\"XFD1\" s=\"1\"/></row><row r=\"1048576\" s=\"1\"/>", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gt_ledger_sheet_n_columns (sheet), ==, GT_LEDGER_MAX_COLUMNS);
  g_assert_cmpuint (gt_ledger_sheet_n_rows (sheet), ==, 1);
  g_clear_pointer (&sheet, gt_ledger_sheet_free);

  for (guint i = 0; i <= GT_LEDGER_MAX_CELL_CHARS; i++)
    g_string_append (xml, "华");
  g_string_append (xml, "</t></is></c></row>");
  sheet = read_xlsx (xml->str, NULL, &error);
  assert_too_large (sheet, error, "row 1, column A holds more than 32767 characters");
  g_clear_error (&error);

  /* One string of 30,000 characters named by 3,000 cells: 270 MB of text from
   * a 100 KB sheet. */
  for (guint i = 0; i < 30000; i++)
    g_string_append (shared, "华");
  g_string_append (shared, "</t></si></sst>");
  g_string_assign (xml, "");
  for (guint r = 1; r <= 3000; r++)
    g_string_append_printf (xml, "<row r=\"%u\"><c r=\"A%u\" t=\"s\"><v>0</v></c></row>", r, r);
  sheet = read_xlsx (xml->str, shared->str, &error);
  assert_too_large (sheet, error, "more than 64 MB of text");
  g_clear_error (&error);

  /* More shared strings than the workbook has cells. */
  sheet = read_xlsx ("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
                     SHARED_HEAD "<si><t>甲</t></si><si/><si/></sst>", &error);
  assert_too_large (sheet, error, "more shared strings than its 1 cells");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  gt_test_add_workbook_tests ("xlsx", gt_test_write_xlsx);
  g_test_add_func ("/import/xlsx/raw", test_raw);
  g_test_add_func ("/import/xlsx/entity-bomb", test_entity_bomb);
  g_test_add_func ("/import/xlsx/zip-bomb", test_zip_bomb);
  g_test_add_func ("/import/xlsx/caps", test_caps);

  return g_test_run ();
}
