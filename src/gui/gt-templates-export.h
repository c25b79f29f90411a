/* gt-templates-export.h: Monthly Reports → Report Templates… (报送模板).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gt-store.h"

G_BEGIN_DECLS

/* Asks for the month (@year-@month first), the grouping and the deadline day,
 * then a folder, and writes the templates there in a thread with a progress
 * dialog; a toast offers to open the folder. @parent is a widget of the
 * window (the toast goes to its AdwToastOverlay). */
void gt_templates_export_start (GtkWidget *parent,
                                GtStore   *store,
                                int        year,
                                int        month);

G_END_DECLS
