/* gt-pg-roles.h: who may change what in a register on the office's server.
 *
 * The office's desks (members of the role guatu_office, and the database's
 * owner) edit everything; a unit's desk (a role granted a unit, through the
 * group role guatu_units) files the monthly figures of its own projects and
 * the 整改 of its issues, and reads what the window shows it. The server
 * enforces it: row-level security policies, column privileges and a trigger,
 * set up by gt_pg_roles_grant_unit().
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-db.h"
#include "gt-store.h"

G_BEGIN_DECLS

/* What gt_pg_roles_grant_unit() found. */
typedef struct {
  gint64 unit_id;
  guint  projects;   /* the unit's projects (as unit or as locality) */
  guint  issues;     /* issues assigned to the unit */
} GtPgRolesGrant;

/* Makes the existing login role @role a desk of the office (a member of
 * guatu_office: it edits everything), and sets up the rest as
 * gt_pg_roles_grant_unit() does. Must run as the database's owner. */
gboolean  gt_pg_roles_grant_office (GtStore         *store,
                                    const char      *role,
                                    GError         **error);

/* Ties the existing login role @role to the unit named @unit_name, and sets up
 * (again: every step may run twice) the roles guatu_office and guatu_units,
 * the mapping table guatu_unit_roles, the policies, privileges and the
 * change log's rights. Must run as the database's owner (or a superuser) with
 * the right to create roles; @store must be on a server. @grant may be NULL. */
gboolean  gt_pg_roles_grant_unit   (GtStore         *store,
                                    const char      *role,
                                    const char      *unit_name,
                                    GtPgRolesGrant  *grant,
                                    GError         **error);

/* For a migration of the server's schema, inside its write transaction, as
 * the owner: when desks' rights were set up on this database, sets them up
 * again, so that the new tables and functions are granted and held as the
 * old ones are (nothing to do, TRUE, when they never were). */
gboolean  gt_pg_roles_refresh      (GtDb            *db,
                                    GError         **error);

/* Whose desk this store's connection is: the office's (a file's, the
 * database's owner, a member of guatu_office, or any role on a server where
 * desks' rights were never set up) or a unit's, which files its own projects'
 * figures and its issues' rectification only; for a window to offer only
 * what the server will take. */
typedef enum {
  GT_PG_DESK_OFFICE,
  GT_PG_DESK_UNIT,
} GtPgDesk;

/* @unit_ids, when not NULL, is set to a new GArray of the unit's ids
 * (gint64), empty for the office. GT_PG_DESK_OFFICE with @error set when the
 * server could not say. */
GtPgDesk  gt_pg_roles_get_desk     (GtStore         *store,
                                    GArray         **unit_ids,
                                    GError         **error);

/* The refusals of the rules above, in the reader's language: the server's
 * triggers raise SQLSTATE 42501 with the HINT "guatu-unit-own-projects" or
 * "guatu-unit-rectify-only", and the message for it is this; NULL for any
 * other @hint. For gt-pg-db.c's error messages. */
const char *gt_pg_roles_describe_refusal (const char *hint);

G_END_DECLS
