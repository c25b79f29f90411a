/* test-store-server.c: a register on a real PostgreSQL server.
 *
 * build-aux/test runs this suite inside pg_virtualenv, which starts a
 * throwaway cluster and sets GUATU_TEST_PG_URL; without it every case skips,
 * and build-aux/test counts a skip of this suite as a failure. Each case
 * starts from an empty database (the public schema dropped and made again).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libpq-fe.h>

#include "gt-demo.h"
#include "gt-history.h"
#include "gt-store.h"
#include "gt-summary.h"
#include "gt-test-server.h"
#include "gt-test-util.h"

static void
populate_demo (GtStore *store)
{
  g_autoptr(GError) error = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 28, G_DATE_APRIL, 2023);
  gt_store_set_year (store, 2023);
  g_assert_true (gt_demo_populate (store, gt_demo_size_default (), &today, &error));
  g_assert_no_error (error);
}

static char *
summary_json (GtStore *store)
{
  g_autoptr(GError) error = NULL;
  GtSummary summary;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 28, G_DATE_APRIL, 2023);
  g_assert_true (gt_summary_compute (store, 2023, &today, &summary, &error));
  g_assert_no_error (error);
  return gt_summary_to_json (&summary);
}

/* The same demo on a file and on the server sums up the same. */
static void
test_same_as_file (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GtStore) file = NULL;
  g_autoptr(GtStore) server = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file_json = NULL;
  g_autofree char *server_json = NULL;

  if (!gt_test_server_reset (NULL))
    return;

  dir = gt_test_make_dir ();
  path = g_build_filename (dir, "r.db", NULL);
  file = gt_store_open (path, &error);
  g_assert_no_error (error);
  populate_demo (file);
  server = gt_test_server_open ();
  populate_demo (server);

  file_json = summary_json (file);
  server_json = summary_json (server);
  g_assert_cmpstr (server_json, ==, file_json);
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (server)), ==,
                    g_list_model_get_n_items (gt_store_get_projects (file)));
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_issues (server)), ==,
                    g_list_model_get_n_items (gt_store_get_issues (file)));

  g_clear_object (&file);
  gt_test_remove_tree (dir);
}

typedef struct {
  guint calls;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *seen)
{
  seen->calls++;
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
}

/* One desk's edit reaches the other by NOTIFY, as one row changed. */
static void
test_two_desks_live (void)
{
  g_autoptr(GtStore) a = NULL;
  g_autoptr(GtStore) b = NULL;
  g_autoptr(GtProject) edited = NULL;
  g_autoptr(GError) error = NULL;
  ItemsChanged seen = { 0 };
  GtProject *project;
  gint64 id;

  if (!gt_test_server_reset (NULL))
    return;

  a = gt_test_server_open ();
  populate_demo (a);
  b = gt_test_server_open ();
  gt_store_set_year (b, 2023);

  project = g_list_model_get_item (gt_store_get_projects (a), 3);
  id = gt_project_get_id (project);
  edited = gt_project_copy (project);
  g_object_unref (project);
  gt_project_set_name (edited, "城东污水处理厂二期（改）");

  g_signal_connect (gt_store_get_projects (b), "items-changed",
                    G_CALLBACK (items_changed_cb), &seen);
  g_assert_false (gt_store_refresh (b, &error));
  g_assert_no_error (error);

  g_assert_true (gt_store_update_project (a, edited, &error));
  g_assert_no_error (error);

  g_assert_true (gt_test_refresh_until_changed (b));
  g_assert_cmpstr (gt_project_get_name (gt_store_lookup_project (b, id)), ==,
                   "城东污水处理厂二期（改）");
  g_assert_cmpuint (seen.calls, ==, 1);
  g_assert_cmpuint (seen.position, ==, 3);
  g_assert_cmpuint (seen.removed, ==, 1);
  g_assert_cmpuint (seen.added, ==, 1);

  /* Its own commit never comes back to a desk as another's. */
  g_assert_false (gt_store_refresh (a, &error));
  g_assert_no_error (error);
}

/* Undo on one desk over the other desk's newer edit of the row is refused. */
static void
test_undo_conflict (void)
{
  g_autoptr(GtStore) a = NULL;
  g_autoptr(GtStore) b = NULL;
  g_autoptr(GtProject) first = NULL;
  g_autoptr(GtProject) second = NULL;
  g_autoptr(GError) error = NULL;
  GtProject *project;
  gint64 id;

  if (!gt_test_server_reset (NULL))
    return;

  a = gt_test_server_open ();
  populate_demo (a);
  b = gt_test_server_open ();
  gt_store_set_year (b, 2023);

  project = g_list_model_get_item (gt_store_get_projects (a), 0);
  id = gt_project_get_id (project);
  first = gt_project_copy (project);
  g_object_unref (project);
  gt_project_set_name (first, "甲方改的名字");
  g_assert_true (gt_store_update_project (a, first, &error));
  g_assert_no_error (error);

  g_assert_true (gt_test_refresh_until_changed (b));
  second = gt_project_copy (gt_store_lookup_project (b, id));
  gt_project_set_name (second, "乙方改的名字");
  g_assert_true (gt_store_update_project (b, second, &error));
  g_assert_no_error (error);

  g_assert_true (gt_store_can_undo (a));
  g_assert_false (gt_store_undo (a, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT);

  /* And the other desk's name is what the server holds. */
  g_clear_object (&a);
  a = gt_test_server_open ();
  g_assert_cmpstr (gt_project_get_name (gt_store_lookup_project (a, id)), ==, "乙方改的名字");
}

/* Two desks save the same row at once: the second is refused, told whose
 * change it was and when, and shown it; nothing is silently overwritten. */
static void
test_same_row_at_once (void)
{
  g_autoptr(GtStore) a = NULL;
  g_autoptr(GtStore) b = NULL;
  g_autoptr(GtProject) from_a = NULL;
  g_autoptr(GtProject) from_b = NULL;
  g_autoptr(GError) error = NULL;
  GtProject *project;
  gint64 id;

  if (!gt_test_server_reset (NULL))
    return;

  a = gt_test_server_open ();
  populate_demo (a);
  gt_store_set_desk_name (a, "综合科张三");
  b = gt_test_server_open ();
  gt_store_set_year (b, 2023);
  gt_store_set_desk_name (b, "督查科李四");

  project = g_list_model_get_item (gt_store_get_projects (a), 7);
  id = gt_project_get_id (project);
  g_object_unref (project);
  /* Both open the project's editor on the same values… */
  from_a = gt_project_copy (gt_store_lookup_project (a, id));
  from_b = gt_project_copy (gt_store_lookup_project (b, id));
  gt_project_set_total_investment (from_a, 123400000000);
  gt_project_set_name (from_b, "乙桌改的名字");

  /* …and save one after the other, before either desk polled. */
  g_assert_true (gt_store_update_project (a, from_a, &error));
  g_assert_no_error (error);
  g_assert_false (gt_store_update_project (b, from_b, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CONFLICT);
  g_assert_true (g_str_has_prefix (error->message, "“乙桌改的名字” was changed meanwhile by "
                                                   "综合科张三, at "));
  g_clear_error (&error);

  /* B sees A's values now, and the server holds A's edit alone. */
  g_assert_cmpint (gt_project_get_total_investment (gt_store_lookup_project (b, id)), ==,
                   123400000000);
  g_clear_object (&a);
  a = gt_test_server_open ();
  g_assert_cmpint (gt_project_get_total_investment (gt_store_lookup_project (a, id)), ==,
                   123400000000);
  g_assert_cmpstr (gt_project_get_name (gt_store_lookup_project (a, id)), !=, "乙桌改的名字");
}

/* The history names the desk and the source on the server too, and a month
 * signed off on one desk is closed for every desk. */
static void
test_history_and_closing (void)
{
  g_autoptr(GtStore) a = NULL;
  g_autoptr(GtStore) b = NULL;
  g_autoptr(GtProject) edited = NULL;
  g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  GtHistoryEntry *last;
  GtProject *project;
  gint64 id;

  if (!gt_test_server_reset (NULL))
    return;

  a = gt_test_server_open ();
  populate_demo (a);
  gt_store_set_desk_name (a, "综合科");
  b = gt_test_server_open ();
  gt_store_set_year (b, 2023);
  gt_store_set_desk_name (b, "柳河镇");

  project = g_list_model_get_item (gt_store_get_projects (a), 2);
  id = gt_project_get_id (project);
  edited = gt_project_copy (project);
  g_object_unref (project);
  gt_project_set_owner (edited, "县城投公司");
  g_assert_true (gt_store_update_project (a, edited, &error));
  g_assert_no_error (error);

  entries = gt_history_list (b, id, 0, 0, &error);
  g_assert_no_error (error);
  last = entries->pdata[entries->len - 1];
  g_assert_cmpstr (last->field, ==, "owner");
  g_assert_cmpstr (last->new_value, ==, "县城投公司");
  g_assert_cmpstr (last->desk, ==, "综合科");
  g_assert_cmpstr (last->source, ==, "typed");

  g_assert_true (gt_history_close_month (a, 2023, 3, &error));
  g_assert_no_error (error);
  gt_monthly_report_set_project_id (report, id);
  gt_monthly_report_set_month (report, 2023, 3);
  gt_monthly_report_set_completed (report, 4242);
  g_assert_false (gt_store_save_monthly_report (b, report, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CLOSED);
  g_clear_error (&error);
  g_assert_true (gt_history_reopen_month (b, 2023, 3, "镇里补报", &error));
  g_assert_true (gt_store_save_monthly_report (b, report, &error));
  g_assert_no_error (error);
}

/* A desk whose connection is killed mid-batch leaves nothing of the batch. */
static void
test_killed_mid_batch (void)
{
  g_autoptr(GtStore) a = NULL;
  g_autoptr(GtStore) b = NULL;
  g_autoptr(GError) error = NULL;
  GLogLevelFlags fatal;
  guint before;

  if (!gt_test_server_reset (NULL))
    return;

  a = gt_test_server_open ();
  populate_demo (a);
  before = g_list_model_get_n_items (gt_store_get_projects (a));

  g_assert_true (gt_store_begin (a, &error));
  g_assert_no_error (error);
  for (int i = 0; i < 20; i++)
    {
      g_autoptr(GtProject) project = gt_project_new ();
      g_autofree char *name = g_strdup_printf ("批量新增项目%d", i);

      gt_project_set_name (project, name);
      g_assert_true (gt_store_add_project (a, project, &error));
      g_assert_no_error (error);
    }
  /* The server ends the desk's session, as a restart or a cut cable would. */
  gt_test_server_exec ("SELECT pg_terminate_backend (pid) FROM pg_stat_activity "
              "WHERE datname = current_database () AND pid <> pg_backend_pid ()");
  /* The lists cannot be read again either, which the store warns of. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_assert_false (gt_store_commit (a, &error));
  g_log_set_always_fatal (fatal);
  g_assert_nonnull (error);
  g_clear_error (&error);

  b = gt_test_server_open ();
  g_assert_cmpuint (g_list_model_get_n_items (gt_store_get_projects (b)), ==, before);
}

/* A database with other tables is not taken for a register, and is left alone. */
/* The server goes away under a desk: refresh and edits fail and say so, and the
 * desk connects again and goes on, with what happened meanwhile. */
static void
test_reconnect (void)
{
  g_autoptr(GtStore) a = NULL;
  g_autoptr(GtStore) b = NULL;
  g_autoptr(GtProject) edited = NULL;
  g_autoptr(GError) error = NULL;
  GtProject *project;
  gint64 id;

  if (!gt_test_server_reset (NULL))
    return;

  a = gt_test_server_open ();
  populate_demo (a);
  g_assert_true (gt_store_is_server (a));
  g_assert_true (gt_store_is_connected (a));
  project = g_list_model_get_item (gt_store_get_projects (a), 5);
  id = gt_project_get_id (project);
  edited = gt_project_copy (project);
  g_object_unref (project);

  gt_test_server_exec ("SELECT pg_terminate_backend (pid) FROM pg_stat_activity "
              "WHERE datname = current_database () AND pid <> pg_backend_pid ()");
  /* Meanwhile another desk renames the project. */
  b = gt_test_server_open ();
  {
    g_autoptr(GtProject) other = gt_project_copy (gt_store_lookup_project (b, id));

    gt_project_set_name (other, "断线期间改的名字");
    g_assert_true (gt_store_update_project (b, other, &error));
    g_assert_no_error (error);
  }

  gt_project_set_name (edited, "断线时想保存的名字");
  g_assert_false (gt_store_update_project (a, edited, &error));
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (gt_store_is_connected (a));

  g_assert_true (gt_store_reconnect (a, &error));
  g_assert_no_error (error);
  g_assert_true (gt_store_is_connected (a));
  g_assert_cmpstr (gt_project_get_name (gt_store_lookup_project (a, id)), ==, "断线期间改的名字");
  g_assert_false (gt_store_can_undo (a));

  /* And edits go through again. */
  g_clear_object (&edited);
  edited = gt_project_copy (gt_store_lookup_project (a, id));
  gt_project_set_name (edited, "重连后保存的名字");
  g_assert_true (gt_store_update_project (a, edited, &error));
  g_assert_no_error (error);
  g_assert_true (gt_test_refresh_until_changed (b));
  g_assert_cmpstr (gt_project_get_name (gt_store_lookup_project (b, id)), ==, "重连后保存的名字");
}

static void
test_foreign_database (void)
{
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!gt_test_server_reset (NULL))
    return;

  gt_test_server_exec ("CREATE TABLE invoices (id integer)");
  store = gt_store_open (gt_test_server_url (), &error);
  g_assert_null (store);
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_NOT_A_DATABASE);
  gt_test_server_exec ("SELECT 1 FROM invoices");
}

static void
test_too_new (void)
{
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!gt_test_server_reset (NULL))
    return;

  g_clear_object (&store);
  store = gt_test_server_open ();
  g_clear_object (&store);
  gt_test_server_exec ("UPDATE guatu_schema SET version = 99");
  store = gt_store_open (gt_test_server_url (), &error);
  g_assert_null (store);
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_TOO_NEW);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/server/same-as-file", test_same_as_file);
  g_test_add_func ("/server/two-desks-live", test_two_desks_live);
  g_test_add_func ("/server/undo-conflict", test_undo_conflict);
  g_test_add_func ("/server/same-row-at-once", test_same_row_at_once);
  g_test_add_func ("/server/history-and-closing", test_history_and_closing);
  g_test_add_func ("/server/killed-mid-batch", test_killed_mid_batch);
  g_test_add_func ("/server/reconnect", test_reconnect);
  g_test_add_func ("/server/foreign-database", test_foreign_database);
  g_test_add_func ("/server/too-new", test_too_new);

  return g_test_run ();
}
