/* gt-store-command.c: one undoable edit, with apply (redo) and revert (undo).
 *
 * Adds and deletes keep the live object itself, so that undoing a delete brings
 * back the very object views and editors still hold; an update keeps copies of
 * the state before and after. Undoing an add deletes the row softly, so that
 * redoing it restores the same row with the same id.
 *
 * Another program may write to the same rows meanwhile. Each command notes a
 * digest of its rows as it left them in the file (every column, raw, and for a
 * project its plan of the command's year), done and, once undone, taken back;
 * undo and redo first compare the rows with that, so that they never write over
 * a newer change. Comparing the rows themselves, rather than keeping a revision
 * number, lets the store's own later edits and their undos leave a row as it
 * was without counting as a change.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-store-internal.h"
#include "gt-store-private.h"

typedef gboolean (*GtStoreCommandFunc) (GtStoreCommand  *command,
                                        GtStore         *store,
                                        GError         **error);

struct _GtStoreCommand
{
  GtStoreCommandAction  action;
  GtStoreKind           kind;
  gpointer              object;   /* ADD, DELETE: the object; UPDATE: before */
  gpointer              after;    /* UPDATE only */
  int                   year;     /* the plan year of a project update */
  char                 *label;
  char                 *name;     /* of the row, for messages */
  char                 *applied;  /* digest of the rows as the command left them */
  char                 *reverted; /* … and as its undo left them; NULL until then */
  GtMonthlyReport      *report_before;   /* report commands: NULL when none */
  GtMonthlyReport      *report_after;
  gint64                milestones_of;   /* milestone commands: the project */
  GPtrArray            *milestones_before;
  GPtrArray            *milestones_after;
  const GtStoreListOps *list_ops;        /* list commands (another file's rows) */
  gint64                list_owner;
  GPtrArray            *list_before;
  GPtrArray            *list_after;
  GtStoreCommandFunc    apply;
  GtStoreCommandFunc    revert;
  GPtrArray            *children; /* a batch (an import): its edits, in order */
};

static const char * const labels[][GT_STORE_N_KINDS] = {
  [GT_STORE_COMMAND_ADD] = {
    N_("Add Project “%s”"),
    N_("Add Leader “%s”"),
    N_("Add Unit “%s”"),
    N_("Add Issue “%s”"),
  },
  [GT_STORE_COMMAND_UPDATE] = {
    N_("Edit Project “%s”"),
    N_("Edit Leader “%s”"),
    N_("Edit Unit “%s”"),
    N_("Edit Issue “%s”"),
  },
  [GT_STORE_COMMAND_DELETE] = {
    N_("Delete Project “%s”"),
    N_("Delete Leader “%s”"),
    N_("Delete Unit “%s”"),
    N_("Delete Issue “%s”"),
  },
};

static gboolean
delete_object (GtStoreCommand  *command,
               GtStore         *store,
               GError         **error)
{
  return _gt_store_delete (store, command->kind, command->object, FALSE, error);
}

static gboolean
restore_object (GtStoreCommand  *command,
                GtStore         *store,
                GError         **error)
{
  return _gt_store_restore (store, command->kind, command->object, error);
}

static gboolean
write_after (GtStoreCommand  *command,
             GtStore         *store,
             GError         **error)
{
  return _gt_store_update (store, command->kind, command->after, command->year, FALSE,
                           error);
}

static gboolean
write_before (GtStoreCommand  *command,
              GtStore         *store,
              GError         **error)
{
  return _gt_store_update (store, command->kind, command->object, command->year, FALSE,
                           error);
}

static gboolean
write_report_after (GtStoreCommand  *command,
                    GtStore         *store,
                    GError         **error)
{
  return _gt_store_write_report (store, command->report_after, error);
}

static gboolean
write_report_before (GtStoreCommand  *command,
                     GtStore         *store,
                     GError         **error)
{
  GtMonthlyReport *after = command->report_after;

  if (command->report_before != NULL)
    return _gt_store_write_report (store, command->report_before, error);
  return _gt_store_remove_report (store, gt_monthly_report_get_project_id (after),
                                  gt_monthly_report_get_year (after),
                                  gt_monthly_report_get_month (after), error);
}

GtStoreCommand *
_gt_store_command_new_report (GtMonthlyReport *before,
                              GtMonthlyReport *after,
                              const char      *project_name)
{
  GtStoreCommand *command = g_new0 (GtStoreCommand, 1);

  g_return_val_if_fail (GT_IS_MONTHLY_REPORT (after), NULL);

  command->report_before = before;
  command->report_after = after;
  command->apply = write_report_after;
  command->revert = write_report_before;
  command->label = g_strdup_printf (_("Edit the Monthly Report of “%s”"), project_name);
  command->name = g_strdup (project_name);
  return command;
}

static gboolean
write_milestones_after (GtStoreCommand  *command,
                        GtStore         *store,
                        GError         **error)
{
  return _gt_store_write_milestones (store, command->milestones_of, command->milestones_after,
                                     error);
}

static gboolean
write_milestones_before (GtStoreCommand  *command,
                         GtStore         *store,
                         GError         **error)
{
  return _gt_store_write_milestones (store, command->milestones_of,
                                     command->milestones_before, error);
}

GtStoreCommand *
_gt_store_command_new_milestones (gint64      project_id,
                                  GPtrArray  *before,
                                  GPtrArray  *after,
                                  const char *label,
                                  const char *name)
{
  GtStoreCommand *command = g_new0 (GtStoreCommand, 1);

  g_return_val_if_fail (before != NULL && after != NULL, NULL);

  command->milestones_of = project_id;
  command->milestones_before = before;
  command->milestones_after = after;
  command->apply = write_milestones_after;
  command->revert = write_milestones_before;
  command->label = g_strdup (label);
  command->name = g_strdup (name);
  return command;
}

static gboolean
write_list_after (GtStoreCommand  *command,
                  GtStore         *store,
                  GError         **error)
{
  return command->list_ops->write (store, command->list_owner, command->list_after, error);
}

static gboolean
write_list_before (GtStoreCommand  *command,
                   GtStore         *store,
                   GError         **error)
{
  return command->list_ops->write (store, command->list_owner, command->list_before, error);
}

GtStoreCommand *
_gt_store_command_new_list (const GtStoreListOps *ops,
                            gint64                owner_id,
                            GPtrArray            *before,
                            GPtrArray            *after,
                            const char           *label,
                            const char           *name)
{
  GtStoreCommand *command = g_new0 (GtStoreCommand, 1);

  g_return_val_if_fail (ops != NULL && before != NULL && after != NULL, NULL);

  command->list_ops = ops;
  command->list_owner = owner_id;
  command->list_before = before;
  command->list_after = after;
  command->apply = write_list_after;
  command->revert = write_list_before;
  command->label = g_strdup (label);
  command->name = g_strdup (name);
  return command;
}

GtStoreCommand *
_gt_store_command_new (GtStoreCommandAction  action,
                       GtStoreKind           kind,
                       gpointer              object,
                       gpointer              after,
                       int                   year)
{
  GtStoreCommand *command = g_new0 (GtStoreCommand, 1);
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail ((action == GT_STORE_COMMAND_UPDATE) == (after != NULL), NULL);

  command->action = action;
  command->kind = kind;
  command->object = g_object_ref (object);
  command->after = after;   /* already a new copy */
  command->year = year;

  switch (action)
    {
    case GT_STORE_COMMAND_ADD:
      command->apply = restore_object;
      command->revert = delete_object;
      break;
    case GT_STORE_COMMAND_UPDATE:
      command->apply = write_after;
      command->revert = write_before;
      break;
    case GT_STORE_COMMAND_DELETE:
      command->apply = delete_object;
      command->revert = restore_object;
      break;
    default:
      g_assert_not_reached ();
    }

  /* An edit is named after what the row became. */
  name = _gt_store_dup_object_name (kind, after != NULL ? after : object);
  command->label = g_strdup_printf (_(labels[action][kind]), name);
  command->name = g_steal_pointer (&name);

  return command;
}

/* A batch is done again edit by edit, and taken back from the last. */
static gboolean
apply_children (GtStoreCommand  *command,
                GtStore         *store,
                GError         **error)
{
  for (guint i = 0; i < command->children->len; i++)
    if (!_gt_store_command_apply (command->children->pdata[i], store, error))
      return FALSE;
  return TRUE;
}

static gboolean
revert_children (GtStoreCommand  *command,
                 GtStore         *store,
                 GError         **error)
{
  for (guint i = command->children->len; i > 0; i--)
    if (!_gt_store_command_revert (command->children->pdata[i - 1], store, error))
      return FALSE;
  return TRUE;
}

GtStoreCommand *
_gt_store_command_new_batch (const char *label)
{
  GtStoreCommand *command = g_new0 (GtStoreCommand, 1);

  command->children = g_ptr_array_new_with_free_func ((GDestroyNotify) _gt_store_command_free);
  command->apply = apply_children;
  command->revert = revert_children;
  command->label = g_strdup (label);
  command->name = g_strdup (label);
  return command;
}

void
_gt_store_command_add_child (GtStoreCommand *batch,
                             GtStoreCommand *child)
{
  g_ptr_array_add (batch->children, child);
}

guint
_gt_store_command_get_n_children (GtStoreCommand *command)
{
  return command->children != NULL ? command->children->len : 0;
}

void
_gt_store_command_free (GtStoreCommand *command)
{
  if (command == NULL)
    return;

  g_clear_pointer (&command->children, g_ptr_array_unref);
  g_clear_object (&command->object);
  g_clear_object (&command->after);
  g_clear_object (&command->report_before);
  g_clear_object (&command->report_after);
  g_clear_pointer (&command->milestones_before, g_ptr_array_unref);
  g_clear_pointer (&command->milestones_after, g_ptr_array_unref);
  g_clear_pointer (&command->list_before, g_ptr_array_unref);
  g_clear_pointer (&command->list_after, g_ptr_array_unref);
  g_free (command->label);
  g_free (command->name);
  g_free (command->applied);
  g_free (command->reverted);
  g_free (command);
}

const char *
_gt_store_command_get_label (GtStoreCommand *command)
{
  return command->label;
}

gboolean
_gt_store_command_apply (GtStoreCommand  *command,
                         GtStore         *store,
                         GError         **error)
{
  return command->apply (command, store, error);
}

gboolean
_gt_store_command_revert (GtStoreCommand  *command,
                          GtStore         *store,
                          GError         **error)
{
  return command->revert (command, store, error);
}

/* A digest of every column of the rows @stmt returns (or of no row), NULL or
 * the value's text with its length: any change by anyone shows, whatever the
 * objects make of it. A report or a listed row is one row; a schedule, all the
 * project's milestones. */
static char *
row_digest (GtDbStmt  *stmt,
            GError   **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  GError *local = NULL;
  gboolean any = FALSE;

  while (gt_db_stmt_next (stmt, &local))
    {
      any = TRUE;
      for (int i = 0; i < gt_db_stmt_n_columns (stmt); i++)
        {
          const char *text = gt_db_stmt_get_text (stmt, i);
          gint64 length = text != NULL ? (gint64) strlen (text) : -1;

          g_checksum_update (checksum, (const guchar *) &length, sizeof length);
          if (length > 0)
            g_checksum_update (checksum, (const guchar *) text, length);
        }
    }
  if (!any && local == NULL)
    g_checksum_update (checksum, (const guchar *) "none", 4);
  gt_db_stmt_reset (stmt);

  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
      return NULL;
    }
  return g_strdup (g_checksum_get_string (checksum));
}

static char *
read_state (GtStoreCommand  *command,
            GtStore         *store,
            GError         **error)
{
  static const GtStoreStmt state_stmts[GT_STORE_N_KINDS] = {
    GT_STORE_STMT_PROJECT_STATE,
    GT_STORE_STMT_LEADER_STATE,
    GT_STORE_STMT_UNIT_STATE,
    GT_STORE_STMT_ISSUE_STATE,
  };
  static const GtDbQuery schedule_state =
    GT_DB_QUERY ("store-schedule-state",
                 "SELECT * FROM milestones WHERE project_id = ?1 ORDER BY id");
  GtDbStmt *stmt;
  char month[16];

  if (command->list_ops != NULL)
    {
      stmt = _gt_store_stmt_of (store, command->list_ops->state_query, error);
      if (stmt == NULL)
        return NULL;
      gt_db_stmt_bind_int64 (stmt, 1, command->list_owner);
      return row_digest (stmt, error);
    }

  if (command->milestones_after != NULL)
    {
      stmt = _gt_store_stmt_of (store, &schedule_state, error);
      if (stmt == NULL)
        return NULL;
      gt_db_stmt_bind_int64 (stmt, 1, command->milestones_of);
      return row_digest (stmt, error);
    }

  if (command->report_after != NULL)
    {
      GtMonthlyReport *report = command->report_after;

      stmt = _gt_store_stmt (store, GT_STORE_STMT_REPORT_STATE, error);
      if (stmt == NULL)
        return NULL;
      g_snprintf (month, sizeof month, "%04d-%02d", gt_monthly_report_get_year (report),
                  gt_monthly_report_get_month (report));
      gt_db_stmt_bind_int64 (stmt, 1, gt_monthly_report_get_project_id (report));
      gt_db_stmt_bind_text (stmt, 2, month);
      return row_digest (stmt, error);
    }

  stmt = _gt_store_stmt (store, state_stmts[command->kind], error);
  if (stmt == NULL)
    return NULL;
  gt_db_stmt_bind_int64 (stmt, 1, _gt_store_object_id (command->kind, command->object));
  if (command->kind == GT_STORE_KIND_PROJECT)
    gt_db_stmt_bind_int64 (stmt, 2, command->year);
  return row_digest (stmt, error);
}

gboolean
_gt_store_command_note_state (GtStoreCommand  *command,
                              GtStore         *store,
                              gboolean         applied,
                              GError         **error)
{
  char *state;

  if (command->children != NULL)
    {
      for (guint i = 0; i < command->children->len; i++)
        if (!_gt_store_command_note_state (command->children->pdata[i], store, applied, error))
          return FALSE;
      return TRUE;
    }

  state = read_state (command, store, error);

  if (state == NULL)
    return FALSE;

  if (applied)
    {
      g_free (command->applied);
      command->applied = state;
    }
  else
    {
      g_free (command->reverted);
      command->reverted = state;
    }

  return TRUE;
}

/* Whether another connection logged a change to the command's rows after this
 * connection's own last change to them: read in the same snapshot as the rows,
 * it tells whether what they hold is still this command's doing. */
static gboolean
changed_elsewhere (GtStoreCommand  *command,
                   GtStore         *store,
                   gboolean        *changed,
                   GError         **error)
{
  GtDbStmt *stmt = _gt_store_stmt (store, GT_STORE_STMT_CHANGED_ELSEWHERE, error);
  GError *local = NULL;
  gboolean found;

  if (stmt == NULL)
    return FALSE;

  /* A report or a milestone is logged as a change of its project. */
  if (command->report_after != NULL)
    {
      gt_db_stmt_bind_text (stmt, 1, _gt_store_kind_name (GT_STORE_KIND_PROJECT));
      gt_db_stmt_bind_int64 (stmt, 2, gt_monthly_report_get_project_id (command->report_after));
    }
  else if (command->list_ops != NULL)
    {
      const GtStoreListOps *ops = command->list_ops;

      gt_db_stmt_bind_text (stmt, 1, ops->log_name != NULL ? ops->log_name
                                                           : _gt_store_kind_name (ops->log_kind));
      gt_db_stmt_bind_int64 (stmt, 2, command->list_owner);
    }
  else if (command->milestones_after != NULL)
    {
      gt_db_stmt_bind_text (stmt, 1, _gt_store_kind_name (GT_STORE_KIND_PROJECT));
      gt_db_stmt_bind_int64 (stmt, 2, command->milestones_of);
    }
  else
    {
      gt_db_stmt_bind_text (stmt, 1, _gt_store_kind_name (command->kind));
      gt_db_stmt_bind_int64 (stmt, 2, _gt_store_object_id (command->kind, command->object));
    }
  gt_db_stmt_bind_int64 (stmt, 3, store->last_seq);

  found = gt_db_stmt_next (stmt, &local);
  if (found)
    *changed = gt_db_stmt_get_int64 (stmt, 0) != 0;
  gt_db_stmt_reset (stmt);
  if (!found && local == NULL)
    g_set_error_literal (&local, GT_STORE_ERROR, GT_STORE_ERROR_FAILED, "no row");
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
      return FALSE;
    }
  return TRUE;
}

gboolean
_gt_store_command_note_done (GtStoreCommand  *command,
                             GtStore         *store,
                             GError         **error)
{
  GtDb *db = _gt_store_get_db (store);
  gboolean own_snapshot = !gt_db_in_transaction (db);
  gboolean changed = FALSE;
  gboolean ok;

  /* A batch's rows from one snapshot too, not one each. */
  if (command->children != NULL)
    {
      ok = !own_snapshot || gt_db_begin (db, GT_DB_READ, error);
      for (guint i = 0; ok && i < command->children->len; i++)
        ok = _gt_store_command_note_done (command->children->pdata[i], store, error);
      if (own_snapshot && !gt_db_commit (db, NULL))
        gt_db_rollback (db);
      return ok;
    }

  /* The rows and the log from one snapshot. */
  if (own_snapshot && !gt_db_begin (db, GT_DB_READ, error))
    {
      g_prefix_error (error, "%s: ", _("Could not read the database"));
      return FALSE;
    }
  ok = _gt_store_command_note_state (command, store, TRUE, error) &&
       changed_elsewhere (command, store, &changed, error);
  if (own_snapshot && !gt_db_commit (db, NULL))
    gt_db_rollback (db);

  /* Committed between this store's commit and the reading above: the rows are
   * another program's now, and no digest of them may pass for this command's. */
  if (ok && changed)
    {
      g_free (command->applied);
      command->applied = g_strdup ("changed elsewhere");
    }

  return ok;
}

gboolean
_gt_store_command_check (GtStoreCommand  *command,
                         GtStore         *store,
                         gboolean         applied,
                         gboolean         undo,
                         GError         **error)
{
  const char *noted = applied ? command->applied : command->reverted;
  g_autofree char *state = NULL;

  /* A batch goes back, or again, whole or not at all. */
  if (command->children != NULL)
    {
      for (guint i = 0; i < command->children->len; i++)
        if (!_gt_store_command_check (command->children->pdata[i], store, applied, undo, error))
          return FALSE;
      return TRUE;
    }

  /* Nothing noted (the file could not be read then): nothing to go by. */
  if (noted == NULL)
    return TRUE;

  state = read_state (command, store, error);
  if (state == NULL)
    return FALSE;
  if (g_str_equal (state, noted))
    return TRUE;

  if (undo)
    g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT,
                 _("Cannot undo: “%s” was changed by another program since."), command->name);
  else
    g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT,
                 _("Cannot redo: “%s” was changed by another program since."), command->name);
  return FALSE;
}
