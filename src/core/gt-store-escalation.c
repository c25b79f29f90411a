/* gt-store-escalation.c: issues' levels (督办), their steps and the numbered
 * documents, in the register (schema 6).
 *
 * Every write here is one transaction through the store's edit savepoints
 * (_gt_store_edit_begin()), so that inside gt_store_begin() … commit() it is
 * part of the batch, and outside it takes the register's write lock (SQLite's
 * BEGIN IMMEDIATE, the server's advisory lock) before it reads what it is
 * going to change: the highest number of a kind and year is read under the
 * lock, so the next desk to number a document waits and reads ours. The
 * table's UNIQUE (kind, year, number) would refuse a duplicate anyway.
 *
 * Reading the open issues for the rules happens inside the same transaction,
 * after the lock, and all of them are read before the first is written (the
 * server's statements are not kept open across others).
 *
 * Undo: a step by hand (gt_store_escalate_issue()), a level raised by a
 * document and a run of the rules in the window are each one step of undo,
 * a list command (gt-store-command.c) per issue holding its level and its
 * steps before and after; undo and redo write them back whole, with their
 * ids, and are refused when another desk changed the issue's level or steps
 * since. The numbered documents are no part of it: undoing the level a 交办单
 * or 督办函 raised leaves the document and its number in the register, so
 * that the number stays taken and the next document of its kind and year
 * never gets it again (the paper may already be out). The rules run by
 * `guatu --escalate` are another program's edit: they are no step of a
 * window's undo, which refuses to undo what they changed.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "gt-store-escalation.h"
#include "gt-store-internal.h"
#include "gt-store-private.h"

static const GtDbQuery level_query =
  GT_DB_QUERY ("escalation-level",
    "SELECT escalation_level FROM issues WHERE id = ?1 AND deleted = 0");

static const GtDbQuery levels_query =
  GT_DB_QUERY ("escalation-levels",
    "SELECT id, escalation_level FROM issues WHERE deleted = 0 AND escalation_level <> 0");

static const GtDbQuery set_level_query =
  GT_DB_QUERY ("escalation-set-level",
    "UPDATE issues SET escalation_level = ?2 WHERE id = ?1 AND deleted = 0");

static const GtDbQuery insert_step_query =
  GT_DB_QUERY ("escalation-insert-step",
    "INSERT INTO issue_escalations (issue_id, level, escalated_on, note, source) "
    "VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id");

/* Undo and redo put an issue's steps back with their ids. */
static const GtDbQuery clear_steps_query =
  GT_DB_QUERY ("escalation-clear-steps",
    "DELETE FROM issue_escalations WHERE issue_id = ?1");

static const GtDbQuery restore_step_query =
  GT_DB_QUERY ("escalation-restore-step",
    "INSERT INTO issue_escalations (id, issue_id, level, escalated_on, note, source) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");

/* Every column undo looks after, for the check against other desks: the
 * issue's level and its steps. */
static const GtDbQuery state_query =
  GT_DB_QUERY ("escalation-state",
    "SELECT i.escalation_level, i.deleted, e.id, e.level, e.escalated_on, e.note, e.source "
    "FROM issues i LEFT JOIN issue_escalations e ON e.issue_id = i.id "
    "WHERE i.id = ?1 ORDER BY e.id");

static const GtDbQuery issue_name_query =
  GT_DB_QUERY ("escalation-issue-name", "SELECT description FROM issues WHERE id = ?1");

static const GtDbQuery list_steps_query =
  GT_DB_QUERY ("escalation-list-steps",
    "SELECT id, issue_id, level, escalated_on, note, source FROM issue_escalations "
    "WHERE issue_id = ?1 ORDER BY id");

/* The open issues of live projects with a deadline: what the rules judge. */
static const GtDbQuery open_issues_query =
  GT_DB_QUERY ("escalation-open-issues",
    "SELECT i.id, i.status, i.deadline, i.escalation_level "
    "FROM issues i JOIN projects p ON p.id = i.project_id "
    "WHERE i.deleted = 0 AND p.deleted = 0 AND i.status IN ('raised', 'assigned') "
    "  AND i.deadline IS NOT NULL ORDER BY i.id");

/* The last number by the (kind, year, number) key, read backwards: the
 * server's plan for max (number) read every document of the kind (5.6 ms a
 * number at 30,000 documents, against 0.08 ms so). */
static const GtDbQuery next_number_query =
  GT_DB_QUERY ("issue-document-next-number",
    "SELECT coalesce ((SELECT number FROM issue_documents "
    "  WHERE kind = ?1 AND year = CAST (?2 AS integer) ORDER BY number DESC LIMIT 1), 0) + 1");

static const GtDbQuery insert_document_query =
  GT_DB_QUERY ("issue-document-insert",
    "INSERT INTO issue_documents (issue_id, kind, year, number, issued_on) "
    "VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id");

static const GtDbQuery list_documents_query =
  GT_DB_QUERY ("issue-document-list",
    "SELECT id, issue_id, kind, year, number, issued_on FROM issue_documents "
    "WHERE issue_id = ?1 ORDER BY id");

/* ?1 a unit's id, or 0 for every unit; the server is told it is a number. */
static const GtDbQuery unit_issues_query =
  GT_DB_QUERY ("escalation-unit-issues",
    "SELECT i.id, i.project_id, i.unit_id, i.escalation_level, i.deadline "
    "FROM issues i JOIN projects p ON p.id = i.project_id "
    "WHERE i.deleted = 0 AND p.deleted = 0 AND i.status IN ('raised', 'assigned') "
    "  AND (CAST (?1 AS bigint) = 0 OR i.unit_id = CAST (?1 AS bigint)) "
    "ORDER BY i.id");

void
gt_escalation_entry_free (GtEscalationEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->note);
  g_free (entry->source);
  g_free (entry);
}

void
gt_escalation_rise_free (GtEscalationRise *rise)
{
  if (rise == NULL)
    return;
  g_clear_pointer (&rise->steps, g_array_unref);
  g_free (rise);
}

static GtEscalationLevel
level_of (gint64 value)
{
  return (GtEscalationLevel) CLAMP (value, GT_ESCALATION_NONE, GT_ESCALATION_LISTED);
}

static gboolean
read_failed (GError **error,
             GError  *local)
{
  g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
  return FALSE;
}

/* The level of a live issue, inside or outside a transaction. */
static gboolean
read_level (GtStore           *self,
            gint64             issue_id,
            GtEscalationLevel *level,
            GError           **error)
{
  GtDbStmt *stmt = _gt_store_stmt_of (self, &level_query, error);
  GError *local = NULL;
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  gt_db_stmt_bind_int64 (stmt, 1, issue_id);
  found = gt_db_stmt_next (stmt, &local);
  if (found)
    *level = level_of (gt_db_stmt_get_int64 (stmt, 0));
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    return read_failed (error, local);
  if (!found)
    {
      _gt_store_set_not_found (error, GT_STORE_KIND_ISSUE);
      return FALSE;
    }
  return TRUE;
}

/* The level and a row of issue_escalations: the caller's transaction. */
static gboolean
write_step (GtStore           *self,
            gint64             issue_id,
            GtEscalationLevel  level,
            gboolean           set_level,
            const GDate       *on,
            const char        *note,
            const char        *source,
            GError           **error)
{
  GtDbStmt *stmt;
  gint64 id;

  if (set_level)
    {
      stmt = _gt_store_stmt_of (self, &set_level_query, error);
      if (stmt == NULL)
        return FALSE;
      gt_db_stmt_bind_int64 (stmt, 1, issue_id);
      gt_db_stmt_bind_int64 (stmt, 2, level);
      if (!_gt_store_stmt_run (stmt, _("Could not save the change"), error))
        return FALSE;
    }
  stmt = _gt_store_stmt_of (self, &insert_step_query, error);
  if (stmt == NULL)
    return FALSE;
  gt_db_stmt_bind_int64 (stmt, 1, issue_id);
  gt_db_stmt_bind_int64 (stmt, 2, level);
  gt_db_stmt_bind_date (stmt, 3, on);
  _gt_store_bind_text (stmt, 4, note);
  _gt_store_bind_text (stmt, 5, source);
  return _gt_store_stmt_insert (stmt, &id, _("Could not save the change"), error);
}

/* After a commit: the issue's row in the lists shows it again, the views
 * that read levels hear ::changed. */
static void
issues_changed (GtStore *self,
                gint64  *ids,
                guint    n_ids)
{
  for (guint i = 0; i < n_ids; i++)
    _gt_store_row_changed (self, GT_STORE_KIND_ISSUE, ids[i]);
  if (n_ids > 0)
    _gt_store_emit_changed (self);
}

/* The steps of issue @issue_id, oldest first, into @entries. */
static gboolean
read_steps_into (GtStore    *self,
                 gint64      issue_id,
                 GPtrArray  *entries,
                 GError    **error)
{
  GError *local = NULL;
  GtDbStmt *stmt;

  stmt = _gt_store_stmt_of (self, &list_steps_query, error);
  if (stmt == NULL)
    return FALSE;
  gt_db_stmt_bind_int64 (stmt, 1, issue_id);
  while (gt_db_stmt_next (stmt, &local))
    {
      GtEscalationEntry *entry = g_new0 (GtEscalationEntry, 1);

      entry->id = gt_db_stmt_get_int64 (stmt, 0);
      entry->issue_id = gt_db_stmt_get_int64 (stmt, 1);
      entry->level = level_of (gt_db_stmt_get_int64 (stmt, 2));
      g_date_clear (&entry->on, 1);
      gt_db_stmt_get_date (stmt, 3, &entry->on);
      entry->note = g_strdup (gt_db_stmt_get_string (stmt, 4));
      entry->source = g_strdup (gt_db_stmt_get_string (stmt, 5));
      g_ptr_array_add (entries, entry);
    }
  gt_db_stmt_reset (stmt);
  return local == NULL || read_failed (error, local);
}

static GPtrArray *
read_steps (GtStore  *self,
            gint64    issue_id,
            GError  **error)
{
  g_autoptr(GPtrArray) entries =
    g_ptr_array_new_with_free_func ((GDestroyNotify) gt_escalation_entry_free);

  if (!read_steps_into (self, issue_id, entries, error))
    return NULL;
  return g_steal_pointer (&entries);
}

/* What an undo command keeps of an issue's supervision: first an entry of
 * id 0 holding the issue's level, then its steps. Inside the edit. */
static GPtrArray *
read_state (GtStore  *self,
            gint64    issue_id,
            GError  **error)
{
  g_autoptr(GPtrArray) state =
    g_ptr_array_new_with_free_func ((GDestroyNotify) gt_escalation_entry_free);
  GtEscalationEntry *head = g_new0 (GtEscalationEntry, 1);

  head->issue_id = issue_id;
  g_date_clear (&head->on, 1);
  g_ptr_array_add (state, head);
  if (!read_level (self, issue_id, &head->level, error) ||
      !read_steps_into (self, issue_id, state, error))
    return NULL;
  return g_steal_pointer (&state);
}

/* Undo and redo: issue @issue_id's level and steps as @state has them
 * (read_state()). The documents stay as they are: a number issued is never
 * given back. */
static gboolean
write_back (GtStore    *self,
            gint64      issue_id,
            GPtrArray  *state,
            GError    **error)
{
  const GtEscalationEntry *head = state->pdata[0];
  GtDbStmt *stmt;
  gboolean ok;

  if (!_gt_store_edit_begin (self, error))
    return FALSE;
  stmt = _gt_store_stmt_of (self, &set_level_query, error);
  ok = stmt != NULL;
  if (ok)
    {
      gt_db_stmt_bind_int64 (stmt, 1, issue_id);
      gt_db_stmt_bind_int64 (stmt, 2, head->level);
      ok = _gt_store_stmt_run (stmt, _("Could not save the change"), error);
    }
  if (ok && gt_db_stmt_changes (stmt) == 0)
    {
      _gt_store_set_not_found (error, GT_STORE_KIND_ISSUE);
      ok = FALSE;
    }
  if (ok)
    {
      stmt = _gt_store_stmt_of (self, &clear_steps_query, error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      gt_db_stmt_bind_int64 (stmt, 1, issue_id);
      ok = _gt_store_stmt_run (stmt, _("Could not save the change"), error);
    }
  for (guint i = 1; ok && i < state->len; i++)
    {
      const GtEscalationEntry *entry = state->pdata[i];

      stmt = _gt_store_stmt_of (self, &restore_step_query, error);
      ok = stmt != NULL;
      if (!ok)
        break;
      gt_db_stmt_bind_int64 (stmt, 1, entry->id);
      gt_db_stmt_bind_int64 (stmt, 2, issue_id);
      gt_db_stmt_bind_int64 (stmt, 3, entry->level);
      gt_db_stmt_bind_date (stmt, 4, &entry->on);
      _gt_store_bind_text (stmt, 5, entry->note);
      _gt_store_bind_text (stmt, 6, entry->source);
      ok = _gt_store_stmt_run (stmt, _("Could not save the change"), error);
    }
  if (!_gt_store_edit_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  issues_changed (self, &issue_id, 1);
  return TRUE;
}

/* Escalation steps and levels are logged as their issue. */
static const GtStoreListOps list_ops = {
  write_back,
  &state_query,
  GT_STORE_KIND_ISSUE,
  NULL,
};

/* What people call issue @issue_id: the start of its description. */
static char *
dup_issue_name (GtStore *self,
                gint64   issue_id)
{
  g_autoptr(GtIssue) issue = gt_issue_new ();
  GtDbStmt *stmt = _gt_store_stmt_of (self, &issue_name_query, NULL);

  if (stmt != NULL)
    {
      gt_db_stmt_bind_int64 (stmt, 1, issue_id);
      if (gt_db_stmt_next (stmt, NULL))
        gt_issue_set_description (issue, gt_db_stmt_get_string (stmt, 0));
      gt_db_stmt_reset (stmt);
    }
  return _gt_store_dup_object_name (GT_STORE_KIND_ISSUE, issue);
}

/* The undo command of issue @issue_id's change from @before to @after
 * (read_state()), which it takes. */
static GtStoreCommand *
new_command (GtStore    *self,
             gint64      issue_id,
             GPtrArray  *before,
             GPtrArray  *after)
{
  GtEscalationLevel from = ((GtEscalationEntry *) before->pdata[0])->level;
  GtEscalationLevel to = ((GtEscalationEntry *) after->pdata[0])->level;
  g_autofree char *name = dup_issue_name (self, issue_id);
  g_autofree char *label = NULL;

  label = to >= from
    /* TRANSLATORS: undo's name of a step of supervision: issue, level (督办) */
    ? g_strdup_printf (_("Raise Issue “%s” to %s"), name, gt_escalation_level_get_label (to))
    /* TRANSLATORS: undo's name of a step back: issue, level (交办) */
    : g_strdup_printf (_("Lower Issue “%s” to %s"), name, gt_escalation_level_get_label (to));
  return _gt_store_command_new_list (&list_ops, issue_id, before, after, label, name);
}

gboolean
gt_store_get_escalation_level (GtStore           *self,
                               gint64             issue_id,
                               GtEscalationLevel *level,
                               GError           **error)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (level != NULL, FALSE);

  return read_level (self, issue_id, level, error);
}

GHashTable *
gt_store_list_escalation_levels (GtStore  *self,
                                 GError  **error)
{
  g_autoptr(GHashTable) levels = NULL;
  GError *local = NULL;
  GtDbStmt *stmt;

  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  stmt = _gt_store_stmt_of (self, &levels_query, error);
  if (stmt == NULL)
    return NULL;
  levels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  while (gt_db_stmt_next (stmt, &local))
    g_hash_table_insert (levels, g_memdup2 (&(gint64) { gt_db_stmt_get_int64 (stmt, 0) },
                                            sizeof (gint64)),
                         GINT_TO_POINTER (level_of (gt_db_stmt_get_int64 (stmt, 1))));
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      read_failed (error, local);
      return NULL;
    }
  return g_steal_pointer (&levels);
}

gboolean
gt_store_escalate_issue (GtStore           *self,
                         gint64             issue_id,
                         GtEscalationLevel  level,
                         const GDate       *on,
                         const char        *note,
                         const char        *source,
                         GError           **error)
{
  GtEscalationLevel current = GT_ESCALATION_NONE;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  gboolean ok;

  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (level < GT_N_ESCALATION_LEVELS, FALSE);
  g_return_val_if_fail (on != NULL && g_date_valid (on), FALSE);
  g_return_val_if_fail (source != NULL, FALSE);

  if (!_gt_store_edit_begin (self, error))
    return FALSE;
  ok = read_level (self, issue_id, &current, error) &&
       (before = read_state (self, issue_id, error)) != NULL;
  if (ok && current == level)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   /* TRANSLATORS: %s is a level: 督办 */
                   _("The issue is at the level “%s” already"),
                   gt_escalation_level_get_label (level));
      ok = FALSE;
    }
  if (ok)
    ok = write_step (self, issue_id, level, TRUE, on, note, source, error) &&
         (after = read_state (self, issue_id, error)) != NULL;
  if (!_gt_store_edit_end (self, ok, error))
    return FALSE;
  _gt_store_record (self, new_command (self, issue_id, g_steal_pointer (&before),
                                       g_steal_pointer (&after)));
  issues_changed (self, &issue_id, 1);
  return TRUE;
}

GPtrArray *
gt_store_list_escalations (GtStore  *self,
                           gint64    issue_id,
                           GError  **error)
{
  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  return read_steps (self, issue_id, error);
}

typedef struct {
  gint64            id;
  GtIssueStatus     status;
  GDate             deadline;
  GtEscalationLevel level;
} OpenIssue;

static gboolean
read_open_issues (GtStore  *self,
                  GArray   *issues,
                  GError  **error)
{
  GtDbStmt *stmt = _gt_store_stmt_of (self, &open_issues_query, error);
  GError *local = NULL;

  if (stmt == NULL)
    return FALSE;
  while (gt_db_stmt_next (stmt, &local))
    {
      OpenIssue issue = { gt_db_stmt_get_int64 (stmt, 0), };

      if (!gt_issue_status_from_id (gt_db_stmt_get_string (stmt, 1), &issue.status))
        continue;
      g_date_clear (&issue.deadline, 1);
      if (gt_db_stmt_get_date (stmt, 2, &issue.deadline) == NULL)
        continue;
      issue.level = level_of (gt_db_stmt_get_int64 (stmt, 3));
      g_array_append_val (issues, issue);
    }
  gt_db_stmt_reset (stmt);
  return local == NULL || read_failed (error, local);
}

/* 超过办结时限30天: what a rule's step says in the history, beside its level. */
static char *
dup_rule_note (const GtEscalationStep *step)
{
  /* TRANSLATORS: why the office's rules raised an issue */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day past the deadline",
                                       "%u days past the deadline", step->days_overdue),
                          step->days_overdue);
}

GPtrArray *
gt_store_run_escalation (GtStore                 *self,
                         const GtEscalationRules *rules,
                         const GDate             *as_of,
                         GError                 **error)
{
  g_autoptr(GPtrArray) rises = NULL;
  g_autoptr(GArray) issues = NULL;
  g_autoptr(GArray) ids = NULL;
  GtStoreCommand *batch;
  gboolean ok;

  g_return_val_if_fail (GT_IS_STORE (self), NULL);
  g_return_val_if_fail (rules != NULL, NULL);
  g_return_val_if_fail (as_of != NULL && g_date_valid (as_of), NULL);

  rises = g_ptr_array_new_with_free_func ((GDestroyNotify) gt_escalation_rise_free);
  issues = g_array_new (FALSE, FALSE, sizeof (OpenIssue));
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  /* TRANSLATORS: undo's name of a run of the office's escalation rules */
  batch = _gt_store_command_new_batch (_("Apply the Supervision Rules"));
  if (!_gt_store_edit_begin (self, error))
    {
      _gt_store_command_free (batch);
      return NULL;
    }
  ok = read_open_issues (self, issues, error);
  for (guint i = 0; ok && i < issues->len; i++)
    {
      OpenIssue *issue = &g_array_index (issues, OpenIssue, i);
      g_autoptr(GtEscalationRise) rise = g_new0 (GtEscalationRise, 1);
      g_autoptr(GPtrArray) before = NULL;
      g_autoptr(GPtrArray) after = NULL;

      rise->issue_id = issue->id;
      rise->from = issue->level;
      rise->steps = g_array_new (FALSE, FALSE, sizeof (GtEscalationStep));
      rise->to = gt_escalation_judge (rules, &issue->deadline, issue->status, issue->level,
                                      as_of, rise->steps);
      if (rise->steps->len == 0)
        continue;
      before = read_state (self, issue->id, error);
      ok = before != NULL;
      for (guint s = 0; ok && s < rise->steps->len; s++)
        {
          const GtEscalationStep *step = &g_array_index (rise->steps, GtEscalationStep, s);
          g_autofree char *note = dup_rule_note (step);

          /* The level once, with the last step; a row for each. */
          ok = write_step (self, issue->id, step->level, s == rise->steps->len - 1, &step->due,
                           note, "rule", error);
        }
      if (ok)
        ok = (after = read_state (self, issue->id, error)) != NULL;
      if (ok)
        _gt_store_command_add_child (batch, new_command (self, issue->id,
                                                         g_steal_pointer (&before),
                                                         g_steal_pointer (&after)));
      g_array_append_val (ids, issue->id);
      g_ptr_array_add (rises, g_steal_pointer (&rise));
    }
  if (!_gt_store_edit_end (self, ok, error))
    {
      _gt_store_command_free (batch);
      return NULL;
    }
  /* One step of undo for the run, when it raised any issue. */
  if (_gt_store_command_get_n_children (batch) > 0)
    _gt_store_record (self, batch);
  else
    _gt_store_command_free (batch);
  issues_changed (self, (gint64 *) (gpointer) ids->data, ids->len);
  return g_steal_pointer (&rises);
}

gboolean
gt_store_add_issue_document (GtStore          *self,
                             gint64            issue_id,
                             GtIssueDocKind    kind,
                             const GDate      *issued_on,
                             GtIssueDocument  *document,
                             GError          **error)
{
  GtEscalationLevel level = GT_ESCALATION_NONE;
  GtEscalationLevel wanted = gt_issue_doc_kind_get_level (kind);
  GtIssueDocument made = { 0, issue_id, kind, };
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  gboolean raised = FALSE;
  GtDbStmt *stmt;
  gint64 number = 0;
  gboolean ok;

  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind < GT_N_ISSUE_DOC_KINDS, FALSE);
  g_return_val_if_fail (issued_on != NULL && g_date_valid (issued_on), FALSE);

  made.year = g_date_get_year (issued_on);
  made.issued_on = *issued_on;
  if (!_gt_store_edit_begin (self, error))
    return FALSE;
  /* Under the write lock from here: the number read is the highest taken. */
  ok = read_level (self, issue_id, &level, error);
  if (ok)
    {
      stmt = _gt_store_stmt_of (self, &next_number_query, error);
      ok = stmt != NULL;
      if (ok)
        {
          gt_db_stmt_bind_text (stmt, 1, gt_issue_doc_kind_to_id (kind));
          gt_db_stmt_bind_int64 (stmt, 2, made.year);
          ok = _gt_store_stmt_value (stmt, &number, error);
        }
    }
  if (ok)
    {
      made.number = (guint) MAX (number, 1);
      stmt = _gt_store_stmt_of (self, &insert_document_query, error);
      ok = stmt != NULL;
      if (ok)
        {
          gt_db_stmt_bind_int64 (stmt, 1, issue_id);
          gt_db_stmt_bind_text (stmt, 2, gt_issue_doc_kind_to_id (kind));
          gt_db_stmt_bind_int64 (stmt, 3, made.year);
          gt_db_stmt_bind_int64 (stmt, 4, made.number);
          gt_db_stmt_bind_date (stmt, 5, issued_on);
          ok = _gt_store_stmt_insert (stmt, &made.id, _("Could not save the change"), error);
        }
    }
  if (ok && level < wanted)
    {
      g_autofree char *number_text = gt_issue_doc_format_number (NULL, made.year, made.number);
      /* TRANSLATORS: the note of a level set by a document: 交办单〔2023〕第12号 */
      g_autofree char *note = g_strdup_printf (C_("escalation note", "%s %s"),
                                               gt_issue_doc_kind_get_label (kind), number_text);

      ok = (before = read_state (self, issue_id, error)) != NULL &&
           write_step (self, issue_id, wanted, TRUE, issued_on, note, "document", error) &&
           (after = read_state (self, issue_id, error)) != NULL;
      raised = ok;
    }
  if (!_gt_store_edit_end (self, ok, error))
    return FALSE;
  /* The level the document raised is a step of undo; the document is not:
   * its row is left out of the command's state, so that undoing the step
   * keeps the number taken (write_back() never touches issue_documents). */
  if (raised)
    {
      _gt_store_record (self, new_command (self, issue_id, g_steal_pointer (&before),
                                           g_steal_pointer (&after)));
      issues_changed (self, &issue_id, 1);
    }
  if (document != NULL)
    *document = made;
  return TRUE;
}

GArray *
gt_store_list_issue_documents (GtStore  *self,
                               gint64    issue_id,
                               GError  **error)
{
  g_autoptr(GArray) documents = NULL;
  GError *local = NULL;
  GtDbStmt *stmt;

  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  stmt = _gt_store_stmt_of (self, &list_documents_query, error);
  if (stmt == NULL)
    return NULL;
  gt_db_stmt_bind_int64 (stmt, 1, issue_id);
  documents = g_array_new (FALSE, TRUE, sizeof (GtIssueDocument));
  while (gt_db_stmt_next (stmt, &local))
    {
      GtIssueDocument document = { gt_db_stmt_get_int64 (stmt, 0), };

      if (!gt_issue_doc_kind_from_id (gt_db_stmt_get_string (stmt, 2), &document.kind))
        continue;
      document.issue_id = gt_db_stmt_is_null (stmt, 1) ? 0 : gt_db_stmt_get_int64 (stmt, 1);
      document.year = (int) gt_db_stmt_get_int64 (stmt, 3);
      document.number = (guint) gt_db_stmt_get_int64 (stmt, 4);
      g_date_clear (&document.issued_on, 1);
      gt_db_stmt_get_date (stmt, 5, &document.issued_on);
      g_array_append_val (documents, document);
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      read_failed (error, local);
      return NULL;
    }
  return g_steal_pointer (&documents);
}

static int
compare_unit_issues (gconstpointer a,
                     gconstpointer b)
{
  const GtUnitIssue *x = a;
  const GtUnitIssue *y = b;

  if (x->unit_id != y->unit_id)
    return x->unit_id < y->unit_id ? -1 : 1;
  if (x->days_overdue != y->days_overdue)
    return x->days_overdue > y->days_overdue ? -1 : 1;
  if (g_date_valid (&x->deadline) != g_date_valid (&y->deadline))
    return g_date_valid (&x->deadline) ? -1 : 1;
  if (g_date_valid (&x->deadline) && g_date_compare (&x->deadline, &y->deadline) != 0)
    return g_date_compare (&x->deadline, &y->deadline);
  return x->issue_id < y->issue_id ? -1 : x->issue_id > y->issue_id;
}

GArray *
gt_store_list_unit_issues (GtStore      *self,
                           gint64        unit_id,
                           const GDate  *as_of,
                           GError      **error)
{
  g_autoptr(GArray) issues = NULL;
  GError *local = NULL;
  GtDbStmt *stmt;

  g_return_val_if_fail (GT_IS_STORE (self), NULL);
  g_return_val_if_fail (as_of != NULL && g_date_valid (as_of), NULL);

  stmt = _gt_store_stmt_of (self, &unit_issues_query, error);
  if (stmt == NULL)
    return NULL;
  gt_db_stmt_bind_int64 (stmt, 1, unit_id);
  issues = g_array_new (FALSE, TRUE, sizeof (GtUnitIssue));
  while (gt_db_stmt_next (stmt, &local))
    {
      GtUnitIssue issue = { gt_db_stmt_get_int64 (stmt, 0), };

      issue.project_id = gt_db_stmt_get_int64 (stmt, 1);
      issue.unit_id = gt_db_stmt_is_null (stmt, 2) ? 0 : gt_db_stmt_get_int64 (stmt, 2);
      issue.level = level_of (gt_db_stmt_get_int64 (stmt, 3));
      g_date_clear (&issue.deadline, 1);
      gt_db_stmt_get_date (stmt, 4, &issue.deadline);
      issue.days_overdue = gt_escalation_days_overdue (&issue.deadline, as_of);
      g_array_append_val (issues, issue);
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      read_failed (error, local);
      return NULL;
    }
  g_array_sort (issues, compare_unit_issues);
  return g_steal_pointer (&issues);
}
