/* gt-store-internal.h: the store's insides, shared by its own source files only.
 *
 * GtStore is one type spread over several files, as gnome-text-editor does with
 * its window: gt-store.c (the object, transactions, undo), gt-sqlite-open.c (file
 * checks, backup, migration), gt-store-rows.c (statements, savepoints, list
 * upkeep), gt-store-objects.c (rows ↔ objects), gt-store-edit.c (edits of the
 * four listed kinds), gt-store-plan.c (annual plans, monthly reports),
 * gt-store-milestones.c (milestones), gt-store-command.c (undo),
 * gt-store-refresh.c (what other programs committed) and gt-store-desk.c (this
 * desk's name, the server).
 * Other parts of core use gt-store-private.h instead.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-db.h"
#include "gt-store.h"

G_BEGIN_DECLS

/* The four kinds of row that live in memory as list models. */
typedef enum {
  GT_STORE_KIND_PROJECT,
  GT_STORE_KIND_LEADER,
  GT_STORE_KIND_UNIT,
  GT_STORE_KIND_ISSUE,
  GT_STORE_N_KINDS
} GtStoreKind;

/* Every statement the store runs, prepared once per connection. */
typedef enum {
  GT_STORE_STMT_SAVEPOINT,
  GT_STORE_STMT_RELEASE,
  GT_STORE_STMT_ROLLBACK_TO,
  GT_STORE_STMT_LOAD_PROJECTS,
  GT_STORE_STMT_LOAD_LEADERS,
  GT_STORE_STMT_LOAD_UNITS,
  GT_STORE_STMT_LOAD_ISSUES,
  GT_STORE_STMT_LOAD_PROJECT_ISSUES,
  GT_STORE_STMT_LOAD_PLANS,
  GT_STORE_STMT_SUM_YEAR,
  GT_STORE_STMT_INSERT_PROJECT,
  GT_STORE_STMT_INSERT_LEADER,
  GT_STORE_STMT_INSERT_UNIT,
  GT_STORE_STMT_INSERT_ISSUE,
  GT_STORE_STMT_UPDATE_PROJECT,
  GT_STORE_STMT_UPDATE_LEADER,
  GT_STORE_STMT_UPDATE_UNIT,
  GT_STORE_STMT_UPDATE_ISSUE,
  GT_STORE_STMT_MARK_PROJECT,
  GT_STORE_STMT_MARK_LEADER,
  GT_STORE_STMT_MARK_UNIT,
  GT_STORE_STMT_MARK_ISSUE,
  GT_STORE_STMT_LEADER_USES,
  GT_STORE_STMT_UNIT_USES,
  GT_STORE_STMT_SELECT_PLAN,
  GT_STORE_STMT_UPSERT_PLAN,
  GT_STORE_STMT_DELETE_PLAN,
  GT_STORE_STMT_SUM_REPORTS,
  GT_STORE_STMT_LIST_REPORTS,
  GT_STORE_STMT_UPSERT_REPORT,
  GT_STORE_STMT_LIST_MILESTONES,
  GT_STORE_STMT_INSERT_MILESTONE,
  GT_STORE_STMT_UPDATE_MILESTONE,
  GT_STORE_STMT_DELETE_MILESTONE,
  GT_STORE_STMT_LAST_CHANGE,
  GT_STORE_STMT_CHANGES_SINCE,
  GT_STORE_STMT_FORGET_OWN_CHANGES,
  GT_STORE_STMT_PROJECT_ROW,
  GT_STORE_STMT_LEADER_ROW,
  GT_STORE_STMT_UNIT_ROW,
  GT_STORE_STMT_ISSUE_ROW,
  GT_STORE_STMT_PROJECT_STATE,
  GT_STORE_STMT_LEADER_STATE,
  GT_STORE_STMT_UNIT_STATE,
  GT_STORE_STMT_ISSUE_STATE,
  GT_STORE_STMT_REPORT_STATE,
  GT_STORE_STMT_CHANGED_ELSEWHERE,
  GT_STORE_STMT_CHANGED_BY_OTHER,
  GT_STORE_N_STMTS
} GtStoreStmt;

typedef struct _GtStoreCommand GtStoreCommand;

typedef enum {
  GT_STORE_CHECK_PASSED,    /* or never needed: the open checked */
  GT_STORE_CHECK_PENDING,
  GT_STORE_CHECK_RUNNING,
  GT_STORE_CHECK_FAILED,
} GtStoreCheck;

struct _GtStore
{
  GObject        parent_instance;

  char          *path;
  char          *backup_path;
  GtDb          *db;
  GSettings     *settings;   /* for desk-name; NULL without the schema */

  int            year;

  /* In id order; by_id maps a gint64 id to the same (live) objects. */
  GListStore    *lists[GT_STORE_N_KINDS];
  GHashTable    *by_id[GT_STORE_N_KINDS];
  gboolean       issues_loaded;
  /* Issues of deleted projects: out of the list, kept so that restoring the
   * project brings back the very objects views and undo commands hold. */
  GHashTable    *hidden_issues;

  /* Inside gt_store_begin() … gt_store_commit(). */
  gboolean       in_batch;
  /* The edits of the batch so far, one step of undo at its commit. */
  GtStoreCommand *batch_command;
  /* Edits nest (an edit of a project writes its plan): the outermost one
   * outside a transaction began one, and commits it at its end. */
  int            edit_depth;
  gboolean       edit_transaction;
  gboolean       batch_figures_stale;

  GQueue         undo;   /* of GtStoreCommand, newest first */
  GQueue         redo;

  /* The change feed (gt-store-refresh.c): PRAGMA data_version when the store
   * last looked, and the last entry of `changes` that the lists already show. */
  gboolean       feed_started;
  gint64         data_version;
  gint64         last_seq;

  /* The integrity check left for later by gt_store_open_deferring_check(),
   * which gt_store_check() runs from any thread; guarded by check_lock. */
  GMutex         check_lock;
  GCond          check_cond;
  GtStoreCheck   check_state;
  GError        *check_error;
};

/* gt-sqlite-open.c */
/* With @defer_check, a current file may be opened before its integrity check
 * (then *@check_pending is TRUE; run _gt_store_check_file() before writing). */
gboolean        _gt_store_open_db            (const char    *path,
                                              gboolean       defer_check,
                                              GtDb         **db,
                                              char         **backup_path,
                                              gboolean      *check_pending,
                                              GError       **error);
/* The integrity check of the file at @path, on a read-only connection of its
 * own: may run in any thread while the store's connection only reads. */
gboolean        _gt_store_check_file         (const char    *path,
                                              GError       **error);

/* gt-store-rows.c: statements */
/* The store's named query @which, prepared; hand it back with gt_db_stmt_reset(). */
GtDbStmt       *_gt_store_stmt               (GtStore       *self,
                                              GtStoreStmt    which,
                                              GError       **error);
/* Runs a statement that returns no rows and resets it; FALSE with @error set,
 * "@what: reason", on failure. */
gboolean        _gt_store_stmt_run           (GtDbStmt      *stmt,
                                              const char    *what,
                                              GError       **error);
/* Another named query of the store's, prepared the same way. */
GtDbStmt       *_gt_store_stmt_of            (GtStore       *self,
                                              const GtDbQuery *query,
                                              GError       **error);
/* Runs a bound @stmt for its one value (0 when it returns no row) and resets it. */
gboolean        _gt_store_stmt_value         (GtDbStmt      *stmt,
                                              gint64        *value,
                                              GError       **error);
/* Runs an INSERT … RETURNING id and resets it: the new row's id in @id. */
gboolean        _gt_store_stmt_insert        (GtDbStmt      *stmt,
                                              gint64        *id,
                                              const char    *what,
                                              GError       **error);
/* Binds "" for NULL: text columns are NOT NULL DEFAULT ''. */
void            _gt_store_bind_text          (GtDbStmt      *stmt,
                                              int            index,
                                              const char    *text);
void            _gt_store_month_range        (int            year,
                                              char           first[8],
                                              char           last[8]);

/* gt-store-rows.c: savepoints around one edit */
gboolean        _gt_store_edit_begin         (GtStore       *self,
                                              GError       **error);
/* Releases the savepoint when @ok, else rolls it back; returns whether the
 * edit is in the file (FALSE with @error set when the release failed). */
gboolean        _gt_store_edit_end           (GtStore       *self,
                                              gboolean       ok,
                                              GError       **error);

/* gt-store-objects.c: rows ↔ objects */
/* The kind as the change log names it: "project", "leader", "unit", "issue". */
const char     *_gt_store_kind_name          (GtStoreKind    kind);
gint64          _gt_store_object_id          (GtStoreKind    kind,
                                              gpointer       object);
void            _gt_store_set_object_id      (GtStoreKind    kind,
                                              gpointer       object,
                                              gint64         id);
/* What people call the row: a name, or the start of an issue's description. */
char           *_gt_store_dup_object_name    (GtStoreKind    kind,
                                              gpointer       object);
void            _gt_store_bind_object        (GtStoreKind    kind,
                                              GtDbStmt      *stmt,
                                              gpointer       object);
gpointer        _gt_store_read_object        (GtStoreKind    kind,
                                              GtDbStmt      *stmt);
gpointer        _gt_store_copy_object        (GtStoreKind    kind,
                                              gpointer       object);
void            _gt_store_assign_object      (GtStoreKind    kind,
                                              gpointer       object,
                                              gpointer       source);

/* gt-store-rows.c: lists */
gboolean        _gt_store_load               (GtStore       *self,
                                              GtStoreKind    kind,
                                              GError       **error);
gboolean        _gt_store_ensure_issues      (GtStore       *self,
                                              GError       **error);
gpointer        _gt_store_lookup             (GtStore       *self,
                                              GtStoreKind    kind,
                                              gint64         id);
/* Position of the live object with @id, by binary search; FALSE if absent. */
gboolean        _gt_store_find_position      (GtStore       *self,
                                              GtStoreKind    kind,
                                              gint64         id,
                                              guint         *position);
void            _gt_store_insert_live        (GtStore       *self,
                                              GtStoreKind    kind,
                                              gpointer       object);
void            _gt_store_remove_live        (GtStore       *self,
                                              GtStoreKind    kind,
                                              gint64         id);
/* Emits items-changed for the row of @id, if it is listed. */
void            _gt_store_row_changed        (GtStore       *self,
                                              GtStoreKind    kind,
                                              gint64         id);
/* Re-reads every project's plan and completed figure for the store's year. */
gboolean        _gt_store_reload_figures     (GtStore       *self,
                                              GError       **error);
gboolean        _gt_store_reload_project_figures (GtStore   *self,
                                              GtProject     *project,
                                              GError       **error);

/* gt-store-edit.c: the edits behind the public add/update/delete/restore; the
 * command objects replay them with @record FALSE. @plan_year is the year whose
 * plan a project update writes. */
gboolean        _gt_store_add                (GtStore       *self,
                                              GtStoreKind    kind,
                                              gpointer       object,
                                              gboolean       record,
                                              GError       **error);
gboolean        _gt_store_update             (GtStore       *self,
                                              GtStoreKind    kind,
                                              gpointer       edited,
                                              int            plan_year,
                                              gboolean       record,
                                              GError       **error);
gboolean        _gt_store_update_since       (GtStore       *self,
                                              GtStoreKind    kind,
                                              gpointer       edited,
                                              int            plan_year,
                                              gboolean       record,
                                              gint64         seen,
                                              GError       **error);
gboolean        _gt_store_delete             (GtStore       *self,
                                              GtStoreKind    kind,
                                              gpointer       object,
                                              gboolean       record,
                                              GError       **error);
gboolean        _gt_store_restore            (GtStore       *self,
                                              GtStoreKind    kind,
                                              gpointer       object,
                                              GError       **error);

/* Writes a project's plan for @year: an upsert, or no row for no plan. */
gboolean        _gt_store_write_plan         (GtStore       *self,
                                              gint64         project_id,
                                              int            year,
                                              gint64         amount,
                                              GError       **error);
/* gt-store-plan.c: a month's report written or taken away, without undo. */
gboolean        _gt_store_write_report       (GtStore       *self,
                                              GtMonthlyReport *report,
                                              GError       **error);
gboolean        _gt_store_remove_report      (GtStore       *self,
                                              gint64         project_id,
                                              int            year,
                                              int            month,
                                              GError       **error);
/* gt-store-plan.c: what the edits of a project's parts share. NOT_FOUND
 * unless @project_id is a listed project. */
gboolean        _gt_store_check_project      (GtStore       *self,
                                              gint64         project_id,
                                              GError       **error);
gboolean        _gt_store_check_percent      (int            percent,
                                              GError       **error);
/* A row an editor read (row @row_id of @kind, "visit"; or the part @part,
 * "milestones" or "formalities", of project @row_id, @kind "project"; @part ""
 * for all of the row) is no longer as it read it: another desk or program
 * changed it. Sets GT_STORE_ERROR_CONFLICT naming @name and who last changed
 * it and when, as the rows' own saves are refused (gt-store-edit.c). Always
 * FALSE. */
gboolean        _gt_store_refuse_changed     (GtStore       *self,
                                              const char    *kind,
                                              gint64         row_id,
                                              const char    *part,
                                              const char    *name,
                                              GError       **error);
/* What saving @edited comes to, @stored being the register's row read in the
 * save's transaction (NULL: gone, which the write itself reports) and
 * @original the row as the editor read it (NULL: no check). Nothing to write
 * when it is as it stands, or as the editor read it (unless @adds: the save
 * writes more than the row); refused when the row is no longer @original. */
typedef enum {
  GT_STORE_SAVE_WRITE,
  GT_STORE_SAVE_UNCHANGED,
  GT_STORE_SAVE_REFUSED,
} GtStoreSave;
typedef gboolean (*GtStoreSameFunc) (gpointer a, gpointer b);
GtStoreSave     _gt_store_judge_save         (gpointer         stored,
                                              gpointer         original,
                                              gpointer         edited,
                                              GtStoreSameFunc  same,
                                              gboolean         adds);
/* The conflict of a save: "“@name” was changed meanwhile by @desk, at @when"
 * (@desk "" or NULL: another program; @when NULL: no time known). */
void            _gt_store_set_changed_meanwhile (GError    **error,
                                              const char    *name,
                                              const char    *desk,
                                              const char    *when);
/* The project's row changed (items-changed, outside a batch) and ::changed. */
void            _gt_store_project_touched    (GtStore       *self,
                                              gint64         project_id);
/* gt-store-milestones.c: @milestones (with their ids) become the schedule of
 * @project_id, whole, without undo: what undo and redo write back. */
gboolean        _gt_store_write_milestones   (GtStore       *self,
                                              gint64         project_id,
                                              GPtrArray     *milestones,
                                              GError       **error);
/* The same as one step of undo, the new nodes given ids (gt_schedule_apply()). */
gboolean        _gt_store_replace_milestones (GtStore       *self,
                                              gint64         project_id,
                                              GPtrArray     *milestones,
                                              GError       **error);

/* The issues of a deleted project leave the list with it, into hidden_issues;
 * reading them back for a restored project brings back the hidden objects. */
void            _gt_store_hide_project_issues (GtStore      *self,
                                              gint64         project_id);
GPtrArray      *_gt_store_read_project_issues (GtStore      *self,
                                              gint64         project_id,
                                              GError       **error);

/* NOT_FOUND errors of the listed kinds. */
void            _gt_store_set_not_found      (GError       **error,
                                              GtStoreKind    kind);

/* gt-store-refresh.c */
/* Notes where the change feed stands, before the first list is read. */
void            _gt_store_feed_start         (GtStore       *self);
/* After each commit of the store's own: its own entries in `changes` need no
 * reloading, unless another program committed meanwhile. */
void            _gt_store_committed          (GtStore       *self);
/* gt_store_refresh() inside the caller's transaction (gt_store_begin()'s, under
 * the write lock): the lists take what other programs committed, row by row. */
gboolean        _gt_store_catch_up           (GtStore       *self,
                                              GError       **error);

/* gt-store-desk.c */
/* This desk's name from Preferences, now and whenever it changes. */
void            _gt_store_follow_desk_name   (GtStore       *self);

/* gt-store.c */
/* Re-reads the listed kinds from the file, whole (after a rollback). */
gboolean        _gt_store_reload             (GtStore       *self,
                                              GError       **error);
void            _gt_store_emit_changed       (GtStore       *self);
void            _gt_store_record             (GtStore       *self,
                                              GtStoreCommand *command);
void            _gt_store_clear_history      (GtStore       *self);

/* gt-store-command.c: one undoable edit. */
typedef enum {
  GT_STORE_COMMAND_ADD,
  GT_STORE_COMMAND_UPDATE,
  GT_STORE_COMMAND_DELETE,
} GtStoreCommandAction;

/* For ADD and DELETE, @object is the live object; for UPDATE, @object is a copy
 * of the state before and @after a copy of the state after, and @year the year
 * of the plan they carry. */
GtStoreCommand *_gt_store_command_new        (GtStoreCommandAction action,
                                              GtStoreKind    kind,
                                              gpointer       object,
                                              gpointer       after,
                                              int            year);
/* Saving a month's report: @before is NULL when there was none, so that undo
 * takes the report away again. Both are copies the command keeps. */
GtStoreCommand *_gt_store_command_new_report (GtMonthlyReport *before,
                                              GtMonthlyReport *after,
                                              const char     *project_name);
/* A milestone edit of @project_id: its schedule @before and @after the edit
 * (arrays of GtMilestone, by position), which the command takes; @name, the
 * milestone's, for messages. */
GtStoreCommand *_gt_store_command_new_milestones (gint64     project_id,
                                              GPtrArray     *before,
                                              GPtrArray     *after,
                                              const char    *label,
                                              const char    *name);
/* Another file's rows that hang off one owner (a project's approvals, an
 * issue's escalation steps, a site visit and its projects), kept as the
 * milestone command keeps a schedule: @write puts a whole list back (ids
 * kept) without recording, @state_query (?1 the owner) reads every column of
 * the rows for the check against other desks, and the change log names the
 * owner as @log_kind, or as @log_name when the owner is no listed kind (a
 * visit is logged as 'visit'). */
typedef struct {
  gboolean         (*write) (GtStore    *store,
                             gint64      owner_id,
                             GPtrArray  *rows,
                             GError    **error);
  const GtDbQuery   *state_query;
  GtStoreKind        log_kind;
  const char        *log_name;   /* NULL: the name of @log_kind */
} GtStoreListOps;

/* An edit of @owner_id's rows: the list @before and @after it, which the
 * command takes. */
GtStoreCommand *_gt_store_command_new_list   (const GtStoreListOps *ops,
                                              gint64         owner_id,
                                              GPtrArray     *before,
                                              GPtrArray     *after,
                                              const char    *label,
                                              const char    *name);
/* A batch's edits (an import) as one step of undo, named @label. */
GtStoreCommand *_gt_store_command_new_batch  (const char    *label);
void            _gt_store_command_add_child  (GtStoreCommand *batch,
                                              GtStoreCommand *child);
guint           _gt_store_command_get_n_children (GtStoreCommand *command);
void            _gt_store_command_free       (GtStoreCommand *command);
const char     *_gt_store_command_get_label  (GtStoreCommand *command);
/* Notes what the command's rows hold in the file now, as left by the command
 * done (@applied) or taken back, inside the transaction that wrote them. */
gboolean        _gt_store_command_note_state (GtStoreCommand *command,
                                              GtStore       *store,
                                              gboolean       applied,
                                              GError       **error);
/* The same for an edit just committed (outside its transaction): should
 * another program have written the rows since the commit, they are noted as
 * not the command's, so that undo refuses to write over them. */
gboolean        _gt_store_command_note_done  (GtStoreCommand *command,
                                              GtStore       *store,
                                              GError       **error);
/* Whether the rows still hold what was noted for @applied; FALSE with
 * GT_STORE_ERROR_CONFLICT (@undo names the message) when another program
 * changed them since. */
gboolean        _gt_store_command_check      (GtStoreCommand *command,
                                              GtStore       *store,
                                              gboolean       applied,
                                              gboolean       undo,
                                              GError       **error);
/* Does the edit again (redo) / takes it back (undo). */
gboolean        _gt_store_command_apply      (GtStoreCommand *command,
                                              GtStore       *store,
                                              GError       **error);
gboolean        _gt_store_command_revert     (GtStoreCommand *command,
                                              GtStore       *store,
                                              GError       **error);

G_END_DECLS
