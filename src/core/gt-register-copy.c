/* gt-register-copy.c: a whole register copied between a file and a server.
 *
 * Both ends are opened as stores (gt_store_open() creates or migrates the
 * schema, so the two hold the same tables at the same version), and the rows
 * travel through gt-db.h with the same named queries on either dialect: one
 * read snapshot of the source, one write transaction on the target, table by
 * table in the order their references need, with every column named (never
 * `*`: the two schemas list columns in the order their migrations added
 * them). Values pass as text, which SQLite's column affinity and PostgreSQL's
 * parameter typing both turn back into what the column holds.
 *
 * Ids are kept, so that a project is the same project on both sides (the
 * office's codes, a unit's role, a link in a message all name ids). Soft-deleted
 * rows are copied too: they are what an undo brings back.
 *
 * The change log (`changes`, and SQLite's `writer`) is not copied: it says what
 * changed since a desk last read, which means nothing to a register nobody has
 * read yet. The target's triggers log every copied row as they would any
 * write, and that is the new log's start. The change history (变更记录, who
 * changed which field when) is the register's own record, and is copied whole
 * in place of what the target's triggers wrote for the copy; so is the
 * register's identity, in place of the one the target was made with.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stddef.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-register-copy.h"
#include "gt-store-private.h"

typedef struct {
  const char *table;
  gsize       stats_offset;   /* G_MAXSIZE: not counted in GtRegisterCopyStats */
  int         n_columns;
  /* A table of a later schema (the change history, month sign-off): copied
   * when the registers have it. */
  gboolean    optional;
  /* What the target's own triggers wrote into it while the rows above were
   * copied, deleted before the source's rows come. */
  GtDbQuery   clear;
  GtDbQuery   count;
  GtDbQuery   read;
  GtDbQuery   write;
  /* PostgreSQL only: the id sequence moved past the copied ids, so that the
   * next row a desk adds gets a new one. NULL for a table without ids. */
  GtDbQuery   sequence;
  /* Every column, none read: a column that a later schema adds and this
   * list does not name would be lost, so the copy refuses instead. */
  GtDbQuery   shape;
} CopyTable;

#define COUNT(t) GT_DB_QUERY ("copy-count-" t, "SELECT count (*) FROM " t)
#define READ(t, columns, order) \
  GT_DB_QUERY ("copy-read-" t, "SELECT " columns " FROM " t " ORDER BY " order)
#define WRITE(t, columns, values) \
  GT_DB_QUERY ("copy-write-" t, "INSERT INTO " t " (" columns ") VALUES (" values ")")
/* Only ever run on a server: SQLite's INTEGER PRIMARY KEY takes max (id) + 1
 * by itself. to_regclass() is NULL for a table without its sequence, and
 * setval() of NULL does nothing. */
#define SEQUENCE(t)                                                               \
  GT_DB_QUERY ("copy-sequence-" t,                                                \
               "SELECT setval (to_regclass ('" t "_id_seq'), "                    \
               "(SELECT COALESCE (max (id), 0) + 1 FROM " t "), false)")
#define NO_QUERY { NULL, NULL, NULL }
#define SHAPE(t) GT_DB_QUERY ("copy-shape-" t, "SELECT * FROM " t " LIMIT 0")
#define CLEAR(t) GT_DB_QUERY ("copy-clear-" t, "DELETE FROM " t)
#define UNCOUNTED G_MAXSIZE

#define LEADER_COLUMNS "id, name, title, phone, deleted"
#define UNIT_COLUMNS "id, name, kind, contact, phone, deleted"
#define PROJECT_COLUMNS                                                           \
  "id, code, name, owner, content, level, category, stage, locality_id, unit_id, " \
  "leader_id, total_investment, planned_start, planned_end, actual_start, "       \
  "actual_end, notes, deleted"
#define PLAN_COLUMNS "project_id, year, amount"
#define MILESTONE_COLUMNS                                                         \
  "id, project_id, name, position, planned_start, planned_end, actual_start, "    \
  "actual_end, percent"
#define REPORT_COLUMNS "id, project_id, month, completed, progress_note, percent, problems"
#define ISSUE_COLUMNS                                                             \
  "id, project_id, description, category, status, raised_on, unit_id, leader_id, " \
  "deadline, resolution, resolved_on, closed_on, deleted"
#define ISSUE6_COLUMNS ISSUE_COLUMNS ", escalation_level, visit_id"
#define FORMALITY_COLUMNS                                                         \
  "id, project_id, position, kind, approver_unit_id, limit_days, planned_on, "    \
  "actual_on, state, note"
#define VISIT_COLUMNS "id, leader_id, visited_on, kind, decisions, deleted"
#define VISIT_PROJECT_COLUMNS "visit_id, project_id"
#define ESCALATION_COLUMNS "id, issue_id, level, escalated_on, note, source"
#define DOCUMENT_COLUMNS "id, issue_id, kind, year, number, issued_on"
#define HISTORY_COLUMNS                                                           \
  "id, at, desk, source, kind, project_id, row_id, month, field, old, new"
#define CLOSING_COLUMNS "id, month, action, at, desk, reason"

/* In the order references need: a project's leader and units before it, its
 * plans, milestones, reports and issues after. */
static const CopyTable tables[] = {
  { "leaders", G_STRUCT_OFFSET (GtRegisterCopyStats, leaders), 5, FALSE, NO_QUERY,
    COUNT ("leaders"), READ ("leaders", LEADER_COLUMNS, "id"),
    WRITE ("leaders", LEADER_COLUMNS, "?1, ?2, ?3, ?4, ?5"),
    SEQUENCE ("leaders"),
    SHAPE ("leaders") },
  { "units", G_STRUCT_OFFSET (GtRegisterCopyStats, units), 6, FALSE, NO_QUERY,
    COUNT ("units"), READ ("units", UNIT_COLUMNS, "id"),
    WRITE ("units", UNIT_COLUMNS, "?1, ?2, ?3, ?4, ?5, ?6"),
    SEQUENCE ("units"),
    SHAPE ("units") },
  { "projects", G_STRUCT_OFFSET (GtRegisterCopyStats, projects), 18, FALSE, NO_QUERY,
    COUNT ("projects"), READ ("projects", PROJECT_COLUMNS, "id"),
    WRITE ("projects", PROJECT_COLUMNS,
           "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18"),
    SEQUENCE ("projects"),
    SHAPE ("projects") },
  { "annual_plans", G_STRUCT_OFFSET (GtRegisterCopyStats, annual_plans), 3, FALSE, NO_QUERY,
    COUNT ("annual_plans"), READ ("annual_plans", PLAN_COLUMNS, "project_id, year"),
    WRITE ("annual_plans", PLAN_COLUMNS, "?1, ?2, ?3"),
    NO_QUERY, SHAPE ("annual_plans") },
  { "milestones", G_STRUCT_OFFSET (GtRegisterCopyStats, milestones), 9, FALSE, NO_QUERY,
    COUNT ("milestones"), READ ("milestones", MILESTONE_COLUMNS, "id"),
    WRITE ("milestones", MILESTONE_COLUMNS, "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9"),
    SEQUENCE ("milestones"),
    SHAPE ("milestones") },
  { "monthly_reports", G_STRUCT_OFFSET (GtRegisterCopyStats, monthly_reports), 7, FALSE,
    NO_QUERY,
    COUNT ("monthly_reports"), READ ("monthly_reports", REPORT_COLUMNS, "id"),
    WRITE ("monthly_reports", REPORT_COLUMNS, "?1, ?2, ?3, ?4, ?5, ?6, ?7"),
    SEQUENCE ("monthly_reports"),
    SHAPE ("monthly_reports") },
  /* Schema 6: approvals as a project's part; a leader's visits before the
   * issues assigned on them. */
  { "formalities", UNCOUNTED, 10, FALSE, NO_QUERY,
    COUNT ("formalities"), READ ("formalities", FORMALITY_COLUMNS, "id"),
    WRITE ("formalities", FORMALITY_COLUMNS, "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10"),
    SEQUENCE ("formalities"),
    SHAPE ("formalities") },
  { "visits", UNCOUNTED, 6, FALSE, NO_QUERY,
    COUNT ("visits"), READ ("visits", VISIT_COLUMNS, "id"),
    WRITE ("visits", VISIT_COLUMNS, "?1, ?2, ?3, ?4, ?5, ?6"),
    SEQUENCE ("visits"),
    SHAPE ("visits") },
  { "visit_projects", UNCOUNTED, 2, FALSE, NO_QUERY,
    COUNT ("visit_projects"),
    READ ("visit_projects", VISIT_PROJECT_COLUMNS, "visit_id, project_id"),
    WRITE ("visit_projects", VISIT_PROJECT_COLUMNS, "?1, ?2"),
    NO_QUERY, SHAPE ("visit_projects") },
  { "issues", G_STRUCT_OFFSET (GtRegisterCopyStats, issues), 15, FALSE, NO_QUERY,
    COUNT ("issues"), READ ("issues", ISSUE6_COLUMNS, "id"),
    WRITE ("issues", ISSUE6_COLUMNS,
           "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15"),
    SEQUENCE ("issues"),
    SHAPE ("issues") },
  { "issue_escalations", UNCOUNTED, 6, FALSE, NO_QUERY,
    COUNT ("issue_escalations"), READ ("issue_escalations", ESCALATION_COLUMNS, "id"),
    WRITE ("issue_escalations", ESCALATION_COLUMNS, "?1, ?2, ?3, ?4, ?5, ?6"),
    SEQUENCE ("issue_escalations"),
    SHAPE ("issue_escalations") },
  { "issue_documents", UNCOUNTED, 6, FALSE, NO_QUERY,
    COUNT ("issue_documents"), READ ("issue_documents", DOCUMENT_COLUMNS, "id"),
    WRITE ("issue_documents", DOCUMENT_COLUMNS, "?1, ?2, ?3, ?4, ?5, ?6"),
    SEQUENCE ("issue_documents"),
    SHAPE ("issue_documents") },
  /* The change history (变更记录) is the register's own record of who changed
   * what and when: copied as it is, in place of the entries the target's
   * triggers made for the rows copied above (which would say that everything
   * was created today, by nobody). */
  { "history", UNCOUNTED, 11, TRUE, CLEAR ("history"),
    COUNT ("history"), READ ("history", HISTORY_COLUMNS, "id"),
    WRITE ("history", HISTORY_COLUMNS, "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11"),
    SEQUENCE ("history"),
    SHAPE ("history") },
  /* The register's identity (register_info 'id'): a register moved to a
   * server is the same register, and what names it (a unit's return sheet)
   * still finds it. */
  { "register_info", UNCOUNTED, 2, TRUE, CLEAR ("register_info"),
    COUNT ("register_info"), READ ("register_info", "key, value", "key"),
    WRITE ("register_info", "key, value", "?1, ?2"),
    NO_QUERY, SHAPE ("register_info") },
  /* Last: a closed month takes no more figures, copied ones included. */
  { "month_closings", UNCOUNTED, 6, TRUE, NO_QUERY,
    COUNT ("month_closings"), READ ("month_closings", CLOSING_COLUMNS, "id"),
    WRITE ("month_closings", CLOSING_COLUMNS, "?1, ?2, ?3, ?4, ?5, ?6"),
    SEQUENCE ("month_closings"),
    SHAPE ("month_closings") },
};

static const GtDbQuery has_table_query = {
  "copy-has-table",
  "SELECT count (*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
  "SELECT count (*) FROM information_schema.tables "
  "WHERE table_schema = current_schema () AND table_name = ?1",
};

static guint *
stats_field (GtRegisterCopyStats *stats,
             const CopyTable     *table,
             guint               *scratch)
{
  if (table->stats_offset == UNCOUNTED)
    return scratch;
  return G_STRUCT_MEMBER_P (stats, table->stats_offset);
}

static gboolean
has_table (GtDb             *db,
           const CopyTable  *table,
           gboolean         *has,
           GError          **error)
{
  GtDbStmt *stmt;
  GError *local = NULL;

  if (!table->optional)
    {
      *has = TRUE;
      return TRUE;
    }
  stmt = gt_db_prepare (db, &has_table_query, error);
  if (stmt == NULL)
    return FALSE;
  gt_db_stmt_bind_text (stmt, 1, table->table);
  *has = gt_db_stmt_next (stmt, &local) && gt_db_stmt_get_int64 (stmt, 0) > 0;
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

/* Whether both registers have @table (they are at one schema version, so they
 * agree, but a file may be opened read-only by an older build). */
static gboolean
both_have (GtDb             *from,
           GtDb             *to,
           const CopyTable  *table,
           gboolean         *both,
           GError          **error)
{
  gboolean in_from, in_to;

  if (!has_table (from, table, &in_from, error) || !has_table (to, table, &in_to, error))
    return FALSE;
  *both = in_from && in_to;
  return TRUE;
}

char *
gt_register_copy_stats_describe (const GtRegisterCopyStats *stats)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (stats != NULL, NULL);

  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u leader", "%u leaders",
                                            stats->leaders), stats->leaders);
  g_string_append (out, "\n");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u unit", "%u units",
                                            stats->units), stats->units);
  g_string_append (out, "\n");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u project", "%u projects",
                                            stats->projects), stats->projects);
  g_string_append (out, "\n");
  /* Translators: a project's planned amount for one year */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u annual plan",
                                            "%u annual plans", stats->annual_plans),
                          stats->annual_plans);
  g_string_append (out, "\n");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u milestone", "%u milestones",
                                            stats->milestones), stats->milestones);
  g_string_append (out, "\n");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u monthly report",
                                            "%u monthly reports", stats->monthly_reports),
                          stats->monthly_reports);
  g_string_append (out, "\n");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u issue", "%u issues",
                                            stats->issues), stats->issues);
  g_string_append (out, "\n");
  return g_string_free (out, FALSE);
}

static gboolean
count_rows (GtDb             *db,
            const GtDbQuery  *query,
            guint            *count,
            GError          **error)
{
  GtDbStmt *stmt = gt_db_prepare (db, query, error);
  GError *local = NULL;

  if (stmt == NULL)
    return FALSE;
  *count = gt_db_stmt_next (stmt, &local) ? (guint) gt_db_stmt_get_int64 (stmt, 0) : 0;
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

/* Under the target's write lock, so that nobody fills it meanwhile. */
static gboolean
check_empty (GtDb        *db,
             const char  *to,
             GError     **error)
{
  GtRegisterCopyStats found = { 0 };
  guint total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      guint scratch = 0;
      guint *count;

      /* The history and the sign-offs say what happened to rows: with no rows,
       * a register is empty whatever they hold. */
      if (tables[i].optional)
        continue;
      count = stats_field (&found, &tables[i], &scratch);
      if (!count_rows (db, &tables[i].count, count, error))
        return FALSE;
      total += *count;
    }
  if (total > 0)
    {
      g_autofree char *what = gt_register_copy_stats_describe (&found);
      g_auto(GStrv) lines = g_strsplit (g_strstrip (what), "\n", -1);
      g_autofree char *listed = g_strjoinv (_(", "), lines);

      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("“%s” already holds a register (%s); copy into a new file or an "
                     "empty database"), to, listed);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_shape (GtDb             *db,
             const CopyTable  *table,
             GError          **error)
{
  GtDbStmt *stmt = gt_db_prepare (db, &table->shape, error);
  GError *local = NULL;
  int n_columns;

  if (stmt == NULL)
    return FALSE;
  gt_db_stmt_next (stmt, &local);
  n_columns = gt_db_stmt_n_columns (stmt);
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (n_columns != table->n_columns)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("Could not copy the table %s: it has %d columns, and this version "
                     "of Guatu copies %d"), table->table, n_columns, table->n_columns);
      return FALSE;
    }
  return TRUE;
}

static gboolean
copy_table (GtDb             *from,
            GtDb             *to,
            const CopyTable  *table,
            guint            *copied,
            GError          **error)
{
  GtDbStmt *read;
  GtDbStmt *write;
  GError *local = NULL;

  if (!check_shape (from, table, error) || !check_shape (to, table, error))
    return FALSE;
  read = gt_db_prepare (from, &table->read, error);
  if (read == NULL)
    return FALSE;
  write = gt_db_prepare (to, &table->write, error);
  if (write == NULL)
    {
      gt_db_stmt_reset (read);
      return FALSE;
    }

  if (table->clear.name != NULL)
    {
      GtDbStmt *clear = gt_db_prepare (to, &table->clear, error);

      if (clear == NULL || !gt_db_stmt_run (clear, error))
        {
          gt_db_stmt_reset (read);
          gt_db_stmt_reset (write);
          return FALSE;
        }
    }

  *copied = 0;
  while (gt_db_stmt_next (read, &local))
    {
      for (int column = 0; column < table->n_columns; column++)
        gt_db_stmt_bind_text (write, column + 1, gt_db_stmt_get_text (read, column));
      if (!gt_db_stmt_run (write, &local))
        break;
      (*copied)++;
    }
  gt_db_stmt_reset (read);
  gt_db_stmt_reset (write);
  if (local != NULL)
    {
      g_propagate_prefixed_error (error, local, _("Could not copy the table %s: "),
                                  table->table);
      return FALSE;
    }
  return TRUE;
}

static gboolean
advance_sequences (GtDb           *db,
                   const gboolean *copied,
                   GError        **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      GtDbStmt *stmt;

      if (tables[i].sequence.name == NULL || !copied[i])
        continue;
      stmt = gt_db_prepare (db, &tables[i].sequence, error);
      if (stmt == NULL || !gt_db_stmt_run (stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* On a server, a unit's desk reads its own projects only (gt-pg-roles.c): a
 * copy by it would be a part of the register that looks like the whole. */
static const GtDbQuery partial_reader_query =
  GT_DB_QUERY ("copy-partial-reader",
               "SELECT CASE WHEN to_regrole ('guatu_units') IS NULL "
               "            OR to_regrole ('guatu_office') IS NULL THEN false "
               "       ELSE pg_has_role ('guatu_units', 'USAGE') "
               "            AND NOT pg_has_role ('guatu_office', 'USAGE') END");

static gboolean
check_reads_all (GtDb        *db,
                 const char  *from,
                 GError     **error)
{
  GtDbStmt *stmt;
  GError *local = NULL;
  gboolean partial;

  if (gt_db_get_dialect (db) != GT_DB_DIALECT_POSTGRESQL)
    return TRUE;
  stmt = gt_db_prepare (db, &partial_reader_query, error);
  if (stmt == NULL)
    return FALSE;
  partial = gt_db_stmt_next (stmt, &local) && gt_db_stmt_get_int64 (stmt, 0) != 0;
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (partial)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("Could not copy “%s”: a unit’s desk sees only its own projects; "
                     "copy the register as the office"), from);
      return FALSE;
    }
  return TRUE;
}

static gboolean
copy_rows (GtDb                 *from,
           GtDb                 *to,
           const char           *to_display,
           GtRegisterCopyStats  *stats,
           GError              **error)
{
  gboolean copied[G_N_ELEMENTS (tables)] = { FALSE };

  if (!check_reads_all (from, gt_db_get_location (from), error))
    return FALSE;
  if (!gt_db_begin (from, GT_DB_READ, error))
    return FALSE;
  if (!gt_db_begin (to, GT_DB_WRITE, error))
    {
      gt_db_rollback (from);
      return FALSE;
    }
  if (!check_empty (to, to_display, error))
    goto failed;

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      guint scratch = 0;

      if (!both_have (from, to, &tables[i], &copied[i], error))
        goto failed;
      if (copied[i] &&
          !copy_table (from, to, &tables[i], stats_field (stats, &tables[i], &scratch), error))
        goto failed;
    }
  if (gt_db_get_dialect (to) == GT_DB_DIALECT_POSTGRESQL &&
      !advance_sequences (to, copied, error))
    goto failed;

  if (!gt_db_commit (to, error))
    goto failed;
  gt_db_rollback (from);
  return TRUE;

failed:
  gt_db_rollback (to);
  gt_db_rollback (from);
  return FALSE;
}

static gboolean
same_file (const char *a,
           const char *b)
{
  g_autofree char *canonical_a = g_canonicalize_filename (a, NULL);
  g_autofree char *canonical_b = g_canonicalize_filename (b, NULL);

  return g_str_equal (canonical_a, canonical_b);
}

gboolean
gt_register_copy (const char           *from,
                  const char           *to,
                  GtRegisterCopyStats  *stats,
                  GError              **error)
{
  g_autoptr(GtStore) source = NULL;
  g_autoptr(GtStore) target = NULL;
  GtRegisterCopyStats local_stats = { 0 };
  gboolean to_is_file = !gt_store_location_is_server (to);
  gboolean created = FALSE;
  gboolean ok;

  g_return_val_if_fail (from != NULL && to != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (stats == NULL)
    stats = &local_stats;
  memset (stats, 0, sizeof *stats);

  /* Opening a missing file would make an empty register of it. */
  if (!gt_store_location_is_server (from) && !g_file_test (from, G_FILE_TEST_EXISTS))
    {
      g_autofree char *display = g_filename_display_name (from);

      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND,
                   _("Could not copy “%s”: no such file"), display);
      return FALSE;
    }
  if (g_str_equal (from, to) || (to_is_file && !gt_store_location_is_server (from) &&
                                 same_file (from, to)))
    {
      g_set_error_literal (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                           _("The register would be copied onto itself: name another "
                             "target"));
      return FALSE;
    }

  source = gt_store_open (from, error);
  if (source == NULL)
    return FALSE;
  created = to_is_file && !g_file_test (to, G_FILE_TEST_EXISTS);
  target = gt_store_open (to, error);
  if (target == NULL)
    return FALSE;

  ok = copy_rows (_gt_store_get_db (source), _gt_store_get_db (target),
                  gt_store_get_path (target), stats, error);
  g_clear_object (&target);
  /* A file this copy made and could not fill is not left behind as an empty
   * register that looks like the copy. */
  if (!ok && created)
    g_unlink (to);
  return ok;
}
