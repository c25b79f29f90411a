/* gt-sqlite-schema.c: the SQLite schema, as a list of migrations.
 *
 * A migration is never edited once released: a file written by version N of the
 * schema is brought to N+1 by exactly the SQL below, so that an office's file of
 * any age opens. Add a step at the end and raise GT_STORE_SCHEMA_VERSION.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-store.h"
#include "gt-sqlite-db.h"
#include "gt-store-internal.h"
#include "gt-sqlite-schema.h"

/* Version 1: the first schema. Money is integer yuan; dates ISO text; months
 * 'YYYY-MM'; enumerations their stable ids (gt-enums.c). */
static const char migration_1[] =
  "CREATE TABLE leaders ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  title TEXT NOT NULL DEFAULT '',"
  "  phone TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE units ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  kind TEXT NOT NULL CHECK (kind IN ('township','department','park','company')),"
  "  contact TEXT NOT NULL DEFAULT '',"
  "  phone TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE projects ("
  "  id INTEGER PRIMARY KEY,"
  "  code TEXT NOT NULL DEFAULT '',"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  owner TEXT NOT NULL DEFAULT '',"
  "  content TEXT NOT NULL DEFAULT '',"
  "  level TEXT NOT NULL CHECK (level IN ('provincial','municipal','county')),"
  "  category TEXT NOT NULL DEFAULT '',"
  "  stage TEXT NOT NULL CHECK (stage IN ('planned','signed','preparing',"
  "                                       'under-construction','completed','operating')),"
  "  locality_id INTEGER REFERENCES units (id) ON DELETE RESTRICT,"
  "  unit_id INTEGER REFERENCES units (id) ON DELETE RESTRICT,"
  "  leader_id INTEGER REFERENCES leaders (id) ON DELETE RESTRICT,"
  "  total_investment INTEGER NOT NULL DEFAULT 0 CHECK (total_investment >= 0),"
  "  planned_start TEXT, planned_end TEXT, actual_start TEXT, actual_end TEXT,"
  "  notes TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE annual_plans ("
  "  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  year INTEGER NOT NULL,"
  "  amount INTEGER NOT NULL CHECK (amount >= 0),"
  "  PRIMARY KEY (project_id, year));"
  "CREATE TABLE milestones ("
  "  id INTEGER PRIMARY KEY,"
  "  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  planned_start TEXT, planned_end TEXT, actual_start TEXT, actual_end TEXT,"
  "  percent INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100));"
  "CREATE TABLE monthly_reports ("
  "  id INTEGER PRIMARY KEY,"
  "  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  month TEXT NOT NULL,"
  "  completed INTEGER NOT NULL DEFAULT 0 CHECK (completed >= 0),"
  "  progress_note TEXT NOT NULL DEFAULT '',"
  "  percent INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),"
  "  problems TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (project_id, month));"
  "CREATE TABLE issues ("
  "  id INTEGER PRIMARY KEY,"
  "  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  description TEXT NOT NULL CHECK (description <> ''),"
  "  category TEXT NOT NULL,"
  "  status TEXT NOT NULL CHECK (status IN ('raised','assigned','resolved','closed')),"
  "  raised_on TEXT,"
  "  unit_id INTEGER REFERENCES units (id) ON DELETE RESTRICT,"
  "  leader_id INTEGER REFERENCES leaders (id) ON DELETE RESTRICT,"
  "  deadline TEXT,"
  "  resolution TEXT NOT NULL DEFAULT '',"
  "  resolved_on TEXT,"
  "  closed_on TEXT);";

/* Version 2: soft deletion, so that undo brings back exactly what was deleted
 * (rows are purged on a later start), and the indexes that the views' queries
 * and the cascades need. */
static const char migration_2[] =
  "ALTER TABLE leaders ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE units ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE projects ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE issues ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;"
  "CREATE INDEX projects_leader ON projects (leader_id);"
  "CREATE INDEX projects_unit ON projects (unit_id);"
  "CREATE INDEX projects_locality ON projects (locality_id);"
  "CREATE INDEX milestones_project ON milestones (project_id, position);"
  "CREATE INDEX monthly_reports_month ON monthly_reports (month);"
  "CREATE INDEX issues_project ON issues (project_id);"
  "CREATE INDEX issues_unit ON issues (unit_id);"
  "CREATE INDEX issues_leader ON issues (leader_id);";

/* Version 3: the year's completed amount per project, summed at every start,
 * read from the month index alone instead of from a row of the table for each
 * report (a fifth of the time at 60,000 reports). */
static const char migration_3[] =
  "DROP INDEX monthly_reports_month;"
  "CREATE INDEX monthly_reports_month ON monthly_reports (month, project_id, completed);";

/* Version 4: the change feed. Every write to a listed row, or to what hangs off
 * a project (its plans, milestones and reports: kind 'project'), leaves its kind
 * and id in `changes`, whoever writes it (another window, the command line, a
 * script), so that an open window reloads just those rows (gt-store-refresh.c).
 * AUTOINCREMENT: seq never goes back, so a reader that saw seq N knows that
 * every later change has a higher one; a rolled-back write takes its seqs with
 * it, so the only holes are from pruning, which a reader takes as "reload all".
 * The writer prunes every thousandth entry to keep the newest 10,000 or so. A
 * server backend would send the same (kind, id) pairs by NOTIFY. */
#define LOG_ROW(table, kind)                                                       \
  "CREATE TRIGGER " table "_inserted AFTER INSERT ON " table " BEGIN "           \
  "  INSERT INTO changes (kind, row_id) VALUES ('" kind "', NEW.id); END;"       \
  "CREATE TRIGGER " table "_updated AFTER UPDATE ON " table " BEGIN "            \
  "  INSERT INTO changes (kind, row_id) VALUES ('" kind "', NEW.id); END;"       \
  "CREATE TRIGGER " table "_deleted AFTER DELETE ON " table " BEGIN "            \
  "  INSERT INTO changes (kind, row_id) VALUES ('" kind "', OLD.id); END;"
/* A row moved to another project changes both. */
#define LOG_PROJECT_PART(table)                                                    \
  "CREATE TRIGGER " table "_inserted AFTER INSERT ON " table " BEGIN "           \
  "  INSERT INTO changes (kind, row_id) VALUES ('project', NEW.project_id); END;" \
  "CREATE TRIGGER " table "_updated AFTER UPDATE ON " table " BEGIN "            \
  "  INSERT INTO changes (kind, row_id) VALUES ('project', NEW.project_id);"     \
  "  INSERT INTO changes (kind, row_id) SELECT 'project', OLD.project_id"        \
  "    WHERE OLD.project_id <> NEW.project_id; END;"                             \
  "CREATE TRIGGER " table "_deleted AFTER DELETE ON " table " BEGIN "            \
  "  INSERT INTO changes (kind, row_id) VALUES ('project', OLD.project_id); END;"

static const char migration_4[] =
  "CREATE TABLE changes ("
  "  seq INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  kind TEXT NOT NULL,"
  "  row_id INTEGER NOT NULL);"
  LOG_ROW ("projects", "project")
  LOG_ROW ("leaders", "leader")
  LOG_ROW ("units", "unit")
  LOG_ROW ("issues", "issue")
  LOG_PROJECT_PART ("annual_plans")
  LOG_PROJECT_PART ("milestones")
  LOG_PROJECT_PART ("monthly_reports")
  "CREATE TRIGGER changes_pruned AFTER INSERT ON changes WHEN NEW.seq % 1000 = 0 BEGIN "
  "  DELETE FROM changes WHERE seq <= NEW.seq - 10000; END;";

/* Version 5: who changed a row and when, so that a desk whose save meets
 * another's newer change can say whose it was. The store writes its desk's
 * name into `writer` when it takes the write lock and empties it before the
 * commit (writers follow one another under the lock, so the row is always the
 * current writer's; another program's writes log ''). `part` says what of a
 * project changed: '' the row itself, else the table of its plans,
 * milestones or reports, so that a unit filing figures does not stop the
 * office from renaming the project. */
#define STAMP "(SELECT desk FROM writer), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
#define RELOG_ROW(table, kind)                                                     \
  "DROP TRIGGER " table "_inserted; DROP TRIGGER " table "_updated;"              \
  "DROP TRIGGER " table "_deleted;"                                               \
  "CREATE TRIGGER " table "_inserted AFTER INSERT ON " table " BEGIN "           \
  "  INSERT INTO changes (kind, row_id, desk, at) VALUES ('" kind "', NEW.id, "  \
  STAMP "); END;"                                                                 \
  "CREATE TRIGGER " table "_updated AFTER UPDATE ON " table " BEGIN "            \
  "  INSERT INTO changes (kind, row_id, desk, at) VALUES ('" kind "', NEW.id, "  \
  STAMP "); END;"                                                                 \
  "CREATE TRIGGER " table "_deleted AFTER DELETE ON " table " BEGIN "            \
  "  INSERT INTO changes (kind, row_id, desk, at) VALUES ('" kind "', OLD.id, "  \
  STAMP "); END;"
#define RELOG_PROJECT_PART(table)                                                  \
  "DROP TRIGGER " table "_inserted; DROP TRIGGER " table "_updated;"              \
  "DROP TRIGGER " table "_deleted;"                                               \
  "CREATE TRIGGER " table "_inserted AFTER INSERT ON " table " BEGIN "           \
  "  INSERT INTO changes (kind, row_id, part, desk, at) "                         \
  "  VALUES ('project', NEW.project_id, '" table "', " STAMP "); END;"            \
  "CREATE TRIGGER " table "_updated AFTER UPDATE ON " table " BEGIN "            \
  "  INSERT INTO changes (kind, row_id, part, desk, at) "                         \
  "  VALUES ('project', NEW.project_id, '" table "', " STAMP ");"                 \
  "  INSERT INTO changes (kind, row_id, part, desk, at) "                         \
  "  SELECT 'project', OLD.project_id, '" table "', " STAMP                       \
  "    WHERE OLD.project_id <> NEW.project_id; END;"                             \
  "CREATE TRIGGER " table "_deleted AFTER DELETE ON " table " BEGIN "            \
  "  INSERT INTO changes (kind, row_id, part, desk, at) "                         \
  "  VALUES ('project', OLD.project_id, '" table "', " STAMP "); END;"

/* The change history (变更记录): every field of a project, an issue, a plan
 * or a month's figures that changes, old and new, with when, which desk and
 * from what (typed, an import, a unit's return, undo: writer.source), written
 * by triggers so that no writer escapes it. A new project or issue is one
 * entry (field ''); a new month's figures one per filled field. */
#define HISTORY_STAMP                                                              \
  "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), (SELECT desk FROM writer), "            \
  "(SELECT source FROM writer), "
#define HISTORY(kind, project, month, field)                                       \
  "INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field, "   \
  "  old, new) SELECT " HISTORY_STAMP "'" kind "', " project ", NEW.id, " month       \
  ", '" field "', OLD." field ", NEW." field " WHERE OLD." field " IS NOT NEW." field ";"
#define PROJECT_FIELD(field) HISTORY ("project", "NEW.id", "NULL", field)
#define ISSUE_FIELD(field) HISTORY ("issue", "NEW.project_id", "NULL", field)
#define REPORT_FIELD(field) HISTORY ("report", "NEW.project_id", "NEW.month", field)
#define REPORT_NEW_FIELD(field, filled)                                            \
  "INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field, "   \
  "  old, new) SELECT " HISTORY_STAMP "'report', NEW.project_id, NEW.id, NEW.month, '" \
  field "', NULL, NEW." field " WHERE " filled ";"

/* Month sign-off: a month closed by its last entry here takes no change
 * of its figures, from any writer, until an entry reopens it with a reason. */
#define REFUSE_CLOSED(row)                                                         \
  "SELECT RAISE (ABORT, 'guatu-month-closed') WHERE (SELECT action FROM "          \
  "month_closings WHERE month = " row ".month ORDER BY id DESC LIMIT 1) = 'close';"

static const char migration_5[] =
  /* The register's identity, made once: a unit's return names the register
   * its template came from, whatever the file is called or copied to. */
  "CREATE TABLE register_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
  "INSERT INTO register_info (key, value) VALUES ('id', lower (hex (randomblob (16))));"
  "CREATE TABLE writer ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  desk TEXT NOT NULL DEFAULT '',"
  "  source TEXT NOT NULL DEFAULT '');"
  "INSERT INTO writer (id, desk) VALUES (1, '');"
  "CREATE TABLE history ("
  "  id INTEGER PRIMARY KEY,"
  "  at TEXT NOT NULL,"
  "  desk TEXT NOT NULL DEFAULT '',"
  "  source TEXT NOT NULL DEFAULT '',"
  "  kind TEXT NOT NULL,"
  "  project_id INTEGER,"
  "  row_id INTEGER NOT NULL,"
  "  month TEXT,"
  "  field TEXT NOT NULL,"
  "  old TEXT,"
  "  new TEXT);"
  "CREATE INDEX history_project ON history (project_id, id);"
  "CREATE TRIGGER projects_history_new AFTER INSERT ON projects BEGIN "
  "  INSERT INTO history (at, desk, source, kind, project_id, row_id, field, new) "
  "  VALUES (" HISTORY_STAMP "'project', NEW.id, NEW.id, '', NEW.name); END;"
  "CREATE TRIGGER projects_history AFTER UPDATE ON projects BEGIN "
  PROJECT_FIELD ("code") PROJECT_FIELD ("name") PROJECT_FIELD ("owner")
  PROJECT_FIELD ("content") PROJECT_FIELD ("level") PROJECT_FIELD ("category")
  PROJECT_FIELD ("stage") PROJECT_FIELD ("locality_id") PROJECT_FIELD ("unit_id")
  PROJECT_FIELD ("leader_id") PROJECT_FIELD ("total_investment")
  PROJECT_FIELD ("planned_start") PROJECT_FIELD ("planned_end")
  PROJECT_FIELD ("actual_start") PROJECT_FIELD ("actual_end") PROJECT_FIELD ("notes")
  PROJECT_FIELD ("deleted") "END;"
  "CREATE TRIGGER issues_history_new AFTER INSERT ON issues BEGIN "
  "  INSERT INTO history (at, desk, source, kind, project_id, row_id, field, new) "
  "  VALUES (" HISTORY_STAMP "'issue', NEW.project_id, NEW.id, '', NEW.description); END;"
  "CREATE TRIGGER issues_history AFTER UPDATE ON issues BEGIN "
  ISSUE_FIELD ("project_id") ISSUE_FIELD ("description") ISSUE_FIELD ("category")
  ISSUE_FIELD ("status") ISSUE_FIELD ("raised_on") ISSUE_FIELD ("unit_id")
  ISSUE_FIELD ("leader_id") ISSUE_FIELD ("deadline") ISSUE_FIELD ("resolution")
  ISSUE_FIELD ("resolved_on") ISSUE_FIELD ("closed_on") ISSUE_FIELD ("deleted") "END;"
  "CREATE TRIGGER reports_history_new AFTER INSERT ON monthly_reports BEGIN "
  REPORT_NEW_FIELD ("completed", "1") REPORT_NEW_FIELD ("percent", "NEW.percent <> 0")
  REPORT_NEW_FIELD ("progress_note", "NEW.progress_note <> ''")
  REPORT_NEW_FIELD ("problems", "NEW.problems <> ''") "END;"
  "CREATE TRIGGER reports_history AFTER UPDATE ON monthly_reports BEGIN "
  REPORT_FIELD ("completed") REPORT_FIELD ("percent") REPORT_FIELD ("progress_note")
  REPORT_FIELD ("problems") "END;"
  "CREATE TRIGGER reports_history_gone AFTER DELETE ON monthly_reports BEGIN "
  "  INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field, old) "
  "  VALUES (" HISTORY_STAMP "'report', OLD.project_id, OLD.id, OLD.month, 'completed', "
  "  OLD.completed); END;"
  "CREATE TRIGGER plans_history_new AFTER INSERT ON annual_plans BEGIN "
  "  INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field, new) "
  "  VALUES (" HISTORY_STAMP "'plan', NEW.project_id, NEW.project_id, NEW.year, 'amount', "
  "  NEW.amount); END;"
  "CREATE TRIGGER plans_history AFTER UPDATE ON annual_plans WHEN OLD.amount IS NOT NEW.amount "
  "BEGIN INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field, old, "
  "  new) VALUES (" HISTORY_STAMP "'plan', NEW.project_id, NEW.project_id, NEW.year, "
  "  'amount', OLD.amount, NEW.amount); END;"
  "CREATE TRIGGER plans_history_gone AFTER DELETE ON annual_plans BEGIN "
  "  INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field, old) "
  "  VALUES (" HISTORY_STAMP "'plan', OLD.project_id, OLD.project_id, OLD.year, 'amount', "
  "  OLD.amount); END;"
  "CREATE TABLE month_closings ("
  "  id INTEGER PRIMARY KEY,"
  "  month TEXT NOT NULL,"
  "  action TEXT NOT NULL CHECK (action IN ('close', 'reopen')),"
  "  at TEXT NOT NULL,"
  "  desk TEXT NOT NULL DEFAULT '',"
  "  reason TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX month_closings_month ON month_closings (month, id);"
  "CREATE TRIGGER reports_closed_insert BEFORE INSERT ON monthly_reports BEGIN "
  REFUSE_CLOSED ("NEW") "END;"
  "CREATE TRIGGER reports_closed_update BEFORE UPDATE ON monthly_reports BEGIN "
  REFUSE_CLOSED ("NEW") REFUSE_CLOSED ("OLD") "END;"
  "CREATE TRIGGER reports_closed_delete BEFORE DELETE ON monthly_reports BEGIN "
  REFUSE_CLOSED ("OLD") "END;"
  "ALTER TABLE changes ADD COLUMN part TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE changes ADD COLUMN desk TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE changes ADD COLUMN at TEXT;"
  RELOG_ROW ("projects", "project")
  RELOG_ROW ("leaders", "leader")
  RELOG_ROW ("units", "unit")
  RELOG_ROW ("issues", "issue")
  RELOG_PROJECT_PART ("annual_plans")
  RELOG_PROJECT_PART ("milestones")
  RELOG_PROJECT_PART ("monthly_reports");

/* Version 6: issue 17's tables.
 *
 * - formalities (审批手续): a project's approvals, each from a department (a
 *   unit) with its standard time limit, the date planned backwards from the
 *   project's planned start (倒排) and the date done. A part of the project
 *   as its milestones are (deleted with it, no soft deletion, no history of
 *   their own), logged as kind 'project', part 'formalities'.
 * - issues.escalation_level (督办): 0 not escalated, 1 交办, 2 督办,
 *   3 挂牌督办; every rise is a row of issue_escalations (dated, noted, with
 *   what raised it: 'rule' for the office's days-overdue rules, 'office' by
 *   hand), and the level's change is in the issue's history.
 * - issue_documents: the numbered 交办单 ('assign') and 督办函 ('supervise'),
 *   numbered per kind and year (〔2023〕第12号). A number once issued stays
 *   taken: the document outlives a purged issue (issue_id set NULL).
 * - visits (现场调研 'survey', 现场办公 'on_site'): a leader's site visits,
 *   the projects visited, what was decided, and the issues assigned there
 *   (issues.visit_id). Soft-deleted as the other rows of their own are.
 *
 * Escalations and documents are logged as their issue ('issue', issue_id,
 * part the table), visits as kind 'visit'. */
#define LOG_PART(table, kind, column)                                              \
  "CREATE TRIGGER " table "_inserted AFTER INSERT ON " table " BEGIN "           \
  "  INSERT INTO changes (kind, row_id, part, desk, at) "                         \
  "  SELECT '" kind "', NEW." column ", '" table "', " STAMP                      \
  "    WHERE NEW." column " IS NOT NULL; END;"                                   \
  "CREATE TRIGGER " table "_updated AFTER UPDATE ON " table " BEGIN "            \
  "  INSERT INTO changes (kind, row_id, part, desk, at) "                         \
  "  SELECT '" kind "', NEW." column ", '" table "', " STAMP                      \
  "    WHERE NEW." column " IS NOT NULL;"                                        \
  "  INSERT INTO changes (kind, row_id, part, desk, at) "                         \
  "  SELECT '" kind "', OLD." column ", '" table "', " STAMP                      \
  "    WHERE OLD." column " IS NOT NEW." column " AND OLD." column " IS NOT NULL; END;" \
  "CREATE TRIGGER " table "_deleted AFTER DELETE ON " table " BEGIN "            \
  "  INSERT INTO changes (kind, row_id, part, desk, at) "                         \
  "  SELECT '" kind "', OLD." column ", '" table "', " STAMP                      \
  "    WHERE OLD." column " IS NOT NULL; END;"
#define LOG_OWN_ROW(table, kind)                                                   \
  "CREATE TRIGGER " table "_inserted AFTER INSERT ON " table " BEGIN "           \
  "  INSERT INTO changes (kind, row_id, desk, at) VALUES ('" kind "', NEW.id, "  \
  STAMP "); END;"                                                                 \
  "CREATE TRIGGER " table "_updated AFTER UPDATE ON " table " BEGIN "            \
  "  INSERT INTO changes (kind, row_id, desk, at) VALUES ('" kind "', NEW.id, "  \
  STAMP "); END;"                                                                 \
  "CREATE TRIGGER " table "_deleted AFTER DELETE ON " table " BEGIN "            \
  "  INSERT INTO changes (kind, row_id, desk, at) VALUES ('" kind "', OLD.id, "  \
  STAMP "); END;"

static const char migration_6[] =
  "CREATE TABLE formalities ("
  "  id INTEGER PRIMARY KEY,"
  "  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  kind TEXT NOT NULL CHECK (kind <> ''),"
  "  approver_unit_id INTEGER REFERENCES units (id) ON DELETE RESTRICT,"
  "  limit_days INTEGER NOT NULL DEFAULT 0 CHECK (limit_days >= 0),"
  "  planned_on TEXT, actual_on TEXT,"
  "  state TEXT NOT NULL DEFAULT 'todo'"
  "    CHECK (state IN ('todo','doing','done','not_needed')),"
  "  note TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX formalities_project ON formalities (project_id, position);"
  "CREATE INDEX formalities_approver ON formalities (approver_unit_id, planned_on);"
  LOG_PART ("formalities", "project", "project_id")
  "CREATE TABLE visits ("
  "  id INTEGER PRIMARY KEY,"
  "  leader_id INTEGER NOT NULL REFERENCES leaders (id) ON DELETE RESTRICT,"
  "  visited_on TEXT NOT NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('survey','on_site')),"
  "  decisions TEXT NOT NULL DEFAULT '',"
  "  deleted INTEGER NOT NULL DEFAULT 0);"
  "CREATE INDEX visits_leader ON visits (leader_id, visited_on);"
  LOG_OWN_ROW ("visits", "visit")
  "CREATE TABLE visit_projects ("
  "  visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,"
  "  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (visit_id, project_id));"
  "CREATE INDEX visit_projects_project ON visit_projects (project_id);"
  LOG_PART ("visit_projects", "visit", "visit_id")
  "ALTER TABLE issues ADD COLUMN escalation_level INTEGER NOT NULL DEFAULT 0"
  "  CHECK (escalation_level BETWEEN 0 AND 3);"
  "ALTER TABLE issues ADD COLUMN visit_id INTEGER REFERENCES visits (id) ON DELETE SET NULL;"
  "CREATE INDEX issues_visit ON issues (visit_id);"
  "CREATE TABLE issue_escalations ("
  "  id INTEGER PRIMARY KEY,"
  "  issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,"
  "  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),"
  "  escalated_on TEXT NOT NULL,"
  "  note TEXT NOT NULL DEFAULT '',"
  "  source TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX issue_escalations_issue ON issue_escalations (issue_id, id);"
  LOG_PART ("issue_escalations", "issue", "issue_id")
  "CREATE TABLE issue_documents ("
  "  id INTEGER PRIMARY KEY,"
  "  issue_id INTEGER REFERENCES issues (id) ON DELETE SET NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('assign','supervise')),"
  "  year INTEGER NOT NULL,"
  "  number INTEGER NOT NULL CHECK (number > 0),"
  "  issued_on TEXT NOT NULL,"
  "  UNIQUE (kind, year, number));"
  "CREATE INDEX issue_documents_issue ON issue_documents (issue_id);"
  LOG_PART ("issue_documents", "issue", "issue_id")
  /* The issue's history with the two new columns. */
  "DROP TRIGGER issues_history;"
  "CREATE TRIGGER issues_history AFTER UPDATE ON issues BEGIN "
  ISSUE_FIELD ("project_id") ISSUE_FIELD ("description") ISSUE_FIELD ("category")
  ISSUE_FIELD ("status") ISSUE_FIELD ("raised_on") ISSUE_FIELD ("unit_id")
  ISSUE_FIELD ("leader_id") ISSUE_FIELD ("deadline") ISSUE_FIELD ("resolution")
  ISSUE_FIELD ("resolved_on") ISSUE_FIELD ("closed_on") ISSUE_FIELD ("deleted")
  ISSUE_FIELD ("escalation_level") ISSUE_FIELD ("visit_id") "END;";

/* Version 7: the change history at a smaller share of an import (issue 15:
 * ≤ 10 % more time for the 5,000-row import; it was 10.4 %).
 *
 * - A new month's figures are one entry, as a new project or issue is: field
 *   '', the month's completed amount as the new value. The figures themselves
 *   are in the row, and every later change of any of them still says old →
 *   new, field by field, so nothing is lost; a return or ledger that fills a
 *   month for 5,000 projects writes 5,000 entries, not up to 20,000.
 * - The desk and the source are read from `writer` once per entry (a join)
 *   instead of by two subqueries each.
 * - The update triggers fire only when a field they record changed (WHEN):
 *   an import that writes the same month's figures again, or a project's
 *   unchanged row, runs none of them. */
#define STAMPED_FROM_WRITER                                                        \
  "SELECT strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), w.desk, w.source, "
#define HISTORY_7(kind, project, month, field)                                     \
  "INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field, "   \
  "  old, new) " STAMPED_FROM_WRITER "'" kind "', " project ", NEW.id, " month        \
  ", '" field "', OLD." field ", NEW." field " FROM writer w WHERE OLD." field         \
  " IS NOT NEW." field ";"
#define PROJECT_FIELD_7(field) HISTORY_7 ("project", "NEW.id", "NULL", field)
#define ISSUE_FIELD_7(field) HISTORY_7 ("issue", "NEW.project_id", "NULL", field)
#define REPORT_FIELD_7(field) HISTORY_7 ("report", "NEW.project_id", "NEW.month", field)
#define CHANGED(field) "OLD." field " IS NOT NEW." field

static const char migration_7[] =
  "DROP TRIGGER projects_history_new; DROP TRIGGER projects_history;"
  "DROP TRIGGER issues_history_new; DROP TRIGGER issues_history;"
  "DROP TRIGGER reports_history_new; DROP TRIGGER reports_history;"
  "DROP TRIGGER reports_history_gone;"
  "DROP TRIGGER plans_history_new; DROP TRIGGER plans_history;"
  "DROP TRIGGER plans_history_gone;"
  "CREATE TRIGGER projects_history_new AFTER INSERT ON projects BEGIN "
  "  INSERT INTO history (at, desk, source, kind, project_id, row_id, field, new) "
  STAMPED_FROM_WRITER "'project', NEW.id, NEW.id, '', NEW.name FROM writer w; END;"
  "CREATE TRIGGER projects_history AFTER UPDATE ON projects WHEN "
  CHANGED ("code") " OR " CHANGED ("name") " OR " CHANGED ("owner") " OR "
  CHANGED ("content") " OR " CHANGED ("level") " OR " CHANGED ("category") " OR "
  CHANGED ("stage") " OR " CHANGED ("locality_id") " OR " CHANGED ("unit_id") " OR "
  CHANGED ("leader_id") " OR " CHANGED ("total_investment") " OR "
  CHANGED ("planned_start") " OR " CHANGED ("planned_end") " OR "
  CHANGED ("actual_start") " OR " CHANGED ("actual_end") " OR " CHANGED ("notes") " OR "
  CHANGED ("deleted") " BEGIN "
  PROJECT_FIELD_7 ("code") PROJECT_FIELD_7 ("name") PROJECT_FIELD_7 ("owner")
  PROJECT_FIELD_7 ("content") PROJECT_FIELD_7 ("level") PROJECT_FIELD_7 ("category")
  PROJECT_FIELD_7 ("stage") PROJECT_FIELD_7 ("locality_id") PROJECT_FIELD_7 ("unit_id")
  PROJECT_FIELD_7 ("leader_id") PROJECT_FIELD_7 ("total_investment")
  PROJECT_FIELD_7 ("planned_start") PROJECT_FIELD_7 ("planned_end")
  PROJECT_FIELD_7 ("actual_start") PROJECT_FIELD_7 ("actual_end") PROJECT_FIELD_7 ("notes")
  PROJECT_FIELD_7 ("deleted") "END;"
  "CREATE TRIGGER issues_history_new AFTER INSERT ON issues BEGIN "
  "  INSERT INTO history (at, desk, source, kind, project_id, row_id, field, new) "
  STAMPED_FROM_WRITER "'issue', NEW.project_id, NEW.id, '', NEW.description FROM writer w;"
  " END;"
  "CREATE TRIGGER issues_history AFTER UPDATE ON issues WHEN "
  CHANGED ("project_id") " OR " CHANGED ("description") " OR " CHANGED ("category") " OR "
  CHANGED ("status") " OR " CHANGED ("raised_on") " OR " CHANGED ("unit_id") " OR "
  CHANGED ("leader_id") " OR " CHANGED ("deadline") " OR " CHANGED ("resolution") " OR "
  CHANGED ("resolved_on") " OR " CHANGED ("closed_on") " OR " CHANGED ("deleted") " OR "
  CHANGED ("escalation_level") " OR " CHANGED ("visit_id") " BEGIN "
  ISSUE_FIELD_7 ("project_id") ISSUE_FIELD_7 ("description") ISSUE_FIELD_7 ("category")
  ISSUE_FIELD_7 ("status") ISSUE_FIELD_7 ("raised_on") ISSUE_FIELD_7 ("unit_id")
  ISSUE_FIELD_7 ("leader_id") ISSUE_FIELD_7 ("deadline") ISSUE_FIELD_7 ("resolution")
  ISSUE_FIELD_7 ("resolved_on") ISSUE_FIELD_7 ("closed_on") ISSUE_FIELD_7 ("deleted")
  ISSUE_FIELD_7 ("escalation_level") ISSUE_FIELD_7 ("visit_id") "END;"
  "CREATE TRIGGER reports_history_new AFTER INSERT ON monthly_reports BEGIN "
  "  INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field, new) "
  STAMPED_FROM_WRITER "'report', NEW.project_id, NEW.id, NEW.month, '', NEW.completed "
  "  FROM writer w; END;"
  "CREATE TRIGGER reports_history AFTER UPDATE ON monthly_reports WHEN "
  CHANGED ("completed") " OR " CHANGED ("percent") " OR " CHANGED ("progress_note") " OR "
  CHANGED ("problems") " BEGIN "
  REPORT_FIELD_7 ("completed") REPORT_FIELD_7 ("percent") REPORT_FIELD_7 ("progress_note")
  REPORT_FIELD_7 ("problems") "END;"
  "CREATE TRIGGER reports_history_gone AFTER DELETE ON monthly_reports BEGIN "
  "  INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field, old) "
  STAMPED_FROM_WRITER "'report', OLD.project_id, OLD.id, OLD.month, 'completed', "
  "  OLD.completed FROM writer w; END;"
  "CREATE TRIGGER plans_history_new AFTER INSERT ON annual_plans BEGIN "
  "  INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field, new) "
  STAMPED_FROM_WRITER "'plan', NEW.project_id, NEW.project_id, NEW.year, 'amount', "
  "  NEW.amount FROM writer w; END;"
  "CREATE TRIGGER plans_history AFTER UPDATE ON annual_plans WHEN " CHANGED ("amount")
  " BEGIN INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field, "
  "  old, new) " STAMPED_FROM_WRITER "'plan', NEW.project_id, NEW.project_id, NEW.year, "
  "  'amount', OLD.amount, NEW.amount FROM writer w; END;"
  "CREATE TRIGGER plans_history_gone AFTER DELETE ON annual_plans BEGIN "
  "  INSERT INTO history (at, desk, source, kind, project_id, row_id, month, field, old) "
  STAMPED_FROM_WRITER "'plan', OLD.project_id, OLD.project_id, OLD.year, 'amount', "
  "  OLD.amount FROM writer w; END;";

static const char * const migrations[] = {
  migration_1,
  migration_2,
  migration_3,
  migration_4,
  migration_5,
  migration_6,
  migration_7,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == GT_STORE_SCHEMA_VERSION);

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED,
                   _("Could not update the database: %s"), gt_sqlite_describe_error (db));
      return FALSE;
    }

  return TRUE;
}

static int
get_user_version (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return version;
}

gboolean
_gt_store_schema_migrate (sqlite3  *db,
                          int       target,
                          GError  **error)
{
  int version = get_user_version (db);

  g_return_val_if_fail (target <= GT_STORE_SCHEMA_VERSION, FALSE);

  /* An up-to-date file is the everyday case: no write lock is taken for it, so
   * opening never waits for another process's long import. */
  while (version >= 0 && version < target)
    {
      g_autofree char *set_version = NULL;

      /* The version is read again under the write lock: two processes creating
       * or upgrading one register at once (two imports into a new file) would
       * otherwise both see version 0 and the second fail on "table leaders
       * already exists". */
      if (!exec_sql (db, "BEGIN IMMEDIATE;", error))
        return FALSE;
      version = get_user_version (db);
      if (version < 0 || version >= target)
        {
          sqlite3_exec (db, "COMMIT;", NULL, NULL, NULL);
          break;
        }

      /* user_version is the one PRAGMA that may be set inside a transaction, so
       * each step and its version number commit together or not at all. */
      set_version = g_strdup_printf ("PRAGMA user_version = %d;", version + 1);
      if (!exec_sql (db, migrations[version], error) ||
          !exec_sql (db, set_version, error) ||
          !exec_sql (db, "COMMIT;", error))
        {
          sqlite3_exec (db, "ROLLBACK;", NULL, NULL, NULL);
          return FALSE;
        }
      version++;
    }

  if (version < 0)
    {
      g_set_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CORRUPT,
                   _("Could not read the database version: %s"), sqlite3_errmsg (db));
      return FALSE;
    }

  return TRUE;
}
