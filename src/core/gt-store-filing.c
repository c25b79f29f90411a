/* gt-store-filing.c: who has filed the month's figures (报送情况).
 *
 * A unit has filed a month when every live project it is responsible for has
 * that month's figures; when is the time of the last of them, from the change
 * history (so a figure typed by the office on a unit's behalf counts as the
 * unit's filing, at the time it was typed). Past the deadline, a unit that has
 * not filed, or filed after it, is late; a unit that filed with a figure that
 * looks like a slip (gt-plausibility.h: a month above half the year plan) has
 * problems, for the office to query before the notice.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-filing.h"
#include "gt-format.h"
#include "gt-office-settings.h"
#include "gt-plausibility.h"
#include "gt-store-internal.h"
#include "gt-store-private.h"

/* Per unit: its live projects, those with the month's figures, the last time
 * one came in, and how many look like a slip (a month above half the plan).
 * ?1 the month 'YYYY-MM', ?2 the year. */
/* ?2 cast, so that the server knows it for a number (both dialects read it). */
static const GtDbQuery filing_query =
  GT_DB_QUERY ("filing-by-unit",
    "SELECT u.id, u.name, count (p.id), count (r.id), "
    "       (SELECT max (h.at) FROM history h JOIN projects q ON q.id = h.project_id "
    "        WHERE h.kind = 'report' AND h.month = ?1 AND q.unit_id = u.id AND q.deleted = 0), "
    "       sum (CASE WHEN r.completed > 0 AND a.amount > 0 AND r.completed * 2 > a.amount "
    "                 THEN 1 ELSE 0 END) "
    "FROM units u JOIN projects p ON p.unit_id = u.id AND p.deleted = 0 "
    "LEFT JOIN monthly_reports r ON r.project_id = p.id AND r.month = ?1 "
    "LEFT JOIN annual_plans a ON a.project_id = p.id AND a.year = CAST (?2 AS integer) "
    "WHERE u.deleted = 0 GROUP BY u.id, u.name ORDER BY u.name");

G_STATIC_ASSERT (GT_PLAUSIBLE_MONTH_SHARE == 0.5);

void
gt_filing_free (GtFiling *filing)
{
  if (filing == NULL)
    return;
  g_free (filing->unit);
  g_free (filing->filed_at);
  g_free (filing);
}

/* From this day of the month on, the deadline falls in the month reported. */
#define SAME_MONTH_DEADLINE_DAY 15

int
gt_filing_get_deadline_day (void)
{
  g_autoptr(GSettings) settings = gt_office_settings_open ("report-deadline-day");

  if (settings == NULL)
    return 25;
  return CLAMP (g_settings_get_int (settings, "report-deadline-day"), 1, 28);
}

void
gt_filing_get_deadline (int    year,
                        int    month,
                        int    day,
                        GDate *deadline)
{
  g_return_if_fail (deadline != NULL);
  g_return_if_fail (day >= 1 && day <= 28);

  g_date_clear (deadline, 1);
  g_date_set_dmy (deadline, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  if (day < SAME_MONTH_DEADLINE_DAY)
    g_date_add_months (deadline, 1);
}

const char *
gt_filing_status_to_id (GtFilingStatus status)
{
  static const char * const ids[] = { "filed", "missing", "late", "problems" };

  g_return_val_if_fail (status <= GT_FILING_PROBLEMS, "missing");
  return ids[status];
}

const char *
gt_filing_status_get_label (GtFilingStatus status)
{
  switch (status)
    {
    case GT_FILING_FILED:
      return C_("filing status", "Filed");
    case GT_FILING_LATE:
      return C_("filing status", "Late");
    case GT_FILING_PROBLEMS:
      return C_("filing status", "Problems");
    case GT_FILING_MISSING:
    default:
      return C_("filing status", "Not filed");
    }
}

char *
gt_filing_reminder (const char *unit,
                    int         year,
                    int         month,
                    int         deadline_day)
{
  g_autofree char *day = NULL;
  GDate deadline;

  gt_filing_get_deadline (year, month, deadline_day, &deadline);
  day = gt_format_date (&deadline);

  /* TRANSLATORS: a reminder to a unit: its name, the deadline date, the month's number */
  return g_strdup_printf (_("%s: please file the figures of the key projects for month %d "
                            "by %s."), unit, month, day);
}

/* The local day of a log time 'YYYY-MM-DDTHH:MM:SSZ'. */
static gboolean
local_day (const char *at,
           GDate      *day)
{
  g_autoptr(GDateTime) utc = at != NULL ? g_date_time_new_from_iso8601 (at, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return FALSE;
  local = g_date_time_to_local (utc);
  g_date_clear (day, 1);
  g_date_set_dmy (day, (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local),
                  (GDateYear) g_date_time_get_year (local));
  return TRUE;
}

GPtrArray *
gt_filing_list (GtStore      *store,
                int           year,
                int           month,
                int           deadline_day,
                const GDate  *today,
                GError      **error)
{
  g_autoptr(GPtrArray) list = NULL;
  GtDbStmt *stmt;
  GError *local = NULL;
  char month_text[16];
  GDate deadline;
  gboolean past;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);
  g_return_val_if_fail (deadline_day >= 1 && deadline_day <= 28, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  gt_filing_get_deadline (year, month, deadline_day, &deadline);
  past = g_date_compare (today, &deadline) > 0;

  stmt = _gt_store_stmt_of (store, &filing_query, error);
  if (stmt == NULL)
    return NULL;
  g_snprintf (month_text, sizeof month_text, "%04d-%02d", year, month);
  gt_db_stmt_bind_text (stmt, 1, month_text);
  gt_db_stmt_bind_int64 (stmt, 2, year);

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) gt_filing_free);
  while (gt_db_stmt_next (stmt, &local))
    {
      GtFiling *filing = g_new0 (GtFiling, 1);
      gboolean all_in;
      GDate day;

      filing->unit_id = gt_db_stmt_get_int64 (stmt, 0);
      filing->unit = g_strdup (gt_db_stmt_get_string (stmt, 1));
      filing->projects = (guint) gt_db_stmt_get_int64 (stmt, 2);
      filing->filed = (guint) gt_db_stmt_get_int64 (stmt, 3);
      filing->filed_at = g_strdup (gt_db_stmt_get_text (stmt, 4));
      all_in = filing->filed >= filing->projects;
      if (all_in && gt_db_stmt_get_int64 (stmt, 5) > 0)
        filing->status = GT_FILING_PROBLEMS;
      else if (all_in && filing->filed_at != NULL && local_day (filing->filed_at, &day) &&
               g_date_compare (&day, &deadline) > 0)
        filing->status = GT_FILING_LATE;
      else if (all_in)
        filing->status = GT_FILING_FILED;
      else
        filing->status = past ? GT_FILING_LATE : GT_FILING_MISSING;
      g_ptr_array_add (list, filing);
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
      return NULL;
    }
  return g_steal_pointer (&list);
}
