/* gt-pg-schema.c: the register's tables on a PostgreSQL server.
 *
 * The same tables, columns and checks as the SQLite file at the same version
 * (gt-sqlite-schema.c), so that the same named queries run on both: ids are
 * bigint, filled from a sequence by a trigger when an insert leaves them NULL
 * (as SQLite's INTEGER PRIMARY KEY does); dates stay 'YYYY-MM-DD' text and
 * months 'YYYY-MM', money integer yuan, `deleted` 0 or 1.
 *
 * The change feed: every write to a row leaves (kind, id) in `changes`, with
 * the writing backend's pid (origin), and NOTIFY guatu_changes 'kind:id'. The
 * log's numbers are taken under the register's write lock (the advisory lock
 * gt-pg-db.c takes for every write), so that they are handed out in commit
 * order whoever writes: a desk, the command line, or psql.
 *
 * A new schema version is a step here and in gt-sqlite-schema.c together.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-pg-db.h"
#include "gt-pg-roles.h"
#include "gt-pg-schema.h"
#include "gt-store.h"

#define TABLE_IDS(table)                                                           \
  "CREATE SEQUENCE " table "_id_seq OWNED BY " table ".id;"                        \
  "CREATE TRIGGER " table "_id BEFORE INSERT ON " table                            \
  "  FOR EACH ROW EXECUTE FUNCTION guatu_fill_id ('" table "_id_seq');"
#define LOG_ROW(table, kind)                                                       \
  "CREATE TRIGGER " table "_logged AFTER INSERT OR UPDATE OR DELETE ON " table     \
  "  FOR EACH ROW EXECUTE FUNCTION guatu_log_row ('" kind "');"
#define LOG_PROJECT_PART(table)                                                    \
  "CREATE TRIGGER " table "_logged AFTER INSERT OR UPDATE OR DELETE ON " table     \
  "  FOR EACH ROW EXECUTE FUNCTION guatu_log_project_part ();"

/* Version 5, whole: the SQLite file's five steps in one. Later versions are
 * steps after it (migrations[] below), run on a new database too. */
static const char schema_sql[] =
  "CREATE TABLE guatu_schema (version integer NOT NULL);"
  "CREATE TABLE register_info (key text PRIMARY KEY, value text NOT NULL);"
  "INSERT INTO register_info (key, value)"
  "  VALUES ('id', md5 (random ()::text || clock_timestamp ()::text));"
  "INSERT INTO guatu_schema (version) VALUES (5);"
  "CREATE FUNCTION guatu_fill_id () RETURNS trigger LANGUAGE plpgsql AS $$"
  "BEGIN"
  "  IF NEW.id IS NULL THEN NEW.id := nextval (TG_ARGV[0]); END IF;"
  "  RETURN NEW;"
  "END $$;"
  "CREATE TABLE leaders ("
  "  id bigint PRIMARY KEY,"
  "  name text NOT NULL CHECK (name <> ''),"
  "  title text NOT NULL DEFAULT '',"
  "  phone text NOT NULL DEFAULT '',"
  "  deleted integer NOT NULL DEFAULT 0);"
  "CREATE TABLE units ("
  "  id bigint PRIMARY KEY,"
  "  name text NOT NULL CHECK (name <> ''),"
  "  kind text NOT NULL CHECK (kind IN ('township','department','park','company')),"
  "  contact text NOT NULL DEFAULT '',"
  "  phone text NOT NULL DEFAULT '',"
  "  deleted integer NOT NULL DEFAULT 0);"
  "CREATE TABLE projects ("
  "  id bigint PRIMARY KEY,"
  "  code text NOT NULL DEFAULT '',"
  "  name text NOT NULL CHECK (name <> ''),"
  "  owner text NOT NULL DEFAULT '',"
  "  content text NOT NULL DEFAULT '',"
  "  level text NOT NULL CHECK (level IN ('provincial','municipal','county')),"
  "  category text NOT NULL DEFAULT '',"
  "  stage text NOT NULL CHECK (stage IN ('planned','signed','preparing',"
  "                                       'under-construction','completed','operating')),"
  "  locality_id bigint REFERENCES units (id) ON DELETE RESTRICT,"
  "  unit_id bigint REFERENCES units (id) ON DELETE RESTRICT,"
  "  leader_id bigint REFERENCES leaders (id) ON DELETE RESTRICT,"
  "  total_investment bigint NOT NULL DEFAULT 0 CHECK (total_investment >= 0),"
  "  planned_start text, planned_end text, actual_start text, actual_end text,"
  "  notes text NOT NULL DEFAULT '',"
  "  deleted integer NOT NULL DEFAULT 0);"
  "CREATE TABLE annual_plans ("
  "  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  year integer NOT NULL,"
  "  amount bigint NOT NULL CHECK (amount >= 0),"
  "  PRIMARY KEY (project_id, year));"
  "CREATE TABLE milestones ("
  "  id bigint PRIMARY KEY,"
  "  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  name text NOT NULL CHECK (name <> ''),"
  "  position integer NOT NULL DEFAULT 0,"
  "  planned_start text, planned_end text, actual_start text, actual_end text,"
  "  percent integer NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100));"
  "CREATE TABLE monthly_reports ("
  "  id bigint PRIMARY KEY,"
  "  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  month text NOT NULL,"
  "  completed bigint NOT NULL DEFAULT 0 CHECK (completed >= 0),"
  "  progress_note text NOT NULL DEFAULT '',"
  "  percent integer NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),"
  "  problems text NOT NULL DEFAULT '',"
  "  UNIQUE (project_id, month));"
  "CREATE TABLE issues ("
  "  id bigint PRIMARY KEY,"
  "  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  description text NOT NULL CHECK (description <> ''),"
  "  category text NOT NULL,"
  "  status text NOT NULL CHECK (status IN ('raised','assigned','resolved','closed')),"
  "  raised_on text,"
  "  unit_id bigint REFERENCES units (id) ON DELETE RESTRICT,"
  "  leader_id bigint REFERENCES leaders (id) ON DELETE RESTRICT,"
  "  deadline text,"
  "  resolution text NOT NULL DEFAULT '',"
  "  resolved_on text,"
  "  closed_on text,"
  "  deleted integer NOT NULL DEFAULT 0);"
  TABLE_IDS ("leaders")
  TABLE_IDS ("units")
  TABLE_IDS ("projects")
  TABLE_IDS ("milestones")
  TABLE_IDS ("monthly_reports")
  TABLE_IDS ("issues")
  "CREATE INDEX projects_leader ON projects (leader_id);"
  "CREATE INDEX projects_unit ON projects (unit_id);"
  "CREATE INDEX projects_locality ON projects (locality_id);"
  "CREATE INDEX milestones_project ON milestones (project_id, position);"
  "CREATE INDEX monthly_reports_month ON monthly_reports (month, project_id, completed);"
  "CREATE INDEX issues_project ON issues (project_id);"
  "CREATE INDEX issues_unit ON issues (unit_id);"
  "CREATE INDEX issues_leader ON issues (leader_id);"
  "CREATE TABLE changes ("
  "  seq bigint PRIMARY KEY,"
  "  kind text NOT NULL,"
  "  row_id bigint NOT NULL,"
  "  origin integer NOT NULL DEFAULT pg_backend_pid (),"
  "  part text NOT NULL DEFAULT '',"
  "  desk text NOT NULL DEFAULT COALESCE (current_setting ('guatu.desk', true), ''),"
  "  at text DEFAULT to_char (now () AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'));"
  "CREATE INDEX changes_row ON changes (kind, row_id);"
  "CREATE FUNCTION guatu_log (k text, id bigint, p text) RETURNS void LANGUAGE plpgsql AS $$"
  "DECLARE s bigint;"
  "BEGIN"
  "  PERFORM pg_advisory_xact_lock (1196709169);"
  "  SELECT COALESCE (max (seq), 0) + 1 INTO s FROM changes;"
  "  INSERT INTO changes (seq, kind, row_id, part) VALUES (s, k, id, p);"
  "  IF s % 1000 = 0 THEN DELETE FROM changes WHERE seq <= s - 10000; END IF;"
  "  PERFORM pg_notify ('guatu_changes', k || ':' || id);"
  "END $$;"
  "CREATE FUNCTION guatu_log_row () RETURNS trigger LANGUAGE plpgsql AS $$"
  "BEGIN"
  "  IF TG_OP = 'DELETE' THEN PERFORM guatu_log (TG_ARGV[0], OLD.id, '');"
  "  ELSE PERFORM guatu_log (TG_ARGV[0], NEW.id, ''); END IF;"
  "  RETURN NULL;"
  "END $$;"
  "CREATE FUNCTION guatu_log_project_part () RETURNS trigger LANGUAGE plpgsql AS $$"
  "BEGIN"
  "  IF TG_OP <> 'DELETE' THEN PERFORM guatu_log ('project', NEW.project_id, TG_TABLE_NAME);"
  "  END IF;"
  "  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.project_id <> NEW.project_id) THEN"
  "    PERFORM guatu_log ('project', OLD.project_id, TG_TABLE_NAME);"
  "  END IF;"
  "  RETURN NULL;"
  "END $$;"
  LOG_ROW ("projects", "project")
  LOG_ROW ("leaders", "leader")
  LOG_ROW ("units", "unit")
  LOG_ROW ("issues", "issue")
  LOG_PROJECT_PART ("annual_plans")
  LOG_PROJECT_PART ("milestones")
  LOG_PROJECT_PART ("monthly_reports")
  /* The change history, as gt-sqlite-schema.c's version 5 keeps it; here one
   * function compares the rows as JSON, field by field. */
  "CREATE TABLE history ("
  "  id bigserial PRIMARY KEY,"
  "  at text NOT NULL,"
  "  desk text NOT NULL DEFAULT '',"
  "  source text NOT NULL DEFAULT '',"
  "  kind text NOT NULL,"
  "  project_id bigint,"
  "  row_id bigint NOT NULL,"
  "  month text,"
  "  field text NOT NULL,"
  "  old text,"
  "  new text);"
  "CREATE INDEX history_project ON history (project_id, id);"
  "CREATE INDEX history_at ON history (at);"
  "CREATE FUNCTION guatu_history_add (k text, p bigint, r bigint, m text, f text, o text,"
  "                                   n text) RETURNS void LANGUAGE sql AS $$"
  "  INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field, old, new)"
  "  VALUES (to_char (now () AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
  "          COALESCE (current_setting ('guatu.desk', true), ''),"
  "          COALESCE (current_setting ('guatu.source', true), ''), k, p, r, m, f, o, n)"
  "$$;"
  "CREATE FUNCTION guatu_history () RETURNS trigger LANGUAGE plpgsql AS $$"
  "DECLARE"
  "  k text := TG_ARGV[0]; o jsonb; n jsonb; x jsonb; f text; p bigint; r bigint; m text;"
  "BEGIN"
  "  IF TG_OP <> 'INSERT' THEN o := to_jsonb (OLD); END IF;"
  "  IF TG_OP <> 'DELETE' THEN n := to_jsonb (NEW); END IF;"
  "  x := COALESCE (n, o);"
  "  IF k = 'project' THEN p := (x->>'id')::bigint; r := p;"
  "  ELSIF k = 'plan' THEN p := (x->>'project_id')::bigint; r := p; m := x->>'year';"
  "  ELSE p := (x->>'project_id')::bigint; r := (x->>'id')::bigint;"
  "    IF k = 'report' THEN m := x->>'month'; END IF;"
  "  END IF;"
  "  IF TG_OP = 'INSERT' THEN"
  "    IF k = 'project' THEN PERFORM guatu_history_add (k, p, r, m, '', NULL, n->>'name');"
  "    ELSIF k = 'issue' THEN PERFORM guatu_history_add (k, p, r, m, '', NULL, n->>'description');"
  "    ELSIF k = 'plan' THEN PERFORM guatu_history_add (k, p, r, m, 'amount', NULL, n->>'amount');"
  "    ELSE"
  "      PERFORM guatu_history_add (k, p, r, m, 'completed', NULL, n->>'completed');"
  "      IF (n->>'percent')::integer <> 0 THEN"
  "        PERFORM guatu_history_add (k, p, r, m, 'percent', NULL, n->>'percent'); END IF;"
  "      IF n->>'progress_note' <> '' THEN"
  "        PERFORM guatu_history_add (k, p, r, m, 'progress_note', NULL, n->>'progress_note');"
  "      END IF;"
  "      IF n->>'problems' <> '' THEN"
  "        PERFORM guatu_history_add (k, p, r, m, 'problems', NULL, n->>'problems'); END IF;"
  "    END IF;"
  "  ELSIF TG_OP = 'UPDATE' THEN"
  "    FOR f IN SELECT jsonb_object_keys (n) LOOP"
  "      IF f <> 'id' AND o->f IS DISTINCT FROM n->f"
  "         AND NOT (k IN ('report', 'plan') AND f IN ('project_id', 'month', 'year')) THEN"
  "        PERFORM guatu_history_add (k, p, r, m, f, o->>f, n->>f);"
  "      END IF;"
  "    END LOOP;"
  "  ELSIF k = 'report' THEN PERFORM guatu_history_add (k, p, r, m, 'completed', o->>'completed', NULL);"
  "  ELSIF k = 'plan' THEN PERFORM guatu_history_add (k, p, r, m, 'amount', o->>'amount', NULL);"
  "  END IF;"
  "  RETURN NULL;"
  "END $$;"
  "CREATE TRIGGER projects_history AFTER INSERT OR UPDATE ON projects"
  "  FOR EACH ROW EXECUTE FUNCTION guatu_history ('project');"
  "CREATE TRIGGER issues_history AFTER INSERT OR UPDATE ON issues"
  "  FOR EACH ROW EXECUTE FUNCTION guatu_history ('issue');"
  "CREATE TRIGGER reports_history AFTER INSERT OR UPDATE OR DELETE ON monthly_reports"
  "  FOR EACH ROW EXECUTE FUNCTION guatu_history ('report');"
  "CREATE TRIGGER plans_history AFTER INSERT OR UPDATE OR DELETE ON annual_plans"
  "  FOR EACH ROW EXECUTE FUNCTION guatu_history ('plan');"
  /* Month sign-off, as in the file. */
  "CREATE TABLE month_closings ("
  "  id bigserial PRIMARY KEY,"
  "  month text NOT NULL,"
  "  action text NOT NULL CHECK (action IN ('close', 'reopen')),"
  "  at text NOT NULL,"
  "  desk text NOT NULL DEFAULT '',"
  "  reason text NOT NULL DEFAULT '');"
  "CREATE INDEX month_closings_month ON month_closings (month, id);"
  "CREATE FUNCTION guatu_month_closed (m text) RETURNS boolean LANGUAGE sql STABLE AS $$"
  "  SELECT COALESCE ((SELECT action = 'close' FROM month_closings WHERE month = m"
  "                    ORDER BY id DESC LIMIT 1), false)"
  "$$;"
  "CREATE FUNCTION guatu_refuse_closed () RETURNS trigger LANGUAGE plpgsql AS $$"
  "BEGIN"
  "  IF TG_OP <> 'INSERT' AND guatu_month_closed (OLD.month) THEN"
  "    RAISE EXCEPTION 'guatu-month-closed'; END IF;"
  "  IF TG_OP <> 'DELETE' AND guatu_month_closed (NEW.month) THEN"
  "    RAISE EXCEPTION 'guatu-month-closed'; END IF;"
  "  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;"
  "  RETURN NEW;"
  "END $$;"
  "CREATE TRIGGER reports_closed BEFORE INSERT OR UPDATE OR DELETE ON monthly_reports"
  "  FOR EACH ROW EXECUTE FUNCTION guatu_refuse_closed ();";

/* Version 6, as gt-sqlite-schema.c's (issue 17: approval formalities, 督办,
 * numbered documents, leaders' site visits). A row logged as the row its
 * column names (an escalation as its issue, a visited project as its visit),
 * with the table as the part; a NULL there (a document whose issue was
 * purged) logs nothing. The issues' history trigger compares every column,
 * so it takes the new ones as they are. */
#define LOG_PART(table, kind, column)                                              \
  "CREATE TRIGGER " table "_logged AFTER INSERT OR UPDATE OR DELETE ON " table     \
  "  FOR EACH ROW EXECUTE FUNCTION guatu_log_part ('" kind "', '" column "');"

static const char migration_6[] =
  "CREATE FUNCTION guatu_log_part () RETURNS trigger LANGUAGE plpgsql AS $$"
  "DECLARE k text := TG_ARGV[0]; c text := TG_ARGV[1]; o bigint; n bigint;"
  "BEGIN"
  "  IF TG_OP <> 'INSERT' THEN o := (to_jsonb (OLD)->>c)::bigint; END IF;"
  "  IF TG_OP <> 'DELETE' THEN n := (to_jsonb (NEW)->>c)::bigint; END IF;"
  "  IF n IS NOT NULL THEN PERFORM guatu_log (k, n, TG_TABLE_NAME); END IF;"
  "  IF o IS NOT NULL AND o IS DISTINCT FROM n THEN"
  "    PERFORM guatu_log (k, o, TG_TABLE_NAME); END IF;"
  "  RETURN NULL;"
  "END $$;"
  "CREATE TABLE formalities ("
  "  id bigint PRIMARY KEY,"
  "  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  position integer NOT NULL DEFAULT 0,"
  "  kind text NOT NULL CHECK (kind <> ''),"
  "  approver_unit_id bigint REFERENCES units (id) ON DELETE RESTRICT,"
  "  limit_days integer NOT NULL DEFAULT 0 CHECK (limit_days >= 0),"
  "  planned_on text, actual_on text,"
  "  state text NOT NULL DEFAULT 'todo'"
  "    CHECK (state IN ('todo','doing','done','not_needed')),"
  "  note text NOT NULL DEFAULT '');"
  TABLE_IDS ("formalities")
  "CREATE INDEX formalities_project ON formalities (project_id, position);"
  "CREATE INDEX formalities_approver ON formalities (approver_unit_id, planned_on);"
  LOG_PROJECT_PART ("formalities")
  "CREATE TABLE visits ("
  "  id bigint PRIMARY KEY,"
  "  leader_id bigint NOT NULL REFERENCES leaders (id) ON DELETE RESTRICT,"
  "  visited_on text NOT NULL,"
  "  kind text NOT NULL CHECK (kind IN ('survey','on_site')),"
  "  decisions text NOT NULL DEFAULT '',"
  "  deleted integer NOT NULL DEFAULT 0);"
  TABLE_IDS ("visits")
  "CREATE INDEX visits_leader ON visits (leader_id, visited_on);"
  LOG_ROW ("visits", "visit")
  "CREATE TABLE visit_projects ("
  "  visit_id bigint NOT NULL REFERENCES visits (id) ON DELETE CASCADE,"
  "  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (visit_id, project_id));"
  "CREATE INDEX visit_projects_project ON visit_projects (project_id);"
  LOG_PART ("visit_projects", "visit", "visit_id")
  "ALTER TABLE issues ADD COLUMN escalation_level integer NOT NULL DEFAULT 0"
  "  CHECK (escalation_level BETWEEN 0 AND 3);"
  "ALTER TABLE issues ADD COLUMN visit_id bigint REFERENCES visits (id) ON DELETE SET NULL;"
  "CREATE INDEX issues_visit ON issues (visit_id);"
  "CREATE TABLE issue_escalations ("
  "  id bigint PRIMARY KEY,"
  "  issue_id bigint NOT NULL REFERENCES issues (id) ON DELETE CASCADE,"
  "  level integer NOT NULL CHECK (level BETWEEN 0 AND 3),"
  "  escalated_on text NOT NULL,"
  "  note text NOT NULL DEFAULT '',"
  "  source text NOT NULL DEFAULT '');"
  TABLE_IDS ("issue_escalations")
  "CREATE INDEX issue_escalations_issue ON issue_escalations (issue_id, id);"
  LOG_PART ("issue_escalations", "issue", "issue_id")
  "CREATE TABLE issue_documents ("
  "  id bigint PRIMARY KEY,"
  "  issue_id bigint REFERENCES issues (id) ON DELETE SET NULL,"
  "  kind text NOT NULL CHECK (kind IN ('assign','supervise')),"
  "  year integer NOT NULL,"
  "  number integer NOT NULL CHECK (number > 0),"
  "  issued_on text NOT NULL,"
  "  UNIQUE (kind, year, number));"
  TABLE_IDS ("issue_documents")
  "CREATE INDEX issue_documents_issue ON issue_documents (issue_id);"
  LOG_PART ("issue_documents", "issue", "issue_id");

/* Version 7, as gt-sqlite-schema.c's: a new month's figures are one history
 * entry (field '', the completed amount as new), and the history costs a
 * fraction of what it did (issue 16: writing a 5,000-project register to a
 * server took minutes, three quarters of them in guatu_history(), which
 * turned both rows into JSON and called guatu_history_add() once a field).
 * Now one function a table names its columns, compares them directly and
 * writes all of a row's changed fields in one INSERT, with the time, desk and
 * source read once; and an update trigger fires only when a field it records
 * changed. A column added to projects or issues later must be added to its
 * function here (the file's triggers name them too). */
#define HISTORY_WHO                                                                \
  "to_char (now () AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "         \
  "COALESCE (current_setting ('guatu.desk', true), ''), "                          \
  "COALESCE (current_setting ('guatu.source', true), '')"
#define FIELD(name) "('" name "', OLD." name "::text, NEW." name "::text)"
/* The fields of @values that differ, one row each, in the order listed. */
#define CHANGED_FIELDS(kind, project, month, values)                                \
  "    INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field,"  \
  "                         old, new)"                                               \
  "    SELECT " HISTORY_WHO ", '" kind "', " project ", NEW.id, " month ", c.f, c.o, c.n" \
  "    FROM (VALUES " values ") AS c (f, o, n) WHERE c.o IS DISTINCT FROM c.n;"

/* Written to run again over itself (IF EXISTS, OR REPLACE): a register
 * taken back to an older version by hand, as the tests do, migrates again. */
static const char migration_7[] =
  "DROP TRIGGER IF EXISTS projects_history ON projects;"
  "DROP TRIGGER IF EXISTS projects_history_new ON projects;"
  "DROP TRIGGER IF EXISTS issues_history ON issues;"
  "DROP TRIGGER IF EXISTS issues_history_new ON issues;"
  "DROP TRIGGER IF EXISTS reports_history ON monthly_reports;"
  "DROP TRIGGER IF EXISTS reports_history_new ON monthly_reports;"
  "DROP TRIGGER IF EXISTS plans_history ON annual_plans;"
  "DROP TRIGGER IF EXISTS plans_history_new ON annual_plans;"
  "DROP FUNCTION IF EXISTS guatu_history ();"
  "DROP FUNCTION IF EXISTS guatu_history_add (text, bigint, bigint, text, text, text, text);"
  "CREATE OR REPLACE FUNCTION guatu_history_projects () RETURNS trigger LANGUAGE plpgsql AS $$"
  "BEGIN"
  "  IF TG_OP = 'INSERT' THEN"
  "    INSERT INTO history (at, desk, source, kind, project_id, row_id, field, new)"
  "    VALUES (" HISTORY_WHO ", 'project', NEW.id, NEW.id, '', NEW.name);"
  "  ELSE"
  CHANGED_FIELDS ("project", "NEW.id", "NULL",
                  FIELD ("code") "," FIELD ("name") "," FIELD ("owner") ","
                  FIELD ("content") "," FIELD ("level") "," FIELD ("category") ","
                  FIELD ("stage") "," FIELD ("locality_id") "," FIELD ("unit_id") ","
                  FIELD ("leader_id") "," FIELD ("total_investment") ","
                  FIELD ("planned_start") "," FIELD ("planned_end") ","
                  FIELD ("actual_start") "," FIELD ("actual_end") "," FIELD ("notes") ","
                  FIELD ("deleted"))
  "  END IF;"
  "  RETURN NULL;"
  "END $$;"
  "CREATE OR REPLACE FUNCTION guatu_history_issues () RETURNS trigger LANGUAGE plpgsql AS $$"
  "BEGIN"
  "  IF TG_OP = 'INSERT' THEN"
  "    INSERT INTO history (at, desk, source, kind, project_id, row_id, field, new)"
  "    VALUES (" HISTORY_WHO ", 'issue', NEW.project_id, NEW.id, '', NEW.description);"
  "  ELSE"
  CHANGED_FIELDS ("issue", "NEW.project_id", "NULL",
                  FIELD ("project_id") "," FIELD ("description") "," FIELD ("category") ","
                  FIELD ("status") "," FIELD ("raised_on") "," FIELD ("unit_id") ","
                  FIELD ("leader_id") "," FIELD ("deadline") "," FIELD ("resolution") ","
                  FIELD ("resolved_on") "," FIELD ("closed_on") "," FIELD ("deleted") ","
                  FIELD ("escalation_level") "," FIELD ("visit_id"))
  "  END IF;"
  "  RETURN NULL;"
  "END $$;"
  "CREATE OR REPLACE FUNCTION guatu_history_reports () RETURNS trigger LANGUAGE plpgsql AS $$"
  "BEGIN"
  "  IF TG_OP = 'INSERT' THEN"
  "    INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field, new)"
  "    VALUES (" HISTORY_WHO ", 'report', NEW.project_id, NEW.id, NEW.month, '',"
  "            NEW.completed::text);"
  "  ELSIF TG_OP = 'UPDATE' THEN"
  CHANGED_FIELDS ("report", "NEW.project_id", "NEW.month",
                  FIELD ("completed") "," FIELD ("percent") "," FIELD ("progress_note") ","
                  FIELD ("problems"))
  "  ELSE"
  "    INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field, old)"
  "    VALUES (" HISTORY_WHO ", 'report', OLD.project_id, OLD.id, OLD.month, 'completed',"
  "            OLD.completed::text);"
  "  END IF;"
  "  RETURN NULL;"
  "END $$;"
  /* OLD is NULL in an insert, NEW in a delete. */
  "CREATE OR REPLACE FUNCTION guatu_history_plans () RETURNS trigger LANGUAGE plpgsql AS $$"
  "BEGIN"
  "  INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field, old, new)"
  "  VALUES (" HISTORY_WHO ", 'plan', COALESCE (NEW.project_id, OLD.project_id),"
  "          COALESCE (NEW.project_id, OLD.project_id), COALESCE (NEW.year, OLD.year)::text,"
  "          'amount', OLD.amount::text, NEW.amount::text);"
  "  RETURN NULL;"
  "END $$;"
  "CREATE TRIGGER projects_history_new AFTER INSERT ON projects"
  "  FOR EACH ROW EXECUTE FUNCTION guatu_history_projects ();"
  "CREATE TRIGGER projects_history AFTER UPDATE ON projects"
  "  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*)"
  "  EXECUTE FUNCTION guatu_history_projects ();"
  "CREATE TRIGGER issues_history_new AFTER INSERT ON issues"
  "  FOR EACH ROW EXECUTE FUNCTION guatu_history_issues ();"
  "CREATE TRIGGER issues_history AFTER UPDATE ON issues"
  "  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*)"
  "  EXECUTE FUNCTION guatu_history_issues ();"
  "CREATE TRIGGER reports_history_new AFTER INSERT OR DELETE ON monthly_reports"
  "  FOR EACH ROW EXECUTE FUNCTION guatu_history_reports ();"
  "CREATE TRIGGER reports_history AFTER UPDATE ON monthly_reports"
  "  FOR EACH ROW WHEN ((OLD.completed, OLD.percent, OLD.progress_note, OLD.problems)"
  "                     IS DISTINCT FROM"
  "                     (NEW.completed, NEW.percent, NEW.progress_note, NEW.problems))"
  "  EXECUTE FUNCTION guatu_history_reports ();"
  "CREATE TRIGGER plans_history_new AFTER INSERT OR DELETE ON annual_plans"
  "  FOR EACH ROW EXECUTE FUNCTION guatu_history_plans ();"
  "CREATE TRIGGER plans_history AFTER UPDATE ON annual_plans"
  "  FOR EACH ROW WHEN (OLD.amount IS DISTINCT FROM NEW.amount)"
  "  EXECUTE FUNCTION guatu_history_plans ();"
  /* The change log's pruning, every thousandth entry, deletes only the
   * thousand entries that have aged out since the last: deleting all below
   * the window made each prune walk the index over every entry deleted
   * before in the same transaction (dead, not yet vacuumed), so that writing
   * the 5,000-project demo (400,000 entries in one transaction) spent 15 s
   * of the server's time there. The seqs are dense (taken under the lock,
   * rolled back with their rows), so the last prune took all below; a whole
   * prune every 100,000th entry keeps that true whatever else wrote. */
  "CREATE OR REPLACE FUNCTION guatu_log (k text, id bigint, p text) RETURNS void"
  "  LANGUAGE plpgsql AS $$"
  "DECLARE s bigint;"
  "BEGIN"
  "  PERFORM pg_advisory_xact_lock (1196709169);"
  "  SELECT COALESCE (max (seq), 0) + 1 INTO s FROM changes;"
  "  INSERT INTO changes (seq, kind, row_id, part) VALUES (s, k, id, p);"
  "  IF s % 100000 = 0 THEN DELETE FROM changes WHERE seq <= s - 10000;"
  "  ELSIF s % 1000 = 0 THEN"
  "    DELETE FROM changes WHERE seq > s - 11000 AND seq <= s - 10000;"
  "  END IF;"
  "  PERFORM pg_notify ('guatu_changes', k || ':' || id);"
  "END $$;";

/* migrations[i] takes a register from version 5 + i to 6 + i. */
static const char * const migrations[] = {
  migration_6,
  migration_7,
};

G_STATIC_ASSERT (5 + G_N_ELEMENTS (migrations) == GT_STORE_SCHEMA_VERSION);

/* From the catalogue, not information_schema, which hides the tables a role
 * has no rights on: a desk not granted anything yet must see the register is
 * there, not try to make one. */
static const GtDbQuery tables_query =
  GT_DB_QUERY ("schema-tables",
               "SELECT count (*) FILTER (WHERE relname = 'guatu_schema'), count (*) "
               "FROM pg_class WHERE relnamespace = current_schema ()::regnamespace "
               "AND relkind IN ('r', 'p', 'v')");
static const GtDbQuery version_query =
  GT_DB_QUERY ("schema-version", "SELECT max (version) FROM guatu_schema");

static gboolean
query_two (GtDb             *db,
           const GtDbQuery  *query,
           gint64           *first,
           gint64           *second,
           GError          **error)
{
  GtDbStmt *stmt = gt_db_prepare (db, query, error);
  GError *local = NULL;

  if (stmt == NULL)
    return FALSE;
  *first = *second = 0;
  if (gt_db_stmt_next (stmt, &local))
    {
      *first = gt_db_stmt_get_int64 (stmt, 0);
      if (gt_db_stmt_n_columns (stmt) > 1)
        *second = gt_db_stmt_get_int64 (stmt, 1);
    }
  gt_db_stmt_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

static const GtDbQuery set_version_query =
  GT_DB_QUERY ("schema-set-version", "UPDATE guatu_schema SET version = ?1");

/* Inside the write transaction: from @version to this build's, each step and
 * the rights of the desks on what it made, all or nothing. Only the tables'
 * owner may change them: a desk of the office or of a unit that opens the
 * register first is told to let the owner open it. */
static gboolean
migrate (GtDb     *db,
         gint64    version,
         GError  **error)
{
  GtDbStmt *stmt;

  for (gint64 v = MAX (version, 5); v < GT_STORE_SCHEMA_VERSION; v++)
    if (!gt_pg_db_exec_script (db, migrations[v - 5], error))
      {
        g_prefix_error (error, _("the register must be updated to this version of Guatu "
                                 "by the database’s owner: "));
        return FALSE;
      }
  stmt = gt_db_prepare (db, &set_version_query, error);
  if (stmt == NULL)
    return FALSE;
  gt_db_stmt_bind_int64 (stmt, 1, GT_STORE_SCHEMA_VERSION);
  return gt_db_stmt_run (stmt, error) && gt_pg_roles_refresh (db, error);
}

gboolean
gt_pg_schema_ensure (GtDb    *db,
                     GError **error)
{
  const char *where = gt_db_get_location (db);
  gint64 ours, tables, version, unused;

  /* Under the write lock: two desks connecting to a new database at once make
   * one schema between them, and two desks of a newer build migrate it once. */
  if (!gt_db_begin (db, GT_DB_WRITE, error))
    goto failed;
  if (!query_two (db, &tables_query, &ours, &tables, error))
    goto failed;

  if (ours == 0 && tables > 0)
    {
      gt_db_rollback (db);
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_A_DATABASE,
                   _("Could not open “%s”: the database holds another program’s tables, "
                     "not a Guatu register."), where);
      return FALSE;
    }
  if (ours == 0)
    {
      if (!gt_pg_db_exec_script (db, schema_sql, error))
        goto failed;
      version = 5;
    }
  else if (!query_two (db, &version_query, &version, &unused, error))
    goto failed;

  if (version > GT_STORE_SCHEMA_VERSION)
    {
      gt_db_rollback (db);
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_TOO_NEW,
                   _("Could not open “%s”: it was saved by a newer version of Guatu. "
                     "Update Guatu to open it."), where);
      return FALSE;
    }
  /* Versions before 5 never existed on a server. */
  if (version == GT_STORE_SCHEMA_VERSION)
    {
      gt_db_rollback (db);
      return TRUE;
    }
  if (!migrate (db, version, error) || !gt_db_commit (db, error))
    goto failed;
  return TRUE;

failed:
  gt_db_rollback (db);
  g_prefix_error (error, _("Could not open “%s”: "), where);
  return FALSE;
}
