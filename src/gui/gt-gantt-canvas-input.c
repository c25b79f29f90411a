/* gt-gantt-canvas-input.c: the wall chart widget's pointer and keyboard: the
 * tooltip of what is under the pointer, click to highlight a row (double click
 * to open its project), Ctrl+scroll to zoom, and the keys that move the
 * highlight, scroll the time axis, zoom and open.
 *
 * The handlers only read the chart through gt-gantt-canvas-private.h and act
 * through the widget's own API, so that what a key does and what the toolbar
 * does stay one code path.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-gantt-canvas-private.h"
#include "gt-gantt-row-text.h"

static gboolean
query_tooltip_cb (GtGanttCanvas *self,
                  int            x,
                  int            y,
                  gboolean       keyboard_mode,
                  GtkTooltip    *tooltip)
{
  const GtGanttRow *rows;
  guint n_rows, index;
  int what;
  double scroll = _gt_gantt_canvas_scroll_x (self);
  g_autofree char *text = NULL;

  rows = _gt_gantt_canvas_get_rows (self, &n_rows);
  if (keyboard_mode)
    {
      if (self->selected < 0)
        return FALSE;
      index = (guint) self->selected;
      what = GT_GANTT_HIT_BAR;
    }
  else if (!gt_gantt_hit_test (&self->opts, rows, n_rows, _gt_gantt_canvas_first_row (self),
                               scroll, x, y, &index, &what) ||
           what == GT_GANTT_HIT_NONE)
    return FALSE;

  text = gt_gantt_canvas_describe_row (self, index);
  if (!keyboard_mode && what == GT_GANTT_HIT_MILESTONE)
    {
      int m = gt_gantt_milestone_at (&self->opts, &rows[index], scroll, x);

      if (m >= 0)
        {
          char *both = gt_gantt_milestone_text (&rows[index].milestones[m], text);

          g_free (text);
          text = both;
        }
    }

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
pressed_cb (GtGanttCanvas   *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  const GtGanttRow *rows;
  guint n_rows, index;
  int what;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  rows = _gt_gantt_canvas_get_rows (self, &n_rows);
  if (!gt_gantt_hit_test (&self->opts, rows, n_rows, _gt_gantt_canvas_first_row (self),
                          _gt_gantt_canvas_scroll_x (self), x, y, &index, &what))
    return;

  gt_gantt_canvas_set_selected (self, (int) index);
  if (n_press == 2 && rows[index].kind == GT_GANTT_ROW_PROJECT)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      _gt_gantt_canvas_emit_row_activated (self, rows[index].id);
    }
}

static gboolean
scroll_cb (GtGanttCanvas            *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;

  /* Wheel up zooms in, as in maps and browsers. */
  gt_gantt_canvas_zoom_by (self, dy < 0 ? 1 : -1);
  return TRUE;
}

static void
activate_selected (GtGanttCanvas *self)
{
  const GtGanttRow *rows;
  guint n_rows;

  rows = _gt_gantt_canvas_get_rows (self, &n_rows);
  if (self->selected >= 0 && (guint) self->selected < n_rows &&
      rows[self->selected].kind == GT_GANTT_ROW_PROJECT)
    _gt_gantt_canvas_emit_row_activated (self, rows[self->selected].id);
}

static void
scroll_time (GtGanttCanvas *self,
             int            direction)
{
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment,
                              gtk_adjustment_get_value (self->hadjustment) +
                              direction * gtk_adjustment_get_step_increment (self->hadjustment));
}

static gboolean
key_pressed_cb (GtGanttCanvas         *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  guint n_rows;
  int page = (int) MAX (1, _gt_gantt_canvas_visible_rows (self) - 1);

  _gt_gantt_canvas_get_rows (self, &n_rows);
  if ((state & (GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      gt_gantt_canvas_set_selected (self, MAX (0, self->selected - 1));
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      gt_gantt_canvas_set_selected (self, MIN ((int) n_rows - 1, self->selected + 1));
      return TRUE;
    case GDK_KEY_Page_Up:
      gt_gantt_canvas_set_selected (self, MAX (0, self->selected - page));
      return TRUE;
    case GDK_KEY_Page_Down:
      gt_gantt_canvas_set_selected (self, MIN ((int) n_rows - 1, MAX (0, self->selected) + page));
      return TRUE;
    case GDK_KEY_Home:
      gt_gantt_canvas_set_selected (self, n_rows > 0 ? 0 : -1);
      return TRUE;
    case GDK_KEY_End:
      gt_gantt_canvas_set_selected (self, (int) n_rows - 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      scroll_time (self, -1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      scroll_time (self, 1);
      return TRUE;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      gt_gantt_canvas_zoom_by (self, 1);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      gt_gantt_canvas_zoom_by (self, -1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      activate_selected (self);
      return TRUE;
    default:
      return FALSE;
    }
}

void
_gt_gantt_canvas_setup_input (GtGanttCanvas *self)
{
  GtkEventController *controller;
  GtkGesture *click;

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  click = gtk_gesture_click_new ();
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                                GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
