/* gt-escalation-group.h: Preferences → Issue Supervision (问题督办): the days
 * past its deadline at which an issue is supervised and listed for
 * supervision (gt-escalation.h), and the prefixes of the numbers of the
 * assignment sheets and supervision letters, bound to their GSettings keys.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A new preferences group editing @settings' escalation-* and issue-doc-* keys. */
GtkWidget *gt_escalation_group_new (GSettings *settings);

G_END_DECLS
