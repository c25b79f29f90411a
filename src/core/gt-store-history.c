/* gt-store-history.c: reading the change history, closing and reopening months.
 *
 * Closing a month is an entry in month_closings; the schema's triggers refuse
 * any write to a month whose last entry is 'close', so that the window, the
 * command line, an import and psql all meet the same refusal.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-history.h"
#include "gt-store-internal.h"
#include "gt-store-private.h"

#define HISTORY_COLUMNS \
  "at, desk, source, kind, COALESCE (project_id, 0), row_id, month, field, old, new"

static const GtDbQuery project_history =
  GT_DB_QUERY ("history-of-project",
               "SELECT " HISTORY_COLUMNS " FROM history WHERE project_id = ?1 ORDER BY id");
/* By time: the month's entries are those whose UTC time falls in [?1, ?2). */
static const GtDbQuery month_history =
  GT_DB_QUERY ("history-of-month",
               "SELECT " HISTORY_COLUMNS " FROM history WHERE at >= ?1 AND at < ?2 "
               "ORDER BY id");
static const GtDbQuery project_month_history =
  GT_DB_QUERY ("history-of-project-month",
               "SELECT " HISTORY_COLUMNS " FROM history WHERE project_id = ?3 "
               "AND at >= ?1 AND at < ?2 ORDER BY id");
static const GtDbQuery all_history =
  GT_DB_QUERY ("history-all", "SELECT " HISTORY_COLUMNS " FROM history ORDER BY id");

static const GtDbQuery month_state =
  GT_DB_QUERY ("month-state",
               "SELECT action FROM month_closings WHERE month = ?1 ORDER BY id DESC LIMIT 1");
static const GtDbQuery add_closing =
  { "month-closing-add",
    "INSERT INTO month_closings (month, action, at, desk, reason) "
    "VALUES (?1, ?2, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), ?3, ?4)",
    "INSERT INTO month_closings (month, action, at, desk, reason) "
    "VALUES (?1, ?2, to_char (now () AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
    "?3, ?4)" };

void
gt_history_entry_free (GtHistoryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->at);
  g_free (entry->desk);
  g_free (entry->source);
  g_free (entry->kind);
  g_free (entry->month);
  g_free (entry->field);
  g_free (entry->old_value);
  g_free (entry->new_value);
  g_free (entry);
}

/* The UTC bounds of a local calendar month, as the log writes times. */
static void
month_bounds (int    year,
              int    month,
              char **from,
              char **to)
{
  g_autoptr(GDateTime) start = g_date_time_new_local (year, month, 1, 0, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_add_months (start, 1);
  g_autoptr(GDateTime) start_utc = g_date_time_to_utc (start);
  g_autoptr(GDateTime) end_utc = g_date_time_to_utc (end);

  *from = g_date_time_format (start_utc, "%Y-%m-%dT%H:%M:%SZ");
  *to = g_date_time_format (end_utc, "%Y-%m-%dT%H:%M:%SZ");
}

GPtrArray *
gt_history_list (GtStore  *store,
                 gint64    project_id,
                 int       year,
                 int       month,
                 GError  **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gboolean by_month = year > 0 && month >= 1 && month <= 12;
  GError *local = NULL;
  GtDbStmt *stmt;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  stmt = _gt_store_stmt_of (store, by_month && project_id != 0 ? &project_month_history
                                   : by_month ? &month_history
                                   : project_id != 0 ? &project_history : &all_history,
                            error);
  if (stmt == NULL)
    return NULL;
  if (by_month)
    {
      month_bounds (year, month, &from, &to);
      gt_db_stmt_bind_text (stmt, 1, from);
      gt_db_stmt_bind_text (stmt, 2, to);
      if (project_id != 0)
        gt_db_stmt_bind_int64 (stmt, 3, project_id);
    }
  else if (project_id != 0)
    {
      gt_db_stmt_bind_int64 (stmt, 1, project_id);
    }

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) gt_history_entry_free);
  while (gt_db_stmt_next (stmt, &local))
    {
      GtHistoryEntry *entry = g_new0 (GtHistoryEntry, 1);

      entry->at = g_strdup (gt_db_stmt_get_string (stmt, 0));
      entry->desk = g_strdup (gt_db_stmt_get_string (stmt, 1));
      entry->source = g_strdup (gt_db_stmt_get_string (stmt, 2));
      entry->kind = g_strdup (gt_db_stmt_get_string (stmt, 3));
      entry->project_id = gt_db_stmt_get_int64 (stmt, 4);
      entry->row_id = gt_db_stmt_get_int64 (stmt, 5);
      entry->month = g_strdup (gt_db_stmt_get_text (stmt, 6));
      entry->field = g_strdup (gt_db_stmt_get_string (stmt, 7));
      entry->old_value = g_strdup (gt_db_stmt_get_text (stmt, 8));
      entry->new_value = g_strdup (gt_db_stmt_get_text (stmt, 9));
      g_ptr_array_add (entries, entry);
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the change history"));
      return NULL;
    }
  return g_steal_pointer (&entries);
}

static gboolean
read_closed (GtStore     *store,
             const char  *month_text,
             gboolean    *closed,
             GError     **error)
{
  GtDbStmt *stmt = _gt_store_stmt_of (store, &month_state, error);
  GError *local = NULL;

  if (stmt == NULL)
    return FALSE;
  gt_db_stmt_bind_text (stmt, 1, month_text);
  *closed = gt_db_stmt_next (stmt, &local) &&
            g_strcmp0 (gt_db_stmt_get_text (stmt, 0), "close") == 0;
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
      return FALSE;
    }
  return TRUE;
}

gboolean
gt_history_is_month_closed (GtStore  *store,
                            int       year,
                            int       month,
                            GError  **error)
{
  char month_text[16];
  gboolean closed = FALSE;

  g_return_val_if_fail (GT_IS_STORE (store), FALSE);

  g_snprintf (month_text, sizeof month_text, "%04d-%02d", year, month);
  return read_closed (store, month_text, &closed, error) && closed;
}

static gboolean
add_entry (GtStore     *store,
           int          year,
           int          month,
           gboolean     close,
           const char  *reason,
           GError     **error)
{
  GtDb *db = _gt_store_get_db (store);
  g_autofree char *shown = gt_format_month (year, month);
  char month_text[16];
  gboolean closed = FALSE;
  gboolean ok;
  GtDbStmt *stmt;

  if (year < 1 || year > 9999 || month < 1 || month > 12)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The month of the report is not valid."));
      return FALSE;
    }
  g_snprintf (month_text, sizeof month_text, "%04d-%02d", year, month);

  /* Read and written under the write lock: two desks closing at once make
   * one entry, and the state read is the state written over. */
  if (!_gt_store_edit_begin (store, error))
    return FALSE;
  ok = read_closed (store, month_text, &closed, error);
  if (ok && closed == close)
    return _gt_store_edit_end (store, TRUE, error);
  stmt = ok ? _gt_store_stmt_of (store, &add_closing, error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      gt_db_stmt_bind_text (stmt, 1, month_text);
      gt_db_stmt_bind_text (stmt, 2, close ? "close" : "reopen");
      gt_db_stmt_bind_text (stmt, 3, gt_db_get_desk (db) != NULL ? gt_db_get_desk (db) : "");
      gt_db_stmt_bind_text (stmt, 4, reason != NULL ? reason : "");
      ok = gt_db_stmt_run (stmt, error);
      if (!ok)
        g_prefix_error (error, close ? _("Could not close %s: ") : _("Could not reopen %s: "),
                        shown);
    }
  return _gt_store_edit_end (store, ok, error);
}

gboolean
gt_history_close_month (GtStore  *store,
                        int       year,
                        int       month,
                        GError  **error)
{
  g_return_val_if_fail (GT_IS_STORE (store), FALSE);

  return add_entry (store, year, month, TRUE, NULL, error);
}

gboolean
gt_history_reopen_month (GtStore     *store,
                         int          year,
                         int          month,
                         const char  *reason,
                         GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  g_return_val_if_fail (GT_IS_STORE (store), FALSE);

  if (*stripped == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Say why the month is reopened: the reason is recorded."));
      return FALSE;
    }
  return add_entry (store, year, month, FALSE, stripped, error);
}
