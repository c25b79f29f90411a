/* gt-db-private.h: what a backend of gt-db.h implements.
 *
 * A backend's connection and statement structs begin with GtDb and GtDbStmt;
 * gt-db.c checks the arguments and calls through the backend's table, and
 * holds what both backends share (ids, dates, "" for NULL).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-db.h"

G_BEGIN_DECLS

typedef struct {
  GtDbDialect dialect;

  void         (*close)          (GtDb *db);
  GtDbStmt    *(*prepare)        (GtDb *db, const GtDbQuery *query, GError **error);
  void         (*bind_int64)     (GtDbStmt *stmt, int index, gint64 value);
  void         (*bind_double)    (GtDbStmt *stmt, int index, double value);
  void         (*bind_text)      (GtDbStmt *stmt, int index, const char *text);
  void         (*bind_null)      (GtDbStmt *stmt, int index);
  gboolean     (*next)           (GtDbStmt *stmt, GError **error);
  int          (*n_columns)      (GtDbStmt *stmt);
  gboolean     (*is_null)        (GtDbStmt *stmt, int column);
  gint64       (*get_int64)      (GtDbStmt *stmt, int column);
  double       (*get_double)     (GtDbStmt *stmt, int column);
  const char  *(*get_text)       (GtDbStmt *stmt, int column);
  gint64       (*changes)        (GtDbStmt *stmt);
  void         (*reset)          (GtDbStmt *stmt);
  gboolean     (*begin)          (GtDb *db, GtDbAccess access, GError **error);
  gboolean     (*commit)         (GtDb *db, GError **error);
  void         (*rollback)       (GtDb *db);
  gboolean     (*in_transaction) (GtDb *db);
  void         (*set_bulk)       (GtDb *db, gboolean bulk);
  gboolean     (*data_version)   (GtDb *db, gint64 *version, GError **error);
  gboolean     (*is_connected)   (GtDb *db);
  gboolean     (*reconnect)      (GtDb *db, GError **error);
} GtDbBackend;

struct _GtDb
{
  const GtDbBackend *backend;
  char              *location;
  char              *desk;      /* see gt_db_set_desk(); NULL until set */
  char              *source;    /* see gt_db_set_source() */
};

struct _GtDbStmt
{
  GtDb            *db;
  const GtDbQuery *query;
};

/* For backends: sets up the common part. */
void  _gt_db_init  (GtDb              *db,
                    const GtDbBackend *backend,
                    const char        *location);
/* Frees the common part (not @db itself). */
void  _gt_db_clear (GtDb              *db);

G_END_DECLS
