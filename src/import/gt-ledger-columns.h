/* gt-ledger-columns.h: which column of a ledger holds what.
 *
 * Ledgers are made by hand: a title above the header, header names that vary
 * from office to office, the unit and the year written into the header
 * ("2023年计划投资（亿元）", "1—3月完成投资"). The guess below is what the
 * import dialog shows; people may change the field of any column.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "gt-ledger-sheet.h"

G_BEGIN_DECLS

typedef enum {
  GT_LEDGER_FIELD_NONE,
  GT_LEDGER_FIELD_CODE,
  GT_LEDGER_FIELD_NAME,
  GT_LEDGER_FIELD_OWNER,
  GT_LEDGER_FIELD_CONTENT,
  GT_LEDGER_FIELD_LEVEL,
  GT_LEDGER_FIELD_CATEGORY,
  GT_LEDGER_FIELD_STAGE,
  GT_LEDGER_FIELD_TOTAL,
  GT_LEDGER_FIELD_PLAN,
  GT_LEDGER_FIELD_COMPLETED,
  GT_LEDGER_FIELD_LEADER,
  GT_LEDGER_FIELD_UNIT,
  GT_LEDGER_FIELD_LOCALITY,
  GT_LEDGER_FIELD_PLANNED_START,
  GT_LEDGER_FIELD_PLANNED_END,
  GT_LEDGER_FIELD_ACTUAL_START,
  GT_LEDGER_FIELD_ACTUAL_END,
  GT_LEDGER_FIELD_PROGRESS,
  GT_LEDGER_FIELD_ISSUES,
  GT_LEDGER_FIELD_NOTES,
  GT_LEDGER_FIELD_NATURE,   /* 建设性质: 新开工, 续建, 竣工投产, 预备 */
  GT_N_LEDGER_FIELDS
} GtLedgerField;

typedef struct {
  GtLedgerField field;
  char         *header;      /* as the file writes it, trimmed; both rows of a
                              * two-row header joined ("2023年" "计划投资") */
  gint64        unit;        /* yuan per figure of an amount column */
  int           year;        /* from the header, 0 when it names none */
  int           month;       /* completed: the month N of "1—N月", 0 when none */
  gboolean      cumulative;  /* completed: from January to @month */
} GtLedgerColumn;

typedef struct {
  guint   header_row;        /* 0-based; the lower one of a two-row header */
  int     title_year;        /* a year written in the title rows, else 0 */
  int     title_month;       /* "截至3月底" in a title, else 0 */
  GArray *columns;           /* of GtLedgerColumn, one per column of the sheet */
} GtLedgerMapping;

const char      *gt_ledger_field_get_label   (GtLedgerField    field);

/* Finds the header among the first rows (the row that names a project name
 * column and most other fields) and maps each column. Fails with
 * GT_LEDGER_ERROR_NOT_A_LEDGER when no row looks like a ledger header. */
GtLedgerMapping *gt_ledger_mapping_guess     (GtLedgerSheet   *sheet,
                                              GError         **error);
void             gt_ledger_mapping_free      (GtLedgerMapping *self);
/* Gives @column the field @field, and takes it from any other column. */
void             gt_ledger_mapping_set_field (GtLedgerMapping *self,
                                              guint            column,
                                              GtLedgerField    field);
/* The column of @field, or -1. */
int              gt_ledger_mapping_find      (GtLedgerMapping *self,
                                              GtLedgerField    field);
GtLedgerColumn  *gt_ledger_mapping_column    (GtLedgerMapping *self,
                                              guint            column);

/* What one header text says: field, unit, year and months. */
void             gt_ledger_column_guess      (const char      *header,
                                              GtLedgerColumn  *column);
/* "A", "B", … "AA": the letter a spreadsheet shows for column @index (0-based). */
char            *gt_ledger_column_letter     (guint            index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtLedgerMapping, gt_ledger_mapping_free)

G_END_DECLS
