/* gt-month-actions.c: month by month.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-as-of.h"
#include "gt-month-actions.h"

static GQuark
step_quark (void)
{
  return g_quark_from_static_string ("gt-month-step");
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GtMonthStepFunc step = g_type_get_qdata (G_OBJECT_TYPE (widget), step_quark ());

  g_return_if_fail (step != NULL);
  step (widget, g_str_equal (action_name, "view.next-month") ? 1 : -1);
}

void
gt_month_actions_install (GtkWidgetClass  *widget_class,
                          GtMonthStepFunc  step)
{
  g_return_if_fail (GTK_IS_WIDGET_CLASS (widget_class));
  g_return_if_fail (step != NULL);

  g_type_set_qdata (G_TYPE_FROM_CLASS (widget_class), step_quark (), step);
  gtk_widget_class_install_action (widget_class, "view.previous-month", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "view.next-month", NULL, step_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "view.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "view.next-month", NULL);
}

void
gt_month_add (int *year,
              int *month,
              int  delta)
{
  int index = *year * 12 + *month - 1 + delta;

  *year = index / 12;
  *month = index % 12 + 1;
}

void
gt_month_get_default (GtStore *store,
                      int     *year,
                      int     *month)
{
  g_autoptr(GError) error = NULL;
  GtAsOf as_of;

  /* Failing, it still gives the month of today: the window opens anyway. */
  if (!gt_as_of_init_default (&as_of, store, NULL, &error))
    g_warning ("%s", error->message);
  *year = as_of.year;
  *month = as_of.month;
}
