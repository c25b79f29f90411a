/* gt-store.c: the register's storage: the object, its lists, the year,
 * transactions and undo. See gt-store-internal.h for the other files.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-pg-db.h"
#include "gt-pg-schema.h"
#include "gt-store-internal.h"
#include "gt-store-private.h"

/* Undo reaches this far back; older edits are forgotten. */
#define HISTORY_LENGTH 100

G_DEFINE_FINAL_TYPE (GtStore, gt_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (gt-store-error-quark, gt_store_error)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* What the history looked like before a change, to notify only what moved. */
typedef struct {
  gboolean  can_undo;
  gboolean  can_redo;
  char     *undo_label;
} HistoryState;

static void
history_save (GtStore      *self,
              HistoryState *state)
{
  state->can_undo = gt_store_can_undo (self);
  state->can_redo = gt_store_can_redo (self);
  state->undo_label = g_strdup (gt_store_get_undo_label (self));
}

static void
history_notify (GtStore      *self,
                HistoryState *state)
{
  if (state->can_undo != gt_store_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (state->can_redo != gt_store_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (g_strcmp0 (state->undo_label, gt_store_get_undo_label (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_free (state->undo_label);
}

static void
clear_queue (GQueue *queue)
{
  GtStoreCommand *command;

  while ((command = g_queue_pop_head (queue)) != NULL)
    _gt_store_command_free (command);
}

void
_gt_store_record (GtStore        *self,
                  GtStoreCommand *command)
{
  g_autoptr(GError) error = NULL;
  HistoryState state;

  if (self->in_batch)
    {
      /* An import's edits become one step, recorded at its commit. */
      if (self->batch_command != NULL)
        _gt_store_command_add_child (self->batch_command, command);
      else
        _gt_store_command_free (command);
      return;
    }

  /* What the edit left in the file, for undo to check against. */
  if (!_gt_store_command_note_done (command, self, &error))
    g_debug ("%s", error->message);

  history_save (self, &state);
  g_queue_push_head (&self->undo, command);
  while (g_queue_get_length (&self->undo) > HISTORY_LENGTH)
    _gt_store_command_free (g_queue_pop_tail (&self->undo));
  clear_queue (&self->redo);
  history_notify (self, &state);
}

void
_gt_store_clear_history (GtStore *self)
{
  HistoryState state;

  history_save (self, &state);
  clear_queue (&self->undo);
  clear_queue (&self->redo);
  history_notify (self, &state);
}

/* In a batch, views hear of rows through items-changed as they come, and of the
 * whole once, at the commit or rollback. */
void
_gt_store_emit_changed (GtStore *self)
{
  if (!self->in_batch)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
gt_store_dispose (GObject *object)
{
  GtStore *self = GT_STORE (object);

  clear_queue (&self->undo);
  clear_queue (&self->redo);
  for (guint i = 0; i < GT_STORE_N_KINDS; i++)
    {
      g_clear_object (&self->lists[i]);
      g_clear_pointer (&self->by_id[i], g_hash_table_unref);
    }
  g_clear_pointer (&self->hidden_issues, g_hash_table_unref);

  G_OBJECT_CLASS (gt_store_parent_class)->dispose (object);
}

static void
gt_store_finalize (GObject *object)
{
  GtStore *self = GT_STORE (object);

  /* An unfinished batch is rolled back by closing; with SQLite, the last
   * connection also checkpoints the WAL into the file and removes it. */
  g_clear_object (&self->settings);
  g_clear_pointer (&self->db, gt_db_close);
  g_mutex_clear (&self->check_lock);
  g_cond_clear (&self->check_cond);
  g_clear_error (&self->check_error);
  g_free (self->path);
  g_free (self->backup_path);

  G_OBJECT_CLASS (gt_store_parent_class)->finalize (object);
}

static void
gt_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  GtStore *self = GT_STORE (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, gt_store_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, gt_store_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, gt_store_get_undo_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_store_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  GtStore *self = GT_STORE (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      gt_store_set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_store_class_init (GtStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gt_store_dispose;
  object_class->finalize = gt_store_finalize;
  object_class->get_property = gt_store_get_property;
  object_class->set_property = gt_store_set_property;

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 1, 9999, 2000,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* After any edit that reached the file, once the lists are up to date. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
gt_store_init (GtStore *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const GType types[GT_STORE_N_KINDS] = {
    GT_TYPE_PROJECT, GT_TYPE_LEADER, GT_TYPE_UNIT, GT_TYPE_ISSUE,
  };

  self->year = g_date_time_get_year (now);
  for (guint i = 0; i < GT_STORE_N_KINDS; i++)
    {
      self->lists[i] = g_list_store_new (types[i]);
      self->by_id[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                              g_object_unref);
    }
  self->hidden_issues = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                               g_object_unref);
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
  g_mutex_init (&self->check_lock);
  g_cond_init (&self->check_cond);
}

static GtStore *
open_store (const char  *path,
            gboolean     defer_check,
            GError     **error)
{
  g_autoptr(GtStore) self = NULL;
  g_autofree char *backup_path = NULL;
  gboolean check_pending = FALSE;
  GtDb *db = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A register on the office's server: no file to check, copy or back up. */
  if (gt_pg_db_is_url (path))
    {
      db = gt_pg_db_connect (path, error);
      if (db == NULL)
        return NULL;
      if (!gt_pg_schema_ensure (db, error))
        {
          gt_db_close (db);
          return NULL;
        }
    }
  else if (!_gt_store_open_db (path, defer_check, &db, &backup_path, &check_pending, error))
    return NULL;

  self = g_object_new (GT_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->backup_path = g_steal_pointer (&backup_path);
  self->db = db;
  gt_db_set_source (db, "typed");
  _gt_store_follow_desk_name (self);
  self->check_state = check_pending ? GT_STORE_CHECK_PENDING : GT_STORE_CHECK_PASSED;

  /* Issues wait for gt_store_get_issues(): most sessions start in the project
   * list, and there may be ten times as many issues as projects. */
  if (!_gt_store_load (self, GT_STORE_KIND_LEADER, error) ||
      !_gt_store_load (self, GT_STORE_KIND_UNIT, error) ||
      !_gt_store_load (self, GT_STORE_KIND_PROJECT, error))
    {
      g_autofree char *display = gt_store_dup_display_location (path);

      g_prefix_error (error, _("Could not open “%s”: "), display);
      return NULL;
    }

  return g_steal_pointer (&self);
}

GtStore *
gt_store_open (const char  *path,
               GError     **error)
{
  return open_store (path, FALSE, error);
}

GtStore *
gt_store_open_deferring_check (const char  *path,
                               GError     **error)
{
  return open_store (path, TRUE, error);
}

gboolean
gt_store_check (GtStore  *self,
                GError  **error)
{
  gboolean passed;

  g_return_val_if_fail (GT_IS_STORE (self), FALSE);

  g_mutex_lock (&self->check_lock);
  if (self->check_state == GT_STORE_CHECK_PENDING)
    {
      GError *check_error = NULL;
      gboolean ok;

      /* Outside the lock, as it reads the whole file; self->path never changes. */
      self->check_state = GT_STORE_CHECK_RUNNING;
      g_mutex_unlock (&self->check_lock);
      ok = _gt_store_check_file (self->path, &check_error);
      g_mutex_lock (&self->check_lock);

      self->check_state = ok ? GT_STORE_CHECK_PASSED : GT_STORE_CHECK_FAILED;
      self->check_error = check_error;
      g_cond_broadcast (&self->check_cond);
    }
  while (self->check_state == GT_STORE_CHECK_RUNNING)
    g_cond_wait (&self->check_cond, &self->check_lock);

  passed = self->check_state == GT_STORE_CHECK_PASSED;
  if (!passed)
    g_propagate_error (error, g_error_copy (self->check_error));
  g_mutex_unlock (&self->check_lock);

  return passed;
}

const char *
gt_store_get_path (GtStore *self)
{
  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  return self->path;
}

const char *
gt_store_get_backup_path (GtStore *self)
{
  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  return self->backup_path;
}

char *
gt_store_dup_default_path (void)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "guatu", NULL);

  /* Owner only, like the file: the register names people and phone numbers. A
   * failure shows when the file cannot be created. */
  if (g_mkdir_with_parents (folder, 0700) != 0)
    g_debug ("Could not create %s: %s", folder, g_strerror (errno));

  return g_build_filename (folder, "guatu.db", NULL);
}

int
gt_store_get_year (GtStore *self)
{
  g_return_val_if_fail (GT_IS_STORE (self), 0);

  return self->year;
}

void
gt_store_set_year (GtStore *self,
                   int      year)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (GT_IS_STORE (self));
  g_return_if_fail (year >= 1 && year <= 9999);

  if (self->year == year)
    return;

  self->year = year;
  if (!_gt_store_reload_figures (self, &error))
    g_warning ("%s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
  _gt_store_emit_changed (self);
}

GListModel *
gt_store_get_projects (GtStore *self)
{
  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->lists[GT_STORE_KIND_PROJECT]);
}

GListModel *
gt_store_get_leaders (GtStore *self)
{
  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->lists[GT_STORE_KIND_LEADER]);
}

GListModel *
gt_store_get_units (GtStore *self)
{
  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->lists[GT_STORE_KIND_UNIT]);
}

static void
ensure_issues (GtStore *self)
{
  g_autoptr(GError) error = NULL;

  /* Left unloaded on failure, so that the next call tries again. */
  if (!_gt_store_ensure_issues (self, &error))
    g_warning ("%s", error->message);
}

GListModel *
gt_store_get_issues (GtStore *self)
{
  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  ensure_issues (self);
  return G_LIST_MODEL (self->lists[GT_STORE_KIND_ISSUE]);
}

GtProject *
gt_store_lookup_project (GtStore *self,
                         gint64   id)
{
  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  return _gt_store_lookup (self, GT_STORE_KIND_PROJECT, id);
}

GtLeader *
gt_store_lookup_leader (GtStore *self,
                        gint64   id)
{
  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  return _gt_store_lookup (self, GT_STORE_KIND_LEADER, id);
}

GtUnit *
gt_store_lookup_unit (GtStore *self,
                      gint64   id)
{
  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  return _gt_store_lookup (self, GT_STORE_KIND_UNIT, id);
}

GtIssue *
gt_store_lookup_issue (GtStore *self,
                       gint64   id)
{
  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  ensure_issues (self);
  return _gt_store_lookup (self, GT_STORE_KIND_ISSUE, id);
}

/* Transactions */

/* Every list as the file has it now, whole: after a rollback, whose edits the
 * objects had already taken. (gt_store_begin() catches up with other programs'
 * commits row by row instead, through the change log.) */
gboolean
_gt_store_reload (GtStore  *self,
                  GError  **error)
{
  return _gt_store_load (self, GT_STORE_KIND_LEADER, error)
         && _gt_store_load (self, GT_STORE_KIND_UNIT, error)
         && _gt_store_load (self, GT_STORE_KIND_PROJECT, error)
         && (!self->issues_loaded || _gt_store_load (self, GT_STORE_KIND_ISSUE, error));
}

static void
reload_lists (GtStore *self)
{
  g_autoptr(GError) error = NULL;

  if (!_gt_store_reload (self, &error))
    g_warning ("%s", error->message);
}

gboolean
gt_store_begin (GtStore  *self,
                GError  **error)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->in_batch, FALSE);

  if (!gt_store_check (self, error))
    return FALSE;

  /* IMMEDIATE: take the write lock now, so that a busy file fails here and not
   * halfway through an import. */
  if (!gt_db_begin (self->db, GT_DB_WRITE, error))
    {
      g_prefix_error (error, "%s: ", _("Could not save the changes"));
      return FALSE;
    }

  /* With SQLite, 32 MB of page cache for the batch (2 MB otherwise): a long
   * import then does not spill half-written pages to the WAL before it commits.
   * Only pages touched take memory, and it is given back at the end. */
  gt_db_set_bulk (self->db, TRUE);

  /* What other programs committed since the lists were read, under the write
   * lock, so that an import plans against rows nobody can change meanwhile:
   * just the rows they changed (gt_store_refresh()), or every list when the
   * change log lost track. Nothing to do, and one PRAGMA, when nobody did. */
  if (!_gt_store_catch_up (self, error))
    {
      gt_db_rollback (self->db);
      gt_db_set_bulk (self->db, FALSE);
      return FALSE;
    }

  _gt_store_clear_history (self);
  self->in_batch = TRUE;
  self->batch_figures_stale = FALSE;
  /* An import (or a unit's return) is one step of undo; other batches (the
   * demo) are not undone. */
  {
    const char *source = gt_db_get_source (self->db);

    if (g_str_has_prefix (source, "import:") || g_str_has_prefix (source, "return:"))
      {
        g_autofree char *label = g_str_has_prefix (source, "import:")
          /* TRANSLATORS: undo's name for an import; %s is the ledger's file name */
          ? g_strdup_printf (_("Import “%s”"), source + strlen ("import:"))
          /* TRANSLATORS: undo's name for a unit's monthly return taken in */
          : g_strdup_printf (_("Return from “%s”"), source + strlen ("return:"));

        self->batch_command = _gt_store_command_new_batch (label);
      }
  }

  return TRUE;
}

gboolean
gt_store_commit (GtStore  *self,
                 GError  **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->in_batch, FALSE);

  if (!gt_db_commit (self->db, error))
    {
      /* All or nothing: what did not commit is taken back, and the lists follow. */
      g_prefix_error (error, "%s: ", _("Could not save the changes"));
      gt_store_rollback (self);
      return FALSE;
    }

  self->in_batch = FALSE;
  _gt_store_committed (self);
  gt_db_set_bulk (self->db, FALSE);
  if (self->batch_figures_stale && !_gt_store_reload_figures (self, &local_error))
    g_warning ("%s", local_error->message);
  self->batch_figures_stale = FALSE;
  {
    GtStoreCommand *batch = g_steal_pointer (&self->batch_command);

    if (batch != NULL && _gt_store_command_get_n_children (batch) > 0)
      _gt_store_record (self, batch);
    else
      _gt_store_command_free (batch);
  }

  _gt_store_emit_changed (self);
  return TRUE;
}

void
gt_store_rollback (GtStore *self)
{
  g_return_if_fail (GT_IS_STORE (self));
  g_return_if_fail (self->in_batch);

  gt_db_rollback (self->db);
  gt_db_set_bulk (self->db, FALSE);
  self->in_batch = FALSE;
  self->batch_figures_stale = FALSE;
  g_clear_pointer (&self->batch_command, _gt_store_command_free);

  reload_lists (self);
  _gt_store_emit_changed (self);
}

/* Undo */

/* Takes a command back (@undo) or does it again, if its rows still hold what
 * the store left there. The check and the write share one write transaction,
 * so that no other program can commit between them. */
static gboolean
replay (GtStore         *self,
        GtStoreCommand  *command,
        gboolean         undo,
        GError         **error)
{
  gboolean own_transaction = !self->in_batch;
  g_autofree char *source = g_strdup (gt_db_get_source (self->db));
  gboolean wrote = FALSE;
  gboolean ok;

  if (own_transaction)
    {
      if (!gt_store_check (self, error))
        return FALSE;
      /* The history says the change was an undo (or redo) of this desk's. */
      gt_db_set_source (self->db, undo ? "undo" : "redo");
      ok = gt_db_begin (self->db, GT_DB_WRITE, error);
      gt_db_set_source (self->db, source);
      if (!ok)
        {
          g_prefix_error (error, "%s: ", _("Could not save the change"));
          return FALSE;
        }
    }

  ok = _gt_store_command_check (command, self, undo, undo, error);
  if (ok)
    ok = wrote = undo ? _gt_store_command_revert (command, self, error)
                      : _gt_store_command_apply (command, self, error);
  if (ok)
    ok = _gt_store_command_note_state (command, self, !undo, error);
  if (!own_transaction)
    return ok;

  if (ok && !gt_db_commit (self->db, error))
    {
      g_prefix_error (error, "%s: ", _("Could not save the change"));
      ok = FALSE;
    }
  gt_db_rollback (self->db);

  if (ok)
    {
      _gt_store_committed (self);
    }
  else if (wrote)
    {
      /* The objects took the edit, the file did not keep it. */
      reload_lists (self);
      _gt_store_emit_changed (self);
    }

  return ok;
}

/* After a refused undo or redo: show the newer version that was in the way. */
static void
refresh_after_conflict (GtStore *self)
{
  g_autoptr(GError) error = NULL;

  if (!gt_store_refresh (self, &error) && error != NULL)
    g_debug ("Could not refresh: %s", error->message);
}

gboolean
gt_store_can_undo (GtStore *self)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);

  return !g_queue_is_empty (&self->undo);
}

gboolean
gt_store_can_redo (GtStore *self)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);

  return !g_queue_is_empty (&self->redo);
}

const char *
gt_store_get_undo_label (GtStore *self)
{
  GtStoreCommand *command;

  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  command = g_queue_peek_head (&self->undo);
  return command != NULL ? _gt_store_command_get_label (command) : NULL;
}

gboolean
gt_store_undo (GtStore  *self,
               GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  GtStoreCommand *command;
  HistoryState state;

  g_return_val_if_fail (GT_IS_STORE (self), FALSE);

  command = g_queue_peek_head (&self->undo);
  if (command == NULL)
    {
      g_set_error_literal (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND,
                           _("There is nothing to undo."));
      return FALSE;
    }
  /* On failure (the leader added has since been given a project) the command
   * stays, for the user to fix what is in the way and try again. Only when
   * another program changed its rows is it dropped: taking it back would
   * write over their change, and trying again would not help. */
  if (!replay (self, command, TRUE, &local_error))
    {
      if (g_error_matches (local_error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT))
        {
          history_save (self, &state);
          _gt_store_command_free (g_queue_pop_head (&self->undo));
          history_notify (self, &state);
          refresh_after_conflict (self);
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  history_save (self, &state);
  g_queue_push_head (&self->redo, g_queue_pop_head (&self->undo));
  history_notify (self, &state);

  return TRUE;
}

gboolean
gt_store_redo (GtStore  *self,
               GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  GtStoreCommand *command;
  HistoryState state;

  g_return_val_if_fail (GT_IS_STORE (self), FALSE);

  command = g_queue_peek_head (&self->redo);
  if (command == NULL)
    {
      g_set_error_literal (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND,
                           _("There is nothing to redo."));
      return FALSE;
    }
  /* The later edits of the redo list built on this one: they all go. */
  if (!replay (self, command, FALSE, &local_error))
    {
      if (g_error_matches (local_error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT))
        {
          history_save (self, &state);
          clear_queue (&self->redo);
          history_notify (self, &state);
          refresh_after_conflict (self);
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  history_save (self, &state);
  g_queue_push_head (&self->undo, g_queue_pop_head (&self->redo));
  history_notify (self, &state);

  return TRUE;
}
