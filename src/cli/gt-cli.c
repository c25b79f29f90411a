/* gt-cli.c: the command line, run before GTK starts.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <time.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-cli.h"
#include "gt-cli-copy.h"
#include "gt-cli-escalation.h"
#include "gt-cli-export.h"
#include "gt-cli-slides.h"
#include "gt-cli-templates.h"
#include "gt-cli-import.h"
#include "gt-cli-issue-doc.h"
#include "gt-cli-filing.h"
#include "gt-cli-month.h"
#include "gt-cli-returns.h"
#include "gt-cli-units.h"
#include "gt-demo.h"
#include "gt-store.h"
#include "gt-summary.h"

#define EXIT_FAILED       1
#define EXIT_BAD_ARGUMENT 2

#define MIN_YEAR 1990
#define MAX_YEAR 2100

void
gt_cli_add_options (GApplication *app)
{
  g_return_if_fail (G_IS_APPLICATION (app));

  g_application_add_main_option (app, "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE,
                                 _("Print the version, and exit"), NULL);
  g_application_add_main_option (app, "database", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Open the register in FILE"), _("FILE"));
  g_application_add_main_option (app, "demo", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Create a new register with demo data in FILE, and exit"),
                                 _("FILE"));
  g_application_add_main_option (app, "summary", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE,
                                 _("Print the year’s headline figures, and exit"), NULL);
  g_application_add_main_option (app, "json", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE,
                                 _("With --summary, print JSON"), NULL);
  g_application_add_main_option (app, "year", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_INT,
                                 _("With --summary, the year to sum up (default: the year of "
                                   "the latest month with reports)"),
                                 _("YEAR"));
  g_application_add_main_option (app, "export-slides", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Write the monthly meeting’s slides to FILE as PDF, and exit"),
                                 _("FILE"));
  g_application_add_main_option (app, "month", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("The month every export is as of, as YYYY-MM (default: the "
                                   "latest month with reports)"),
                                 _("YYYY-MM"));
  g_application_add_main_option (app, "aspect", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("With --export-slides, 16:9 (default) or 4:3"), _("RATIO"));
  g_application_add_main_option (app, "dark", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE,
                                 _("With --export-slides, light text on dark"), NULL);
  g_application_add_main_option (app, "slides-per-project", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_STRING,
                                 _("With --export-slides, slides of the projects of each "
                                   "locality for all or only the lagging ones (default: as in "
                                   "Preferences)"), _("all|lagging"));
  gt_cli_import_add_options (app);
  gt_cli_export_add_options (app);
  gt_cli_templates_add_options (app);
  gt_cli_copy_add_options (app);
  gt_cli_units_add_options (app);
  gt_cli_month_add_options (app);
  gt_cli_filing_add_options (app);
  gt_cli_escalation_add_options (app);
  gt_cli_issue_doc_add_options (app);
  gt_cli_returns_add_options (app);
  /* TO of --copy-register and UNIT of --grant-unit: an option takes one value. */
  g_application_add_main_option (app, G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME_ARRAY, "", NULL);
}

static void
print_error (const char *path,
             const char *message)
{
  g_autofree char *display = gt_store_dup_display_location (path);

  /* The store's messages often name the file already. */
  if (display != NULL && strstr (message, display) == NULL)
    g_printerr ("guatu: %s: %s\n", display, message);
  else
    g_printerr ("guatu: %s\n", message);
}

gboolean
gt_cli_month_is_valid (const char *text)
{
  GtAsOf as_of;

  return text == NULL || gt_as_of_parse (&as_of, text);
}

gboolean
gt_cli_get_as_of (GtStore     *store,
                  const char  *text,
                  GtAsOf      *as_of,
                  GError     **error)
{
  if (text == NULL)
    return gt_as_of_init_default (as_of, store, NULL, error);
  if (!gt_as_of_parse (as_of, text))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--month takes a year and month like 2026-10"));
      return FALSE;
    }
  return TRUE;
}

static void
get_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_time_t (today, time (NULL));
}

/* The file is made here, exclusively, so that an existing one (or one that
 * appears meanwhile) is never written to; SQLite takes an empty file as an empty
 * database. */
static int
create_demo (const char *path)
{
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  GDate today;
  int fd;

  /* Readable by the owner only, like every register the store creates. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        print_error (path, _("The file already exists; choose a new file for the demo"));
      else
        print_error (path, g_strerror (saved_errno));
      return EXIT_FAILED;
    }
  g_close (fd, NULL);

  get_today (&today);
  store = gt_store_open (path, &error);
  if (store == NULL || !gt_demo_populate (store, gt_demo_size_default (), &today, &error))
    {
      print_error (path, error->message);
      /* The file is ours and half made: leave nothing behind. */
      g_clear_object (&store);
      g_unlink (path);
      return EXIT_FAILED;
    }

  display = g_filename_display_name (path);
  g_print (_("Created a demo register in %s"), display);
  g_print ("\n");

  return EXIT_SUCCESS;
}

/* The summary is as of a month like every other output: --month, else the
 * register's default month (the latest with reports), or, with --year alone,
 * the default if it falls in that year and else the year's December. So the
 * same register gives the same figures here as on the overview and in print. */
static int
print_summary (const char *path,
               const char *month,
               gboolean    has_year,
               int         year,
               gboolean    json)
{
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  GtSummary summary;
  GtAsOf as_of;

  /* Summing up must not leave an empty register behind where there was none. */
  if (!gt_store_location_is_server (path) && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      print_error (path, _("No such file"));
      return EXIT_FAILED;
    }

  store = gt_store_open (path, &error);
  if (store == NULL || !gt_cli_get_as_of (store, month, &as_of, &error))
    {
      print_error (path, error->message);
      return EXIT_FAILED;
    }
  if (has_year && month == NULL && as_of.year != year)
    gt_as_of_set (&as_of, year, 12);
  if (!gt_summary_compute (store, as_of.year, &as_of.day, &summary, &error))
    {
      print_error (path, error->message);
      return EXIT_FAILED;
    }

  output = json ? gt_summary_to_json (&summary) : gt_summary_to_text (&summary);
  g_print ("%s", output);

  return EXIT_SUCCESS;
}

int
gt_cli_run (GVariantDict *options)
{
  g_autofree char *default_path = NULL;
  const char *database = NULL;
  const char *demo = NULL;
  const char *slides = NULL;
  const char *month = NULL;
  const char *aspect = NULL;
  const char *per_project = NULL;
  gboolean dark = FALSE;
  gboolean version = FALSE;
  gboolean summary = FALSE;
  gboolean json = FALSE;
  gboolean has_year;
  int year = 0;
  int status;

  g_return_val_if_fail (options != NULL, EXIT_BAD_ARGUMENT);

  if (g_variant_dict_lookup (options, "version", "b", &version) && version)
    {
      g_print ("guatu %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  status = gt_cli_copy_run (options);
  if (status >= 0)
    return status;
  status = gt_cli_units_run (options);
  if (status >= 0)
    return status;
  /* Before the check below: its files and folders are the values left over. */
  status = gt_cli_returns_run (options);
  if (status >= 0)
    return status;
  if (g_variant_dict_contains (options, G_OPTION_REMAINING))
    {
      print_error (NULL, _("Only --copy-register and --grant-unit take a second value; "
                           "open a register with --database FILE"));
      return EXIT_BAD_ARGUMENT;
    }

  status = gt_cli_month_run (options);
  if (status >= 0)
    return status;
  status = gt_cli_filing_run (options);
  if (status >= 0)
    return status;
  status = gt_cli_escalation_run (options);
  if (status >= 0)
    return status;
  status = gt_cli_issue_doc_run (options);
  if (status >= 0)
    return status;
  status = gt_cli_import_run (options);
  if (status >= 0)
    return status;

  g_variant_dict_lookup (options, "database", "^&ay", &database);
  g_variant_dict_lookup (options, "export-slides", "^&ay", &slides);
  g_variant_dict_lookup (options, "month", "&s", &month);
  g_variant_dict_lookup (options, "aspect", "&s", &aspect);
  g_variant_dict_lookup (options, "dark", "b", &dark);
  g_variant_dict_lookup (options, "slides-per-project", "&s", &per_project);
  g_variant_dict_lookup (options, "demo", "^&ay", &demo);
  g_variant_dict_lookup (options, "summary", "b", &summary);
  g_variant_dict_lookup (options, "json", "b", &json);
  has_year = g_variant_dict_lookup (options, "year", "i", &year);

  if (!summary && (json || has_year))
    {
      print_error (NULL, _("--json and --year go with --summary"));
      return EXIT_BAD_ARGUMENT;
    }

  if (slides == NULL && (aspect != NULL || dark || per_project != NULL))
    {
      print_error (NULL, _("--aspect and --dark go with --export-slides"));
      return EXIT_BAD_ARGUMENT;
    }

  if (slides != NULL)
    {
      if (*slides == '\0')
        {
          print_error (NULL, _("--export-slides needs the name of the PDF file to write"));
          return EXIT_BAD_ARGUMENT;
        }
      if (database == NULL)
        database = default_path = gt_store_dup_default_path ();
      return gt_cli_export_slides (database, slides, month, aspect, per_project, dark);
    }

  status = gt_cli_templates_run (options, database, month);
  if (status >= 0)
    return status;

  status = gt_cli_export_run (options, database, month);
  if (status >= 0)
    return status;

  if (month != NULL && !summary)
    {
      print_error (NULL, _("--month goes with an export or --summary"));
      return EXIT_BAD_ARGUMENT;
    }
  if (month != NULL && has_year)
    {
      print_error (NULL, _("--month and --year: give one of them"));
      return EXIT_BAD_ARGUMENT;
    }

  if (demo == NULL && !summary)
    return -1;

  if (demo != NULL && *demo == '\0')
    {
      print_error (NULL, _("--demo needs the name of a new file"));
      return EXIT_BAD_ARGUMENT;
    }

  if (database != NULL && *database == '\0')
    {
      print_error (NULL, _("--database needs the name of a file"));
      return EXIT_BAD_ARGUMENT;
    }

  if (has_year && (year < MIN_YEAR || year > MAX_YEAR))
    {
      g_autofree char *message = g_strdup_printf (_("The year must be between %d and %d"),
                                                  MIN_YEAR, MAX_YEAR);

      print_error (NULL, message);
      return EXIT_BAD_ARGUMENT;
    }

  if (demo != NULL && database != NULL && summary)
    {
      print_error (NULL, _("--summary after --demo sums up the new file; leave out --database"));
      return EXIT_BAD_ARGUMENT;
    }

  if (demo != NULL)
    {
      int status = create_demo (demo);

      if (status != EXIT_SUCCESS || !summary)
        return status;
      database = demo;
    }

  if (database == NULL)
    database = default_path = gt_store_dup_default_path ();

  return print_summary (database, month, has_year, year, json);
}
