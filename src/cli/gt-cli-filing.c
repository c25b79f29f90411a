/* gt-cli-filing.c: who has filed the month's figures, for a clerk's terminal
 * or a script: a line per unit, the reminders to send the units not filed;
 * with --json one object per unit (unit, status, filed_at).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <time.h>

#include <glib/gi18n-lib.h>

#include "gt-as-of.h"
#include "gt-cli-filing.h"
#include "gt-filing.h"
#include "gt-format.h"
#include "gt-store.h"

#define EXIT_FAILED       1
#define EXIT_BAD_ARGUMENT 2

void
gt_cli_filing_add_options (GApplication *app)
{
  g_application_add_main_option (app, "filing-status", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE,
                                 _("Print who has filed the month’s figures (--month, "
                                   "--json), and exit"), NULL);
}

/* A JSON string: quotes, backslashes and control characters escaped, the rest
 * as the UTF-8 it is. */
static void
append_json_string (GString    *out,
                    const char *text)
{
  if (text == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (out, "\\u%04x", (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

int
gt_cli_filing_run (GVariantDict *options)
{
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *default_path = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  const char *database = NULL;
  const char *month_text = NULL;
  gboolean wanted = FALSE;
  gboolean json = FALSE;
  int day = gt_filing_get_deadline_day ();
  GtAsOf as_of;
  GDate today;

  if (!g_variant_dict_lookup (options, "filing-status", "b", &wanted) || !wanted)
    return -1;
  g_variant_dict_lookup (options, "month", "&s", &month_text);
  g_variant_dict_lookup (options, "json", "b", &json);
  g_variant_dict_lookup (options, "database", "^&ay", &database);
  if (database == NULL)
    database = default_path = gt_store_dup_default_path ();
  if (month_text != NULL && !gt_as_of_parse (&as_of, month_text))
    {
      g_printerr ("guatu: %s\n", _("--month takes a year and month like 2026-10"));
      return EXIT_BAD_ARGUMENT;
    }
  if (!gt_store_location_is_server (database) && !g_file_test (database, G_FILE_TEST_EXISTS))
    {
      g_autofree char *display = g_filename_display_name (database);

      g_printerr ("guatu: %s: %s\n", display, _("No such file"));
      return EXIT_FAILED;
    }

  store = gt_store_open (database, &error);
  if (store != NULL && month_text == NULL && !gt_as_of_init_default (&as_of, store, NULL, &error))
    g_clear_object (&store);
  if (store == NULL)
    {
      g_printerr ("guatu: %s\n", error->message);
      return EXIT_FAILED;
    }

  /* Filing is about now: whether the deadline has passed is judged today. */
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  list = gt_filing_list (store, as_of.year, as_of.month, day, &today, &error);
  if (list == NULL)
    {
      g_printerr ("guatu: %s\n", error->message);
      return EXIT_FAILED;
    }

  if (json)
    {
      g_string_append (out, "[");
      for (guint i = 0; i < list->len; i++)
        {
          GtFiling *filing = list->pdata[i];

          g_string_append (out, i == 0 ? "\n  {\"unit\": " : ",\n  {\"unit\": ");
          append_json_string (out, filing->unit);
          g_string_append (out, ", \"status\": ");
          append_json_string (out, gt_filing_status_to_id (filing->status));
          g_string_append (out, ", \"filed_at\": ");
          append_json_string (out, filing->filed_at);
          g_string_append_printf (out, ", \"projects\": %u, \"filed\": %u}",
                                  filing->projects, filing->filed);
        }
      g_string_append (out, list->len > 0 ? "\n]\n" : "]\n");
      g_print ("%s", out->str);
      return EXIT_SUCCESS;
    }

  {
    g_autofree char *shown = gt_format_month (as_of.year, as_of.month);

    /* TRANSLATORS: %s is a month, 2023年4月 */
    g_string_append_printf (out, _("Filing of %s"), shown);
    g_string_append_c (out, '\n');
  }
  for (guint i = 0; i < list->len; i++)
    {
      GtFiling *filing = list->pdata[i];

      /* TRANSLATORS: a unit, its status, projects filed of its projects */
      g_string_append_printf (out, _("%s\t%s\t%u of %u"), filing->unit,
                              gt_filing_status_get_label (filing->status), filing->filed,
                              filing->projects);
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < list->len; i++)
    {
      GtFiling *filing = list->pdata[i];
      g_autofree char *reminder = NULL;

      /* Only to units still owing figures: one that filed late has filed (the
       * window's Copy Reminders, gt_filing_reminders(), sends the same). */
      if (filing->filed >= filing->projects)
        continue;
      reminder = gt_filing_reminder (filing->unit, as_of.year, as_of.month, day);
      g_string_append_printf (out, "%s\n", reminder);
    }
  g_print ("%s", out->str);
  return EXIT_SUCCESS;
}
