/* gt-store.h: the register's storage. The store owns every row.
 *
 * Nothing outside src/core knows that this is SQLite. Each edit is one transaction;
 * after it commits, the live objects are updated and the list models emit
 * items-changed for just the rows that changed, then the store emits ::changed.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "gt-issue.h"
#include "gt-leader.h"
#include "gt-milestone.h"
#include "gt-monthly-report.h"
#include "gt-project.h"
#include "gt-types.h"
#include "gt-unit.h"

G_BEGIN_DECLS

#define GT_TYPE_STORE (gt_store_get_type ())
G_DECLARE_FINAL_TYPE (GtStore, gt_store, GT, STORE, GObject)

#define GT_STORE_ERROR (gt_store_error_quark ())
typedef enum {
  GT_STORE_ERROR_NOT_A_DATABASE,  /* not a Guatu register: not SQLite, or another
                                   * program's database */
  GT_STORE_ERROR_CORRUPT,         /* a register, but damaged */
  GT_STORE_ERROR_TOO_NEW,         /* written by a newer Guatu */
  GT_STORE_ERROR_BUSY,            /* locked by another process */
  GT_STORE_ERROR_IN_USE,          /* a row others still refer to */
/* update_*_seen: the same, for values read when the change log stood at @seen
 * (gt_store_get_seen() when an editor was filled): a change that another desk
 * or program made to the row since then is refused with GT_STORE_ERROR_CONFLICT
 * rather than written over, even when the lists have shown it meanwhile. */
  GT_STORE_ERROR_NOT_FOUND,
  GT_STORE_ERROR_FAILED,          /* any other SQLite or I/O failure */
  GT_STORE_ERROR_CONFLICT,        /* another program changed the row since */
  GT_STORE_ERROR_CLOSED,          /* the month's figures are signed off */
} GtStoreError;
GQuark       gt_store_error_quark            (void);

/* The schema version this build writes (PRAGMA user_version). */
#define GT_STORE_SCHEMA_VERSION 7

/* Opens @path, creating it when missing. An existing file with an older schema is
 * first copied aside with the SQLite backup API (see gt_store_get_backup_path())
 * and then migrated. A file that is not SQLite, is corrupt or is newer than this
 * build is refused and left byte-for-byte untouched. */
GtStore     *gt_store_open                   (const char   *path,
                                              GError      **error);
/* Like gt_store_open(), for a window that should show the register before the
 * integrity check of the whole file is done: a current file is opened and read
 * at once, and checked by gt_store_check(), which the caller runs in another
 * thread. Every write first waits for that check, and fails with its error if
 * the file is damaged, so nothing is written to a damaged file. */
GtStore     *gt_store_open_deferring_check   (const char   *path,
                                              GError      **error);
/* Runs the integrity check left by gt_store_open_deferring_check(), or waits
 * for it if another thread is running it; TRUE at once if there is none. May be
 * called from any thread holding a reference. */
gboolean     gt_store_check                  (GtStore      *self,
                                              GError      **error);
/* Whether @location names a register on a server (postgresql://USER@HOST/DB)
 * rather than a file; gt_store_open() takes either. */
gboolean     gt_store_location_is_server     (const char   *location);
/* @location as a person may see it: a file's name as the file system shows it,
 * a server's URL without its password (which must never reach a terminal, a
 * title or cron's mail); NULL for NULL. */
char        *gt_store_dup_display_location   (const char   *location);
const char  *gt_store_get_path               (GtStore      *self);
/* The copy made before the last migration, or NULL if none was needed. */
const char  *gt_store_get_backup_path        (GtStore      *self);
/* The default database: g_get_user_data_dir()/guatu/guatu.db */
char        *gt_store_dup_default_path       (void);

/* The year whose plan and completed figures the project objects carry; defaults
 * to the current year. Changing it reloads those two figures. */
int          gt_store_get_year               (GtStore      *self);
void         gt_store_set_year               (GtStore      *self,
                                              int           year);

/* Live list models, owned by the store, in id order. Issues load on first call. */
GListModel  *gt_store_get_projects           (GtStore      *self);
GListModel  *gt_store_get_leaders            (GtStore      *self);
GListModel  *gt_store_get_units              (GtStore      *self);
GListModel  *gt_store_get_issues             (GtStore      *self);

/* Live objects by id (no new reference), NULL if none or deleted. */
GtProject   *gt_store_lookup_project         (GtStore      *self,
                                              gint64        id);
GtLeader    *gt_store_lookup_leader          (GtStore      *self,
                                              gint64        id);
GtUnit      *gt_store_lookup_unit            (GtStore      *self,
                                              gint64        id);
GtIssue     *gt_store_lookup_issue           (GtStore      *self,
                                              gint64        id);

/* Edits. add_*: validates, inserts, sets the id and appends @object itself to the
 * live list. update_*: @edited is a copy (same id) of a live object; on success the
 * live object takes its values. delete_*: the row leaves the lists and the
 * figures at once but stays in the file until gt_store_purge_deleted(), so that
 * restore_* (undo) brings back exactly what was there. Deleting a leader or unit
 * that a project or open issue refers to fails with GT_STORE_ERROR_IN_USE. */
gint64       gt_store_get_seen               (GtStore      *self);
gboolean     gt_store_add_project            (GtStore      *self,
                                              GtProject    *project,
                                              GError      **error);
gboolean     gt_store_update_project         (GtStore      *self,
                                              GtProject    *edited,
                                              GError      **error);
gboolean     gt_store_update_project_seen    (GtStore      *self,
                                              GtProject    *edited,
                                              gint64        seen,
                                              GError      **error);
gboolean     gt_store_delete_project         (GtStore      *self,
                                              GtProject    *project,
                                              GError      **error);
gboolean     gt_store_restore_project        (GtStore      *self,
                                              GtProject    *project,
                                              GError      **error);

gboolean     gt_store_add_leader             (GtStore      *self,
                                              GtLeader     *leader,
                                              GError      **error);
gboolean     gt_store_update_leader          (GtStore      *self,
                                              GtLeader     *edited,
                                              GError      **error);
gboolean     gt_store_update_leader_seen     (GtStore      *self,
                                              GtLeader     *edited,
                                              gint64        seen,
                                              GError      **error);
gboolean     gt_store_delete_leader          (GtStore      *self,
                                              GtLeader     *leader,
                                              GError      **error);
gboolean     gt_store_restore_leader         (GtStore      *self,
                                              GtLeader     *leader,
                                              GError      **error);

gboolean     gt_store_add_unit               (GtStore      *self,
                                              GtUnit       *unit,
                                              GError      **error);
gboolean     gt_store_update_unit            (GtStore      *self,
                                              GtUnit       *edited,
                                              GError      **error);
gboolean     gt_store_update_unit_seen       (GtStore      *self,
                                              GtUnit       *edited,
                                              gint64        seen,
                                              GError      **error);
gboolean     gt_store_delete_unit            (GtStore      *self,
                                              GtUnit       *unit,
                                              GError      **error);
gboolean     gt_store_restore_unit           (GtStore      *self,
                                              GtUnit       *unit,
                                              GError      **error);

gboolean     gt_store_add_issue              (GtStore      *self,
                                              GtIssue      *issue,
                                              GError      **error);
gboolean     gt_store_update_issue           (GtStore      *self,
                                              GtIssue      *edited,
                                              GError      **error);
gboolean     gt_store_update_issue_seen      (GtStore      *self,
                                              GtIssue      *edited,
                                              gint64        seen,
                                              GError      **error);
gboolean     gt_store_delete_issue           (GtStore      *self,
                                              GtIssue      *issue,
                                              GError      **error);
gboolean     gt_store_restore_issue          (GtStore      *self,
                                              GtIssue      *issue,
                                              GError      **error);

/* Milestones and monthly reports are not kept in memory: they are read per
 * project when a view needs them. Arrays of new references, ordered by
 * position / month. */
GPtrArray   *gt_store_list_milestones        (GtStore      *self,
                                              gint64        project_id,
                                              GError      **error);
/* Every listed project's milestones in one query: a table from a project id
 * (gint64 *) to a GPtrArray of new GtMilestone references, ordered by position.
 * Projects without milestones have no entry. */
GHashTable  *gt_store_list_all_milestones    (GtStore      *self,
                                              GError      **error);
gboolean     gt_store_add_milestone          (GtStore      *self,
                                              GtMilestone  *milestone,
                                              GError      **error);
gboolean     gt_store_update_milestone       (GtStore      *self,
                                              GtMilestone  *milestone,
                                              GError      **error);
/* The same, for a node an editor read as @original: when the register's node
 * no longer has @original's values (another desk or program changed it since),
 * refused with GT_STORE_ERROR_CONFLICT naming who changed it and when, rather
 * than written over. Saved as it stands, nothing is written. */
gboolean     gt_store_update_milestone_over  (GtStore      *self,
                                              GtMilestone  *original,
                                              GtMilestone  *milestone,
                                              GError      **error);
gboolean     gt_store_delete_milestone       (GtStore      *self,
                                              GtMilestone  *milestone,
                                              GError      **error);
/* Swaps @milestone with its neighbour before (@direction < 0) or after it
 * (> 0); at either end nothing changes. Each milestone edit is one step of
 * undo (gt_store_undo()), which gives the project's schedule back whole. */
gboolean     gt_store_move_milestone         (GtStore      *self,
                                              GtMilestone  *milestone,
                                              int           direction,
                                              GError      **error);

GPtrArray   *gt_store_list_monthly_reports   (GtStore      *self,
                                              gint64        project_id,
                                              GError      **error);
/* Inserts or replaces the report of (project, month); sets its id, and updates
 * the project's completed figure when the month is in the store's year. */
gboolean     gt_store_save_monthly_report    (GtStore      *self,
                                              GtMonthlyReport *report,
                                              GError      **error);
/* The same, over the report as a sheet showed it, @original (NULL: none was
 * filed): when the register's report of that project and month is no longer
 * @original (another desk filed or changed it since), refused with
 * GT_STORE_ERROR_CONFLICT naming who and when, rather than written over. */
gboolean     gt_store_save_monthly_report_over (GtStore    *self,
                                              GtMonthlyReport *original,
                                              GtMonthlyReport *report,
                                              GError      **error);

/* The plan of a project for any year (0 when none), and setting it. */
gint64       gt_store_get_annual_plan        (GtStore      *self,
                                              gint64        project_id,
                                              int           year);
gboolean     gt_store_set_annual_plan        (GtStore      *self,
                                              gint64        project_id,
                                              int           year,
                                              gint64        yuan,
                                              GError      **error);

/* Groups many edits into one transaction (import, demo data): either all of
 * them are in the file or none. After a rollback the store reloads its lists. */
gboolean     gt_store_begin                  (GtStore      *self,
                                              GError      **error);
gboolean     gt_store_commit                 (GtStore      *self,
                                              GError      **error);
void         gt_store_rollback               (GtStore      *self);

/* Undo and redo of the edits above (not of those inside gt_store_begin() …
 * gt_store_commit(), which clear the history). Each edit is recorded as a command
 * object with apply and revert. The label is translated, e.g. "Delete Project
 * “…”"; NULL when there is nothing to undo. The store notifies "can-undo" and
 * "can-redo" properties.
 * Undo and redo never overwrite what another program wrote since: if the rows a
 * command would write no longer hold what this store left there, they fail with
 * GT_STORE_ERROR_CONFLICT and a message naming the row, and the lists are
 * refreshed to show the newer version. A refused undo drops that command (the
 * next undo takes back the edit before it); a refused redo drops the whole redo
 * list, whose later edits built on the refused one. */
gboolean     gt_store_can_undo               (GtStore      *self);
gboolean     gt_store_can_redo               (GtStore      *self);
const char  *gt_store_get_undo_label         (GtStore      *self);
gboolean     gt_store_undo                   (GtStore      *self,
                                              GError      **error);
gboolean     gt_store_redo                   (GtStore      *self,
                                              GError      **error);

/* Brings the lists up to date with what other programs (another window, the
 * command line) committed to the file since the store last looked: the rows
 * they added, changed or deleted are reloaded, the lists emit items-changed
 * for just those rows (one for a whole list when the store lost track, e.g.
 * after a very large import), and ::changed is emitted once. Returns whether
 * anything changed; FALSE at once inside gt_store_begin() … gt_store_commit().
 * When nothing was committed elsewhere it costs one small query, so a window
 * may call it a few times a second. */
gboolean     gt_store_refresh                (GtStore      *self,
                                              GError      **error);

/* The name this desk's changes are logged under, which another desk's
 * message names when a save meets this desk's newer change (本机名称); NULL or
 * "" sets the default, the account's full name. */
void         gt_store_set_desk_name          (GtStore      *self,
                                              const char   *name);
const char  *gt_store_get_desk_name          (GtStore      *self);
/* Where the edits that follow come from, for the change history (变更记录):
 * "typed" (the default, and what NULL sets), "import:FILE", "return:UNIT".
 * Undo and redo note themselves. */
void         gt_store_set_source             (GtStore      *self,
                                              const char   *source);
/* The register's identity: made once when it was created (or brought to
 * schema 5), kept when the file is renamed, copied or moved to a server; a
 * new string. */
char        *gt_store_dup_register_id        (GtStore      *self);
/* Whether the register is on a server (see gt_store_location_is_server()). */
gboolean     gt_store_is_server              (GtStore      *self);
/* FALSE once the connection to the server is lost (an edit or a refresh then
 * fails with GT_STORE_ERROR_FAILED); a file is always connected. */
gboolean     gt_store_is_connected           (GtStore      *self);
/* Connects to the server again and reads every list again (what other desks
 * did meanwhile came with no notice). The undo history is cleared: the new
 * session cannot tell its earlier edits from another desk's. */
gboolean     gt_store_reconnect              (GtStore      *self,
                                              GError      **error);

/* Removes for good the rows deleted before; called when the app starts. */
gboolean     gt_store_purge_deleted          (GtStore      *self,
                                              GError      **error);

G_END_DECLS
