/* gt-text-cell.c: one line of text in a list cell, cut off with "…".
 *
 * What GtkInscription does for the big lists, for less: a list shows some 50
 * rows of 10 cells in its first frame and keeps ~200 rows afterwards, and GTK
 * 4.8's inscription lays out its (empty) text while it is created, before it
 * has a style, then shapes a sample sentence for the font's metrics every time
 * it is measured, in a context of its own. This cell makes its layout when it
 * is first drawn and takes its height from metrics worked out once per font.
 * Its width comes from the column, never from the text, so a new text is only
 * a redraw: a re-filter rebinds hundreds of cells without relaying the list.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-text-cell.h"

struct _GtTextCell
{
  GtkWidget    parent_instance;

  char        *text;
  float        xalign;
  PangoLayout *layout;  /* made when first drawn */
};

G_DEFINE_FINAL_TYPE (GtTextCell, gt_text_cell, GTK_TYPE_WIDGET)

typedef struct {
  int height;
  int baseline;
} LineMetrics;

/* Ascent and descent per font and language: all cells of a list share the
 * few fonts the style gives them. Only touched from the main thread. */
static LineMetrics
get_line_metrics (GtkWidget *widget)
{
  static GHashTable *cache;
  PangoContext *context = gtk_widget_get_pango_context (widget);
  PangoFontDescription *font = pango_context_get_font_description (context);
  PangoLanguage *language = pango_context_get_language (context);
  g_autofree char *font_name = pango_font_description_to_string (font);
  g_autofree char *key = g_strdup_printf ("%s|%s", font_name,
                                          pango_language_to_string (language));
  LineMetrics *metrics;

  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  metrics = g_hash_table_lookup (cache, key);
  if (metrics == NULL)
    {
      PangoFontMetrics *font_metrics = pango_context_get_metrics (context, font, language);
      int ascent = pango_font_metrics_get_ascent (font_metrics);
      int descent = pango_font_metrics_get_descent (font_metrics);

      pango_font_metrics_unref (font_metrics);
      metrics = g_new (LineMetrics, 1);
      metrics->height = PANGO_PIXELS_CEIL (ascent + descent);
      metrics->baseline = PANGO_PIXELS_CEIL (ascent);
      g_hash_table_insert (cache, g_steal_pointer (&key), metrics);
    }

  return *metrics;
}

static void
gt_text_cell_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  LineMetrics metrics;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = 0;
      return;
    }

  metrics = get_line_metrics (widget);
  *minimum = *natural = metrics.height;
  *minimum_baseline = *natural_baseline = metrics.baseline;
}

static PangoLayout *
ensure_layout (GtTextCell *self)
{
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
    }

  return self->layout;
}

static void
gt_text_cell_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  GtTextCell *self = GT_TEXT_CELL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PangoLayout *layout;
  PangoRectangle logical;
  float xalign = self->xalign;
  GdkRGBA color;

  if (self->text == NULL || *self->text == '\0' || width <= 0)
    return;

  layout = ensure_layout (self);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    xalign = 1.0f - xalign;

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
G_GNUC_END_IGNORE_DEPRECATIONS

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (MAX (0, width - logical.width) * xalign - logical.x,
                                                (height - logical.height) / 2 - logical.y));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static gboolean
gt_text_cell_query_tooltip (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard,
                            GtkTooltip *tooltip)
{
  GtTextCell *self = GT_TEXT_CELL (widget);

  if (!gt_text_cell_is_cut (self))
    return FALSE;
  gtk_tooltip_set_text (tooltip, self->text);
  return TRUE;
}

static void
gt_text_cell_finalize (GObject *object)
{
  GtTextCell *self = GT_TEXT_CELL (object);

  g_clear_object (&self->layout);
  g_free (self->text);

  G_OBJECT_CLASS (gt_text_cell_parent_class)->finalize (object);
}

static void
gt_text_cell_class_init (GtTextCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = gt_text_cell_finalize;
  widget_class->measure = gt_text_cell_measure;
  widget_class->snapshot = gt_text_cell_snapshot;
  widget_class->query_tooltip = gt_text_cell_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
gt_text_cell_init (GtTextCell *self)
{
  /* The whole text shows on hover when it was cut off. */
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
gt_text_cell_new (float xalign)
{
  GtTextCell *self = g_object_new (GT_TYPE_TEXT_CELL, NULL);

  self->xalign = xalign;
  return GTK_WIDGET (self);
}

const char *
gt_text_cell_get_text (GtTextCell *self)
{
  g_return_val_if_fail (GT_IS_TEXT_CELL (self), NULL);

  return self->text;
}

void
gt_text_cell_set_text (GtTextCell *self,
                       const char *text)
{
  g_return_if_fail (GT_IS_TEXT_CELL (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, text != NULL ? text : "", -1);
  /* An empty name would read as the class name: a screen reader says so. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->text != NULL && *self->text != '\0'
                                    ? self->text
                                    : C_("accessible name of an empty cell", "Empty"),
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Whether the text is wider than the cell, as last drawn. */
gboolean
gt_text_cell_is_cut (GtTextCell *self)
{
  g_return_val_if_fail (GT_IS_TEXT_CELL (self), FALSE);

  if (self->text == NULL || *self->text == '\0')
    return FALSE;
  ensure_layout (self);
  pango_layout_set_width (self->layout, gtk_widget_get_width (GTK_WIDGET (self)) * PANGO_SCALE);
  return pango_layout_is_ellipsized (self->layout);
}
