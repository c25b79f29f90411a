/* gt-report-template.c: the monthly report templates (报送模板), through libxlsxwriter.
 *
 * A unit's clerk opens the workbook in WPS or Excel and types into the yellow
 * cells only: the sheet is protected, those cells unlocked, and each carries a
 * data validation (a non-negative amount in 万元, a percentage 0–100) with an
 * input message, so a wrong value is refused where it is typed. The grey cells
 * are the register's: 项目代码, 项目名称, 总投资, 年度计划 and 1—(N−1)月累计, which is
 * last month's cumulative (this month's sheet less its own figure, so January
 * starts from nothing).
 *
 * The hidden sheet "guatu" (gt-report-template.h lists its keys) is what a
 * return is matched by, not the file's name or the rows' order; each data row
 * also carries its project's id in a hidden column, which moves with the row
 * if the sheet is unprotected and sorted. libxlsxwriter 1.1.4 can only hide a
 * sheet and cannot protect a workbook's structure, so the workbook part is
 * rewritten after it closes: the sheet made "veryHidden" (no Unhide menu
 * lists it) and the structure locked, so that it is not unhidden or deleted
 * by accident. TEMPLATE_PASSWORD is not a secret (it is here, and any tool
 * removes it): it guards against accidents, not against anyone.
 *
 * Amounts are written as 万元 (yuan / 10⁴: four decimals hold every yuan).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>
#include <zip.h>

#include "gt-export-file.h"
#include "gt-filing.h"
#include "gt-format.h"
#include "gt-report-sheet.h"
#include "gt-report-template.h"

/* Not a secret: see above. */
#define TEMPLATE_PASSWORD "guatu"

/* A4, in the paper sizes Excel numbers. */
#define PAPER_A4 9

#define TITLE_ROW       0
#define NOTE_ROW        1
#define HEADER_ROW      2
#define FIRST_DATA_ROW  3

#define DATA_ROW_HEIGHT 30

enum {
  COL_CODE,
  COL_NAME,
  COL_TOTAL,
  COL_PLAN,
  COL_BEFORE,
  COL_COMPLETED,
  COL_PERCENT,
  COL_PROGRESS,
  COL_PROBLEMS,
  COL_PROJECT_ID,   /* hidden */
  N_COLUMNS
};
#define LAST_VISIBLE_COLUMN COL_PROBLEMS

static const double column_widths[N_COLUMNS] = {
  [COL_CODE] = 25, [COL_NAME] = 32, [COL_TOTAL] = 13, [COL_PLAN] = 13, [COL_BEFORE] = 15,
  [COL_COMPLETED] = 15, [COL_PERCENT] = 12, [COL_PROGRESS] = 34, [COL_PROBLEMS] = 34,
  [COL_PROJECT_ID] = 10,
};

#define WAN_FORMAT "#,##0.00"

/* One project's row. */
typedef struct {
  gint64 project_id;
  char *code;
  char *name;
  gint64 total;
  gint64 plan;
  gint64 before;     /* 1—(N−1)月累计, yuan */
} Line;

/* One unit's workbook. */
typedef struct {
  gint64 id;
  char *name;
  GArray *lines;     /* Line */
} Group;

struct _GtTemplateSet {
  char *register_id;
  char *register_path;
  int year;
  int month;
  int deadline_day;
  GtTemplateGrouping grouping;
  GPtrArray *groups;   /* Group, in the order of the store's units */
  guint n_unassigned;
};

typedef struct {
  lxw_format *title;
  lxw_format *note;
  lxw_format *header;
  lxw_format *locked_code;
  lxw_format *locked_text;
  lxw_format *locked_wan;
  lxw_format *input_wan;
  lxw_format *input_percent;
  lxw_format *input_text;
  lxw_format *hidden_id;
} Formats;

static void
line_clear (gpointer data)
{
  Line *line = data;

  g_free (line->code);
  g_free (line->name);
}

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->name);
  g_array_unref (group->lines);
  g_free (group);
}

void
gt_template_get_deadline (int    year,
                          int    month,
                          int    day,
                          GDate *deadline)
{
  g_return_if_fail (deadline != NULL);
  g_return_if_fail (day >= GT_TEMPLATE_MIN_DEADLINE_DAY && day <= GT_TEMPLATE_MAX_DEADLINE_DAY);

  /* The one rule, in core, that the filing status judges by too. */
  gt_filing_get_deadline (year, month, day, deadline);
}

int
gt_template_get_deadline_day (void)
{
  return gt_filing_get_deadline_day ();
}

const char *
gt_template_grouping_to_id (GtTemplateGrouping grouping)
{
  return grouping == GT_TEMPLATE_BY_LOCALITY ? "locality" : "unit";
}

gboolean
gt_template_grouping_from_id (const char         *id,
                              GtTemplateGrouping *grouping)
{
  g_return_val_if_fail (grouping != NULL, FALSE);

  if (g_strcmp0 (id, "unit") == 0)
    *grouping = GT_TEMPLATE_BY_UNIT;
  else if (g_strcmp0 (id, "locality") == 0)
    *grouping = GT_TEMPLATE_BY_LOCALITY;
  else
    return FALSE;
  return TRUE;
}

/* The register's identity; one made from its location when it has none (a
 * register from before schema 5 that nothing has upgraded). */
static char *
dup_register_id (GtStore *store)
{
  g_autofree char *id = gt_store_dup_register_id (store);
  g_autofree char *hash = NULL;
  const char *path = gt_store_get_path (store);

  if (id != NULL && *id != '\0')
    return g_steal_pointer (&id);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, path != NULL ? path : "", -1);
  return g_strconcat ("location:", hash, NULL);
}

GtTemplateSet *
gt_template_set_collect (GtStore             *store,
                         int                  year,
                         int                  month,
                         GtTemplateGrouping   grouping,
                         int                  deadline_day,
                         GError             **error)
{
  g_autoptr(GtTemplateSet) self = NULL;
  g_autoptr(GtReportSheet) sheet = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  GListModel *units;
  guint n_rows;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (year >= 1 && year <= 9999 && month >= 1 && month <= 12, NULL);
  g_return_val_if_fail (deadline_day >= GT_TEMPLATE_MIN_DEADLINE_DAY &&
                        deadline_day <= GT_TEMPLATE_MAX_DEADLINE_DAY, NULL);

  sheet = gt_report_sheet_new (store);
  if (!gt_report_sheet_load (sheet, year, month, error))
    return NULL;

  self = g_new0 (GtTemplateSet, 1);
  self->register_id = dup_register_id (store);
  self->register_path = g_strdup (gt_store_get_path (store));
  self->year = year;
  self->month = month;
  self->deadline_day = deadline_day;
  self->grouping = grouping;
  self->groups = g_ptr_array_new_with_free_func (group_free);

  /* The units' order, so that the files come out in the order of the list. */
  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  units = gt_store_get_units (store);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(GtUnit) unit = g_list_model_get_item (units, i);
      Group *group = g_new0 (Group, 1);

      group->id = gt_unit_get_id (unit);
      group->name = g_strdup (gt_unit_get_name (unit));
      group->lines = g_array_new (FALSE, TRUE, sizeof (Line));
      g_array_set_clear_func (group->lines, line_clear);
      g_ptr_array_add (self->groups, group);
      g_hash_table_insert (by_id, &group->id, group);
    }

  n_rows = g_list_model_get_n_items (G_LIST_MODEL (sheet));
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GtReportRow) row = g_list_model_get_item (G_LIST_MODEL (sheet), i);
      GtProject *project = gt_report_row_get_project (row);
      gint64 key = grouping == GT_TEMPLATE_BY_LOCALITY
                   ? gt_project_get_locality_id (project)
                   : gt_project_get_unit_id (project);
      Group *group = g_hash_table_lookup (by_id, &key);
      Line line = { 0 };

      if (group == NULL)
        {
          self->n_unassigned++;
          continue;
        }
      line.project_id = gt_project_get_id (project);
      line.code = g_strdup (gt_project_get_code (project));
      line.name = g_strdup (gt_project_get_name (project));
      line.total = gt_project_get_total_investment (project);
      line.plan = gt_report_row_get_annual_plan (row);
      line.before = gt_report_row_get_cumulative (row) -
                    gt_monthly_report_get_completed (gt_report_row_get_report (row));
      g_array_append_val (group->lines, line);
    }

  /* Units without projects get no workbook. */
  for (guint i = self->groups->len; i-- > 0;)
    if (((Group *) g_ptr_array_index (self->groups, i))->lines->len == 0)
      g_ptr_array_remove_index (self->groups, i);

  return g_steal_pointer (&self);
}

guint
gt_template_set_get_n_groups (GtTemplateSet *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->groups->len;
}

guint
gt_template_set_get_n_unassigned (GtTemplateSet *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_unassigned;
}

/* What Windows, macOS and Linux all accept: no separators, no characters
 * Windows reserves, no control characters, no leading or trailing dots and
 * spaces; at most 80 characters. */
static char *
safe_name (const char *name)
{
  GString *safe = g_string_new (NULL);
  guint n = 0;

  for (const char *p = name != NULL ? name : ""; *p != '\0' && n < 80;
       p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (c < 0x20 || c == 0x7f || (c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL))
        g_string_append_c (safe, '_');
      else
        g_string_append_unichar (safe, c);
    }
  while (safe->len > 0 && (safe->str[0] == '.' || safe->str[0] == ' '))
    g_string_erase (safe, 0, 1);
  while (safe->len > 0 && (safe->str[safe->len - 1] == '.' ||
                           safe->str[safe->len - 1] == ' '))
    g_string_truncate (safe, safe->len - 1);
  if (safe->len == 0)
    g_string_append_c (safe, '_');
  return g_string_free (safe, FALSE);
}

char *
gt_template_file_name (int         year,
                       int         month,
                       const char *unit_name)
{
  g_autofree char *month_text = gt_format_month (year, month);
  g_autofree char *safe = safe_name (unit_name);

  /* TRANSLATORS: a monthly report template's file name: the month ("2023年4月")
   * and the unit; Chinese: %1$s_%2$s_月报.xlsx */
  return g_strdup_printf (_("%1$s_%2$s_report.xlsx"), month_text, safe);
}

static lxw_format *
new_format (lxw_workbook *book,
            gboolean      border)
{
  lxw_format *format = workbook_add_format (book);

  format_set_font_name (format, "等线");
  format_set_font_size (format, 11);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  if (border)
    format_set_border (format, LXW_BORDER_THIN);
  return format;
}

#define LOCKED_COLOUR 0xE7E6E6    /* grey: the register's */
#define INPUT_COLOUR  0xFFF2CC    /* light yellow: to fill */

static void
make_formats (lxw_workbook *book,
              Formats      *f)
{
  f->title = new_format (book, FALSE);
  format_set_bold (f->title);
  format_set_font_size (f->title, 16);
  format_set_align (f->title, LXW_ALIGN_CENTER);

  f->note = new_format (book, FALSE);
  format_set_text_wrap (f->note);
  format_set_font_color (f->note, 0x833C0B);

  f->header = new_format (book, TRUE);
  format_set_text_wrap (f->header);
  format_set_bold (f->header);
  format_set_align (f->header, LXW_ALIGN_CENTER);
  format_set_bg_color (f->header, 0xD9E1F2);

  /* A code is read whole or not at all: never wrapped. */
  f->locked_code = new_format (book, TRUE);
  format_set_bg_color (f->locked_code, LOCKED_COLOUR);

  f->locked_text = new_format (book, TRUE);
  format_set_text_wrap (f->locked_text);
  format_set_bg_color (f->locked_text, LOCKED_COLOUR);

  f->locked_wan = new_format (book, TRUE);
  format_set_bg_color (f->locked_wan, LOCKED_COLOUR);
  format_set_num_format (f->locked_wan, WAN_FORMAT);

  f->input_wan = new_format (book, TRUE);
  format_set_bg_color (f->input_wan, INPUT_COLOUR);
  format_set_num_format (f->input_wan, WAN_FORMAT);
  format_set_unlocked (f->input_wan);

  f->input_percent = new_format (book, TRUE);
  format_set_bg_color (f->input_percent, INPUT_COLOUR);
  format_set_num_format (f->input_percent, "0.0");
  format_set_unlocked (f->input_percent);

  f->input_text = new_format (book, TRUE);
  format_set_text_wrap (f->input_text);
  format_set_bg_color (f->input_text, INPUT_COLOUR);
  format_set_unlocked (f->input_text);

  f->hidden_id = new_format (book, FALSE);
  format_set_num_format (f->hidden_id, "0");
}

/* The first error of a run of libxlsxwriter calls. */
#define CHECK(status, call) G_STMT_START { \
    if ((status) == LXW_NO_ERROR) (status) = (call); \
  } G_STMT_END

static double
to_wan (gint64 yuan)
{
  return (double) yuan / 10000.0;
}

static char *
format_deadline (GtTemplateSet *self)
{
  GDate date;

  gt_template_get_deadline (self->year, self->month, self->deadline_day, &date);
  return gt_format_date (&date);
}

static lxw_error
add_validations (lxw_worksheet *sheet,
                 lxw_row_t      first,
                 lxw_row_t      last)
{
  lxw_data_validation amount = { 0 };
  lxw_data_validation percent = { 0 };
  lxw_error status = LXW_NO_ERROR;

  amount.validate = LXW_VALIDATION_TYPE_DECIMAL;
  amount.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
  amount.value_number = 0;
  amount.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
  amount.input_title = _("Completed this month");
  amount.input_message = _("The investment completed this month, in 10⁴ yuan (万元): a "
                           "number, 0 or more.");
  amount.error_title = _("Not an amount");
  amount.error_message = _("Type the amount in 10⁴ yuan (万元) as a number, 0 or more, "
                           "without units.");
  CHECK (status, worksheet_data_validation_range (sheet, first, COL_COMPLETED, last,
                                                  COL_COMPLETED, &amount));

  percent.validate = LXW_VALIDATION_TYPE_DECIMAL;
  percent.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  percent.minimum_number = 0;
  percent.maximum_number = 100;
  percent.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
  percent.input_title = _("Percent complete");
  /* xgettext:no-c-format */
  percent.input_message = _("How far the project has got, as a percentage from 0 to 100, "
                            "without the % sign.");
  percent.error_title = _("Not a percentage");
  /* xgettext:no-c-format */
  percent.error_message = _("Type a number from 0 to 100, without the % sign.");
  CHECK (status, worksheet_data_validation_range (sheet, first, COL_PERCENT, last,
                                                  COL_PERCENT, &percent));
  return status;
}

static lxw_error
write_data_sheet (GtTemplateSet *self,
                  Group         *group,
                  lxw_worksheet *sheet,
                  Formats       *f)
{
  const char *headers[N_COLUMNS] = {
    [COL_CODE] = _("Project code"),
    [COL_NAME] = _("Project name"),
    [COL_TOTAL] = _("Total investment (10⁴ yuan)"),
    [COL_PLAN] = _("Plan for the year (10⁴ yuan)"),
    [COL_BEFORE] = _("Cumulative to last month (10⁴ yuan)"),
    [COL_COMPLETED] = _("Completed this month (10⁴ yuan)"),
    [COL_PERCENT] = _("Percent complete (%)"),
    [COL_PROGRESS] = _("Physical progress"),
    [COL_PROBLEMS] = _("Problems"),
    [COL_PROJECT_ID] = "project_id",
  };
  g_autofree char *month_text = gt_format_month (self->year, self->month);
  g_autofree char *deadline = format_deadline (self);
  g_autofree char *title = NULL;
  g_autofree char *note = NULL;
  lxw_row_col_options hidden = { .hidden = 1 };
  lxw_protection protection = { 0 };
  lxw_error status = LXW_NO_ERROR;
  lxw_row_t last_row = FIRST_DATA_ROW + group->lines->len - 1;

  /* TRANSLATORS: a report template's title: the month ("2023年4月") and the
   * unit; Chinese: %1$s重点项目进展情况报表（%2$s） */
  title = g_strdup_printf (_("%1$s key project progress report (%2$s)"), month_text,
                           group->name);
  /* TRANSLATORS: the instruction row of a report template: the deadline
   * ("2023年4月25日"); Chinese: 请于%s前填报黄色底纹单元格（当月完成、完成比例、
   * 形象进度、存在问题），灰色底纹单元格为项目库数据，不可修改；金额单位：万元。
   * 请勿增删行列、改动工作表，以便导入。 */
  note = g_strdup_printf (_("Please fill in the yellow cells (completed this month, percent "
                            "complete, physical progress, problems) by %s; the grey cells "
                            "are the register's and cannot be changed. Amounts in 10⁴ yuan "
                            "(万元). Do not add or remove rows, columns or sheets, so that "
                            "the return can be imported."), deadline);

  for (int c = 0; c < N_COLUMNS; c++)
    CHECK (status, worksheet_set_column_opt (sheet, c, c, column_widths[c], NULL,
                                             c == COL_PROJECT_ID ? &hidden : NULL));
  CHECK (status, worksheet_set_row (sheet, TITLE_ROW, 30, NULL));
  CHECK (status, worksheet_merge_range (sheet, TITLE_ROW, 0, TITLE_ROW, LAST_VISIBLE_COLUMN,
                                        title, f->title));
  CHECK (status, worksheet_set_row (sheet, NOTE_ROW, 36, NULL));
  CHECK (status, worksheet_merge_range (sheet, NOTE_ROW, 0, NOTE_ROW, LAST_VISIBLE_COLUMN,
                                        note, f->note));
  CHECK (status, worksheet_set_row (sheet, HEADER_ROW, 32, NULL));
  for (int c = 0; c < N_COLUMNS; c++)
    CHECK (status, worksheet_write_string (sheet, HEADER_ROW, c, headers[c], f->header));

  for (guint i = 0; i < group->lines->len; i++)
    {
      Line *line = &g_array_index (group->lines, Line, i);
      lxw_row_t r = FIRST_DATA_ROW + i;

      /* Two lines' room for what a clerk types: spreadsheets do not all
       * grow a row to fit wrapped text. */
      CHECK (status, worksheet_set_row (sheet, r, DATA_ROW_HEIGHT, NULL));
      CHECK (status, worksheet_write_string (sheet, r, COL_CODE,
                                             line->code != NULL ? line->code : "",
                                             f->locked_code));
      CHECK (status, worksheet_write_string (sheet, r, COL_NAME,
                                             line->name != NULL ? line->name : "",
                                             f->locked_text));
      CHECK (status, worksheet_write_number (sheet, r, COL_TOTAL, to_wan (line->total),
                                             f->locked_wan));
      CHECK (status, worksheet_write_number (sheet, r, COL_PLAN, to_wan (line->plan),
                                             f->locked_wan));
      CHECK (status, worksheet_write_number (sheet, r, COL_BEFORE, to_wan (line->before),
                                             f->locked_wan));
      CHECK (status, worksheet_write_blank (sheet, r, COL_COMPLETED, f->input_wan));
      CHECK (status, worksheet_write_blank (sheet, r, COL_PERCENT, f->input_percent));
      CHECK (status, worksheet_write_blank (sheet, r, COL_PROGRESS, f->input_text));
      CHECK (status, worksheet_write_blank (sheet, r, COL_PROBLEMS, f->input_text));
      CHECK (status, worksheet_write_number (sheet, r, COL_PROJECT_ID,
                                             (double) line->project_id, f->hidden_id));
    }
  CHECK (status, add_validations (sheet, FIRST_DATA_ROW, last_row));

  worksheet_freeze_panes (sheet, FIRST_DATA_ROW, COL_TOTAL);
  worksheet_protect (sheet, TEMPLATE_PASSWORD, &protection);

  /* Printed as the office prints a ledger: A4 landscape, one page wide, the
   * title and the header on every page. */
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, PAPER_A4);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_center_horizontally (sheet);
  CHECK (status, worksheet_repeat_rows (sheet, TITLE_ROW, HEADER_ROW));
  CHECK (status, worksheet_print_area (sheet, 0, 0, last_row, LAST_VISIBLE_COLUMN));
  /* TRANSLATORS: the foot of a printed sheet in Excel's notation: &P is the
   * page, &N the number of pages; Chinese: 第 &P 页 / 共 &N 页 */
  CHECK (status, worksheet_set_footer (sheet, _("&CPage &P of &N")));
  return status;
}

static lxw_error
write_pair (lxw_worksheet *sheet,
            lxw_row_t      row,
            const char    *key,
            const char    *value)
{
  lxw_error status = worksheet_write_string (sheet, row, 0, key, NULL);

  CHECK (status, worksheet_write_string (sheet, row, 1, value != NULL ? value : "", NULL));
  return status;
}

static lxw_error
write_hidden_sheet (GtTemplateSet *self,
                    Group         *group,
                    const char    *data_sheet,
                    lxw_worksheet *sheet)
{
  g_autofree char *month = g_strdup_printf ("%04d-%02d", self->year, self->month);
  g_autofree char *deadline = NULL;
  g_autofree char *unit_id = g_strdup_printf ("%" G_GINT64_FORMAT, group->id);
  g_autofree char *first_row = g_strdup_printf ("%d", FIRST_DATA_ROW + 1);
  lxw_protection protection = { 0 };
  lxw_error status = LXW_NO_ERROR;
  lxw_row_t r = 0;
  GDate date;

  gt_template_get_deadline (self->year, self->month, self->deadline_day, &date);
  deadline = gt_date_to_iso (&date);
  CHECK (status, write_pair (sheet, r++, GT_TEMPLATE_KEY_KIND, "guatu-report-template"));
  CHECK (status, write_pair (sheet, r++, GT_TEMPLATE_KEY_VERSION, "1"));
  CHECK (status, write_pair (sheet, r++, GT_TEMPLATE_KEY_REGISTER, self->register_id));
  CHECK (status, write_pair (sheet, r++, GT_TEMPLATE_KEY_MONTH, month));
  CHECK (status, write_pair (sheet, r++, GT_TEMPLATE_KEY_GROUPING,
                             gt_template_grouping_to_id (self->grouping)));
  CHECK (status, write_pair (sheet, r++, GT_TEMPLATE_KEY_UNIT_ID, unit_id));
  CHECK (status, write_pair (sheet, r++, GT_TEMPLATE_KEY_UNIT_NAME, group->name));
  CHECK (status, write_pair (sheet, r++, GT_TEMPLATE_KEY_DEADLINE, deadline));
  CHECK (status, write_pair (sheet, r++, GT_TEMPLATE_KEY_SHEET, data_sheet));
  CHECK (status, write_pair (sheet, r++, GT_TEMPLATE_KEY_FIRST_ROW, first_row));
  CHECK (status, write_pair (sheet, r++, GT_TEMPLATE_KEY_COLUMNS, GT_TEMPLATE_COLUMNS));
  CHECK (status, write_pair (sheet, r++, GT_TEMPLATE_KEY_AMOUNTS, "wan"));
  CHECK (status, write_pair (sheet, r++, GT_TEMPLATE_KEY_ROW_COLUMNS, GT_TEMPLATE_ROW_COLUMNS));
  CHECK (status, write_pair (sheet, r, GT_TEMPLATE_KEY_ROWS, NULL));
  CHECK (status, worksheet_write_number (sheet, r++, 1, group->lines->len, NULL));

  /* One row per data row (GT_TEMPLATE_ROW_COLUMNS). Ids and amounts are
   * strings, so that no reader turns them into floats. */
  for (guint i = 0; i < group->lines->len; i++, r++)
    {
      Line *line = &g_array_index (group->lines, Line, i);
      const gint64 numbers[] = { line->project_id, line->total, line->plan, line->before };
      const lxw_col_t number_columns[] = { 1, 4, 5, 6 };

      CHECK (status, worksheet_write_number (sheet, r, 0, FIRST_DATA_ROW + 1 + i, NULL));
      CHECK (status, worksheet_write_string (sheet, r, 2, line->code != NULL ? line->code : "",
                                             NULL));
      CHECK (status, worksheet_write_string (sheet, r, 3, line->name != NULL ? line->name : "",
                                             NULL));
      for (guint k = 0; k < G_N_ELEMENTS (numbers); k++)
        {
          g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, numbers[k]);

          CHECK (status, worksheet_write_string (sheet, r, number_columns[k], text, NULL));
        }
    }
  worksheet_protect (sheet, TEMPLATE_PASSWORD, &protection);
  worksheet_hide (sheet);
  return status;
}

/* Replaces the first @from in @text with @to; FALSE if there is none. */
static gboolean
replace_once (GString    *text,
              const char *from,
              const char *to)
{
  const char *at = strstr (text->str, from);
  gsize position;

  if (at == NULL)
    return FALSE;
  position = at - text->str;
  g_string_erase (text, position, strlen (from));
  g_string_insert (text, position, to);
  return TRUE;
}

/* Reads the part @name of @zip whole; NULL if it cannot. */
static GString *
read_part (zip_t      *zip,
           const char *name)
{
  zip_stat_t st;
  zip_file_t *part;
  GString *text;

  if (zip_stat (zip, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
      st.size > 16 * 1024 * 1024)
    return NULL;
  part = zip_fopen (zip, name, 0);
  if (part == NULL)
    return NULL;
  text = g_string_sized_new (st.size + 1);
  g_string_set_size (text, st.size);
  if (zip_fread (part, text->str, st.size) != (zip_int64_t) st.size)
    {
      g_string_free (text, TRUE);
      text = NULL;
    }
  zip_fclose (part);
  return text;
}

/* libzip writes the archive anew and renames it over @path: the export
 * file's descriptor is the old one's, so its fsync would not cover this. */
static gboolean
sync_file (const char *path)
{
  int fd = g_open (path, O_RDONLY, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0 || errno == EINVAL;
  close (fd);
  return ok;
}

/* The workbook part rewritten: the hidden sheet very hidden and the
 * structure locked (see the top). libxlsxwriter writes the attributes in this
 * form; the part is checked whole (it ends with its root's end tag) first,
 * since libxlsxwriter 1.1.4 does not check its own writes. */
static gboolean
lock_workbook (const char *path)
{
  g_autofree char *protection = NULL;
  zip_t *zip = zip_open (path, ZIP_CHECKCONS, NULL);
  zip_source_t *source = NULL;
  GString *xml;
  gboolean ok;

  if (zip == NULL)
    return FALSE;
  xml = read_part (zip, "xl/workbook.xml");
  ok = xml != NULL && g_str_has_suffix (g_strchomp (xml->str), "</workbook>");
  if (ok)
    {
      g_string_set_size (xml, strlen (xml->str));
      protection = g_strdup_printf ("<workbookProtection workbookPassword=\"%04X\" "
                                    "lockStructure=\"1\"/><bookViews>",
                                    lxw_hash_password (TEMPLATE_PASSWORD));
      ok = replace_once (xml, " state=\"hidden\"", " state=\"veryHidden\"") &&
           replace_once (xml, "<bookViews>", protection);
    }
  if (ok)
    {
      gsize length = xml->len;
      char *text = g_string_free (g_steal_pointer (&xml), FALSE);

      /* libzip frees the buffer with free(): GLib's allocator is malloc. */
      source = zip_source_buffer (zip, text, length, 1);
      if (source == NULL)
        g_free (text);
      ok = source != NULL && zip_file_add (zip, "xl/workbook.xml", source,
                                           ZIP_FL_OVERWRITE) >= 0;
      if (!ok && source != NULL)
        zip_source_free (source);
    }
  if (xml != NULL)
    g_string_free (xml, TRUE);
  if (ok && zip_close (zip) == 0)
    return sync_file (path);
  zip_discard (zip);
  return FALSE;
}

/* The names of the units' files: two units of one name (a township and a
 * department both "城关镇") get their ids added. */
static char *
unique_file_name (GtTemplateSet *self,
                  Group         *group,
                  GHashTable    *taken)
{
  char *name = gt_template_file_name (self->year, self->month, group->name);

  if (g_hash_table_contains (taken, name))
    {
      g_autofree char *with_id = g_strdup_printf ("%s_%" G_GINT64_FORMAT, group->name,
                                                  group->id);

      g_free (name);
      name = gt_template_file_name (self->year, self->month, with_id);
    }
  g_hash_table_add (taken, g_strdup (name));
  return name;
}

static gboolean
write_one (GtTemplateSet  *self,
           Group          *group,
           const char     *path,
           GError        **error)
{
  g_autoptr(GtExportFile) file = NULL;
  const char *data_sheet_name = _("Monthly report");
  lxw_workbook_options options = { .constant_memory = LXW_FALSE };
  lxw_worksheet *data_sheet, *hidden_sheet;
  lxw_workbook *book;
  lxw_error status = LXW_NO_ERROR;
  Formats formats;

  file = gt_export_file_open (path, self->register_path, error);
  if (file == NULL)
    return FALSE;
  book = workbook_new_opt (gt_export_file_get_temp_path (file), &options);
  if (book == NULL)
    return gt_export_file_set_error (file, lxw_strerror (LXW_ERROR_MEMORY_MALLOC_FAILED),
                                     error);
  make_formats (book, &formats);
  data_sheet = workbook_add_worksheet (book, data_sheet_name);
  hidden_sheet = workbook_add_worksheet (book, GT_TEMPLATE_SHEET);
  if (data_sheet == NULL || hidden_sheet == NULL)
    status = LXW_ERROR_MEMORY_MALLOC_FAILED;
  CHECK (status, write_data_sheet (self, group, data_sheet, &formats));
  CHECK (status, write_hidden_sheet (self, group, data_sheet_name, hidden_sheet));
  if (status != LXW_NO_ERROR)
    {
      lxw_workbook_free (book);
      return gt_export_file_set_error (file, lxw_strerror (status), error);
    }
  worksheet_activate (data_sheet);
  status = workbook_close (book);
  if (status != LXW_NO_ERROR)
    return gt_export_file_set_error (file, lxw_strerror (status), error);
  if (!lock_workbook (gt_export_file_get_temp_path (file)))
    return gt_export_file_set_error (file, _("the workbook came out incomplete; the disk may "
                                             "be full"), error);
  return gt_export_file_commit (file, error);
}

GPtrArray *
gt_template_set_write (GtTemplateSet          *self,
                       const char             *dir,
                       const GtExportMonitor  *monitor,
                       GError                **error)
{
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GHashTable) taken = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (dir != NULL, NULL);

  if (g_mkdir_with_parents (dir, 0777) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not make the folder %s: %s"), display, g_strerror (saved));
      return NULL;
    }

  written = g_ptr_array_new_with_free_func (g_free);
  taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < self->groups->len; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);
      g_autofree char *name = unique_file_name (self, group, taken);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (!gt_export_monitor_step (monitor, i, self->groups->len, error) ||
          !write_one (self, group, path, error))
        return NULL;
      g_ptr_array_add (written, g_steal_pointer (&path));
    }
  if (!gt_export_monitor_step (monitor, 1, 1, error))
    return NULL;
  return g_steal_pointer (&written);
}

void
gt_template_set_free (GtTemplateSet *self)
{
  if (self == NULL)
    return;
  g_free (self->register_id);
  g_free (self->register_path);
  if (self->groups != NULL)
    g_ptr_array_unref (self->groups);
  g_free (self);
}
