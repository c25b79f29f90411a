/* gt-date-button.h: picks a date, or none, from a calendar popover.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GT_TYPE_DATE_BUTTON (gt_date_button_get_type ())
G_DECLARE_FINAL_TYPE (GtDateButton, gt_date_button, GT, DATE_BUTTON, GtkButton)

/* A button showing gt_format_date() or "Not set", whose popover holds a field
 * to type a date, a calendar and Clear / Today buttons. Give it a name with
 * gtk_accessible_update_property (GTK_ACCESSIBLE_PROPERTY_LABEL) or, in an
 * AdwActionRow, make it the row's activatable-widget (the row's title names
 * it; activating the row or a mnemonic opens the calendar). The date is its
 * accessible description: a screen reader hears the name once, then the date. */

GtkWidget   *gt_date_button_new      (void);
/* NULL when no date is set. The "date" property (GDate boxed) is notified. */
const GDate *gt_date_button_get_date (GtDateButton *self);
void         gt_date_button_set_date (GtDateButton *self,
                                      const GDate  *date);
/* Opens the popover, on its field (as a click does). */
void         gt_date_button_popup    (GtDateButton *self);
/* The popover's field where a date is typed (owned by @self), for tests. */
GtkWidget   *gt_date_button_get_entry (GtDateButton *self);

G_END_DECLS
