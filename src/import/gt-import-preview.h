/* gt-import-preview.h: what a plan will do, row by row and name by name, for
 * the preview to show before anything is written.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-import.h"

G_BEGIN_DECLS

typedef enum {
  GT_IMPORT_ROW_CREATED,
  GT_IMPORT_ROW_UPDATED,
  GT_IMPORT_ROW_SKIPPED,
  GT_N_IMPORT_ROW_STATES
} GtImportRowState;

typedef struct {
  guint             row;      /* as the spreadsheet numbers it, from 1 */
  GtImportRowState  state;
  char             *name;     /* the project's name; a skipped row's first text */
  GtImportSkipReason reason;  /* of a skipped row */
} GtImportRowOutcome;

typedef enum {
  GT_IMPORT_NEW_LEADER,
  GT_IMPORT_NEW_UNIT,         /* 责任单位 */
  GT_IMPORT_NEW_LOCALITY,     /* 属地 */
  GT_N_IMPORT_NEW_KINDS
} GtImportNewKind;

typedef struct {
  GtImportNewKind  kind;
  char            *name;      /* as the ledger writes it (a leader without title) */
  char            *closest;   /* a similar name the register has, or NULL */
  guint            first_row; /* as the spreadsheet numbers it */
  guint            n_rows;
} GtImportNewName;

/* Every project row (created or updated) and every skipped row, in row order,
 * of GtImportRowOutcome; a row with a problem is in neither. */
GPtrArray *gt_import_plan_list_rows      (GtImportPlan *self);
/* The leaders, units and localities applying would create, because the
 * register has no such name (compared as applying compares them), of
 * GtImportNewName in order of first row. Units and localities are one list in
 * the register: a name is new to both or to neither. */
GPtrArray *gt_import_plan_list_new_names (GtImportPlan *self);
/* A register's name like @name (one character added, dropped or changed, or
 * else the same first two characters), the closest first found;
 * NULL when none. @names is of char*, normal forms (gt_ledger_normalize). */
char      *gt_import_closest_name        (const char   *name,
                                          GPtrArray    *names);
/* For a plan made in a worker thread against a second connection to the
 * register's file: hands it @store, the main thread's, to be applied to. The
 * rows are planned again against @store when applied (gt_import_plan_apply()
 * always does), and whether that differs from the preview is said as usual. */
void       gt_import_plan_set_store      (GtImportPlan *self,
                                          GtStore      *store);

G_END_DECLS
