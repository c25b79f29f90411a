/* gt-db.c: the calls of gt-db.h, through the backend's table, and what both
 * backends share.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-db-private.h"

void
_gt_db_init (GtDb              *db,
             const GtDbBackend *backend,
             const char        *location)
{
  db->backend = backend;
  db->location = g_strdup (location);
}

void
_gt_db_clear (GtDb *db)
{
  g_clear_pointer (&db->location, g_free);
  g_clear_pointer (&db->desk, g_free);
  g_clear_pointer (&db->source, g_free);
}

void
gt_db_close (GtDb *db)
{
  if (db == NULL)
    return;
  db->backend->close (db);
}

GtDbDialect
gt_db_get_dialect (GtDb *db)
{
  return db->backend->dialect;
}

const char *
gt_db_get_location (GtDb *db)
{
  return db->location;
}

GtDbStmt *
gt_db_prepare (GtDb             *db,
               const GtDbQuery  *query,
               GError          **error)
{
  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (query != NULL && query->name != NULL && query->sql != NULL, NULL);

  return db->backend->prepare (db, query, error);
}

void
gt_db_stmt_bind_int64 (GtDbStmt *stmt,
                       int       index,
                       gint64    value)
{
  stmt->db->backend->bind_int64 (stmt, index, value);
}

void
gt_db_stmt_bind_double (GtDbStmt *stmt,
                        int       index,
                        double    value)
{
  stmt->db->backend->bind_double (stmt, index, value);
}

void
gt_db_stmt_bind_text (GtDbStmt   *stmt,
                      int         index,
                      const char *text)
{
  if (text == NULL)
    stmt->db->backend->bind_null (stmt, index);
  else
    stmt->db->backend->bind_text (stmt, index, text);
}

void
gt_db_stmt_bind_null (GtDbStmt *stmt,
                      int       index)
{
  stmt->db->backend->bind_null (stmt, index);
}

void
gt_db_stmt_bind_id (GtDbStmt *stmt,
                    int       index,
                    gint64    id)
{
  if (id == 0)
    gt_db_stmt_bind_null (stmt, index);
  else
    gt_db_stmt_bind_int64 (stmt, index, id);
}

void
gt_db_stmt_bind_date (GtDbStmt    *stmt,
                      int          index,
                      const GDate *date)
{
  char text[16];

  if (date == NULL || !g_date_valid (date))
    {
      gt_db_stmt_bind_null (stmt, index);
      return;
    }

  g_snprintf (text, sizeof text, "%04u-%02u-%02u", (guint) g_date_get_year (date),
              (guint) g_date_get_month (date), (guint) g_date_get_day (date));
  stmt->db->backend->bind_text (stmt, index, text);
}

gboolean
gt_db_stmt_next (GtDbStmt  *stmt,
                 GError   **error)
{
  return stmt->db->backend->next (stmt, error);
}

gboolean
gt_db_stmt_run (GtDbStmt  *stmt,
                GError   **error)
{
  GError *local = NULL;

  while (stmt->db->backend->next (stmt, &local))
    ;
  /* The count of changes is the backend's to keep past the reset. */
  stmt->db->backend->reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

int
gt_db_stmt_n_columns (GtDbStmt *stmt)
{
  return stmt->db->backend->n_columns (stmt);
}

gboolean
gt_db_stmt_is_null (GtDbStmt *stmt,
                    int       column)
{
  return stmt->db->backend->is_null (stmt, column);
}

gint64
gt_db_stmt_get_int64 (GtDbStmt *stmt,
                      int       column)
{
  return stmt->db->backend->get_int64 (stmt, column);
}

double
gt_db_stmt_get_double (GtDbStmt *stmt,
                       int       column)
{
  return stmt->db->backend->get_double (stmt, column);
}

const char *
gt_db_stmt_get_text (GtDbStmt *stmt,
                     int       column)
{
  return stmt->db->backend->get_text (stmt, column);
}

const char *
gt_db_stmt_get_string (GtDbStmt *stmt,
                       int       column)
{
  const char *text = stmt->db->backend->get_text (stmt, column);

  return text != NULL ? text : "";
}

static gboolean
parse_digits (const char *text,
              guint       n,
              guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (guint) (text[i] - '0');
    }

  return TRUE;
}

/* By hand rather than g_date_set_parse(), which follows the locale and is slow
 * for the tens of thousands of dates a register loads. */
const GDate *
gt_db_stmt_get_date (GtDbStmt *stmt,
                     int       column,
                     GDate    *date)
{
  const char *text = stmt->db->backend->get_text (stmt, column);
  guint year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      !parse_digits (text, 4, &year) || !parse_digits (text + 5, 2, &month) ||
      !parse_digits (text + 8, 2, &day) ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return date;
}

gint64
gt_db_stmt_changes (GtDbStmt *stmt)
{
  return stmt->db->backend->changes (stmt);
}

void
gt_db_stmt_reset (GtDbStmt *stmt)
{
  if (stmt == NULL)
    return;
  stmt->db->backend->reset (stmt);
}

gboolean
gt_db_exec (GtDb             *db,
            const GtDbQuery  *query,
            GError          **error)
{
  GtDbStmt *stmt = gt_db_prepare (db, query, error);

  return stmt != NULL && gt_db_stmt_run (stmt, error);
}

gboolean
gt_db_begin (GtDb        *db,
             GtDbAccess   access,
             GError     **error)
{
  return db->backend->begin (db, access, error);
}

gboolean
gt_db_commit (GtDb    *db,
              GError **error)
{
  return db->backend->commit (db, error);
}

void
gt_db_rollback (GtDb *db)
{
  db->backend->rollback (db);
}

gboolean
gt_db_in_transaction (GtDb *db)
{
  return db->backend->in_transaction (db);
}

void
gt_db_set_bulk (GtDb     *db,
                gboolean  bulk)
{
  db->backend->set_bulk (db, bulk);
}

void
gt_db_set_desk (GtDb       *db,
                const char *desk)
{
  g_free (db->desk);
  db->desk = g_strdup (desk);
}

const char *
gt_db_get_desk (GtDb *db)
{
  return db->desk;
}

void
gt_db_set_source (GtDb       *db,
                  const char *source)
{
  g_free (db->source);
  db->source = g_strdup (source);
}

const char *
gt_db_get_source (GtDb *db)
{
  return db->source != NULL ? db->source : "";
}

gboolean
gt_db_is_connected (GtDb *db)
{
  return db->backend->is_connected (db);
}

gboolean
gt_db_reconnect (GtDb    *db,
                 GError **error)
{
  return db->backend->reconnect (db, error);
}

gboolean
gt_db_get_data_version (GtDb    *db,
                        gint64  *version,
                        GError **error)
{
  return db->backend->data_version (db, version, error);
}
