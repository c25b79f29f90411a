/* gt-import-stage.c: the stage of each imported project, what it rests on, and
 * the ledger's month that stages and issues are as of.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-import-private.h"

void
_gt_import_plan_ledger_month (GtImportPlan *self,
                              int          *year,
                              int          *month)
{
  if (self->report_month > 0)
    {
      *year = self->report_year;
      *month = self->report_month;
    }
  else if (self->mapping->title_month > 0)
    {
      *year = self->report_year;
      *month = self->mapping->title_month;
    }
  else
    {
      /* A ledger that names no month is this month's news. */
      *year = g_date_get_year (&self->today);
      *month = g_date_get_month (&self->today);
    }
}

void
_gt_import_plan_month_end (GtImportPlan *self,
                           GDate        *end)
{
  int year, month;

  _gt_import_plan_ledger_month (self, &year, &month);
  g_date_clear (end, 1);
  g_date_set_dmy (end, g_date_get_days_in_month (month, year), month, year);
}

/* Whether @date is set and on or before @end. */
static gboolean
by (const GDate *date,
    const GDate *end)
{
  return date != NULL && g_date_valid (date) && g_date_compare (date, end) <= 0;
}

static void
raise_to (GtStage             *stage,
          GtLedgerStageSource *source,
          GtStage              found,
          GtLedgerStageSource  from)
{
  /* Only further on: evidence of a stage already reached by a stronger source
   * does not take the credit from it. */
  if (found > *stage)
    {
      *stage = found;
      *source = from;
    }
}

/* The row's stage and what it rests on. A 项目阶段 cell is what the office says
 * and stands as written; otherwise each sign the ledger gives (the 形象进度's
 * first word, 建设性质, an actual start or end or investment completed by the
 * ledger's month end) raises it, and the register's stage, whether an earlier
 * import or a person set it, is never lowered by such a guess: a later month's
 * ledger that says less does not undo what the register knows. */
void
_gt_import_plan_stage (GtImportPlan *self,
                       GtImportRow  *row)
{
  const GDate *start = &row->dates[2];
  const GDate *end = &row->dates[3];
  GtStage stage = GT_STAGE_PLANNED;
  GtLedgerStageSource source = GT_LEDGER_STAGE_FROM_NOTHING;
  GtStage found;
  GDate month_end;

  if (row->text[GT_LEDGER_FIELD_STAGE] != NULL)
    {
      row->stage_source = GT_LEDGER_STAGE_FROM_COLUMN;
      return;
    }

  _gt_import_plan_month_end (self, &month_end);
  if (row->text[GT_LEDGER_FIELD_PROGRESS] != NULL
      && gt_ledger_stage_from_progress (row->text[GT_LEDGER_FIELD_PROGRESS], &found))
    raise_to (&stage, &source, found, GT_LEDGER_STAGE_FROM_PROGRESS);
  if (row->text[GT_LEDGER_FIELD_NATURE] != NULL
      && gt_ledger_stage_from_nature (row->text[GT_LEDGER_FIELD_NATURE], &found))
    raise_to (&stage, &source, found, GT_LEDGER_STAGE_FROM_NATURE);

  /* Dates the register has count as much as the ledger's. */
  if (!g_date_valid (start) && row->existing != NULL)
    start = gt_project_get_actual_start (row->existing);
  if (!g_date_valid (end) && row->existing != NULL)
    end = gt_project_get_actual_end (row->existing);
  if (by (end, &month_end))
    raise_to (&stage, &source, GT_STAGE_COMPLETED, GT_LEDGER_STAGE_FROM_DATES);
  if (by (start, &month_end)
      || (row->text[GT_LEDGER_FIELD_COMPLETED] != NULL && row->completed > 0))
    raise_to (&stage, &source, GT_STAGE_UNDER_CONSTRUCTION, GT_LEDGER_STAGE_FROM_DATES);

  if (row->existing != NULL && gt_project_get_stage (row->existing) > stage)
    {
      stage = gt_project_get_stage (row->existing);
      source = GT_LEDGER_STAGE_FROM_REGISTER;
    }
  row->stage = stage;
  row->stage_source = source;
}

void
_gt_import_count_stage (GtImportPlan *self,
                        GtImportRow  *row)
{
  if (row->stage_source == GT_LEDGER_STAGE_FROM_COLUMN)
    self->counts.stages_from_column++;
  else if (row->stage_source == GT_LEDGER_STAGE_FROM_REGISTER)
    self->counts.stages_kept++;
  else if (row->stage == GT_STAGE_PLANNED)
    self->counts.stages_planned++;
  else if (row->stage_source == GT_LEDGER_STAGE_FROM_PROGRESS)
    self->counts.stages_from_progress++;
  else if (row->stage_source == GT_LEDGER_STAGE_FROM_NATURE)
    self->counts.stages_from_nature++;
  else
    self->counts.stages_from_dates++;
}

char *
gt_import_counts_describe_stages (const GtImportCounts *counts)
{
  GString *line = g_string_new (NULL);

  g_return_val_if_fail (counts != NULL, NULL);

  if (counts->stages_from_column > 0)
    {
      /* Translators: 项目阶段, 形象进度 and 建设性质 are the ledger's column names,
       * which stay as the office writes them */
      g_string_append_printf (line, _("%u from 项目阶段"), counts->stages_from_column);
      /* Translators: between the parts of the line on stages */
      g_string_append (line, _(", "));
    }
  /* Translators: 形象进度 is the ledger's column name */
  g_string_append_printf (line, _("%u from 形象进度"), counts->stages_from_progress);
  g_string_append (line, _(", "));
  /* Translators: 建设性质 is the ledger's column name */
  g_string_append_printf (line, _("%u from 建设性质"), counts->stages_from_nature);
  g_string_append (line, _(", "));
  /* Translators: stages from an actual start or end, or investment completed */
  g_string_append_printf (line, _("%u from dates or figures"), counts->stages_from_dates);
  g_string_append (line, _(", "));
  if (counts->stages_kept > 0)
    {
      /* Translators: projects the register had further on than the ledger says */
      g_string_append_printf (line, _("%u kept as the register has them"), counts->stages_kept);
      g_string_append (line, _(", "));
    }
  /* Translators: projects with nothing in the ledger to say they got further than 谋划 */
  g_string_append_printf (line, _("%u planned"), counts->stages_planned);
  return g_string_free (line, FALSE);
}
