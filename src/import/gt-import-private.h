/* gt-import-private.h: the plan's insides, shared by planning and applying.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-import.h"
#include "gt-ledger-stage.h"
#include "gt-ledger-values.h"

G_BEGIN_DECLS

/* Dates in the order of the fields PLANNED_START … ACTUAL_END. */
#define GT_IMPORT_N_DATES 4

typedef struct {
  guint            row;                         /* 0-based in the sheet */
  GtProject       *existing;                    /* the live project; NULL when new */
  char            *text[GT_N_LEDGER_FIELDS];    /* trimmed; NULL when absent or empty */
  gint64           total;
  gint64           plan;
  gint64           completed;                   /* as the cell says */
  gint64           month_figure;                /* what lands in the report month */
  GDate            dates[GT_IMPORT_N_DATES];    /* invalid when not given */
  GtStage          stage;
  GtLedgerStageSource stage_source;             /* REGISTER: the stage is left as it is */
  GtLevel          level;
  GtMonthlyReport *report;                      /* the month's report already there */
} GtImportRow;

struct _GtImportPlan {
  GtStore         *store;
  GtLedgerSheet   *sheet;
  GtLedgerMapping *mapping;
  char            *source_name;   /* the ledger's file name, for the change history */
  GDate            today;
  GPtrArray       *rows;          /* of GtImportRow */
  GPtrArray       *problems;      /* of GtImportProblem */
  GPtrArray       *warnings;      /* of GtImportProblem, not refused */
  GArray          *skipped;       /* of GtImportSkipped */
  GtImportCounts   counts;
  int              plan_year;
  int              report_year;
  int              report_month;  /* of the completed figure and progress notes */
  gboolean         cumulative;
  gboolean         applied;
  gboolean         shown;         /* planned before applying, for a preview */
  gboolean         changed;       /* the plan applied was not the one shown */
};

/* The ledger's month: the month of the completed figure, else one a title
 * names ("截至3月底"), else the plan's today's. */
void      _gt_import_plan_ledger_month  (GtImportPlan  *self,
                                         int           *year,
                                         int           *month);
/* The last day of the ledger's month: the day its stages and issues are as of. */
void      _gt_import_plan_month_end     (GtImportPlan  *self,
                                         GDate         *end);
/* Sets the row's stage and stage_source from what its cells say (after
 * read_values()), against the register's project; and counts it. */
void      _gt_import_plan_stage         (GtImportPlan  *self,
                                         GtImportRow   *row);
void      _gt_import_count_stage        (GtImportPlan  *self,
                                         GtImportRow   *row);
/* gt-import-skipped.c: notes that row @row (0-based) is not a project. */
void      _gt_import_plan_skip          (GtImportPlan       *self,
                                         guint               row,
                                         GtImportSkipReason  reason);
/* Inside gt_store_begin() … gt_store_commit(), which the caller ends either way. */
gboolean  _gt_import_apply_rows         (GtImportPlan  *self,
                                         GError       **error);
/* Gives @project (a new one, or a copy of the row's existing project) what the
 * row says; leaders and units aside. */
void      _gt_import_set_project_fields (GtImportPlan  *plan,
                                         GtImportRow   *row,
                                         GtProject     *project);

/* gt-import-problems.c: a problem (@problems' free function), refused or
 * warned of, at @row (0-based) and @column (-1: the row as a whole), quoting
 * @value (may be NULL). A problem refuses the row; a warning is imported all
 * the same, but said. */
void      _gt_import_problem_free       (gpointer       data);
void      _gt_import_plan_add_problem   (GtImportPlan  *self,
                                         guint          row,
                                         int            column,
                                         const char    *value,
                                         const char    *reason);
void      _gt_import_plan_add_warning   (GtImportPlan  *self,
                                         guint          row,
                                         int            column,
                                         const char    *value,
                                         const char    *reason);

G_END_DECLS
