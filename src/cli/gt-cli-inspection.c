/* gt-cli-inspection.c: the weekly 督查专报 from the command line.
 *
 * The week is the one holding --week (a day, YYYY-MM-DD), else today's: the
 * report is made on Mondays for the week just ended, or at any time for the
 * week so far. The lights use the office's rules from its settings, as the
 * window's do. The report is a document for a desk: A4 portrait, always.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <time.h>

#include <glib/gi18n-lib.h>

#include "gt-cli.h"
#include "gt-cli-inspection.h"
#include "gt-export-file.h"
#include "gt-inspection-report.h"
#include "gt-office-settings.h"

#define EXIT_FAILED       1
#define EXIT_BAD_ARGUMENT 2

void
gt_cli_inspection_add_options (GApplication *app)
{
  g_application_add_main_option (app, "week", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("With --chart inspection (the weekly inspection report), "
                                   "a day of the week reported (default: today)"),
                                 _("YYYY-MM-DD"));
}

static int
fail (int         status,
      const char *message)
{
  g_printerr ("guatu: %s\n", message);
  return status;
}

static gboolean
parse_day (const char *text,
           GDate      *day)
{
  int year, month, mday, end = 0;

  g_date_clear (day, 1);
  if (sscanf (text, "%4d-%2d-%2d%n", &year, &month, &mday, &end) != 3 || text[end] != '\0' ||
      end != 10 || !g_date_valid_dmy (mday, month, year))
    return FALSE;
  g_date_set_dmy (day, mday, month, year);
  return TRUE;
}

int
gt_cli_inspection_run (GVariantDict *options,
                       const char   *database,
                       const char   *month_text)
{
  static const char *const others[] = {
    "export-png", "export-xlsx", "export-csv", "table", "paper", "portrait", "zoom",
    "group-by", "fit-width", "from", "to", "columns", "front-line", "unit",
  };
  g_autofree char *default_path = NULL;
  g_autofree char *display = NULL;
  g_autofree char *office = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *chart = NULL;
  const char *week = NULL;
  const char *output = NULL;
  GtRagRules rules;
  guint n_pages = 0;
  GDate day;

  g_variant_dict_lookup (options, "chart", "&s", &chart);
  g_variant_dict_lookup (options, "week", "&s", &week);
  if (g_strcmp0 (chart, "inspection") != 0)
    {
      if (week != NULL)
        return fail (EXIT_BAD_ARGUMENT, _("--week goes with --chart inspection"));
      return -1;
    }
  if (!g_variant_dict_lookup (options, "export-pdf", "^&ay", &output))
    return fail (EXIT_BAD_ARGUMENT, _("--chart inspection goes with --export-pdf"));
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    if (g_variant_dict_contains (options, others[i]))
      return fail (EXIT_BAD_ARGUMENT, _("--chart inspection takes only --export-pdf, --week "
                                        "and --database"));
  if (month_text != NULL)
    return fail (EXIT_BAD_ARGUMENT, _("--chart inspection takes --week, not --month"));
  if (*output == '\0')
    return fail (EXIT_BAD_ARGUMENT, _("The export needs the name of the file to write"));
  if (week != NULL && !parse_day (week, &day))
    return fail (EXIT_BAD_ARGUMENT, _("--week takes a day like 2026-11-16"));
  if (week == NULL)
    {
      g_date_clear (&day, 1);
      g_date_set_time_t (&day, time (NULL));
    }

  if (database == NULL)
    database = default_path = gt_store_dup_default_path ();
  /* Reading must not leave an empty register behind where there was none. */
  if (!gt_store_location_is_server (database) && !g_file_test (database, G_FILE_TEST_EXISTS))
    {
      g_autofree char *shown = g_filename_display_name (database);
      g_autofree char *message = g_strdup_printf (_("%s: No such file"), shown);

      return fail (EXIT_FAILED, message);
    }
  if (!gt_export_file_check (output, database, &error))
    return fail (EXIT_FAILED, error->message);
  store = gt_store_open (database, &error);
  if (store == NULL)
    return fail (EXIT_FAILED, error->message);

  gt_office_settings_load_rag_rules (&rules);
  office = gt_office_settings_dup_string ("office-name");
  if (!gt_inspection_report_write_pdf (store, &day, &rules, office, output, &n_pages, &error))
    return fail (EXIT_FAILED, error->message);

  display = g_filename_display_name (output);
  g_print (ngettext ("Wrote %u page to %s", "Wrote %u pages to %s", n_pages), n_pages,
           display);
  g_print ("\n");
  return EXIT_SUCCESS;
}
