/* gt-visit-group.h: Preferences → Leaders' Site Visits (领导现场): how many
 * visits a month the office asks of each leader, and after how many weeks
 * without one a project counts as neglected.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A new preferences group editing @settings' visits-* keys. */
GtkWidget *gt_visit_group_new (GSettings *settings);

G_END_DECLS
