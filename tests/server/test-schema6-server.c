/* test-schema6-server.c: schema version 6 (issue 17) on the office's server: a
 * version-5 register migrated with the desks' rights set up again, and what a
 * unit's desk may do with the approvals it gives (gt-pg-roles.c).
 *
 * Runs inside pg_virtualenv like test-units (GUATU_TEST_PG_URL, the cluster's
 * superuser as the register's owner; the unit's role logs in with a password).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "gt-pg-roles.h"
#include "gt-rag.h"
#include "gt-store-formalities.h"
#include "gt-store.h"
#include "gt-test-server.h"
#include "gt-test-util.h"

#define UNIT_ROLE "guatu_test_approver"
#define PASSWORD  "approver-desk-secret"

/* What gt-pg-schema.c's step 6 made, taken away again: a version-5 register
 * whose desks' rights were set up by a version-6 build. */
static const char downgrade_sql[] =
  "DROP TABLE issue_documents, issue_escalations, visit_projects, formalities CASCADE;"
  "ALTER TABLE issues DROP COLUMN visit_id, DROP COLUMN escalation_level;"
  "DROP TABLE visits;"
  "DROP FUNCTION guatu_log_part ();"
  "DROP FUNCTION guatu_approval_projects (bigint[]) CASCADE;"
  "DROP FUNCTION guatu_unit_approves_only ();"
  "UPDATE guatu_schema SET version = 5;";

/* Runs @sql as @url's role: "" when it succeeded, else its SQLSTATE and the
 * hint, if any ("42501 guatu-unit-approve-only"). Rows: *@rows (may be NULL). */
static char *
run_as (const char *url,
        const char *sql,
        int        *rows)
{
  PGconn *conn = PQconnectdb (url);
  PGresult *result;
  char *out;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  result = PQexec (conn, sql);
  if (PQresultStatus (result) == PGRES_TUPLES_OK || PQresultStatus (result) == PGRES_COMMAND_OK)
    {
      if (rows != NULL)
        *rows = PQresultStatus (result) == PGRES_TUPLES_OK ? PQntuples (result)
                                                           : atoi (PQcmdTuples (result));
      out = g_strdup ("");
    }
  else
    {
      const char *hint = PQresultErrorField (result, PG_DIAG_MESSAGE_HINT);

      out = g_strdup_printf ("%s%s%s", PQresultErrorField (result, PG_DIAG_SQLSTATE),
                             hint != NULL ? " " : "", hint != NULL ? hint : "");
    }
  PQclear (result);
  PQfinish (conn);
  return out;
}

#define assert_run(url, sql, expected) G_STMT_START {          \
    g_autofree char *got_ = run_as ((url), (sql), NULL);         \
    g_assert_cmpstr (got_, ==, (expected));                      \
  } G_STMT_END

static void
test_migrate_and_rights (void)
{
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *version = NULL;
  int rows = -1;

  if (!gt_test_server_reset ("SET client_min_messages = warning;"
                             "DROP ROLE IF EXISTS " UNIT_ROLE ";"
                             "CREATE ROLE " UNIT_ROLE " LOGIN PASSWORD '" PASSWORD "';"))
    return;
  url = gt_test_server_role_url (UNIT_ROLE, PASSWORD);

  /* A new register is made at this build's version (6, then 7). */
  store = gt_test_server_open ();
  version = gt_test_server_value ("SELECT max (version) FROM guatu_schema");
  g_assert_cmpstr (version, ==, G_STRINGIFY (GT_STORE_SCHEMA_VERSION));
  g_clear_pointer (&version, g_free);
  gt_test_server_exec ("INSERT INTO leaders (id, name) VALUES (1, '王县长');"
                       "INSERT INTO units (id, name, kind) VALUES (1, '县发改局', 'department'),"
                       "  (2, '县自然资源局', 'department');"
                       "INSERT INTO projects (id, name, level, stage, unit_id, leader_id)"
                       "  VALUES (1, '城东污水处理厂', 'county', 'preparing', 1, 1),"
                       "  (2, '自然资源局档案楼', 'county', 'preparing', 2, 1),"
                       "  (3, '工业园标准厂房', 'county', 'signed', 1, 1);"
                       "INSERT INTO issues (id, project_id, description, category, status,"
                       "  unit_id) VALUES (1, 2, '图纸未审', 'permit', 'assigned', 2);");
  g_assert_true (gt_pg_roles_grant_unit (store, UNIT_ROLE, "县自然资源局", NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  /* Taken back to version 5, and opened again: migrated, rows kept, the
   * rights on the new tables set up. */
  gt_test_server_exec (downgrade_sql);
  store = gt_test_server_open ();
  version = gt_test_server_value ("SELECT max (version) FROM guatu_schema");
  g_assert_cmpstr (version, ==, G_STRINGIFY (GT_STORE_SCHEMA_VERSION));
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (store)), ==, 3);
  g_clear_object (&store);
  gt_test_server_exec ("INSERT INTO formalities (id, project_id, kind, approver_unit_id, state,"
                       "  planned_on) VALUES"
                       "  (1, 1, '用地预审与选址', 2, 'doing', '2023-03-01'),"
                       "  (2, 2, '立项', 1, 'todo', '2023-02-01'),"
                       "  (3, 1, '立项', 1, 'done', '2023-01-10'),"
                       "  (4, 3, '立项', 1, 'todo', '2023-05-10');"
                       "INSERT INTO issue_escalations (issue_id, level, escalated_on)"
                       "  VALUES (1, 1, '2023-04-01');");
  g_assert_cmpstr (gt_test_server_value ("SELECT count (*) FROM changes WHERE kind = 'project' "
                                         "AND part = 'formalities'"), ==, "4");
  g_assert_cmpstr (gt_test_server_value ("SELECT count (*) FROM changes WHERE kind = 'issue' "
                                         "AND row_id = 1 AND part = 'issue_escalations'"),
                   ==, "1");

  /* The unit sees its own project and the one whose approval it gives, with
   * their formalities; not the third. */
  g_free (run_as (url, "SELECT id FROM projects", &rows));
  g_assert_cmpint (rows, ==, 2);
  g_free (run_as (url, "SELECT id FROM formalities", &rows));
  g_assert_cmpint (rows, ==, 3);
  g_free (run_as (url, "SELECT id FROM issue_escalations", &rows));
  g_assert_cmpint (rows, ==, 1);
  g_free (run_as (url, "SELECT id FROM visits", &rows));
  g_assert_cmpint (rows, ==, 0);

  /* It gives its approval: state and date done, the whole row written. */
  g_free (run_as (url, "UPDATE formalities SET state = 'done', actual_on = '2023-04-02',"
                       "  kind = kind, planned_on = planned_on WHERE id = 1", &rows));
  g_assert_cmpint (rows, ==, 1);
  {
    g_autofree char *state = gt_test_server_value ("SELECT state || ' ' || actual_on "
                                                   "FROM formalities WHERE id = 1");

    g_assert_cmpstr (state, ==, "done 2023-04-02");
  }
  /* Nothing else of it, no approval of another department, no new or
   * removed ones, no escalation of its own issue. */
  assert_run (url, "UPDATE formalities SET planned_on = '2023-06-01' WHERE id = 1",
              "42501 guatu-unit-approve-only");
  assert_run (url, "UPDATE formalities SET state = 'done' WHERE id = 2", "42501");
  assert_run (url, "INSERT INTO formalities (project_id, kind) VALUES (2, '施工许可')",
              "42501");
  assert_run (url, "DELETE FROM formalities WHERE id = 1", "42501");
  assert_run (url, "UPDATE issues SET escalation_level = 0, visit_id = NULL WHERE id = 1", "");
  assert_run (url, "UPDATE issues SET escalation_level = 3 WHERE id = 1",
              "42501 guatu-unit-rectify-only");
  assert_run (url, "INSERT INTO issue_escalations (issue_id, level, escalated_on)"
                   "  VALUES (1, 2, '2023-04-05')", "42501");
  assert_run (url, "INSERT INTO issue_documents (issue_id, kind, year, number, issued_on)"
                   "  VALUES (1, 'assign', 2023, 1, '2023-04-05')", "42501");
  {
    g_autofree char *planned = gt_test_server_value ("SELECT planned_on FROM formalities "
                                                     "WHERE id = 1");

    g_assert_cmpstr (planned, ==, "2023-03-01");
  }
}

/* The store's approvals and the lights on a server: the same named queries,
 * PostgreSQL's own text where the dialects differ (days between dates). */
static void
test_formalities_on_server (void)
{
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GtFormalityTemplate) tmpl =
    gt_formality_template_parse ("用地规划许可|自然资源局|20;施工许可|住建局|7", NULL);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) planning = NULL;
  g_autoptr(GHashTable) lights = NULL;
  g_autoptr(GHashTable) reasons = NULL;
  g_autoptr(GHashTable) as_of = NULL;
  g_autoptr(GError) error = NULL;
  GDate today, then;
  gint64 id = 1, planning_id = 1;
  GtProject *project;

  if (!gt_test_server_reset (NULL))
    return;
  store = gt_test_server_open ();
  gt_test_server_exec ("INSERT INTO units (id, name, kind) VALUES (1, '县自然资源和规划局', "
                       "  'department'), (2, '县住房和城乡建设局', 'department');"
                       "INSERT INTO projects (id, name, level, stage, planned_start)"
                       "  VALUES (1, '城东污水处理厂', 'county', 'preparing', '2023-06-01');");
  g_clear_object (&store);
  store = gt_test_server_open ();
  project = gt_store_lookup_project (store, id);
  g_assert_nonnull (project);
  g_assert_true (gt_store_apply_formality_template (store, project, tmpl, &error));
  g_assert_no_error (error);
  all = gt_store_list_all_formalities (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 2);
  planning = gt_store_list_all_formalities (store, planning_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (planning->len, ==, 1);
  g_assert_cmpstr (gt_formality_get_kind (planning->pdata[0]), ==, "用地规划许可");

  /* 用地规划许可 due 2023-05-24: 31 days late on 06-24, red. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 24, G_DATE_JUNE, 2023);
  lights = gt_rag_judge_all_with_reasons (store, gt_rag_rules_default (), &today, &reasons,
                                          &error);
  g_assert_no_error (error);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (lights, &id)), ==, GT_RAG_RED);
  g_assert_true (GPOINTER_TO_UINT (g_hash_table_lookup (reasons, &id)) &
                 GT_RAG_REASON_FORMALITY_OVERDUE);
  then = today;
  g_date_subtract_days (&then, 1);
  as_of = gt_rag_judge_as_of (store, gt_rag_rules_default (), &then, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (as_of, &id)), ==, GT_RAG_RED);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schema6-server/migrate-and-rights", test_migrate_and_rights);
  g_test_add_func ("/schema6-server/formalities", test_formalities_on_server);

  return g_test_run ();
}
