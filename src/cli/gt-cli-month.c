/* gt-cli-month.c: signing off a month and reopening it, from the
 * command line, as the window does: the register's own triggers then refuse
 * every change of that month's figures, from any desk or program.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-as-of.h"
#include "gt-cli-month.h"
#include "gt-format.h"
#include "gt-history.h"
#include "gt-store.h"

#define EXIT_FAILED       1
#define EXIT_BAD_ARGUMENT 2

void
gt_cli_month_add_options (GApplication *app)
{
  g_application_add_main_option (app, "close-month", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_STRING,
                                 _("Sign off the month’s figures: no one may change "
                                   "them until the month is reopened, and exit"),
                                 _("YYYY-MM"));
  g_application_add_main_option (app, "reopen-month", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_STRING,
                                 _("Reopen a signed-off month, with --reason, and exit"),
                                 _("YYYY-MM"));
  g_application_add_main_option (app, "reason", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("With --reopen-month, why (recorded with who and when)"),
                                 _("TEXT"));
}

int
gt_cli_month_run (GVariantDict *options)
{
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *stripped = NULL;
  const char *database = NULL;
  const char *close = NULL;
  const char *reopen = NULL;
  const char *reason = NULL;
  const char *month;
  GtAsOf as_of;
  gboolean ok;

  g_variant_dict_lookup (options, "close-month", "&s", &close);
  g_variant_dict_lookup (options, "reopen-month", "&s", &reopen);
  g_variant_dict_lookup (options, "reason", "&s", &reason);
  if (close == NULL && reopen == NULL)
    {
      if (reason != NULL)
        {
          g_printerr ("guatu: %s\n", _("--reason goes with --reopen-month"));
          return EXIT_BAD_ARGUMENT;
        }
      return -1;
    }
  if (close != NULL && reopen != NULL)
    {
      g_printerr ("guatu: %s\n", _("--close-month and --reopen-month: give one of them"));
      return EXIT_BAD_ARGUMENT;
    }
  month = close != NULL ? close : reopen;
  if (!gt_as_of_parse (&as_of, month))
    {
      g_printerr ("guatu: %s\n", _("The month takes a year and month like 2026-10"));
      return EXIT_BAD_ARGUMENT;
    }
  stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  if (reopen != NULL && *stripped == '\0')
    {
      g_printerr ("guatu: %s\n", _("--reopen-month needs --reason: why the month is reopened "
                                   "is recorded"));
      return EXIT_BAD_ARGUMENT;
    }

  g_variant_dict_lookup (options, "database", "^&ay", &database);
  if (database == NULL)
    database = default_path = gt_store_dup_default_path ();
  if (!gt_store_location_is_server (database) && !g_file_test (database, G_FILE_TEST_EXISTS))
    {
      g_autofree char *display = g_filename_display_name (database);

      g_printerr ("guatu: %s: %s\n", display, _("No such file"));
      return EXIT_FAILED;
    }

  store = gt_store_open (database, &error);
  ok = store != NULL;
  if (ok && close != NULL)
    ok = gt_history_close_month (store, as_of.year, as_of.month, &error);
  else if (ok)
    ok = gt_history_reopen_month (store, as_of.year, as_of.month, reason, &error);
  if (!ok)
    {
      g_printerr ("guatu: %s\n", error->message);
      return EXIT_FAILED;
    }

  shown = gt_format_month (as_of.year, as_of.month);
  if (close != NULL)
    g_print (_("%s is signed off: its figures can no longer change."), shown);
  else
    g_print (_("%s is reopened: its figures can change again."), shown);
  g_print ("\n");
  return EXIT_SUCCESS;
}
