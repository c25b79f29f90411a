/* gt-store-visits.c: leaders' site visits in the register (schema 6).
 *
 * Each write is one edit (_gt_store_edit_begin()): outside gt_store_begin()
 * it takes the register's write lock and commits at its end; inside, it is a
 * savepoint of the batch. The visit's projects are written whole (deleted and
 * inserted again), which the change log records as the visit's part
 * 'visit_projects'.
 *
 * Issues assigned on the spot go through the store's own issue edit
 * (_gt_store_add(), without an undo step), so that they are validated, their
 * unit and leader checked and the issue list shows them, then get the
 * visit's id. They are added last: should anything after them fail, they
 * leave the live list again as the transaction rolls back.
 *
 * Visits read for a month or a week join their projects in one statement and
 * are grouped here, so that no statement stays open across another (the
 * server's do not).
 *
 * Undo: an add, an edit or a delete is one step. The visit is a list command
 * (gt-store-command.c) owned by the visit's id, its list the live visit with
 * its projects, or nothing when deleted: undo and redo write it back whole,
 * and are refused when another desk changed the visit since (the change log
 * names it as kind 'visit'). The issues assigned on the spot in the same
 * edit are each an issue's add command; with the visit's they make one batch
 * step, undone issues first and done again visit first.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-store-internal.h"
#include "gt-store-private.h"
#include "gt-store-visits.h"

static const GtDbQuery insert_visit_query =
  GT_DB_QUERY ("visit-insert",
    "INSERT INTO visits (leader_id, visited_on, kind, decisions) "
    "VALUES (?1, ?2, ?3, ?4) RETURNING id");

static const GtDbQuery update_visit_query =
  GT_DB_QUERY ("visit-update",
    "UPDATE visits SET leader_id = ?2, visited_on = ?3, kind = ?4, decisions = ?5 "
    "WHERE id = ?1 AND deleted = 0");

static const GtDbQuery mark_visit_query =
  GT_DB_QUERY ("visit-mark-deleted",
    "UPDATE visits SET deleted = 1 WHERE id = ?1 AND deleted = 0");

/* Undo and redo: the visit as it was, live again or deleted again. */
static const GtDbQuery write_back_query =
  GT_DB_QUERY ("visit-write-back",
    "UPDATE visits SET leader_id = ?2, visited_on = ?3, kind = ?4, decisions = ?5, "
    "  deleted = 0 WHERE id = ?1");

static const GtDbQuery mark_back_query =
  GT_DB_QUERY ("visit-mark-back", "UPDATE visits SET deleted = 1 WHERE id = ?1");

/* Every column of the visit and its projects, for the check against other
 * desks before an undo or a redo. */
static const GtDbQuery state_query =
  GT_DB_QUERY ("visit-state",
    "SELECT v.id, v.leader_id, v.visited_on, v.kind, v.decisions, v.deleted, vp.project_id "
    "FROM visits v LEFT JOIN visit_projects vp ON vp.visit_id = v.id "
    "WHERE v.id = ?1 ORDER BY vp.project_id");

static const GtDbQuery clear_projects_query =
  GT_DB_QUERY ("visit-clear-projects",
    "DELETE FROM visit_projects WHERE visit_id = ?1");

static const GtDbQuery insert_project_query =
  GT_DB_QUERY ("visit-insert-project",
    "INSERT INTO visit_projects (visit_id, project_id) VALUES (?1, ?2)");

static const GtDbQuery link_issue_query =
  GT_DB_QUERY ("visit-link-issue",
    "UPDATE issues SET visit_id = ?2 WHERE id = ?1");

/* ?1 a leader's id or 0 for all; ?2 … ?3 the days, both included. */
static const GtDbQuery list_visits_query =
  GT_DB_QUERY ("visit-list",
    "SELECT v.id, v.leader_id, v.visited_on, v.kind, v.decisions, vp.project_id "
    "FROM visits v LEFT JOIN visit_projects vp ON vp.visit_id = v.id "
    "WHERE v.deleted = 0 AND (CAST (?1 AS bigint) = 0 OR v.leader_id = CAST (?1 AS bigint)) "
    "  AND v.visited_on >= ?2 AND v.visited_on <= ?3 "
    "ORDER BY v.visited_on, v.id, vp.project_id");

static const GtDbQuery get_visit_query =
  GT_DB_QUERY ("visit-get",
    "SELECT v.id, v.leader_id, v.visited_on, v.kind, v.decisions, vp.project_id "
    "FROM visits v LEFT JOIN visit_projects vp ON vp.visit_id = v.id "
    "WHERE v.deleted = 0 AND v.id = ?1 ORDER BY vp.project_id");

static const GtDbQuery visit_issues_query =
  GT_DB_QUERY ("visit-issues",
    "SELECT id FROM issues WHERE visit_id = ?1 AND deleted = 0 ORDER BY id");

/* The leader's own visits only: a visit by another leader does not do the
 * leader's site work. */
static const GtDbQuery last_visits_query =
  GT_DB_QUERY ("visit-last-visits",
    "SELECT p.id, max (v.visited_on) FROM projects p "
    "LEFT JOIN visit_projects vp ON vp.project_id = p.id "
    "LEFT JOIN visits v ON v.id = vp.visit_id AND v.deleted = 0 "
    "  AND v.leader_id = p.leader_id AND v.visited_on <= ?2 "
    "WHERE p.deleted = 0 AND p.leader_id = ?1 "
    "  AND p.stage NOT IN ('completed', 'operating') "
    "GROUP BY p.id ORDER BY p.id");

static gboolean
read_failed (GError **error,
             GError  *local)
{
  g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
  return FALSE;
}

static void
set_visit_not_found (GError **error)
{
  g_set_error_literal (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND,
                       _("The visit is no longer in the register"));
}

static gboolean
check_leader (GtStore  *self,
              gint64    leader_id,
              GError  **error)
{
  if (gt_store_lookup_leader (self, leader_id) != NULL)
    return TRUE;
  _gt_store_set_not_found (error, GT_STORE_KIND_LEADER);
  return FALSE;
}

/* Rows of id, leader, date, kind, decisions, project, grouped by visit. */
static GPtrArray *
read_visits (GtDbStmt  *stmt,
             GError   **error)
{
  g_autoptr(GPtrArray) visits = g_ptr_array_new_with_free_func (g_object_unref);
  GtVisit *current = NULL;
  GError *local = NULL;

  while (gt_db_stmt_next (stmt, &local))
    {
      gint64 id = gt_db_stmt_get_int64 (stmt, 0);

      if (current == NULL || gt_visit_get_id (current) != id)
        {
          GtVisitKind kind = GT_VISIT_SURVEY;
          GDate on;

          current = gt_visit_new ();
          g_ptr_array_add (visits, current);
          gt_visit_set_id (current, id);
          gt_visit_set_leader_id (current, gt_db_stmt_get_int64 (stmt, 1));
          g_date_clear (&on, 1);
          gt_visit_set_visited_on (current, gt_db_stmt_get_date (stmt, 2, &on));
          gt_visit_kind_from_id (gt_db_stmt_get_text (stmt, 3), &kind);
          gt_visit_set_kind (current, kind);
          gt_visit_set_decisions (current, gt_db_stmt_get_string (stmt, 4));
        }
      if (!gt_db_stmt_is_null (stmt, 5))
        gt_visit_add_project_id (current, gt_db_stmt_get_int64 (stmt, 5));
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      read_failed (error, local);
      return NULL;
    }
  return g_steal_pointer (&visits);
}

/* The live visit @visit_id as a list of one, or of none when there is no
 * such live visit: what a visit's undo command keeps. */
static GPtrArray *
read_visit (GtStore  *self,
            gint64    visit_id,
            GError  **error)
{
  GtDbStmt *stmt = _gt_store_stmt_of (self, &get_visit_query, error);

  if (stmt == NULL)
    return NULL;
  gt_db_stmt_bind_int64 (stmt, 1, visit_id);
  return read_visits (stmt, error);
}

static gboolean
write_projects (GtStore  *self,
                GtVisit  *visit,
                GError  **error)
{
  const gint64 *ids;
  guint n_ids;
  GtDbStmt *stmt = _gt_store_stmt_of (self, &clear_projects_query, error);

  if (stmt == NULL)
    return FALSE;
  gt_db_stmt_bind_int64 (stmt, 1, gt_visit_get_id (visit));
  if (!_gt_store_stmt_run (stmt, _("Could not save the visit"), error))
    return FALSE;

  ids = gt_visit_get_project_ids (visit, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      if (!_gt_store_check_project (self, ids[i], error))
        return FALSE;
      stmt = _gt_store_stmt_of (self, &insert_project_query, error);
      if (stmt == NULL)
        return FALSE;
      gt_db_stmt_bind_int64 (stmt, 1, gt_visit_get_id (visit));
      gt_db_stmt_bind_int64 (stmt, 2, ids[i]);
      if (!_gt_store_stmt_run (stmt, _("Could not save the visit"), error))
        return FALSE;
    }
  return TRUE;
}

/* Adds the issues and links them, inside the caller's edit; the ids of those
 * added in @added, for taking them out of the list should the edit fail. */
static gboolean
write_issues (GtStore   *self,
              GtVisit   *visit,
              GPtrArray *issues,
              GArray    *added,
              GError   **error)
{
  for (guint i = 0; issues != NULL && i < issues->len; i++)
    {
      GtIssue *issue = issues->pdata[i];
      GtDbStmt *stmt;
      gint64 id;

      if (gt_issue_get_leader_id (issue) == 0)
        gt_issue_set_leader_id (issue, gt_visit_get_leader_id (visit));
      if (gt_issue_get_raised_on (issue) == NULL ||
          !g_date_valid (gt_issue_get_raised_on (issue)))
        gt_issue_set_raised_on (issue, gt_visit_get_visited_on (visit));
      if (!_gt_store_add (self, GT_STORE_KIND_ISSUE, issue, FALSE, error))
        return FALSE;
      id = gt_issue_get_id (issue);
      g_array_append_val (added, id);
      stmt = _gt_store_stmt_of (self, &link_issue_query, error);
      if (stmt == NULL)
        return FALSE;
      gt_db_stmt_bind_int64 (stmt, 1, id);
      gt_db_stmt_bind_int64 (stmt, 2, gt_visit_get_id (visit));
      if (!_gt_store_stmt_run (stmt, _("Could not save the visit"), error))
        return FALSE;
    }
  return TRUE;
}

/* After a failed edit: the issues it added are not in the register. */
static void
forget_issues (GtStore   *self,
               GPtrArray *issues,
               GArray    *added)
{
  for (guint i = 0; i < added->len; i++)
    {
      if (self->issues_loaded)
        _gt_store_remove_live (self, GT_STORE_KIND_ISSUE, g_array_index (added, gint64, i));
      gt_issue_set_id (issues->pdata[i], 0);
    }
  if (added->len > 0)
    _gt_store_emit_changed (self);
}

static void
bind_visit (GtDbStmt *stmt,
            int       first,
            GtVisit  *visit)
{
  gt_db_stmt_bind_int64 (stmt, first, gt_visit_get_leader_id (visit));
  gt_db_stmt_bind_date (stmt, first + 1, gt_visit_get_visited_on (visit));
  gt_db_stmt_bind_text (stmt, first + 2, gt_visit_kind_to_id (gt_visit_get_kind (visit)));
  _gt_store_bind_text (stmt, first + 3, gt_visit_get_decisions (visit));
}

/* Undo and redo: @visits, the visit @visit_id as it was (a list of one), or
 * none for a visit deleted; its projects written whole. */
static gboolean
write_back (GtStore    *self,
            gint64      visit_id,
            GPtrArray  *visits,
            GError    **error)
{
  GtVisit *visit = visits->len > 0 ? visits->pdata[0] : NULL;
  GtDbStmt *stmt;
  gboolean ok;

  if (visit != NULL && !check_leader (self, gt_visit_get_leader_id (visit), error))
    return FALSE;
  if (!_gt_store_edit_begin (self, error))
    return FALSE;
  stmt = _gt_store_stmt_of (self, visit != NULL ? &write_back_query : &mark_back_query, error);
  ok = stmt != NULL;
  if (ok)
    {
      gt_db_stmt_bind_int64 (stmt, 1, visit_id);
      if (visit != NULL)
        bind_visit (stmt, 2, visit);
      ok = _gt_store_stmt_run (stmt, _("Could not save the visit"), error);
    }
  if (ok && gt_db_stmt_changes (stmt) == 0)
    {
      set_visit_not_found (error);
      ok = FALSE;
    }
  ok = ok && (visit == NULL || write_projects (self, visit, error));
  if (!_gt_store_edit_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  _gt_store_emit_changed (self);
  return TRUE;
}

/* The visit is no listed kind: the change log names it 'visit'. */
static const GtStoreListOps list_ops = {
  write_back,
  &state_query,
  GT_STORE_KIND_PROJECT,
  "visit",
};

typedef enum {
  EDIT_ADD,
  EDIT_UPDATE,
  EDIT_DELETE,
} EditKind;

/* TRANSLATORS: undo's names of a site visit's edits; %s is its date */
static const char *const edit_labels[] = {
  N_("Add the Site Visit of %s"),
  N_("Edit the Site Visit of %s"),
  N_("Delete the Site Visit of %s"),
};

/* One step of undo for a visit's edit, which the commands take: the visit
 * @before and @after it (lists of one or none) and the issues @issues it
 * assigned on the spot (may be NULL). */
static void
record_edit (GtStore    *self,
             EditKind    kind,
             gint64      visit_id,
             GPtrArray  *before,
             GPtrArray  *after,
             GPtrArray  *issues)
{
  GtVisit *named = after->len > 0 ? after->pdata[0] : before->len > 0 ? before->pdata[0] : NULL;
  g_autofree char *date = named != NULL ? gt_format_date (gt_visit_get_visited_on (named))
                                        : g_strdup ("");
  g_autofree char *label = g_strdup_printf (_(edit_labels[kind]), date);
  /* TRANSLATORS: what a refused undo names: “the site visit of 2023年3月12日” */
  g_autofree char *name = g_strdup_printf (_("the site visit of %s"), date);
  GtStoreCommand *command = _gt_store_command_new_list (&list_ops, visit_id, before, after,
                                                        label, name);

  if (issues != NULL && issues->len > 0)
    {
      GtStoreCommand *batch = _gt_store_command_new_batch (label);

      _gt_store_command_add_child (batch, command);
      for (guint i = 0; i < issues->len; i++)
        _gt_store_command_add_child (batch,
                                     _gt_store_command_new (GT_STORE_COMMAND_ADD,
                                                            GT_STORE_KIND_ISSUE,
                                                            issues->pdata[i], NULL,
                                                            self->year));
      command = batch;
    }
  _gt_store_record (self, command);
}

/* The visit @stored as another desk left it, named in the refusal. */
static gboolean
refuse_changed (GtStore  *self,
                GtVisit  *stored,
                GError  **error)
{
  g_autofree char *date = gt_format_date (gt_visit_get_visited_on (stored));
  g_autofree char *name = g_strdup_printf (_("the site visit of %s"), date);

  return _gt_store_refuse_changed (self, "visit", gt_visit_get_id (stored), "", name, error);
}

static gboolean
write_visit (GtStore   *self,
             GtVisit   *visit,
             GtVisit   *original,
             gboolean   insert,
             GPtrArray *issues,
             GError   **error)
{
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  gint64 old_id = gt_visit_get_id (visit);
  GtStoreSave judged;
  GtDbStmt *stmt;
  gboolean ok;

  if (!gt_visit_validate (visit, error) ||
      !check_leader (self, gt_visit_get_leader_id (visit), error) ||
      !_gt_store_edit_begin (self, error))
    return FALSE;

  if (insert)
    {
      gint64 id = 0;

      before = g_ptr_array_new_with_free_func (g_object_unref);
      stmt = _gt_store_stmt_of (self, &insert_visit_query, error);
      ok = stmt != NULL;
      if (ok)
        {
          bind_visit (stmt, 1, visit);
          ok = _gt_store_stmt_insert (stmt, &id, _("Could not save the visit"), error);
        }
      if (ok)
        gt_visit_set_id (visit, id);
    }
  else
    {
      /* As the register holds it, not as the caller last read it. */
      before = read_visit (self, old_id, error);
      ok = before != NULL;
      /* Issues assigned on the spot are more to write than the visit. */
      judged = ok ? _gt_store_judge_save (before->pdata[0], original, visit,
                                          (GtStoreSameFunc) gt_visit_same_values,
                                          issues != NULL && issues->len > 0)
                  : GT_STORE_SAVE_WRITE;
      /* Saved with nothing changed: nothing written, no step to undo. */
      if (judged == GT_STORE_SAVE_UNCHANGED)
        return _gt_store_edit_end (self, TRUE, error);
      if (judged == GT_STORE_SAVE_REFUSED)
        ok = refuse_changed (self, before->pdata[0], error);
      stmt = ok ? _gt_store_stmt_of (self, &update_visit_query, error) : NULL;
      ok = stmt != NULL;
      if (ok)
        {
          gt_db_stmt_bind_int64 (stmt, 1, old_id);
          bind_visit (stmt, 2, visit);
          ok = _gt_store_stmt_run (stmt, _("Could not save the visit"), error);
        }
      if (ok && gt_db_stmt_changes (stmt) == 0)
        {
          set_visit_not_found (error);
          ok = FALSE;
        }
    }
  ok = ok && write_projects (self, visit, error)
          && write_issues (self, visit, issues, added, error);
  if (ok)
    ok = (after = read_visit (self, gt_visit_get_id (visit), error)) != NULL;
  if (!_gt_store_edit_end (self, ok, ok ? error : NULL) || !ok)
    {
      gt_visit_set_id (visit, old_id);
      if (issues != NULL)
        forget_issues (self, issues, added);
      return FALSE;
    }
  record_edit (self, insert ? EDIT_ADD : EDIT_UPDATE, gt_visit_get_id (visit),
               g_steal_pointer (&before), g_steal_pointer (&after), issues);
  _gt_store_emit_changed (self);
  return TRUE;
}

gboolean
gt_store_add_visit (GtStore    *self,
                    GtVisit    *visit,
                    GPtrArray  *issues,
                    GError    **error)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (GT_IS_VISIT (visit), FALSE);

  return write_visit (self, visit, NULL, TRUE, issues, error);
}

gboolean
gt_store_update_visit (GtStore    *self,
                       GtVisit    *visit,
                       GPtrArray  *issues,
                       GError    **error)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (GT_IS_VISIT (visit), FALSE);
  g_return_val_if_fail (gt_visit_get_id (visit) > 0, FALSE);

  return write_visit (self, visit, NULL, FALSE, issues, error);
}

gboolean
gt_store_update_visit_over (GtStore    *self,
                            GtVisit    *original,
                            GtVisit    *visit,
                            GPtrArray  *issues,
                            GError    **error)
{
  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (GT_IS_VISIT (original), FALSE);
  g_return_val_if_fail (GT_IS_VISIT (visit), FALSE);
  g_return_val_if_fail (gt_visit_get_id (visit) > 0, FALSE);

  return write_visit (self, visit, original, FALSE, issues, error);
}

gboolean
gt_store_delete_visit (GtStore  *self,
                       gint64    visit_id,
                       GError  **error)
{
  g_autoptr(GPtrArray) before = NULL;
  GtDbStmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (GT_IS_STORE (self), FALSE);

  if (!_gt_store_edit_begin (self, error))
    return FALSE;
  before = read_visit (self, visit_id, error);
  ok = before != NULL;
  if (ok)
    {
      stmt = _gt_store_stmt_of (self, &mark_visit_query, error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      gt_db_stmt_bind_int64 (stmt, 1, visit_id);
      ok = _gt_store_stmt_run (stmt, _("Could not delete the visit"), error);
    }
  if (ok && gt_db_stmt_changes (stmt) == 0)
    {
      set_visit_not_found (error);
      ok = FALSE;
    }
  if (!_gt_store_edit_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  record_edit (self, EDIT_DELETE, visit_id, g_steal_pointer (&before),
               g_ptr_array_new_with_free_func (g_object_unref), NULL);
  _gt_store_emit_changed (self);
  return TRUE;
}

GtVisit *
gt_store_get_visit (GtStore  *self,
                    gint64    visit_id,
                    GError  **error)
{
  g_autoptr(GPtrArray) visits = NULL;

  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  visits = read_visit (self, visit_id, error);
  if (visits == NULL)
    return NULL;
  if (visits->len == 0)
    {
      set_visit_not_found (error);
      return NULL;
    }
  return g_object_ref (visits->pdata[0]);
}

GPtrArray *
gt_store_list_visits (GtStore      *self,
                      gint64        leader_id,
                      const GDate  *from,
                      const GDate  *to,
                      GError      **error)
{
  GtDbStmt *stmt;

  g_return_val_if_fail (GT_IS_STORE (self), NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (to != NULL && g_date_valid (to), NULL);

  stmt = _gt_store_stmt_of (self, &list_visits_query, error);
  if (stmt == NULL)
    return NULL;
  gt_db_stmt_bind_int64 (stmt, 1, leader_id);
  gt_db_stmt_bind_date (stmt, 2, from);
  gt_db_stmt_bind_date (stmt, 3, to);
  return read_visits (stmt, error);
}

GPtrArray *
gt_store_list_visits_in_month (GtStore  *self,
                               gint64    leader_id,
                               int       year,
                               int       month,
                               GError  **error)
{
  GDate from, to;

  g_return_val_if_fail (month >= 1 && month <= 12, NULL);
  g_return_val_if_fail (g_date_valid_year (year), NULL);

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_dmy (&from, 1, month, year);
  g_date_set_dmy (&to, g_date_get_days_in_month (month, year), month, year);
  return gt_store_list_visits (self, leader_id, &from, &to, error);
}

GArray *
gt_store_list_visit_issues (GtStore  *self,
                            gint64    visit_id,
                            GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GError *local = NULL;
  GtDbStmt *stmt;

  g_return_val_if_fail (GT_IS_STORE (self), NULL);

  stmt = _gt_store_stmt_of (self, &visit_issues_query, error);
  if (stmt == NULL)
    return NULL;
  gt_db_stmt_bind_int64 (stmt, 1, visit_id);
  while (gt_db_stmt_next (stmt, &local))
    {
      gint64 id = gt_db_stmt_get_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      read_failed (error, local);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

static int
compare_unvisited (gconstpointer a,
                   gconstpointer b)
{
  const GtUnvisitedProject *x = a, *y = b;

  if (x->days != y->days)
    return x->days > y->days ? -1 : 1;
  return x->project_id < y->project_id ? -1 : x->project_id > y->project_id;
}

GArray *
gt_store_list_unvisited_projects (GtStore      *self,
                                  gint64        leader_id,
                                  const GDate  *as_of,
                                  guint         weeks,
                                  GError      **error)
{
  g_autoptr(GArray) list = g_array_new (FALSE, TRUE, sizeof (GtUnvisitedProject));
  GError *local = NULL;
  GtDbStmt *stmt;

  g_return_val_if_fail (GT_IS_STORE (self), NULL);
  g_return_val_if_fail (as_of != NULL && g_date_valid (as_of), NULL);

  stmt = _gt_store_stmt_of (self, &last_visits_query, error);
  if (stmt == NULL)
    return NULL;
  gt_db_stmt_bind_int64 (stmt, 1, leader_id);
  gt_db_stmt_bind_date (stmt, 2, as_of);
  while (gt_db_stmt_next (stmt, &local))
    {
      GtUnvisitedProject row = { 0 };

      row.project_id = gt_db_stmt_get_int64 (stmt, 0);
      g_date_clear (&row.last_visit, 1);
      if (gt_db_stmt_get_date (stmt, 1, &row.last_visit) != NULL)
        row.days = (guint) MAX (0, g_date_days_between (&row.last_visit, as_of));
      else
        row.days = G_MAXUINT;
      if (row.days >= weeks * 7)
        g_array_append_val (list, row);
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      read_failed (error, local);
      return NULL;
    }
  g_array_sort (list, compare_unvisited);
  return g_steal_pointer (&list);
}
