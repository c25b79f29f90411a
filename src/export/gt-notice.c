/* gt-notice.c: the monthly notice (通报) built as text, once.
 *
 * Every figure is as of the month asked for: the figures and the lights of its
 * last day (gt_figures_compute(), gt_rag_judge_as_of()), the projects' plans and
 * completed investment from that month's sheet, the issues as they stood on
 * that day (gt_figures_count_issue()). The notice is dated from its month by
 * the office's rule, so that a notice made again later is the same notice.
 *
 * The wording follows the notices county offices issue: 主送 line, "现将……
 * 通报如下：", sections 一、二、… with （一）（二） under them, figures in 亿元 or
 * 万元, rates to a tenth of a percent, the signature and the date at the end.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-issue.h"
#include "gt-notice.h"
#include "gt-office-settings.h"
#include "gt-project.h"
#include "gt-report-sheet.h"
#include "gt-unit.h"

typedef struct {
  const char *label;
  guint       width;      /* characters */
  gboolean    figure;
} Column;

typedef struct {
  GtNoticeBlock *block;
  GPtrArray     *cells;
} Table;

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
block_free (gpointer data)
{
  GtNoticeBlock *block = data;

  g_free (block->text);
  g_strfreev (block->cells);
  g_free (block->widths);
  g_free (block->figures);
  g_free (block);
}

static GtNoticeBlock *
add_block (GtNotice          *notice,
           GtNoticeBlockKind  kind,
           char              *text)
{
  GtNoticeBlock *block = g_new0 (GtNoticeBlock, 1);

  block->kind = kind;
  block->text = text;
  g_ptr_array_add (notice->blocks, block);
  return block;
}

static void
add_paragraph (GtNotice *notice,
               char     *text)
{
  add_block (notice, GT_NOTICE_PARAGRAPH, text);
}

static void
table_begin (Table        *table,
             GtNotice     *notice,
             const Column *columns,
             guint         n_columns)
{
  GtNoticeBlock *block = add_block (notice, GT_NOTICE_TABLE, NULL);

  block->n_columns = n_columns;
  block->widths = g_new0 (guint, n_columns);
  block->figures = g_new0 (gboolean, n_columns);
  table->block = block;
  table->cells = g_ptr_array_new ();
  for (guint c = 0; c < n_columns; c++)
    {
      block->widths[c] = columns[c].width;
      block->figures[c] = columns[c].figure;
      g_ptr_array_add (table->cells, g_strdup (_(columns[c].label)));
    }
}

/* Takes @text. */
static void
table_add (Table *table,
           char  *text)
{
  g_ptr_array_add (table->cells, text != NULL ? text : g_strdup (""));
}

static void
table_end (Table *table)
{
  GtNoticeBlock *block = table->block;

  g_assert (table->cells->len % block->n_columns == 0);
  block->n_rows = table->cells->len / block->n_columns;
  g_ptr_array_add (table->cells, NULL);
  block->cells = (char **) g_ptr_array_free (table->cells, FALSE);
}

static char *
format_rate (double rate)
{
  return gt_format_percent (rate);
}

static const char *
unit_name (GtStore *store,
           gint64   id)
{
  GtUnit *unit = id != 0 ? gt_store_lookup_unit (store, id) : NULL;

  return unit != NULL ? gt_unit_get_name (unit) : _("No responsible unit");
}

/* The names of @projects (GtProject *) in a list: "A、B、C". */
static char *
join_names (GPtrArray *projects)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < projects->len; i++)
    {
      if (i > 0)
        g_string_append (names, C_("between the items of a list", ", "));
      g_string_append (names, gt_project_get_name (projects->pdata[i]));
    }
  return g_string_free (names, FALSE);
}

/* 一、总体情况: the year's register, the month's investment and the four rates
 * (投资完成率, 序时进度完成率, 开工率, 问题整改率), then the lights. */
static void
add_overall (GtNotice        *notice,
             const GtFigures *figures)
{
  static const Column columns[] = {
    { N_("Rate"), 10, FALSE },
    { N_("Basis"), 22, FALSE },
    { N_("Rate achieved"), 8, TRUE },
  };
  const GtFiguresGroup *total = &figures->total;
  g_autofree char *month_text = gt_format_month (notice->year, notice->month);
  g_autofree char *total_investment = gt_format_money (total->total_investment);
  g_autofree char *plan = gt_format_money (total->annual_plan);
  g_autofree char *completed = gt_format_money (total->completed);
  g_autofree char *completed_month = gt_format_money (total->completed_month);
  g_autofree char *target = gt_format_money (total->pro_rata_target);
  g_autofree char *completion = format_rate (gt_figures_group_completion_rate (total));
  g_autofree char *pro_rata = format_rate (gt_figures_group_pro_rata_rate (total));
  g_autofree char *start = format_rate (gt_figures_group_start_rate (total));
  g_autofree char *resolution = format_rate (gt_figures_group_resolution_rate (total));
  g_autofree char *start_target = NULL;
  const guint *issues = total->issues;
  Table table;

  add_block (notice, GT_NOTICE_HEADING, g_strdup (_("1. Overall Situation")));

  add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: the year, the number of projects, the total investment and
     * the year's plan (1.23亿元) */
    _("In %d the county is carrying out %u key projects, with a total investment of %s and "
      "a planned investment of %s for the year."),
    notice->year, total->projects, total_investment, plan));

  add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: a month (2023年4月), the amount completed since January, the
     * completion rate, the time-proportional target, the pro-rata rate, the
     * month again, the amount completed in that month alone */
    _("By the end of %s, investment of %s had been completed, %s of the year's plan (the "
      "investment completion rate); the time-proportional target was %s, of which %s was "
      "reached (the pro-rata completion rate). In %s alone, %s was completed."),
    month_text, completed, completion, target, pro_rata, month_text, completed_month));

  if (figures->start_target >= 0)
    {
      g_autofree char *goal = format_rate (figures->start_target);

      /* TRANSLATORS: the start-rate target in force, 50.0% */
      start_target = g_strdup_printf (_(", against a target of %s"), goal);
    }
  add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: projects planned to start this year, those started, the
     * start rate, and the target sentence above or nothing */
    _("Of the %u projects planned to start this year, %u have started: a start rate of "
      "%s%s."),
    total->to_start, total->started, start, start_target != NULL ? start_target : ""));

  add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: issues found, resolved, in hand, of those overdue, the rate */
    _("%u issues have been found in the projects' construction: %u resolved and %u in "
      "hand, %u of them past their deadline; an issue resolution rate of %s."),
    issues[GT_FIGURES_ISSUES_FOUND], issues[GT_FIGURES_ISSUES_RESOLVED],
    issues[GT_FIGURES_ISSUES_IN_HAND], issues[GT_FIGURES_ISSUES_OVERDUE], resolution));

  add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: the counts of green, amber and red projects */
    _("Judged by the status lights, %u projects are green, %u amber and %u red."),
    total->by_rag[GT_RAG_GREEN], total->by_rag[GT_RAG_AMBER], total->by_rag[GT_RAG_RED]));

  table_begin (&table, notice, columns, G_N_ELEMENTS (columns));
  table_add (&table, g_strdup (_("Investment completion rate")));
  table_add (&table, g_strdup_printf (_("%s completed of a plan of %s"), completed, plan));
  table_add (&table, g_strdup (completion));
  table_add (&table, g_strdup (_("Pro-rata completion rate")));
  table_add (&table, g_strdup_printf (_("%s completed of a target of %s"), completed, target));
  table_add (&table, g_strdup (pro_rata));
  table_add (&table, g_strdup (_("Start rate")));
  table_add (&table, g_strdup_printf (_("%u started of %u planned"), total->started,
                                      total->to_start));
  table_add (&table, g_strdup (start));
  table_add (&table, g_strdup (_("Issue resolution rate")));
  table_add (&table, g_strdup_printf (_("%u resolved of %u found"),
                                      issues[GT_FIGURES_ISSUES_RESOLVED],
                                      issues[GT_FIGURES_ISSUES_FOUND]));
  table_add (&table, g_strdup (resolution));
  table_end (&table);
}

/* One group of 二、排名情况: ranked by the completion rate, the other rates
 * beside it; the projects with no locality or unit are not a group to rank. */
static void
add_ranking_table (GtNotice  *notice,
                   GPtrArray *groups,
                   const char *name_label)
{
  static const Column columns[] = {
    { N_("Place"), 4, TRUE },
    { NULL, 12, FALSE },
    { N_("Number of projects"), 5, TRUE },
    { N_("Year plan (10k yuan)"), 10, TRUE },
    { N_("Completed (10k yuan)"), 10, TRUE },
    { N_("Completion rate"), 7, TRUE },
    { N_("Start rate"), 7, TRUE },
    { N_("Issue resolution rate"), 7, TRUE },
  };
  Column named[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) ranked = g_ptr_array_new ();
  g_autoptr(GArray) entries = NULL;
  Table table;

  for (guint i = 0; i < groups->len; i++)
    {
      GtFiguresGroup *group = groups->pdata[i];

      /* A unit with issues assigned but no project of its own is not ranked. */
      if (group->id != 0 && group->projects > 0)
        g_ptr_array_add (ranked, group);
    }
  if (ranked->len == 0)
    {
      add_paragraph (notice, g_strdup (_("None.")));
      return;
    }

  memcpy (named, columns, sizeof columns);
  named[1].label = name_label;
  entries = gt_ranking_compute (ranked, GT_RANKING_COMPLETION);
  table_begin (&table, notice, named, G_N_ELEMENTS (named));
  for (guint i = 0; i < entries->len; i++)
    {
      const GtRankingEntry *entry = &g_array_index (entries, GtRankingEntry, i);
      const GtFiguresGroup *group = entry->group;

      table_add (&table, entry->rank > 0 ? g_strdup_printf ("%u", entry->rank) : g_strdup ("—"));
      table_add (&table, g_strdup (group->name));
      table_add (&table, g_strdup_printf ("%u", group->projects));
      table_add (&table, gt_format_wan (group->annual_plan));
      table_add (&table, gt_format_wan (group->completed));
      table_add (&table, format_rate (gt_figures_group_completion_rate (group)));
      table_add (&table, format_rate (gt_figures_group_start_rate (group)));
      table_add (&table, format_rate (gt_figures_group_resolution_rate (group)));
    }
  table_end (&table);
}

static void
add_rankings (GtNotice        *notice,
              const GtFigures *figures)
{
  add_block (notice, GT_NOTICE_HEADING, g_strdup (_("2. Rankings")));
  add_paragraph (notice, g_strdup (
    _("The localities and the responsible units are ranked apart, by the investment "
      "completion rate; the start rate and the issue resolution rate are shown beside it.")));
  add_block (notice, GT_NOTICE_SUBHEADING,
             g_strdup (_("(1) Townships, street offices and parks")));
  add_ranking_table (notice, figures->by_locality, N_("Locality"));
  add_block (notice, GT_NOTICE_SUBHEADING, g_strdup (_("(2) County departments")));
  add_ranking_table (notice, figures->by_unit, N_("Responsible unit"));
  add_block (notice, GT_NOTICE_NOTE,
             g_strdup (gt_ranking_metric_describe_rule (GT_RANKING_COMPLETION)));
}

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
static gboolean
add_red_list (GtNotice             *notice,
              GtStore              *store,
              const GtNoticeRules  *rules,
              GError              **error)
{
  static const Column columns[] = {
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
  Table table;
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

  add_block (notice, GT_NOTICE_SUBHEADING, g_strdup (_("(1) Red list")));
  if (lines->len == 0)
    {
      add_paragraph (notice, g_strdup (_("No project has completed investment against a "
                                         "year plan yet; the red list is empty this month.")));
      return TRUE;
    }
  for (guint i = 0; i < lines->len && i < rules->red_list_size; i++)
    g_ptr_array_add (listed, ((Line *) lines->pdata[i])->project);
  names = join_names (listed);
  add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: the number of projects, then their names */
    g_dngettext (GETTEXT_PACKAGE,
                 "By the investment completion rate, the top %u project is on the red list: "
                 "%s.",
                 "By the investment completion rate, the top %u projects are on the red list: "
                 "%s.", listed->len),
    listed->len, names));
  table_begin (&table, notice, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < lines->len && i < rules->red_list_size; i++)
    {
      Line *line = lines->pdata[i];
      gint64 id = gt_project_get_id (line->project);

      g_array_append_val (notice->red_list, id);
      table_add (&table, g_strdup_printf ("%u", i + 1));
      table_add (&table, g_strdup (gt_project_get_name (line->project)));
      table_add (&table, g_strdup (unit_name (store, gt_project_get_unit_id (line->project))));
      table_add (&table, gt_format_wan (line->annual_plan));
      table_add (&table, gt_format_wan (line->completed));
      table_add (&table, format_rate (line->rate));
    }
  table_end (&table);
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
static gboolean
add_black_list (GtNotice             *notice,
                GtStore              *store,
                const GtRagRules     *rag_rules,
                const GtNoticeRules  *rules,
                GError              **error)
{
  static const Column columns[] = {
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
  Table table;

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

  add_block (notice, GT_NOTICE_SUBHEADING, g_strdup (_("(2) Black list")));
  if (black->len == 0)
    {
      add_paragraph (notice, g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE,
                     "No project has been red for %u month running; the black list is empty "
                     "this month.",
                     "No project has been red for %u months running; the black list is empty "
                     "this month.", rules->black_list_months),
        rules->black_list_months));
      return TRUE;
    }
  names = join_names (black);
  add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: the months, the number of projects, then their names */
    g_dngettext (GETTEXT_PACKAGE,
                 "Red for %u month running, these %u projects are on the black list: %s.",
                 "Red for %u months running, these %u projects are on the black list: %s.",
                 rules->black_list_months),
    rules->black_list_months, black->len, names));
  table_begin (&table, notice, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < black->len; i++)
    {
      GtProject *project = black->pdata[i];
      gint64 id = gt_project_get_id (project);
      gint64 locality = gt_project_get_locality_id (project);
      GtUnit *place = locality != 0 ? gt_store_lookup_unit (store, locality) : NULL;
      gpointer bits = reasons != NULL ? g_hash_table_lookup (reasons, &id) : NULL;

      g_array_append_val (notice->black_list, id);
      table_add (&table, g_strdup_printf ("%u", i + 1));
      table_add (&table, g_strdup (gt_project_get_name (project)));
      table_add (&table, g_strdup (unit_name (store, gt_project_get_unit_id (project))));
      table_add (&table, g_strdup (place != NULL ? gt_unit_get_name (place) : ""));
      table_add (&table, gt_rag_describe_reasons (GPOINTER_TO_UINT (bits)));
    }
  table_end (&table);
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
static void
add_overdue_issues (GtNotice *notice,
                    GtStore  *store)
{
  static const Column columns[] = {
    { N_("No."), 4, TRUE },
    { N_("Responsible unit"), 8, FALSE },
    { N_("Project"), 11, FALSE },
    { N_("Issue"), 15, FALSE },
    { N_("Deadline"), 10, TRUE },
    { N_("Days overdue"), 5, TRUE },
  };
  GListModel *issues = gt_store_get_issues (store);
  g_autoptr(GArray) overdue = g_array_new (FALSE, TRUE, sizeof (Overdue));
  g_autoptr(GHashTable) per_unit = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, NULL);
  g_autoptr(GString) units = g_string_new (NULL);
  g_autofree char *day = gt_format_date (&notice->as_of);
  guint n = g_list_model_get_n_items (issues);
  guint n_units = 0;
  Table table;

  add_block (notice, GT_NOTICE_HEADING, g_strdup (_("4. Problems")));
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
      item.unit_name = unit_name (store, item.unit_id);
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
      add_paragraph (notice, g_strdup_printf (_("As of %s, no issue in the county is past its "
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
  add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: a date, the number of overdue issues, of units, then the
     * units with their counts */
    _("As of %s, %u issues in the county were past their deadline unresolved, in %u "
      "responsible units: %s. The units concerned are to resolve them without delay and "
      "report to the office."),
    day, overdue->len, n_units, units->str));

  table_begin (&table, notice, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < overdue->len; i++)
    {
      Overdue *item = &g_array_index (overdue, Overdue, i);
      GtProject *project = gt_store_lookup_project (store,
                                                    gt_issue_get_project_id (item->issue));

      table_add (&table, g_strdup_printf ("%u", i + 1));
      table_add (&table, g_strdup (item->unit_name));
      table_add (&table, g_strdup (project != NULL ? gt_project_get_name (project) : ""));
      table_add (&table, g_strdup (gt_issue_get_description (item->issue)));
      table_add (&table, gt_format_date (gt_issue_get_deadline (item->issue)));
      table_add (&table, g_strdup_printf ("%d", item->days));
    }
  table_end (&table);
  for (guint i = 0; i < overdue->len; i++)
    g_object_unref (g_array_index (overdue, Overdue, i).issue);
}

static void
add_next_steps (GtNotice            *notice,
                const GtNoticeRules *rules)
{
  const char *text = rules->next_steps;

  add_block (notice, GT_NOTICE_HEADING, g_strdup (_("5. Next Steps")));
  if (text == NULL || *text == '\0')
    text = _("Every township, street office, park and department is to keep to the "
             "one project, one leader, one team, one plan mechanism, schedule backwards "
             "from the targets and press on with the wall chart: the projects behind the "
             "time-proportional target are to catch up, the projects not started are to "
             "start at once, and the issues assigned are to be resolved by their "
             "deadlines. The office will keep notifying progress monthly and report the "
             "projects on the black list to the county's leaders.");
  /* The office's own text may run to several paragraphs, a line each. */
  {
    g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);

    for (guint i = 0; paragraphs[i] != NULL; i++)
      {
        g_strstrip (paragraphs[i]);
        if (*paragraphs[i] != '\0')
          add_paragraph (notice, g_strdup (paragraphs[i]));
      }
  }
}

void
gt_notice_free (GtNotice *notice)
{
  if (notice == NULL)
    return;
  g_free (notice->office_name);
  g_free (notice->number);
  g_free (notice->title);
  g_free (notice->addressee);
  g_free (notice->date_text);
  g_clear_pointer (&notice->blocks, g_ptr_array_unref);
  g_clear_pointer (&notice->red_list, g_array_unref);
  g_clear_pointer (&notice->black_list, g_array_unref);
  g_free (notice);
}

GtNotice *
gt_notice_build (GtStore              *store,
                 const GtAsOf         *as_of,
                 const GtRagRules     *rag_rules,
                 const GtStartTargets *targets,
                 const GtNoticeRules  *rules,
                 const char           *office_name,
                 GError              **error)
{
  g_autoptr(GtNotice) notice = g_new0 (GtNotice, 1);
  g_autoptr(GtFigures) figures = NULL;
  g_autofree char *month_text = NULL;
  g_autofree char *number = NULL;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (as_of != NULL && rag_rules != NULL && targets != NULL, NULL);
  g_return_val_if_fail (rules != NULL, NULL);

  notice->year = as_of->year;
  notice->month = as_of->month;
  notice->as_of = as_of->day;
  notice->blocks = g_ptr_array_new_with_free_func (block_free);
  notice->red_list = g_array_new (FALSE, FALSE, sizeof (gint64));
  notice->black_list = g_array_new (FALSE, FALSE, sizeof (gint64));

  figures = gt_figures_compute (store, as_of->year, as_of->month, rag_rules, targets, NULL,
                                error);
  if (figures == NULL)
    return NULL;

  month_text = gt_format_month (as_of->year, as_of->month);
  notice->office_name = g_strdup (office_name != NULL && *office_name != '\0'
                                  ? office_name : _("Key Projects Office"));
  /* Numbered per year, one notice a month: April's is No. 4 of its year. */
  /* TRANSLATORS: the document number (文号) after its prefix: 〔2023〕4号 */
  number = g_strdup_printf (_("[%d] No. %d"), as_of->year, as_of->month);
  notice->number = g_strconcat (rules->number_prefix != NULL ? rules->number_prefix : "",
                                number, NULL);
  /* TRANSLATORS: %s is a month, 2023年4月 */
  notice->title = g_strdup_printf (_("Notice on the Progress of the County’s Key Projects "
                                     "in %s"), month_text);
  notice->addressee = g_strdup (_("To the townships, street offices and parks, and the "
                                  "county departments concerned:"));
  gt_notice_rules_issue_date (rules, as_of->year, as_of->month, &notice->date);
  notice->date_text = gt_format_date (&notice->date);

  add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: %s is a month, 2023年4月 */
    _("To press the responsibility for the key projects home and speed up their "
      "construction, the progress of the county’s key projects in %s is notified as "
      "follows."), month_text));
  add_overall (notice, figures);
  add_rankings (notice, figures);
  add_block (notice, GT_NOTICE_HEADING, g_strdup (_("3. Red and Black Lists")));
  if (!add_red_list (notice, store, rules, error) ||
      !add_black_list (notice, store, rag_rules, rules, error))
    return NULL;
  add_overdue_issues (notice, store);
  add_next_steps (notice, rules);
  return g_steal_pointer (&notice);
}

GtNotice *
gt_notice_build_for_office (GtStore       *store,
                            const GtAsOf  *as_of,
                            GError       **error)
{
  g_auto(GtNoticeRules) rules = { 0 };
  g_autofree char *office = gt_office_settings_dup_string ("office-name");
  GtStartTargets targets;
  GtRagRules rag_rules;

  gt_office_settings_load_rag_rules (&rag_rules);
  gt_office_settings_load_start_targets (&targets);
  gt_notice_rules_load (&rules);
  return gt_notice_build (store, as_of, &rag_rules, &targets, &rules, office, error);
}

char *
gt_notice_file_name (int         year,
                     int         month,
                     const char *extension)
{
  g_autofree char *month_text = gt_format_month (year, month);

  /* TRANSLATORS: a file name; %s is a month, 2023年4月 */
  g_autofree char *stem = g_strdup_printf (_("Key Projects Notice (%s)"), month_text);

  return g_strconcat (stem, ".", extension, NULL);
}

static gboolean
has_extension (const char *path,
               const char *extension)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *dot = strrchr (base, '.');

  return dot != NULL && g_ascii_strcasecmp (dot + 1, extension) == 0;
}

gboolean
gt_notice_path_is_supported (const char *path)
{
  return path != NULL && (has_extension (path, "pdf") || has_extension (path, "docx"));
}

gboolean
gt_notice_write (const GtNotice  *notice,
                 const char      *path,
                 const char      *register_path,
                 GError         **error)
{
  g_return_val_if_fail (notice != NULL && path != NULL, FALSE);

  if (has_extension (path, "pdf"))
    return gt_notice_write_pdf (notice, path, register_path, error);
  if (has_extension (path, "docx"))
    return gt_notice_write_docx (notice, path, register_path, error);
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("The notice is written as PDF or DOCX: name the file .pdf or .docx"));
  return FALSE;
}
