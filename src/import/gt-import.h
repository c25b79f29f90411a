/* gt-import.h: bringing a ledger (台账) into the register.
 *
 * Two steps, so that people see what will happen before it does: a plan reads
 * every row against the register (which projects are new, which are updated,
 * every problem with its row, column and value); applying it writes all of it in
 * one transaction, or nothing.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-ledger-columns.h"
#include "gt-ledger-sheet.h"
#include "gt-store.h"

G_BEGIN_DECLS

typedef struct {
  guint  row;       /* as the spreadsheet numbers it, from 1 */
  char  *column;    /* e.g. "D “总投资（万元）”"; "" when the row as a whole */
  char  *value;
  char  *reason;
} GtImportProblem;

/* Why a row of the ledger under its header is not a project. Blank rows are
 * not counted: they hold nothing to lose. */
typedef enum {
  GT_IMPORT_SKIP_HEADING,   /* 一、产业项目, （二）…, 其中 */
  GT_IMPORT_SKIP_TOTAL,     /* 合计, 小计, 总计, 共计 */
  GT_IMPORT_SKIP_NOTE,      /* text without a project name, code or figures */
  GT_N_IMPORT_SKIPS
} GtImportSkipReason;

typedef struct {
  guint              row;   /* as the spreadsheet numbers it, from 1 */
  GtImportSkipReason reason;
} GtImportSkipped;

typedef struct {
  guint created;
  guint updated;
  guint leaders_created;
  guint units_created;
  guint reports_saved;
  guint issues_opened;
  guint issues_owned;       /* opened before, now given the project's unit and leader */
  /* Of the rows, by what their stage rests on (GtLedgerStageSource): the
   * 项目阶段 column, the 形象进度's first word, 建设性质, an actual start or end
   * or investment completed, the register (which had the project further on),
   * or nothing (谋划). */
  guint stages_from_column;
  guint stages_from_progress;
  guint stages_from_nature;
  guint stages_from_dates;
  guint stages_kept;
  guint stages_planned;
} GtImportCounts;

typedef struct _GtImportPlan GtImportPlan;

/* Reads the rows of @sheet as @mapping says, against what @store holds now.
 * The ledger's month is the one its header or title names (1—3月: March), or
 * else @today's: its progress notes go to that month's report, stages are judged
 * as of its last day, and the issues it opens are raised on that day. @sheet
 * and @mapping must outlive the plan; a plan is applied once at most (plan
 * again after changing the mapping). */
GtImportPlan     *gt_import_plan_new          (GtStore         *store,
                                               GtLedgerSheet   *sheet,
                                               GtLedgerMapping *mapping,
                                               const GDate     *today);
void              gt_import_plan_free         (GtImportPlan    *self);
/* The ledger's file name, which the change history names as the source of
 * every change the import makes. */
void              gt_import_plan_set_source_name (GtImportPlan *self,
                                              const char      *name);
/* What applying will do: projects created and updated, and the stages (the
 * other counts are known after apply). */
const GtImportCounts *gt_import_plan_get_counts (GtImportPlan  *self);
/* The month whose report takes the completed figures (and progress notes), and
 * whether the ledger's figures run from January (1—N月); FALSE when the ledger
 * has no completed column. */
gboolean          gt_import_plan_get_report_month (GtImportPlan *self,
                                                   int          *year,
                                                   int          *month,
                                                   gboolean     *cumulative);
/* "152 from 形象进度, 20 from 建设性质, 5 from dates or figures, 70 planned",
 * translated: what the command line and the dialog say of the stages. */
char             *gt_import_counts_describe_stages (const GtImportCounts *counts);
/* Of GtImportProblem, in row order; applying refuses while there are any. */
GPtrArray        *gt_import_plan_get_problems (GtImportPlan    *self);
/* Of GtImportProblem, in row order: what is imported all the same but should
 * be looked at, such as a project code of another shape than the national
 * one (gt-project-code.h), or a project found by its name whose code differs.
 * Applying does not refuse them. */
GPtrArray        *gt_import_plan_get_warnings (GtImportPlan    *self);
/* "Row 7, column D “总投资（万元）”: “12x” — not an amount" */
char             *gt_import_problem_to_string (const GtImportProblem *problem);
/* The rows that are neither a project nor blank, of GtImportSkipped in row
 * order: an import never takes fewer rows than the ledger has without saying
 * which and why. */
const GArray     *gt_import_plan_get_skipped  (GtImportPlan    *self);
/* "2 group headings (rows 4, 46), 3 totals (rows 45, 87, 130)", translated;
 * NULL when no row was skipped. */
char             *gt_import_plan_describe_skipped (GtImportPlan *self);
/* Writes the plan in one transaction. Fails, writing nothing, when the plan has
 * problems (the error names the first) or the store fails. The rows are planned
 * again inside the transaction, against the register as it is then (another
 * import may have come first): afterwards the counts and problems are those of
 * the plan applied. */
gboolean          gt_import_plan_apply        (GtImportPlan    *self,
                                               GError         **error);
/* After gt_import_plan_apply(): whether what it did differs from what the plan
 * first said (rows created that were to update, or the other way round). */
gboolean          gt_import_plan_get_changed  (GtImportPlan    *self);

/* The whole way, as the command line does it: load, guess, plan, apply. On
 * problems, @problems (if given) receives them and nothing is written.
 * @skipped (if given) receives gt_import_plan_describe_skipped(). */
gboolean          gt_import_file              (GtStore         *store,
                                               const char      *path,
                                               int              sheet,
                                               const GDate     *today,
                                               GtImportCounts  *counts,
                                               char           **skipped,
                                               GPtrArray      **problems,
                                               GError         **error);

/* The same, and @warnings (if given) receives gt_import_plan_get_warnings()
 * of the plan applied. */
gboolean          gt_import_file_full         (GtStore         *store,
                                               const char      *path,
                                               int              sheet,
                                               const GDate     *today,
                                               GtImportCounts  *counts,
                                               char           **skipped,
                                               GPtrArray      **problems,
                                               GPtrArray      **warnings,
                                               GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtImportPlan, gt_import_plan_free)

G_END_DECLS
