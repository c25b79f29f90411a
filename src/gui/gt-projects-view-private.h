/* gt-projects-view-private.h: shared by the Projects view's files: the view,
 * its cells (gt-projects-cells.c), filters (gt-projects-filters.c) and rows
 * (gt-projects-rows.c).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-project-query.h"
#include "gt-projects-view.h"
#include "gt-row-slots.h"

G_BEGIN_DECLS

/* Rows the view starts with, before it knows its window: more than a
 * 1,600-pixel-high list shows (see gt-projects-rows.c). */
#define GT_PROJECTS_FIRST_FRAME_ROWS 48

typedef enum {
  COL_NAME,
  COL_LEVEL,
  COL_STAGE,
  COL_STATUS,
  COL_LOCALITY,
  COL_LEADER,
  COL_UNIT,
  COL_TOTAL,
  COL_PLAN,
  COL_COMPLETED,
  COL_COMPLETION,
  N_COLUMNS
} ColumnId;

typedef struct {
  GtProjectsView *view;
  ColumnId        id;
} Column;

struct _GtProjectsView
{
  AdwBin               parent_instance;

  GtStore             *store;
  GtProjectQuery      *query;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtRowSlots          *rows;
  GtkSingleSelection  *selection;
  GtProject           *selected_project;
  gboolean             model_changing;
  GtkSorter           *sorters[N_COLUMNS];
  /* project id → GtRag, by the one rule in gt-rag.c; re-judged after edits */
  GHashTable          *statuses;
  guint                judge_idle_id;
  GSettings           *settings;
  Column               columns[N_COLUMNS];

  /* What the filter currently asks, to tell looser from stricter changes. */
  char                *search_text;
  int                  stage;
  int                  level;
  gint64               locality_id;
  gint64               leader_id;
  int                  light;      /* GtRag shown, or −1 for every light */

  /* name → collation key, so that sorting 5,000 rows collates each name once */
  GHashTable          *collate_keys;
  /* bound GtkListItem → its Column */
  GHashTable          *bound_cells;
  guint                totals_idle_id;
  /* Rows changed while out of sight, rebound after the next frame. */
  guint                pending_first;
  guint                pending_end;
  guint                pending_idle_id;
  gboolean             first_frame_seen;
  /* After the first frame: the rows out of sight, then each project's folded
   * search text, a step at a time (gt-projects-rows.c). */
  guint                fill_rows_id;
  guint                fold_keys_id;
  guint                n_keys_folded;

  /* template children */
  GtkWidget           *toolbar;
  GtkWidget           *toolbar_separator;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *stage_dropdown;
  GtkDropDown         *level_dropdown;
  GtkDropDown         *locality_dropdown;
  GtkDropDown         *leader_dropdown;
  GtkDropDown         *light_dropdown;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkWidget           *footer_separator;
  GtkLabel            *count_label;
};

/* gt-projects-cells.c: the columns, their cells and sorters. */
void       _gt_projects_view_add_columns   (GtProjectsView *self);
/* A new reference to the project shown at @position, or NULL. */
GtProject *_gt_projects_view_get_project   (GtProjectsView *self,
                                            guint           position);
/* The rows' projects changed: rebinds the cells in sight now, the others after
 * the next frame, or at _gt_projects_view_flush_cells(). */
void       _gt_projects_view_rows_changed  (GtProjectsView *self,
                                            guint           position,
                                            guint           n_rows);
void       _gt_projects_view_flush_cells   (GtProjectsView *self);
/* Called before the rows follow a change of the sort model. */
void       _gt_projects_view_prepare_rows  (GtProjectsView *self);
/* A leader or unit changed: rebinds and re-sorts the columns of names. */
void       _gt_projects_view_names_changed (GtProjectsView *self);
/* Judges every project again and redraws the status cells. */
void       _gt_projects_view_judge         (GtProjectsView *self);

/* gt-projects-filters.c: sets up the filter drop-downs, self->query and
 * self->filter, which follows the search and the drop-downs. */
void       _gt_projects_view_setup_filters     (GtProjectsView *self);
void       _gt_projects_view_apply_search_text (GtProjectsView *self,
                                                const char     *text);
/* Every drop-down back on its first entry ("All …"). */
void       _gt_projects_view_clear_filters     (GtProjectsView *self);
/* After the lights were judged again: the light filter looks again. */
void       _gt_projects_view_lights_changed    (GtProjectsView *self);

/* gt-projects-rows.c: before the first frame, only the rows @window's height
 * holds; after it (connect to the frame clock's "after-paint"), the others. */
void       _gt_projects_view_limit_first_rows    (GtProjectsView *self,
                                                  GtkWindow      *window);
void       _gt_projects_view_first_frame_painted (GtProjectsView *self,
                                                  GdkFrameClock  *clock);

G_END_DECLS
