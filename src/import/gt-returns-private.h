/* gt-returns-private.h: a returned template as read, shared by the reader
 * (gt-return-reader.c) and the plan (gt-returns.c).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-returns.h"
#include "gt-store.h"

G_BEGIN_DECLS

/* The data sheet's columns, by what they hold (GT_TEMPLATE_COLUMNS' names). */
typedef enum {
  GT_RETURN_COL_CODE,
  GT_RETURN_COL_NAME,
  GT_RETURN_COL_TOTAL,
  GT_RETURN_COL_PLAN,
  GT_RETURN_COL_BEFORE,
  GT_RETURN_COL_COMPLETED,
  GT_RETURN_COL_PERCENT,
  GT_RETURN_COL_PROGRESS,
  GT_RETURN_COL_PROBLEMS,
  GT_RETURN_COL_PROJECT_ID,
  GT_RETURN_N_COLS
} GtReturnCol;

/* One data row. */
typedef struct {
  guint  row;                        /* from 1 */
  char  *cells[GT_RETURN_N_COLS];    /* trimmed, "" when empty */
} GtReturnLine;

/* One row of the hidden sheet: a project as it was sent. */
typedef struct {
  gint64  project_id;
  char   *code;
  char   *name;
  gint64  total;
  gint64  plan;
  gint64  before;
} GtReturnSent;

typedef struct {
  char        *register_id;
  int          year;
  int          month;
  gint64       unit_id;
  char        *unit_name;
  guint        column[GT_RETURN_N_COLS];  /* 0-based on the data sheet */
  char        *header[GT_RETURN_N_COLS];  /* the data sheet's header cells */
  GPtrArray   *lines;                     /* of GtReturnLine, with something in them */
  GHashTable  *sent;                      /* project id (gint64 *) → GtReturnSent */
} GtReturnBook;

/* gt-returns.c plans, gt-return-apply.c applies. */
struct _GtReturnPlan {
  GtStore       *store;
  char          *path;
  char          *unit_name;
  GtReturnBook  *book;
  GPtrArray     *changes;   /* of GtReturnChange */
  GPtrArray     *flags;     /* of GtReturnFlag */
  GPtrArray     *reports;   /* of GtMonthlyReport to save, parallel to changes */
};

/* Reads the workbook at @path. NULL with @error (GT_RETURN_ERROR, naming the
 * file) when it is no return. */
GtReturnBook  *_gt_return_book_read  (const char    *path,
                                      GError       **error);
void           _gt_return_book_free  (GtReturnBook  *book);

/* Sets @error (GT_RETURN_ERROR, @code) to "FILE: @message", FILE @path's
 * name; returns FALSE. */
gboolean       _gt_return_refuse     (GError       **error,
                                      GtReturnError  code,
                                      const char    *path,
                                      const char    *message);
/* Plans @self's changes and flags against the register as it is now. */
void           _gt_return_plan_rows  (GtReturnPlan  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtReturnBook, _gt_return_book_free)

G_END_DECLS
