/* gt-presentation.c: the slides of the monthly meeting, full screen.
 *
 * Driven from the keyboard or a presenter's clicker (which sends Page Up/Down,
 * arrows, or B for a black screen): Right, Down, Page Down, Space and a left
 * click go on; Left, Up, Page Up, Backspace and a right click go back; Home and
 * End; a number then Enter jumps to that slide; B or . blanks the screen; T
 * switches between the light and dark theme; Esc leaves.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-presentation.h"

#define MAX_JUMP_DIGITS 4

struct _GtPresentation
{
  AdwWindow       parent_instance;

  GtSlideDeck    *deck;
  guint           current;
  gboolean        black;
  gboolean        dark;
  GString        *jump;

  GtkDrawingArea *area;
  GtkLabel       *counter;
};

G_DEFINE_FINAL_TYPE (GtPresentation, gt_presentation, ADW_TYPE_WINDOW)

static void
update (GtPresentation *self)
{
  guint n = gt_slide_deck_get_n_slides (self->deck);
  g_autofree char *counter = NULL;

  if (self->jump->len > 0)
    counter = g_strdup_printf (_("Go to slide %s…"), self->jump->str);
  else
    counter = g_strdup_printf ("%u / %u", self->current + 1, n);
  gtk_label_set_text (self->counter, counter);
  gtk_widget_set_visible (GTK_WIDGET (self->counter), !self->black || self->jump->len > 0);
  gtk_window_set_title (GTK_WINDOW (self), gt_slide_deck_get_title (self->deck, self->current));

  if (self->dark || self->black)
    gtk_widget_add_css_class (GTK_WIDGET (self), "presentation-dark");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation-dark");
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  GtPresentation *self = user_data;

  if (self->black)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_paint (cr);
      return;
    }

  /* A 4:3 projector gets slides laid out for 4:3, not a letterboxed 16:9. */
  gt_slide_deck_set_aspect (self->deck, (double) width / height < 1.55 ? 4.0 / 3.0
                                                                       : 16.0 / 9.0);
  gt_slide_deck_draw (self->deck, self->current, cr, width, height, self->dark, FALSE);
}

void
gt_presentation_go_to (GtPresentation *self,
                       guint           index)
{
  g_return_if_fail (GT_IS_PRESENTATION (self));

  self->current = MIN (index, gt_slide_deck_get_n_slides (self->deck) - 1);
  self->black = FALSE;
  update (self);
}

guint
gt_presentation_get_current (GtPresentation *self)
{
  g_return_val_if_fail (GT_IS_PRESENTATION (self), 0);
  return self->current;
}

gboolean
gt_presentation_is_black (GtPresentation *self)
{
  g_return_val_if_fail (GT_IS_PRESENTATION (self), FALSE);
  return self->black;
}

static void
step (GtPresentation *self,
      int             delta)
{
  if (delta < 0 && self->current == 0)
    return;
  gt_presentation_go_to (self, self->current + delta);
}

gboolean
gt_presentation_handle_key (GtPresentation  *self,
                            guint            keyval,
                            GdkModifierType  state)
{
  guint n = gt_slide_deck_get_n_slides (self->deck);
  gunichar c = gdk_keyval_to_unicode (keyval);

  g_return_val_if_fail (GT_IS_PRESENTATION (self), FALSE);

  if ((state & gtk_accelerator_get_default_mod_mask () & ~GDK_SHIFT_MASK) != 0)
    return FALSE;

  if (c >= '0' && c <= '9')
    {
      if (self->jump->len < MAX_JUMP_DIGITS)
        g_string_append_c (self->jump, (char) c);
      update (self);
      return TRUE;
    }

  if (self->jump->len > 0)
    {
      guint64 number = 0;

      switch (keyval)
        {
        case GDK_KEY_Return:
        case GDK_KEY_KP_Enter:
          g_ascii_string_to_unsigned (self->jump->str, 10, 1, n, &number, NULL);
          g_string_truncate (self->jump, 0);
          if (number > 0)
            gt_presentation_go_to (self, number - 1);
          else
            update (self);
          return TRUE;
        case GDK_KEY_BackSpace:
          g_string_truncate (self->jump, self->jump->len - 1);
          update (self);
          return TRUE;
        case GDK_KEY_Escape:
          g_string_truncate (self->jump, 0);
          update (self);
          return TRUE;
        default:
          g_string_truncate (self->jump, 0);
          break;
        }
    }

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_space:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_n:
      step (self, 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_BackSpace:
    case GDK_KEY_p:
      step (self, -1);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      gt_presentation_go_to (self, 0);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      gt_presentation_go_to (self, n - 1);
      return TRUE;
    case GDK_KEY_b:
    case GDK_KEY_B:
    case GDK_KEY_period:
      self->black = !self->black;
      update (self);
      return TRUE;
    case GDK_KEY_t:
    case GDK_KEY_T:
      self->dark = !self->dark;
      update (self);
      return TRUE;
    case GDK_KEY_Escape:
    case GDK_KEY_q:
      gtk_window_close (GTK_WINDOW (self));
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtPresentation        *self)
{
  return gt_presentation_handle_key (self, keyval, state);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            GtPresentation  *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  step (self, button == GDK_BUTTON_SECONDARY ? -1 : 1);
}

static void
gt_presentation_dispose (GObject *object)
{
  GtPresentation *self = GT_PRESENTATION (object);

  g_clear_pointer (&self->deck, gt_slide_deck_free);

  G_OBJECT_CLASS (gt_presentation_parent_class)->dispose (object);
}

static void
gt_presentation_finalize (GObject *object)
{
  GtPresentation *self = GT_PRESENTATION (object);

  g_string_free (self->jump, TRUE);

  G_OBJECT_CLASS (gt_presentation_parent_class)->finalize (object);
}

static void
gt_presentation_class_init (GtPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gt_presentation_dispose;
  object_class->finalize = gt_presentation_finalize;
}

static void
gt_presentation_init (GtPresentation *self)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->jump = g_string_new (NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");

  self->area = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_drawing_area_set_draw_func (self->area, draw_cb, self, NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->area), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->area), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Slide"), -1);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->area));

  self->counter = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_halign (GTK_WIDGET (self->counter), GTK_ALIGN_END);
  gtk_widget_set_valign (GTK_WIDGET (self->counter), GTK_ALIGN_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->counter), "slide-counter");
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (self->counter));
  adw_window_set_content (ADW_WINDOW (self), overlay);

  /* Before anything else in the window: a clicker's keys are all the slides'. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->area), GTK_EVENT_CONTROLLER (click));
}

GtPresentation *
gt_presentation_new (GtSlideDeck *deck,
                     gboolean     dark)
{
  GtPresentation *self;

  g_return_val_if_fail (deck != NULL, NULL);
  g_return_val_if_fail (gt_slide_deck_get_n_slides (deck) > 0, NULL);

  self = g_object_new (GT_TYPE_PRESENTATION, NULL);
  self->deck = deck;
  self->dark = dark;
  update (self);
  return self;
}

void
gt_presentation_present_on (GtPresentation *self,
                            GtkWindow      *beside,
                            GdkMonitor     *chosen)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GListModel *monitors = gdk_display_get_monitors (display);
  GdkSurface *surface = beside != NULL ? gtk_native_get_surface (GTK_NATIVE (beside)) : NULL;
  GdkMonitor *own = surface != NULL ? gdk_display_get_monitor_at_surface (display, surface)
                                    : NULL;
  g_autoptr(GdkMonitor) target = chosen != NULL ? g_object_ref (chosen) : NULL;

  /* With a projector plugged in, the slides go to the screen the office's own
   * window is not on. */
  for (guint i = 0; i < g_list_model_get_n_items (monitors) && target == NULL; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != own && g_list_model_get_n_items (monitors) > 1)
        target = g_steal_pointer (&monitor);
    }

  if (target == NULL && own != NULL)
    target = g_object_ref (own);
  if (target == NULL && g_list_model_get_n_items (monitors) > 0)
    target = g_list_model_get_item (monitors, 0);

  if (target != NULL)
    {
      GdkRectangle geometry;

      /* The monitor's size even where nothing makes windows full screen (a bare
       * X server, a kiosk session without a window manager). */
      gdk_monitor_get_geometry (target, &geometry);
      gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), target);
    }
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
}
