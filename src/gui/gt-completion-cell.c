/* gt-completion-cell.c: a bar and its percentage, drawn by one widget.
 *
 * GTK 4.8's list views keep about two hundred rows alive whatever the window
 * shows, so every widget in a row counts two hundred times at start-up: a
 * GtkLevelBar brings five widgets, a box with a drawing area and a label three;
 * this is one.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-completion-cell.h"
#include "gt-format.h"

#define BAR_HEIGHT 6
#define GAP        8
#define BAR_MIN    24

struct _GtCompletionCell
{
  GtkWidget    parent_instance;

  double       ratio;
  PangoLayout *layout;   /* the percentage */
};

G_DEFINE_FINAL_TYPE (GtCompletionCell, gt_completion_cell, GTK_TYPE_WIDGET)

static int
text_width (GtCompletionCell *self)
{
  int width;

  pango_layout_get_pixel_size (self->layout, &width, NULL);
  return width;
}

static void
gt_completion_cell_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  GtCompletionCell *self = GT_COMPLETION_CELL (widget);
  g_autoptr(PangoLayout) widest = gtk_widget_create_pango_layout (widget, "100.0%");
  int width, height;

  pango_layout_get_pixel_size (widest, &width, &height);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = width + GAP + BAR_MIN;
      *natural = width + GAP + 4 * BAR_MIN;
    }
  else
    {
      pango_layout_get_pixel_size (self->layout, NULL, &height);
      *minimum = *natural = MAX (height, BAR_HEIGHT);
    }
}

static void
gt_completion_cell_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  GtCompletionCell *self = GT_COMPLETION_CELL (widget);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int label = text_width (self);
  int bar = width - label - GAP;
  GdkRGBA colour, trough, fill;
  int text_height;

  gtk_style_context_get_color (style, &colour);
  pango_layout_get_pixel_size (self->layout, NULL, &text_height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width - label,
                                                          (height - text_height) / 2.0));
  gtk_snapshot_append_layout (snapshot, self->layout, &colour);
  gtk_snapshot_restore (snapshot);

  if (self->ratio < 0 || bar < BAR_MIN)
    return;

  trough = colour;
  trough.alpha *= 0.15;
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", &fill))
    gdk_rgba_parse (&fill, "#3584e4");
  {
    float top = (height - BAR_HEIGHT) / 2.0f;
    GskRoundedRect outline;

    gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, top, bar, BAR_HEIGHT),
                                     BAR_HEIGHT / 2.0f);
    gtk_snapshot_push_rounded_clip (snapshot, &outline);
    gtk_snapshot_append_color (snapshot, &trough, &GRAPHENE_RECT_INIT (0, top, bar, BAR_HEIGHT));
    gtk_snapshot_append_color (snapshot, &fill,
                               &GRAPHENE_RECT_INIT (0, top, bar * MIN (self->ratio, 1.0),
                                                    BAR_HEIGHT));
    gtk_snapshot_pop (snapshot);
  }
}

static void
gt_completion_cell_dispose (GObject *object)
{
  GtCompletionCell *self = GT_COMPLETION_CELL (object);

  g_clear_object (&self->layout);

  G_OBJECT_CLASS (gt_completion_cell_parent_class)->dispose (object);
}

static void
gt_completion_cell_class_init (GtCompletionCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_completion_cell_dispose;
  widget_class->measure = gt_completion_cell_measure;
  widget_class->snapshot = gt_completion_cell_snapshot;
  gtk_widget_class_set_css_name (widget_class, "completion");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
gt_completion_cell_init (GtCompletionCell *self)
{
  g_autofree char *none = gt_format_percent (-1);

  self->ratio = -1;
  self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), none);
  /* Its cell reads this name: none would read as the class name. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, none, -1);
  gtk_widget_add_css_class (GTK_WIDGET (self), "numeric");
}

GtkWidget *
gt_completion_cell_new (void)
{
  return g_object_new (GT_TYPE_COMPLETION_CELL, NULL);
}

void
gt_completion_cell_set_ratio (GtCompletionCell *self,
                              double            ratio)
{
  g_autofree char *text = NULL;

  g_return_if_fail (GT_IS_COMPLETION_CELL (self));

  if (ratio < 0)
    ratio = -1;
  if (ratio == self->ratio)
    return;

  self->ratio = ratio;
  text = gt_format_percent (ratio);
  pango_layout_set_text (self->layout, text, -1);
  /* A screen reader hears the figure the bar shows. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, MAX (ratio, 0) * 100,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
