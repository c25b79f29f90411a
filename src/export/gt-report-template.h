/* gt-report-template.h: the monthly report templates (报送模板) sent out to units.
 *
 * One workbook per responsible unit (or per locality) holding only its
 * projects: the register's figures read-only, the month's cells to fill
 * unlocked and validated, the sheet protected, and a hidden sheet "guatu"
 * that names the register, the month, the unit and each row's project, so
 * that a return is matched whatever its file is called or its rows' order.
 *
 * Collecting reads the store (main thread); writing touches no store and may
 * run in a GTask's thread.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "gt-export-progress.h"
#include "gt-store.h"

G_BEGIN_DECLS

typedef enum {
  GT_TEMPLATE_BY_UNIT,        /* 责任单位: the projects' unit_id */
  GT_TEMPLATE_BY_LOCALITY,    /* 属地: the projects' locality_id */
} GtTemplateGrouping;

/* The default 报送截止日, and the range the settings and --deadline-day allow. */
#define GT_TEMPLATE_DEFAULT_DEADLINE_DAY 25
#define GT_TEMPLATE_MIN_DEADLINE_DAY     1
#define GT_TEMPLATE_MAX_DEADLINE_DAY     28

/* The name of the hidden sheet, and its keys (column A; the value in B). */
#define GT_TEMPLATE_SHEET          "guatu"
#define GT_TEMPLATE_KEY_KIND       "kind"          /* "guatu-report-template" */
#define GT_TEMPLATE_KEY_VERSION    "version"       /* "1" */
#define GT_TEMPLATE_KEY_REGISTER   "register"      /* the register's identity */
#define GT_TEMPLATE_KEY_MONTH      "month"         /* YYYY-MM */
#define GT_TEMPLATE_KEY_GROUPING   "grouping"      /* unit | locality */
#define GT_TEMPLATE_KEY_UNIT_ID    "unit_id"
#define GT_TEMPLATE_KEY_UNIT_NAME  "unit_name"
#define GT_TEMPLATE_KEY_DEADLINE   "deadline"      /* YYYY-MM-DD */
#define GT_TEMPLATE_KEY_SHEET      "sheet"         /* the data sheet's name */
#define GT_TEMPLATE_KEY_FIRST_ROW  "first_row"     /* 1-based, the first data row */
#define GT_TEMPLATE_KEY_COLUMNS    "columns"       /* the data sheet's columns, A on */
#define GT_TEMPLATE_KEY_AMOUNTS    "amounts"       /* "wan": money in 万元 */
#define GT_TEMPLATE_KEY_ROWS       "rows"          /* the number of data rows; one row each follows */
#define GT_TEMPLATE_KEY_ROW_COLUMNS "row_columns"  /* what each of those rows holds, A on */

/* Each data row as written, under "rows": its row (1-based) on the data sheet,
 * its project's id, and the read-only cells as sent (amounts in yuan, as
 * integers), so that a return whose locked cells were changed is told from a
 * register that changed since. */
#define GT_TEMPLATE_ROW_COLUMNS \
  "row,project_id,code,name,total_investment,annual_plan,cumulative_before"

/* The data sheet's columns, A on, as the hidden sheet lists them: the last,
 * project_id, is hidden. */
#define GT_TEMPLATE_COLUMNS \
  "code,name,total_investment,annual_plan,cumulative_before,completed,percent," \
  "progress_note,problems,project_id"

typedef struct _GtTemplateSet GtTemplateSet;

/* Deadline days from this one fall in the month reported (每月25日前报当月),
 * earlier ones in the month after it (次月5日前报上月). */
#define GT_TEMPLATE_SAME_MONTH_DEADLINE_DAY 15

/* The 报送截止日 of @year-@month's figures for @day (1–28), by the rule above. */
void           gt_template_get_deadline          (int                  year,
                                                  int                  month,
                                                  int                  day,
                                                  GDate               *deadline);
/* The settings' report-deadline-day, or the default when the schema is not
 * installed. */
int            gt_template_get_deadline_day      (void);
/* "unit" / "locality" and back; FALSE for anything else. */
const char    *gt_template_grouping_to_id        (GtTemplateGrouping   grouping);
gboolean       gt_template_grouping_from_id      (const char          *id,
                                                  GtTemplateGrouping  *grouping);

/* Reads what the templates of @year-@month need from @store: every project
 * with a unit (or locality), grouped, with last month's 1—(N−1)月 cumulative
 * from the monthly report sheet. @deadline_day 1–28. NULL with @error if the
 * register could not be read. */
GtTemplateSet *gt_template_set_collect           (GtStore             *store,
                                                  int                  year,
                                                  int                  month,
                                                  GtTemplateGrouping   grouping,
                                                  int                  deadline_day,
                                                  GError             **error);
/* How many workbooks gt_template_set_write() makes (units with projects). */
guint          gt_template_set_get_n_groups      (GtTemplateSet       *self);
/* Projects left out because they have no unit (or locality). */
guint          gt_template_set_get_n_unassigned  (GtTemplateSet       *self);
/* "2023年4月_住房和城乡建设局_月报.xlsx", the unit's name made safe for a file
 * name; a new string. */
char          *gt_template_file_name             (int                  year,
                                                  int                  month,
                                                  const char          *unit_name);
/* Writes the workbooks into the folder @dir (made if missing), each through
 * gt-export-file.h. Returns the paths written (char *), or NULL with @error;
 * a failure or cancellation stops at the workbook it happened in, those
 * already written stay. @monitor may be NULL. Runs in any thread. */
GPtrArray     *gt_template_set_write             (GtTemplateSet       *self,
                                                  const char          *dir,
                                                  const GtExportMonitor *monitor,
                                                  GError             **error);
void           gt_template_set_free              (GtTemplateSet       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtTemplateSet, gt_template_set_free)

G_END_DECLS
