/* gt-as-of.c: the month every output is "as of".
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <time.h>

#include <glib/gi18n-lib.h>

#include "gt-as-of.h"
#include "gt-format.h"
#include "gt-store-private.h"

/* Months are 'YYYY-MM' text, which sorts as it reads. */
static const GtDbQuery latest_query =
  GT_DB_QUERY ("as-of-latest-month",
               "SELECT MAX(r.month) FROM monthly_reports r"
               " JOIN projects p ON p.id = r.project_id WHERE p.deleted = 0");

void
gt_as_of_set (GtAsOf *as_of,
              int     year,
              int     month)
{
  g_return_if_fail (as_of != NULL);
  g_return_if_fail (year >= 1 && year <= 9999 && month >= 1 && month <= 12);

  as_of->year = year;
  as_of->month = month;
  g_date_clear (&as_of->day, 1);
  g_date_set_dmy (&as_of->day, g_date_get_days_in_month (month, year), month, year);
}

gboolean
gt_as_of_parse (GtAsOf     *as_of,
                const char *text)
{
  int year, month, consumed = 0;

  if (text == NULL || sscanf (text, "%4d-%2d%n", &year, &month, &consumed) != 2 ||
      consumed != 7 || text[consumed] != '\0' || !g_ascii_isdigit (text[5]) ||
      year < GT_DATE_MIN_YEAR || year > GT_DATE_MAX_YEAR || month < 1 || month > 12)
    return FALSE;

  gt_as_of_set (as_of, year, month);
  return TRUE;
}

gboolean
gt_as_of_init_default (GtAsOf       *as_of,
                       GtStore      *store,
                       const GDate  *today,
                       GError      **error)
{
  GtDbStmt *stmt;
  GError *local = NULL;
  gboolean ok;
  int year = 0, month = 0;

  g_return_val_if_fail (as_of != NULL, FALSE);
  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = gt_db_prepare (_gt_store_get_db (store), &latest_query, &local);
  if (stmt != NULL && gt_db_stmt_next (stmt, &local))
    {
      const char *text = gt_db_stmt_get_text (stmt, 0);

      /* A month the store wrote is always YYYY-MM; anything else counts as none. */
      if (text == NULL || sscanf (text, "%4d-%2d", &year, &month) != 2 || year < 1 ||
          year > 9999 || month < 1 || month > 12)
        year = month = 0;
    }
  ok = local == NULL;
  if (!ok)
    {
      g_prefix_error (&local, "%s: ", _("Could not read the monthly reports"));
      g_propagate_error (error, local);
    }
  gt_db_stmt_reset (stmt);

  if (year == 0)
    {
      GDate now;

      if (today == NULL || !g_date_valid (today))
        {
          g_date_clear (&now, 1);
          g_date_set_time_t (&now, time (NULL));
          today = &now;
        }
      year = g_date_get_year (today);
      month = g_date_get_month (today);
    }
  gt_as_of_set (as_of, year, month);
  return ok;
}
