/* gt-print-operation.h: printing a chart through the system's print dialog,
 * with preview, on whatever paper the dialog chooses; the page setup chosen is
 * remembered for the next print and for Export….
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gt-export-job.h"

G_BEGIN_DECLS

#define GT_TYPE_PRINT_OPERATION (gt_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (GtPrintOperation, gt_print_operation, GT, PRINT_OPERATION,
                      GtkPrintOperation)

/* Takes @job. The page setup and settings are the remembered ones. */
GtPrintOperation *gt_print_operation_new              (GtExportJob      *job);
/* Runs the dialog (or, for @action EXPORT, writes the export-filename); saves
 * the page setup used when printing went ahead. */
GtkPrintOperationResult gt_print_operation_run_saving (GtPrintOperation *self,
                                                       GtkPrintOperationAction action,
                                                       GtkWindow        *parent,
                                                       GError          **error);

/* Runs @action with @parent without waiting (the print dialog, the pages
 * drawn in idle callbacks with a progress dialog, Preview inside Guatu);
 * once done, remembers the page setup when printing went ahead, or shows
 * the error over @parent. Holds a reference to @self until then. */
void              gt_print_operation_start            (GtPrintOperation *self,
                                                       GtkPrintOperationAction action,
                                                       GtkWindow        *parent);

/* The remembered page setup, else A4 landscape (A3 for the wall chart). New. */
GtkPageSetup     *gt_print_operation_load_page_setup  (GtExportChart     chart);
void              gt_print_operation_save_page_setup  (GtkPageSetup     *setup);

G_END_DECLS
