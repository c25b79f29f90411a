/* gt-cli-templates.c: guatu --export-templates DIR --month YYYY-MM, the
 * monthly report templates (报送模板) for every unit, from cron or a script.
 *
 * --month is required: the templates are for the month the units are about
 * to report, which is not the register's latest month with reports (the
 * default of the other exports), and the clock is never read.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-as-of.h"
#include "gt-cli-templates.h"
#include "gt-report-template.h"
#include "gt-store.h"

#define EXIT_FAILED       1
#define EXIT_BAD_ARGUMENT 2

static int
fail (int         status,
      const char *message)
{
  g_printerr ("guatu: %s\n", message);
  return status;
}

void
gt_cli_templates_add_options (GApplication *app)
{
  g_application_add_main_option (app, "export-templates", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Write the month’s report templates, one workbook per unit, "
                                   "into the folder DIR, and exit"), _("DIR"));
  g_application_add_main_option (app, "by", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("With --export-templates, one workbook per unit (default) "
                                   "or per locality"), _("unit|locality"));
  g_application_add_main_option (app, "deadline-day", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_INT,
                                 _("With --export-templates, the day by which units file: of "
                                   "the month reported from the 15th, else of the month after "
                                   "(default: as in Preferences, else 25)"), _("DAY"));
}

int
gt_cli_templates_run (GVariantDict *options,
                      const char   *database,
                      const char   *month_text)
{
  g_autofree char *default_path = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GtTemplateSet) set = NULL;
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;
  GtTemplateGrouping grouping = GT_TEMPLATE_BY_UNIT;
  const char *dir = NULL;
  const char *by = NULL;
  gboolean has_day;
  int day = 0;
  GtAsOf as_of;

  g_variant_dict_lookup (options, "export-templates", "^&ay", &dir);
  g_variant_dict_lookup (options, "by", "&s", &by);
  has_day = g_variant_dict_lookup (options, "deadline-day", "i", &day);

  if (dir == NULL)
    {
      if (by != NULL || has_day)
        return fail (EXIT_BAD_ARGUMENT, _("--by and --deadline-day go with --export-templates"));
      return -1;
    }
  if (*dir == '\0')
    return fail (EXIT_BAD_ARGUMENT, _("--export-templates needs the name of a folder"));
  if (month_text == NULL)
    return fail (EXIT_BAD_ARGUMENT, _("--export-templates needs the month the units report, "
                                      "as --month YYYY-MM"));
  if (!gt_as_of_parse (&as_of, month_text))
    return fail (EXIT_BAD_ARGUMENT, _("--month takes a year and month like 2026-10"));
  if (by != NULL && !gt_template_grouping_from_id (by, &grouping))
    return fail (EXIT_BAD_ARGUMENT, _("--by is unit or locality"));
  if (has_day && (day < GT_TEMPLATE_MIN_DEADLINE_DAY || day > GT_TEMPLATE_MAX_DEADLINE_DAY))
    {
      g_autofree char *message = g_strdup_printf (_("--deadline-day is a day from %d to %d"),
                                                  GT_TEMPLATE_MIN_DEADLINE_DAY,
                                                  GT_TEMPLATE_MAX_DEADLINE_DAY);

      return fail (EXIT_BAD_ARGUMENT, message);
    }
  if (!has_day)
    day = gt_template_get_deadline_day ();

  if (database == NULL)
    database = default_path = gt_store_dup_default_path ();
  /* Reading must not leave an empty register behind where there was none. */
  if (!gt_store_location_is_server (database) && !g_file_test (database, G_FILE_TEST_EXISTS))
    {
      g_autofree char *message = NULL;

      display = g_filename_display_name (database);
      message = g_strdup_printf (_("%s: No such file"), display);
      return fail (EXIT_FAILED, message);
    }

  store = gt_store_open (database, &error);
  if (store != NULL)
    set = gt_template_set_collect (store, as_of.year, as_of.month, grouping, day, &error);
  if (set != NULL)
    written = gt_template_set_write (set, dir, NULL, &error);
  if (written == NULL)
    return fail (EXIT_FAILED, error->message);

  g_clear_pointer (&display, g_free);
  display = g_filename_display_name (dir);
  g_print (ngettext ("Wrote %u report template to %s", "Wrote %u report templates to %s",
                     written->len), written->len, display);
  g_print ("\n");
  if (gt_template_set_get_n_unassigned (set) > 0)
    {
      guint n = gt_template_set_get_n_unassigned (set);

      g_print (grouping == GT_TEMPLATE_BY_LOCALITY
               ? ngettext ("%u project has no locality and is in none of them",
                           "%u projects have no locality and are in none of them", n)
               : ngettext ("%u project has no responsible unit and is in none of them",
                           "%u projects have no responsible unit and are in none of them", n),
               n);
      g_print ("\n");
    }
  return EXIT_SUCCESS;
}
