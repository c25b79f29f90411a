/* test-issues-level-ui.c: the issue ledger's supervision level (督办级别):
 * its column's words and colours for issues at each level, the sort by it,
 * the filter's counts against the store's table of levels, and a step taken
 * while the ledger shows (the column and the filter follow the store).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-issues-view.h"
#include "gt-store-escalation.h"
#include "gt-test-ui.h"
#include "gt-window.h"

/* The column's position in the ledger: after the status. */
enum { COL_DESCRIPTION = 0, COL_LEVEL = 4 };

static GtIssuesView *
issues_view (void)
{
  GtWindow *window = gt_test_ui_window ();

  gt_window_show_page (window, "issues");
  gt_test_ui_settle (300);
  return GT_ISSUES_VIEW (gt_window_get_page (window, "issues"));
}

static GtkColumnView *
column_view (void)
{
  GtkWidget *found = gt_test_ui_find_widget (GTK_WIDGET (issues_view ()), gt_test_ui_is_of_type,
                                             GSIZE_TO_POINTER (GTK_TYPE_COLUMN_VIEW));

  g_assert_nonnull (found);
  return GTK_COLUMN_VIEW (found);
}

static gboolean
is_level_dropdown (GtkWidget     *widget,
                   gconstpointer  data)
{
  GListModel *model;

  if (!GTK_IS_DROP_DOWN (widget))
    return FALSE;
  model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));
  if (!GTK_IS_STRING_LIST (model) || g_list_model_get_n_items (model) == 0)
    return FALSE;
  return g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), data) == 0;
}

static GtkDropDown *
level_dropdown (void)
{
  GtkWidget *found = gt_test_ui_find_widget (GTK_WIDGET (issues_view ()), is_level_dropdown,
                                             _("All supervision levels"));

  g_assert_nonnull (found);
  return GTK_DROP_DOWN (found);
}

static GHashTable *
levels (void)
{
  g_autoptr(GError) error = NULL;
  GHashTable *table = gt_store_list_escalation_levels (gt_test_ui_store (), &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static GtEscalationLevel
level_of (GHashTable *table,
          GtIssue    *issue)
{
  gint64 id = gt_issue_get_id (issue);

  return GPOINTER_TO_INT (g_hash_table_lookup (table, &id));
}

static const char *
expected_text (GtEscalationLevel level)
{
  return level == GT_ESCALATION_NONE ? "" : gt_escalation_level_get_label (level);
}

static gboolean
is_css_named (GtkWidget  *widget,
              const char *name)
{
  return g_strcmp0 (gtk_widget_get_css_name (widget), name) == 0;
}

static GtkWidget *
nth_child (GtkWidget *widget,
           guint      n)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  for (guint i = 0; child != NULL && i < n; i++)
    child = gtk_widget_get_next_sibling (child);
  return child;
}

/* The rows drawn now (GtkColumnViewRowWidget, css name "row"). */
static GPtrArray *
drawn_rows (void)
{
  GPtrArray *rows = g_ptr_array_new ();
  GtkWidget *list = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (column_view ()));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      list = child;
  g_assert_nonnull (list);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (is_css_named (row, "row") && gtk_widget_get_mapped (row))
      g_ptr_array_add (rows, row);
  return rows;
}

/* The label of column @column in @row. */
static GtkLabel *
cell_label (GtkWidget *row,
            guint      column)
{
  GtkWidget *cell = nth_child (row, column);

  g_assert_nonnull (cell);
  g_assert_true (GTK_IS_LABEL (gtk_widget_get_first_child (cell)));
  return GTK_LABEL (gtk_widget_get_first_child (cell));
}

/* Checks every row drawn now: its level cell says the level of the issue its
 * description names (descriptions the demo uses once), in the level's colour.
 * Sets the levels seen in @seen. Returns how many rows it checked. */
static guint
check_drawn_rows (GHashTable *table,
                  gboolean    seen[GT_N_ESCALATION_LEVELS])
{
  GListModel *issues = gt_store_get_issues (gt_test_ui_store ());
  g_autoptr(GHashTable) by_description = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) repeated = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) rows = drawn_rows ();
  guint checked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      GtIssue *issue = g_list_model_get_item (issues, i);
      const char *description = gt_issue_get_description (issue);

      if (g_hash_table_contains (by_description, description))
        g_hash_table_add (repeated, (gpointer) description);
      g_hash_table_insert (by_description, (gpointer) description, issue);
      g_object_unref (issue);   /* the store's list keeps it */
    }

  for (guint i = 0; i < rows->len; i++)
    {
      GtkLabel *description = cell_label (g_ptr_array_index (rows, i), COL_DESCRIPTION);
      GtkLabel *level = cell_label (g_ptr_array_index (rows, i), COL_LEVEL);
      GtIssue *issue;
      GtEscalationLevel expected;

      if (g_hash_table_contains (repeated, gtk_label_get_label (description)))
        continue;
      issue = g_hash_table_lookup (by_description, gtk_label_get_label (description));
      g_assert_nonnull (issue);

      expected = level_of (table, issue);
      g_assert_cmpstr (gtk_label_get_label (level), ==, expected_text (expected));
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (level), "error")
                     == (expected == GT_ESCALATION_LISTED));
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (level), "warning")
                     == (expected == GT_ESCALATION_SUPERVISED));
      seen[expected] = TRUE;
      checked++;
    }
  return checked;
}

static void
sort_by_level (GtkSortType order)
{
  GtkColumnView *view = column_view ();
  g_autoptr(GtkColumnViewColumn) column =
    g_list_model_get_item (gtk_column_view_get_columns (view), COL_LEVEL);

  g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, _("Supervision level"));
  gtk_column_view_sort_by_column (view, column, order);
  gt_test_ui_settle (200);
}

/* The demo has issues at every level; the ledger shows each as its word. */
static void
test_column (void)
{
  g_autoptr(GHashTable) table = levels ();
  gboolean seen[GT_N_ESCALATION_LEVELS] = { FALSE, };
  guint count[GT_N_ESCALATION_LEVELS] = { 0, };
  GHashTableIter iter;
  gpointer value;
  GtkDropDown *dropdown = level_dropdown ();

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    count[GPOINTER_TO_INT (value)]++;
  for (guint level = GT_ESCALATION_ASSIGNED; level < GT_N_ESCALATION_LEVELS; level++)
    g_assert_cmpuint (count[level], >, 0);

  /* Lowest first, from each "at least" choice: the first rows drawn are of
   * that level. */
  sort_by_level (GTK_SORT_ASCENDING);
  for (guint i = 0; i < GT_N_ESCALATION_LEVELS; i++)
    {
      gtk_drop_down_set_selected (dropdown, i);
      gt_test_ui_settle (300);
      g_assert_cmpuint (check_drawn_rows (table, seen), >, 0);
    }
  for (guint level = 0; level < GT_N_ESCALATION_LEVELS; level++)
    g_assert_true (seen[level]);

  gtk_drop_down_set_selected (dropdown, 0);
  sort_by_level (GTK_SORT_DESCENDING);
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "issues-level");
}

static void
assert_sorted (GHashTable  *table,
               GtkSortType  order)
{
  GListModel *shown = G_LIST_MODEL (gtk_column_view_get_model (column_view ()));
  guint n = g_list_model_get_n_items (shown);
  int previous = order == GTK_SORT_ASCENDING ? 0 : GT_N_ESCALATION_LEVELS;

  g_assert_cmpuint (n, >, 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (shown, i);
      int level = level_of (table, issue);

      if (order == GTK_SORT_ASCENDING)
        g_assert_cmpint (level, >=, previous);
      else
        g_assert_cmpint (level, <=, previous);
      previous = level;
    }
  /* Not all at one level, or the order would prove nothing. */
  {
    g_autoptr(GtIssue) first = g_list_model_get_item (shown, 0);
    g_autoptr(GtIssue) last = g_list_model_get_item (shown, n - 1);

    g_assert_cmpint (level_of (table, first), !=, level_of (table, last));
  }
}

static void
test_sort (void)
{
  g_autoptr(GHashTable) table = levels ();

  gtk_drop_down_set_selected (level_dropdown (), 0);
  sort_by_level (GTK_SORT_ASCENDING);
  assert_sorted (table, GTK_SORT_ASCENDING);
  sort_by_level (GTK_SORT_DESCENDING);
  assert_sorted (table, GTK_SORT_DESCENDING);
}

/* How many of the store's issues are at @level or above. */
static guint
count_at_least (GHashTable        *table,
                GtEscalationLevel  level)
{
  GListModel *issues = gt_store_get_issues (gt_test_ui_store ());
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);

      n += level_of (table, issue) >= level;
    }
  return n;
}

static void
test_filter (void)
{
  g_autoptr(GHashTable) table = levels ();
  GtIssuesView *view = issues_view ();
  GtkDropDown *dropdown = level_dropdown ();
  guint previous = G_MAXUINT;

  gt_issues_view_set_search_text (view, "");
  for (guint i = 0; i < GT_N_ESCALATION_LEVELS; i++)
    {
      guint expected = count_at_least (table, i);

      gtk_drop_down_set_selected (dropdown, i);
      gt_test_ui_settle (100);
      g_assert_cmpuint (gt_issues_view_get_n_visible (view), ==, expected);
      /* Each choice is stricter than the one before. */
      g_assert_cmpuint (expected, <, previous);
      previous = expected;
    }
  gt_test_ui_save_screenshot (GTK_WIDGET (gt_test_ui_window ()), "issues-level-listed");

  /* The filter clears with the others. */
  gtk_widget_activate_action (GTK_WIDGET (view), "view.clear-filters", NULL);
  gt_test_ui_settle (100);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_cmpuint (gt_issues_view_get_n_visible (view), ==,
                    g_list_model_get_n_items (gt_store_get_issues (gt_test_ui_store ())));
}

/* An issue listed while the ledger shows 挂牌督办 only comes into it, and its
 * cell says so: the view follows the store's change. */
static void
test_follows_store (void)
{
  g_autoptr(GHashTable) table = levels ();
  GtIssuesView *view = issues_view ();
  GtkDropDown *dropdown = level_dropdown ();
  GListModel *issues = gt_store_get_issues (gt_test_ui_store ());
  g_autoptr(GtIssue) target = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  guint before;
  GDate on;

  for (guint i = 0; i < g_list_model_get_n_items (issues) && target == NULL; i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);

      if (level_of (table, issue) == GT_ESCALATION_SUPERVISED)
        target = g_object_ref (issue);
    }
  g_assert_nonnull (target);

  gtk_drop_down_set_selected (dropdown, GT_ESCALATION_LISTED);
  gt_test_ui_settle (100);
  before = gt_issues_view_get_n_visible (view);

  g_date_clear (&on, 1);
  g_date_set_dmy (&on, 15, 11, 2026);
  g_assert_true (gt_store_escalate_issue (gt_test_ui_store (), gt_issue_get_id (target),
                                          GT_ESCALATION_LISTED, &on, "测试", "office", &error));
  g_assert_no_error (error);
  gt_test_ui_settle (300);

  g_assert_cmpuint (gt_issues_view_get_n_visible (view), ==, before + 1);

  /* Its row, found by its description among the listed ones, says so. */
  gt_issues_view_set_search_text (view, gt_issue_get_description (target));
  gt_test_ui_settle (200);
  rows = drawn_rows ();
  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkLabel *level = cell_label (g_ptr_array_index (rows, i), COL_LEVEL);

      g_assert_cmpstr (gtk_label_get_label (level), ==,
                       gt_escalation_level_get_label (GT_ESCALATION_LISTED));
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (level), "error"));
    }

  gt_issues_view_set_search_text (view, "");
  gtk_drop_down_set_selected (dropdown, 0);
  gt_test_ui_settle (100);
}

static void
add_tests (void)
{
  g_test_add_func ("/issues-level/column", test_column);
  g_test_add_func ("/issues-level/sort", test_sort);
  g_test_add_func ("/issues-level/filter", test_filter);
  g_test_add_func ("/issues-level/follows-store", test_follows_store);
}

int
main (int   argc,
      char *argv[])
{
  return gt_test_ui_run (&argc, &argv, add_tests);
}
