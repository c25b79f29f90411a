/* gt-formality-item-row.h: one approval of a category's template in
 * Preferences: its name, approving department and time limit, with buttons
 * to move it up or down and to remove it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GT_TYPE_FORMALITY_ITEM_ROW (gt_formality_item_row_get_type ())
G_DECLARE_FINAL_TYPE (GtFormalityItemRow, gt_formality_item_row, GT, FORMALITY_ITEM_ROW,
                      AdwEntryRow)

/* An entry row (its text the approval's name, its title its place) with the
 * department, the days and the buttons as suffixes. Signals: ::edited (any
 * field), ::move (int by: −1 up, +1 down), ::remove. */

/* @departments: a GtkStringList of the departments to choose from (the
 * units, then the template's own words); @department is added to it when
 * it is missing. */
GtkWidget  *gt_formality_item_row_new            (GtkStringList      *departments,
                                                  const char         *kind,
                                                  const char         *department,
                                                  guint               days);
const char *gt_formality_item_row_get_kind       (GtFormalityItemRow *self);
/* "" for none. */
const char *gt_formality_item_row_get_department (GtFormalityItemRow *self);
guint       gt_formality_item_row_get_days       (GtFormalityItemRow *self);
void        gt_formality_item_row_set_kind       (GtFormalityItemRow *self,
                                                  const char         *kind);
/* Selects @department, adding it to the list when it is missing. */
void        gt_formality_item_row_set_department (GtFormalityItemRow *self,
                                                  const char         *department);
void        gt_formality_item_row_set_days       (GtFormalityItemRow *self,
                                                  guint               days);
/* Its place, 1 for the first, of @n: names its controls for a screen reader
 * and enables the moves that make sense. */
void        gt_formality_item_row_set_position   (GtFormalityItemRow *self,
                                                  guint               position,
                                                  guint               n);
/* The control to focus: "kind" (the row itself), "department", "days",
 * "up", "down" or "remove". */
GtkWidget  *gt_formality_item_row_get_control    (GtFormalityItemRow *self,
                                                  const char         *name);

G_END_DECLS
