/* gt-store-command.c: one undoable edit, with apply (redo) and revert (undo).
 *
 * Adds and deletes keep the live object itself, so that undoing a delete brings
 * back the very object views and editors still hold; an update keeps copies of
 * the state before and after. Undoing an add deletes the row softly, so that
 * redoing it restores the same row with the same id.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-store-internal.h"

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
  GtMonthlyReport      *report_before;   /* report commands: NULL when none */
  GtMonthlyReport      *report_after;
  GtStoreCommandFunc    apply;
  GtStoreCommandFunc    revert;
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

  return command;
}

void
_gt_store_command_free (GtStoreCommand *command)
{
  if (command == NULL)
    return;

  g_clear_object (&command->object);
  g_clear_object (&command->after);
  g_clear_object (&command->report_before);
  g_clear_object (&command->report_after);
  g_free (command->label);
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
