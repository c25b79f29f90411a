/* gt-pg-roles.c: the office's and the units' rights on the server.
 *
 * Two group roles, shared by every register in the cluster (roles are the
 * cluster's, not a database's): guatu_office, whose members edit everything,
 * and guatu_units, which every unit's role is made a member of and which holds
 * what a unit may do. Which unit a role stands for is the table
 * guatu_unit_roles (role, unit_id); a role may stand for more than one.
 *
 * What a unit's desk may do, and how the server holds it to it:
 *
 * - read the leaders and units (all of them: the window names them; a policy
 *   shows a unit every row), the change log, the register's identity and the
 *   schema's version (the window's refresh and its conflict checks read them):
 *   SELECT;
 * - read its projects (those whose unit or locality it is) and the projects of
 *   issues assigned to it, with their plans, milestones and reports: SELECT,
 *   and policies on projects, annual_plans, milestones and monthly_reports;
 * - file, correct and clear the monthly figures of its own projects: INSERT,
 *   UPDATE and DELETE on monthly_reports, policies whose WITH CHECK names its
 *   own projects, and a trigger saying so in words, so that a row of another
 *   unit's project is refused (SQLSTATE 42501);
 * - the 整改 of its issues (assigned to it, or on its own projects): UPDATE on
 *   the columns the store's issue update writes, a policy naming its issues,
 *   and a trigger refusing (42501) any change but status, resolution and the
 *   date resolved. The column privileges alone cannot say it: the store writes
 *   the whole row, unchanged columns too, and PostgreSQL checks a column's
 *   privilege whether its value changes or not.
 * - the approvals (审批手续) it gives, as an approving department: it reads
 *   the formalities it approves, and their projects, whoever's they are
 *   (guatu_approval_projects(), as guatu_issue_projects() for issues), and
 *   updates their state and the date done only: a policy naming the
 *   formalities it approves, and a trigger refusing (42501) any other change.
 *   The formalities of its own projects it reads, as their milestones.
 * - read the 督办 steps and numbered documents of the issues it sees, and the
 *   leaders' visits to the projects it sees, with what was decided there.
 * - nothing else: no privilege on projects, leaders, units, plans or
 *   milestones but SELECT, so an edit of a project's name is refused
 *   ("permission denied for table projects", 42501); DELETE on leaders,
 *   units, projects and issues with no policy that lets a unit delete any,
 *   so that the window's purge of deleted rows passes over them quietly.
 *
 * The change log and the change history are written by the tables' triggers
 * as whoever writes; their functions guatu_log() and the history's
 * (guatu_history_add() to version 6, guatu_history_projects(), _issues(),
 * _reports() and _plans() from 7) are made SECURITY DEFINER, owned by the
 * schema's owner, so that a unit's figures are logged without the unit
 * holding INSERT or DELETE on `changes` or `history`.
 *
 * Everything here may run again: a second --grant-unit sets up the same
 * policies and adds one row to the mapping.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-pg-db.h"
#include "gt-pg-roles.h"
#include "gt-store-private.h"

/* A project of one of the current role's units, as its unit or its locality. */
#define OWN_PROJECT_IDS                                                              \
  "(SELECT p.id FROM projects p WHERE p.unit_id IN (SELECT guatu_unit_ids ()) "     \
  "    OR p.locality_id IN (SELECT guatu_unit_ids ()))"
/* The issues a unit rectifies: assigned to it, or on its own projects. */
#define OWN_ISSUE                                                                    \
  "(unit_id IN (SELECT guatu_unit_ids ()) OR project_id IN " OWN_PROJECT_IDS ")"

#define POLICY(name, table, rest)                                                    \
  "DROP POLICY IF EXISTS " name " ON " table ";"                                     \
  "CREATE POLICY " name " ON " table " " rest ";"
#define OFFICE_EDITS(table)                                                          \
  "ALTER TABLE " table " ENABLE ROW LEVEL SECURITY;"                                 \
  POLICY ("guatu_office", table, "TO guatu_office USING (true) WITH CHECK (true)")
/* The parts of a project a unit sees with the project. */
#define UNIT_READS_PART(table)                                                       \
  POLICY ("guatu_unit_read", table,                                                  \
          "FOR SELECT TO guatu_units USING (project_id IN (SELECT id FROM projects))")

static const char setup_sql[] =
  "DO $$ BEGIN"
  "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'guatu_office') THEN"
  "    CREATE ROLE guatu_office NOLOGIN;"
  "  END IF;"
  "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'guatu_units') THEN"
  "    CREATE ROLE guatu_units NOLOGIN;"
  "  END IF;"
  "END $$;"
  "CREATE TABLE IF NOT EXISTS guatu_unit_roles ("
  "  role name NOT NULL,"
  "  unit_id bigint NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (role, unit_id));"

  /* The current role's units. USAGE, not MEMBER: a role that created the
   * unit's role holds it with ADMIN only, and is not that unit. A row whose
   * role was dropped joins nothing. */
  "CREATE OR REPLACE FUNCTION guatu_unit_ids () RETURNS SETOF bigint"
  "  LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$"
  "  SELECT m.unit_id FROM guatu_unit_roles m JOIN pg_roles r ON r.rolname = m.role"
  "  WHERE pg_has_role (r.oid, 'USAGE') $$;"
  /* The projects of issues assigned to @units, whoever's projects they are:
   * read as the owner, since the projects' own policy asks it, and a policy
   * that read issues under their policy, which reads projects, would go round
   * in a circle. It tells only ids. */
  "CREATE OR REPLACE FUNCTION guatu_issue_projects (units bigint[]) RETURNS SETOF bigint"
  "  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$"
  "  SELECT project_id FROM issues WHERE unit_id = ANY (units) AND deleted = 0 $$;"
  "REVOKE ALL ON FUNCTION guatu_issue_projects (bigint[]) FROM PUBLIC;"
  "GRANT EXECUTE ON FUNCTION guatu_issue_projects (bigint[]) TO guatu_units;"
  /* Likewise the projects of the approvals @units give (schema 6). */
  "CREATE OR REPLACE FUNCTION guatu_approval_projects (units bigint[]) RETURNS SETOF bigint"
  "  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$"
  "  SELECT project_id FROM formalities WHERE approver_unit_id = ANY (units) $$;"
  "REVOKE ALL ON FUNCTION guatu_approval_projects (bigint[]) FROM PUBLIC;"
  "GRANT EXECUTE ON FUNCTION guatu_approval_projects (bigint[]) TO guatu_units;"

  OFFICE_EDITS ("leaders")
  OFFICE_EDITS ("units")
  OFFICE_EDITS ("projects")
  OFFICE_EDITS ("annual_plans")
  OFFICE_EDITS ("milestones")
  OFFICE_EDITS ("monthly_reports")
  OFFICE_EDITS ("issues")
  OFFICE_EDITS ("formalities")
  OFFICE_EDITS ("visits")
  OFFICE_EDITS ("visit_projects")
  OFFICE_EDITS ("issue_escalations")
  OFFICE_EDITS ("issue_documents")

  POLICY ("guatu_unit_read", "leaders", "FOR SELECT TO guatu_units USING (true)")
  POLICY ("guatu_unit_read", "units", "FOR SELECT TO guatu_units USING (true)")
  POLICY ("guatu_unit_read", "projects",
          "FOR SELECT TO guatu_units USING ("
          "  unit_id IN (SELECT guatu_unit_ids ()) OR locality_id IN (SELECT guatu_unit_ids ())"
          "  OR id IN (SELECT guatu_issue_projects (ARRAY (SELECT guatu_unit_ids ())))"
          "  OR id IN (SELECT guatu_approval_projects (ARRAY (SELECT guatu_unit_ids ()))))")
  UNIT_READS_PART ("annual_plans")
  UNIT_READS_PART ("milestones")
  UNIT_READS_PART ("monthly_reports")
  POLICY ("guatu_unit_file", "monthly_reports",
          "FOR INSERT TO guatu_units WITH CHECK (project_id IN " OWN_PROJECT_IDS ")")
  /* UPDATE and DELETE reach every report the unit sees, so that one of a
   * project it only sees is refused with an error (by WITH CHECK, and by the
   * trigger below) rather than passed over in silence, as rows a policy's
   * USING leaves out are. */
  POLICY ("guatu_unit_refile", "monthly_reports",
          "FOR UPDATE TO guatu_units USING (project_id IN (SELECT id FROM projects)) "
          "WITH CHECK (project_id IN " OWN_PROJECT_IDS ")")
  POLICY ("guatu_unit_unfile", "monthly_reports",
          "FOR DELETE TO guatu_units USING (project_id IN (SELECT id FROM projects))")
  "CREATE OR REPLACE FUNCTION guatu_unit_files_own () RETURNS trigger"
  "  LANGUAGE plpgsql AS $$"
  "BEGIN"
  "  IF pg_has_role ('guatu_units', 'USAGE') AND NOT pg_has_role ('guatu_office', 'USAGE')"
  "     AND ((TG_OP <> 'DELETE' AND NEW.project_id NOT IN " OWN_PROJECT_IDS ")"
  "          OR (TG_OP <> 'INSERT' AND OLD.project_id NOT IN " OWN_PROJECT_IDS ")) THEN"
  "    RAISE EXCEPTION 'a unit files the figures of its own projects only'"
  "      USING ERRCODE = 'insufficient_privilege', HINT = 'guatu-unit-own-projects';"
  "  END IF;"
  "  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;"
  "  RETURN NEW;"
  "END $$;"
  "DROP TRIGGER IF EXISTS monthly_reports_units_own_only ON monthly_reports;"
  "CREATE TRIGGER monthly_reports_units_own_only BEFORE INSERT OR UPDATE OR DELETE"
  "  ON monthly_reports FOR EACH ROW EXECUTE FUNCTION guatu_unit_files_own ();"
  POLICY ("guatu_unit_read", "issues", "FOR SELECT TO guatu_units USING " OWN_ISSUE)
  POLICY ("guatu_unit_rectify", "issues",
          "FOR UPDATE TO guatu_units USING " OWN_ISSUE " WITH CHECK " OWN_ISSUE)

  /* A unit's update of an issue changes its 整改 only. The office's members
   * (and superusers, who are members of every role) are not held. */
  "CREATE OR REPLACE FUNCTION guatu_unit_rectifies_only () RETURNS trigger"
  "  LANGUAGE plpgsql AS $$"
  "BEGIN"
  "  IF pg_has_role ('guatu_units', 'USAGE') AND NOT pg_has_role ('guatu_office', 'USAGE')"
  "     AND (NEW.id, NEW.project_id, NEW.description, NEW.category, NEW.raised_on,"
  "          NEW.unit_id, NEW.leader_id, NEW.deadline, NEW.closed_on, NEW.deleted,"
  "          NEW.escalation_level, NEW.visit_id)"
  "     IS DISTINCT FROM (OLD.id, OLD.project_id, OLD.description, OLD.category,"
  "          OLD.raised_on, OLD.unit_id, OLD.leader_id, OLD.deadline, OLD.closed_on,"
  "          OLD.deleted, OLD.escalation_level, OLD.visit_id) THEN"
  "    RAISE EXCEPTION 'a unit may change only an issue''s status, resolution and date resolved'"
  "      USING ERRCODE = 'insufficient_privilege', HINT = 'guatu-unit-rectify-only';"
  "  END IF;"
  "  RETURN NEW;"
  "END $$;"
  "DROP TRIGGER IF EXISTS issues_units_rectify_only ON issues;"
  "CREATE TRIGGER issues_units_rectify_only BEFORE UPDATE ON issues"
  "  FOR EACH ROW EXECUTE FUNCTION guatu_unit_rectifies_only ();"

  /* Approvals: a unit reads those of the projects it sees and those it
   * gives, and of the latter changes the state and the date done only. The
   * update reaches every one it reads, so that one it does not give is
   * refused with an error (WITH CHECK) rather than passed over in silence. */
  POLICY ("guatu_unit_read", "formalities",
          "FOR SELECT TO guatu_units USING (project_id IN (SELECT id FROM projects) "
          "  OR approver_unit_id IN (SELECT guatu_unit_ids ()))")
  POLICY ("guatu_unit_approve", "formalities",
          "FOR UPDATE TO guatu_units USING (project_id IN (SELECT id FROM projects) "
          "  OR approver_unit_id IN (SELECT guatu_unit_ids ())) "
          "WITH CHECK (approver_unit_id IN (SELECT guatu_unit_ids ()))")
  "CREATE OR REPLACE FUNCTION guatu_unit_approves_only () RETURNS trigger"
  "  LANGUAGE plpgsql AS $$"
  "BEGIN"
  "  IF pg_has_role ('guatu_units', 'USAGE') AND NOT pg_has_role ('guatu_office', 'USAGE')"
  "     AND (NEW.id, NEW.project_id, NEW.position, NEW.kind, NEW.approver_unit_id,"
  "          NEW.limit_days, NEW.planned_on, NEW.note)"
  "     IS DISTINCT FROM (OLD.id, OLD.project_id, OLD.position, OLD.kind,"
  "          OLD.approver_unit_id, OLD.limit_days, OLD.planned_on, OLD.note) THEN"
  "    RAISE EXCEPTION 'a unit may change only the state and the date done of an approval'"
  "      USING ERRCODE = 'insufficient_privilege', HINT = 'guatu-unit-approve-only';"
  "  END IF;"
  "  RETURN NEW;"
  "END $$;"
  "DROP TRIGGER IF EXISTS formalities_units_approve_only ON formalities;"
  "CREATE TRIGGER formalities_units_approve_only BEFORE UPDATE ON formalities"
  "  FOR EACH ROW EXECUTE FUNCTION guatu_unit_approves_only ();"
  POLICY ("guatu_unit_read", "visit_projects",
          "FOR SELECT TO guatu_units USING (project_id IN (SELECT id FROM projects))")
  POLICY ("guatu_unit_read", "visits",
          "FOR SELECT TO guatu_units USING (id IN (SELECT visit_id FROM visit_projects))")
  POLICY ("guatu_unit_read", "issue_escalations",
          "FOR SELECT TO guatu_units USING (issue_id IN (SELECT id FROM issues))")
  POLICY ("guatu_unit_read", "issue_documents",
          "FOR SELECT TO guatu_units USING (issue_id IN (SELECT id FROM issues))")

  /* The log and the change history are written as their owner, whoever
   * writes the row. */
  "DO $$ DECLARE f regprocedure; BEGIN"
  "  FOR f IN SELECT p.oid FROM pg_proc p"
  "           WHERE p.proname IN ('guatu_log', 'guatu_history_add', 'guatu_history_projects',"
  "                               'guatu_history_issues', 'guatu_history_reports',"
  "                               'guatu_history_plans')"
  "             AND p.pronamespace = current_schema ()::regnamespace"
  "  LOOP"
  "    EXECUTE format ('ALTER FUNCTION %s SECURITY DEFINER SET search_path = %I, pg_temp',"
  "                    f, current_schema ());"
  "  END LOOP;"
  "END $$;"

  /* A schema made by hand (or public, remade) lets nobody else in. */
  "DO $$ BEGIN"
  "  EXECUTE format ('GRANT USAGE ON SCHEMA %I TO guatu_office, guatu_units',"
  "                  current_schema ());"
  "END $$;"
  "GRANT SELECT ON guatu_schema, leaders, units, projects, annual_plans, milestones,"
  "  monthly_reports, issues, changes, guatu_unit_roles, formalities, visits, visit_projects,"
  "  issue_escalations, issue_documents TO guatu_units;"
  "GRANT INSERT, UPDATE, DELETE ON monthly_reports TO guatu_units;"
  /* The window purges rows deleted in an earlier session when it opens
   * (gt_store_purge_deleted()). For a unit that deletes nothing, by the
   * policies (none lets a unit delete a leader, unit, project or issue), and
   * says nothing, rather than failing at every start. */
  "GRANT DELETE ON leaders, units, projects, issues, visits TO guatu_units;"
  "GRANT UPDATE (project_id, description, category, status, raised_on, unit_id, leader_id,"
  "  deadline, resolution, resolved_on, closed_on, escalation_level, visit_id) ON issues"
  "  TO guatu_units;"
  /* The store writes a formality's whole row; the trigger above holds a unit
   * to its state and date done. */
  "GRANT UPDATE (project_id, position, kind, approver_unit_id, limit_days, planned_on,"
  "  actual_on, state, note) ON formalities TO guatu_units;"
  /* A new report's id comes from guatu_fill_id(), run as the unit. */
  "GRANT USAGE ON SEQUENCE monthly_reports_id_seq TO guatu_units;"
  "GRANT SELECT, INSERT, UPDATE, DELETE ON guatu_schema, leaders, units, projects,"
  "  annual_plans, milestones, monthly_reports, issues, changes, guatu_unit_roles,"
  "  formalities, visits, visit_projects, issue_escalations, issue_documents"
  "  TO guatu_office;"
  "GRANT USAGE, SELECT, UPDATE ON SEQUENCE leaders_id_seq, units_id_seq, projects_id_seq,"
  "  milestones_id_seq, monthly_reports_id_seq, issues_id_seq, formalities_id_seq,"
  "  visits_id_seq, issue_escalations_id_seq, issue_documents_id_seq TO guatu_office;"
  /* Tables of later schemas. The register's identity is read by every desk;
   * the sign-offs by the trigger that keeps a closed month's figures as they
   * are, run as the unit; the history is the office's record, a unit reading
   * that of the projects it sees. */
  "DO $$ BEGIN"
  "  IF to_regclass ('register_info') IS NOT NULL THEN"
  "    GRANT SELECT ON register_info TO guatu_units;"
  "    GRANT SELECT, INSERT, UPDATE, DELETE ON register_info TO guatu_office;"
  "  END IF;"
  "  IF to_regclass ('month_closings') IS NOT NULL THEN"
  "    GRANT SELECT ON month_closings TO guatu_units;"
  "    GRANT SELECT, INSERT, UPDATE, DELETE ON month_closings TO guatu_office;"
  "    GRANT USAGE, SELECT, UPDATE ON SEQUENCE month_closings_id_seq TO guatu_office;"
  "  END IF;"
  "  IF to_regclass ('history') IS NOT NULL THEN"
  "    GRANT SELECT ON history TO guatu_units;"
  "    GRANT SELECT, INSERT, UPDATE, DELETE ON history TO guatu_office;"
  "    GRANT USAGE, SELECT, UPDATE ON SEQUENCE history_id_seq TO guatu_office;"
  "    ALTER TABLE history ENABLE ROW LEVEL SECURITY;"
  "    DROP POLICY IF EXISTS guatu_office ON history;"
  "    CREATE POLICY guatu_office ON history TO guatu_office USING (true) WITH CHECK (true);"
  "    DROP POLICY IF EXISTS guatu_unit_read ON history;"
  "    CREATE POLICY guatu_unit_read ON history FOR SELECT TO guatu_units"
  "      USING (project_id IN (SELECT id FROM projects));"
  "  END IF;"
  "END $$;";

const char *
gt_pg_roles_describe_refusal (const char *hint)
{
  if (hint == NULL)
    return NULL;
  if (g_str_equal (hint, "guatu-unit-own-projects"))
    return _("a unit files the figures of its own projects only");
  if (g_str_equal (hint, "guatu-unit-approve-only"))
    return _("a unit may change only the state of an approval it gives and the date it "
             "was given");
  if (g_str_equal (hint, "guatu-unit-rectify-only"))
    return _("a unit may change only an issue’s status, its rectification and the date "
             "it was rectified");
  return NULL;
}

static const GtDbQuery unit_query =
  GT_DB_QUERY ("roles-unit", "SELECT id FROM units WHERE name = ?1 AND deleted = 0 ORDER BY id");
static const GtDbQuery role_query =
  GT_DB_QUERY ("roles-role",
               "SELECT rolsuper, rolname IN ('guatu_office', 'guatu_units') "
               "FROM pg_roles WHERE rolname = ?1");
static const GtDbQuery map_query =
  GT_DB_QUERY ("roles-map",
               "INSERT INTO guatu_unit_roles (role, unit_id) VALUES (?1, ?2) "
               "ON CONFLICT DO NOTHING");
/* The role's name quoted by the server, as GRANT needs it. */
static const GtDbQuery member_query =
  GT_DB_QUERY ("roles-member", "SELECT format ('GRANT guatu_units TO %I', CAST (?1 AS text))");
static const GtDbQuery office_member_query =
  GT_DB_QUERY ("roles-office-member",
               "SELECT format ('GRANT guatu_office TO %I', CAST (?1 AS text))");
static const GtDbQuery count_query =
  GT_DB_QUERY ("roles-count",
               "SELECT (SELECT count (*) FROM projects WHERE deleted = 0 "
               "        AND (unit_id = ?1 OR locality_id = ?1)), "
               "  (SELECT count (*) FROM issues WHERE deleted = 0 AND unit_id = ?1)");

/* Runs @query with text @param; @found tells whether a row came, whose
 * columns are left in *@stmt_out for the caller, who resets it. */
static gboolean
query_text (GtDb             *db,
            const GtDbQuery  *query,
            const char       *param,
            GtDbStmt        **stmt_out,
            gboolean         *found,
            GError          **error)
{
  GtDbStmt *stmt = gt_db_prepare (db, query, error);
  GError *local = NULL;

  if (stmt == NULL)
    return FALSE;
  gt_db_stmt_bind_text (stmt, 1, param);
  *found = gt_db_stmt_next (stmt, &local);
  if (local != NULL)
    {
      gt_db_stmt_reset (stmt);
      g_propagate_error (error, local);
      return FALSE;
    }
  *stmt_out = stmt;
  return TRUE;
}

static gboolean
find_unit (GtDb        *db,
           const char  *name,
           gint64      *unit_id,
           GError     **error)
{
  GtDbStmt *stmt;
  GError *local = NULL;
  gboolean found;
  gboolean twice;

  if (!query_text (db, &unit_query, name, &stmt, &found, error))
    return FALSE;
  if (!found)
    {
      gt_db_stmt_reset (stmt);
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND,
                   _("No unit is named “%s” in the register"), name);
      return FALSE;
    }
  *unit_id = gt_db_stmt_get_int64 (stmt, 0);
  twice = gt_db_stmt_next (stmt, &local);
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (twice)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("Two units are named “%s”: give one of them another name first"), name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_role (GtDb        *db,
            const char  *role,
            GError     **error)
{
  GtDbStmt *stmt;
  gboolean found;
  gboolean super = FALSE;
  gboolean ours = FALSE;

  if (!query_text (db, &role_query, role, &stmt, &found, error))
    return FALSE;
  if (found)
    {
      super = gt_db_stmt_get_int64 (stmt, 0) != 0;
      ours = gt_db_stmt_get_int64 (stmt, 1) != 0;
    }
  gt_db_stmt_reset (stmt);
  if (!found)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND,
                   _("The server has no role “%s”: create it first (createuser %s)"),
                   role, role);
      return FALSE;
    }
  /* A superuser passes every policy: tying it to a unit would promise what
   * the server does not hold it to. */
  if (super || ours)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("“%s” cannot be a desk’s role: a superuser passes every rule, and "
                     "guatu_office and guatu_units are groups; choose a role of its own"),
                   role);
      return FALSE;
    }
  return TRUE;
}

/* Makes @role a member of the group that @query's GRANT names. */
static gboolean
grant_membership (GtDb             *db,
                  const GtDbQuery  *query,
                  const char       *role,
                  GError          **error)
{
  g_autofree char *grant = NULL;
  GtDbStmt *stmt;
  gboolean found;

  if (!query_text (db, query, role, &stmt, &found, error))
    return FALSE;
  grant = g_strdup (found ? gt_db_stmt_get_text (stmt, 0) : NULL);
  gt_db_stmt_reset (stmt);
  g_return_val_if_fail (grant != NULL, FALSE);
  return gt_pg_db_exec_script (db, grant, error);
}

static gboolean
map_role (GtDb        *db,
          const char  *role,
          gint64       unit_id,
          GError     **error)
{
  GtDbStmt *stmt = gt_db_prepare (db, &map_query, error);

  if (stmt == NULL)
    return FALSE;
  gt_db_stmt_bind_text (stmt, 1, role);
  gt_db_stmt_bind_int64 (stmt, 2, unit_id);
  if (!gt_db_stmt_run (stmt, error))
    return FALSE;
  return grant_membership (db, &member_query, role, error);
}

static gboolean
count_unit (GtDb            *db,
            GtPgRolesGrant  *grant,
            GError         **error)
{
  GtDbStmt *stmt = gt_db_prepare (db, &count_query, error);
  GError *local = NULL;

  if (stmt == NULL)
    return FALSE;
  gt_db_stmt_bind_int64 (stmt, 1, grant->unit_id);
  if (gt_db_stmt_next (stmt, &local))
    {
      grant->projects = (guint) gt_db_stmt_get_int64 (stmt, 0);
      grant->issues = (guint) gt_db_stmt_get_int64 (stmt, 1);
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

static const GtDbQuery set_up_query =
  GT_DB_QUERY ("roles-set-up", "SELECT to_regclass ('guatu_unit_roles') IS NOT NULL");

gboolean
gt_pg_roles_refresh (GtDb    *db,
                     GError **error)
{
  GtDbStmt *stmt;
  GError *local = NULL;
  gboolean set_up;

  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (gt_db_get_dialect (db) == GT_DB_DIALECT_POSTGRESQL, FALSE);

  stmt = gt_db_prepare (db, &set_up_query, error);
  if (stmt == NULL)
    return FALSE;
  set_up = gt_db_stmt_next (stmt, &local) && gt_db_stmt_get_int64 (stmt, 0) != 0;
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return !set_up || gt_pg_db_exec_script (db, setup_sql, error);
}

static const GtDbQuery desk_query =
  GT_DB_QUERY ("roles-desk",
               "SELECT CASE WHEN to_regrole ('guatu_units') IS NULL "
               "            OR to_regrole ('guatu_office') IS NULL THEN false "
               "       ELSE pg_has_role ('guatu_units', 'USAGE') "
               "            AND NOT pg_has_role ('guatu_office', 'USAGE') END");
static const GtDbQuery desk_units_query =
  GT_DB_QUERY ("roles-desk-units", "SELECT guatu_unit_ids () ORDER BY 1");

GtPgDesk
gt_pg_roles_get_desk (GtStore  *store,
                      GArray  **unit_ids,
                      GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtDb *db;
  GtDbStmt *stmt;
  GError *local = NULL;
  gboolean unit = FALSE;

  g_return_val_if_fail (GT_IS_STORE (store), GT_PG_DESK_OFFICE);

  if (unit_ids != NULL)
    *unit_ids = NULL;
  db = _gt_store_get_db (store);
  if (gt_db_get_dialect (db) == GT_DB_DIALECT_POSTGRESQL)
    {
      stmt = gt_db_prepare (db, &desk_query, error);
      if (stmt == NULL)
        return GT_PG_DESK_OFFICE;
      unit = gt_db_stmt_next (stmt, &local) && gt_db_stmt_get_int64 (stmt, 0) != 0;
      gt_db_stmt_reset (stmt);
    }
  if (unit && local == NULL)
    {
      stmt = gt_db_prepare (db, &desk_units_query, &local);
      while (stmt != NULL && gt_db_stmt_next (stmt, &local))
        {
          gint64 id = gt_db_stmt_get_int64 (stmt, 0);

          g_array_append_val (ids, id);
        }
      if (stmt != NULL)
        gt_db_stmt_reset (stmt);
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return GT_PG_DESK_OFFICE;
    }
  if (unit_ids != NULL)
    *unit_ids = g_steal_pointer (&ids);
  return unit ? GT_PG_DESK_UNIT : GT_PG_DESK_OFFICE;
}

static GtDb *
server_db (GtStore  *store,
           GError  **error)
{
  GtDb *db = _gt_store_get_db (store);

  if (gt_db_get_dialect (db) != GT_DB_DIALECT_POSTGRESQL)
    {
      g_set_error_literal (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                           _("Desks’ rights are kept by a server: give --database "
                             "postgresql://…"));
      return NULL;
    }
  return db;
}

gboolean
gt_pg_roles_grant_office (GtStore     *store,
                          const char  *role,
                          GError     **error)
{
  GtDb *db;

  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (role != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  db = server_db (store, error);
  if (db == NULL)
    return FALSE;
  if (!gt_db_begin (db, GT_DB_WRITE, error))
    return FALSE;
  if (!check_role (db, role, error) ||
      !gt_pg_db_exec_script (db, setup_sql, error) ||
      !grant_membership (db, &office_member_query, role, error) ||
      !gt_db_commit (db, error))
    {
      gt_db_rollback (db);
      return FALSE;
    }
  return TRUE;
}

gboolean
gt_pg_roles_grant_unit (GtStore         *store,
                        const char      *role,
                        const char      *unit_name,
                        GtPgRolesGrant  *grant,
                        GError         **error)
{
  GtPgRolesGrant local_grant = { 0 };
  GtDb *db;

  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (role != NULL && unit_name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (grant == NULL)
    grant = &local_grant;
  *grant = (GtPgRolesGrant) { 0 };

  db = server_db (store, error);
  if (db == NULL)
    return FALSE;

  /* All of it or none: DDL is transactional on PostgreSQL, roles too. */
  if (!gt_db_begin (db, GT_DB_WRITE, error))
    return FALSE;
  if (!check_role (db, role, error) ||
      !find_unit (db, unit_name, &grant->unit_id, error) ||
      !gt_pg_db_exec_script (db, setup_sql, error) ||
      !map_role (db, role, grant->unit_id, error) ||
      !count_unit (db, grant, error) ||
      !gt_db_commit (db, error))
    {
      gt_db_rollback (db);
      return FALSE;
    }
  return TRUE;
}
