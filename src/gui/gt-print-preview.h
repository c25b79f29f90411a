/* gt-print-preview.h: the print dialog's Preview inside Guatu.
 *
 * GTK hands a preview to an external viewer unless the application draws it
 * itself; on an office machine without one, Preview closed the dialog and
 * showed nothing. This window draws the pages through the print operation's
 * own preview (GtkPrintOperationPreview), so with the same renderer, paper
 * and page range as the printer would get; it pages through them, fits the
 * page to the window or shows it at its size, and prints from there.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GT_TYPE_PRINT_PREVIEW (gt_print_preview_get_type ())
G_DECLARE_FINAL_TYPE (GtPrintPreview, gt_print_preview, GT, PRINT_PREVIEW, AdwWindow)

/* What the Print button does: @preview has ended; the caller prints. */
typedef void (*GtPrintPreviewPrint) (GtkPrintOperation *operation,
                                     GtkWindow         *parent,
                                     gpointer           user_data);

/* For GtkPrintOperation::preview: @operation's @preview, drawn through
 * @context (whose cairo context this sets); transient for @parent. */
GtPrintPreview *gt_print_preview_new        (GtkPrintOperation        *operation,
                                             GtkPrintOperationPreview *preview,
                                             GtkPrintContext          *context,
                                             GtkWindow                *parent,
                                             GtPrintPreviewPrint       print,
                                             gpointer                  user_data);
/* Once the pages are laid out: how many are to be printed (the range chosen
 * in the dialog), and which one is shown (0-based among them). */
gboolean        gt_print_preview_is_ready   (GtPrintPreview           *self);
guint           gt_print_preview_get_n_pages (GtPrintPreview          *self);
guint           gt_print_preview_get_page   (GtPrintPreview           *self);
void            gt_print_preview_set_page   (GtPrintPreview           *self,
                                             guint                     page);
/* The page shown, as drawn (NULL before the pages are ready). */
cairo_surface_t *gt_print_preview_get_surface (GtPrintPreview         *self);

G_END_DECLS
