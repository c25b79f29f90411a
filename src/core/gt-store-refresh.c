/* gt-store-refresh.c: what other programs committed, into the lists.
 *
 * Another window or the command line may write to the open register. Every
 * write leaves the kind and id of the row in the `changes` table (triggers of
 * schema version 4, so whoever writes), and SQLite's PRAGMA data_version moves
 * whenever another connection commits, never for this connection's own
 * commits. gt_store_refresh() polls that one number; when it moved, it reads the
 * entries since the last one the lists show and reloads just those rows.
 * Entries this connection wrote itself are skipped: a TEMP trigger, which fires
 * for this connection's writes only, notes them in temp.own_changes, so that
 * the store's own edits never come back as items-changed, however they
 * interleave with other programs' commits.
 *
 * In two halves, so that a server backend can feed the second from LISTEN/NOTIFY
 * payloads naming table and row: collect_changes() reads the SQLite log into a
 * ChangeSet; read_rows() and apply_row() reload a ChangeSet, knowing nothing of
 * where it came from.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-store-internal.h"
#include "gt-store-private.h"

/* More changed rows of one kind than this, and the lists are read again whole:
 * one items-changed over a list costs a sorted view one re-sort, a thousand
 * costs it a thousand. */
#define MANY_CHANGES 1000

/* The order rows are applied in: what a project or issue names comes first, so
 * that a view redrawing a new project finds its new leader. */
static const GtStoreKind apply_order[GT_STORE_N_KINDS] = {
  GT_STORE_KIND_LEADER,
  GT_STORE_KIND_UNIT,
  GT_STORE_KIND_PROJECT,
  GT_STORE_KIND_ISSUE,
};

static const GtStoreStmt row_stmts[GT_STORE_N_KINDS] = {
  [GT_STORE_KIND_PROJECT] = GT_STORE_STMT_PROJECT_ROW,
  [GT_STORE_KIND_LEADER] = GT_STORE_STMT_LEADER_ROW,
  [GT_STORE_KIND_UNIT] = GT_STORE_STMT_UNIT_ROW,
  [GT_STORE_KIND_ISSUE] = GT_STORE_STMT_ISSUE_ROW,
};

/* The column of the row statements above that says the row is gone from the
 * lists (deleted, or an issue of a deleted project). */
static const int gone_columns[GT_STORE_N_KINDS] = {
  [GT_STORE_KIND_PROJECT] = 18,
  [GT_STORE_KIND_LEADER] = 4,
  [GT_STORE_KIND_UNIT] = 5,
  [GT_STORE_KIND_ISSUE] = 12,
};
/* For issues: the issue itself was deleted (not only its project). */
#define ISSUE_DELETED_COLUMN 13

typedef struct {
  GArray   *ids[GT_STORE_N_KINDS];   /* of gint64, as logged; sorted by read_rows() */
  gboolean  everything;              /* lost track: read every list again */
  gboolean  unlisted;                /* a leader's site visit: no list, only ::changed */
  gint64    last_seq;                /* the newest entry in the set */
} ChangeSet;

/* One row as read back: @fresh NULL when it is gone from the lists. */
typedef struct {
  GtStoreKind  kind;
  gint64       id;
  gpointer     fresh;
  gboolean     hide;      /* an issue gone with its project: keep the object */
  GPtrArray   *issues;    /* a project come back: its live issues */
} RowUpdate;

static void
change_set_init (ChangeSet *set)
{
  for (guint i = 0; i < GT_STORE_N_KINDS; i++)
    set->ids[i] = g_array_new (FALSE, FALSE, sizeof (gint64));
  set->everything = FALSE;
  set->unlisted = FALSE;
  set->last_seq = 0;
}

static void
change_set_clear (ChangeSet *set)
{
  for (guint i = 0; i < GT_STORE_N_KINDS; i++)
    g_clear_pointer (&set->ids[i], g_array_unref);
}

static void
row_update_clear (gpointer data)
{
  RowUpdate *update = data;

  g_clear_object (&update->fresh);
  g_clear_pointer (&update->issues, g_ptr_array_unref);
}

/* The newest entry of the log. */
static gboolean
read_last_seq (GtStore  *self,
               gint64   *last_seq,
               GError  **error)
{
  GtDbStmt *stmt = _gt_store_stmt (self, GT_STORE_STMT_LAST_CHANGE, error);

  return stmt != NULL && _gt_store_stmt_value (stmt, last_seq, error);
}

static gboolean
read_data_version (GtStore  *self,
                   gint64   *data_version,
                   GError  **error)
{
  if (gt_db_get_data_version (self->db, data_version, error))
    return TRUE;
  g_prefix_error (error, "%s: ", _("Could not read the database"));
  return FALSE;
}

/* A temp table and trigger live and die with the connection, and are no part
 * of the file: other programs never see them. */
static const GtDbQuery own_changes_queries[] = {
  { "feed-own-changes",
    "CREATE TEMP TABLE IF NOT EXISTS own_changes (seq INTEGER PRIMARY KEY)",
    /* On a server the log names the backend that wrote each entry. */
    "SELECT 1" },
  { "feed-own-change-trigger",
    "CREATE TEMP TRIGGER IF NOT EXISTS own_change AFTER INSERT ON main.changes "
    "BEGIN INSERT INTO own_changes (seq) VALUES (NEW.seq); END",
    "SELECT 1" },
  /* Own entries the lists are past, kept as long as the log keeps its own (the
   * newest 10,000 or so) for an editor filled long ago, which asks whose the
   * changes since were (gt_store_update_*_seen()). Apart from own_changes,
   * which the feed's and undo's queries read many times a batch: kept small,
   * it is what those queries run through. */
  { "feed-own-earlier",
    "CREATE TEMP TABLE IF NOT EXISTS own_earlier (seq INTEGER PRIMARY KEY)",
    "SELECT 1" },
  { "feed-own-earlier-trigger",
    "CREATE TEMP TRIGGER IF NOT EXISTS own_forgotten AFTER DELETE ON own_changes "
    "BEGIN INSERT OR IGNORE INTO own_earlier (seq) VALUES (OLD.seq);"
    "  DELETE FROM own_earlier WHERE seq <= OLD.seq - 10000; END",
    "SELECT 1" },
};

/* The store's own entries up to @last_seq are behind it now. */
static void
forget_own_changes (GtStore *self,
                    gint64   last_seq)
{
  GtDbStmt *stmt = _gt_store_stmt (self, GT_STORE_STMT_FORGET_OWN_CHANGES, NULL);

  if (stmt == NULL)
    return;
  gt_db_stmt_bind_int64 (stmt, 1, last_seq);
  _gt_store_stmt_run (stmt, "", NULL);
}

void
_gt_store_feed_start (GtStore *self)
{
  g_autoptr(GError) error = NULL;

  self->feed_started = TRUE;
  for (guint i = 0; error == NULL && i < G_N_ELEMENTS (own_changes_queries); i++)
    if (!gt_db_exec (self->db, &own_changes_queries[i], &error))
      g_prefix_error (&error, "%s: ", _("Could not read the database"));
  /* The version first: a commit between the two is then read again at the
   * next refresh, which is harmless (the lists are read after this anyway). */
  if (error != NULL ||
      !read_data_version (self, &self->data_version, &error) ||
      !read_last_seq (self, &self->last_seq, &error))
    {
      /* Then the first refresh reads every list again. */
      g_warning ("Could not read the change log: %s", error->message);
      self->data_version = -1;
      self->last_seq = -1;
    }
}

void
_gt_store_committed (GtStore *self)
{
  gint64 data_version, last_seq;

  /* The log first, then the version: another program's commit between the
   * two moves the version, and nothing is skipped. */
  if (!self->feed_started || !read_last_seq (self, &last_seq, NULL) ||
      !read_data_version (self, &data_version, NULL))
    return;

  /* No other commit since the store last looked: every newer entry is this
   * store's own, already in the lists, and the next refresh need not read
   * them. Otherwise it reads them all and skips the store's own. */
  if (data_version == self->data_version)
    {
      self->last_seq = last_seq;
      forget_own_changes (self, last_seq);
    }
}

static gboolean
kind_from_name (const char  *name,
                GtStoreKind *kind)
{
  for (guint i = 0; i < GT_STORE_N_KINDS; i++)
    if (g_strcmp0 (name, _gt_store_kind_name ((GtStoreKind) i)) == 0)
      {
        *kind = (GtStoreKind) i;
        return TRUE;
      }

  return FALSE;
}

/* The SQLite half: the entries of `changes` after self->last_seq, inside the
 * caller's read transaction. */
static gboolean
collect_changes (GtStore    *self,
                 ChangeSet  *set,
                 GError    **error)
{
  GtDbStmt *stmt;
  gint64 expected = self->last_seq + 1;
  GError *local = NULL;

  if (!read_last_seq (self, &set->last_seq, error))
    return FALSE;
  if (self->last_seq < 0)
    {
      set->everything = TRUE;
      return TRUE;
    }
  if (set->last_seq <= self->last_seq)
    {
      /* Nothing logged (a purge of nothing, a checkpoint): nothing to reload.
       * Less than before means the log was emptied by hand. */
      set->everything = set->last_seq < self->last_seq;
      return TRUE;
    }

  stmt = _gt_store_stmt (self, GT_STORE_STMT_CHANGES_SINCE, error);
  if (stmt == NULL)
    return FALSE;

  gt_db_stmt_bind_int64 (stmt, 1, self->last_seq);
  while (gt_db_stmt_next (stmt, &local))
    {
      gint64 seq = gt_db_stmt_get_int64 (stmt, 0);
      gint64 id = gt_db_stmt_get_int64 (stmt, 2);
      GtStoreKind kind;

      /* seq only grows and only pruning leaves holes: a hole after what the
       * store saw means it missed entries, and must read everything again. */
      if (seq != expected)
        {
          set->everything = TRUE;
          break;
        }
      expected = seq + 1;

      /* The store's own: the lists show it already. */
      if (gt_db_stmt_get_int64 (stmt, 3) != 0)
        continue;
      /* Visits live in no list; their views read them again on ::changed. */
      if (g_strcmp0 (gt_db_stmt_get_text (stmt, 1), "visit") == 0)
        set->unlisted = TRUE;
      /* Issues not read yet are read whole when first wanted. */
      if (kind_from_name (gt_db_stmt_get_text (stmt, 1), &kind) &&
          (kind != GT_STORE_KIND_ISSUE || self->issues_loaded))
        {
          g_array_append_val (set->ids[kind], id);
          if (set->ids[kind]->len > MANY_CHANGES)
            {
              set->everything = TRUE;
              break;
            }
        }
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
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

/* In id order, each once, so that the lists' signals come in a stable order. */
static void
sort_unique (GArray *ids)
{
  guint n = 0;

  g_array_sort (ids, compare_ids);
  for (guint i = 0; i < ids->len; i++)
    if (n == 0 || g_array_index (ids, gint64, i) != g_array_index (ids, gint64, n - 1))
      g_array_index (ids, gint64, n++) = g_array_index (ids, gint64, i);
  g_array_set_size (ids, n);
}

static gboolean
read_row (GtStore    *self,
          GtStoreKind kind,
          gint64      id,
          RowUpdate  *update,
          GError    **error)
{
  GtDbStmt *stmt = _gt_store_stmt (self, row_stmts[kind], error);
  GError *local = NULL;
  gboolean found;

  update->kind = kind;
  update->id = id;
  if (stmt == NULL)
    return FALSE;

  gt_db_stmt_bind_int64 (stmt, 1, id);
  if (kind == GT_STORE_KIND_PROJECT)
    gt_db_stmt_bind_int64 (stmt, 2, self->year);
  found = gt_db_stmt_next (stmt, &local);
  if (found && gt_db_stmt_get_int64 (stmt, gone_columns[kind]) == 0)
    update->fresh = _gt_store_read_object (kind, stmt);
  else if (found && kind == GT_STORE_KIND_ISSUE)
    update->hide = gt_db_stmt_get_int64 (stmt, ISSUE_DELETED_COLUMN) == 0;
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, "%s: ", _("Could not read the database"));
      return FALSE;
    }

  if (update->fresh != NULL && kind == GT_STORE_KIND_PROJECT)
    {
      /* The year's completed figure is a sum over the reports. */
      if (!_gt_store_reload_project_figures (self, update->fresh, error))
        return FALSE;
      /* Come back (restored elsewhere): with it, its issues. */
      if (self->issues_loaded && _gt_store_lookup (self, kind, id) == NULL)
        {
          update->issues = _gt_store_read_project_issues (self, id, error);
          if (update->issues == NULL)
            return FALSE;
        }
    }

  return TRUE;
}

/* Every row of @set, read from the file in the caller's transaction; nothing
 * in memory changes yet. */
static GArray *
read_rows (GtStore    *self,
           ChangeSet  *set,
           GError    **error)
{
  g_autoptr(GArray) updates = g_array_new (FALSE, TRUE, sizeof (RowUpdate));

  g_array_set_clear_func (updates, row_update_clear);
  for (guint k = 0; k < GT_STORE_N_KINDS; k++)
    {
      GtStoreKind kind = apply_order[k];
      GArray *ids = set->ids[kind];

      sort_unique (ids);
      for (guint i = 0; i < ids->len; i++)
        {
          RowUpdate update = { 0, };

          if (!read_row (self, kind, g_array_index (ids, gint64, i), &update, error))
            {
              row_update_clear (&update);
              return NULL;
            }
          g_array_append_val (updates, update);
        }
    }

  return g_steal_pointer (&updates);
}

static void
hide_issue (GtStore *self,
            gint64   id)
{
  gint64 *key = g_new (gint64, 1);

  *key = id;
  g_hash_table_replace (self->hidden_issues, key,
                        g_object_ref (_gt_store_lookup (self, GT_STORE_KIND_ISSUE, id)));
  _gt_store_remove_live (self, GT_STORE_KIND_ISSUE, id);
}

/* Live objects keep their identity (views, editors and undo commands hold
 * them) and take the row's values; each touched row emits items-changed at its
 * own position. */
static void
apply_row (GtStore   *self,
           RowUpdate *update)
{
  GtStoreKind kind = update->kind;
  gint64 id = update->id;
  gpointer live = _gt_store_lookup (self, kind, id);
  gpointer hidden = kind == GT_STORE_KIND_ISSUE
                    ? g_hash_table_lookup (self->hidden_issues, &id) : NULL;

  if (update->fresh != NULL && live != NULL)
    {
      _gt_store_assign_object (kind, live, update->fresh);
      _gt_store_row_changed (self, kind, id);
    }
  else if (update->fresh != NULL && hidden != NULL)
    {
      g_autoptr(GObject) object = g_object_ref (hidden);

      _gt_store_assign_object (kind, object, update->fresh);
      g_hash_table_remove (self->hidden_issues, &id);
      _gt_store_insert_live (self, kind, object);
    }
  else if (update->fresh != NULL)
    {
      _gt_store_insert_live (self, kind, update->fresh);
    }
  else if (live != NULL && update->hide)
    {
      hide_issue (self, id);
    }
  else if (live != NULL)
    {
      _gt_store_remove_live (self, kind, id);
      if (kind == GT_STORE_KIND_PROJECT)
        _gt_store_hide_project_issues (self, id);
    }
  else if (hidden != NULL && !update->hide)
    {
      /* Deleted for itself, or purged: undo could not bring it back. */
      g_hash_table_remove (self->hidden_issues, &id);
    }

  for (guint i = 0; update->issues != NULL && i < update->issues->len; i++)
    {
      GtIssue *issue = g_ptr_array_index (update->issues, i);
      gint64 issue_id = gt_issue_get_id (issue);

      if (_gt_store_lookup (self, GT_STORE_KIND_ISSUE, issue_id) == NULL)
        _gt_store_insert_live (self, GT_STORE_KIND_ISSUE, issue);
      g_hash_table_remove (self->hidden_issues, &issue_id);
    }
}

/* Lost track: every list again, each with one items-changed. */
static gboolean
reload_everything (GtStore  *self,
                   GError  **error)
{
  return _gt_store_load (self, GT_STORE_KIND_LEADER, error) &&
         _gt_store_load (self, GT_STORE_KIND_UNIT, error) &&
         _gt_store_load (self, GT_STORE_KIND_PROJECT, error) &&
         (!self->issues_loaded || _gt_store_load (self, GT_STORE_KIND_ISSUE, error));
}

/* Reads what changed in one snapshot: the caller's transaction when
 * @in_transaction, else a read transaction of its own, so that the lists are
 * changed (and their handlers run) with no transaction open. */
static gboolean
catch_up (GtStore   *self,
          gboolean   in_transaction,
          gboolean  *changed,
          GError   **error)
{
  g_autoptr(GArray) updates = NULL;
  ChangeSet set;
  gint64 data_version;
  gboolean ok;

  *changed = FALSE;
  if (!self->feed_started)
    _gt_store_feed_start (self);

  /* The poll: one PRAGMA, answered from the WAL index in shared memory. */
  if (!read_data_version (self, &data_version, error))
    return FALSE;
  if (data_version == self->data_version)
    return TRUE;

  if (!in_transaction && !gt_db_begin (self->db, GT_DB_READ, error))
    {
      g_prefix_error (error, "%s: ", _("Could not read the database"));
      return FALSE;
    }
  change_set_init (&set);
  ok = collect_changes (self, &set, error);
  if (ok && !set.everything)
    {
      updates = read_rows (self, &set, error);
      ok = updates != NULL;
    }
  if (!in_transaction)
    {
      if (!gt_db_commit (self->db, NULL))
        gt_db_rollback (self->db);
    }
  change_set_clear (&set);
  if (!ok)
    return FALSE;

  /* Noted before the lists change, so that an edit made by a handler finds the
   * feed where it is. A full reload outside the snapshot may show rows logged
   * after set.last_seq; reading those again later is harmless. */
  /* The version polled before the snapshot: a commit after the poll moves it
   * again, and the next refresh reads that commit's entries. */
  self->data_version = data_version;
  self->last_seq = set.last_seq;
  forget_own_changes (self, set.last_seq);

  if (set.everything)
    {
      if (!reload_everything (self, error))
        {
          /* Again, whole, at the next poll. */
          self->data_version = -1;
          self->last_seq = -1;
          return FALSE;
        }
      *changed = TRUE;
      return TRUE;
    }

  for (guint i = 0; i < updates->len; i++)
    apply_row (self, &g_array_index (updates, RowUpdate, i));
  *changed = updates->len > 0 || set.unlisted;
  return TRUE;
}

gboolean
_gt_store_catch_up (GtStore  *self,
                    GError  **error)
{
  gboolean changed;

  if (!catch_up (self, TRUE, &changed, error))
    return FALSE;
  if (changed)
    _gt_store_emit_changed (self);
  return TRUE;
}

gboolean
gt_store_refresh (GtStore  *self,
                  GError  **error)
{
  gboolean changed;

  g_return_val_if_fail (GT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Never inside a transaction of the store's own: its uncommitted rows would
   * read as another program's, and its batch reloads what it must at the end. */
  if (self->in_batch || gt_db_in_transaction (self->db))
    return FALSE;

  if (!catch_up (self, FALSE, &changed, error) || !changed)
    return FALSE;

  _gt_store_emit_changed (self);
  return TRUE;
}
