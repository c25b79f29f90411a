/* gt-date-button.c: picks a date, or none, from a calendar popover.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-date-button.h"
#include "gt-format.h"

struct _GtDateButton
{
  GtkWidget      parent_instance;

  GtkWidget     *menu_button;
  GtkWidget     *toggle;      /* inside menu_button: what takes the focus */
  GtkLabel      *label;
  GtkPopover    *popover;
  GtkCalendar   *calendar;
  GtkWidget     *clear_button;

  GDate          date;        /* invalid (cleared) when no date is set */
  gulong         day_selected_id;
};

G_DEFINE_FINAL_TYPE (GtDateButton, gt_date_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GDateTime *
date_to_date_time (const GDate *date)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), 0, 0, 0);
}

static void
update_label (GtDateButton *self)
{
  g_autofree char *text = NULL;
  gboolean set = g_date_valid (&self->date);

  if (set)
    text = gt_format_date (&self->date);

  gtk_label_set_label (self->label, set ? text : _("Not set"));
  if (set)
    gtk_widget_remove_css_class (GTK_WIDGET (self->label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->label), "dim-label");
  gtk_widget_set_sensitive (self->clear_button, set);

  /* The caller's label names the button; the date is what it holds. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  set ? text : _("Not set"),
                                  -1);
}

/* Shows @date (or today) in the calendar without treating it as a choice. */
static void
sync_calendar (GtDateButton *self)
{
  g_autoptr(GDateTime) dt = NULL;

  if (g_date_valid (&self->date))
    dt = date_to_date_time (&self->date);
  else
    dt = g_date_time_new_now_local ();

  g_signal_handler_block (self->calendar, self->day_selected_id);
  gtk_calendar_select_day (self->calendar, dt);
  g_signal_handler_unblock (self->calendar, self->day_selected_id);
}

static void
calendar_day_selected_cb (GtDateButton *self,
                          GtkCalendar  *calendar)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (calendar);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (dt),
                  g_date_time_get_month (dt), g_date_time_get_year (dt));
  /* The calendar's year arrows go anywhere; the register takes 1900–2100
   * (gt_date_in_range), so a day outside is not taken and the calendar goes
   * back to the date held. */
  if (!gt_date_in_range (&date))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      sync_calendar (self);
      return;
    }
  gt_date_button_set_date (self, &date);
}

/* A click on a day picks it and closes; keyboard moves within the calendar
 * select days too, so only a click (or Enter) closes the popover. */
static void
calendar_released_cb (GtDateButton    *self,
                      int              n_press,
                      double           x,
                      double           y,
                      GtkGestureClick *gesture)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y,
                                       GTK_PICK_DEFAULT);

  if (picked != NULL && gtk_widget_has_css_class (picked, "day-number")
      && !gtk_widget_has_css_class (picked, "other-month"))
    gtk_popover_popdown (self->popover);
}

static gboolean
popover_key_pressed_cb (GtDateButton          *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter
      || keyval == GDK_KEY_ISO_Enter)
    {
      GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self->popover)));

      /* Enter on a button activates that button instead. */
      if (focus != NULL && GTK_IS_BUTTON (focus))
        return FALSE;
      if (!g_date_valid (&self->date))
        calendar_day_selected_cb (self, self->calendar);
      gtk_popover_popdown (self->popover);
      return TRUE;
    }
  return FALSE;
}

static void
popover_show_cb (GtDateButton *self,
                 GtkPopover   *popover)
{
  sync_calendar (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

static void
clear_clicked_cb (GtDateButton *self,
                  GtkButton    *button)
{
  gt_date_button_set_date (self, NULL);
  gtk_popover_popdown (self->popover);
}

static void
today_clicked_cb (GtDateButton *self,
                  GtkButton    *button)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  gt_date_button_set_date (self, &today);
  gtk_popover_popdown (self->popover);
}

static gboolean
gt_date_button_mnemonic_activate (GtkWidget *widget,
                                  gboolean   group_cycling)
{
  GtDateButton *self = GT_DATE_BUTTON (widget);

  if (group_cycling)
    return gtk_widget_grab_focus (self->menu_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (self->menu_button));
  return TRUE;
}

static gboolean
gt_date_button_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GT_DATE_BUTTON (widget)->menu_button);
}

static void
gt_date_button_dispose (GObject *object)
{
  GtDateButton *self = GT_DATE_BUTTON (object);

  g_clear_pointer (&self->menu_button, gtk_widget_unparent);

  G_OBJECT_CLASS (gt_date_button_parent_class)->dispose (object);
}

static void
gt_date_button_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  GtDateButton *self = GT_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, gt_date_button_get_date (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_date_button_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  GtDateButton *self = GT_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      gt_date_button_set_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_date_button_class_init (GtDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_date_button_dispose;
  object_class->get_property = gt_date_button_get_property;
  object_class->set_property = gt_date_button_set_property;

  widget_class->mnemonic_activate = gt_date_button_mnemonic_activate;
  widget_class->grab_focus = gt_date_button_grab_focus;

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "gt-date-button");
}

static void
gt_date_button_init (GtDateButton *self)
{
  GtkWidget *content, *icon, *box, *buttons, *today_button;
  GtkEventController *controller;
  GtkGesture *gesture;

  g_date_clear (&self->date, 1);

  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);

  /* Button face: a calendar icon and the date. */
  content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  icon = gtk_image_new_from_icon_name ("x-office-calendar-symbolic");
  gtk_box_append (GTK_BOX (content), icon);
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->label, 0.0);
  gtk_label_set_width_chars (self->label, 11);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "numeric");
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->label));

  /* Popover: the calendar over Clear and Today. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Calendar"),
                                  -1);
  self->day_selected_id =
    g_signal_connect_swapped (self->calendar, "day-selected",
                              G_CALLBACK (calendar_day_selected_cb), self);
  gesture = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture),
                                              GTK_PHASE_BUBBLE);
  g_signal_connect_swapped (gesture, "released",
                            G_CALLBACK (calendar_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar),
                             GTK_EVENT_CONTROLLER (gesture));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->calendar));

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  self->clear_button = gtk_button_new_with_mnemonic (_("_Clear"));
  g_signal_connect_swapped (self->clear_button, "clicked",
                            G_CALLBACK (clear_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), self->clear_button);
  today_button = gtk_button_new_with_mnemonic (_("_Today"));
  g_signal_connect_swapped (today_button, "clicked",
                            G_CALLBACK (today_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), today_button);
  gtk_box_append (GTK_BOX (box), buttons);

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, box);
  g_signal_connect_swapped (self->popover, "show",
                            G_CALLBACK (popover_show_cb), self);
  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed",
                            G_CALLBACK (popover_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->popover), controller);

  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->menu_button), content);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->menu_button),
                               GTK_WIDGET (self->popover));
  gtk_widget_set_parent (self->menu_button, GTK_WIDGET (self));

  /* Whatever accessible label the caller gives this widget names the button
   * that actually takes the focus: GtkMenuButton's inner toggle button. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self, NULL,
                                  -1);
  self->toggle = gtk_widget_get_first_child (self->menu_button);
  if (self->toggle == NULL)
    self->toggle = self->menu_button;
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->toggle),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self, NULL,
                                  -1);

  update_label (self);
}

GtkWidget *
gt_date_button_new (void)
{
  return g_object_new (GT_TYPE_DATE_BUTTON, NULL);
}

const GDate *
gt_date_button_get_date (GtDateButton *self)
{
  g_return_val_if_fail (GT_IS_DATE_BUTTON (self), NULL);

  return g_date_valid (&self->date) ? &self->date : NULL;
}

void
gt_date_button_set_date (GtDateButton *self,
                         const GDate  *date)
{
  gboolean was_set;

  g_return_if_fail (GT_IS_DATE_BUTTON (self));

  if (date != NULL && !g_date_valid (date))
    date = NULL;

  was_set = g_date_valid (&self->date);
  if (date == NULL && !was_set)
    return;
  if (date != NULL && was_set && g_date_compare (date, &self->date) == 0)
    return;

  if (date != NULL)
    self->date = *date;
  else
    g_date_clear (&self->date, 1);

  update_label (self);
  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    sync_calendar (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}
