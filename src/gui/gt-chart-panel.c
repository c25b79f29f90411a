/* gt-chart-panel.c: one chart of the Overview page in a card, with the choices
 * it offers (whose figures; which rate to rank by).
 *
 * The chart is drawn by the same renderer that prints it and puts it on a
 * slide; the panel only picks the colours of the window's light or dark style.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-chart-panel.h"

struct _GtChartPanel
{
  GtkBox           parent_instance;

  GtOverviewChart  chart;
  const GtFigures *figures;
  GtkDrawingArea  *area;
  GtkDropDown     *grouping;   /* NULL when the chart has no choice of groups */
  GtkDropDown     *metric;     /* rankings only */
};

G_DEFINE_FINAL_TYPE (GtChartPanel, gt_chart_panel, GTK_TYPE_BOX)

static const struct {
  int      height;      /* px: room for the rows it usually has */
  gboolean grouped;
} kinds[GT_N_OVERVIEW_CHARTS] = {
  [GT_OVERVIEW_CHART_COMPLETION] = { 460, TRUE },
  [GT_OVERVIEW_CHART_CUMULATIVE] = { 320, FALSE },
  [GT_OVERVIEW_CHART_PIPELINE] = { 260, FALSE },
  [GT_OVERVIEW_CHART_ISSUES] = { 320, FALSE },
  [GT_OVERVIEW_CHART_RAG] = { 200, FALSE },
  [GT_OVERVIEW_CHART_RANKING] = { 520, TRUE },
};

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  GtChartPanel *self = user_data;
  GtChartGrouping grouping = GT_CHART_BY_LOCALITY;
  GtRankingMetric metric = GT_RANKING_COMPLETION;
  GtChartStyle style;

  if (self->figures == NULL)
    return;

  gt_chart_style_init (&style, adw_style_manager_get_dark (adw_style_manager_get_default ()), 1);
  if (self->grouping != NULL)
    grouping = gtk_drop_down_get_selected (self->grouping);
  if (self->metric != NULL)
    metric = gtk_drop_down_get_selected (self->metric);
  gt_overview_chart_draw (cr, &style, self->figures, self->chart, grouping, metric, width, height);
}

static void
choice_changed_cb (GtChartPanel *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static GtkDropDown *
add_choice (GtChartPanel        *self,
            GtkBox              *header,
            const char * const  *labels,
            const char          *accessible_name)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (labels));

  gtk_widget_set_valign (GTK_WIDGET (dropdown), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  g_signal_connect_swapped (dropdown, "notify::selected", G_CALLBACK (choice_changed_cb), self);
  gtk_box_append (header, GTK_WIDGET (dropdown));
  return dropdown;
}

static void
dark_changed_cb (GtChartPanel *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static void
gt_chart_panel_class_init (GtChartPanelClass *klass)
{
}

static void
gt_chart_panel_init (GtChartPanel *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 8);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_widget_add_css_class (GTK_WIDGET (self), "chart-panel");
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
gt_chart_panel_new (GtOverviewChart chart)
{
  const char *groupings[GT_CHART_N_GROUPINGS + 1] = { NULL };
  const char *metrics[GT_N_RANKINGS + 1] = { NULL };
  GtChartPanel *self;
  GtkBox *header;
  GtkWidget *title;

  g_return_val_if_fail ((guint) chart < GT_N_OVERVIEW_CHARTS, NULL);

  for (guint i = 0; i < GT_CHART_N_GROUPINGS; i++)
    groupings[i] = gt_chart_grouping_get_label (i);
  for (guint i = 0; i < GT_N_RANKINGS; i++)
    metrics[i] = gt_ranking_metric_get_label (i);

  self = g_object_new (GT_TYPE_CHART_PANEL, NULL);
  self->chart = chart;

  header = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));
  title = gtk_label_new (gt_overview_chart_get_title (chart));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (header, title);
  if (kinds[chart].grouped)
    self->grouping = add_choice (self, header, groupings, _("Whose figures"));
  if (chart == GT_OVERVIEW_CHART_RANKING)
    self->metric = add_choice (self, header, metrics, _("Rank by"));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (header));

  self->area = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_drawing_area_set_content_height (self->area, kinds[chart].height);
  gtk_drawing_area_set_content_width (self->area, 360);
  gtk_drawing_area_set_draw_func (self->area, draw_cb, self, NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->area), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gt_overview_chart_get_title (chart), -1);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->area));

  return GTK_WIDGET (self);
}

void
gt_chart_panel_set_figures (GtChartPanel    *self,
                            const GtFigures *figures)
{
  g_return_if_fail (GT_IS_CHART_PANEL (self));

  self->figures = figures;
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

GtOverviewChart
gt_chart_panel_get_chart (GtChartPanel *self)
{
  g_return_val_if_fail (GT_IS_CHART_PANEL (self), 0);
  return self->chart;
}
