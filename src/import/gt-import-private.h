/* gt-import-private.h: the plan's insides, shared by planning and applying.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-import.h"
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
  GtLevel          level;
  GtMonthlyReport *report;                      /* the month's report already there */
} GtImportRow;

struct _GtImportPlan {
  GtStore         *store;
  GtLedgerSheet   *sheet;
  GtLedgerMapping *mapping;
  GDate            today;
  GPtrArray       *rows;          /* of GtImportRow */
  GPtrArray       *problems;      /* of GtImportProblem */
  GtImportCounts   counts;
  int              plan_year;
  int              report_year;
  int              report_month;  /* of the completed figure and progress notes */
  gboolean         cumulative;
  gboolean         applied;
  gboolean         shown;         /* planned before applying, for a preview */
  gboolean         changed;       /* the plan applied was not the one shown */
};

/* Inside gt_store_begin() … gt_store_commit(), which the caller ends either way. */
gboolean  _gt_import_apply_rows         (GtImportPlan  *self,
                                         GError       **error);
/* Gives @project (a new one, or a copy of the row's existing project) what the
 * row says; leaders and units aside. */
void      _gt_import_set_project_fields (GtImportPlan  *plan,
                                         GtImportRow   *row,
                                         GtProject     *project);

G_END_DECLS
