/* gt-date-button.h: picks a date, or none, from a calendar popover.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GT_TYPE_DATE_BUTTON (gt_date_button_get_type ())
G_DECLARE_FINAL_TYPE (GtDateButton, gt_date_button, GT, DATE_BUTTON, GtkWidget)

/* A GtkMenuButton showing gt_format_date() or "Not set", whose popover holds a
 * calendar and Clear / Today buttons. Give it a name with
 * gtk_accessible_update_property (GTK_ACCESSIBLE_PROPERTY_LABEL) — the inner
 * button is labelled by it — and, in an AdwActionRow, make it the row's
 * activatable-widget: activating the row (or a mnemonic) opens the calendar. */

GtkWidget   *gt_date_button_new      (void);
/* NULL when no date is set. The "date" property (GDate boxed) is notified. */
const GDate *gt_date_button_get_date (GtDateButton *self);
void         gt_date_button_set_date (GtDateButton *self,
                                      const GDate  *date);

G_END_DECLS
