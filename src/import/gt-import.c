/* gt-import.c: planning an import, row by row, and the whole way for the CLI.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-import-private.h"
#include "gt-ledger-fold.h"
#include "gt-project-code.h"

static void
row_free (gpointer data)
{
  GtImportRow *row = data;

  for (int i = 0; i < GT_N_LEDGER_FIELDS; i++)
    g_free (row->text[i]);
  g_clear_object (&row->report);
  g_clear_object (&row->existing);
  g_free (row);
}

void
gt_import_plan_free (GtImportPlan *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->store);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->problems);
  g_ptr_array_unref (self->warnings);
  g_array_unref (self->skipped);
  g_free (self->source_name);
  g_free (self);
}

void
gt_import_plan_set_source_name (GtImportPlan *self,
                                const char   *name)
{
  g_return_if_fail (self != NULL);

  g_free (self->source_name);
  self->source_name = g_strdup (name);
}

const GtImportCounts *
gt_import_plan_get_counts (GtImportPlan *self)
{
  return &self->counts;
}

gboolean
gt_import_plan_get_report_month (GtImportPlan *self,
                                 int          *year,
                                 int          *month,
                                 gboolean     *cumulative)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (gt_ledger_mapping_find (self->mapping, GT_LEDGER_FIELD_COMPLETED) < 0
      || self->report_month == 0)
    return FALSE;
  *year = self->report_year;
  *month = self->report_month;
  *cumulative = self->cumulative;
  return TRUE;
}

GPtrArray *
gt_import_plan_get_problems (GtImportPlan *self)
{
  return self->problems;
}

GPtrArray *
gt_import_plan_get_warnings (GtImportPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->warnings;
}

/* The row's project code: a national (or older national) one is kept in its
 * normal form, so that the register matches it however the ledger typed it;
 * another is kept as written, with a warning naming its cell. Two rows with one
 * code would write the same project: that is a problem, as for names. */
static void
check_code (GtImportPlan *self,
            GtImportRow  *row,
            GHashTable   *seen_codes)
{
  int column = gt_ledger_mapping_find (self->mapping, GT_LEDGER_FIELD_CODE);
  g_autofree char *message = NULL;
  GtProjectCodeShape shape;
  gpointer earlier_row;
  char *normal;

  if (row->text[GT_LEDGER_FIELD_CODE] == NULL)
    return;
  shape = gt_project_code_check (row->text[GT_LEDGER_FIELD_CODE], NULL, &message);
  if (message != NULL)
    _gt_import_plan_add_warning (self, row->row, column, row->text[GT_LEDGER_FIELD_CODE], message);
  if (shape != GT_PROJECT_CODE_NATIONAL && shape != GT_PROJECT_CODE_OLDER)
    return;

  normal = gt_project_code_normalize (row->text[GT_LEDGER_FIELD_CODE]);
  g_free (row->text[GT_LEDGER_FIELD_CODE]);
  row->text[GT_LEDGER_FIELD_CODE] = normal;

  if (g_hash_table_lookup_extended (seen_codes, normal, NULL, &earlier_row))
    {
      g_autofree char *reason =
        g_strdup_printf (_("the project code is already in row %u"),
                         GPOINTER_TO_UINT (earlier_row) + 1);

      _gt_import_plan_add_problem (self, row->row, column, normal, reason);
    }
  else
    g_hash_table_insert (seen_codes, g_strdup (normal), GUINT_TO_POINTER (row->row));
}

static const char *
cell (GtImportPlan *self,
      guint         row,
      int           column)
{
  return column >= 0 ? gt_ledger_sheet_get (self->sheet, row, (guint) column) : "";
}

/* Nothing but spaces and what shows nothing (a control character is something:
 * the import refuses it); stops at the first other character, so a huge cell
 * costs nothing here. */
static gboolean
is_blank (const char *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x3000 && g_unichar_type (c) != G_UNICODE_FORMAT)
        return FALSE;
    }
  return TRUE;
}

static gboolean
row_is_blank (GtImportPlan *self,
              guint         row)
{
  GPtrArray *cells = g_ptr_array_index (self->sheet->rows, row);

  for (guint c = 0; c < cells->len; c++)
    if (!is_blank (g_ptr_array_index (cells, c)))
      return FALSE;
  return TRUE;
}

/* "一、产业项目（20个）", "（二）基础设施", "其中：省重点": headings between groups. */
static gboolean
name_is_heading (const char *name)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("^(?:[一二三四五六七八九十]+[、.．]|"
                                            "[(（][一二三四五六七八九十]+[)）]|其中)",
                                            G_REGEX_OPTIMIZE, 0, NULL));
  return g_regex_match (regex, name, 0, NULL);
}

/* 合计, 小计, 总计 and group headings (一、产业项目, which often carry the group's
 * sums): rows of the ledger that are never projects. They may stand in any of
 * the first columns (序号 or the name), so the whole row's start is read.
 * Which of the two it is goes to *@reason. */
static gboolean
row_is_sum (GtImportPlan       *self,
            guint               row,
            GtImportSkipReason *reason)
{
  static const char *const words[] = { "合计", "小计", "总计", "共计", NULL };
  GPtrArray *cells = g_ptr_array_index (self->sheet->rows, row);
  int name_column = gt_ledger_mapping_find (self->mapping, GT_LEDGER_FIELD_NAME);
  guint last = MIN (cells->len, (guint) MAX (name_column + 1, 2));

  for (guint c = 0; c < last; c++)
    {
      const char *text = g_ptr_array_index (cells, c);
      g_autofree char *normal = NULL;
      char *open;

      /* Not normalised whole when it is too long to be a total's label: such a
       * cell is refused later, with its row and column. */
      if (strlen (text) > 4 * GT_LEDGER_MAX_NAME_CHARS)
        continue;
      normal = gt_ledger_normalize (text);
      /* 合計, 小計 in a ledger in traditional script. */
      gt_ledger_fold_traditional (normal);
      open = strchr (normal, '(');
      if (name_is_heading (text))
        {
          *reason = GT_IMPORT_SKIP_HEADING;
          return TRUE;
        }
      /* "合计（30个）", "全县合计", "小计:" — but not "综合计划". */
      if (open != NULL)
        *open = '\0';
      g_strdelimit (normal, ":", '\0');
      for (int w = 0; words[w] != NULL; w++)
        if (g_str_has_prefix (normal, words[w]) || g_str_has_suffix (normal, words[w]))
          {
            *reason = GT_IMPORT_SKIP_TOTAL;
            return TRUE;
          }
    }
  return FALSE;
}

static gboolean
parse_level (const char *raw,
             GtLevel    *level)
{
  /* 縣級 in traditional script. */
  g_autofree char *text = g_strdup (raw);

  gt_ledger_fold_traditional (text);
  if (strstr (text, "省") != NULL)
    *level = GT_LEVEL_PROVINCIAL;
  else if (strstr (text, "市") != NULL)
    *level = GT_LEVEL_MUNICIPAL;
  else if (strstr (text, "县") != NULL || strstr (text, "区") != NULL)
    *level = GT_LEVEL_COUNTY;
  else
    return gt_level_from_id (text, level);
  return TRUE;
}

/* Names and words are short; what people write about a project may be longer. */
static guint
max_chars (GtLedgerField field)
{
  switch (field)
    {
    case GT_LEDGER_FIELD_CONTENT:
    case GT_LEDGER_FIELD_PROGRESS:
    case GT_LEDGER_FIELD_ISSUES:
    case GT_LEDGER_FIELD_NOTES:
      return GT_LEDGER_MAX_TEXT_CHARS;
    default:
      return GT_LEDGER_MAX_NAME_CHARS;
    }
}

/* Parses the typed cells of @row; FALSE when one of them is a problem. */
static gboolean
read_values (GtImportPlan *self,
             GtImportRow  *row)
{
  static const GtLedgerField amounts[] = {
    GT_LEDGER_FIELD_TOTAL, GT_LEDGER_FIELD_PLAN, GT_LEDGER_FIELD_COMPLETED
  };
  gboolean ok = TRUE;

  for (gsize i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      int column = gt_ledger_mapping_find (self->mapping, amounts[i]);
      gint64 *target = i == 0 ? &row->total : i == 1 ? &row->plan : &row->completed;
      g_autoptr(GError) error = NULL;

      if (row->text[amounts[i]] == NULL)
        continue;
      if (!gt_ledger_parse_amount (row->text[amounts[i]],
                                   gt_ledger_mapping_column (self->mapping, column)->unit,
                                   target, &error))
        {
          _gt_import_plan_add_problem (self, row->row, column, row->text[amounts[i]],
                                       error->message);
          ok = FALSE;
        }
    }

  for (int d = 0; d < GT_IMPORT_N_DATES; d++)
    {
      GtLedgerField field = GT_LEDGER_FIELD_PLANNED_START + d;
      GtLedgerDatePrecision precision;
      g_autoptr(GError) error = NULL;

      g_date_clear (&row->dates[d], 1);
      if (row->text[field] == NULL)
        continue;
      if (!gt_ledger_parse_date (row->text[field], &row->dates[d], &precision, &error))
        {
          _gt_import_plan_add_problem (self, row->row,
                                       gt_ledger_mapping_find (self->mapping, field),
                                       row->text[field], error->message);
          ok = FALSE;
          continue;
        }
      /* "竣工时间 2024年6月" means by the end of June. */
      if ((field == GT_LEDGER_FIELD_PLANNED_END || field == GT_LEDGER_FIELD_ACTUAL_END)
          && precision != GT_LEDGER_DATE_DAY)
        {
          if (precision == GT_LEDGER_DATE_YEAR)
            g_date_set_month (&row->dates[d], G_DATE_DECEMBER);
          g_date_set_day (&row->dates[d],
                          g_date_get_days_in_month (g_date_get_month (&row->dates[d]),
                                                    g_date_get_year (&row->dates[d])));
        }
    }

  if (row->text[GT_LEDGER_FIELD_STAGE] != NULL
      && !gt_ledger_stage_parse (row->text[GT_LEDGER_FIELD_STAGE], &row->stage))
    {
      _gt_import_plan_add_problem (self, row->row,
                                   gt_ledger_mapping_find (self->mapping, GT_LEDGER_FIELD_STAGE),
                                   row->text[GT_LEDGER_FIELD_STAGE],
                                   _("not a stage (谋划, 签约, 前期, 在建, 竣工, 投产)"));
      ok = FALSE;
    }
  if (row->text[GT_LEDGER_FIELD_LEVEL] != NULL
      && !parse_level (row->text[GT_LEDGER_FIELD_LEVEL], &row->level))
    {
      _gt_import_plan_add_problem (self, row->row,
                                   gt_ledger_mapping_find (self->mapping, GT_LEDGER_FIELD_LEVEL),
                                   row->text[GT_LEDGER_FIELD_LEVEL], _("not a level (省, 市, 县)"));
      ok = FALSE;
    }
  return ok;
}

/* What the store would refuse (an end before the start, also against the dates
 * the register already has) is a problem of the plan, with its column. */
static void
check_project (GtImportPlan *self,
               GtImportRow  *row)
{
  g_autoptr(GtProject) project = NULL;
  g_autoptr(GError) error = NULL;
  GtLedgerField field = GT_LEDGER_FIELD_NONE;

  project = row->existing != NULL ? gt_project_copy (row->existing) : gt_project_new ();
  _gt_import_set_project_fields (self, row, project);
  if (gt_project_validate (project, &error))
    return;

  if (g_error_matches (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_PLANNED_END_BEFORE_START))
    field = row->text[GT_LEDGER_FIELD_PLANNED_END] != NULL ? GT_LEDGER_FIELD_PLANNED_END
                                                           : GT_LEDGER_FIELD_PLANNED_START;
  else if (g_error_matches (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_ACTUAL_END_BEFORE_START))
    field = row->text[GT_LEDGER_FIELD_ACTUAL_END] != NULL ? GT_LEDGER_FIELD_ACTUAL_END
                                                          : GT_LEDGER_FIELD_ACTUAL_START;
  else if (g_error_matches (error, GT_PROJECT_ERROR, GT_PROJECT_ERROR_NAME_REQUIRED))
    field = GT_LEDGER_FIELD_NAME;

  if (field != GT_LEDGER_FIELD_NONE)
    _gt_import_plan_add_problem (self, row->row, gt_ledger_mapping_find (self->mapping, field),
                                 row->text[field], error->message);
  else
    _gt_import_plan_add_problem (self, row->row, -1, NULL, error->message);
}

/* The cumulative figure less what the earlier months of the year already hold. */
static void
plan_month_figure (GtImportPlan *self,
                   GtImportRow  *row)
{
  int column = gt_ledger_mapping_find (self->mapping, GT_LEDGER_FIELD_COMPLETED);
  gint64 earlier = 0;

  row->month_figure = row->completed;
  if (row->existing != NULL && self->report_month > 0)
    {
      g_autoptr(GPtrArray) reports = NULL;
      g_autoptr(GError) error = NULL;

      reports = gt_store_list_monthly_reports (self->store, gt_project_get_id (row->existing),
                                               &error);
      if (reports == NULL)
        {
          _gt_import_plan_add_problem (self, row->row, -1, NULL, error->message);
          return;
        }
      for (guint i = 0; i < reports->len; i++)
        {
          GtMonthlyReport *report = g_ptr_array_index (reports, i);

          if (gt_monthly_report_get_year (report) != self->report_year)
            continue;
          if (gt_monthly_report_get_month (report) < self->report_month)
            earlier += gt_monthly_report_get_completed (report);
          else if (gt_monthly_report_get_month (report) == self->report_month)
            g_set_object (&row->report, report);
        }
    }

  if (row->text[GT_LEDGER_FIELD_COMPLETED] == NULL || !self->cumulative)
    return;
  if (row->completed < earlier)
    {
      g_autofree char *held = gt_format_money (earlier);
      g_autofree char *reason =
        g_strdup_printf (_("less than the earlier months’ reports already hold (%s)"), held);

      _gt_import_plan_add_problem (self, row->row, column, row->text[GT_LEDGER_FIELD_COMPLETED],
                                   reason);
      return;
    }
  row->month_figure = row->completed - earlier;
}

static void
choose_months (GtImportPlan *self)
{
  int plan_column = gt_ledger_mapping_find (self->mapping, GT_LEDGER_FIELD_PLAN);
  int done_column = gt_ledger_mapping_find (self->mapping, GT_LEDGER_FIELD_COMPLETED);
  int plan_year = plan_column >= 0 ? gt_ledger_mapping_column (self->mapping,
                                                               plan_column)->year : 0;
  int this_year = g_date_get_year (&self->today);
  int done_year = 0;

  self->cumulative = FALSE;
  self->report_month = 0;
  if (done_column >= 0)
    {
      GtLedgerColumn *done = gt_ledger_mapping_column (self->mapping, done_column);

      done_year = done->year;
      self->report_month = done->month;
      self->cumulative = done->cumulative;
      /* "完成投资" under a title "截至2023年3月底": the title gives the months. */
      if (self->report_month == 0 && self->mapping->title_month > 0)
        {
          self->report_month = self->mapping->title_month;
          self->cumulative = TRUE;
        }
      if (self->report_month == 0)
        _gt_import_plan_add_problem (self, self->mapping->header_row, done_column,
                                     done->header,
                                     _("the header does not say up to which month the investment "
                                       "was completed (write it as 1—3月完成投资)"));
    }

  self->plan_year = plan_year ? plan_year : self->mapping->title_year ? self->mapping->title_year
                    : done_year ? done_year : this_year;
  self->report_year = done_year ? done_year : plan_year ? plan_year
                      : self->mapping->title_year ? self->mapping->title_year : this_year;
}

/* Reads every row against what the store holds now; the rows, problems and
 * counts of an earlier plan are made anew. */
static void
plan_rows (GtImportPlan *self)
{
  /* Names compare by their normal form (full-width or half-width brackets, spaces
   * and line breaks typed into cells), but are kept as written. */
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* Codes compare by their normal form too (gt_project_code_normalize()). */
  g_autoptr(GHashTable) by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            NULL);
  GtLedgerMapping *mapping = self->mapping;
  GtLedgerSheet *sheet = self->sheet;
  GListModel *projects;
  int name_column;

  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->problems, 0);
  g_ptr_array_set_size (self->warnings, 0);
  g_array_set_size (self->skipped, 0);
  memset (&self->counts, 0, sizeof self->counts);

  name_column = gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_NAME);
  if (name_column < 0)
    {
      _gt_import_plan_add_problem (self, mapping->header_row, -1, NULL,
                                   _("no column is the project name (项目名称)"));
      return;
    }
  choose_months (self);

  projects = gt_store_get_projects (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      g_hash_table_insert (by_name, gt_ledger_normalize (gt_project_get_name (project)), project);
      if (gt_project_get_code (project)[0] != '\0')
        g_hash_table_insert (by_code, gt_project_code_normalize (gt_project_get_code (project)),
                             project);
    }

  for (guint r = mapping->header_row + 1; r < gt_ledger_sheet_n_rows (sheet); r++)
    {
      GtImportRow *row;
      const char *name;
      gboolean has_figures = FALSE;
      gpointer earlier_row;
      g_autofree char *key = NULL;
      gboolean refused;
      GtImportSkipReason skip;

      if (row_is_blank (self, r))
        continue;
      if (row_is_sum (self, r, &skip))
        {
          _gt_import_plan_skip (self, r, skip);
          continue;
        }

      row = g_new0 (GtImportRow, 1);
      row->row = r;
      refused = FALSE;
      for (int f = GT_LEDGER_FIELD_NONE + 1; f < GT_N_LEDGER_FIELDS; f++)
        {
          int column = gt_ledger_mapping_find (mapping, f);
          const char *text = cell (self, r, column);
          g_autoptr(GError) error = NULL;
          char *clean;

          if (column < 0 || gt_ledger_is_empty (text))
            continue;
          clean = gt_ledger_clean_text (text, max_chars (f), &error);
          if (clean == NULL)
            {
              _gt_import_plan_add_problem (self, r, column, text, error->message);
              refused = TRUE;
              continue;
            }
          row->text[f] = g_strstrip (clean);
        }
      /* Its problems are said; what else the row holds waits for a clean row. */
      if (refused)
        {
          row_free (row);
          continue;
        }
      /* A line break in a name cell is only where the cell wrapped. */
      if (row->text[GT_LEDGER_FIELD_NAME] != NULL)
        {
          g_auto(GStrv) lines = g_strsplit_set (row->text[GT_LEDGER_FIELD_NAME], "\r\n", -1);

          g_free (row->text[GT_LEDGER_FIELD_NAME]);
          row->text[GT_LEDGER_FIELD_NAME] = g_strjoinv ("", lines);
        }
      name = row->text[GT_LEDGER_FIELD_NAME];

      /* A note between groups is skipped; figures without a name would be lost,
       * so they are a problem. */
      if (name == NULL)
        {
          for (int f = GT_LEDGER_FIELD_TOTAL; f <= GT_LEDGER_FIELD_COMPLETED; f++)
            {
              gint64 yuan;
              int column = gt_ledger_mapping_find (mapping, f);

              if (row->text[f] != NULL
                  && gt_ledger_parse_amount (row->text[f],
                                             gt_ledger_mapping_column (mapping, column)->unit,
                                             &yuan, NULL))
                has_figures = TRUE;
            }
          if (has_figures || row->text[GT_LEDGER_FIELD_CODE] != NULL)
            _gt_import_plan_add_problem (self, r, name_column, "",
                                         _("the row has figures but no project name"));
          else
            _gt_import_plan_skip (self, r, GT_IMPORT_SKIP_NOTE);
          row_free (row);
          continue;
        }

      key = gt_ledger_normalize (name);
      if (g_hash_table_lookup_extended (seen, key, NULL, &earlier_row))
        {
          g_autofree char *reason =
            g_strdup_printf (_("the project is already in row %u"),
                             GPOINTER_TO_UINT (earlier_row) + 1);

          _gt_import_plan_add_problem (self, r, name_column, name, reason);
        }
      else
        g_hash_table_insert (seen, g_strdup (key), GUINT_TO_POINTER (r));

      /* The code first, when the ledger and the register both have it: a
       * project renamed since the last ledger is still the same project. */
      check_code (self, row, seen_codes);
      if (row->text[GT_LEDGER_FIELD_CODE] != NULL)
        {
          g_autofree char *code = gt_project_code_normalize (row->text[GT_LEDGER_FIELD_CODE]);

          row->existing = g_hash_table_lookup (by_code, code);
        }
      if (row->existing == NULL)
        {
          row->existing = g_hash_table_lookup (by_name, key);
          /* Found by its name with another code: a project given its national
           * code since, most likely; said, since it may be another project. */
          if (row->existing != NULL && row->text[GT_LEDGER_FIELD_CODE] != NULL
              && gt_project_get_code (row->existing)[0] != '\0')
            {
              g_autofree char *reason =
                g_strdup_printf (_("the register’s project of this name has the code %s: it "
                                   "is updated and given this code"),
                                 gt_project_get_code (row->existing));

              _gt_import_plan_add_warning (self, r,
                                           gt_ledger_mapping_find (mapping, GT_LEDGER_FIELD_CODE),
                                           row->text[GT_LEDGER_FIELD_CODE], reason);
            }
        }
      /* Held, so that a project deleted before the plan is applied stays valid
       * here (and then fails to update, taking the whole import back). */
      if (row->existing != NULL)
        g_object_ref (row->existing);
      /* A cell already found wrong says enough about its row. */
      if (read_values (self, row))
        {
          _gt_import_plan_stage (self, row);
          check_project (self, row);
          plan_month_figure (self, row);
        }
      _gt_import_count_stage (self, row);

      if (row->existing != NULL)
        self->counts.updated++;
      else
        self->counts.created++;
      g_ptr_array_add (self->rows, row);
    }
}

/* A plan with no rows yet: gt_import_plan_apply() makes them. */
static GtImportPlan *
plan_alloc (GtStore         *store,
            GtLedgerSheet   *sheet,
            GtLedgerMapping *mapping,
            const GDate     *today)
{
  GtImportPlan *self = g_new0 (GtImportPlan, 1);

  self->store = g_object_ref (store);
  self->sheet = sheet;
  self->mapping = mapping;
  self->today = *today;
  self->rows = g_ptr_array_new_with_free_func (row_free);
  self->problems = g_ptr_array_new_with_free_func (_gt_import_problem_free);
  self->warnings = g_ptr_array_new_with_free_func (_gt_import_problem_free);
  self->skipped = g_array_new (FALSE, FALSE, sizeof (GtImportSkipped));
  return self;
}

GtImportPlan *
gt_import_plan_new (GtStore         *store,
                    GtLedgerSheet   *sheet,
                    GtLedgerMapping *mapping,
                    const GDate     *today)
{
  GtImportPlan *self;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (sheet != NULL && mapping != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self = plan_alloc (store, sheet, mapping, today);
  plan_rows (self);
  self->shown = TRUE;

  return self;
}

gboolean
gt_import_plan_get_changed (GtImportPlan *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->changed;
}

static gboolean
refuse (GtImportPlan  *self,
        GError       **error)
{
  g_autofree char *first = gt_import_problem_to_string (g_ptr_array_index (self->problems, 0));

  if (self->problems->len == 1)
    g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_BAD_VALUE,
                 _("Nothing was imported. %s"), first);
  else
    g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_BAD_VALUE,
                 g_dngettext (GETTEXT_PACKAGE,
                              "Nothing was imported. %s (and %u more problem)",
                              "Nothing was imported. %s (and %u more problems)",
                              self->problems->len - 1),
                 first, self->problems->len - 1);
  return FALSE;
}

/* The project each row updates (0: a new one), in row order. */
static GArray *
row_targets (GtImportPlan *self)
{
  GArray *targets = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->rows->len);

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtImportRow *row = g_ptr_array_index (self->rows, i);
      gint64 id = row->existing != NULL ? gt_project_get_id (row->existing) : 0;

      g_array_append_val (targets, id);
    }
  return targets;
}

gboolean
gt_import_plan_apply (GtImportPlan  *self,
                      GError       **error)
{
  g_autoptr(GArray) planned = NULL;
  g_autoptr(GArray) replanned = NULL;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->applied, FALSE);

  if (self->problems->len > 0)
    return refuse (self, error);
  self->applied = TRUE;

  /* Planned again under the write lock (gt_store_begin() takes it and reloads
   * the store's lists): another import, in this process or another, may have
   * created the very projects this plan would create, and must be updated
   * instead of duplicated. No one can write between this plan and the commit. */
  planned = row_targets (self);
  /* The change history names the ledger every change of this import came from. */
  {
    g_autofree char *source = g_strconcat ("import:", self->source_name != NULL
                                                      ? self->source_name : "", NULL);

    gt_store_set_source (self->store, source);
    ok = gt_store_begin (self->store, error);
    gt_store_set_source (self->store, NULL);
    if (!ok)
      return FALSE;
  }
  plan_rows (self);
  if (self->problems->len > 0)
    {
      gt_store_rollback (self->store);
      return refuse (self, error);
    }
  replanned = row_targets (self);
  self->changed = self->shown
                  && (planned->len != replanned->len
                      || memcmp (planned->data, replanned->data,
                                 planned->len * sizeof (gint64)) != 0);

  if (!_gt_import_apply_rows (self, error))
    {
      gt_store_rollback (self->store);
      return FALSE;
    }
  return gt_store_commit (self->store, error);
}

gboolean
gt_import_file (GtStore         *store,
                const char      *path,
                int              sheet_index,
                const GDate     *today,
                GtImportCounts  *counts,
                char           **skipped,
                GPtrArray      **problems,
                GError         **error)
{
  return gt_import_file_full (store, path, sheet_index, today, counts, skipped, problems,
                              NULL, error);
}

gboolean
gt_import_file_full (GtStore         *store,
                     const char      *path,
                     int              sheet_index,
                     const GDate     *today,
                     GtImportCounts  *counts,
                     char           **skipped,
                     GPtrArray      **problems,
                     GPtrArray      **warnings,
                     GError         **error)
{
  g_autoptr(GtLedgerSheet) sheet = NULL;
  g_autoptr(GtLedgerMapping) mapping = NULL;
  g_autoptr(GtImportPlan) plan = NULL;

  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  sheet = gt_ledger_sheet_load (path, sheet_index, error);
  if (sheet == NULL)
    return FALSE;
  mapping = gt_ledger_mapping_guess (sheet, error);
  if (mapping == NULL)
    return FALSE;
  /* Planned once, under the write lock: nobody sees a plan made before it. */
  plan = plan_alloc (store, sheet, mapping, today);
  {
    g_autofree char *name = g_path_get_basename (path);

    gt_import_plan_set_source_name (plan, name);
  }
  if (!gt_import_plan_apply (plan, error))
    {
      /* Those of the plan last made: the one under the write lock, if it got so far. */
      if (problems != NULL && plan->problems->len > 0)
        *problems = g_ptr_array_ref (plan->problems);
      return FALSE;
    }
  if (counts != NULL)
    *counts = plan->counts;
  if (skipped != NULL)
    *skipped = gt_import_plan_describe_skipped (plan);
  if (warnings != NULL)
    *warnings = g_ptr_array_ref (plan->warnings);
  return TRUE;
}
