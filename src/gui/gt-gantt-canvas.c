/* gt-gantt-canvas.c: the wall chart as a scrollable widget.
 *
 * Like sysprof's visualizers, the widget keeps no drawing of its own: each frame
 * hands the renderer the visible window (first row from the vertical adjustment,
 * time offset from the horizontal one), so the cost of a frame does not grow with
 * the register. Rows scroll by whole rows because the renderer draws whole rows.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "gt-gantt-canvas-private.h"
#include "gt-gantt-row-text.h"
#include "gt-rag.h"

#define MIN_FACTOR 0.4
#define MAX_FACTOR 4.0
#define ZOOM_STEP  1.25
/* Widths below which label columns give way (see size_allocate). */
#define NARROW_NO_UNIT   900
#define NARROW_NO_LEADER 600

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
  N_PROPS
};

enum {
  ROW_ACTIVATED,
  ZOOM_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (GtGanttCanvas, gt_gantt_canvas, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

const GtGanttRow *
_gt_gantt_canvas_get_rows (GtGanttCanvas *self,
                           guint         *n_rows)
{
  if (self->rows == NULL)
    {
      *n_rows = 0;
      return NULL;
    }
  return gt_gantt_rows_get_rows (self->rows, n_rows);
}

static double
label_width (GtGanttCanvas *self)
{
  double x = gt_gantt_x_for_date (&self->opts, &self->opts.start);

  return isnan (x) ? 0 : x;
}

guint
_gt_gantt_canvas_first_row (GtGanttCanvas *self)
{
  double value = self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;

  return (guint) MAX (0, floor (value / self->opts.row_height + 0.5));
}

double
_gt_gantt_canvas_scroll_x (GtGanttCanvas *self)
{
  return self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

guint
_gt_gantt_canvas_visible_rows (GtGanttCanvas *self)
{
  return gt_gantt_rows_per_page (&self->opts, gtk_widget_get_height (GTK_WIDGET (self)));
}

void
_gt_gantt_canvas_emit_row_activated (GtGanttCanvas *self,
                                     gint64         id)
{
  g_signal_emit (self, signals[ROW_ACTIVATED], 0, id);
}

static void
configure_adjustments (GtGanttCanvas *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  guint n_rows;

  _gt_gantt_canvas_get_rows (self, &n_rows);

  /* The whole chart is the range, the widget the page: at the far end the last
   * day (and the last row) meet the right (bottom) edge. */
  if (self->hadjustment != NULL)
    {
      double upper = MAX (gt_gantt_content_width (&self->opts), width);

      gtk_adjustment_configure (self->hadjustment,
                                CLAMP (gtk_adjustment_get_value (self->hadjustment),
                                       0, upper - width),
                                0, upper,
                                MAX (24, self->opts.day_width * 7),
                                MAX (1, (width - label_width (self)) * 0.9),
                                width);
    }
  if (self->vadjustment != NULL)
    {
      double upper = MAX (gt_gantt_content_height (&self->opts, n_rows), height);

      gtk_adjustment_configure (self->vadjustment,
                                CLAMP (gtk_adjustment_get_value (self->vadjustment),
                                       0, upper - height),
                                0, upper,
                                self->opts.row_height,
                                MAX (1, _gt_gantt_canvas_visible_rows (self) - 1) *
                                self->opts.row_height,
                                height);
    }
}

/* Options follow the zoom, the factor and the rows' dates; the range is fitted
 * here, once per change, never per frame. */
static void
update_options (GtGanttCanvas *self)
{
  const GtGanttRow *rows;
  guint n_rows;

  gt_gantt_options_init (&self->opts, self->zoom);
  if (g_date_valid (&self->today))
    self->opts.today = self->today;
  self->opts.front_line = self->front_line;
  self->opts.day_width = gt_gantt_zoom_day_width (self->zoom) * self->factor;
  rows = _gt_gantt_canvas_get_rows (self, &n_rows);
  self->print_opts = self->opts;
  gt_gantt_options_fit_range (&self->print_opts, rows, n_rows);
  gt_gantt_options_note_approvals (&self->print_opts, rows, n_rows);
  if (self->cut_columns >= 1)
    self->opts.unit_width = 0;
  if (self->cut_columns >= 2)
    self->opts.leader_width = 0;
  gt_gantt_options_fit_range (&self->opts, rows, n_rows);
  gt_gantt_options_note_approvals (&self->opts, rows, n_rows);
}

/* Re-zooms keeping the day under @anchor_x (widget coordinates) where it was. */
static void
rezoom (GtGanttCanvas *self,
        GtGanttZoom    zoom,
        double         factor,
        double         anchor_x)
{
  double label = label_width (self);
  double scroll = _gt_gantt_canvas_scroll_x (self);
  double days;
  GDate date;
  gboolean had_date;

  factor = CLAMP (factor, MIN_FACTOR, MAX_FACTOR);
  if (zoom == self->zoom && fabs (factor - self->factor) < 1e-9)
    return;

  anchor_x = MAX (anchor_x, label);
  g_date_clear (&date, 1);
  had_date = gt_gantt_date_for_x (&self->opts, anchor_x + scroll, &date);
  /* The fraction of the day under the pointer, so that zooming feels anchored. */
  days = had_date ? (anchor_x + scroll - gt_gantt_x_for_date (&self->opts, &date)) /
                    self->opts.day_width : 0;

  self->zoom = zoom;
  self->factor = factor;
  update_options (self);
  configure_adjustments (self);

  if (had_date && self->hadjustment != NULL)
    {
      double x = gt_gantt_x_for_date (&self->opts, &date) + days * self->opts.day_width;

      gtk_adjustment_set_value (self->hadjustment, x - anchor_x);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[ZOOM_CHANGED], 0);
}

static double
center_x (GtGanttCanvas *self)
{
  double label = label_width (self);

  return label + (gtk_widget_get_width (GTK_WIDGET (self)) - label) / 2;
}

/* Where a zoom from the toolbar or the keyboard holds still: on the today line
 * when it is in sight, so that a change of scale never loses it; else the
 * middle of the dates. */
static double
zoom_anchor (GtGanttCanvas *self)
{
  double label = label_width (self);
  double x = gt_gantt_x_for_date (&self->opts, &self->opts.today);

  if (!isnan (x))
    {
      x -= _gt_gantt_canvas_scroll_x (self);
      if (x >= label && x <= gtk_widget_get_width (GTK_WIDGET (self)))
        return x;
    }
  return center_x (self);
}

static void
scroll_selected_into_view (GtGanttCanvas *self)
{
  guint first = _gt_gantt_canvas_first_row (self);
  guint shown = _gt_gantt_canvas_visible_rows (self);
  double row_height = self->opts.row_height;

  if (self->selected < 0 || self->vadjustment == NULL)
    return;
  if ((guint) self->selected < first)
    gtk_adjustment_set_value (self->vadjustment, self->selected * row_height);
  else if ((guint) self->selected >= first + shown)
    gtk_adjustment_set_value (self->vadjustment,
                              ((double) self->selected - shown + 1) * row_height);
}

static void
update_accessible_description (GtGanttCanvas *self)
{
  g_autofree char *text = NULL;

  if (self->selected >= 0)
    text = gt_gantt_canvas_describe_row (self, (guint) self->selected);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text != NULL ? text : "",
                                  -1);
}

static void
adjustment_value_changed_cb (GtGanttCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (GtGanttCanvas  *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment,
                GParamSpec     *pspec)
{
  if (adjustment != NULL && *slot == adjustment)
    return;
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);

  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, adjustment_value_changed_cb, self);
  g_clear_object (slot);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed",
                            G_CALLBACK (adjustment_value_changed_cb), self);
  configure_adjustments (self);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
dark_changed_cb (GtGanttCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
gt_gantt_canvas_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  GtGanttCanvas *self = GT_GANTT_CANVAS (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  const GtGanttRow *rows;
  guint n_rows, first;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  rows = _gt_gantt_canvas_get_rows (self, &n_rows);
  first = _gt_gantt_canvas_first_row (self);
  self->opts.dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gt_gantt_renderer_draw (&self->opts, rows, n_rows, cr, width, height, first,
                          _gt_gantt_canvas_scroll_x (self));

  /* The highlighted row: a wash in the accent colour, outlined when focused. */
  if (self->selected >= 0 && (guint) self->selected >= first &&
      (guint) self->selected < first + _gt_gantt_canvas_visible_rows (self) + 1)
    {
      double y = self->opts.header_height + (self->selected - (int) first) * self->opts.row_height;

      if (self->opts.dark)
        cairo_set_source_rgba (cr, 0.47, 0.68, 0.93, 0.22);
      else
        cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.16);
      cairo_rectangle (cr, 0, y, width, self->opts.row_height);
      cairo_fill (cr);
      if (gtk_widget_has_focus (widget))
        {
          cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.9);
          cairo_set_line_width (cr, 2);
          cairo_rectangle (cr, 1, y + 1, width - 2, self->opts.row_height - 2);
          cairo_stroke (cr);
        }
    }
  cairo_destroy (cr);
}

static void
gt_gantt_canvas_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  GtGanttCanvas *self = GT_GANTT_CANVAS (widget);
  guint n_rows;

  _gt_gantt_canvas_get_rows (self, &n_rows);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) ceil (label_width (self) / 2);
      *natural = (int) ceil (gt_gantt_content_width (&self->opts));
    }
  else
    {
      *minimum = (int) ceil (self->opts.header_height + 2 * self->opts.row_height);
      *natural = (int) ceil (gt_gantt_content_height (&self->opts, n_rows));
    }
  *natural = MAX (*natural, *minimum);
}

static void
gt_gantt_canvas_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  GtGanttCanvas *self = GT_GANTT_CANVAS (widget);
  /* At 800 pixels the whole label leaves the bars some 250: the unit goes
   * first, the leader only on a narrower screen still. */
  guint cut_columns = width < NARROW_NO_LEADER ? 2 : width < NARROW_NO_UNIT ? 1 : 0;

  if (cut_columns != self->cut_columns && width > 0)
    {
      self->cut_columns = cut_columns;
      update_options (self);
      gtk_widget_queue_draw (widget);
    }
  configure_adjustments (self);
  /* A wall chart opens on today, the way the office hangs it. */
  if (!self->scrolled_to_today && self->rows != NULL && width > 0)
    {
      self->scrolled_to_today = TRUE;
      gt_gantt_canvas_scroll_to_today (self);
    }
}

static void
gt_gantt_canvas_focus_changed (GtGanttCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
gt_gantt_canvas_dispose (GObject *object)
{
  GtGanttCanvas *self = GT_GANTT_CANVAS (object);

  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, adjustment_value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, adjustment_value_changed_cb, self);
  g_clear_pointer (&self->reasons, g_hash_table_unref);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_pointer (&self->rows, gt_gantt_rows_free);

  G_OBJECT_CLASS (gt_gantt_canvas_parent_class)->dispose (object);
}

static void
gt_gantt_canvas_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  GtGanttCanvas *self = GT_GANTT_CANVAS (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_gantt_canvas_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  GtGanttCanvas *self = GT_GANTT_CANVAS (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value), pspec);
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value), pspec);
      break;
    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (guint) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (guint) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_gantt_canvas_class_init (GtGanttCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_gantt_canvas_dispose;
  object_class->get_property = gt_gantt_canvas_get_property;
  object_class->set_property = gt_gantt_canvas_set_property;
  widget_class->snapshot = gt_gantt_canvas_snapshot;
  widget_class->measure = gt_gantt_canvas_measure;
  widget_class->size_allocate = gt_gantt_canvas_size_allocate;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  signals[ROW_ACTIVATED] =
    g_signal_new ("row-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[ZOOM_CHANGED] =
    g_signal_new ("zoom-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "gantt-canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
gt_gantt_canvas_init (GtGanttCanvas *self)
{
  self->zoom = GT_GANTT_ZOOM_MONTH;
  self->factor = 1.0;
  self->selected = -1;
  g_date_clear (&self->today, 1);
  update_options (self);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect (self, "notify::has-focus", G_CALLBACK (gt_gantt_canvas_focus_changed), NULL);
  _gt_gantt_canvas_setup_input (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Gantt chart"),
                                  -1);
}

GtkWidget *
gt_gantt_canvas_new (void)
{
  return g_object_new (GT_TYPE_GANTT_CANVAS, NULL);
}

void
gt_gantt_canvas_set_rows (GtGanttCanvas *self,
                          GtGanttRows   *rows)
{
  gint64 selected_id = 0;
  guint n_rows;

  g_return_if_fail (GT_IS_GANTT_CANVAS (self));

  if (self->rows != NULL && self->selected >= 0)
    {
      const GtGanttRow *old = _gt_gantt_canvas_get_rows (self, &n_rows);

      if ((guint) self->selected < n_rows && old[self->selected].kind == GT_GANTT_ROW_PROJECT)
        selected_id = old[self->selected].id;
    }

  g_clear_pointer (&self->rows, gt_gantt_rows_free);
  self->rows = rows;
  self->selected = (rows != NULL && selected_id != 0) ? gt_gantt_rows_find (rows, selected_id)
                                                      : -1;
  update_options (self);
  configure_adjustments (self);
  update_accessible_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

GtGanttRows *
gt_gantt_canvas_get_rows (GtGanttCanvas *self)
{
  g_return_val_if_fail (GT_IS_GANTT_CANVAS (self), NULL);

  return self->rows;
}

void
gt_gantt_canvas_set_zoom (GtGanttCanvas *self,
                          GtGanttZoom    zoom)
{
  g_return_if_fail (GT_IS_GANTT_CANVAS (self));
  g_return_if_fail (zoom < GT_GANTT_N_ZOOMS);

  rezoom (self, zoom, 1.0, zoom_anchor (self));
}

GtGanttZoom
gt_gantt_canvas_get_zoom (GtGanttCanvas *self)
{
  g_return_val_if_fail (GT_IS_GANTT_CANVAS (self), GT_GANTT_ZOOM_MONTH);

  return self->zoom;
}

void
gt_gantt_canvas_zoom_by (GtGanttCanvas *self,
                         int            steps)
{
  g_return_if_fail (GT_IS_GANTT_CANVAS (self));

  rezoom (self, self->zoom, self->factor * pow (ZOOM_STEP, steps), zoom_anchor (self));
}

void
gt_gantt_canvas_set_today (GtGanttCanvas *self,
                           const GDate   *today)
{
  g_return_if_fail (GT_IS_GANTT_CANVAS (self));

  g_date_clear (&self->today, 1);
  if (today != NULL && g_date_valid (today))
    self->today = *today;
  update_options (self);
  configure_adjustments (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
gt_gantt_canvas_scroll_to_today (GtGanttCanvas *self)
{
  double x, label;

  g_return_if_fail (GT_IS_GANTT_CANVAS (self));

  x = gt_gantt_x_for_date (&self->opts, &self->opts.today);
  if (isnan (x) || self->hadjustment == NULL)
    return;

  /* Today a third of the way in: more of what is ahead than of what is past. */
  label = label_width (self);
  gtk_adjustment_set_value (self->hadjustment,
                            x - label - (gtk_widget_get_width (GTK_WIDGET (self)) - label) / 3);
}

int
gt_gantt_canvas_get_selected (GtGanttCanvas *self)
{
  g_return_val_if_fail (GT_IS_GANTT_CANVAS (self), -1);

  return self->selected;
}

void
gt_gantt_canvas_set_selected (GtGanttCanvas *self,
                              int            row)
{
  guint n_rows;

  g_return_if_fail (GT_IS_GANTT_CANVAS (self));

  _gt_gantt_canvas_get_rows (self, &n_rows);
  row = (n_rows == 0 || row < 0) ? -1 : MIN (row, (int) n_rows - 1);
  if (row == self->selected)
    return;

  self->selected = row;
  scroll_selected_into_view (self);
  update_accessible_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
gt_gantt_canvas_get_content_width (GtGanttCanvas *self)
{
  g_return_val_if_fail (GT_IS_GANTT_CANVAS (self), 0);

  return gt_gantt_content_width (&self->opts);
}

const GtGanttOptions *
gt_gantt_canvas_get_options (GtGanttCanvas *self)
{
  g_return_val_if_fail (GT_IS_GANTT_CANVAS (self), NULL);

  return &self->print_opts;
}

guint
gt_gantt_canvas_get_cut_columns (GtGanttCanvas *self)
{
  g_return_val_if_fail (GT_IS_GANTT_CANVAS (self), 0);

  return self->cut_columns;
}

char *
gt_gantt_canvas_describe_row (GtGanttCanvas *self,
                              guint          index)
{
  const GtGanttRow *rows, *row;
  guint n_rows;
  g_autofree char *why = NULL;

  g_return_val_if_fail (GT_IS_GANTT_CANVAS (self), NULL);

  rows = _gt_gantt_canvas_get_rows (self, &n_rows);
  g_return_val_if_fail (index < n_rows, NULL);

  row = &rows[index];
  if (self->reasons != NULL && row->kind != GT_GANTT_ROW_GROUP &&
      row->status != GT_GANTT_STATUS_NONE)
    why = gt_rag_describe_reasons (GPOINTER_TO_UINT (g_hash_table_lookup (self->reasons,
                                                                          &row->id)));
  return gt_gantt_row_text (&self->opts, row, why);
}

void
gt_gantt_canvas_set_front_line (GtGanttCanvas *self,
                                gboolean       front_line)
{
  g_return_if_fail (GT_IS_GANTT_CANVAS (self));

  if (self->front_line == !!front_line)
    return;
  self->front_line = !!front_line;
  self->opts.front_line = self->front_line;
  /* The options the key and the print are drawn with too. */
  self->print_opts.front_line = self->front_line;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
gt_gantt_canvas_set_reasons (GtGanttCanvas *self,
                             GHashTable    *reasons)
{
  g_return_if_fail (GT_IS_GANTT_CANVAS (self));

  g_clear_pointer (&self->reasons, g_hash_table_unref);
  self->reasons = reasons != NULL ? g_hash_table_ref (reasons) : NULL;
}
