/* gt-returns.c: a unit's return planned against the register, and applied.
 *
 * Rows are matched by the project id the template hid in each row (rows may
 * have been sorted), then by the project code, then by the name. Only the
 * four cells a unit fills are taken; a cell left empty keeps what the
 * register has. The plan is made again under the write lock when applied, so
 * that it is against the register as it is then: importing a return a second
 * time finds nothing to change, and writes nothing (no history, no undo step).
 *
 * What refuses a file: a cell that is not a number, or is outside what the
 * template's validation allows (a spreadsheet other than Excel may not
 * enforce it), a filled row of no project, two filled rows of one project.
 * What is only flagged: one month above half the year plan
 * (gt-plausibility.h), 1—N月累计 lower than the register has it, a read-only
 * cell not as it was sent (it is not taken either way).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-history.h"
#include "gt-ledger-columns.h"
#include "gt-ledger-sheet.h"
#include "gt-ledger-values.h"
#include "gt-plausibility.h"
#include "gt-returns-private.h"


/* One matched row's values, as read. */
typedef struct {
  gboolean has[GT_RETURN_N_FIELDS];
  gint64   completed;
  int      percent;
  char    *progress;
  char    *problems;
} Values;

static const GtReturnCol field_columns[GT_RETURN_N_FIELDS] = {
  [GT_RETURN_FIELD_COMPLETED] = GT_RETURN_COL_COMPLETED,
  [GT_RETURN_FIELD_PERCENT] = GT_RETURN_COL_PERCENT,
  [GT_RETURN_FIELD_PROGRESS] = GT_RETURN_COL_PROGRESS,
  [GT_RETURN_FIELD_PROBLEMS] = GT_RETURN_COL_PROBLEMS,
};

gboolean
gt_return_flag_refuses (GtReturnFlagKind kind)
{
  return kind >= GT_RETURN_FLAG_OUT_OF_RANGE;
}

static void
flag_free (gpointer data)
{
  GtReturnFlag *flag = data;

  g_free (flag->message);
  g_free (flag);
}

static void
change_free (gpointer data)
{
  GtReturnChange *change = data;

  g_free (change->code);
  g_free (change->name);
  for (int f = 0; f < GT_RETURN_N_FIELDS; f++)
    {
      g_free (change->old_text[f]);
      g_free (change->new_text[f]);
    }
  g_ptr_array_unref (change->new_issues);
  g_free (change);
}

static void
report_unref (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

static void
values_clear (Values *values)
{
  g_free (values->progress);
  g_free (values->problems);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Values, values_clear)

/* "F “当月完成（万元）”", or the letter alone. */
static char *
column_label (GtReturnPlan *self,
              GtReturnCol   col)
{
  g_autofree char *letter = gt_ledger_column_letter (self->book->column[col]);
  const char *header = self->book->header[col];

  if (header == NULL || header[0] == '\0')
    return g_steal_pointer (&letter);
  return g_strdup_printf ("%s “%s”", letter, header);
}

static void
add_flag (GtReturnPlan     *self,
          GtReturnFlagKind  kind,
          GtReturnLine     *line,
          int               col,     /* GtReturnCol, or -1 for the row */
          gint64            project_id,
          const char       *reason)
{
  GtReturnFlag *flag = g_new0 (GtReturnFlag, 1);

  flag->kind = kind;
  flag->row = line->row;
  flag->project_id = project_id;
  if (col >= 0)
    {
      g_autofree char *label = column_label (self, col);

      flag->column = self->book->column[col] + 1;
      /* TRANSLATORS: what a return's cell says: row, column (letter and
       * header), the cell's text and why it is flagged */
      flag->message = g_strdup_printf (_("Row %u, column %s: “%s” — %s"), line->row, label,
                                       line->cells[col], reason);
    }
  else
    /* TRANSLATORS: what a return's row says: "Row 7: …" */
    flag->message = g_strdup_printf (_("Row %u: %s"), line->row, reason);
  g_ptr_array_add (self->flags, flag);
}

/* An amount in 万元: what the ledger reader takes ("12.5", "12.5万元"), else
 * what a spreadsheet writes for a number ("1.25E-2", "-3"). */
static gboolean
parse_amount (const char *text,
              double     *wan)
{
  gint64 yuan;
  char *end = NULL;

  if (gt_ledger_parse_amount (text, 10000, &yuan, NULL))
    {
      *wan = (double) yuan / 10000.0;
      return TRUE;
    }
  *wan = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*wan);
}

/* A percentage, "45", "45%" or "45.5". */
static gboolean
parse_percent (const char *text,
               double     *percent)
{
  g_autofree char *normal = gt_ledger_normalize (text);
  char *end = NULL;

  if (g_str_has_suffix (normal, "%"))
    normal[strlen (normal) - 1] = '\0';
  *percent = g_ascii_strtod (normal, &end);
  return end != normal && *end == '\0' && isfinite (*percent);
}

/* Reads the filled cells of @line into @values; the bad ones flagged. */
static gboolean
read_values (GtReturnPlan *self,
             GtReturnLine *line,
             gint64        project_id,
             Values       *values)
{
  const char *completed = line->cells[GT_RETURN_COL_COMPLETED];
  const char *percent = line->cells[GT_RETURN_COL_PERCENT];
  const char *progress = line->cells[GT_RETURN_COL_PROGRESS];
  const char *problems = line->cells[GT_RETURN_COL_PROBLEMS];
  gboolean ok = TRUE;
  double number;

  if (*completed != '\0')
    {
      if (!parse_amount (completed, &number))
        {
          add_flag (self, GT_RETURN_FLAG_BAD_VALUE, line, GT_RETURN_COL_COMPLETED, project_id,
                    _("not an amount in 10⁴ yuan (万元)"));
          ok = FALSE;
        }
      else if (number < 0 || number > 1.0e11)
        {
          add_flag (self, GT_RETURN_FLAG_OUT_OF_RANGE, line, GT_RETURN_COL_COMPLETED,
                    project_id, _("the amount must be 0 or more"));
          ok = FALSE;
        }
      else
        {
          values->has[GT_RETURN_FIELD_COMPLETED] = TRUE;
          values->completed = (gint64) llround (number * 10000.0);
        }
    }
  if (*percent != '\0')
    {
      if (!parse_percent (percent, &number))
        {
          add_flag (self, GT_RETURN_FLAG_BAD_VALUE, line, GT_RETURN_COL_PERCENT, project_id,
                    _("not a percentage"));
          ok = FALSE;
        }
      else if (number < 0 || number > 100)
        {
          /* xgettext:no-c-format */
          add_flag (self, GT_RETURN_FLAG_OUT_OF_RANGE, line, GT_RETURN_COL_PERCENT,
                    project_id, _("the percentage must be from 0 to 100"));
          ok = FALSE;
        }
      else
        {
          values->has[GT_RETURN_FIELD_PERCENT] = TRUE;
          values->percent = (int) lround (number);
        }
    }
  if (*progress != '\0' && !gt_ledger_is_empty (progress))
    {
      g_autoptr(GError) error = NULL;

      values->progress = gt_ledger_clean_text (progress, GT_LEDGER_MAX_TEXT_CHARS, &error);
      if (values->progress == NULL)
        {
          add_flag (self, GT_RETURN_FLAG_BAD_VALUE, line, GT_RETURN_COL_PROGRESS, project_id,
                    error->message);
          ok = FALSE;
        }
      values->has[GT_RETURN_FIELD_PROGRESS] = values->progress != NULL;
    }
  /* "无", "—": no problem, which is not an issue. */
  if (*problems != '\0' && !gt_ledger_is_empty (problems))
    {
      g_autoptr(GError) error = NULL;

      values->problems = gt_ledger_clean_text (problems, GT_LEDGER_MAX_TEXT_CHARS, &error);
      if (values->problems == NULL)
        {
          add_flag (self, GT_RETURN_FLAG_BAD_VALUE, line, GT_RETURN_COL_PROBLEMS, project_id,
                    error->message);
          ok = FALSE;
        }
      values->has[GT_RETURN_FIELD_PROBLEMS] = values->problems != NULL;
    }
  return ok;
}

static gboolean
line_is_filled (GtReturnLine *line)
{
  for (int f = 0; f < GT_RETURN_N_FIELDS; f++)
    if (line->cells[field_columns[f]][0] != '\0')
      return TRUE;
  return FALSE;
}

/* The row's project: by its hidden id, its code, its name. */
static GtProject *
match (GtReturnPlan *self,
       GtReturnLine *line,
       GHashTable   *by_code,
       GHashTable   *by_name)
{
  const char *id_text = line->cells[GT_RETURN_COL_PROJECT_ID];
  GtProject *project = NULL;
  char *end = NULL;
  double id;

  id = g_ascii_strtod (id_text, &end);
  if (end != id_text && *end == '\0' && id >= 1 && id < 9.0e15)
    project = gt_store_lookup_project (self->store, (gint64) id);
  if (project == NULL && line->cells[GT_RETURN_COL_CODE][0] != '\0')
    {
      g_autofree char *key = gt_ledger_normalize (line->cells[GT_RETURN_COL_CODE]);

      project = g_hash_table_lookup (by_code, key);
    }
  if (project == NULL && line->cells[GT_RETURN_COL_NAME][0] != '\0')
    {
      g_autofree char *key = gt_ledger_normalize (line->cells[GT_RETURN_COL_NAME]);

      project = g_hash_table_lookup (by_name, key);
    }
  return project;
}

/* The read-only cells against the hidden sheet's record of them. */
static void
check_locked (GtReturnPlan *self,
              GtReturnLine *line,
              gint64        project_id)
{
  GtReturnSent *sent = g_hash_table_lookup (self->book->sent, &project_id);
  const struct { GtReturnCol col; gint64 yuan; } amounts[] = {
    { GT_RETURN_COL_TOTAL, sent != NULL ? sent->total : 0 },
    { GT_RETURN_COL_PLAN, sent != NULL ? sent->plan : 0 },
    { GT_RETURN_COL_BEFORE, sent != NULL ? sent->before : 0 },
  };
  const char *reason = _("a read-only cell not as it was sent; it is not taken");

  if (sent == NULL)
    return;
  if (g_strcmp0 (line->cells[GT_RETURN_COL_CODE], sent->code) != 0)
    add_flag (self, GT_RETURN_FLAG_LOCKED_CHANGED, line, GT_RETURN_COL_CODE, project_id,
              reason);
  if (g_strcmp0 (line->cells[GT_RETURN_COL_NAME], sent->name) != 0)
    add_flag (self, GT_RETURN_FLAG_LOCKED_CHANGED, line, GT_RETURN_COL_NAME, project_id,
              reason);
  for (gsize i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      double wan;

      /* Four decimals of 万元 hold every yuan: a yuan's rounding is no change. */
      if (!parse_amount (line->cells[amounts[i].col], &wan)
          || llabs ((gint64) llround (wan * 10000.0) - amounts[i].yuan) > 1)
        add_flag (self, GT_RETURN_FLAG_LOCKED_CHANGED, line, amounts[i].col, project_id,
                  reason);
    }
}

static char *
percent_text (int percent)
{
  return g_strdup_printf ("%d%%", percent);
}

static gboolean
has_open_issue (GtReturnPlan *self,
                gint64        project_id,
                const char   *text)
{
  GListModel *issues = gt_store_get_issues (self->store);
  g_autofree char *key = gt_ledger_normalize (text);

  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);
      g_autofree char *other = NULL;

      if (gt_issue_get_project_id (issue) != project_id
          || gt_issue_get_status (issue) == GT_ISSUE_STATUS_CLOSED)
        continue;
      other = gt_ledger_normalize (gt_issue_get_description (issue));
      if (g_str_equal (key, other))
        return TRUE;
    }
  return FALSE;
}

/* The register's report of the month (a new reference, or NULL), and the
 * year's 1—(N−1)月 cumulative. */
static GtMonthlyReport *
find_report (GtReturnPlan *self,
             gint64        project_id,
             gint64       *before)
{
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;
  GtMonthlyReport *found = NULL;

  *before = 0;
  reports = gt_store_list_monthly_reports (self->store, project_id, &error);
  for (guint i = 0; reports != NULL && i < reports->len; i++)
    {
      GtMonthlyReport *report = g_ptr_array_index (reports, i);

      if (gt_monthly_report_get_year (report) != self->book->year)
        continue;
      if (gt_monthly_report_get_month (report) < self->book->month)
        *before += gt_monthly_report_get_completed (report);
      else if (gt_monthly_report_get_month (report) == self->book->month)
        found = g_object_ref (report);
    }
  if (error != NULL)
    g_warning ("%s", error->message);
  return found;
}

static void
flag_figures (GtReturnPlan *self,
              GtReturnLine *line,
              GtProject    *project,
              gint64        old_completed,
              gint64        new_completed,
              gint64        before)
{
  gint64 id = gt_project_get_id (project);
  gint64 plan = gt_store_get_annual_plan (self->store, id, self->book->year);

  if (gt_plausibility_check_month (plan, new_completed) & GT_IMPLAUSIBLE_MONTH_ABOVE_HALF_PLAN)
    {
      g_autofree char *plan_text = gt_format_wan (plan);
      g_autofree char *reason =
        /* TRANSLATORS: a return's month figure that looks like a slip; %s is the
         * year plan in 万元 */
        g_strdup_printf (_("above half the year plan of %s (10⁴ yuan); check it"), plan_text);

      add_flag (self, GT_RETURN_FLAG_MONTH_ABOVE_HALF_PLAN, line, GT_RETURN_COL_COMPLETED, id,
                reason);
    }
  if (new_completed < old_completed)
    {
      g_autofree char *old_text = gt_format_wan (before + old_completed);
      g_autofree char *new_text = gt_format_wan (before + new_completed);
      g_autofree char *reason =
        /* TRANSLATORS: a return lowers the year-to-date figure: the register's
         * 1—N月累计 and the return's, in 万元 */
        g_strdup_printf (_("the cumulative for the year would go down from %s to %s "
                           "(10⁴ yuan)"), old_text, new_text);

      add_flag (self, GT_RETURN_FLAG_CUMULATIVE_DOWN, line, GT_RETURN_COL_COMPLETED, id,
                reason);
    }
}

/* The change of one matched row; NULL when it changes nothing. */
static GtReturnChange *
plan_line (GtReturnPlan *self,
           GtReturnLine *line,
           GtProject    *project,
           Values       *values)
{
  gint64 id = gt_project_get_id (project);
  g_autoptr(GtMonthlyReport) old = NULL;
  g_autoptr(GtMonthlyReport) report = NULL;
  GtReturnChange *change;
  gint64 before;
  gboolean any = FALSE;

  old = find_report (self, id, &before);
  report = old != NULL ? gt_monthly_report_copy (old) : gt_monthly_report_new ();
  if (old == NULL)
    {
      gt_monthly_report_set_project_id (report, id);
      gt_monthly_report_set_month (report, self->book->year, self->book->month);
    }

  change = g_new0 (GtReturnChange, 1);
  change->project_id = id;
  change->code = g_strdup (gt_project_get_code (project));
  change->name = g_strdup (gt_project_get_name (project));
  change->row = line->row;
  change->new_issues = g_ptr_array_new_with_free_func (g_free);

  if (values->has[GT_RETURN_FIELD_COMPLETED])
    {
      gint64 was = old != NULL ? gt_monthly_report_get_completed (old) : 0;

      flag_figures (self, line, project, was, values->completed, before);
      if (old == NULL || was != values->completed)
        {
          change->changed[GT_RETURN_FIELD_COMPLETED] = TRUE;
          change->old_text[GT_RETURN_FIELD_COMPLETED] = old != NULL ? gt_format_wan (was) : NULL;
          change->new_text[GT_RETURN_FIELD_COMPLETED] = gt_format_wan (values->completed);
          gt_monthly_report_set_completed (report, values->completed);
        }
    }
  if (values->has[GT_RETURN_FIELD_PERCENT])
    {
      int was = old != NULL ? gt_monthly_report_get_percent (old) : 0;

      if (old == NULL || was != values->percent)
        {
          change->changed[GT_RETURN_FIELD_PERCENT] = TRUE;
          change->old_text[GT_RETURN_FIELD_PERCENT] = old != NULL ? percent_text (was) : NULL;
          change->new_text[GT_RETURN_FIELD_PERCENT] = percent_text (values->percent);
          gt_monthly_report_set_percent (report, values->percent);
        }
    }
  if (values->has[GT_RETURN_FIELD_PROGRESS])
    {
      const char *was = old != NULL ? gt_monthly_report_get_progress_note (old) : NULL;

      if (g_strcmp0 (was != NULL ? was : "", values->progress) != 0)
        {
          change->changed[GT_RETURN_FIELD_PROGRESS] = TRUE;
          change->old_text[GT_RETURN_FIELD_PROGRESS] = was != NULL && *was != '\0'
                                                       ? g_strdup (was) : NULL;
          change->new_text[GT_RETURN_FIELD_PROGRESS] = g_strdup (values->progress);
          gt_monthly_report_set_progress_note (report, values->progress);
        }
    }
  if (values->has[GT_RETURN_FIELD_PROBLEMS])
    {
      const char *was = old != NULL ? gt_monthly_report_get_problems (old) : NULL;

      if (g_strcmp0 (was != NULL ? was : "", values->problems) != 0)
        {
          change->changed[GT_RETURN_FIELD_PROBLEMS] = TRUE;
          change->old_text[GT_RETURN_FIELD_PROBLEMS] = was != NULL && *was != '\0'
                                                       ? g_strdup (was) : NULL;
          change->new_text[GT_RETURN_FIELD_PROBLEMS] = g_strdup (values->problems);
          gt_monthly_report_set_problems (report, values->problems);
        }
      if (!has_open_issue (self, id, values->problems))
        g_ptr_array_add (change->new_issues, g_strdup (values->problems));
    }

  for (int f = 0; f < GT_RETURN_N_FIELDS; f++)
    any |= change->changed[f];
  if (!any && change->new_issues->len == 0)
    {
      change_free (change);
      return NULL;
    }
  g_ptr_array_add (self->reports, any ? g_steal_pointer (&report) : NULL);
  return change;
}

void
_gt_return_plan_rows (GtReturnPlan *self)
{
  g_autoptr(GHashTable) by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GListModel *projects = gt_store_get_projects (self->store);

  g_ptr_array_set_size (self->changes, 0);
  g_ptr_array_set_size (self->flags, 0);
  g_ptr_array_set_size (self->reports, 0);

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      const char *code = gt_project_get_code (project);

      if (code != NULL && *code != '\0')
        g_hash_table_insert (by_code, gt_ledger_normalize (code), project);
      g_hash_table_insert (by_name, gt_ledger_normalize (gt_project_get_name (project)),
                           project);
    }

  for (guint i = 0; i < self->book->lines->len; i++)
    {
      GtReturnLine *line = g_ptr_array_index (self->book->lines, i);
      g_auto(Values) values = { { 0 } };
      GtProject *project = match (self, line, by_code, by_name);
      GtReturnChange *change;
      gint64 id;

      if (project == NULL)
        {
          if (line_is_filled (line))
            add_flag (self, GT_RETURN_FLAG_UNMATCHED, line, -1, 0,
                      _("no project of the register has this row’s id, code or name"));
          continue;
        }
      id = gt_project_get_id (project);
      check_locked (self, line, id);
      if (!line_is_filled (line))
        continue;
      if (g_hash_table_contains (seen, &id))
        {
          add_flag (self, GT_RETURN_FLAG_DUPLICATE, line, -1, id,
                    _("a second row of the same project"));
          continue;
        }
      g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
      if (!read_values (self, line, id, &values))
        continue;
      change = plan_line (self, line, project, &values);
      if (change != NULL)
        g_ptr_array_add (self->changes, change);
    }
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

GPtrArray *
gt_returns_list_files (const char *const  *paths,
                       GError            **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  for (gsize i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      g_autoptr(GDir) dir = NULL;
      g_autoptr(GPtrArray) found = NULL;
      const char *name;

      if (!g_file_test (paths[i], G_FILE_TEST_EXISTS))
        {
          g_autofree char *display = g_filename_display_name (paths[i]);

          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, _("%s: No such file"), display);
          return NULL;
        }
      if (!g_file_test (paths[i], G_FILE_TEST_IS_DIR))
        {
          g_ptr_array_add (files, g_strdup (paths[i]));
          continue;
        }
      dir = g_dir_open (paths[i], 0, error);
      if (dir == NULL)
        return NULL;
      found = g_ptr_array_new ();
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *lower = g_ascii_strdown (name, -1);

          if (g_str_has_suffix (lower, ".xlsx") && !g_str_has_prefix (name, "~$")
              && name[0] != '.')
            g_ptr_array_add (found, g_build_filename (paths[i], name, NULL));
        }
      g_ptr_array_sort (found, compare_paths);
      for (guint k = 0; k < found->len; k++)
        g_ptr_array_add (files, g_ptr_array_index (found, k));
    }
  return g_steal_pointer (&files);
}

/* The identity templates of @store carry (gt-report-template.c makes one
 * from the location for a register without an identity). */
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

/* Whether the register takes this return at all: its register, its month. */
static gboolean
check_identity (GtReturnPlan  *self,
                int            year,
                int            month,
                GError       **error)
{
  g_autofree char *register_id = dup_register_id (self->store);
  g_autoptr(GError) local_error = NULL;
  GtReturnBook *book = self->book;
  gboolean closed;

  if (g_strcmp0 (book->register_id, register_id) != 0)
    return _gt_return_refuse (error, GT_RETURN_ERROR_OTHER_REGISTER, self->path,
                   _("a template of another register; it was not sent from this one"));
  if (year != 0 && (book->year != year || book->month != month))
    {
      g_autofree char *theirs = gt_format_month (book->year, book->month);
      g_autofree char *asked = gt_format_month (year, month);
      /* TRANSLATORS: a return of another month: its month, the month asked */
      g_autofree char *message = g_strdup_printf (_("a return for %s, not for %s"), theirs,
                                                  asked);

      return _gt_return_refuse (error, GT_RETURN_ERROR_OTHER_MONTH, self->path, message);
    }
  closed = gt_history_is_month_closed (self->store, book->year, book->month, &local_error);
  if (local_error != NULL)
    return _gt_return_refuse (error, GT_RETURN_ERROR_FAILED, self->path, local_error->message);
  if (closed)
    {
      g_autofree char *theirs = gt_format_month (book->year, book->month);
      /* TRANSLATORS: a return for a month signed off (定稿); %s is the month */
      g_autofree char *message = g_strdup_printf (_("%s is signed off; reopen it to take "
                                                    "this return"), theirs);

      return _gt_return_refuse (error, GT_RETURN_ERROR_CLOSED, self->path, message);
    }
  return TRUE;
}

GtReturnPlan *
gt_return_plan_new (GtStore     *store,
                    const char  *path,
                    int          year,
                    int          month,
                    GError     **error)
{
  g_autoptr(GtReturnPlan) self = NULL;
  GtUnit *unit;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (year == 0 || (month >= 1 && month <= 12), NULL);

  self = g_new0 (GtReturnPlan, 1);
  self->store = g_object_ref (store);
  self->path = g_strdup (path);
  self->changes = g_ptr_array_new_with_free_func (change_free);
  self->flags = g_ptr_array_new_with_free_func (flag_free);
  self->reports = g_ptr_array_new_with_free_func (report_unref);
  self->book = _gt_return_book_read (path, error);
  if (self->book == NULL || !check_identity (self, year, month, error))
    return NULL;
  unit = self->book->unit_id != 0 ? gt_store_lookup_unit (store, self->book->unit_id) : NULL;
  self->unit_name = g_strdup (unit != NULL ? gt_unit_get_name (unit) : self->book->unit_name);
  _gt_return_plan_rows (self);
  return g_steal_pointer (&self);
}

const char *
gt_return_plan_get_path (GtReturnPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->path;
}

const char *
gt_return_plan_get_unit_name (GtReturnPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->unit_name;
}

void
gt_return_plan_get_month (GtReturnPlan *self,
                          int          *year,
                          int          *month)
{
  g_return_if_fail (self != NULL);
  if (year != NULL)
    *year = self->book->year;
  if (month != NULL)
    *month = self->book->month;
}

GPtrArray *
gt_return_plan_get_changes (GtReturnPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->changes;
}

GPtrArray *
gt_return_plan_get_flags (GtReturnPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->flags;
}

guint
gt_return_plan_count_new_issues (GtReturnPlan *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  for (guint i = 0; i < self->changes->len; i++)
    n += ((GtReturnChange *) g_ptr_array_index (self->changes, i))->new_issues->len;
  return n;
}

gboolean
gt_return_plan_is_refused (GtReturnPlan *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  for (guint i = 0; i < self->flags->len; i++)
    if (gt_return_flag_refuses (((GtReturnFlag *) g_ptr_array_index (self->flags, i))->kind))
      return TRUE;
  return FALSE;
}

void
gt_return_plan_free (GtReturnPlan *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->store);
  g_free (self->path);
  g_free (self->unit_name);
  _gt_return_book_free (self->book);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_pointer (&self->flags, g_ptr_array_unref);
  g_clear_pointer (&self->reports, g_ptr_array_unref);
  g_free (self);
}
