/* gt-projects-filters.c: the Projects view's search and filters, which narrow
 * the register through one GtProjectQuery.
 *
 * Each change tells GTK whether it can only hide rows, only show rows or both,
 * so that the filter model re-checks as few projects as it can.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-choice.h"
#include "gt-projects-view-private.h"
#include "gt-rag.h"

static gboolean
unit_is_locality (gpointer item,
                  gpointer user_data)
{
  return gt_unit_kind_is_locality (gt_unit_get_kind (GT_UNIT (item)));
}

/* Stages and levels: a short fixed list, without the search of the others. */
static void
setup_enum_dropdown (GtkDropDown *dropdown,
                     const char  *all_label,
                     guint        n,
                     const char *(*get_label) (guint))
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gt_choice_factory_new (12);

  gtk_string_list_append (labels, all_label);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, get_label (i));
  gtk_drop_down_set_factory (dropdown, factory);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (dropdown, 0);
  gt_choice_defer_rows (dropdown);
}

static const char *
stage_label (guint stage)
{
  return gt_stage_get_label (stage);
}

static const char *
level_label (guint level)
{
  return gt_level_get_label (level);
}

static GtkFilterChange
change_between (gboolean was_any,
                gboolean is_any)
{
  if (was_any && !is_any)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (!was_any && is_any)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

void
_gt_projects_view_apply_search_text (GtProjectsView *self,
                                     const char     *text)
{
  g_autofree char *old = NULL;
  GtkFilterChange change;

  if (text == NULL)
    text = "";
  if (g_strcmp0 (text, self->search_text) == 0)
    return;

  old = g_steal_pointer (&self->search_text);
  self->search_text = g_strdup (text);
  if (!gt_project_query_set_text (self->query, text))
    return;

  /* Typing one more character only ever hides rows: a word that grows, or one
   * more word, each still has to match. GTK then re-checks visible rows only. */
  if (g_str_has_prefix (text, old))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (g_str_has_prefix (old, text))
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static const char *
light_label (guint light)
{
  static char labels[GT_N_RAGS][64];

  /* The mark as well as the word, as in the Status column. */
  if (labels[light][0] == '\0')
    g_snprintf (labels[light], sizeof labels[light], "%s %s", gt_rag_get_mark (light),
                gt_rag_get_label (light));
  return labels[light];
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  GtProjectsView *self = user_data;

  if (self->light >= 0)
    {
      gint64 id = gt_project_get_id (item);
      gpointer value;

      /* Not judged yet: nothing has that light so far. */
      if (self->statuses == NULL ||
          !g_hash_table_lookup_extended (self->statuses, &id, NULL, &value) ||
          GPOINTER_TO_INT (value) != self->light)
        return FALSE;
    }
  return gt_project_query_matches (self->query, item);
}

static void
light_selected_cb (GtProjectsView *self,
                   GParamSpec     *pspec,
                   GtkDropDown    *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  int light = selected == GTK_INVALID_LIST_POSITION || selected == 0 ? -1 : (int) selected - 1;
  int old = self->light;

  if (light == old)
    return;
  self->light = light;
  gtk_filter_changed (GTK_FILTER (self->filter), change_between (old < 0, light < 0));
}

void
_gt_projects_view_lights_changed (GtProjectsView *self)
{
  if (self->light >= 0 && self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
stage_selected_cb (GtProjectsView *self,
                   GParamSpec     *pspec,
                   GtkDropDown    *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  int stage = selected == GTK_INVALID_LIST_POSITION || selected == 0 ? -1 : (int) selected - 1;
  int old = self->stage;

  self->stage = stage;
  if (gt_project_query_set_stage (self->query, stage))
    gtk_filter_changed (GTK_FILTER (self->filter), change_between (old < 0, stage < 0));
}

static void
level_selected_cb (GtProjectsView *self,
                   GParamSpec     *pspec,
                   GtkDropDown    *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  int level = selected == GTK_INVALID_LIST_POSITION || selected == 0 ? -1 : (int) selected - 1;
  int old = self->level;

  self->level = level;
  if (gt_project_query_set_level (self->query, level))
    gtk_filter_changed (GTK_FILTER (self->filter), change_between (old < 0, level < 0));
}

static void
locality_selected_cb (GtProjectsView *self,
                      GParamSpec     *pspec,
                      GtkDropDown    *dropdown)
{
  gpointer item = gtk_drop_down_get_selected_item (dropdown);
  gint64 id = GT_IS_UNIT (item) ? gt_unit_get_id (item) : 0;
  gint64 old = self->locality_id;

  self->locality_id = id;
  if (gt_project_query_set_locality (self->query, id))
    gtk_filter_changed (GTK_FILTER (self->filter), change_between (old == 0, id == 0));
}

static void
leader_selected_cb (GtProjectsView *self,
                    GParamSpec     *pspec,
                    GtkDropDown    *dropdown)
{
  gpointer item = gtk_drop_down_get_selected_item (dropdown);
  gint64 id = GT_IS_LEADER (item) ? gt_leader_get_id (item) : 0;
  gint64 old = self->leader_id;

  self->leader_id = id;
  if (gt_project_query_set_leader (self->query, id))
    gtk_filter_changed (GTK_FILTER (self->filter), change_between (old == 0, id == 0));
}

void
_gt_projects_view_setup_filters (GtProjectsView *self)
{
  g_autoptr(GListModel) localities = NULL;

  setup_enum_dropdown (self->stage_dropdown, _("All Stages"), GT_N_STAGES, stage_label);
  setup_enum_dropdown (self->level_dropdown, _("All Levels"), GT_N_LEVELS, level_label);
  setup_enum_dropdown (self->light_dropdown, _("All Lights"), GT_N_RAGS, light_label);
  self->light = -1;
  localities = G_LIST_MODEL (gtk_filter_list_model_new (
                               g_object_ref (gt_store_get_units (self->store)),
                               GTK_FILTER (gtk_custom_filter_new (unit_is_locality, NULL, NULL))));
  gt_choice_setup_dropdown (self->locality_dropdown, _("All Localities"), localities, 12);
  gt_choice_setup_dropdown (self->leader_dropdown, _("All Leaders"),
                            gt_store_get_leaders (self->store), 12);
  gt_choice_label_dropdown (self->stage_dropdown, _("Filter by stage"));
  gt_choice_label_dropdown (self->level_dropdown, _("Filter by level"));
  gt_choice_label_dropdown (self->locality_dropdown, _("Filter by locality"));
  gt_choice_label_dropdown (self->leader_dropdown, _("Filter by leader"));
  gt_choice_label_dropdown (self->light_dropdown, _("Filter by status light"));

  g_signal_connect_swapped (self->stage_dropdown, "notify::selected",
                            G_CALLBACK (stage_selected_cb), self);
  g_signal_connect_swapped (self->level_dropdown, "notify::selected",
                            G_CALLBACK (level_selected_cb), self);
  g_signal_connect_swapped (self->locality_dropdown, "notify::selected-item",
                            G_CALLBACK (locality_selected_cb), self);
  g_signal_connect_swapped (self->leader_dropdown, "notify::selected-item",
                            G_CALLBACK (leader_selected_cb), self);
  g_signal_connect_swapped (self->light_dropdown, "notify::selected",
                            G_CALLBACK (light_selected_cb), self);

  self->query = gt_project_query_new (self->store);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
}

void
_gt_projects_view_clear_filters (GtProjectsView *self)
{
  gtk_drop_down_set_selected (self->stage_dropdown, 0);
  gtk_drop_down_set_selected (self->level_dropdown, 0);
  gtk_drop_down_set_selected (self->locality_dropdown, 0);
  gtk_drop_down_set_selected (self->leader_dropdown, 0);
  gtk_drop_down_set_selected (self->light_dropdown, 0);
}
