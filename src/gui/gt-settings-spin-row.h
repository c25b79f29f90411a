/* gt-settings-spin-row.h: a preferences row with a spin button bound to a
 * whole-number setting.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Adds to @group a row titled @title whose spin button is bound to @key of
 * @settings. Its limits are @min–@max narrowed to the key's range in the
 * schema, so that the box never offers a value the setting refuses (a
 * GLib-GIO-CRITICAL). The spin button is named @title for screen readers and
 * leaves the mouse wheel to the page (gt-scroll-guard.c). */
GtkSpinButton *gt_settings_spin_row_add (AdwPreferencesGroup *group,
                                         GSettings           *settings,
                                         const char          *key,
                                         const char          *title,
                                         const char          *subtitle,
                                         double               min,
                                         double               max);

G_END_DECLS
