/* gt-cli-import.c: guatu --import LEDGER, from the command line.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <time.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-cli-import.h"
#include "gt-import.h"
#include "gt-store.h"

#define EXIT_FAILED       1
#define EXIT_BAD_ARGUMENT 2

static void
print_counts (const char           *ledger,
              const GtImportCounts *counts,
              const char           *skipped)
{
  g_autofree char *display = g_filename_display_name (ledger);
  g_autofree char *stages = gt_import_counts_describe_stages (counts);

  g_print (_("Imported %s:"), display);
  g_print ("\n  ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u project created", "%u projects created",
                        counts->created), counts->created);
  g_print ("\n  ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u project updated", "%u projects updated",
                        counts->updated), counts->updated);
  g_print ("\n  ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u leader created", "%u leaders created",
                        counts->leaders_created), counts->leaders_created);
  g_print ("\n  ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u unit created", "%u units created",
                        counts->units_created), counts->units_created);
  g_print ("\n  ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u monthly report saved", "%u monthly reports saved",
                        counts->reports_saved), counts->reports_saved);
  g_print ("\n  ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u issue opened", "%u issues opened",
                        counts->issues_opened), counts->issues_opened);
  if (counts->issues_owned > 0)
    {
      g_print ("\n  ");
      /* Translators: issues an earlier import opened with no unit or leader */
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u earlier issue given its unit and leader",
                            "%u earlier issues given their unit and leader",
                            counts->issues_owned), counts->issues_owned);
    }
  g_print ("\n  ");
  /* Translators: "stages: 152 from 形象进度, 20 from 建设性质, …" */
  g_print (_("stages: %s"), stages);
  if (skipped != NULL)
    {
      g_print ("\n  ");
      /* Translators: rows of the ledger that are not projects, "skipped: 6 group
       * headings (rows 4, 46, …); 7 totals or subtotals (rows 45, …)" */
      g_print (_("skipped: %s"), skipped);
    }
  g_print ("\n");
}

/* Whether the register holds nothing anyone saved, as the file has it now: a
 * file this run made is removed after a failed import only then, since another
 * import may have made the same new file at the same moment, and filled it. */
static gboolean
register_is_empty (GtStore *store)
{
  g_autoptr(GError) error = NULL;

  if (!gt_store_refresh (store, &error) && error != NULL)
    return FALSE;
  return g_list_model_get_n_items (gt_store_get_projects (store)) == 0
         && g_list_model_get_n_items (gt_store_get_leaders (store)) == 0
         && g_list_model_get_n_items (gt_store_get_units (store)) == 0;
}

int
gt_cli_import (const char *database,
               const char *ledger,
               int         sheet)
{
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *display = NULL;
  g_autofree char *skipped = NULL;
  GtImportCounts counts = { 0, };
  gboolean created_file;
  GDate today;

  g_return_val_if_fail (database != NULL && ledger != NULL, EXIT_FAILED);

  display = g_filename_display_name (ledger);
  if (!g_file_test (ledger, G_FILE_TEST_IS_REGULAR))
    {
      g_printerr ("guatu: %s: %s\n", display, _("No such file"));
      return EXIT_FAILED;
    }

  /* An office may start its register from its ledger: a missing file is made,
   * and removed again when the import fails, so that nothing is left behind. */
  created_file = !gt_store_location_is_server (database) &&
                 !g_file_test (database, G_FILE_TEST_EXISTS);
  store = gt_store_open (database, &error);
  if (store == NULL)
    {
      g_autofree char *db_display = g_filename_display_name (database);

      g_printerr ("guatu: %s: %s\n", db_display, error->message);
      return EXIT_FAILED;
    }

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  if (!gt_import_file_full (store, ledger, sheet - 1, &today, &counts, &skipped, &problems,
                            &warnings, &error))
    {
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        {
          g_autofree char *line = gt_import_problem_to_string (g_ptr_array_index (problems, i));

          g_printerr ("guatu: %s: %s\n", display, line);
        }
      if (problems == NULL || problems->len == 0)
        g_printerr ("guatu: %s: %s\n", display, error->message);
      else
        g_printerr ("guatu: %s: %s\n", display, _("Nothing was imported."));
      created_file = created_file && register_is_empty (store);
      g_clear_object (&store);
      if (created_file)
        {
          g_autofree char *wal = g_strconcat (database, "-wal", NULL);
          g_autofree char *shm = g_strconcat (database, "-shm", NULL);

          g_unlink (wal);
          g_unlink (shm);
          g_unlink (database);
        }
      return EXIT_FAILED;
    }

  print_counts (ledger, &counts, skipped);
  /* Imported all the same: said after, where they are not lost in the counts. */
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      g_autofree char *line = gt_import_problem_to_string (g_ptr_array_index (warnings, i));

      /* Translators: a warning of the import, "Row 7, column C “项目代码”: …" */
      g_printerr (_("guatu: %s: warning: %s\n"), display, line);
    }
  return EXIT_SUCCESS;
}

void
gt_cli_import_add_options (GApplication *app)
{
  g_return_if_fail (G_IS_APPLICATION (app));

  g_application_add_main_option (app, "import", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Import the ledger LEDGER (CSV, XLSX or XLS), and exit"),
                                 _("LEDGER"));
  g_application_add_main_option (app, "sheet", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_INT,
                                 _("With --import, the sheet to read, from 1 (default: the first)"),
                                 _("N"));
}

static int
bad_argument (const char *message)
{
  g_printerr ("guatu: %s\n", message);
  return EXIT_BAD_ARGUMENT;
}

int
gt_cli_import_run (GVariantDict *options)
{
  g_autofree char *default_path = NULL;
  const char *ledger = NULL;
  const char *database = NULL;
  gboolean has_sheet;
  int sheet = 0;

  g_return_val_if_fail (options != NULL, EXIT_BAD_ARGUMENT);

  g_variant_dict_lookup (options, "import", "^&ay", &ledger);
  g_variant_dict_lookup (options, "database", "^&ay", &database);
  has_sheet = g_variant_dict_lookup (options, "sheet", "i", &sheet);

  if (ledger == NULL)
    return has_sheet ? bad_argument (_("--sheet goes with --import")) : -1;

  if (*ledger == '\0' || g_variant_dict_contains (options, "demo")
      || g_variant_dict_contains (options, "summary") || g_variant_dict_contains (options, "json")
      || g_variant_dict_contains (options, "year"))
    return bad_argument (_("--import needs a ledger file, and goes with --database only"));
  /* GApplication leaves out an integer option given as 0. */
  if (has_sheet && sheet < 1)
    return bad_argument (_("--sheet counts from 1"));
  if (database != NULL && *database == '\0')
    return bad_argument (_("--database needs the name of a file"));

  if (database == NULL)
    database = default_path = gt_store_dup_default_path ();
  return gt_cli_import (database, ledger, has_sheet ? sheet : 1);
}
