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
 * The lists (红黑榜, 存在问题) are built in gt-notice-lists.c.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-notice-private.h"
#include "gt-office-month.h"
#include "gt-office-settings.h"
#include "gt-project.h"
#include "gt-unit.h"

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

GtNoticeBlock *
_gt_notice_add_block (GtNotice          *notice,
                      GtNoticeBlockKind  kind,
                      char              *text)
{
  GtNoticeBlock *block = g_new0 (GtNoticeBlock, 1);

  block->kind = kind;
  block->text = text;
  g_ptr_array_add (notice->blocks, block);
  return block;
}

void
_gt_notice_add_paragraph (GtNotice *notice,
                          char     *text)
{
  _gt_notice_add_block (notice, GT_NOTICE_PARAGRAPH, text);
}

void
_gt_notice_table_begin (GtNoticeTable        *table,
                        GtNotice             *notice,
                        const GtNoticeColumn *columns,
                        guint                 n_columns)
{
  GtNoticeBlock *block = _gt_notice_add_block (notice, GT_NOTICE_TABLE, NULL);

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
void
_gt_notice_table_add (GtNoticeTable *table,
                      char          *text)
{
  g_ptr_array_add (table->cells, text != NULL ? text : g_strdup (""));
}

void
_gt_notice_table_end (GtNoticeTable *table)
{
  GtNoticeBlock *block = table->block;

  g_assert (table->cells->len % block->n_columns == 0);
  block->n_rows = table->cells->len / block->n_columns;
  g_ptr_array_add (table->cells, NULL);
  block->cells = (char **) g_ptr_array_free (table->cells, FALSE);
}

char *
_gt_notice_format_rate (double rate)
{
  return gt_format_percent (rate);
}

const char *
_gt_notice_unit_name (GtStore *store,
                      gint64   id)
{
  GtUnit *unit = id != 0 ? gt_store_lookup_unit (store, id) : NULL;

  return unit != NULL ? gt_unit_get_name (unit) : _("No responsible unit");
}

/* The names of @projects (GtProject *) in a list: "A、B、C". */
char *
_gt_notice_join_names (GPtrArray *projects)
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
  static const GtNoticeColumn columns[] = {
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
  g_autofree char *completion = _gt_notice_format_rate (gt_figures_group_completion_rate (total));
  g_autofree char *pro_rata = _gt_notice_format_rate (gt_figures_group_pro_rata_rate (total));
  g_autofree char *start = _gt_notice_format_rate (gt_figures_group_start_rate (total));
  g_autofree char *resolution = _gt_notice_format_rate (gt_figures_group_resolution_rate (total));
  g_autofree char *start_target = NULL;
  const guint *issues = total->issues;
  GtNoticeTable table;

  _gt_notice_add_block (notice, GT_NOTICE_HEADING, g_strdup (_("1. Overall Situation")));

  _gt_notice_add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: the year, the number of projects, the total investment and
     * the year's plan (1.23亿元) */
    _("In %d the county is carrying out %u key projects, with a total investment of %s and "
      "a planned investment of %s for the year."),
    notice->year, total->projects, total_investment, plan));

  _gt_notice_add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: a month (2023年4月), the amount completed since January, the
     * completion rate, the time-proportional target, the pro-rata rate, the
     * month again, the amount completed in that month alone */
    _("By the end of %s, investment of %s had been completed, %s of the year's plan (the "
      "investment completion rate); the time-proportional target was %s, of which %s was "
      "reached (the pro-rata completion rate). In %s alone, %s was completed."),
    month_text, completed, completion, target, pro_rata, month_text, completed_month));

  if (figures->start_target >= 0)
    {
      g_autofree char *goal = _gt_notice_format_rate (figures->start_target);

      /* TRANSLATORS: the start-rate target in force, 50.0% */
      start_target = g_strdup_printf (_(", against a target of %s"), goal);
    }
  _gt_notice_add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: projects planned to start this year, those started, the
     * start rate, and the target sentence above or nothing */
    _("Of the %u projects planned to start this year, %u have started: a start rate of "
      "%s%s."),
    total->to_start, total->started, start, start_target != NULL ? start_target : ""));

  _gt_notice_add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: issues found, resolved, in hand, of those overdue, the rate */
    _("%u issues have been found in the projects' construction: %u resolved and %u in "
      "hand, %u of them past their deadline; an issue resolution rate of %s."),
    issues[GT_FIGURES_ISSUES_FOUND], issues[GT_FIGURES_ISSUES_RESOLVED],
    issues[GT_FIGURES_ISSUES_IN_HAND], issues[GT_FIGURES_ISSUES_OVERDUE], resolution));

  _gt_notice_add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: the counts of green, amber and red projects */
    _("Judged by the status lights, %u projects are green, %u amber and %u red."),
    total->by_rag[GT_RAG_GREEN], total->by_rag[GT_RAG_AMBER], total->by_rag[GT_RAG_RED]));

  _gt_notice_table_begin (&table, notice, columns, G_N_ELEMENTS (columns));
  _gt_notice_table_add (&table, g_strdup (_("Investment completion rate")));
  _gt_notice_table_add (&table,
                        g_strdup_printf (_("%s completed of a plan of %s"), completed, plan));
  _gt_notice_table_add (&table, g_strdup (completion));
  _gt_notice_table_add (&table, g_strdup (_("Pro-rata completion rate")));
  _gt_notice_table_add (&table,
                        g_strdup_printf (_("%s completed of a target of %s"), completed, target));
  _gt_notice_table_add (&table, g_strdup (pro_rata));
  _gt_notice_table_add (&table, g_strdup (_("Start rate")));
  _gt_notice_table_add (&table, g_strdup_printf (_("%u started of %u planned"), total->started,
                                      total->to_start));
  _gt_notice_table_add (&table, g_strdup (start));
  _gt_notice_table_add (&table, g_strdup (_("Issue resolution rate")));
  _gt_notice_table_add (&table, g_strdup_printf (_("%u resolved of %u found"),
                                      issues[GT_FIGURES_ISSUES_RESOLVED],
                                      issues[GT_FIGURES_ISSUES_FOUND]));
  _gt_notice_table_add (&table, g_strdup (resolution));
  _gt_notice_table_end (&table);
}

/* One group of 二、排名情况: ranked by the completion rate, the other rates
 * beside it; the projects with no locality or unit are not a group to rank. */
static void
add_ranking_table (GtNotice   *notice,
                   GPtrArray  *groups,
                   const char *name_label)
{
  static const GtNoticeColumn columns[] = {
    { N_("Place"), 4, TRUE },
    { NULL, 12, FALSE },
    { N_("Number of projects"), 5, TRUE },
    { N_("Year plan (10k yuan)"), 10, TRUE },
    { N_("Completed (10k yuan)"), 10, TRUE },
    { N_("Completion rate"), 7, TRUE },
    { N_("Start rate"), 7, TRUE },
    { N_("Issue resolution rate"), 7, TRUE },
  };
  GtNoticeColumn named[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) ranked = g_ptr_array_new ();
  g_autoptr(GArray) entries = NULL;
  GtNoticeTable table;

  for (guint i = 0; i < groups->len; i++)
    {
      GtFiguresGroup *group = groups->pdata[i];

      /* A unit with issues assigned but no project of its own is not ranked. */
      if (group->id != 0 && group->projects > 0)
        g_ptr_array_add (ranked, group);
    }
  if (ranked->len == 0)
    {
      _gt_notice_add_paragraph (notice, g_strdup (_("None.")));
      return;
    }

  memcpy (named, columns, sizeof columns);
  named[1].label = name_label;
  entries = gt_ranking_compute (ranked, GT_RANKING_COMPLETION);
  _gt_notice_table_begin (&table, notice, named, G_N_ELEMENTS (named));
  for (guint i = 0; i < entries->len; i++)
    {
      const GtRankingEntry *entry = &g_array_index (entries, GtRankingEntry, i);
      const GtFiguresGroup *group = entry->group;

      _gt_notice_table_add (&table,
                            entry->rank > 0 ? g_strdup_printf ("%u", entry->rank) : g_strdup ("—"));
      _gt_notice_table_add (&table, g_strdup (group->name));
      _gt_notice_table_add (&table, g_strdup_printf ("%u", group->projects));
      _gt_notice_table_add (&table, gt_format_wan (group->annual_plan));
      _gt_notice_table_add (&table, gt_format_wan (group->completed));
      _gt_notice_table_add (&table,
                            _gt_notice_format_rate (gt_figures_group_completion_rate (group)));
      _gt_notice_table_add (&table, _gt_notice_format_rate (gt_figures_group_start_rate (group)));
      _gt_notice_table_add (&table,
                            _gt_notice_format_rate (gt_figures_group_resolution_rate (group)));
    }
  _gt_notice_table_end (&table);
}

static void
add_rankings (GtNotice        *notice,
              const GtFigures *figures)
{
  _gt_notice_add_block (notice, GT_NOTICE_HEADING, g_strdup (_("2. Rankings")));
  _gt_notice_add_paragraph (notice, g_strdup (
    _("The localities and the responsible units are ranked apart, by the investment "
      "completion rate; the start rate and the issue resolution rate are shown beside it.")));
  _gt_notice_add_block (notice, GT_NOTICE_SUBHEADING,
             g_strdup (_("(1) Townships, street offices and parks")));
  add_ranking_table (notice, figures->by_locality, N_("Locality"));
  _gt_notice_add_block (notice, GT_NOTICE_SUBHEADING, g_strdup (_("(2) County departments")));
  add_ranking_table (notice, figures->by_unit, N_("Responsible unit"));
  _gt_notice_add_block (notice, GT_NOTICE_NOTE,
             g_strdup (gt_ranking_metric_describe_rule (GT_RANKING_COMPLETION)));
}

static void
add_next_steps (GtNotice            *notice,
                const GtNoticeRules *rules)
{
  const char *text = rules->next_steps;

  _gt_notice_add_block (notice, GT_NOTICE_HEADING, g_strdup (_("5. Next Steps")));
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
          _gt_notice_add_paragraph (notice, g_strdup (paragraphs[i]));
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

  _gt_notice_add_paragraph (notice, g_strdup_printf (
    /* TRANSLATORS: %s is a month, 2023年4月 */
    _("To press the responsibility for the key projects home and speed up their "
      "construction, the progress of the county’s key projects in %s is notified as "
      "follows."), month_text));
  add_overall (notice, figures);
  add_rankings (notice, figures);
  _gt_notice_add_block (notice, GT_NOTICE_HEADING, g_strdup (_("3. Red and Black Lists")));
  if (!_gt_notice_add_red_list (notice, store, rules, error) ||
      !_gt_notice_add_black_list (notice, store, rag_rules, rules, error))
    return NULL;
  _gt_notice_add_overdue_issues (notice, store);
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
  GtOfficeRules office_rules;

  /* The rules the Overview and the slides judge the month by (gt-office-month.h). */
  gt_office_rules_load (&office_rules);
  gt_notice_rules_load (&rules);
  return gt_notice_build (store, as_of, &office_rules.rag, &office_rules.targets, &rules, office,
                          error);
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
