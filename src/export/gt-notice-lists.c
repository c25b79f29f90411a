/* gt-notice-lists.c: the monthly notice's lists: 三、红黑榜 and 四、存在问题.
 *
 * The red list is the top N projects by completion rate on the month's sheet
 * (a year plan and something completed, ties by the rate as printed, then by
 * the amount); the black list the projects red at the close of each of the
 * last N months, every month judged as of its own last day; the overdue
 * issues those in hand past their deadline on the month's last day, by the
 * unit they were assigned to (else their project's), the units with the most
 * first. The lists are named in the text as well as tabled: a notice is read
 * aloud, and a name wrapped in a narrow cell is found in the sentence.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-issue.h"
#include "gt-notice-private.h"
#include "gt-project.h"
#include "gt-report-sheet.h"
#include "gt-unit.h"

/* One project's line of the month, for the red list. */
typedef struct {
  GtProject *project;
  gint64     annual_plan;
  gint64     completed;
  double     rate;
  char      *key;         /* collation key of the name, for ties */
} Line;

/* One overdue issue, for 四、存在问题. */
typedef struct {
  GtIssue    *issue;
  gint64      unit_id;
  const char *unit_name;
  guint       unit_count;  /* overdue issues of its unit, to order the units */
  int         days;        /* days overdue at the month's end */
} Overdue;

static void
line_free (gpointer data)
{
  Line *line = data;

  g_object_unref (line->project);
  g_free (line->key);
  g_free (line);
}

/* Best first: the rate as printed, then the amount completed, then the name. */
static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const Line *x = *(const Line *const *) a;
  const Line *y = *(const Line *const *) b;
  gint64 tenths_x = (gint64) (x->rate * 1000.0 + 0.5);
  gint64 tenths_y = (gint64) (y->rate * 1000.0 + 0.5);

  if (tenths_x != tenths_y)
    return tenths_x > tenths_y ? -1 : 1;
  if (x->completed != y->completed)
    return x->completed > y->completed ? -1 : 1;
  return strcmp (x->key, y->key);
}

/* 红榜: the top N projects by completion rate among those with a year plan and
 * something completed, from the month's sheet. */
gboolean
_gt_notice_add_red_list (GtNotice             *notice,
                         GtStore              *store,
                         const GtNoticeRules  *rules,
                         GError              **error)
{
  static const GtNoticeColumn columns[] = {
    { N_("No."), 4, TRUE },
    { N_("Project"), 16, FALSE },
    { N_("Responsible unit"), 9, FALSE },
    { N_("Year plan (10k yuan)"), 9, TRUE },
    { N_("Completed (10k yuan)"), 9, TRUE },
    { N_("Completion rate"), 7, TRUE },
  };
  g_autoptr(GtReportSheet) sheet = gt_report_sheet_new (store);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (line_free);
  g_autoptr(GPtrArray) listed = g_ptr_array_new ();
  g_autofree char *names = NULL;
  GtNoticeTable table;
  guint n;

  if (!gt_report_sheet_load (sheet, notice->year, notice->month, error))
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (sheet));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtReportRow) row = g_list_model_get_item (G_LIST_MODEL (sheet), i);
      gint64 plan = gt_report_row_get_annual_plan (row);
      gint64 completed = gt_report_row_get_cumulative (row);
      Line *line;

      if (plan <= 0 || completed <= 0)
        continue;
      line = g_new0 (Line, 1);
      line->project = g_object_ref (gt_report_row_get_project (row));
      line->annual_plan = plan;
      line->completed = completed;
      line->rate = (double) completed / plan;
      line->key = g_utf8_collate_key (gt_project_get_name (line->project), -1);
      g_ptr_array_add (lines, line);
    }
  g_ptr_array_sort (lines, compare_lines);

  _gt_notice_add_block (notice, GT_NOTICE_SUBHEADING, g_strdup (_("(1) Red list")));
  if (lines->len == 0)
    {
      _gt_notice_add_paragraph (notice, g_strdup (_("No project has completed investment against a "
                                         "year plan yet; the red list is empty this month.")));
      return TRUE;
    }
  for (guint i = 0; i < lines->len && i < rules->red_list_size; i++)
    g_ptr_array_add (listed, ((Line *) lines->pdata[i])->project);
  names = _gt_notice_join_names (listed);
  _gt_notice_add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: the number of projects, then their names */
    g_dngettext (GETTEXT_PACKAGE,
                 "By the investment completion rate, the top %u project is on the red list: "
                 "%s.",
                 "By the investment completion rate, the top %u projects are on the red list: "
                 "%s.", listed->len),
    listed->len, names));
  _gt_notice_table_begin (&table, notice, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < lines->len && i < rules->red_list_size; i++)
    {
      Line *line = lines->pdata[i];
      const char *unit;
      gint64 id = gt_project_get_id (line->project);

      g_array_append_val (notice->red_list, id);
      _gt_notice_table_add (&table, g_strdup_printf ("%u", i + 1));
      _gt_notice_table_add (&table, g_strdup (gt_project_get_name (line->project)));
      unit = _gt_notice_unit_name (store, gt_project_get_unit_id (line->project));
      _gt_notice_table_add (&table, g_strdup (unit));
      _gt_notice_table_add (&table, gt_format_wan (line->annual_plan));
      _gt_notice_table_add (&table, gt_format_wan (line->completed));
      _gt_notice_table_add (&table, _gt_notice_format_rate (line->rate));
    }
  _gt_notice_table_end (&table);
  return TRUE;
}

static int
compare_projects_by_name (gconstpointer a,
                          gconstpointer b)
{
  GtProject *x = *(GtProject *const *) a;
  GtProject *y = *(GtProject *const *) b;

  return g_utf8_collate (gt_project_get_name (x), gt_project_get_name (y));
}

/* 黑榜: the projects red at the close of each of the last N months, ending
 * with the notice's, each month judged as of its own last day. */
gboolean
_gt_notice_add_black_list (GtNotice             *notice,
                           GtStore              *store,
                           const GtRagRules     *rag_rules,
                           const GtNoticeRules  *rules,
                           GError              **error)
{
  static const GtNoticeColumn columns[] = {
    { N_("No."), 4, TRUE },
    { N_("Project"), 16, FALSE },
    { N_("Responsible unit"), 9, FALSE },
    { N_("Locality"), 8, FALSE },
    { N_("Why red"), 18, FALSE },
  };
  g_autoptr(GHashTable) reasons = NULL;
  g_autoptr(GPtrArray) months = g_ptr_array_new_with_free_func (
    (GDestroyNotify) g_hash_table_unref);
  g_autoptr(GPtrArray) black = g_ptr_array_new ();
  g_autofree char *names = NULL;
  GHashTable *lights;
  GHashTableIter iter;
  gpointer key, value;
  GtNoticeTable table;

  for (guint k = 0; k < rules->black_list_months; k++)
    {
      GtAsOf month;
      int y = notice->year, m = notice->month - (int) k;
      GHashTable *judged;

      while (m < 1)
        {
          m += 12;
          y--;
        }
      gt_as_of_set (&month, y, m);
      judged = gt_rag_judge_as_of (store, rag_rules, &month.day, k == 0 ? &reasons : NULL,
                                   error);
      if (judged == NULL)
        return FALSE;
      g_ptr_array_add (months, judged);
    }

  lights = months->pdata[0];
  g_hash_table_iter_init (&iter, lights);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gboolean running = TRUE;
      GtProject *project;

      for (guint k = 0; k < months->len && running; k++)
        {
          gpointer light;

          running = g_hash_table_lookup_extended (months->pdata[k], key, NULL, &light) &&
                    GPOINTER_TO_INT (light) == GT_RAG_RED;
        }
      project = running ? gt_store_lookup_project (store, *(gint64 *) key) : NULL;
      if (project != NULL)
        g_ptr_array_add (black, project);
    }
  g_ptr_array_sort (black, compare_projects_by_name);

  _gt_notice_add_block (notice, GT_NOTICE_SUBHEADING, g_strdup (_("(2) Black list")));
  if (black->len == 0)
    {
      _gt_notice_add_paragraph (notice, g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE,
                     "No project has been red for %u month running; the black list is empty "
                     "this month.",
                     "No project has been red for %u months running; the black list is empty "
                     "this month.", rules->black_list_months),
        rules->black_list_months));
      return TRUE;
    }
  names = _gt_notice_join_names (black);
  _gt_notice_add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: the months, the number of projects, then their names */
    g_dngettext (GETTEXT_PACKAGE,
                 "Red for %u month running, these %u projects are on the black list: %s.",
                 "Red for %u months running, these %u projects are on the black list: %s.",
                 rules->black_list_months),
    rules->black_list_months, black->len, names));
  _gt_notice_table_begin (&table, notice, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < black->len; i++)
    {
      GtProject *project = black->pdata[i];
      const char *unit;
      gint64 id = gt_project_get_id (project);
      gint64 locality = gt_project_get_locality_id (project);
      GtUnit *place = locality != 0 ? gt_store_lookup_unit (store, locality) : NULL;
      gpointer bits = reasons != NULL ? g_hash_table_lookup (reasons, &id) : NULL;

      g_array_append_val (notice->black_list, id);
      _gt_notice_table_add (&table, g_strdup_printf ("%u", i + 1));
      _gt_notice_table_add (&table, g_strdup (gt_project_get_name (project)));
      unit = _gt_notice_unit_name (store, gt_project_get_unit_id (project));
      _gt_notice_table_add (&table, g_strdup (unit));
      _gt_notice_table_add (&table, g_strdup (place != NULL ? gt_unit_get_name (place) : ""));
      _gt_notice_table_add (&table, gt_rag_describe_reasons (GPOINTER_TO_UINT (bits)));
    }
  _gt_notice_table_end (&table);
  return TRUE;
}

static int
compare_overdue (gconstpointer a,
                 gconstpointer b)
{
  const Overdue *x = a;
  const Overdue *y = b;
  int order;

  if (x->unit_count != y->unit_count)
    return x->unit_count > y->unit_count ? -1 : 1;
  if (x->unit_id != y->unit_id)
    {
      order = g_utf8_collate (x->unit_name, y->unit_name);
      return order != 0 ? order : (x->unit_id < y->unit_id ? -1 : 1);
    }
  if (x->days != y->days)
    return x->days > y->days ? -1 : 1;
  return gt_issue_get_id (x->issue) < gt_issue_get_id (y->issue) ? -1 : 1;
}

/* 四、存在问题: the issues past their deadline and still in hand at the month's
 * end, by the unit they were assigned to (else their project's), the units
 * with the most first. */
void
_gt_notice_add_overdue_issues (GtNotice *notice,
                               GtStore  *store)
{
  static const GtNoticeColumn columns[] = {
    { N_("No."), 4, TRUE },
    { N_("Responsible unit"), 8, FALSE },
    { N_("Project"), 10, FALSE },
    { N_("Issue"), 14, FALSE },
    { N_("Deadline"), 11, TRUE },
    { N_("Days overdue"), 6, TRUE },
  };
  GListModel *issues = gt_store_get_issues (store);
  g_autoptr(GArray) overdue = g_array_new (FALSE, TRUE, sizeof (Overdue));
  g_autoptr(GHashTable) per_unit = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, NULL);
  g_autoptr(GString) units = g_string_new (NULL);
  g_autofree char *day = gt_format_date (&notice->as_of);
  guint n = g_list_model_get_n_items (issues);
  guint n_units = 0;
  GtNoticeTable table;

  _gt_notice_add_block (notice, GT_NOTICE_HEADING, g_strdup (_("4. Problems")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);
      gboolean counts[GT_N_FIGURES_ISSUES];
      GtProject *project;
      Overdue item = { 0 };
      gpointer count;

      gt_figures_count_issue (gt_issue_get_status (issue), gt_issue_get_raised_on (issue),
                              gt_issue_get_resolved_on (issue), gt_issue_get_closed_on (issue),
                              gt_issue_get_deadline (issue), &notice->as_of, counts);
      if (!counts[GT_FIGURES_ISSUES_OVERDUE])
        continue;
      project = gt_store_lookup_project (store, gt_issue_get_project_id (issue));
      item.issue = g_steal_pointer (&issue);
      item.unit_id = gt_issue_get_unit_id (item.issue);
      if (item.unit_id == 0 && project != NULL)
        item.unit_id = gt_project_get_unit_id (project);
      item.unit_name = _gt_notice_unit_name (store, item.unit_id);
      item.days = g_date_days_between (gt_issue_get_deadline (item.issue), &notice->as_of);
      g_array_append_val (overdue, item);
      count = g_hash_table_lookup (per_unit, &item.unit_id);
      if (count == NULL)
        n_units++;
      g_hash_table_insert (per_unit, g_memdup2 (&item.unit_id, sizeof item.unit_id),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
    }

  if (overdue->len == 0)
    {
      /* TRANSLATORS: %s is a date, 2023年4月30日 */
      _gt_notice_add_paragraph (notice,
                                g_strdup_printf (_("As of %s, no issue in the county is past its "
                                                 "deadline unresolved."), day));
      return;
    }

  for (guint i = 0; i < overdue->len; i++)
    {
      Overdue *item = &g_array_index (overdue, Overdue, i);

      item->unit_count = GPOINTER_TO_UINT (g_hash_table_lookup (per_unit, &item->unit_id));
    }
  g_array_sort (overdue, compare_overdue);
  for (guint i = 0; i < overdue->len; i++)
    {
      Overdue *item = &g_array_index (overdue, Overdue, i);

      if (i > 0 && g_array_index (overdue, Overdue, i - 1).unit_id == item->unit_id)
        continue;
      if (units->len > 0)
        g_string_append (units, C_("between the items of a list", ", "));
      /* TRANSLATORS: a unit and its count of overdue issues: 自然资源局3个 */
      g_string_append_printf (units, C_("a unit and its overdue issues", "%s %u"),
                              item->unit_name, item->unit_count);
    }
  _gt_notice_add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: a date, the number of overdue issues, of units, then the
     * units with their counts */
    _("As of %s, %u issues in the county were past their deadline unresolved, in %u "
      "responsible units: %s. The units concerned are to resolve them without delay and "
      "report to the office."),
    day, overdue->len, n_units, units->str));

  _gt_notice_table_begin (&table, notice, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < overdue->len; i++)
    {
      Overdue *item = &g_array_index (overdue, Overdue, i);
      GtProject *project = gt_store_lookup_project (store,
                                                    gt_issue_get_project_id (item->issue));

      _gt_notice_table_add (&table, g_strdup_printf ("%u", i + 1));
      _gt_notice_table_add (&table, g_strdup (item->unit_name));
      _gt_notice_table_add (&table,
                            g_strdup (project != NULL ? gt_project_get_name (project) : ""));
      _gt_notice_table_add (&table, g_strdup (gt_issue_get_description (item->issue)));
      _gt_notice_table_add (&table, gt_format_date (gt_issue_get_deadline (item->issue)));
      _gt_notice_table_add (&table, g_strdup_printf ("%d", item->days));
    }
  _gt_notice_table_end (&table);
  for (guint i = 0; i < overdue->len; i++)
    g_object_unref (g_array_index (overdue, Overdue, i).issue);
}
