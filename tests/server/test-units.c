/* test-units.c: a unit's desk on the office's server, held to its own projects
 * by the server (gt-pg-roles.c).
 *
 * Runs inside pg_virtualenv like test-store-server (GUATU_TEST_PG_URL names
 * the throwaway cluster as its superuser, the office's owner here). The unit's
 * and the office desk's roles log in with a password over the same host and
 * port (PGHOST, PGPORT), as a desk on the intranet would.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "gt-demo.h"
#include "gt-pg-roles.h"
#include "gt-register-copy.h"
#include "gt-test-server.h"
#include "gt-test-util.h"
#include "gt-store.h"
#include "gt-store-private.h"

#define UNIT_ROLE "guatu_test_unit"
#define DESK_ROLE "guatu_test_desk"
#define PASSWORD  "unit-desk-secret"

/* Whether the row of issue @id is in the table, deleted or not, as the
 * superuser sees it. */
static int
count_issue_rows (gint64 id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM issues WHERE id = %"
                                          G_GINT64_FORMAT, id);
  g_autofree char *count = gt_test_server_value (sql);

  return atoi (count);
}

static gboolean
setup_server (void)
{
  return gt_test_server_reset ("SET client_min_messages = warning;"
                               "DROP ROLE IF EXISTS " UNIT_ROLE ";"
                               "DROP ROLE IF EXISTS " DESK_ROLE ";"
              "CREATE ROLE " UNIT_ROLE " LOGIN PASSWORD '" PASSWORD "';"
              "CREATE ROLE " DESK_ROLE " LOGIN PASSWORD '" PASSWORD "';");
}

static GtStore *
open_as (const char *url)
{
  g_autoptr(GError) error = NULL;
  GtStore *store = gt_store_open (url, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  gt_store_set_year (store, 2023);
  return store;
}

typedef struct {
  GtStore *office;
  gint64   unit_id;        /* the unit the role files for */
  gint64   own_project;    /* its unit is the unit */
  gint64   other_project;  /* neither its unit nor its locality, no issue of the unit */
  gint64   own_issue;      /* on own_project, assigned to the unit */
  /* Another unit's project with an issue assigned to the unit: the unit sees
   * it, and may not file its figures. */
  gint64   foreign_project;
  gint64   foreign_issue;
  gint64   deleted_issue;  /* deleted by the office, not yet purged */
} Register;

static gint64
add_assigned_issue (GtStore     *store,
                    gint64       project_id,
                    gint64       unit_id,
                    const char  *description)
{
  g_autoptr(GtIssue) issue = gt_issue_new ();
  g_autoptr(GError) error = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 28, G_DATE_APRIL, 2023);
  gt_issue_set_project_id (issue, project_id);
  gt_issue_set_description (issue, description);
  gt_issue_set_status (issue, GT_ISSUE_STATUS_ASSIGNED);
  gt_issue_set_raised_on (issue, &today);
  gt_issue_set_unit_id (issue, unit_id);
  gt_issue_set_deadline (issue, &today);
  gt_store_add_issue (store, issue, &error);
  g_assert_no_error (error);
  return gt_issue_get_id (issue);
}

static gboolean
project_is_units (GtProject *project,
                  gint64     unit_id)
{
  return gt_project_get_unit_id (project) == unit_id ||
         gt_project_get_locality_id (project) == unit_id;
}

/* The demo register, as the superuser, with one unit granted to UNIT_ROLE and
 * an issue of its own project assigned to it. */
static void
register_setup (Register *reg)
{
  g_autoptr(GError) error = NULL;
  GListModel *projects;
  GtPgRolesGrant grant;
  GtUnit *unit;
  GDate today;

  reg->office = open_as (gt_test_server_url ());
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 28, G_DATE_APRIL, 2023);
  g_assert_true (gt_demo_populate (reg->office, gt_demo_size_default (), &today, &error));
  g_assert_no_error (error);

  projects = gt_store_get_projects (reg->office);
  for (guint i = 0; i < g_list_model_get_n_items (projects) && reg->own_project == 0; i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      if (gt_project_get_unit_id (project) != 0)
        {
          reg->own_project = gt_project_get_id (project);
          reg->unit_id = gt_project_get_unit_id (project);
        }
    }
  g_assert_cmpint (reg->unit_id, !=, 0);

  reg->own_issue = add_assigned_issue (reg->office, reg->own_project, reg->unit_id,
                                       "征地补偿款未到位");

  /* Another unit's project, with no issue of the unit on it. */
  for (guint i = 0; i < g_list_model_get_n_items (projects) && reg->other_project == 0; i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      gboolean has_issue = FALSE;
      GListModel *issues = gt_store_get_issues (reg->office);

      for (guint j = 0; j < g_list_model_get_n_items (issues); j++)
        {
          g_autoptr(GtIssue) other = g_list_model_get_item (issues, j);

          has_issue |= gt_issue_get_project_id (other) == gt_project_get_id (project) &&
                       gt_issue_get_unit_id (other) == reg->unit_id;
        }
      if (!project_is_units (project, reg->unit_id) && !has_issue)
        reg->other_project = gt_project_get_id (project);
    }
  g_assert_cmpint (reg->other_project, !=, 0);
  for (guint i = 0; i < g_list_model_get_n_items (projects) && reg->foreign_project == 0; i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      if (!project_is_units (project, reg->unit_id) &&
          gt_project_get_id (project) != reg->other_project)
        reg->foreign_project = gt_project_get_id (project);
    }
  g_assert_cmpint (reg->foreign_project, !=, 0);
  reg->foreign_issue = add_assigned_issue (reg->office, reg->foreign_project, reg->unit_id,
                                           "施工用电未接入");

  /* A deleted issue of the unit's own project, which only the office purges. */
  reg->deleted_issue = add_assigned_issue (reg->office, reg->own_project, reg->unit_id,
                                           "已删除的问题");
  g_assert_true (gt_store_delete_issue (reg->office,
                                        gt_store_lookup_issue (reg->office, reg->deleted_issue),
                                        &error));
  g_assert_no_error (error);

  unit = gt_store_lookup_unit (reg->office, reg->unit_id);
  g_assert_true (gt_pg_roles_grant_unit (reg->office, UNIT_ROLE, gt_unit_get_name (unit),
                                         &grant, &error));
  g_assert_no_error (error);
  g_assert_cmpint (grant.unit_id, ==, reg->unit_id);
  g_assert_cmpuint (grant.projects, >=, 1);
  g_assert_cmpuint (grant.issues, >=, 1);
}

static GtMonthlyReport *
make_report (gint64 project_id,
             gint64 completed)
{
  GtMonthlyReport *report = gt_monthly_report_new ();

  gt_monthly_report_set_project_id (report, project_id);
  gt_monthly_report_set_month (report, 2023, 5);
  gt_monthly_report_set_completed (report, completed);
  gt_monthly_report_set_percent (report, 40);
  gt_monthly_report_set_progress_note (report, "主体结构施工");
  return report;
}

/* May's completed amount of @project as a fresh office connection reads it; −1
 * for no report. */
static gint64
may_completed (const char *url,
               gint64      project_id)
{
  g_autoptr(GtStore) store = open_as (url);
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;

  reports = gt_store_list_monthly_reports (store, project_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < reports->len; i++)
    {
      GtMonthlyReport *report = g_ptr_array_index (reports, i);

      if (gt_monthly_report_get_year (report) == 2023 && gt_monthly_report_get_month (report) == 5)
        return gt_monthly_report_get_completed (report);
    }
  return -1;
}

/* What a unit's desk sees: its own projects (and those of issues assigned to
 * it), every leader and unit. */
static void
test_unit_sees_its_own (void)
{
  g_autofree char *url = NULL;
  g_autoptr(GtStore) unit = NULL;
  g_autofree char *unit_id = NULL;
  g_autofree char *office_id = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *copy = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  Register reg = { 0 };
  GListModel *projects;

  if (!setup_server ())
    return;
  register_setup (&reg);
  url = gt_test_server_role_url (UNIT_ROLE, PASSWORD);
  unit = open_as (url);

  projects = gt_store_get_projects (unit);
  g_assert_cmpuint (g_list_model_get_n_items (projects), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (projects), <,
                    g_list_model_get_n_items (gt_store_get_projects (reg.office)));
  g_assert_nonnull (gt_store_lookup_project (unit, reg.own_project));
  g_assert_null (gt_store_lookup_project (unit, reg.other_project));
  g_assert_nonnull (gt_store_lookup_issue (unit, reg.own_issue));
  g_assert_nonnull (gt_store_lookup_project (unit, reg.foreign_project));
  g_assert_nonnull (gt_store_lookup_issue (unit, reg.foreign_issue));
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_units (unit)), ==,
                    g_list_model_get_n_items (gt_store_get_units (reg.office)));
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_leaders (unit)), ==,
                    g_list_model_get_n_items (gt_store_get_leaders (reg.office)));
  unit_id = gt_store_dup_register_id (unit);
  office_id = gt_store_dup_register_id (reg.office);
  g_assert_nonnull (unit_id);
  g_assert_cmpstr (unit_id, ==, office_id);

  /* Whose desk: the unit's, with its unit; the office's for the superuser. */
  g_assert_cmpint (gt_pg_roles_get_desk (unit, &ids, &error), ==, GT_PG_DESK_UNIT);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, reg.unit_id);
  g_clear_pointer (&ids, g_array_unref);
  g_assert_cmpint (gt_pg_roles_get_desk (reg.office, &ids, &error), ==, GT_PG_DESK_OFFICE);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);

  /* A copy of what it sees would pass for the whole register: refused. */
  dir = gt_test_make_dir ();
  copy = g_build_filename (dir, "part.db", NULL);
  g_assert_false (gt_register_copy (url, copy, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "only its own projects"));
  g_clear_error (&error);
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  gt_test_remove_tree (dir);

  /* The window's purge at start: nothing for a unit, and no error. */
  g_assert_true (gt_store_purge_deleted (unit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_issue_rows (reg.deleted_issue), ==, 1);
  g_assert_true (gt_store_purge_deleted (reg.office, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_issue_rows (reg.deleted_issue), ==, 0);

  g_clear_object (&reg.office);
}

/* The unit files its own project's figures; another unit's are refused by the
 * server, and stay as they were. */
static void
test_unit_files_its_own_figures (void)
{
  g_autofree char *url = NULL;
  g_autoptr(GtStore) unit = NULL;
  g_autoptr(GtMonthlyReport) own = NULL;
  g_autoptr(GtMonthlyReport) office_report = NULL;
  g_autoptr(GtMonthlyReport) other = NULL;
  g_autoptr(GtMonthlyReport) foreign = NULL;
  g_autoptr(GError) error = NULL;
  Register reg = { 0 };

  if (!setup_server ())
    return;
  register_setup (&reg);
  url = gt_test_server_role_url (UNIT_ROLE, PASSWORD);
  unit = open_as (url);

  own = make_report (reg.own_project, 1230000);
  g_assert_true (gt_store_save_monthly_report (unit, own, &error));
  g_assert_no_error (error);
  g_assert_cmpint (may_completed (gt_test_server_url (), reg.own_project), ==, 1230000);

  /* Filed again: the row is updated, not added. */
  gt_monthly_report_set_completed (own, 1500000);
  g_assert_true (gt_store_save_monthly_report (unit, own, &error));
  g_assert_no_error (error);
  g_assert_cmpint (may_completed (gt_test_server_url (), reg.own_project), ==, 1500000);

  /* Another unit's project that the unit sees (an issue of it is the unit's):
   * the window would let it try, and the server refuses, a new row and a row
   * the office filed alike. */
  foreign = make_report (reg.foreign_project, 999);
  g_assert_false (gt_store_save_monthly_report (unit, foreign, &error));
  g_assert_nonnull (error);
  g_test_message ("refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "does not allow this desk"));
  g_clear_error (&error);
  g_assert_cmpint (may_completed (gt_test_server_url (), reg.foreign_project), ==, -1);

  office_report = make_report (reg.foreign_project, 777000);
  g_assert_true (gt_store_save_monthly_report (reg.office, office_report, &error));
  g_assert_no_error (error);
  g_assert_false (gt_store_save_monthly_report (unit, foreign, &error));
  g_assert_nonnull (error);
  g_test_message ("refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "does not allow this desk"));
  g_clear_error (&error);
  g_assert_cmpint (may_completed (gt_test_server_url (), reg.foreign_project), ==, 777000);

  /* A project it does not see at all: refused too, and nothing written. */
  other = make_report (reg.other_project, 555);
  g_assert_false (gt_store_save_monthly_report (unit, other, &error));
  g_assert_nonnull (error);
  g_test_message ("refused: %s", error->message);
  g_clear_error (&error);
  g_assert_cmpint (may_completed (gt_test_server_url (), reg.other_project), ==, -1);

  g_clear_object (&reg.office);
}

/* Runs @sql as @url's role: the server's own answer, with no store between. */
static char *
role_exec_error (const char *url,
                 const char *sql,
                 gint64     *rows)
{
  PGconn *conn = PQconnectdb (url);
  PGresult *result;
  char *error = NULL;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  result = PQexec (conn, sql);
  if (PQresultStatus (result) == PGRES_COMMAND_OK)
    *rows = g_ascii_strtoll (PQcmdTuples (result), NULL, 10);
  else
    error = g_strdup_printf ("%s %s", PQresultErrorField (result, PG_DIAG_SQLSTATE),
                             PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY));
  PQclear (result);
  PQfinish (conn);
  return error;
}

/* The server holds a unit to its own projects whatever the client: psql, or
 * a program of its own, as the unit's role. Another unit's figures are
 * refused with an error, never passed over in silence. */
static void
test_unit_refused_by_server (void)
{
  g_autofree char *url = NULL;
  g_autofree char *update = NULL;
  g_autofree char *remove = NULL;
  g_autofree char *own = NULL;
  g_autofree char *rename = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GtMonthlyReport) report = NULL;
  g_autoptr(GError) error = NULL;
  Register reg = { 0 };
  gint64 rows = -1;

  if (!setup_server ())
    return;
  register_setup (&reg);
  url = gt_test_server_role_url (UNIT_ROLE, PASSWORD);
  report = make_report (reg.foreign_project, 777000);
  g_assert_true (gt_store_save_monthly_report (reg.office, report, &error));
  g_assert_no_error (error);

  sql = g_strdup_printf ("UPDATE monthly_reports SET completed = 1 WHERE project_id = %"
                         G_GINT64_FORMAT, reg.foreign_project);
  update = role_exec_error (url, sql, &rows);
  g_test_message ("update: %s", update);
  g_assert_nonnull (update);
  g_assert_true (g_str_has_prefix (update, "42501"));
  g_free (sql);
  sql = g_strdup_printf ("DELETE FROM monthly_reports WHERE project_id = %" G_GINT64_FORMAT,
                         reg.foreign_project);
  remove = role_exec_error (url, sql, &rows);
  g_test_message ("delete: %s", remove);
  g_assert_nonnull (remove);
  g_assert_true (g_str_has_prefix (remove, "42501"));
  g_assert_cmpint (may_completed (gt_test_server_url (), reg.foreign_project), ==, 777000);

  rename = role_exec_error (url, "UPDATE projects SET name = 'x'", &rows);
  g_assert_nonnull (rename);
  g_assert_true (g_str_has_prefix (rename, "42501"));

  /* Its own, the same way: allowed. */
  g_free (sql);
  sql = g_strdup_printf ("INSERT INTO monthly_reports (project_id, month, completed) "
                         "VALUES (%" G_GINT64_FORMAT ", '2023-06', 42)", reg.own_project);
  own = role_exec_error (url, sql, &rows);
  g_assert_null (own);
  g_assert_cmpint (rows, ==, 1);
  g_clear_object (&reg.office);
}

/* A project's own fields are the office's: the unit's edit is refused. */
static void
test_unit_cannot_edit_project (void)
{
  g_autofree char *url = NULL;
  g_autoptr(GtStore) unit = NULL;
  g_autoptr(GtStore) fresh = NULL;
  g_autoptr(GtProject) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  Register reg = { 0 };

  if (!setup_server ())
    return;
  register_setup (&reg);
  url = gt_test_server_role_url (UNIT_ROLE, PASSWORD);
  unit = open_as (url);

  name = g_strdup (gt_project_get_name (gt_store_lookup_project (reg.office, reg.own_project)));
  edited = gt_project_copy (gt_store_lookup_project (unit, reg.own_project));
  gt_project_set_name (edited, "单位改的名字");
  g_assert_false (gt_store_update_project (unit, edited, &error));
  g_assert_nonnull (error);
  g_test_message ("refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "does not allow this desk"));

  fresh = open_as (gt_test_server_url ());
  g_assert_cmpstr (gt_project_get_name (gt_store_lookup_project (fresh, reg.own_project)), ==,
                   name);
  g_clear_object (&reg.office);
}

/* 整改: the unit writes its issue's status, resolution and date resolved, and
 * nothing else of it. */
static void
test_unit_rectifies_its_issue (void)
{
  g_autofree char *url = NULL;
  g_autoptr(GtStore) unit = NULL;
  g_autoptr(GtStore) fresh = NULL;
  g_autoptr(GtIssue) edited = NULL;
  g_autoptr(GtIssue) moved = NULL;
  g_autoptr(GError) error = NULL;
  GtIssue *seen;
  Register reg = { 0 };
  GDate resolved;

  if (!setup_server ())
    return;
  register_setup (&reg);
  url = gt_test_server_role_url (UNIT_ROLE, PASSWORD);
  unit = open_as (url);

  g_date_clear (&resolved, 1);
  g_date_set_dmy (&resolved, 20, G_DATE_MAY, 2023);
  edited = gt_issue_copy (gt_store_lookup_issue (unit, reg.own_issue));
  gt_issue_set_status (edited, GT_ISSUE_STATUS_RESOLVED);
  gt_issue_set_resolution (edited, "补偿款已拨付到户");
  gt_issue_set_resolved_on (edited, &resolved);
  g_assert_true (gt_store_update_issue (unit, edited, &error));
  g_assert_no_error (error);

  moved = gt_issue_copy (gt_store_lookup_issue (unit, reg.own_issue));
  gt_issue_set_description (moved, "单位改写的问题");
  g_assert_false (gt_store_update_issue (unit, moved, &error));
  g_assert_nonnull (error);
  g_test_message ("refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "does not allow this desk"));

  fresh = open_as (gt_test_server_url ());
  seen = gt_store_lookup_issue (fresh, reg.own_issue);
  g_assert_cmpint (gt_issue_get_status (seen), ==, GT_ISSUE_STATUS_RESOLVED);
  g_assert_cmpstr (gt_issue_get_resolution (seen), ==, "补偿款已拨付到户");
  g_assert_cmpstr (gt_issue_get_description (seen), ==, "征地补偿款未到位");
  g_clear_object (&reg.office);
}

/* A desk of the office (made a member of guatu_office, not the owner) still
 * edits everything once units are set up. */
static void
test_office_desk_edits_everything (void)
{
  g_autofree char *url = NULL;
  g_autoptr(GtStore) desk = NULL;
  g_autoptr(GtStore) fresh = NULL;
  g_autoptr(GtProject) edited = NULL;
  g_autoptr(GtMonthlyReport) report = NULL;
  g_autoptr(GtIssue) issue = NULL;
  g_autoptr(GError) error = NULL;
  Register reg = { 0 };

  if (!setup_server ())
    return;
  register_setup (&reg);
  g_assert_true (gt_pg_roles_grant_office (reg.office, DESK_ROLE, &error));
  g_assert_no_error (error);
  url = gt_test_server_role_url (DESK_ROLE, PASSWORD);
  desk = open_as (url);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (desk)), ==,
                    g_list_model_get_n_items (gt_store_get_projects (reg.office)));
  g_assert_cmpint (gt_pg_roles_get_desk (desk, NULL, &error), ==, GT_PG_DESK_OFFICE);
  g_assert_no_error (error);

  edited = gt_project_copy (gt_store_lookup_project (desk, reg.other_project));
  gt_project_set_name (edited, "办公室改的名字");
  g_assert_true (gt_store_update_project (desk, edited, &error));
  g_assert_no_error (error);
  report = make_report (reg.other_project, 4560000);
  g_assert_true (gt_store_save_monthly_report (desk, report, &error));
  g_assert_no_error (error);
  issue = gt_issue_copy (gt_store_lookup_issue (desk, reg.own_issue));
  gt_issue_set_description (issue, "办公室改写的问题");
  g_assert_true (gt_store_update_issue (desk, issue, &error));
  g_assert_no_error (error);

  fresh = open_as (gt_test_server_url ());
  g_assert_cmpstr (gt_project_get_name (gt_store_lookup_project (fresh, reg.other_project)), ==,
                   "办公室改的名字");
  g_assert_cmpstr (gt_issue_get_description (gt_store_lookup_issue (fresh, reg.own_issue)), ==,
                   "办公室改写的问题");
  g_assert_cmpint (may_completed (gt_test_server_url (), reg.other_project), ==, 4560000);
  g_clear_object (&reg.office);
}

static void
refresh (GtStore *store)
{
  g_autoptr(GError) error = NULL;
  GtDb *db = _gt_store_get_db (store);

  g_assert_true (gt_db_begin (db, GT_DB_WRITE, &error));
  g_assert_no_error (error);
  g_assert_true (gt_pg_roles_refresh (db, &error));
  g_assert_no_error (error);
  g_assert_true (gt_db_commit (db, &error));
  g_assert_no_error (error);
}

/* Granting twice is harmless; an unknown role or unit, or a file, is refused;
 * a migration's refresh sets up nothing where nothing was, and the same again
 * where it was. */
static void
test_grant_checks (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) fresh = NULL;
  g_autofree char *url = NULL;
  g_autoptr(GtStore) unit_store = NULL;
  g_autoptr(GtMonthlyReport) report = NULL;
  Register reg = { 0 };
  GtUnit *unit;

  if (!setup_server ())
    return;
  fresh = open_as (gt_test_server_url ());
  refresh (fresh);
  g_clear_object (&fresh);
  register_setup (&reg);
  refresh (reg.office);
  url = gt_test_server_role_url (UNIT_ROLE, PASSWORD);
  unit_store = open_as (url);
  report = make_report (reg.own_project, 31000);
  g_assert_true (gt_store_save_monthly_report (unit_store, report, &error));
  g_assert_no_error (error);
  unit = gt_store_lookup_unit (reg.office, reg.unit_id);

  g_assert_true (gt_pg_roles_grant_unit (reg.office, UNIT_ROLE, gt_unit_get_name (unit),
                                         NULL, &error));
  g_assert_no_error (error);
  g_assert_false (gt_pg_roles_grant_unit (reg.office, "guatu_no_such_role",
                                          gt_unit_get_name (unit), NULL, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (gt_pg_roles_grant_unit (reg.office, UNIT_ROLE, "没有这个单位", NULL, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (gt_pg_roles_grant_unit (reg.office, "guatu_office", gt_unit_get_name (unit),
                                          NULL, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED);
  g_clear_object (&reg.office);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/units/sees-its-own", test_unit_sees_its_own);
  g_test_add_func ("/units/files-its-own-figures", test_unit_files_its_own_figures);
  g_test_add_func ("/units/cannot-edit-project", test_unit_cannot_edit_project);
  g_test_add_func ("/units/refused-by-server", test_unit_refused_by_server);
  g_test_add_func ("/units/rectifies-its-issue", test_unit_rectifies_its_issue);
  g_test_add_func ("/units/office-desk-edits-everything", test_office_desk_edits_everything);
  g_test_add_func ("/units/grant-checks", test_grant_checks);

  return g_test_run ();
}
