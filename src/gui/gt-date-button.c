/* gt-date-button.c: picks a date, or none, from a calendar popover.
 *
 * The widget is itself the button that takes the focus, so that a screen
 * reader hears one element: the name its caller gives (an action row's title,
 * a mnemonic label, an accessible label) and the date as its description.
 * Built around a GtkMenuButton it was three nested elements over AT-SPI (a
 * filler and a button both read the name, the menu button between them the
 * date), since GTK 4.8 can neither name a menu button's inner toggle from
 * outside nor leave a container out of the tree. The popover is its own
 * child, presented from the layout's allocate as GtkMenuButton does
 * (gt-popover-button.c, shared with the choice picker).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "gt-date-button.h"
#include "gt-format.h"
#include "gt-popover-button.h"

struct _GtDateButton
{
  GtkButton      parent_instance;

  GtkLabel      *label;
  GtkPopover    *popover;
  GtkCalendar   *calendar;
  GtkEntry      *entry;       /* a date typed rather than picked */
  GtkWidget     *clear_button;

  GDate          date;        /* invalid (cleared) when no date is set */
  gulong         day_selected_id;
};

G_DEFINE_FINAL_TYPE (GtDateButton, gt_date_button, GTK_TYPE_BUTTON)

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
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
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

/* A month and day without a year, "3/29", "3-29", "3.29" or "3月29日", fall in
 * the current year: what a clerk means by a deadline or a date this year. */
static gboolean
parse_month_day (const char *text,
                 GDate      *date)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GString) plain = g_string_new (NULL);
  char *end;
  long month, day;

  /* Full-width digits and separators, as a Chinese input method types them. */
  for (const char *p = normal; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF10 && c <= 0xFF19)
        g_string_append_c (plain, '0' + (c - 0xFF10));
      else if (c == 0xFF0F)
        g_string_append_c (plain, '/');
      else if (c == 0xFF0D)
        g_string_append_c (plain, '-');
      else if (c == 0xFF0E)
        g_string_append_c (plain, '.');
      else if (!g_unichar_isspace (c))
        g_string_append_unichar (plain, c);
    }

  if (!g_ascii_isdigit (plain->str[0]))
    return FALSE;
  month = strtol (plain->str, &end, 10);
  if (g_str_has_prefix (end, "月"))
    end += strlen ("月");
  else if (*end == '/' || *end == '-' || *end == '.')
    end++;
  else
    return FALSE;
  if (!g_ascii_isdigit (*end))
    return FALSE;
  day = strtol (end, &end, 10);
  if (g_str_has_prefix (end, "日"))
    end += strlen ("日");
  else if (g_str_has_prefix (end, "号"))
    end += strlen ("号");
  if (*end != '\0' || month < 1 || month > 12 || day < 1 || day > 31 ||
      !g_date_valid_dmy (day, month, g_date_time_get_year (now)))
    return FALSE;
  g_date_set_dmy (date, day, month, g_date_time_get_year (now));
  return TRUE;
}

/* Enter in the field: the date typed, or, with nothing typed, what the
 * calendar shows (as Enter on the calendar). */
static void
entry_activate_cb (GtDateButton *self,
                   GtkEntry     *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  GDate date;

  g_date_clear (&date, 1);
  if (*text == '\0')
    {
      if (!g_date_valid (&self->date))
        calendar_day_selected_cb (self, self->calendar);
      gtk_popover_popdown (self->popover);
      return;
    }
  if ((gt_date_parse_loose (text, &date) || parse_month_day (text, &date)) &&
      gt_date_in_range (&date))
    {
      gt_date_button_set_date (self, &date);
      gtk_popover_popdown (self->popover);
      return;
    }
  gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
  gtk_widget_error_bell (GTK_WIDGET (entry));
}

static void
entry_changed_cb (GtDateButton *self,
                  GtkEditable  *entry)
{
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_FALSE, -1);
}

/* Opens ready to type; the calendar is a Tab away. */
static void
popover_show_cb (GtDateButton *self,
                 GtkPopover   *popover)
{
  sync_calendar (self);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
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

static void
gt_date_button_clicked (GtkButton *button)
{
  gtk_popover_popup (GT_DATE_BUTTON (button)->popover);
}

static void
gt_date_button_dispose (GObject *object)
{
  GtDateButton *self = GT_DATE_BUTTON (object);

  if (self->popover != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->popover));
      self->popover = NULL;
    }

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
  GtkButtonClass *button_class = GTK_BUTTON_CLASS (klass);

  object_class->dispose = gt_date_button_dispose;
  object_class->get_property = gt_date_button_get_property;
  object_class->set_property = gt_date_button_set_property;

  button_class->clicked = gt_date_button_clicked;

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Styled as the button it is (a menu button's look: the "popup" class). */
  gtk_widget_class_set_css_name (widget_class, "button");
}

static void
gt_date_button_init (GtDateButton *self)
{
  GtkWidget *content, *icon, *box, *buttons, *today_button;
  GtkEventController *controller;
  GtkGesture *gesture;

  g_date_clear (&self->date, 1);

  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self), "popup");
  gtk_widget_add_css_class (GTK_WIDGET (self), "date-button");

  /* Button face: a calendar icon and the date. */
  content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  icon = gtk_image_new_from_icon_name ("x-office-calendar-symbolic");
  gtk_box_append (GTK_BOX (content), icon);
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->label, 0.0);
  gtk_label_set_width_chars (self->label, 11);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "numeric");
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->label));

  /* Popover: a field to type into, the calendar, Clear and Today. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->entry, _("Type a date: 2023-3-29, 3/29"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Date"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("2023-3-29, 2023年3月29日, or 3/29 for this year"),
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->entry),
                               _("2023-3-29, 2023年3月29日, or 3/29 for this year"));
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (entry_activate_cb), self);
  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (entry_changed_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->entry));
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

  gt_popover_button_set_popover (GTK_BUTTON (self), GTK_WIDGET (self->popover));
  gtk_button_set_child (GTK_BUTTON (self), content);

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

void
gt_date_button_popup (GtDateButton *self)
{
  g_return_if_fail (GT_IS_DATE_BUTTON (self));

  gtk_popover_popup (self->popover);
}

GtkWidget *
gt_date_button_get_entry (GtDateButton *self)
{
  g_return_val_if_fail (GT_IS_DATE_BUTTON (self), NULL);

  return GTK_WIDGET (self->entry);
}
