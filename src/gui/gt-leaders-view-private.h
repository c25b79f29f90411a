/* gt-leaders-view-private.h: shared by the Leaders view's files: the view and
 * its sidebar rows (gt-leaders-rows.c).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-leaders-view.h"
#include "gt-portfolio.h"
#include "gt-rag.h"

G_BEGIN_DECLS

typedef enum {
  SECTION_LEADERS,
  SECTION_LOCALITIES,
  SECTION_DEPARTMENTS,
  SECTION_COMPANIES,
  N_SECTIONS
} SectionId;

typedef struct {
  GtLeadersView      *view;
  SectionId           id;
  GListStore         *heading;   /* the heading while the section has rows, else empty */
  GtkCustomFilter    *filter;
  GtkFilterListModel *model;
} Section;

struct _GtLeadersView
{
  AdwBin              parent_instance;

  GtStore            *store;
  gboolean            loaded;
  GDate               today;

  Section             sections[N_SECTIONS];
  GtkSingleSelection *selection;
  char               *search_key;     /* normalized and case-folded, NULL when empty */

  GtPortfolioTally   *tally;          /* the counts on the rows */
  /* How many of a leader's or unit's projects show each light: "L<id>" or
   * "U<id>" → guint[GT_N_RAGS], counted as the portfolio counts projects. */
  GHashTable         *lights;
  GHashTable         *bound_rows;     /* GtkListItems of the sidebar now on screen */
  guint               refresh_idle_id;

  GObject            *current;        /* the selected GtLeader or GtUnit */
  GtPortfolio        *portfolio;

  /* template children */
  GtkStack           *main_stack;
  AdwLeaflet         *leaflet;
  GtkSearchEntry     *search_entry;
  GtkStack           *sidebar_stack;
  GtkListView        *list_view;
  GtkWidget          *content;
  GtkWidget          *back_button;
  GtkStack           *content_stack;
  AdwBin             *portfolio_bin;
};

/* gt-leaders-rows.c: the lights of every leader's and unit's projects, into
 * self->lights; and the sidebar's rows, each bound one in self->bound_rows. */
void _gt_leaders_view_count_lights       (GtLeadersView            *self);
void _gt_leaders_view_update_sidebar_row (GtLeadersView            *self,
                                          GtkListItem              *list_item);
void _gt_leaders_view_sidebar_setup_cb   (GtkSignalListItemFactory *factory,
                                          GtkListItem              *list_item,
                                          GtLeadersView            *self);
void _gt_leaders_view_sidebar_bind_cb    (GtkSignalListItemFactory *factory,
                                          GtkListItem              *list_item,
                                          GtLeadersView            *self);
void _gt_leaders_view_sidebar_unbind_cb  (GtkSignalListItemFactory *factory,
                                          GtkListItem              *list_item,
                                          GtLeadersView            *self);

G_END_DECLS
