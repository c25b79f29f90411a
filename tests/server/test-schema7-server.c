/* test-schema7-server.c: schema version 7 (issue 15's history, issue 16's
 * speed) on the office's server: a register taken back to version 6's
 * history triggers migrated with its history kept, and the entries the
 * per-table functions write, the same as the file's (test-schema7): a new
 * month one entry, a change one a field, nothing when nothing changed.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libpq-fe.h>

#include "gt-pg-roles.h"
#include "gt-store.h"
#include "gt-test-server.h"
#include "gt-test-util.h"

#define UNIT_ROLE "guatu_test_filer"
#define PASSWORD  "filer-desk-secret"

/* Version 6's shape of the history, in place of version 7's: one generic
 * trigger function through guatu_history_add() (doing nothing here: the
 * entries made before are already in the table). */
static const char downgrade_sql[] =
  "DROP TRIGGER projects_history ON projects; DROP TRIGGER projects_history_new ON projects;"
  "DROP TRIGGER issues_history ON issues; DROP TRIGGER issues_history_new ON issues;"
  "DROP TRIGGER reports_history ON monthly_reports;"
  "DROP TRIGGER reports_history_new ON monthly_reports;"
  "DROP TRIGGER plans_history ON annual_plans; DROP TRIGGER plans_history_new ON annual_plans;"
  "DROP FUNCTION guatu_history_projects (), guatu_history_issues (),"
  "  guatu_history_reports (), guatu_history_plans ();"
  "CREATE FUNCTION guatu_history_add (k text, p bigint, r bigint, m text, f text, o text,"
  "  n text) RETURNS void LANGUAGE sql AS $$ SELECT $$;"
  "CREATE FUNCTION guatu_history () RETURNS trigger LANGUAGE plpgsql AS $$"
  "BEGIN RETURN NULL; END $$;"
  "CREATE TRIGGER projects_history AFTER INSERT OR UPDATE ON projects"
  "  FOR EACH ROW EXECUTE FUNCTION guatu_history ('project');"
  "CREATE TRIGGER issues_history AFTER INSERT OR UPDATE ON issues"
  "  FOR EACH ROW EXECUTE FUNCTION guatu_history ('issue');"
  "CREATE TRIGGER reports_history AFTER INSERT OR UPDATE OR DELETE ON monthly_reports"
  "  FOR EACH ROW EXECUTE FUNCTION guatu_history ('report');"
  "CREATE TRIGGER plans_history AFTER INSERT OR UPDATE OR DELETE ON annual_plans"
  "  FOR EACH ROW EXECUTE FUNCTION guatu_history ('plan');"
  "UPDATE guatu_schema SET version = 6;";

/* The history after entry @after, one a line, as test-schema7 reads it. */
#define HISTORY_AFTER(after)                                                       \
  "SELECT string_agg (desk || '|' || source || '|' || kind || '|' || "               \
  "COALESCE (month, '-') || '|' || field || '|' || COALESCE (old, '-') || '|' || "    \
  "COALESCE (new, '-'), E'\\n' ORDER BY id) FROM history WHERE id > " after

#define assert_value(sql, expected) G_STMT_START {               \
    g_autofree char *got_ = gt_test_server_value (sql);          \
    g_assert_cmpstr (got_, ==, (expected));                      \
  } G_STMT_END

/* Runs @sql as the unit's role: NULL when it succeeded, else the server's message. */
static char *
run_as_unit (const char *sql)
{
  g_autofree char *url = gt_test_server_role_url (UNIT_ROLE, PASSWORD);
  PGconn *conn = PQconnectdb (url);
  PGresult *result;
  char *out = NULL;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  result = PQexec (conn, sql);
  if (PQresultStatus (result) != PGRES_COMMAND_OK && PQresultStatus (result) != PGRES_TUPLES_OK)
    out = g_strdup (PQerrorMessage (conn));
  PQclear (result);
  PQfinish (conn);
  return out;
}

static void
open_and_close (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) store = gt_store_open (gt_test_server_url (), &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
}

static void
test_migrate_and_entries (void)
{
  g_autofree char *before = NULL;
  g_autofree char *last = NULL;
  g_autofree char *sql = NULL;

  if (!gt_test_server_reset ("SET client_min_messages = warning;"
                             "DROP ROLE IF EXISTS " UNIT_ROLE ";"
                             "CREATE ROLE " UNIT_ROLE " LOGIN PASSWORD '" PASSWORD "';"))
    return;
  open_and_close ();
  assert_value ("SELECT max (version) FROM guatu_schema", G_STRINGIFY (GT_STORE_SCHEMA_VERSION));
  gt_test_server_exec ("SET guatu.desk = '综合科'; SET guatu.source = 'import:台账.csv';"
                       "INSERT INTO leaders (id, name) VALUES (1, '王县长');"
                       "INSERT INTO units (id, name, kind) VALUES (1, '县发改局', 'department');"
                       "INSERT INTO projects (id, name, level, stage, unit_id, leader_id)"
                       "  VALUES (1, '城东污水处理厂', 'county', 'preparing', 1, 1);"
                       "INSERT INTO annual_plans (project_id, year, amount)"
                       "  VALUES (1, 2023, 30000000);"
                       "INSERT INTO monthly_reports (id, project_id, month, completed, percent,"
                       "  progress_note, problems)"
                       "  VALUES (1, 1, '2023-03', 1200000, 20, '场地平整', '');"
                       "INSERT INTO issues (id, project_id, description, category, status)"
                       "  VALUES (1, 1, '用地指标未落实', 'land', 'raised');");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GtStore) store = gt_store_open (gt_test_server_url (), &error);

    g_assert_no_error (error);
    g_assert_true (gt_pg_roles_grant_unit (store, UNIT_ROLE, "县发改局", NULL, &error));
    g_assert_no_error (error);
  }
  before = gt_test_server_value (HISTORY_AFTER ("0"));
  g_assert_cmpstr (before, ==,
                   "综合科|import:台账.csv|project|-||-|城东污水处理厂\n"
                   "综合科|import:台账.csv|plan|2023|amount|-|30000000\n"
                   "综合科|import:台账.csv|report|2023-03||-|1200000\n"
                   "综合科|import:台账.csv|issue|-||-|用地指标未落实");

  /* Taken back to version 6's triggers, and opened again: migrated, the
   * history kept, version 6's functions gone (a unit's figures recorded by
   * the new ones, as their owner: test-units). */
  gt_test_server_exec (downgrade_sql);
  open_and_close ();
  assert_value ("SELECT max (version) FROM guatu_schema", G_STRINGIFY (GT_STORE_SCHEMA_VERSION));
  assert_value (HISTORY_AFTER ("0"), before);
  assert_value ("SELECT count (*) FROM pg_proc WHERE proname IN ('guatu_history', "
                "'guatu_history_add')", "0");
  assert_value ("SELECT count (*) FROM pg_proc WHERE proname LIKE 'guatu\\_history\\_%'",
                "4");

  /* The unit's desk files its figures: the history written by the new
   * functions as their owner, the unit holding no right on `history`. */
  {
    g_autofree char *refused = run_as_unit ("INSERT INTO monthly_reports (id, project_id,"
                                            "  month, completed)"
                                            "  VALUES (9, 1, '2023-05', 420000)");

    g_assert_null (refused);
    assert_value ("SELECT field || '|' || new FROM history WHERE month = '2023-05'", "|420000");
    assert_value ("SELECT count (*) FROM pg_proc WHERE proname LIKE 'guatu\\_history\\_%' "
                  "AND prosecdef", "4");
    refused = run_as_unit ("INSERT INTO history (at, kind, row_id, field) "
                           "VALUES ('', 'report', 1, '')");
    g_assert_nonnull (refused);
    gt_test_server_exec ("DELETE FROM monthly_reports WHERE month = '2023-05';"
                         "DELETE FROM history WHERE month = '2023-05'");
  }

  /* What test-schema7 writes to a file, the same entries. */
  last = gt_test_server_value ("SELECT max (id) FROM history");
  gt_test_server_exec ("SET guatu.desk = '督查科'; SET guatu.source = 'return:县发改局';"
                       "INSERT INTO monthly_reports (id, project_id, month, completed, percent,"
                       "  progress_note, problems) VALUES (2, 1, '2023-04', 800000, 35,"
                       "  '主体施工', '施工用电未接入');"
                       "UPDATE monthly_reports SET completed = 800000, percent = 35 WHERE id = 2;"
                       "UPDATE monthly_reports SET percent = 40, problems = '' WHERE id = 2;"
                       "UPDATE projects SET name = name, stage = stage WHERE id = 1;"
                       "UPDATE projects SET stage = 'under-construction' WHERE id = 1;"
                       "UPDATE issues SET status = status WHERE id = 1;"
                       "UPDATE issues SET status = 'assigned' WHERE id = 1;"
                       "UPDATE annual_plans SET amount = amount;"
                       "UPDATE annual_plans SET amount = 32000000;"
                       "DELETE FROM monthly_reports WHERE id = 2;"
                       "INSERT INTO projects (id, name, level, stage)"
                       "  VALUES (2, '西区供水', 'county', 'planned');"
                       "INSERT INTO issues (id, project_id, description, category, status)"
                       "  VALUES (2, 2, '资金未到位', 'funding', 'raised');");
  sql = g_strdup (HISTORY_AFTER ("%s"));
  {
    g_autofree char *query = g_strdup_printf (sql, last);

    assert_value (query,
                  "督查科|return:县发改局|report|2023-04||-|800000\n"
                  "督查科|return:县发改局|report|2023-04|percent|35|40\n"
                  "督查科|return:县发改局|report|2023-04|problems|施工用电未接入|\n"
                  "督查科|return:县发改局|project|-|stage|preparing|under-construction\n"
                  "督查科|return:县发改局|issue|-|status|raised|assigned\n"
                  "督查科|return:县发改局|plan|2023|amount|30000000|32000000\n"
                  "督查科|return:县发改局|report|2023-04|completed|800000|-\n"
                  "督查科|return:县发改局|project|-||-|西区供水\n"
                  "督查科|return:县发改局|issue|-||-|资金未到位");
  }
  /* The change log keeps the newest 10,000 or so, pruned a thousand at a
   * time, in one transaction as over many. */
  gt_test_server_exec ("SELECT guatu_log ('leader', 1, '') FROM generate_series (1, 12500)");
  assert_value ("SELECT count (*) BETWEEN 10000 AND 11000 FROM changes", "t");
  assert_value ("SELECT max (seq) - min (seq) < 11000 FROM changes", "t");
  gt_test_server_exec ("BEGIN; SELECT guatu_log ('leader', 1, '') FROM generate_series (1, 25000);"
                       "COMMIT;");
  assert_value ("SELECT count (*) BETWEEN 10000 AND 11000 FROM changes", "t");
  assert_value ("SELECT count (*) FROM pg_proc WHERE proname = 'guatu_log' "
                "AND prosrc LIKE '%seq > s - 11000%'", "1");
  assert_value ("SELECT count (*) FROM history WHERE at !~ '^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:"
                "\\d\\dZ$'", "0");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schema7-server/migrate-and-entries", test_migrate_and_entries);

  return g_test_run ();
}
