/* gt-inspection-dialog.h: which week's 督查专报 (inspection report) the
 * window saves: this week or one of the eleven before, the last choice
 * offered again.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GT_INSPECTION_DIALOG_N_WEEKS 12

#define GT_TYPE_INSPECTION_DIALOG (gt_inspection_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GtInspectionDialog, gt_inspection_dialog, GT, INSPECTION_DIALOG,
                      AdwWindow)

/* ::chosen (guint julian): the Monday of the week chosen, as a Julian day,
 * when Save… is pressed; the dialog closes right after. */

/* A modal dialog transient for @parent, its weeks counted back from @today
 * (NULL: the clock's day), the week last chosen (the settings') selected. */
GtInspectionDialog *gt_inspection_dialog_new        (GtkWindow          *parent,
                                                     const GDate        *today);
/* Weeks before this one selected (0: this week). */
guint               gt_inspection_dialog_get_weeks_ago (GtInspectionDialog *self);
void                gt_inspection_dialog_set_weeks_ago (GtInspectionDialog *self,
                                                     guint               weeks_ago);
/* The Monday of the week selected. */
void                gt_inspection_dialog_get_monday (GtInspectionDialog *self,
                                                     GDate              *monday);
/* What Save… does: remembers the choice, emits ::chosen, closes. */
void                gt_inspection_dialog_save       (GtInspectionDialog *self);

G_END_DECLS
