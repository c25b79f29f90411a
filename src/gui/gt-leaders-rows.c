/* gt-leaders-rows.c: the rows of the Leaders view's sidebar and the counts on them.
 *
 * A row is a heading, or a leader or unit with its projects' and issues' counts
 * and its projects' lights. The lights of every leader and unit are counted in
 * one pass over the projects, so that binding a row queries nothing.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-leaders-view-private.h"
#include "gt-preferences.h"

static void
add_light (GHashTable *lights,
           char        kind,
           gint64      id,
           int         light)
{
  g_autofree char *key = NULL;
  guint *counts;

  if (id <= 0)
    return;
  key = g_strdup_printf ("%c%" G_GINT64_FORMAT, kind, id);
  counts = g_hash_table_lookup (lights, key);
  if (counts == NULL)
    {
      counts = g_new0 (guint, GT_N_RAGS);
      g_hash_table_insert (lights, g_steal_pointer (&key), counts);
    }
  counts[light]++;
}

/* The lights of every leader's and unit's projects, in one pass; judged by the
 * one rule the other pages use. */
void
_gt_leaders_view_count_lights (GtLeadersView *self)
{
  g_autoptr(GHashTable) statuses = gt_preferences_judge_projects (self->store, NULL);
  GListModel *projects = gt_store_get_projects (self->store);
  guint n = g_list_model_get_n_items (projects);

  g_clear_pointer (&self->lights, g_hash_table_unref);
  self->lights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (statuses == NULL)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);
      gint64 id = gt_project_get_id (project);
      gint64 unit = gt_project_get_unit_id (project);
      gint64 locality = gt_project_get_locality_id (project);
      gpointer value;
      int light;

      if (!g_hash_table_lookup_extended (statuses, &id, NULL, &value))
        continue;
      light = GPOINTER_TO_INT (value);
      if (light < 0 || light >= GT_N_RAGS)
        continue;
      add_light (self->lights, 'L', gt_project_get_leader_id (project), light);
      add_light (self->lights, 'U', unit, light);
      if (locality != unit)
        add_light (self->lights, 'U', locality, light);
    }
}

/* Sidebar rows: a heading, or a leader or unit with its counts. */

typedef struct {
  GtkWidget *heading;
  GtkWidget *row;
  AdwAvatar *avatar;
  GtkLabel  *name;
  GtkLabel  *subtitle;
  GtkLabel  *counts;
  GtkWidget *overdue;
  GtkLabel  *overdue_label;
  GtkWidget *lights;
  GtkLabel  *light_labels[GT_N_RAGS];
} SidebarRow;

void
_gt_leaders_view_sidebar_setup_cb (GtkSignalListItemFactory *factory,
                                   GtkListItem              *list_item,
                                   GtLeadersView            *self)
{
  SidebarRow *r = g_new0 (SidebarRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon;

  r->heading = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (r->heading), 0.0);
  gtk_widget_set_margin_top (r->heading, 12);
  gtk_widget_set_margin_start (r->heading, 6);
  gtk_widget_add_css_class (r->heading, "heading");
  gtk_widget_add_css_class (r->heading, "dim-label");
  gtk_box_append (GTK_BOX (box), r->heading);

  r->row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  gtk_widget_set_margin_top (r->row, 3);
  gtk_widget_set_margin_bottom (r->row, 3);
  r->avatar = ADW_AVATAR (adw_avatar_new (32, NULL, TRUE));
  gtk_widget_set_valign (GTK_WIDGET (r->avatar), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (r->row), GTK_WIDGET (r->avatar));

  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  r->name = GTK_LABEL (gtk_label_new (NULL));
  r->subtitle = GTK_LABEL (gtk_label_new (NULL));
  r->counts = GTK_LABEL (gtk_label_new (NULL));
  for (GtkLabel **l = (GtkLabel *[]) { r->name, r->subtitle, r->counts, NULL }; *l; l++)
    {
      gtk_label_set_xalign (*l, 0.0);
      gtk_label_set_ellipsize (*l, PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (text), GTK_WIDGET (*l));
    }
  gtk_widget_add_css_class (GTK_WIDGET (r->name), "heading");
  gtk_widget_add_css_class (GTK_WIDGET (r->subtitle), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (r->subtitle), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (r->counts), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (r->counts), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (r->counts), "numeric");
  /* The projects' lights, each in its colour and with its shape. */
  r->lights = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  for (guint i = 0; i < GT_N_RAGS; i++)
    {
      static const char *const classes[GT_N_RAGS] = { "success", "warning", "error" };

      r->light_labels[i] = GTK_LABEL (gtk_label_new (NULL));
      gtk_widget_add_css_class (GTK_WIDGET (r->light_labels[i]), classes[i]);
      gtk_widget_add_css_class (GTK_WIDGET (r->light_labels[i]), "caption");
      gtk_widget_add_css_class (GTK_WIDGET (r->light_labels[i]), "numeric");
      gtk_box_append (GTK_BOX (r->lights), GTK_WIDGET (r->light_labels[i]));
    }
  gtk_box_append (GTK_BOX (text), r->lights);
  gtk_box_append (GTK_BOX (r->row), text);

  /* Overdue issues: a warning icon and a number in the error colour. */
  r->overdue = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_set_valign (r->overdue, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (r->overdue, "error");
  icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_box_append (GTK_BOX (r->overdue), icon);
  r->overdue_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (r->overdue_label), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (r->overdue_label), "heading");
  gtk_box_append (GTK_BOX (r->overdue), GTK_WIDGET (r->overdue_label));
  gtk_box_append (GTK_BOX (r->row), r->overdue);

  gtk_box_append (GTK_BOX (box), r->row);
  g_object_set_data_full (G_OBJECT (list_item), "gt-row", r, g_free);
  gtk_list_item_set_child (list_item, box);
}

static char *
format_counts (const GtPortfolioCounts *counts)
{
  g_autofree char *projects = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u key project",
                                                            "%u key projects",
                                                            counts->projects),
                                               counts->projects);
  g_autofree char *issues = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open issue",
                                                          "%u open issues",
                                                          counts->open_issues),
                                             counts->open_issues);

  /* TRANSLATORS: joins "N key projects" and "N open issues" on one line */
  return g_strdup_printf (_("%s · %s"), projects, issues);
}

static void
update_lights (GtLeadersView *self,
               SidebarRow    *r,
               GObject       *item)
{
  g_autofree char *key = NULL;
  const guint *counts;
  gboolean any = FALSE;

  if (GT_IS_LEADER (item))
    key = g_strdup_printf ("L%" G_GINT64_FORMAT, gt_leader_get_id (GT_LEADER (item)));
  else
    key = g_strdup_printf ("U%" G_GINT64_FORMAT, gt_unit_get_id (GT_UNIT (item)));
  counts = self->lights != NULL ? g_hash_table_lookup (self->lights, key) : NULL;
  for (guint i = 0; i < GT_N_RAGS; i++)
    {
      guint n = counts != NULL ? counts[i] : 0;
      g_autofree char *text = g_strdup_printf ("%s %u", gt_rag_get_mark (i), n);
      g_autofree char *tip = g_strdup_printf ("%s: %u", gt_rag_get_label (i), n);

      gtk_label_set_label (r->light_labels[i], text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (r->light_labels[i]), tip);
      gtk_widget_set_visible (GTK_WIDGET (r->light_labels[i]), n > 0);
      any |= n > 0;
    }
  gtk_widget_set_visible (r->lights, any);
}

void
_gt_leaders_view_update_sidebar_row (GtLeadersView *self,
                                    GtkListItem   *list_item)
{
  SidebarRow *r = g_object_get_data (G_OBJECT (list_item), "gt-row");
  GObject *item = gtk_list_item_get_item (list_item);
  const GtPortfolioCounts *counts;
  g_autofree char *counts_text = NULL;
  g_autofree char *overdue_text = NULL;
  g_autofree char *accessible = NULL;
  const char *name, *subtitle;

  if (item == NULL)
    return;

  counts = gt_portfolio_tally_lookup (self->tally, item);
  if (GT_IS_LEADER (item))
    {
      name = gt_leader_get_name (GT_LEADER (item));
      subtitle = gt_leader_get_title (GT_LEADER (item));
      adw_avatar_set_icon_name (r->avatar, NULL);
      adw_avatar_set_show_initials (r->avatar, TRUE);
    }
  else
    {
      GtUnitKind kind = gt_unit_get_kind (GT_UNIT (item));

      name = gt_unit_get_name (GT_UNIT (item));
      subtitle = gt_unit_kind_get_label (kind);
      adw_avatar_set_icon_name (r->avatar, gt_portfolio_get_unit_icon (kind));
      adw_avatar_set_show_initials (r->avatar, FALSE);
    }

  adw_avatar_set_text (r->avatar, name);
  gtk_label_set_label (r->name, name);
  gtk_label_set_label (r->subtitle, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (r->subtitle), subtitle != NULL && *subtitle != '\0');
  counts_text = format_counts (counts);
  gtk_label_set_label (r->counts, counts_text);
  update_lights (self, r, item);

  gtk_widget_set_visible (r->overdue, counts->overdue_issues > 0);
  overdue_text = g_strdup_printf ("%u", counts->overdue_issues);
  gtk_label_set_label (r->overdue_label, overdue_text);
  accessible = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue issue",
                                             "%u overdue issues", counts->overdue_issues),
                                counts->overdue_issues);
  gtk_widget_set_tooltip_text (r->overdue, accessible);
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->overdue),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

void
_gt_leaders_view_sidebar_bind_cb (GtkSignalListItemFactory *factory,
                                  GtkListItem              *list_item,
                                  GtLeadersView            *self)
{
  SidebarRow *r = g_object_get_data (G_OBJECT (list_item), "gt-row");
  GObject *item = gtk_list_item_get_item (list_item);
  gboolean heading = GTK_IS_STRING_OBJECT (item);

  gtk_list_item_set_selectable (list_item, !heading);
  gtk_list_item_set_activatable (list_item, !heading);
  gtk_widget_set_visible (r->heading, heading);
  gtk_widget_set_visible (r->row, !heading);

  if (heading)
    gtk_label_set_label (GTK_LABEL (r->heading),
                         gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  else
    {
      _gt_leaders_view_update_sidebar_row (self, list_item);
      g_hash_table_add (self->bound_rows, list_item);
    }
}

void
_gt_leaders_view_sidebar_unbind_cb (GtkSignalListItemFactory *factory,
                                    GtkListItem              *list_item,
                                    GtLeadersView            *self)
{
  g_hash_table_remove (self->bound_rows, list_item);
}
