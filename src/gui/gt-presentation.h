/* gt-presentation.h: the full-screen slides of the monthly meeting.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-slide-deck.h"

G_BEGIN_DECLS

#define GT_TYPE_PRESENTATION (gt_presentation_get_type ())
G_DECLARE_FINAL_TYPE (GtPresentation, gt_presentation, GT, PRESENTATION, AdwWindow)

/* Takes @deck. */
GtPresentation *gt_presentation_new         (GtSlideDeck     *deck,
                                             gboolean         dark);
/* Full screen on @chosen; with none chosen, on the monitor @beside is not on
 * when there are two (a projector), else on its own. */
void            gt_presentation_present_on  (GtPresentation  *self,
                                             GtkWindow       *beside,
                                             GdkMonitor      *chosen);
void            gt_presentation_go_to       (GtPresentation  *self,
                                             guint            index);
guint           gt_presentation_get_current (GtPresentation  *self);
gboolean        gt_presentation_is_black    (GtPresentation  *self);
/* What a key press does (the window's key handler calls it); TRUE if used. */
gboolean        gt_presentation_handle_key  (GtPresentation  *self,
                                             guint            keyval,
                                             GdkModifierType  state);

G_END_DECLS
