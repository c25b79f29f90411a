/* gt-store-desk.c: who the store is to others, and where it is.
 *
 * This desk's name (本机名称, Preferences) and the source of its edits, which
 * every write transaction stamps on the change log and history; the register's
 * identity; whether it lives on a server, and the connection to it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-office-settings.h"
#include "gt-pg-db.h"
#include "gt-store-internal.h"

/* Until Preferences names it (本机名称): the account's full name, else its login. */
static const char *
default_desk_name (void)
{
  const char *name = g_get_real_name ();

  if (name == NULL || *name == '\0' || g_str_equal (name, "Unknown"))
    name = g_get_user_name ();
  return name;
}

static void
desk_name_changed_cb (GtStore *self)
{
  g_autofree char *name = self->settings != NULL
                          ? g_settings_get_string (self->settings, "desk-name") : NULL;

  gt_db_set_desk (self->db, name != NULL && *name != '\0' ? name : default_desk_name ());
}

void
_gt_store_follow_desk_name (GtStore *self)
{
  self->settings = gt_office_settings_open ("desk-name");
  desk_name_changed_cb (self);
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::desk-name",
                             G_CALLBACK (desk_name_changed_cb), self, G_CONNECT_SWAPPED);
}

void
gt_store_set_desk_name (GtStore    *self,
                        const char *name)
{
  g_return_if_fail (GT_IS_STORE (self));

  gt_db_set_desk (self->db, name != NULL && *name != '\0' ? name : default_desk_name ());
}

void
gt_store_set_source (GtStore    *self,
                     const char *source)
{
  g_return_if_fail (GT_IS_STORE (self));

  gt_db_set_source (self->db, source != NULL ? source : "typed");
}

const char *
gt_store_get_desk_name (GtStore *self)
{
  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  return gt_db_get_desk (self->db);
}

char *
gt_store_dup_register_id (GtStore *self)
{
  static const GtDbQuery register_id =
    GT_DB_QUERY ("register-id", "SELECT value FROM register_info WHERE key = 'id'");
  g_autoptr(GError) error = NULL;
  GtDbStmt *stmt;
  char *id = NULL;

  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  stmt = gt_db_prepare (self->db, &register_id, &error);
  if (stmt != NULL && gt_db_stmt_next (stmt, &error))
    id = g_strdup (gt_db_stmt_get_text (stmt, 0));
  gt_db_stmt_reset (stmt);
  if (error != NULL)
    g_warning ("Could not read the register's identity: %s", error->message);
  return id;
}

gboolean
gt_store_is_server (GtStore *self)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);

  return gt_db_get_dialect (self->db) == GT_DB_DIALECT_POSTGRESQL;
}

gboolean
gt_store_is_connected (GtStore *self)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);

  return gt_db_is_connected (self->db);
}

gboolean
gt_store_reconnect (GtStore  *self,
                    GError  **error)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->in_batch, FALSE);

  if (!gt_db_reconnect (self->db, error))
    return FALSE;
  self->edit_depth = 0;
  self->edit_transaction = FALSE;
  self->feed_started = FALSE;
  _gt_store_clear_history (self);
  if (!_gt_store_reload (self, error))
    return FALSE;
  _gt_store_emit_changed (self);
  return TRUE;
}

gboolean
gt_store_location_is_server (const char *location)
{
  return gt_pg_db_is_url (location);
}

char *
gt_store_dup_display_location (const char *location)
{
  if (location == NULL)
    return NULL;
  return gt_pg_db_is_url (location) ? gt_pg_db_display_url (location)
                                    : g_filename_display_name (location);
}
