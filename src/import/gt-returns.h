/* gt-returns.h: a unit's returned monthly report template (回执), taken in.
 *
 * A return is the workbook gt-report-template.c sent out, filled in by the
 * unit: its very hidden sheet "guatu" names the register, the month and the
 * unit, and each row's project. A return is planned first (per project the
 * month's figures old → new, the new issues its 存在问题 raises, and flags for
 * what looks wrong), shown, then applied: all of one file or nothing, as one
 * step of undo, recorded in the change history as "return:UNIT".
 *
 * No GTK: the command line, the window and the tests share it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "gt-store.h"

G_BEGIN_DECLS

/* The hidden sheet's name and keys, as gt-report-template.h writes them (the
 * import layer does not include the export layer; test-returns checks that
 * both say the same). */
#define GT_RETURN_SHEET          "guatu"
#define GT_RETURN_KIND           "guatu-report-template"
#define GT_RETURN_KEY_KIND       "kind"
#define GT_RETURN_KEY_REGISTER   "register"
#define GT_RETURN_KEY_MONTH      "month"
#define GT_RETURN_KEY_UNIT_ID    "unit_id"
#define GT_RETURN_KEY_UNIT_NAME  "unit_name"
#define GT_RETURN_KEY_SHEET      "sheet"
#define GT_RETURN_KEY_FIRST_ROW  "first_row"
#define GT_RETURN_KEY_COLUMNS    "columns"
#define GT_RETURN_KEY_ROWS       "rows"

#define GT_RETURN_ERROR (gt_return_error_quark ())
typedef enum {
  GT_RETURN_ERROR_UNREADABLE,      /* not an XLSX workbook, or damaged */
  GT_RETURN_ERROR_NOT_A_RETURN,    /* no hidden sheet "guatu", or not a template's */
  GT_RETURN_ERROR_OTHER_REGISTER,  /* a template of another register */
  GT_RETURN_ERROR_OTHER_MONTH,     /* of another month than the one asked */
  GT_RETURN_ERROR_CLOSED,          /* its month is signed off (定稿) */
  GT_RETURN_ERROR_BAD_VALUES,      /* a cell that cannot be taken: see the flags */
  GT_RETURN_ERROR_FAILED,          /* the register could not be read or written */
} GtReturnError;
GQuark gt_return_error_quark (void);

/* The cells a unit fills in. */
typedef enum {
  GT_RETURN_FIELD_COMPLETED,   /* 当月完成（万元） */
  GT_RETURN_FIELD_PERCENT,     /* 完成比例 */
  GT_RETURN_FIELD_PROGRESS,    /* 形象进度 */
  GT_RETURN_FIELD_PROBLEMS,    /* 存在问题 */
  GT_RETURN_N_FIELDS
} GtReturnField;

typedef enum {
  /* Taken all the same, for the office to query: */
  GT_RETURN_FLAG_MONTH_ABOVE_HALF_PLAN,  /* one month above half the year plan */
  GT_RETURN_FLAG_CUMULATIVE_DOWN,        /* 1—N月累计 lower than the register's */
  GT_RETURN_FLAG_LOCKED_CHANGED,         /* a read-only cell not as it was sent */
  /* Refusing the file: */
  GT_RETURN_FLAG_OUT_OF_RANGE,           /* outside the template's validation */
  GT_RETURN_FLAG_BAD_VALUE,              /* not a number */
  GT_RETURN_FLAG_UNMATCHED,              /* a filled row of no project */
  GT_RETURN_FLAG_DUPLICATE,              /* two filled rows of one project */
} GtReturnFlagKind;

typedef struct {
  GtReturnFlagKind  kind;
  guint             row;          /* on the data sheet, from 1; 0 for none */
  guint             column;       /* from 1 (A); 0 for none */
  gint64            project_id;   /* 0 when unmatched */
  char             *message;      /* whole and translated: "Row 5, column F “…”: …" */
} GtReturnFlag;

/* One project whose figures the return changes. */
typedef struct {
  gint64      project_id;
  char       *code;
  char       *name;
  guint       row;                           /* on the data sheet, from 1 */
  gboolean    changed[GT_RETURN_N_FIELDS];
  char       *old_text[GT_RETURN_N_FIELDS];  /* as shown ("12.50", "45%"); NULL: none */
  char       *new_text[GT_RETURN_N_FIELDS];
  GPtrArray  *new_issues;                    /* of char *: 存在问题 not yet an open issue */
} GtReturnChange;

typedef struct _GtReturnPlan GtReturnPlan;

/* Whether a flag of @kind refuses its file. */
gboolean       gt_return_flag_refuses          (GtReturnFlagKind  kind);

/* The returns among @paths: a file as it is, a folder's *.xlsx files (not its
 * subfolders, nor the "~$" files Office leaves while a workbook is open), by
 * name. A GPtrArray of char *, or NULL with @error for a path that is not
 * there. */
GPtrArray     *gt_returns_list_files           (const char *const *paths,
                                                GError           **error);

/* Reads the return at @path and plans it against @store: the month must be
 * @year-@month unless @year is 0. NULL with @error naming the file when it is
 * refused whole (not a return, another register's or month's, a closed
 * month); a plan whose bad cells refuse it still comes back, with its flags,
 * for a preview to show. */
GtReturnPlan  *gt_return_plan_new              (GtStore          *store,
                                                const char       *path,
                                                int               year,
                                                int               month,
                                                GError          **error);
const char    *gt_return_plan_get_path         (GtReturnPlan     *self);
/* The unit as the register names it now (else as the template did). */
const char    *gt_return_plan_get_unit_name    (GtReturnPlan     *self);
void           gt_return_plan_get_month        (GtReturnPlan     *self,
                                                int              *year,
                                                int              *month);
/* GtReturnChange, in the rows' order; GtReturnFlag, in the rows' order. */
GPtrArray     *gt_return_plan_get_changes      (GtReturnPlan     *self);
GPtrArray     *gt_return_plan_get_flags        (GtReturnPlan     *self);
guint          gt_return_plan_count_new_issues (GtReturnPlan     *self);
/* Whether a flag refuses it (gt_return_flag_refuses()). */
gboolean       gt_return_plan_is_refused       (GtReturnPlan     *self);
/* Applies the plan, planned again under the register's write lock: every
 * change of the file or none, as one step of undo, its history's source
 * "return:UNIT". Nothing to change writes nothing (no history, no undo step).
 * FALSE with @error naming the file when refused or not saved. *@n_changed
 * (may be NULL) is the projects changed. */
gboolean       gt_return_plan_apply            (GtReturnPlan     *self,
                                                guint            *n_changed,
                                                GError          **error);
void           gt_return_plan_free             (GtReturnPlan     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtReturnPlan, gt_return_plan_free)

G_END_DECLS
