/* gt-ledger-columns.c: which column of a ledger holds what.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-ledger-columns.h"
#include "gt-ledger-fold.h"
#include "gt-ledger-values.h"

/* Headers are looked for in the first rows only: a title, a date line, a note
 * on units, then the header. */
#define HEADER_SEARCH_ROWS 20

typedef struct {
  const char    *words;   /* any of these, separated by '|', found in the header */
  GtLedgerField  field;
} Rule;

/* Order matters: the first rule whose word appears wins, so the more precise
 * words come first (实际开工 before 开工, 开工至今 and 占年计划% before 完成).
 * A header in traditional script (項目名稱, 總投資（萬元）) is folded to simplified
 * first: a traditional form of any character here must be in gt-ledger-fold.c. */
static const Rule rules[] = {
  { "序号|编号序", GT_LEDGER_FIELD_NONE },
  { "至今|%|率|占比|占年", GT_LEDGER_FIELD_NONE },
  { "项目代码|项目编码|代码|统一编码", GT_LEDGER_FIELD_CODE },
  { "实际开工", GT_LEDGER_FIELD_ACTUAL_START },
  { "实际竣工|实际完工", GT_LEDGER_FIELD_ACTUAL_END },
  { "开工", GT_LEDGER_FIELD_PLANNED_START },
  { "竣工|完工", GT_LEDGER_FIELD_PLANNED_END },
  { "项目名称|项目名", GT_LEDGER_FIELD_NAME },
  { "建设单位|项目业主|业主单位|业主|实施单位|项目单位", GT_LEDGER_FIELD_OWNER },
  { "建设内容|建设规模|规模", GT_LEDGER_FIELD_CONTENT },
  { "级别|层级", GT_LEDGER_FIELD_LEVEL },
  { "类别|类型|行业|产业", GT_LEDGER_FIELD_CATEGORY },
  { "阶段|项目状态", GT_LEDGER_FIELD_STAGE },
  { "建设性质|项目性质|性质", GT_LEDGER_FIELD_NATURE },
  { "总投资", GT_LEDGER_FIELD_TOTAL },
  { "完成投资|完成|累计", GT_LEDGER_FIELD_COMPLETED },
  { "计划", GT_LEDGER_FIELD_PLAN },
  { "领导", GT_LEDGER_FIELD_LEADER },
  { "责任单位|牵头单位|责任部门|主管部门", GT_LEDGER_FIELD_UNIT },
  { "乡镇|属地|所在地|街道|园区", GT_LEDGER_FIELD_LOCALITY },
  { "形象进度|进度|进展", GT_LEDGER_FIELD_PROGRESS },
  { "问题|困难", GT_LEDGER_FIELD_ISSUES },
  { "备注", GT_LEDGER_FIELD_NOTES },
};

const char *
gt_ledger_field_get_label (GtLedgerField field)
{
  switch (field)
    {
    case GT_LEDGER_FIELD_NONE: return _("(not imported)");
    case GT_LEDGER_FIELD_CODE: return _("Project code");
    case GT_LEDGER_FIELD_NAME: return _("Project name");
    case GT_LEDGER_FIELD_OWNER: return _("Owner");
    case GT_LEDGER_FIELD_CONTENT: return _("Scale and content");
    case GT_LEDGER_FIELD_LEVEL: return _("Level");
    case GT_LEDGER_FIELD_CATEGORY: return _("Category");
    case GT_LEDGER_FIELD_STAGE: return _("Stage");
    case GT_LEDGER_FIELD_TOTAL: return _("Total investment");
    case GT_LEDGER_FIELD_PLAN: return _("Planned investment for the year");
    case GT_LEDGER_FIELD_COMPLETED: return _("Investment completed");
    case GT_LEDGER_FIELD_LEADER: return _("Responsible leader");
    case GT_LEDGER_FIELD_UNIT: return _("Responsible unit");
    case GT_LEDGER_FIELD_LOCALITY: return _("Locality");
    case GT_LEDGER_FIELD_PLANNED_START: return _("Planned start");
    case GT_LEDGER_FIELD_PLANNED_END: return _("Planned completion");
    case GT_LEDGER_FIELD_ACTUAL_START: return _("Actual start");
    case GT_LEDGER_FIELD_ACTUAL_END: return _("Actual completion");
    case GT_LEDGER_FIELD_PROGRESS: return _("Physical progress");
    case GT_LEDGER_FIELD_ISSUES: return _("Issues");
    case GT_LEDGER_FIELD_NOTES: return _("Notes");
    case GT_LEDGER_FIELD_NATURE: return _("Nature of construction");
    case GT_N_LEDGER_FIELDS:
    default:
      break;
    }
  g_return_val_if_reached ("");
}

char *
gt_ledger_column_letter (guint index)
{
  char letters[8];
  int n = sizeof letters - 1;

  letters[n] = '\0';
  do
    {
      letters[--n] = (char) ('A' + index % 26);
      index = index / 26;
    }
  while (index-- > 0 && n > 0);
  return g_strdup (letters + n);
}

static GRegex *
regex_once (GRegex    **slot,
            const char *pattern)
{
  if (g_once_init_enter (slot))
    g_once_init_leave (slot, g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL));
  return *slot;
}

static int
match_int (GMatchInfo *match,
           int         group)
{
  g_autofree char *text = g_match_info_fetch (match, group);

  return text != NULL ? atoi (text) : 0;
}

static int
find_year (const char *normal)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;
  int year = 0;

  if (g_regex_match (regex_once (&regex, "((?:19|20)\\d\\d)年"), normal, 0, &match))
    year = match_int (match, 1);
  return year;
}

/* The last month of "1—3月", "1-3月份", "1至3月", "截至3月": cumulative; "3月完成"
 * alone is the month's own figure. Ledgers write the dash in every way there is. */
static int
find_month (const char *normal,
            gboolean   *cumulative)
{
  static GRegex *range;
  static GRegex *until;
  static GRegex *single;
  g_autoptr(GMatchInfo) match = NULL;
  int month = 0;

  *cumulative = FALSE;
  if (g_regex_match (regex_once (&range, "(?<!\\d)1月?(?:—|–|-|~|至|到|一|―|－)+"
                                 "(1[0-2]|0?[1-9])月"), normal, 0, &match))
    {
      *cumulative = TRUE;
      return match_int (match, 1);
    }
  g_clear_pointer (&match, g_match_info_free);
  if (g_regex_match (regex_once (&until, "截[至止](?:(?:19|20)\\d\\d年)?(1[0-2]|0?[1-9])月"),
                     normal, 0, &match))
    {
      *cumulative = TRUE;
      return match_int (match, 1);
    }
  g_clear_pointer (&match, g_match_info_free);
  if (g_regex_match (regex_once (&single, "(?<![\\d—–~至到一―－-])(1[0-2]|0?[1-9])月"),
                     normal, 0, &match))
    month = match_int (match, 1);
  return month;
}

static gint64
find_unit (const char *normal)
{
  if (strstr (normal, "亿元") != NULL || strstr (normal, "(亿") != NULL)
    return G_GINT64_CONSTANT (100000000);
  if (strstr (normal, "万元") != NULL || strstr (normal, "(万") != NULL)
    return 10000;
  if (g_str_has_suffix (normal, "(元)") || g_str_has_suffix (normal, "元"))
    return 1;
  /* Ledgers count in 万元 unless they say otherwise. */
  return 10000;
}

/* The words of rule @i, split once: every cell of the first rows is guessed. */
static char **
rule_words (gsize i)
{
  static GStrv *words;

  if (g_once_init_enter (&words))
    {
      GStrv *split = g_new0 (GStrv, G_N_ELEMENTS (rules));

      for (gsize r = 0; r < G_N_ELEMENTS (rules); r++)
        split[r] = g_strsplit (rules[r].words, "|", -1);
      g_once_init_leave (&words, split);
    }
  return words[i];
}

void
gt_ledger_column_guess (const char     *header,
                        GtLedgerColumn *column)
{
  g_autofree char *normal = gt_ledger_normalize (header);

  gt_ledger_fold_traditional (normal);
  column->field = GT_LEDGER_FIELD_NONE;
  column->unit = 10000;
  column->year = 0;
  column->month = 0;
  column->cumulative = FALSE;

  if (normal[0] == '\0')
    return;

  for (gsize i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      gboolean found = FALSE;

      for (char **w = rule_words (i); *w != NULL && !found; w++)
        found = strstr (normal, *w) != NULL;
      if (found)
        {
          column->field = rules[i].field;
          break;
        }
    }

  /* A bare "项目" or "名称" header is the name too. */
  if (column->field == GT_LEDGER_FIELD_NONE
      && (strcmp (normal, "项目") == 0 || strcmp (normal, "名称") == 0))
    column->field = GT_LEDGER_FIELD_NAME;

  column->unit = find_unit (normal);
  column->year = find_year (normal);
  column->month = find_month (normal, &column->cumulative);
}

static void
clear_column (gpointer data)
{
  GtLedgerColumn *column = data;

  g_free (column->header);
}

void
gt_ledger_mapping_free (GtLedgerMapping *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->columns);
  g_free (self);
}

GtLedgerColumn *
gt_ledger_mapping_column (GtLedgerMapping *self,
                          guint            column)
{
  g_return_val_if_fail (column < self->columns->len, NULL);
  return &g_array_index (self->columns, GtLedgerColumn, column);
}

int
gt_ledger_mapping_find (GtLedgerMapping *self,
                        GtLedgerField    field)
{
  for (guint i = 0; i < self->columns->len; i++)
    if (g_array_index (self->columns, GtLedgerColumn, i).field == field)
      return (int) i;
  return -1;
}

void
gt_ledger_mapping_set_field (GtLedgerMapping *self,
                             guint            column,
                             GtLedgerField    field)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (column < self->columns->len);

  if (field != GT_LEDGER_FIELD_NONE)
    for (guint i = 0; i < self->columns->len; i++)
      if (g_array_index (self->columns, GtLedgerColumn, i).field == field)
        g_array_index (self->columns, GtLedgerColumn, i).field = GT_LEDGER_FIELD_NONE;
  g_array_index (self->columns, GtLedgerColumn, column).field = field;
}

/* How many different fields @row names, 0 when it has no name column. */
static int
score_row (GtLedgerSheet *sheet,
           guint          row,
           guint          n_columns)
{
  gboolean seen[GT_N_LEDGER_FIELDS] = { FALSE, };
  int score = 0;

  for (guint c = 0; c < n_columns; c++)
    {
      GtLedgerColumn column = { 0, };

      gt_ledger_column_guess (gt_ledger_sheet_get (sheet, row, c), &column);
      if (column.field != GT_LEDGER_FIELD_NONE && !seen[column.field])
        {
          seen[column.field] = TRUE;
          score++;
        }
    }
  return seen[GT_LEDGER_FIELD_NAME] ? score : 0;
}

static gboolean
is_number (const char *text)
{
  g_autofree char *normal = gt_ledger_normalize (text);

  return normal[0] != '\0' && strspn (normal, "0123456789.,") == strlen (normal);
}

/* Ledgers often group columns under a merged cell: "2023年" above "计划投资" and
 * "1—3月完成". The row under the header is a second header row when its name
 * cell is empty, it has more than one cell (a group heading has one), some cell
 * names a field and none is a figure. */
static gboolean
is_sub_header (GtLedgerSheet *sheet,
               guint          row,
               guint          n_columns,
               int            name_column)
{
  gboolean names_a_field = FALSE;
  guint filled = 0;

  if (row >= gt_ledger_sheet_n_rows (sheet) || name_column < 0)
    return FALSE;
  if (!gt_ledger_is_empty (gt_ledger_sheet_get (sheet, row, (guint) name_column)))
    return FALSE;
  for (guint c = 0; c < n_columns; c++)
    {
      const char *text = gt_ledger_sheet_get (sheet, row, c);
      GtLedgerColumn column = { 0, };

      if (is_number (text))
        return FALSE;
      gt_ledger_column_guess (text, &column);
      names_a_field |= column.field != GT_LEDGER_FIELD_NONE;
      filled += !gt_ledger_is_empty (text);
    }
  return names_a_field && filled > 1;
}

/* The header of column @c: its cell in @top, followed by its cell in @sub (when
 * there are two header rows). A merged cell keeps its text in its first column
 * only, so a blank top cell over a sub-header takes the nearest text to its
 * left: @left is that text, kept up to date as the columns go by (looking left
 * from every column made a wide header's search quadratic). */
static char *
header_text (GtLedgerSheet  *sheet,
             guint           top,
             int             sub,
             guint           c,
             char          **left)
{
  g_autofree char *parent = g_strstrip (g_strdup (gt_ledger_sheet_get (sheet, top, c)));
  g_autofree char *child = NULL;

  if (parent[0] != '\0')
    {
      g_free (*left);
      *left = g_strdup (parent);
    }
  if (sub < 0)
    return g_steal_pointer (&parent);
  child = g_strstrip (g_strdup (gt_ledger_sheet_get (sheet, (guint) sub, c)));
  if (parent[0] == '\0' && child[0] != '\0' && *left != NULL)
    return g_strconcat (*left, child, NULL);
  return g_strconcat (parent, child, NULL);
}

GtLedgerMapping *
gt_ledger_mapping_guess (GtLedgerSheet  *sheet,
                         GError        **error)
{
  g_autoptr(GtLedgerMapping) self = NULL;
  g_autofree char *left = NULL;
  gboolean taken[GT_N_LEDGER_FIELDS] = { FALSE, };
  guint n_columns;
  guint n_rows;
  int best = 0;
  guint best_row = 0;
  int name_column = -1;
  int sub;

  g_return_val_if_fail (sheet != NULL, NULL);

  n_columns = gt_ledger_sheet_n_columns (sheet);
  n_rows = MIN (gt_ledger_sheet_n_rows (sheet), HEADER_SEARCH_ROWS);
  for (guint r = 0; r < n_rows; r++)
    {
      int score = score_row (sheet, r, n_columns);

      /* A name column and at least one other: a lone "项目" cell is no header. */
      if (score >= 2 && score > best)
        {
          best = score;
          best_row = r;
        }
    }

  if (best == 0)
    {
      g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_NOT_A_LEDGER,
                   _("This is not a project ledger: none of its first %d rows is a header "
                     "with a project name column (项目名称)."), HEADER_SEARCH_ROWS);
      return NULL;
    }

  self = g_new0 (GtLedgerMapping, 1);
  self->columns = g_array_sized_new (FALSE, TRUE, sizeof (GtLedgerColumn), n_columns);
  g_array_set_clear_func (self->columns, clear_column);

  for (guint c = 0; c < n_columns && name_column < 0; c++)
    {
      GtLedgerColumn column = { 0, };

      gt_ledger_column_guess (gt_ledger_sheet_get (sheet, best_row, c), &column);
      if (column.field == GT_LEDGER_FIELD_NAME)
        name_column = (int) c;
    }
  sub = is_sub_header (sheet, best_row + 1, n_columns, name_column) ? (int) best_row + 1 : -1;
  self->header_row = sub >= 0 ? (guint) sub : best_row;

  for (guint c = 0; c < n_columns; c++)
    {
      GtLedgerColumn column = { 0, };
      char *text = header_text (sheet, best_row, sub, c, &left);

      gt_ledger_column_guess (text, &column);
      column.header = text;
      /* Two columns guessed the same: the first keeps it (the second "名称" of
       * a ledger is usually some other name). */
      if (taken[column.field])
        column.field = GT_LEDGER_FIELD_NONE;
      taken[column.field] = column.field != GT_LEDGER_FIELD_NONE;
      g_array_append_val (self->columns, column);
    }

  for (guint r = 0; r < best_row; r++)
    for (guint c = 0; c < n_columns; c++)
      {
        g_autofree char *normal = gt_ledger_normalize (gt_ledger_sheet_get (sheet, r, c));
        gboolean cumulative;
        int month;

        gt_ledger_fold_traditional (normal);
        if (self->title_year == 0)
          self->title_year = find_year (normal);
        month = find_month (normal, &cumulative);
        if (self->title_month == 0 && month > 0)
          self->title_month = month;
      }

  return g_steal_pointer (&self);
}
