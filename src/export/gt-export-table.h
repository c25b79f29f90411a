/* gt-export-table.h: a table made for paper and spreadsheets (the register, the
 * monthly report, the issue ledger): a title, columns with Chinese headers and a
 * kind, and rows of cells, some of them group titles or totals. The CSV and
 * XLSX writers and the paged table drawer all read this one shape.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  GT_EXPORT_TEXT,
  GT_EXPORT_WAN,        /* money: the value is yuan, shown as 万元 with two decimals
                         * and thousands grouped: "7,520.00" */
  GT_EXPORT_PERCENT,    /* the value is a fraction: 0.5 is 50% */
  GT_EXPORT_INTEGER,
  GT_EXPORT_POINTS,     /* percentage points, signed: "+5.3", "-12.0" */
  GT_EXPORT_DATE,       /* a day: set with gt_export_table_set_date() */
} GtExportKind;

typedef enum {
  GT_EXPORT_ROW_PLAIN,
  GT_EXPORT_ROW_GROUP,  /* a group title in the first cell */
  GT_EXPORT_ROW_TOTAL,
} GtExportRowKind;

typedef struct _GtExportTable GtExportTable;

GtExportTable *gt_export_table_new          (const char     *title,
                                             const char     *sheet_name);
void           gt_export_table_free         (GtExportTable  *self);
/* @width in characters, as spreadsheets count them. */
void           gt_export_table_add_column   (GtExportTable  *self,
                                             const char     *header,
                                             GtExportKind    kind,
                                             double          width);
guint          gt_export_table_add_row      (GtExportTable  *self,
                                             GtExportRowKind kind);
void           gt_export_table_set_text     (GtExportTable  *self,
                                             guint           row,
                                             guint           column,
                                             const char     *text);
void           gt_export_table_set_value    (GtExportTable  *self,
                                             guint           row,
                                             guint           column,
                                             double          value);
/* A GT_EXPORT_DATE cell; left blank when @date is NULL or invalid. */
void           gt_export_table_set_date     (GtExportTable  *self,
                                             guint           row,
                                             guint           column,
                                             const GDate    *date);
/* A row's status light (GtRag: green, amber, red), which the print marks; −1,
 * the default, for none. */
void           gt_export_table_set_row_light (GtExportTable *self,
                                             guint           row,
                                             int             light);
int            gt_export_table_get_row_light (GtExportTable *self,
                                             guint           row);

/* The register the table comes from, which the writers never write over (see
 * gt-export-file.h); NULL for none. */
void           gt_export_table_set_register (GtExportTable  *self,
                                             const char     *register_path);
const char    *gt_export_table_get_register (GtExportTable  *self);

const char    *gt_export_table_get_title    (GtExportTable  *self);
const char    *gt_export_table_get_sheet_name (GtExportTable *self);
guint          gt_export_table_get_n_columns (GtExportTable *self);
guint          gt_export_table_get_n_rows   (GtExportTable  *self);
const char    *gt_export_table_get_header   (GtExportTable  *self,
                                             guint           column);
GtExportKind   gt_export_table_get_kind     (GtExportTable  *self,
                                             guint           column);
double         gt_export_table_get_width    (GtExportTable  *self,
                                             guint           column);
GtExportRowKind gt_export_table_get_row_kind (GtExportTable *self,
                                             guint           row);
/* TRUE when the cell holds anything. Numbers: @value set, @text NULL; a date
 * is its Julian day number (g_date_get_julian()). */
gboolean       gt_export_table_get_cell     (GtExportTable  *self,
                                             guint           row,
                                             guint           column,
                                             const char    **text,
                                             double         *value);
/* The cell as shown: numbers formatted (万元 with two decimals and grouping,
 * "12.5%", "+5.3", dates as 2023-03-29). Free it. */
char          *gt_export_table_format_cell  (GtExportTable  *self,
                                             guint           row,
                                             guint           column);

/* A text cell made safe for a spreadsheet: one that begins with = + - @ (or a
 * tab or carriage return) would be run as a formula, so it gets a leading
 * apostrophe. Returns a new string. */
char          *gt_export_neutralise         (const char     *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtExportTable, gt_export_table_free)

G_END_DECLS
