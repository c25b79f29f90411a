/* gt-store-formalities.c: a project's approval formalities (审批手续).
 *
 * Kept as milestones are: not in memory, read per project by a view, or all at
 * once for the 手续办理 view and the lights; a part of the project in the
 * change log (the schema's triggers log it as the project, part
 * 'formalities'), so that the lists and other desks take it in.
 *
 * Undo: every edit is one step, a list command (gt-store-command.c) holding
 * the project's whole list before and after, as a milestone command holds a
 * schedule; its undo and redo write a list back with the ids it had, and are
 * refused when another desk changed the project's approvals since.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-store-formalities.h"
#include "gt-store-internal.h"
#include "gt-store-private.h"

#define COLUMNS                                                                   \
  "f.id, f.project_id, f.position, f.kind, f.approver_unit_id, f.limit_days, "    \
  "f.planned_on, f.actual_on, f.state, f.note"

static const GtDbQuery list_query =
  GT_DB_QUERY ("formalities-list",
               "SELECT " COLUMNS " FROM formalities f WHERE f.project_id = ?1 "
               "ORDER BY f.position, f.id");
/* Of live projects only; ?1 = 0: every department. */
static const GtDbQuery list_all_query =
  GT_DB_QUERY ("formalities-list-all",
               "SELECT " COLUMNS " FROM formalities f JOIN projects p ON p.id = f.project_id "
               "WHERE p.deleted = 0 AND (?1 = 0 OR f.approver_unit_id = ?1) "
               "ORDER BY f.approver_unit_id IS NULL, f.approver_unit_id, "
               "  f.planned_on IS NULL, f.planned_on, f.project_id, f.position, f.id");
static const GtDbQuery insert_query =
  GT_DB_QUERY ("formalities-insert",
               "INSERT INTO formalities (id, project_id, position, kind, approver_unit_id, "
               "  limit_days, planned_on, actual_on, state, note) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id");
static const GtDbQuery update_query =
  GT_DB_QUERY ("formalities-update",
               "UPDATE formalities SET project_id = ?2, position = ?3, kind = ?4, "
               "  approver_unit_id = ?5, limit_days = ?6, planned_on = ?7, actual_on = ?8, "
               "  state = ?9, note = ?10 WHERE id = ?1");
static const GtDbQuery delete_query =
  GT_DB_QUERY ("formalities-delete", "DELETE FROM formalities WHERE id = ?1");
static const GtDbQuery clear_query =
  GT_DB_QUERY ("formalities-clear", "DELETE FROM formalities WHERE project_id = ?1");
static const GtDbQuery count_query =
  GT_DB_QUERY ("formalities-count", "SELECT count (*) FROM formalities WHERE project_id = ?1");
static const GtDbQuery next_position_query =
  GT_DB_QUERY ("formalities-next-position",
               "SELECT COALESCE (max (position) + 1, 0) FROM formalities WHERE project_id = ?1");

static gboolean
validate (GtFormality  *formality,
          GError      **error)
{
  const GDate *dates[] = {
    gt_formality_get_planned_on (formality), gt_formality_get_actual_on (formality),
  };

  if (*gt_formality_get_kind (formality) == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("An approval needs a name."));
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    if (dates[i] != NULL && !gt_date_in_range (dates[i]))
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("Dates must fall between %d and %d."), GT_DATE_MIN_YEAR,
                     GT_DATE_MAX_YEAR);
        return FALSE;
      }
  return TRUE;
}

static void
set_not_found (GError **error)
{
  g_set_error_literal (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND,
                       _("The approval no longer exists."));
}

static GtFormality *
read_formality (GtDbStmt *stmt)
{
  GtFormality *formality = gt_formality_new ();
  GtFormalityState state = GT_FORMALITY_TODO;
  GDate date;

  gt_formality_set_id (formality, gt_db_stmt_get_int64 (stmt, 0));
  gt_formality_set_project_id (formality, gt_db_stmt_get_int64 (stmt, 1));
  gt_formality_set_position (formality, (int) gt_db_stmt_get_int64 (stmt, 2));
  gt_formality_set_kind (formality, gt_db_stmt_get_string (stmt, 3));
  gt_formality_set_approver_unit_id (formality, gt_db_stmt_get_int64 (stmt, 4));
  gt_formality_set_limit_days (formality, (int) gt_db_stmt_get_int64 (stmt, 5));
  gt_formality_set_planned_on (formality, gt_db_stmt_get_date (stmt, 6, &date));
  gt_formality_set_actual_on (formality, gt_db_stmt_get_date (stmt, 7, &date));
  gt_formality_state_from_id (gt_db_stmt_get_text (stmt, 8), &state);
  gt_formality_set_state (formality, state);
  gt_formality_set_note (formality, gt_db_stmt_get_string (stmt, 9));
  return formality;
}

static GPtrArray *
read_all (GtDbStmt  *stmt,
          GError   **error)
{
  g_autoptr(GPtrArray) formalities = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local = NULL;

  while (gt_db_stmt_next (stmt, &local))
    g_ptr_array_add (formalities, read_formality (stmt));
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
      return NULL;
    }
  return g_steal_pointer (&formalities);
}

GPtrArray *
gt_store_list_formalities (GtStore  *store,
                           gint64    project_id,
                           GError  **error)
{
  GtDbStmt *stmt;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  stmt = _gt_store_stmt_of (store, &list_query, error);
  if (stmt == NULL)
    return NULL;
  gt_db_stmt_bind_int64 (stmt, 1, project_id);
  return read_all (stmt, error);
}

GPtrArray *
gt_store_list_all_formalities (GtStore  *store,
                               gint64    approver_unit_id,
                               GError  **error)
{
  GtDbStmt *stmt;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  stmt = _gt_store_stmt_of (store, &list_all_query, error);
  if (stmt == NULL)
    return NULL;
  gt_db_stmt_bind_int64 (stmt, 1, approver_unit_id);
  return read_all (stmt, error);
}

static void
bind_formality (GtDbStmt    *stmt,
                GtFormality *formality)
{
  gint64 approver = gt_formality_get_approver_unit_id (formality);

  gt_db_stmt_bind_id (stmt, 1, gt_formality_get_id (formality));
  gt_db_stmt_bind_int64 (stmt, 2, gt_formality_get_project_id (formality));
  gt_db_stmt_bind_int64 (stmt, 3, gt_formality_get_position (formality));
  gt_db_stmt_bind_text (stmt, 4, gt_formality_get_kind (formality));
  if (approver != 0)
    gt_db_stmt_bind_int64 (stmt, 5, approver);
  else
    gt_db_stmt_bind_null (stmt, 5);
  gt_db_stmt_bind_int64 (stmt, 6, MAX (gt_formality_get_limit_days (formality), 0));
  gt_db_stmt_bind_date (stmt, 7, gt_formality_get_planned_on (formality));
  gt_db_stmt_bind_date (stmt, 8, gt_formality_get_actual_on (formality));
  gt_db_stmt_bind_text (stmt, 9, gt_formality_state_to_id (gt_formality_get_state (formality)));
  _gt_store_bind_text (stmt, 10, gt_formality_get_note (formality));
}

static gboolean
insert (GtStore      *store,
        GtFormality  *formality,
        GError      **error)
{
  GtDbStmt *stmt = _gt_store_stmt_of (store, &insert_query, error);
  gint64 id = 0;

  if (stmt == NULL)
    return FALSE;
  bind_formality (stmt, formality);
  if (!_gt_store_stmt_insert (stmt, &id, _("Could not save the change"), error))
    return FALSE;
  gt_formality_set_id (formality, id);
  return TRUE;
}

/* Runs @query on @formality (update: all of it, delete: its id); NOT_FOUND
 * when no row was there. */
static gboolean
change (GtStore          *store,
        const GtDbQuery  *query,
        GtFormality      *formality,
        gboolean          whole,
        GError          **error)
{
  GtDbStmt *stmt = _gt_store_stmt_of (store, query, error);

  if (stmt == NULL)
    return FALSE;
  if (whole)
    bind_formality (stmt, formality);
  else
    gt_db_stmt_bind_int64 (stmt, 1, gt_formality_get_id (formality));
  if (!_gt_store_stmt_run (stmt, _("Could not save the change"), error))
    return FALSE;
  if (gt_db_stmt_changes (stmt) == 0)
    {
      set_not_found (error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_list (GtStore    *store,
            gint64      project_id,
            GPtrArray  *formalities,
            GError    **error)
{
  GtDbStmt *stmt = _gt_store_stmt_of (store, &clear_query, error);

  if (stmt == NULL)
    return FALSE;
  gt_db_stmt_bind_int64 (stmt, 1, project_id);
  if (!_gt_store_stmt_run (stmt, _("Could not save the change"), error))
    return FALSE;
  for (guint i = 0; i < formalities->len; i++)
    {
      GtFormality *formality = g_ptr_array_index (formalities, i);

      gt_formality_set_project_id (formality, project_id);
      if (!insert (store, formality, error))
        return FALSE;
    }
  return TRUE;
}

/* What an undo or a redo writes back: @formalities, ids kept, as the
 * project's whole list. Copies: the command keeps its lists as they were. */
static gboolean
write_back (GtStore    *store,
            gint64      project_id,
            GPtrArray  *formalities,
            GError    **error)
{
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean ok;

  for (guint i = 0; i < formalities->len; i++)
    g_ptr_array_add (copies, gt_formality_copy (g_ptr_array_index (formalities, i)));
  if (!_gt_store_check_project (store, project_id, error) ||
      !_gt_store_edit_begin (store, error))
    return FALSE;
  ok = write_list (store, project_id, copies, error);
  if (!_gt_store_edit_end (store, ok, error))
    return FALSE;
  _gt_store_project_touched (store, project_id);
  return TRUE;
}

static const GtDbQuery state_query =
  GT_DB_QUERY ("formalities-state",
               "SELECT * FROM formalities WHERE project_id = ?1 ORDER BY id");

static const GtStoreListOps list_ops = {
  write_back,
  &state_query,
  GT_STORE_KIND_PROJECT,
};

static const char *const edit_labels[] = {
  N_("Add Approval “%s”"),
  N_("Edit Approval “%s”"),
  N_("Delete Approval “%s”"),
  N_("Plan the Approvals of “%s”"),
};

static gboolean
next_position (GtStore  *store,
               gint64    project_id,
               gint64   *position,
               GError  **error)
{
  GtDbStmt *stmt = _gt_store_stmt_of (store, &next_position_query, error);

  if (stmt == NULL)
    return FALSE;
  gt_db_stmt_bind_int64 (stmt, 1, project_id);
  return _gt_store_stmt_value (stmt, position, error);
}

typedef enum {
  EDIT_ADD,
  EDIT_UPDATE,
  EDIT_DELETE,
  EDIT_REPLACE,
} EditKind;

/* The formality @id of @list (the project's, read in the edit's transaction). */
static GtFormality *
find_formality (GPtrArray *list,
                gint64     id)
{
  for (guint i = 0; i < list->len; i++)
    if (gt_formality_get_id (g_ptr_array_index (list, i)) == id)
      return g_ptr_array_index (list, i);
  return NULL;
}

/* An update over @original as the editor read it (NULL: no check): *@changed
 * FALSE when there is nothing to write. */
static gboolean
update (GtStore      *store,
        GPtrArray    *stored_list,
        GtFormality  *original,
        GtFormality  *formality,
        gboolean     *changed,
        GError      **error)
{
  GtFormality *stored = find_formality (stored_list, gt_formality_get_id (formality));

  switch (_gt_store_judge_save (stored, original, formality,
                                (GtStoreSameFunc) gt_formality_same_values, FALSE))
    {
    case GT_STORE_SAVE_UNCHANGED:
      *changed = FALSE;
      return TRUE;
    case GT_STORE_SAVE_REFUSED:
      return _gt_store_refuse_changed (store, "project", gt_formality_get_project_id (stored),
                                       "formalities", gt_formality_get_kind (stored), error);
    case GT_STORE_SAVE_WRITE:
    default:
      return change (store, &update_query, formality, TRUE, error);
    }
}

/* One edit, one transaction, one step of undo: the project's list read before
 * and after it inside the transaction. @formality for the first three kinds
 * (an update saved over @original, when not NULL), @list (the project's new
 * whole list) for EDIT_REPLACE. */
static gboolean
edit (GtStore      *store,
      EditKind      kind,
      gint64        project_id,
      GtFormality  *formality,
      GtFormality  *original,
      GPtrArray    *list,
      GError      **error)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *label = NULL;
  const char *name;
  gboolean changed = TRUE;
  gboolean ok = TRUE;

  if ((kind == EDIT_ADD || kind == EDIT_UPDATE) && !validate (formality, error))
    return FALSE;
  if (!_gt_store_check_project (store, project_id, error) ||
      !_gt_store_edit_begin (store, error))
    return FALSE;
  ok = (before = gt_store_list_formalities (store, project_id, error)) != NULL;
  if (ok)
    switch (kind)
    {
    case EDIT_ADD:
      {
        gint64 position = 0;

        /* A new one goes last unless placed. */
        ok = gt_formality_get_position (formality) > 0 ||
             next_position (store, project_id, &position, error);
        if (ok && gt_formality_get_position (formality) == 0)
          gt_formality_set_position (formality, (int) position);
        ok = ok && insert (store, formality, error);
      }
      break;
    case EDIT_UPDATE:
      ok = update (store, before, original, formality, &changed, error);
      break;
    case EDIT_DELETE:
      ok = change (store, &delete_query, formality, FALSE, error);
      break;
    case EDIT_REPLACE:
      ok = write_list (store, project_id, list, error);
      break;
    default:
      g_assert_not_reached ();
    }
  if (ok && changed)
    ok = (after = gt_store_list_formalities (store, project_id, error)) != NULL;
  if (!_gt_store_edit_end (store, ok, error))
    return FALSE;
  /* Saved with no change: nothing written, no step to undo. */
  if (!changed)
    return TRUE;
  _gt_store_project_touched (store, project_id);

  if (kind == EDIT_REPLACE)
    {
      GtProject *project = gt_store_lookup_project (store, project_id);

      name = project != NULL ? gt_project_get_name (project) : "";
    }
  else
    {
      name = gt_formality_get_kind (formality);
    }
  label = g_strdup_printf (_(edit_labels[kind]), name);
  _gt_store_record (store, _gt_store_command_new_list (&list_ops, project_id,
                                                       g_steal_pointer (&before),
                                                       g_steal_pointer (&after),
                                                       label, name));
  return TRUE;
}

gboolean
gt_store_add_formality (GtStore      *store,
                        GtFormality  *formality,
                        GError      **error)
{
  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (GT_IS_FORMALITY (formality), FALSE);

  gt_formality_set_id (formality, 0);
  return edit (store, EDIT_ADD, gt_formality_get_project_id (formality), formality, NULL, NULL,
               error);
}

static gboolean
update_over (GtStore      *store,
             GtFormality  *original,
             GtFormality  *formality,
             GError      **error)
{
  if (gt_formality_get_id (formality) == 0)
    {
      set_not_found (error);
      return FALSE;
    }
  return edit (store, EDIT_UPDATE, gt_formality_get_project_id (formality), formality, original,
               NULL, error);
}

gboolean
gt_store_update_formality (GtStore      *store,
                           GtFormality  *formality,
                           GError      **error)
{
  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (GT_IS_FORMALITY (formality), FALSE);

  return update_over (store, NULL, formality, error);
}

gboolean
gt_store_update_formality_over (GtStore      *store,
                                GtFormality  *original,
                                GtFormality  *formality,
                                GError      **error)
{
  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (GT_IS_FORMALITY (original), FALSE);
  g_return_val_if_fail (GT_IS_FORMALITY (formality), FALSE);

  return update_over (store, original, formality, error);
}

gboolean
gt_store_delete_formality (GtStore      *store,
                           GtFormality  *formality,
                           GError      **error)
{
  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (GT_IS_FORMALITY (formality), FALSE);

  return edit (store, EDIT_DELETE, gt_formality_get_project_id (formality), formality, NULL,
               NULL, error);
}

gboolean
gt_store_replace_formalities (GtStore    *store,
                              gint64      project_id,
                              GPtrArray  *formalities,
                              GError    **error)
{
  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (formalities != NULL, FALSE);

  for (guint i = 0; i < formalities->len; i++)
    if (!validate (g_ptr_array_index (formalities, i), error))
      return FALSE;
  return edit (store, EDIT_REPLACE, project_id, NULL, NULL, formalities, error);
}

gboolean
gt_store_apply_formality_template (GtStore                   *store,
                                   GtProject                 *project,
                                   const GtFormalityTemplate *tmpl,
                                   GError                   **error)
{
  g_autoptr(GPtrArray) planned = NULL;

  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (GT_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (tmpl != NULL, FALSE);

  planned = gt_formality_template_plan (tmpl, gt_project_get_planned_start (project),
                                        gt_project_get_id (project),
                                        gt_store_get_units (store));
  return gt_store_replace_formalities (store, gt_project_get_id (project), planned, error);
}

gboolean
gt_store_has_formalities (GtStore *store,
                          gint64   project_id)
{
  GtDbStmt *stmt;
  gint64 count = 1;

  g_return_val_if_fail (GT_IS_STORE (store), TRUE);

  stmt = _gt_store_stmt_of (store, &count_query, NULL);
  if (stmt == NULL)
    return TRUE;
  gt_db_stmt_bind_int64 (stmt, 1, project_id);
  if (!_gt_store_stmt_value (stmt, &count, NULL))
    return TRUE;
  return count > 0;
}
