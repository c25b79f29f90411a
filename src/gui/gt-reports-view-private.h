/* gt-reports-view-private.h: shared by gt-reports-view.c and gt-report-cells.c.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-report-sheet.h"
#include "gt-report-total.h"
#include "gt-reports-view.h"

G_BEGIN_DECLS

typedef enum {
  REPORT_COL_NAME,
  REPORT_COL_LOCALITY,
  REPORT_COL_PLAN,
  REPORT_COL_PREVIOUS,
  REPORT_COL_COMPLETED,     /* editable */
  REPORT_COL_CUMULATIVE,
  REPORT_COL_SHARE,
  REPORT_COL_PERCENT,       /* editable */
  REPORT_COL_NOTE,          /* editable */
  REPORT_COL_PROBLEMS,      /* editable */
  N_REPORT_COLUMNS
} ReportColumnId;

typedef struct {
  GtReportsView  *view;
  ReportColumnId  id;
} ReportColumn;

struct _GtReportsView
{
  AdwBin          parent_instance;

  GtStore        *store;
  GtReportSheet  *sheet;
  /* The sheet, narrowed by the search entry. */
  GtkFilterListModel *filtered;
  GtkCustomFilter *filter;
  /* The lines shown, in the order of the column clicked. */
  GtkSortListModel *lines;
  /* Their sums, in the 合计 line under them (gt-report-footer.c). */
  GtReportTotal  *total;
  /* The sort remembered; while probing, a column's sorter says it was asked
   * first instead of comparing (GTK 4.8 cannot tell which column sorts). */
  GSettings      *settings;
  gboolean        probing;
  int             probed_column;
  char           *search;
  ReportColumn    columns[N_REPORT_COLUMNS];
  /* The editable cells now bound: position × N_REPORT_COLUMNS + column →
   * GtkEntry, so that Enter and Tab can find the next one. */
  GHashTable     *entries;
  guint           focus_tick_id;
  guint           focus_position;
  ReportColumnId  focus_column;
  guint           focus_tries;
  /* The cell whose refused figure the line under the sheet explains. */
  GtkWidget      *error_entry;
  /* The month shown is signed off (定稿): its figures are read only. */
  gboolean        month_closed;

  /* template children */
  GtkLabel       *month_label;
  GtkSearchEntry *search_entry;
  GtkLabel       *totals_label;
  GtkStack       *stack;
  GtkScrolledWindow *scrolled_window;
  GtkColumnView  *column_view;
  GtkScrolledWindow *footer_window;
  GtkColumnView  *footer_view;
  GtkLabel       *error_label;
  GtkLabel       *signed_off_label;
  GtkButton      *signoff_button;
};

void     _gt_reports_view_add_columns  (GtReportsView  *self);
void     _gt_reports_view_update_totals (GtReportsView *self);
/* Whether figures may be typed: the register takes writes (a server not
 * gone) and the month shown is not signed off. */
gboolean _gt_reports_view_figures_editable (GtReportsView *self);
void     _gt_reports_view_show_cell_error (GtReportsView *self,
                                          GtkWidget     *entry,
                                          const char    *message);
gboolean _gt_reports_view_focus_cell   (GtReportsView  *self,
                                        guint           position,
                                        ReportColumnId  column);
const char *_gt_reports_view_column_title (ReportColumnId id);
/* gt-report-footer.c: the 合计 line under the sheet. */
void     _gt_reports_view_add_footer   (GtReportsView  *self);
/* gt-report-sort.c: a sorter for each column, and the sort remembered. */
void     _gt_reports_view_add_sorters  (GtReportsView  *self);
void     _gt_reports_view_restore_sort (GtReportsView  *self);

G_END_DECLS
