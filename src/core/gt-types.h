/* gt-types.h: forward declarations of Guatu's core types.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _GtProject        GtProject;
typedef struct _GtLeader         GtLeader;
typedef struct _GtUnit           GtUnit;
typedef struct _GtIssue          GtIssue;
typedef struct _GtMilestone      GtMilestone;
typedef struct _GtMonthlyReport  GtMonthlyReport;
typedef struct _GtStore          GtStore;

G_END_DECLS
