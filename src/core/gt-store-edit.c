/* gt-store-edit.c: adding, editing, deleting and restoring the listed rows.
 *
 * Every edit follows one order: validate (nothing is written when the model
 * says no), write in a savepoint, and only once the savepoint is released touch
 * the live objects and the lists, record the undo command, and emit ::changed.
 * A failure anywhere before the release leaves file and objects as they were.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-store-internal.h"
#include "gt-store-private.h"

static const GtStoreStmt insert_stmts[GT_STORE_N_KINDS] = {
  GT_STORE_STMT_INSERT_PROJECT,
  GT_STORE_STMT_INSERT_LEADER,
  GT_STORE_STMT_INSERT_UNIT,
  GT_STORE_STMT_INSERT_ISSUE,
};

static const GtStoreStmt update_stmts[GT_STORE_N_KINDS] = {
  GT_STORE_STMT_UPDATE_PROJECT,
  GT_STORE_STMT_UPDATE_LEADER,
  GT_STORE_STMT_UPDATE_UNIT,
  GT_STORE_STMT_UPDATE_ISSUE,
};

static const GtStoreStmt mark_stmts[GT_STORE_N_KINDS] = {
  GT_STORE_STMT_MARK_PROJECT,
  GT_STORE_STMT_MARK_LEADER,
  GT_STORE_STMT_MARK_UNIT,
  GT_STORE_STMT_MARK_ISSUE,
};

void
_gt_store_set_not_found (GError      **error,
                         GtStoreKind   kind)
{
  static const char * const messages[GT_STORE_N_KINDS] = {
    N_("The project no longer exists."),
    N_("The leader no longer exists."),
    N_("The unit no longer exists."),
    N_("The issue no longer exists."),
  };

  g_set_error_literal (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND, _(messages[kind]));
}

static gboolean
validate (GtStoreKind   kind,
          gpointer      object,
          GError      **error)
{
  switch (kind)
    {
    case GT_STORE_KIND_PROJECT:
      return gt_project_validate (object, error);
    case GT_STORE_KIND_LEADER:
      return gt_leader_validate (object, error);
    case GT_STORE_KIND_UNIT:
      return gt_unit_validate (object, error);
    case GT_STORE_KIND_ISSUE:
      return gt_issue_validate (object, error);
    case GT_STORE_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
check_reference (GtStore      *self,
                 GtStoreKind   kind,
                 gint64        id,
                 GError      **error)
{
  if (id == 0 || _gt_store_lookup (self, kind, id) != NULL)
    return TRUE;

  _gt_store_set_not_found (error, kind);
  return FALSE;
}

/* A row may only point at live rows. The foreign keys catch ids that never
 * existed; this also catches a leader deleted in one window while another
 * window's editor still offered it. */
static gboolean
check_references (GtStore      *self,
                  GtStoreKind   kind,
                  gpointer      object,
                  GError      **error)
{
  switch (kind)
    {
    case GT_STORE_KIND_PROJECT:
      return check_reference (self, GT_STORE_KIND_LEADER,
                              gt_project_get_leader_id (object), error) &&
             check_reference (self, GT_STORE_KIND_UNIT,
                              gt_project_get_unit_id (object), error) &&
             check_reference (self, GT_STORE_KIND_UNIT,
                              gt_project_get_locality_id (object), error);
    case GT_STORE_KIND_ISSUE:
      return check_reference (self, GT_STORE_KIND_PROJECT,
                              gt_issue_get_project_id (object), error) &&
             check_reference (self, GT_STORE_KIND_UNIT,
                              gt_issue_get_unit_id (object), error) &&
             check_reference (self, GT_STORE_KIND_LEADER,
                              gt_issue_get_leader_id (object), error);
    case GT_STORE_KIND_LEADER:
    case GT_STORE_KIND_UNIT:
      return TRUE;
    case GT_STORE_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* Issues load lazily. Outside a batch an issue edit loads them first, so that
 * the object passed in becomes the live one; inside a batch (the demo adds tens
 * of thousands) the rows are only written, and read when the list is wanted. */
static gboolean
prepare_issues (GtStore      *self,
                GtStoreKind   kind,
                GError      **error)
{
  if (kind != GT_STORE_KIND_ISSUE || self->in_batch)
    return TRUE;

  return _gt_store_ensure_issues (self, error);
}

static gboolean
has_live_list (GtStore     *self,
               GtStoreKind  kind)
{
  return kind != GT_STORE_KIND_ISSUE || self->issues_loaded;
}

static gboolean
should_record (GtStore  *self,
               gboolean  record)
{
  return record && (!self->in_batch || self->batch_command != NULL);
}

gboolean
_gt_store_write_plan (GtStore  *self,
                      gint64    project_id,
                      int       year,
                      gint64    amount,
                      GError  **error)
{
  GtDbStmt *stmt;

  /* No row for no plan: a ratio against a plan of zero means nothing, and the
   * file does not fill up with zeros year after year. */
  stmt = _gt_store_stmt (self, amount > 0 ? GT_STORE_STMT_UPSERT_PLAN
                                          : GT_STORE_STMT_DELETE_PLAN, error);
  if (stmt == NULL)
    return FALSE;

  gt_db_stmt_bind_int64 (stmt, 1, project_id);
  gt_db_stmt_bind_int64 (stmt, 2, year);
  if (amount > 0)
    gt_db_stmt_bind_int64 (stmt, 3, amount);

  return _gt_store_stmt_run (stmt, _("Could not save the change"), error);
}

gboolean
_gt_store_add (GtStore      *self,
               GtStoreKind   kind,
               gpointer      object,
               gboolean      record,
               GError      **error)
{
  GtDbStmt *stmt;
  gboolean ok;
  gint64 id = 0;

  if (!validate (kind, object, error) ||
      !prepare_issues (self, kind, error) ||
      !check_references (self, kind, object, error))
    return FALSE;

  stmt = _gt_store_stmt (self, insert_stmts[kind], error);
  if (stmt == NULL || !_gt_store_edit_begin (self, error))
    return FALSE;

  _gt_store_bind_object (kind, stmt, object);
  ok = _gt_store_stmt_insert (stmt, &id, _("Could not save the change"), error);
  if (ok && kind == GT_STORE_KIND_PROJECT)
    ok = _gt_store_write_plan (self, id, self->year, gt_project_get_annual_plan (object),
                               error);
  if (!_gt_store_edit_end (self, ok, error))
    return FALSE;

  _gt_store_set_object_id (kind, object, id);
  /* A new row has no reports yet, whatever the object was told. */
  if (kind == GT_STORE_KIND_PROJECT)
    gt_project_set_completed (object, 0);
  if (has_live_list (self, kind))
    _gt_store_insert_live (self, kind, object);

  if (should_record (self, record))
    _gt_store_record (self, _gt_store_command_new (GT_STORE_COMMAND_ADD, kind, object,
                                                   NULL, self->year));
  _gt_store_emit_changed (self);
  return TRUE;
}

/* Inside the edit's write transaction: whether another desk or program changed
 * the row since the lists last took in other programs' changes. The edit was
 * made on what the lists show, so it would silently write over that change:
 * refused with GT_STORE_ERROR_CONFLICT naming who and when. */
static gboolean
check_not_changed_by_other (GtStore      *self,
                            GtStoreKind   kind,
                            gpointer      object,
                            gint64        seen,
                            GError      **error)
{
  GtDbStmt *stmt = _gt_store_stmt (self, GT_STORE_STMT_CHANGED_BY_OTHER, error);
  g_autofree char *name = NULL;
  g_autofree char *desk = NULL;
  g_autofree char *when = NULL;
  GError *local = NULL;
  gboolean changed;

  if (stmt == NULL)
    return FALSE;
  /* A store that lost track of the log reads everything at its next refresh. */
  if (seen < 0)
    {
      gt_db_stmt_reset (stmt);
      return TRUE;
    }

  gt_db_stmt_bind_text (stmt, 1, _gt_store_kind_name (kind));
  gt_db_stmt_bind_int64 (stmt, 2, _gt_store_object_id (kind, object));
  gt_db_stmt_bind_int64 (stmt, 3, seen);
  gt_db_stmt_bind_text (stmt, 4, kind == GT_STORE_KIND_PROJECT ? "annual_plans" : "");
  changed = gt_db_stmt_next (stmt, &local);
  if (changed)
    {
      desk = g_strdup (gt_db_stmt_get_string (stmt, 0));
      when = gt_format_log_time (gt_db_stmt_get_text (stmt, 1));
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
      return FALSE;
    }
  if (!changed)
    return TRUE;

  name = _gt_store_dup_object_name (kind, object);
  _gt_store_set_changed_meanwhile (error, name, desk, when);
  return FALSE;
}

/* After a refused edit: the lists take the other desk's change now. */
static void
show_newer (GtStore *self)
{
  g_autoptr(GError) error = NULL;

  if (!gt_store_refresh (self, &error) && error != NULL)
    g_warning ("%s", error->message);
}

gboolean
_gt_store_update (GtStore      *self,
                  GtStoreKind   kind,
                  gpointer      edited,
                  int           plan_year,
                  gboolean      record,
                  GError      **error)
{
  return _gt_store_update_since (self, kind, edited, plan_year, record, self->last_seq, error);
}

/* Whether writing @edited over @live would leave the register as it is. A
 * project's plan is only known for the store's year: one written for another
 * year (undo after the year changed) is never taken as the same. */
static gboolean
same_values (GtStore     *self,
             GtStoreKind  kind,
             gpointer     live,
             gpointer     edited,
             int          plan_year)
{
  switch (kind)
    {
    case GT_STORE_KIND_PROJECT:
      return plan_year == self->year && gt_project_same_values (live, edited);
    case GT_STORE_KIND_LEADER:
      return gt_leader_same_values (live, edited);
    case GT_STORE_KIND_UNIT:
      return gt_unit_same_values (live, edited);
    case GT_STORE_KIND_ISSUE:
      return gt_issue_same_values (live, edited);
    case GT_STORE_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* @seen: the change log's position when @edited's values were read (an editor
 * filled at opening, while the lists took in other desks' changes since). */
gboolean
_gt_store_update_since (GtStore      *self,
                        GtStoreKind   kind,
                        gpointer      edited,
                        int           plan_year,
                        gboolean      record,
                        gint64        seen,
                        GError      **error)
{
  gint64 id = _gt_store_object_id (kind, edited);
  g_autoptr(GObject) before = NULL;
  gboolean conflict;
  GtDbStmt *stmt;
  gpointer live;
  gboolean ok;

  if (!validate (kind, edited, error) || !prepare_issues (self, kind, error))
    return FALSE;

  live = _gt_store_lookup (self, kind, id);
  if (live == NULL && has_live_list (self, kind))
    {
      _gt_store_set_not_found (error, kind);
      return FALSE;
    }
  if (!check_references (self, kind, edited, error))
    return FALSE;
  /* An editor saved without a change: nothing is written, so no change-log
   * entry for the other desks, and no undo step that undoes nothing. Not a
   * conflict either, even if another desk changed the row since @seen: the
   * lists took that change in and it is what @edited holds, so nothing of it
   * would be overwritten. (A live object edited in place cannot tell.) */
  if (live != NULL && live != edited && same_values (self, kind, live, edited, plan_year))
    return TRUE;
  if (live != NULL && should_record (self, record))
    before = _gt_store_copy_object (kind, live);

  stmt = _gt_store_stmt (self, update_stmts[kind], error);
  if (stmt == NULL || !_gt_store_edit_begin (self, error))
    return FALSE;

  /* A replayed command checks its rows itself; a batch caught up at its start. */
  conflict = record && !self->in_batch && live != NULL &&
             !check_not_changed_by_other (self, kind, edited, seen, error);
  ok = !conflict;
  if (ok)
    {
      _gt_store_bind_object (kind, stmt, edited);
      ok = _gt_store_stmt_run (stmt, _("Could not save the change"), error);
    }
  else
    {
      gt_db_stmt_reset (stmt);
    }
  if (ok && gt_db_stmt_changes (stmt) == 0)
    {
      _gt_store_set_not_found (error, kind);
      ok = FALSE;
    }
  if (ok && kind == GT_STORE_KIND_PROJECT)
    ok = _gt_store_write_plan (self, id, plan_year, gt_project_get_annual_plan (edited),
                               error);
  if (!_gt_store_edit_end (self, ok, error))
    {
      if (conflict)
        show_newer (self);
      return FALSE;
    }

  if (live != NULL && kind == GT_STORE_KIND_PROJECT)
    {
      /* Completed is the store's to say; a plan written for another year (undo
       * after the year changed) is not this year's. */
      g_autoptr(GtProject) values = gt_project_copy (edited);

      gt_project_set_completed (values, gt_project_get_completed (live));
      if (plan_year != self->year)
        gt_project_set_annual_plan (values, gt_project_get_annual_plan (live));
      gt_project_assign (live, values);
    }
  else if (live != NULL && live != edited)
    {
      _gt_store_assign_object (kind, live, edited);
    }
  if (live != NULL)
    _gt_store_row_changed (self, kind, id);

  if (before != NULL)
    _gt_store_record (self, _gt_store_command_new (GT_STORE_COMMAND_UPDATE, kind, before,
                                                   _gt_store_copy_object (kind, edited),
                                                   plan_year));
  _gt_store_emit_changed (self);
  return TRUE;
}

static gboolean
check_in_use (GtStore      *self,
              GtStoreKind   kind,
              gpointer      object,
              GError      **error)
{
  g_autofree char *name = NULL;
  GtDbStmt *stmt;
  gint64 projects, issues;
  GError *local = NULL;

  if (kind != GT_STORE_KIND_LEADER && kind != GT_STORE_KIND_UNIT)
    return TRUE;

  stmt = _gt_store_stmt (self, kind == GT_STORE_KIND_LEADER ? GT_STORE_STMT_LEADER_USES
                                                            : GT_STORE_STMT_UNIT_USES, error);
  if (stmt == NULL)
    return FALSE;

  gt_db_stmt_bind_int64 (stmt, 1, _gt_store_object_id (kind, object));
  if (!gt_db_stmt_next (stmt, &local))
    {
      gt_db_stmt_reset (stmt);
      if (local == NULL)
        g_set_error_literal (&local, GT_STORE_ERROR, GT_STORE_ERROR_FAILED, "no row");
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
      return FALSE;
    }
  projects = gt_db_stmt_get_int64 (stmt, 0);
  issues = gt_db_stmt_get_int64 (stmt, 1);
  gt_db_stmt_reset (stmt);

  if (projects == 0 && issues == 0)
    return TRUE;

  name = _gt_store_dup_object_name (kind, object);
  if (projects > 0 && kind == GT_STORE_KIND_LEADER)
    g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_IN_USE,
                 g_dngettext (GETTEXT_PACKAGE, "“%s” still leads %d project.",
                              "“%s” still leads %d projects.", (gulong) projects),
                 name, (int) projects);
  else if (projects > 0)
    g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_IN_USE,
                 g_dngettext (GETTEXT_PACKAGE,
                              "“%s” is still the unit or locality of %d project.",
                              "“%s” is still the unit or locality of %d projects.",
                              (gulong) projects),
                 name, (int) projects);
  else
    g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_IN_USE,
                 g_dngettext (GETTEXT_PACKAGE, "“%s” still has %d open issue.",
                              "“%s” still has %d open issues.", (gulong) issues),
                 name, (int) issues);

  return FALSE;
}

static gboolean
mark_deleted (GtStore      *self,
              GtStoreKind   kind,
              gint64        id,
              gboolean      deleted,
              GError      **error)
{
  GtDbStmt *stmt = _gt_store_stmt (self, mark_stmts[kind], error);

  if (stmt == NULL)
    return FALSE;

  gt_db_stmt_bind_int64 (stmt, 1, id);
  gt_db_stmt_bind_int64 (stmt, 2, deleted ? 1 : 0);
  if (!_gt_store_stmt_run (stmt, _("Could not save the change"), error))
    return FALSE;
  if (gt_db_stmt_changes (stmt) == 0)
    {
      _gt_store_set_not_found (error, kind);
      return FALSE;
    }

  return TRUE;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 id_a = *(const gint64 *) a;
  gint64 id_b = *(const gint64 *) b;

  return id_a < id_b ? -1 : id_a > id_b;
}

void
_gt_store_hide_project_issues (GtStore *self,
                               gint64   project_id)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gpointer value;

  if (!self->issues_loaded)
    return;

  g_hash_table_iter_init (&iter, self->by_id[GT_STORE_KIND_ISSUE]);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      if (gt_issue_get_project_id (value) == project_id)
        {
          gint64 id = gt_issue_get_id (value);

          g_array_append_val (ids, id);
        }
    }

  /* In id order, so that the list's signals do not depend on the table's. */
  g_array_sort (ids, compare_ids);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      gint64 *key = g_new (gint64, 1);

      *key = id;
      g_hash_table_replace (self->hidden_issues, key,
                            g_object_ref (_gt_store_lookup (self, GT_STORE_KIND_ISSUE, id)));
      _gt_store_remove_live (self, GT_STORE_KIND_ISSUE, id);
    }
}

/* The live issues of a project being restored, read from the file; the hidden
 * objects come back where there are some. */
GPtrArray *
_gt_store_read_project_issues (GtStore  *self,
                               gint64    project_id,
                               GError  **error)
{
  g_autoptr(GPtrArray) issues = g_ptr_array_new_with_free_func (g_object_unref);
  GtDbStmt *stmt;
  GError *local = NULL;

  stmt = _gt_store_stmt (self, GT_STORE_STMT_LOAD_PROJECT_ISSUES, error);
  if (stmt == NULL)
    return NULL;

  gt_db_stmt_bind_int64 (stmt, 1, project_id);
  while (gt_db_stmt_next (stmt, &local))
    {
      g_autoptr(GtIssue) issue = _gt_store_read_object (GT_STORE_KIND_ISSUE, stmt);
      gint64 id = gt_issue_get_id (issue);
      GtIssue *hidden = g_hash_table_lookup (self->hidden_issues, &id);

      if (hidden != NULL)
        {
          gt_issue_assign (hidden, issue);
          g_ptr_array_add (issues, g_object_ref (hidden));
        }
      else
        {
          g_ptr_array_add (issues, g_steal_pointer (&issue));
        }
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
      return NULL;
    }

  return g_steal_pointer (&issues);
}

gboolean
_gt_store_delete (GtStore      *self,
                  GtStoreKind   kind,
                  gpointer      object,
                  gboolean      record,
                  GError      **error)
{
  gint64 id = _gt_store_object_id (kind, object);
  g_autoptr(GObject) hold = NULL;
  gboolean conflict;
  gpointer live;
  gboolean ok;

  if (!prepare_issues (self, kind, error))
    return FALSE;

  live = _gt_store_lookup (self, kind, id);
  if (live == NULL && has_live_list (self, kind))
    {
      _gt_store_set_not_found (error, kind);
      return FALSE;
    }
  /* The lists may hold the last references (the caller's object may come from
   * a lookup, which gives none). */
  hold = g_object_ref (live != NULL ? live : object);

  if (!_gt_store_edit_begin (self, error))
    return FALSE;
  conflict = record && !self->in_batch && live != NULL &&
             !check_not_changed_by_other (self, kind, hold, self->last_seq, error);
  ok = !conflict && check_in_use (self, kind, hold, error) &&
       mark_deleted (self, kind, id, TRUE, error);
  if (!_gt_store_edit_end (self, ok, error))
    {
      if (conflict)
        show_newer (self);
      return FALSE;
    }

  if (live != NULL)
    _gt_store_remove_live (self, kind, id);
  if (kind == GT_STORE_KIND_PROJECT)
    _gt_store_hide_project_issues (self, id);

  if (should_record (self, record))
    _gt_store_record (self, _gt_store_command_new (GT_STORE_COMMAND_DELETE, kind, hold,
                                                   NULL, self->year));
  _gt_store_emit_changed (self);
  return TRUE;
}

/* Restoring is what undo does: a restore is not itself recorded. */
gboolean
_gt_store_restore (GtStore      *self,
                   GtStoreKind   kind,
                   gpointer      object,
                   GError      **error)
{
  gint64 id = _gt_store_object_id (kind, object);
  g_autoptr(GPtrArray) issues = NULL;
  gboolean ok;

  if (!prepare_issues (self, kind, error))
    return FALSE;
  if (_gt_store_lookup (self, kind, id) != NULL)
    {
      _gt_store_set_not_found (error, kind);
      return FALSE;
    }
  /* An issue comes back only into a live project's list. */
  if (kind == GT_STORE_KIND_ISSUE &&
      !check_reference (self, GT_STORE_KIND_PROJECT, gt_issue_get_project_id (object), error))
    return FALSE;

  if (!_gt_store_edit_begin (self, error))
    return FALSE;
  ok = mark_deleted (self, kind, id, FALSE, error);
  /* The year may have changed while it was deleted. */
  if (ok && kind == GT_STORE_KIND_PROJECT)
    ok = _gt_store_reload_project_figures (self, object, error);
  if (ok && kind == GT_STORE_KIND_PROJECT && self->issues_loaded)
    {
      issues = _gt_store_read_project_issues (self, id, error);
      ok = issues != NULL;
    }
  if (!_gt_store_edit_end (self, ok, error))
    return FALSE;

  if (has_live_list (self, kind))
    _gt_store_insert_live (self, kind, object);
  for (guint i = 0; issues != NULL && i < issues->len; i++)
    {
      gint64 issue_id = gt_issue_get_id (issues->pdata[i]);

      _gt_store_insert_live (self, GT_STORE_KIND_ISSUE, issues->pdata[i]);
      g_hash_table_remove (self->hidden_issues, &issue_id);
    }

  _gt_store_emit_changed (self);
  return TRUE;
}

gboolean
gt_store_purge_deleted (GtStore  *self,
                        GError  **error)
{
  /* Deleted projects take their plans, milestones, reports and issues with them
   * (ON DELETE CASCADE); a deleted leader or unit stays while any row, live or
   * deleted, still names it. */
  static const GtDbQuery purge_queries[] = {
    GT_DB_QUERY ("purge-issues", "DELETE FROM issues WHERE deleted = 1"),
    GT_DB_QUERY ("purge-projects", "DELETE FROM projects WHERE deleted = 1"),
    GT_DB_QUERY ("purge-leaders",
                 "DELETE FROM leaders WHERE deleted = 1"
                 "  AND NOT EXISTS (SELECT 1 FROM projects p WHERE p.leader_id = leaders.id)"
                 "  AND NOT EXISTS (SELECT 1 FROM issues i WHERE i.leader_id = leaders.id)"
                 "  AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.leader_id = leaders.id)"),
    GT_DB_QUERY ("purge-units",
                 "DELETE FROM units WHERE deleted = 1"
                 "  AND NOT EXISTS (SELECT 1 FROM projects p WHERE p.unit_id = units.id)"
                 "  AND NOT EXISTS (SELECT 1 FROM projects p WHERE p.locality_id = units.id)"
                 "  AND NOT EXISTS (SELECT 1 FROM issues i WHERE i.unit_id = units.id)"
                 "  AND NOT EXISTS (SELECT 1 FROM formalities f "
                 "                  WHERE f.approver_unit_id = units.id)"),
  };
  gint64 removed = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (GT_IS_STORE (self), FALSE);

  if (!_gt_store_edit_begin (self, error))
    return FALSE;
  for (guint i = 0; ok && i < G_N_ELEMENTS (purge_queries); i++)
    {
      GtDbStmt *stmt = gt_db_prepare (self->db, &purge_queries[i], error);

      ok = stmt != NULL && gt_db_stmt_run (stmt, error);
      if (ok)
        removed += gt_db_stmt_changes (stmt);
      else
        g_prefix_error (error, "%s: ", _("Could not remove deleted rows"));
    }
  if (!_gt_store_edit_end (self, ok, error))
    return FALSE;

  /* Undo could try to restore what is gone now. */
  if (removed > 0)
    {
      _gt_store_clear_history (self);
      g_hash_table_remove_all (self->hidden_issues);
    }

  return TRUE;
}

/* Public API */

#define DEFINE_EDITS(Type, type, TYPE)                                           \
  gboolean                                                                      \
  gt_store_add_##type (GtStore *self, Type *object, GError **error)             \
  {                                                                             \
    g_return_val_if_fail (GT_IS_STORE (self), FALSE);                           \
    g_return_val_if_fail (GT_IS_##TYPE (object), FALSE);                        \
    return _gt_store_add (self, GT_STORE_KIND_##TYPE, object, TRUE, error);     \
  }                                                                             \
  gboolean                                                                      \
  gt_store_update_##type (GtStore *self, Type *edited, GError **error)          \
  {                                                                             \
    g_return_val_if_fail (GT_IS_STORE (self), FALSE);                           \
    g_return_val_if_fail (GT_IS_##TYPE (edited), FALSE);                        \
    return _gt_store_update (self, GT_STORE_KIND_##TYPE, edited, self->year,    \
                             TRUE, error);                                      \
  }                                                                             \
  gboolean                                                                      \
  gt_store_update_##type##_seen (GtStore *self, Type *edited, gint64 seen,      \
                                 GError **error)                                \
  {                                                                             \
    g_return_val_if_fail (GT_IS_STORE (self), FALSE);                           \
    g_return_val_if_fail (GT_IS_##TYPE (edited), FALSE);                        \
    return _gt_store_update_since (self, GT_STORE_KIND_##TYPE, edited,          \
                                   self->year, TRUE, seen, error);              \
  }                                                                             \
  gboolean                                                                      \
  gt_store_delete_##type (GtStore *self, Type *object, GError **error)          \
  {                                                                             \
    g_return_val_if_fail (GT_IS_STORE (self), FALSE);                           \
    g_return_val_if_fail (GT_IS_##TYPE (object), FALSE);                        \
    return _gt_store_delete (self, GT_STORE_KIND_##TYPE, object, TRUE, error);  \
  }                                                                             \
  gboolean                                                                      \
  gt_store_restore_##type (GtStore *self, Type *object, GError **error)         \
  {                                                                             \
    g_return_val_if_fail (GT_IS_STORE (self), FALSE);                           \
    g_return_val_if_fail (GT_IS_##TYPE (object), FALSE);                        \
    return _gt_store_restore (self, GT_STORE_KIND_##TYPE, object, error);       \
  }

DEFINE_EDITS (GtProject, project, PROJECT)
DEFINE_EDITS (GtLeader, leader, LEADER)
DEFINE_EDITS (GtUnit, unit, UNIT)
DEFINE_EDITS (GtIssue, issue, ISSUE)

gint64
gt_store_get_seen (GtStore *self)
{
  g_return_val_if_fail (GT_IS_STORE (self), -1);
  return self->last_seq;
}
