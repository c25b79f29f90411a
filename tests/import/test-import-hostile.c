/* test-import-hostile.c: hostile and broken ledgers, imported end to end.
 *
 * Each is refused with a message that names what it passed, and the register
 * is as it was, to the byte; the ledger with a stray quote is imported whole.
 * The files are made by gt-test-hostile.c (bench-hostile writes the same ones,
 * full size, to measure).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-import.h"
#include "gt-ledger-sheet.h"
#include "gt-test-hostile.h"
#include "gt-test-ledger.h"

/* The register in a folder of its own, and the day imports are made. */
typedef GtTestImportFixture Fixture;

static gboolean
has_project (GtStore    *store,
             const char *name)
{
  GListModel *projects = gt_store_get_projects (store);

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      if (g_strcmp0 (gt_project_get_name (project), name) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "2,"华兴"科技园项目,100" once made the rest of the file one cell: 2 of 5
 * projects imported, and the exit status said all was well. */
static void
test_stray_quote (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = gt_test_write_bytes (f->dir, "stray.csv", gt_test_stray_quote_csv, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GtImportCounts counts = { 0, };

  g_assert_true (gt_import_file (f->store, path, -1, &f->today, &counts, NULL, &problems, &error));
  g_assert_no_error (error);
  g_assert_null (problems);
  g_assert_cmpuint (counts.created, ==, 5);
  g_assert_true (has_project (f->store, "华兴科技园项目"));
  g_assert_true (has_project (f->store, "县医院迁建"));
  g_assert_true (has_project (f->store, "供水管网\"二期\""));
}

typedef struct {
  const char *name;
  const char *says;     /* what the message must say */
  int         code;     /* a GtLedgerError */
} Hostile;

static char *
write_hostile (Fixture       *f,
               const Hostile *hostile)
{
  static const char sheet_head[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\""
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
  static const char sheet_tail[] = "</sheetData></worksheet>";

  if (g_str_equal (hostile->name, "entity-bomb.xlsx"))
    {
      g_autofree char *xml = gt_test_entity_sheet_xml (50 * 1024, 2000);

      return gt_test_write_raw_xlsx (f->dir, hostile->name, xml, 0, NULL, NULL, NULL);
    }
  if (g_str_equal (hostile->name, "zip-bomb.xlsx"))
    return gt_test_write_raw_xlsx (f->dir, hostile->name, sheet_head, 65 * 1024 * 1024, NULL,
                                   sheet_tail, NULL);
  if (g_str_equal (hostile->name, "row-bomb.xlsx"))
    {
      char *path = gt_test_write_raw_xlsx (f->dir, hostile->name, sheet_head,
                                           6 * (GT_LEDGER_MAX_ROWS + 1), "<row/>", sheet_tail,
                                           NULL);

      gt_test_zip_lie_about_size (path, "xl/worksheets/sheet1.xml", 4096);
      return path;
    }
  if (g_str_equal (hostile->name, "cut-in-quote.csv"))
    return gt_test_write_bytes (f->dir, hostile->name,
                                "项目名称,进展\r\n城南物流园,\"主体完工", -1);
  if (g_str_equal (hostile->name, "columns.csv"))
    {
      gsize length = 0;
      g_autofree char *text = gt_test_csv_grid (2, GT_LEDGER_MAX_COLUMNS + 1, "项目名称",
                                                &length);

      return gt_test_write_bytes (f->dir, hostile->name, text, (gssize) length);
    }
  g_assert_not_reached ();
}

/* Refused, with the limit or the damage named, and the register untouched. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  static const Hostile hostiles[] = {
    { "entity-bomb.xlsx", "DTD or entities", GT_LEDGER_ERROR_UNREADABLE },
    { "zip-bomb.xlsx", "more than 64 MB", GT_LEDGER_ERROR_TOO_LARGE },
    { "row-bomb.xlsx", "more than 100000 rows", GT_LEDGER_ERROR_TOO_LARGE },
    { "cut-in-quote.csv", "row 2, column B is never closed", GT_LEDGER_ERROR_UNREADABLE },
    { "columns.csv", "past the 1000 columns", GT_LEDGER_ERROR_TOO_LARGE },
  };
  const GtTestSheet sheets[] = { { "台账", gt_test_ledger_rows } };
  g_autofree char *ledger = gt_test_write_xlsx (f->dir, "ledger.xlsx", sheets, 1);
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  GtImportCounts counts = { 0, };

  g_assert_true (gt_import_file (f->store, ledger, -1, &f->today, &counts, NULL, NULL, &error));
  g_assert_no_error (error);
  before = gt_test_dump_database (f->db_path);

  for (guint i = 0; i < G_N_ELEMENTS (hostiles); i++)
    {
      g_autofree char *path = write_hostile (f, &hostiles[i]);
      g_autofree char *after = NULL;
      g_autoptr(GPtrArray) problems = NULL;

      g_test_message ("%s", hostiles[i].name);
      g_assert_false (gt_import_file (f->store, path, -1, &f->today, &counts, NULL, &problems,
                                      &error));
      g_assert_error (error, GT_LEDGER_ERROR, hostiles[i].code);
      if (strstr (error->message, hostiles[i].says) == NULL)
        g_error ("%s: “%s” does not say “%s”", hostiles[i].name, error->message,
                 hostiles[i].says);
      g_clear_error (&error);
      after = gt_test_dump_database (f->db_path);
      g_assert_cmpstr (after, ==, before);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/import/hostile/stray-quote", Fixture, NULL,
              gt_test_import_fixture_set_up, test_stray_quote,
              gt_test_import_fixture_tear_down);
  g_test_add ("/import/hostile/refused", Fixture, NULL,
              gt_test_import_fixture_set_up, test_refused,
              gt_test_import_fixture_tear_down);

  return g_test_run ();
}
