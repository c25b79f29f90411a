/* gt-cli-returns.c: guatu --import-returns FILE|DIR… [--month YYYY-MM], the
 * units' filled-in templates (回执) taken in from a terminal or a script.
 *
 * Each file is taken whole or not at all, one after another, each one step of
 * undo in the window; a refused file does not stop the others, but makes the
 * exit status 1, so that a script knows to look. Per file: the unit, how many
 * projects changed, the new issues, the flags (taken, for the office to
 * query) and the refusals, on standard error.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-as-of.h"
#include "gt-cli-returns.h"
#include "gt-format.h"
#include "gt-returns.h"
#include "gt-store.h"

#define EXIT_FAILED       1
#define EXIT_BAD_ARGUMENT 2

void
gt_cli_returns_add_options (GApplication *app)
{
  g_application_add_main_option (app, "import-returns", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME_ARRAY,
                                 _("Take in the units’ returned report templates: the file "
                                   "FILE, or every workbook in the folder DIR; more may "
                                   "follow (with --month, only returns of that month), and "
                                   "exit"), _("FILE|DIR"));
}

static int
bad_argument (const char *message)
{
  g_printerr ("guatu: %s\n", message);
  return EXIT_BAD_ARGUMENT;
}

/* Takes one file in; FALSE when it was refused. */
static gboolean
take_in (GtStore    *store,
         const char *path,
         int         year,
         int         month)
{
  g_autoptr(GtReturnPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *month_text = NULL;
  GPtrArray *flags;
  guint n_changed = 0, n_issues, n_flags = 0;
  int plan_year, plan_month;

  plan = gt_return_plan_new (store, path, year, month, &error);
  if (plan == NULL)
    {
      g_printerr (_("guatu: refused: %s\n"), error->message);
      return FALSE;
    }
  gt_return_plan_get_month (plan, &plan_year, &plan_month);
  month_text = gt_format_month (plan_year, plan_month);
  n_issues = gt_return_plan_count_new_issues (plan);
  flags = gt_return_plan_get_flags (plan);
  /* The flags as planned: applying plans again, and frees these. */
  for (guint i = 0; i < flags->len; i++)
    {
      GtReturnFlag *flag = g_ptr_array_index (flags, i);

      if (!gt_return_flag_refuses (flag->kind))
        {
          /* TRANSLATORS: a figure of a return that looks wrong, taken all the
           * same: the file, what the flag says */
          g_printerr (_("guatu: %s: flag: %s\n"), display, flag->message);
          n_flags++;
        }
    }
  if (!gt_return_plan_apply (plan, &n_changed, &error))
    {
      for (guint i = 0; i < flags->len; i++)
        {
          GtReturnFlag *flag = g_ptr_array_index (flags, i);

          if (gt_return_flag_refuses (flag->kind))
            g_printerr ("guatu: %s: %s\n", display, flag->message);
        }
      g_printerr (_("guatu: refused: %s\n"), error->message);
      return FALSE;
    }

  /* TRANSLATORS: a return taken in: the file, the unit, the month */
  g_print (_("%s: %s, %s"), display, gt_return_plan_get_unit_name (plan), month_text);
  g_print ("\n  ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u project changed", "%u projects changed",
                        n_changed), n_changed);
  g_print ("\n  ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u new issue", "%u new issues", n_issues), n_issues);
  g_print ("\n  ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u flag", "%u flags", n_flags), n_flags);
  g_print ("\n");
  return TRUE;
}

int
gt_cli_returns_run (GVariantDict *options)
{
  /* What would be done instead, or besides, unasked. */
  static const char *const others[] = {
    "demo", "summary", "json", "import", "export-templates", "filing-status", "close-month",
    "reopen-month", "export-slides", "export-notice", "export-pdf", "export-png",
    "export-xlsx", "export-csv",
  };
  g_autofree char *default_path = NULL;
  g_autofree const char **named = NULL;
  g_autofree const char **rest = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *database = NULL;
  const char *month_text = NULL;
  guint refused = 0;
  GtAsOf as_of = { 0 };

  g_return_val_if_fail (options != NULL, EXIT_BAD_ARGUMENT);

  if (!g_variant_dict_lookup (options, "import-returns", "^a&ay", &named))
    return -1;
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest);
  g_variant_dict_lookup (options, "database", "^&ay", &database);
  g_variant_dict_lookup (options, "month", "&s", &month_text);

  for (gsize i = 0; named != NULL && named[i] != NULL; i++)
    g_ptr_array_add (paths, (gpointer) named[i]);
  for (gsize i = 0; rest != NULL && rest[i] != NULL; i++)
    g_ptr_array_add (paths, (gpointer) rest[i]);
  g_ptr_array_add (paths, NULL);

  for (guint i = 0; i + 1 < paths->len; i++)
    if (*(const char *) g_ptr_array_index (paths, i) == '\0')
      return bad_argument (_("--import-returns needs returned templates or folders of them"));
  for (gsize i = 0; i < G_N_ELEMENTS (others); i++)
    if (g_variant_dict_contains (options, others[i]))
      return bad_argument (_("--import-returns goes with --database and --month only"));
  if (month_text != NULL && !gt_as_of_parse (&as_of, month_text))
    return bad_argument (_("--month takes a year and month like 2026-10"));
  if (database != NULL && *database == '\0')
    return bad_argument (_("--database needs the name of a file"));

  if (database == NULL)
    database = default_path = gt_store_dup_default_path ();
  /* A return is for a register that sent it: none is made where there was none. */
  if (!gt_store_location_is_server (database) && !g_file_test (database, G_FILE_TEST_EXISTS))
    {
      g_autofree char *display = g_filename_display_name (database);

      g_printerr ("guatu: %s: %s\n", display, _("No such file"));
      return EXIT_FAILED;
    }

  files = gt_returns_list_files ((const char *const *) paths->pdata, &error);
  if (files == NULL)
    {
      g_printerr ("guatu: %s\n", error->message);
      return EXIT_FAILED;
    }
  if (files->len == 0)
    {
      g_printerr ("guatu: %s\n", _("No returned templates (.xlsx) were found"));
      return EXIT_FAILED;
    }
  store = gt_store_open (database, &error);
  if (store == NULL)
    {
      g_autofree char *display = gt_store_dup_display_location (database);

      g_printerr ("guatu: %s: %s\n", display, error->message);
      return EXIT_FAILED;
    }

  for (guint i = 0; i < files->len; i++)
    if (!take_in (store, g_ptr_array_index (files, i), as_of.year, as_of.month))
      refused++;

  if (refused > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "guatu: %u of %u returns refused\n",
                               "guatu: %u of %u returns refused\n", files->len),
                  refused, files->len);
      return EXIT_FAILED;
    }
  return EXIT_SUCCESS;
}
