/* gt-cli-notice.c: the monthly notice from the command line.
 *
 * The same notice as the window's (gt-notice.h): the office's name and rules
 * from its settings, every figure as of --month (else the register's latest
 * month with reports), never the clock.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-cli.h"
#include "gt-cli-notice.h"
#include "gt-export-file.h"
#include "gt-notice.h"

#define EXIT_FAILED       1
#define EXIT_BAD_ARGUMENT 2

void
gt_cli_notice_add_options (GApplication *app)
{
  g_application_add_main_option (app, "export-notice", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Write the monthly notice to FILE as PDF or DOCX (by its "
                                   "extension), and exit"), _("FILE"));
}

static int
fail (int         status,
      const char *message)
{
  g_printerr ("guatu: %s\n", message);
  return status;
}

int
gt_cli_notice_run (GVariantDict *options,
                   const char   *database,
                   const char   *month_text)
{
  /* Every option that would otherwise reach here unheeded: the paths before
   * this one refuse their own strays, the ones after (the inspection report's
   * --week, --unit, --summary…) never run once the notice is written. */
  static const char *const others[] = {
    "export-pdf", "export-png", "export-xlsx", "export-csv", "chart", "table", "paper",
    "portrait", "zoom", "group-by", "fit-width", "from", "to", "columns", "front-line",
    "week", "unit", "summary", "json", "year", "demo",
  };
  g_autofree char *default_path = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GtNotice) notice = NULL;
  g_autoptr(GError) error = NULL;
  const char *output = NULL;
  GtAsOf as_of;

  if (!g_variant_dict_lookup (options, "export-notice", "^&ay", &output))
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    if (g_variant_dict_contains (options, others[i]))
      {
        /* TRANSLATORS: %s is an option's name, such as week */
        g_autofree char *message = g_strdup_printf (_("--%s does not go with "
                                                      "--export-notice, which takes only "
                                                      "--month and --database"),
                                                    others[i]);

        return fail (EXIT_BAD_ARGUMENT, message);
      }
  if (*output == '\0')
    return fail (EXIT_BAD_ARGUMENT, _("--export-notice needs the name of the file to write"));
  if (!gt_notice_path_is_supported (output))
    return fail (EXIT_BAD_ARGUMENT, _("--export-notice writes PDF or DOCX: name the file "
                                      ".pdf or .docx"));
  if (!gt_cli_month_is_valid (month_text))
    return fail (EXIT_BAD_ARGUMENT, _("--month takes a year and month like 2026-10"));

  if (database == NULL)
    database = default_path = gt_store_dup_default_path ();
  /* Reading must not leave an empty register behind where there was none. */
  if (!g_file_test (database, G_FILE_TEST_EXISTS))
    {
      g_autofree char *shown = g_filename_display_name (database);
      g_autofree char *message = g_strdup_printf (_("%s: No such file"), shown);

      return fail (EXIT_FAILED, message);
    }
  if (!gt_export_file_check (output, database, &error))
    return fail (EXIT_FAILED, error->message);
  store = gt_store_open (database, &error);
  if (store == NULL || !gt_cli_get_as_of (store, month_text, &as_of, &error))
    return fail (EXIT_FAILED, error->message);

  notice = gt_notice_build_for_office (store, &as_of, &error);
  if (notice == NULL ||
      !gt_notice_write (notice, output, gt_store_get_path (store), &error))
    return fail (EXIT_FAILED, error->message);

  display = g_filename_display_name (output);
  g_print (_("Wrote %s"), display);
  g_print ("\n");
  return EXIT_SUCCESS;
}
