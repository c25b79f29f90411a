/* gt-gantt-data.h: the finished data a wall chart (挂图) draws: its rows and
 * their milestones, as plain structs without Cairo or Pango.
 *
 * Core makes them (gt-gantt-rows.h builds them from the register), the Gantt
 * renderer in src/charts draws them and is never handed a store.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  GT_GANTT_ROW_PROJECT,
  /* A group title (a locality, unit, leader or stage) that the caller inserts
   * before the projects of the group; drawn as a band across the chart. */
  GT_GANTT_ROW_GROUP,
} GtGanttRowKind;

/* Row status, with the values of GtRag in gt-rag.h (green, amber, red). */
#define GT_GANTT_STATUS_NONE  (-1)
#define GT_GANTT_STATUS_GREEN 0
#define GT_GANTT_STATUS_AMBER 1
#define GT_GANTT_STATUS_RED   2

/* A schedule node. The diamond sits on @planned_end, or on @planned_start when the
 * end is unset; a node with neither is not drawn. An approval (审批手续) due on
 * @planned_end is a marker of its own (a triangle), @done when given. */
typedef struct {
  const char *name;
  GDate       planned_start;
  GDate       planned_end;
  gboolean    done;
  gboolean    approval;
} GtGanttMilestone;

/* One row of the chart. Dates may be unset (cleared, as by a zeroed struct). An
 * actual bar without an actual end runs to today. Group rows use @label and,
 * when set, the planned dates for a summary bracket; the rest is ignored. The
 * strings and milestones are borrowed for the duration of a call. */
typedef struct {
  GtGanttRowKind          kind;
  const char             *label;        /* project name or group title */
  const char             *leader;       /* 包联领导, may be NULL */
  const char             *unit;         /* 责任单位, may be NULL */
  GDate                   planned_start;
  GDate                   planned_end;
  GDate                   actual_start;
  GDate                   actual_end;
  int                     percent;      /* 0–100 */
  int                     status;       /* GT_GANTT_STATUS_* */
  const GtGanttMilestone *milestones;
  guint                   n_milestones;
  gint64                  id;           /* the caller's, handed back by hit tests */
  guint                   serial;       /* 序号 of a project, 1…; 0 for none */
  /* The as-of month's figures for the figure columns, in yuan; unused unless
   * @has_figures. The rate is worked out from them as drawn. */
  gboolean                has_figures;
  gint64                  total_investment;
  gint64                  annual_plan;
  gint64                  completed;    /* 1—N月累计 */
  const char             *progress_note; /* 形象进度, may be NULL */
  /* @percent is measured (from milestones, or a finished project), so the
   * front line may pass through it; a zeroed row has none. */
  gboolean                has_progress;
} GtGanttRow;

G_END_DECLS
