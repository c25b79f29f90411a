/* gt-notice-group.h: Preferences → Monthly Notice: the rules of the office's
 * monthly notice (gt-notice-rules.h), bound to their GSettings keys.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A new preferences group editing @settings' notice-* keys. */
GtkWidget *gt_notice_group_new (GSettings *settings);

G_END_DECLS
