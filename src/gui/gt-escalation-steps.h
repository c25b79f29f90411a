/* gt-escalation-steps.h: an issue's supervision (督办) in its editor: the level
 * it is at, each step that brought it there (day, level, note, by the rules or
 * by hand) and the numbered documents made for it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-escalation.h"
#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_ESCALATION_STEPS (gt_escalation_steps_get_type ())
G_DECLARE_FINAL_TYPE (GtEscalationSteps, gt_escalation_steps, GT, ESCALATION_STEPS,
                      AdwPreferencesGroup)

/* A group showing issue @issue_id of @store, read again whenever the store
 * changes (a rule run from the command line, another desk). */
GtkWidget *gt_escalation_steps_new          (GtStore           *store,
                                             gint64             issue_id);
/* How many steps it shows: for tests. */
guint      gt_escalation_steps_get_n_steps  (GtEscalationSteps *self);
/* What the menu's Raise does once its note is typed: the issue set at @level
 * from today by the office (source "office"). */
gboolean   gt_escalation_steps_raise        (GtEscalationSteps *self,
                                             GtEscalationLevel  level,
                                             const char        *note,
                                             GError           **error);

G_END_DECLS
