/* test-history.c: the change history (变更记录) and month sign-off (定稿).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-history.h"
#include "gt-store.h"
#include "gt-test-util.h"

typedef struct {
  char    *dir;
  char    *path;
  GtStore *store;
  GDate    today;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_date_clear (&f->today, 1);
  g_date_set_dmy (&f->today, 28, G_DATE_APRIL, 2023);
  f->dir = gt_test_make_dir ();
  f->store = gt_test_open_demo (f->dir, &f->today);
  f->path = g_strdup (gt_store_get_path (f->store));
  gt_store_set_desk_name (f->store, "综合科");
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_object (&f->store);
  gt_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static GtProject *
first_project (Fixture *f)
{
  return g_list_model_get_item (gt_store_get_projects (f->store), 0);
}

/* The last entry of @field for @project_id, or NULL. */
static GtHistoryEntry *
last_entry (GPtrArray  *entries,
            const char *field)
{
  for (guint i = entries->len; i > 0; i--)
    {
      GtHistoryEntry *entry = entries->pdata[i - 1];

      if (g_str_equal (entry->field, field))
        return entry;
    }
  return NULL;
}

/* The last entry of the figures of @month (of @field, unless NULL), or NULL. */
static GtHistoryEntry *
last_report_entry_of (GPtrArray  *entries,
                      const char *month,
                      const char *field)
{
  for (guint i = entries->len; i > 0; i--)
    {
      GtHistoryEntry *entry = entries->pdata[i - 1];

      if (g_str_equal (entry->kind, "report") && g_strcmp0 (entry->month, month) == 0 &&
          (field == NULL || g_str_equal (entry->field, field)))
        return entry;
    }
  return NULL;
}

/* A typed edit and its undo: each field that changed, old and new, who, how. */
static void
test_typed_and_undo (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GtProject) project = first_project (f);
  g_autoptr(GtProject) edited = gt_project_copy (project);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_name = g_strdup (gt_project_get_name (project));
  gint64 id = gt_project_get_id (project);
  GtHistoryEntry *entry;

  gt_project_set_name (edited, "改过名的项目");
  gt_project_set_total_investment (edited, gt_project_get_total_investment (project) + 100);
  g_assert_true (gt_store_update_project (f->store, edited, &error));
  g_assert_no_error (error);

  entries = gt_history_list (f->store, id, 0, 0, &error);
  g_assert_no_error (error);
  entry = last_entry (entries, "name");
  g_assert_nonnull (entry);
  g_assert_cmpstr (entry->old_value, ==, old_name);
  g_assert_cmpstr (entry->new_value, ==, "改过名的项目");
  g_assert_cmpstr (entry->desk, ==, "综合科");
  g_assert_cmpstr (entry->source, ==, "typed");
  g_assert_cmpstr (entry->kind, ==, "project");
  g_assert_cmpint (entry->project_id, ==, id);
  g_assert_true (g_str_has_suffix (entry->at, "Z"));
  g_assert_nonnull (last_entry (entries, "total_investment"));
  /* Only what changed. */
  g_assert_null (last_entry (entries, "owner"));

  g_assert_true (gt_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = gt_history_list (f->store, id, 0, 0, &error);
  entry = last_entry (entries, "name");
  g_assert_cmpstr (entry->old_value, ==, "改过名的项目");
  g_assert_cmpstr (entry->new_value, ==, old_name);
  g_assert_cmpstr (entry->source, ==, "undo");

  /* This month's entries hold them too (the demo's own are of today as well). */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GPtrArray) month = gt_history_list (f->store, 0, g_date_time_get_year (now),
                                                  g_date_time_get_month (now), &error);

    g_assert_no_error (error);
    g_assert_cmpuint (month->len, >=, entries->len);
  }
}

static void
save_report (Fixture  *f,
             gint64    project_id,
             int       month,
             gint64    completed,
             GError  **error)
{
  g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();

  gt_monthly_report_set_project_id (report, project_id);
  gt_monthly_report_set_month (report, 2023, month);
  gt_monthly_report_set_completed (report, completed);
  gt_store_save_monthly_report (f->store, report, error);
}

/* A closed month takes no change of its figures from anyone until reopened
 * with a reason; other months are untouched by it. */
static void
test_close_month (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GtProject) project = first_project (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtStore) other = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gint64 id = gt_project_get_id (project);
  gint64 completed = gt_project_get_completed (project);
  GtHistoryEntry *entry;

  g_assert_false (gt_history_is_month_closed (f->store, 2023, 3, &error));
  g_assert_true (gt_history_close_month (f->store, 2023, 3, &error));
  g_assert_no_error (error);
  g_assert_true (gt_history_is_month_closed (f->store, 2023, 3, &error));
  /* Again: nothing changes. */
  g_assert_true (gt_history_close_month (f->store, 2023, 3, &error));

  save_report (f, id, 3, 999, &error);
  g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CLOSED);
  g_clear_error (&error);
  g_assert_cmpint (gt_project_get_completed (gt_store_lookup_project (f->store, id)), ==,
                   completed);

  /* Another program on the same file meets the same refusal. */
  other = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  gt_store_set_year (other, 2023);
  {
    g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();

    gt_monthly_report_set_project_id (report, id);
    gt_monthly_report_set_month (report, 2023, 3);
    gt_monthly_report_set_completed (report, 12345);
    g_assert_false (gt_store_save_monthly_report (other, report, &error));
    g_assert_error (error, GT_STORE_ERROR, GT_STORE_ERROR_CLOSED);
    g_clear_error (&error);
  }

  /* Another month is open. */
  save_report (f, id, 4, 777, &error);
  g_assert_no_error (error);

  /* Reopening needs a reason. */
  g_assert_false (gt_history_reopen_month (f->store, 2023, 3, "  ", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_true (gt_history_reopen_month (f->store, 2023, 3, "乡镇更正了3月数", &error));
  g_assert_no_error (error);
  g_assert_false (gt_history_is_month_closed (f->store, 2023, 3, &error));
  save_report (f, id, 3, 999, &error);
  g_assert_no_error (error);

  /* A change of the month's figures, or the month's first (field ''): the
   * demo may or may not have filled March for this project. */
  entries = gt_history_list (f->store, id, 0, 0, &error);
  entry = last_report_entry_of (entries, "2023-03", NULL);
  g_assert_nonnull (entry);
  g_assert_true (g_str_equal (entry->field, "completed") || *entry->field == '\0');
  g_assert_cmpstr (entry->new_value, ==, "999");
}

static guint
count_report_entries (GPtrArray  *entries,
                      const char *month)
{
  guint n = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      GtHistoryEntry *entry = entries->pdata[i];

      n += g_str_equal (entry->kind, "report") && g_strcmp0 (entry->month, month) == 0;
    }
  return n;
}

/* A new month's figures are one entry (field '', the completed amount as
 * new), however many of its fields are filled; a later change is an entry a
 * field, old and new; the same figures again are none. */
static void
test_new_month (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GtProject) project = first_project (f);
  g_autoptr(GtMonthlyReport) report = gt_monthly_report_new ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = gt_project_get_id (project);
  GtHistoryEntry *entry;

  gt_monthly_report_set_project_id (report, id);
  gt_monthly_report_set_month (report, 2023, 5);
  gt_monthly_report_set_completed (report, 1200000);
  gt_monthly_report_set_percent (report, 35);
  gt_monthly_report_set_progress_note (report, "主体结构施工");
  gt_monthly_report_set_problems (report, "用地指标未落实");
  g_assert_true (gt_store_save_monthly_report (f->store, report, &error));
  g_assert_no_error (error);

  entries = gt_history_list (f->store, id, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_report_entries (entries, "2023-05"), ==, 1);
  entry = last_report_entry_of (entries, "2023-05", NULL);
  g_assert_cmpstr (entry->field, ==, "");
  g_assert_null (entry->old_value);
  g_assert_cmpstr (entry->new_value, ==, "1200000");
  g_assert_cmpstr (entry->desk, ==, "综合科");
  g_assert_cmpstr (entry->source, ==, "typed");
  g_assert_cmpint (entry->project_id, ==, id);

  /* Two fields changed: two entries, each old → new. */
  gt_monthly_report_set_percent (report, 40);
  gt_monthly_report_set_progress_note (report, "主体结构封顶");
  g_assert_true (gt_store_save_monthly_report (f->store, report, &error));
  g_assert_no_error (error);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = gt_history_list (f->store, id, 0, 0, &error);
  g_assert_cmpuint (count_report_entries (entries, "2023-05"), ==, 3);
  entry = last_report_entry_of (entries, "2023-05", "percent");
  g_assert_nonnull (entry);
  g_assert_cmpstr (entry->old_value, ==, "35");
  g_assert_cmpstr (entry->new_value, ==, "40");
  entry = last_report_entry_of (entries, "2023-05", "progress_note");
  g_assert_nonnull (entry);
  g_assert_cmpstr (entry->old_value, ==, "主体结构施工");
  g_assert_cmpstr (entry->new_value, ==, "主体结构封顶");
  g_assert_null (last_report_entry_of (entries, "2023-05", "completed"));
  g_assert_null (last_report_entry_of (entries, "2023-05", "problems"));

  /* The same figures again: nothing. */
  g_assert_true (gt_store_save_monthly_report (f->store, report, &error));
  g_assert_no_error (error);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = gt_history_list (f->store, id, 0, 0, &error);
  g_assert_cmpuint (count_report_entries (entries, "2023-05"), ==, 3);
}

/* The register's identity stays with it when reopened or copied by file, and
 * another register has another. */
static void
test_register_id (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *id = gt_store_dup_register_id (f->store);
  g_autofree char *again = NULL;
  g_autofree char *copied_path = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *other_path = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *copied_id = NULL;
  g_autofree char *other_id = NULL;
  g_autoptr(GtStore) copied = NULL;
  g_autoptr(GtStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* A copy of the file is another register with the same identity. */
  if (gt_test_on_server ())
    {
      g_test_skip ("A copy of a file");
      return;
    }
  g_assert_nonnull (id);
  g_assert_cmpuint (strlen (id), ==, 32);
  g_clear_object (&f->store);
  f->store = gt_store_open (f->path, &error);
  g_assert_no_error (error);
  again = gt_store_dup_register_id (f->store);
  g_assert_cmpstr (again, ==, id);

  g_clear_object (&f->store);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, &error));
  g_assert_true (g_file_set_contents (copied_path, contents, length, &error));
  copied = gt_store_open (copied_path, &error);
  g_assert_no_error (error);
  copied_id = gt_store_dup_register_id (copied);
  g_assert_cmpstr (copied_id, ==, id);

  other = gt_store_open (other_path, &error);
  g_assert_no_error (error);
  other_id = gt_store_dup_register_id (other);
  g_assert_cmpstr (other_id, !=, id);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/history/typed-and-undo", Fixture, NULL, setup, test_typed_and_undo, teardown);
  g_test_add ("/history/close-month", Fixture, NULL, setup, test_close_month, teardown);
  g_test_add ("/history/new-month", Fixture, NULL, setup, test_new_month, teardown);
  g_test_add ("/history/register-id", Fixture, NULL, setup, test_register_id, teardown);

  return g_test_run ();
}
