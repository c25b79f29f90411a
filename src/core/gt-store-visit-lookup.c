/* gt-store-visit-lookup.c: the site visit an issue was assigned on.
 *
 * An issue assigned on the spot names its visit (issues.visit_id, schema 6);
 * GtIssue does not carry it, since only the issue editor asks, once, when it
 * opens. A visit deleted keeps its issues (gt_store_delete_visit()), which
 * then came from no live visit: the join leaves them out.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-store-private.h"
#include "gt-store-visit-lookup.h"
#include "gt-store-visits.h"

static const GtDbQuery issue_visit_query =
  GT_DB_QUERY ("issue-visit-id",
    "SELECT v.id FROM issues i JOIN visits v ON v.id = i.visit_id "
    "WHERE i.id = ?1 AND v.deleted = 0");

gint64
gt_store_get_issue_visit_id (GtStore  *self,
                             gint64    issue_id,
                             GError  **error)
{
  GtDbStmt *stmt;
  GError *local = NULL;
  gint64 visit_id = 0;

  g_return_val_if_fail (GT_IS_STORE (self), -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  stmt = gt_db_prepare (_gt_store_get_db (self), &issue_visit_query, &local);
  if (stmt != NULL)
    {
      gt_db_stmt_bind_int64 (stmt, 1, issue_id);
      if (gt_db_stmt_next (stmt, &local) && !gt_db_stmt_is_null (stmt, 0))
        visit_id = gt_db_stmt_get_int64 (stmt, 0);
      gt_db_stmt_reset (stmt);
    }
  if (local != NULL)
    {
      g_prefix_error (&local, "%s: ", _("Could not read the site visit"));
      g_propagate_error (error, local);
      return -1;
    }
  return visit_id;
}

GtVisit *
gt_store_get_issue_visit (GtStore  *self,
                          gint64    issue_id,
                          GError  **error)
{
  gint64 visit_id = gt_store_get_issue_visit_id (self, issue_id, error);

  if (visit_id <= 0)
    return NULL;
  return gt_store_get_visit (self, visit_id, error);
}
