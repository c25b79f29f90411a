/* gt-cli-escalation.c: the escalation rules from the command line, for cron
 * to run every morning: every open issue past its deadline rises by the
 * office's rules (Preferences), each step dated when it fell due, and a line
 * per issue that rose says from what to what, for the clerk's mail.
 *
 * The rules are about a day: --as-of, else today (the clock, as the filing
 * status reads it); running them again the same day raises nothing more.
 *
 * What --escalate raises is no step of any window's undo: it is another
 * program's edit, which an open window takes in as another desk's (the
 * issues' levels and steps change under it), and whose undo it refuses for
 * the issues concerned. Run Rules in the window's 各单位未办结问题 is one step
 * of that window's undo instead.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <time.h>

#include <glib/gi18n-lib.h>

#include "gt-cli-escalation.h"
#include "gt-format.h"
#include "gt-export-file.h"
#include "gt-store-escalation.h"
#include "gt-unit-issues-table.h"

#define EXIT_FAILED       1
#define EXIT_BAD_ARGUMENT 2

void
gt_cli_escalation_add_options (GApplication *app)
{
  g_application_add_main_option (app, "escalate", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE,
                                 _("Raise every open issue past its deadline by the office’s "
                                   "rules, print those that rose, and exit"), NULL);
  g_application_add_main_option (app, "export-unit-issues", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Write every unit’s open issues with their level to FILE "
                                   "as PDF, XLSX or CSV (by its extension), and exit"),
                                 _("FILE"));
  g_application_add_main_option (app, "as-of", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("With --escalate, the day the rules are judged on; with "
                                   "--export-issue-doc, the document’s date; with "
                                   "--export-unit-issues, the day overdue is counted to "
                                   "(default: today)"),
                                 _("YYYY-MM-DD"));
}

gboolean
gt_cli_escalation_get_as_of (GVariantDict *options,
                             GDate        *date)
{
  const char *text = NULL;

  g_date_clear (date, 1);
  if (!g_variant_dict_lookup (options, "as-of", "&s", &text))
    {
      g_date_set_time_t (date, time (NULL));
      return TRUE;
    }
  if (!gt_date_parse_iso (text, date) || !gt_date_in_range (date))
    {
      g_printerr ("guatu: %s\n", _("--as-of takes a date like 2026-10-31"));
      return FALSE;
    }
  return TRUE;
}

static const char *
issue_project_name (GtStore *store,
                    GtIssue *issue)
{
  GtProject *project = gt_store_lookup_project (store, gt_issue_get_project_id (issue));

  return project != NULL ? gt_project_get_name (project) : "";
}

static const char *
issue_unit_name (GtStore *store,
                 GtIssue *issue)
{
  GtUnit *unit = gt_issue_get_unit_id (issue) != 0
                 ? gt_store_lookup_unit (store, gt_issue_get_unit_id (issue)) : NULL;

  return unit != NULL ? gt_unit_get_name (unit) : "";
}

/* One line per issue: its id, project, unit, from → to, and each step's day. */
static void
append_rise (GString                *out,
             GtStore                *store,
             const GtEscalationRise *rise)
{
  GtIssue *issue = gt_store_lookup_issue (store, rise->issue_id);
  g_autoptr(GString) steps = g_string_new (NULL);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, rise->issue_id);

  for (guint i = 0; i < rise->steps->len; i++)
    {
      const GtEscalationStep *step = &g_array_index (rise->steps, GtEscalationStep, i);
      g_autofree char *due = gt_format_date (&step->due);

      if (i > 0)
        g_string_append (steps, C_("between the items of a list", ", "));
      /* TRANSLATORS: a step and the day it fell due: 督办 2023年4月1日 */
      g_string_append_printf (steps, C_("escalation step", "%s %s"),
                              gt_escalation_level_get_label (step->level), due);
    }
  /* TRANSLATORS: an issue that rose: its number, project, unit, from level,
   * to level, and the steps with their days */
  g_string_append_printf (out, _("#%s\t%s\t%s\t%s → %s\t%s"), id,
                          issue != NULL ? issue_project_name (store, issue) : "",
                          issue != NULL ? issue_unit_name (store, issue) : "",
                          gt_escalation_level_get_label (rise->from),
                          gt_escalation_level_get_label (rise->to), steps->str);
  g_string_append_c (out, '\n');
}

static const char *
open_database (GVariantDict  *options,
               char         **default_path)
{
  const char *database = NULL;

  g_variant_dict_lookup (options, "database", "^&ay", &database);
  if (database == NULL)
    database = *default_path = gt_store_dup_default_path ();
  /* Reading must not leave an empty register behind where there was none. */
  if (!gt_store_location_is_server (database) && !g_file_test (database, G_FILE_TEST_EXISTS))
    {
      g_autofree char *display = g_filename_display_name (database);

      g_printerr ("guatu: %s: %s\n", display, _("No such file"));
      return NULL;
    }
  return database;
}

/* --export-unit-issues FILE [--as-of]: the list the window shows, to send. */
static int
export_unit_issues (GVariantDict *options,
                    const char   *output)
{
  static const char *const others[] = {
    "export-pdf", "export-png", "export-xlsx", "export-csv", "export-notice",
    "export-slides", "export-issue-doc", "escalate", "month", "summary", "import", "json",
    "year", "chart", "table",
  };
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = NULL;
  g_autofree char *display = NULL;
  const char *database;
  GDate as_of;

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    if (g_variant_dict_contains (options, others[i]))
      {
        g_printerr ("guatu: %s\n", _("--export-unit-issues takes only --as-of and --database"));
        return EXIT_BAD_ARGUMENT;
      }
  if (*output == '\0' || !gt_unit_issues_path_is_supported (output))
    {
      g_printerr ("guatu: %s\n", _("--export-unit-issues writes PDF, XLSX or CSV: name the "
                                    "file .pdf, .xlsx or .csv"));
      return EXIT_BAD_ARGUMENT;
    }
  if (!gt_cli_escalation_get_as_of (options, &as_of))
    return EXIT_BAD_ARGUMENT;
  database = open_database (options, &default_path);
  if (database == NULL)
    return EXIT_FAILED;
  if (!gt_export_file_check (output, database, &error) ||
      (store = gt_store_open (database, &error)) == NULL ||
      !gt_unit_issues_write (store, &as_of, output, &error))
    {
      g_printerr ("guatu: %s\n", error->message);
      return EXIT_FAILED;
    }
  display = g_filename_display_name (output);
  g_print (_("Wrote %s"), display);
  g_print ("\n");
  return EXIT_SUCCESS;
}

int
gt_cli_escalation_run (GVariantDict *options)
{
  static const char *const others[] = {
    "export-pdf", "export-png", "export-xlsx", "export-csv", "export-notice",
    "export-slides", "export-issue-doc", "month", "summary", "import", "json", "year",
  };
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rises = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *default_path = NULL;
  g_autofree char *day = NULL;
  const char *database;
  gboolean wanted = FALSE;
  GtEscalationRules rules;
  GDate as_of;

  const char *unit_issues = NULL;

  if (g_variant_dict_lookup (options, "export-unit-issues", "^&ay", &unit_issues))
    return export_unit_issues (options, unit_issues);
  if (!g_variant_dict_lookup (options, "escalate", "b", &wanted) || !wanted)
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    if (g_variant_dict_contains (options, others[i]))
      {
        g_printerr ("guatu: %s\n", _("--escalate takes only --as-of and --database"));
        return EXIT_BAD_ARGUMENT;
      }
  if (!gt_cli_escalation_get_as_of (options, &as_of))
    return EXIT_BAD_ARGUMENT;
  /* Raising issues must not leave an empty register behind where there was none. */
  database = open_database (options, &default_path);
  if (database == NULL)
    return EXIT_FAILED;

  store = gt_store_open (database, &error);
  if (store == NULL)
    {
      g_printerr ("guatu: %s\n", error->message);
      return EXIT_FAILED;
    }
  gt_escalation_rules_load (&rules);
  rises = gt_store_run_escalation (store, &rules, &as_of, &error);
  if (rises == NULL)
    {
      g_printerr ("guatu: %s\n", error->message);
      return EXIT_FAILED;
    }

  /* The issues' names come from the lists. */
  gt_store_get_issues (store);
  day = gt_format_date (&as_of);
  for (guint i = 0; i < rises->len; i++)
    append_rise (out, store, rises->pdata[i]);
  /* TRANSLATORS: the last line of --escalate: how many issues rose, the day */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u issue rose as of %s",
                                            "%u issues rose as of %s", rises->len),
                          rises->len, day);
  g_string_append_c (out, '\n');
  g_print ("%s", out->str);
  return EXIT_SUCCESS;
}
