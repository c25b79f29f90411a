/* gt-a11y.c: names for a screen reader that GTK 4.8 leaves out or says twice.
 *
 * What GTK 4.8 does (gtkatcontext.c, gtk_at_context_get_name()): the name is
 * the label property, then the label property of each labelled-by element, joined
 * by spaces; when that is empty, the AT-SPI bridge sends the class name. Hence:
 *
 * - A button made with a mnemonic sets its label property to the raw label
 *   ("新建项目(_N)") and, through gtk_label_set_mnemonic_widget(), a labelled-by
 *   relation to its label child ("新建项目(N)"): read twice, underscore and all.
 *   We keep one name, the visible text without its key.
 * - A widget with both an accessible label and a mnemonic label of the same
 *   words ("项目" beside a drop-down named "项目") reads them twice: an explicit
 *   accessible label wins, the relation goes.
 * - The rows and cells of list and column views (GtkListItemWidget,
 *   GtkColumnViewCell), a flow box's children and a drop-down's toggle button
 *   are GTK's internal widgets, which 4.8 offers no API to name (GtkListItem
 *   gained accessible properties in 4.12). They are reached as they or a parent
 *   are realized, and named from what they show, kept up to date as rows are
 *   recycled. Rows of lists, combo rows and drop-downs, which 4.8 gives no
 *   AT-SPI action, get one: row.activate.
 * - Icon buttons, search entries and lists of rows of libadwaita's and GTK's
 *   own (the about and shortcuts windows, the preferences' search) are named
 *   from their tooltip, icon, placeholder or group's title.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "gt-a11y.h"

static GQuark named_quark;

char *
gt_a11y_strip_mnemonic (const char *label)
{
  GString *text;

  if (label == NULL)
    return NULL;
  text = g_string_new (NULL);
  for (const char *p = label; *p != '\0'; p++)
    {
      /* "(_N)" or "（_N）" after Chinese text: the key alone, dropped whole. */
      if ((p[0] == '(' && p[1] == '_' && p[2] != '\0' && p[3] == ')'))
        {
          p += 3;
          continue;
        }
      if (strncmp (p, "（_", strlen ("（_")) == 0)
        {
          const char *key = p + strlen ("（_");
          const char *after = *key != '\0' ? g_utf8_next_char (key) : key;

          if (strncmp (after, "）", strlen ("）")) == 0)
            {
              p = after + strlen ("）") - 1;
              continue;
            }
        }
      if (p[0] == '_')
        {
          if (p[1] == '_')
            {
              g_string_append_c (text, '_');
              p++;
            }
          continue;
        }
      g_string_append_c (text, *p);
    }
  return g_strstrip (g_string_free (text, FALSE));
}

/* Buttons */

static void
name_mnemonic_button (GtkButton *button)
{
  g_autofree char *name = NULL;

  if (!gtk_button_get_use_underline (button) || gtk_button_get_label (button) == NULL)
    return;
  name = gt_a11y_strip_mnemonic (gtk_button_get_label (button));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button),
                                 GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static void
button_label_changed_cb (GtkButton  *button,
                         GParamSpec *pspec,
                         gpointer    user_data)
{
  name_mnemonic_button (button);
}

/* An accessible label read, then a labelled-by relation repeating it: a mnemonic
 * label, or the title of the AdwActionRow whose activatable widget it is
 * (libadwaita 1.2 relates the two). The accessible label wins. */
static void
drop_repeated_label (GtkWidget *widget)
{
  GList *labels = gtk_widget_list_mnemonic_labels (widget);

  /* A label "项目代码(_J)" names its widget "项目代码(J)": the key is read out
   * as letters. The widget takes the words alone. */
  for (GList *l = labels; l != NULL; l = l->next)
    {
      GtkLabel *label = l->data;

      if (GTK_IS_LABEL (label) && gtk_label_get_use_underline (label) &&
          strstr (gtk_label_get_label (label), "(_") != NULL &&
          !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                             GTK_ACCESSIBLE_PROPERTY_LABEL))
        {
          g_autofree char *name = gt_a11y_strip_mnemonic (gtk_label_get_label (label));

          gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          break;
        }
    }
  g_list_free (labels);
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL) &&
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget),
                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static void gather_text (GtkWidget *widget,
                         GString   *text);
static void name_icon_button (GtkWidget *button);

static void
label_set_cb (GtkLabel   *label,
              GParamSpec *pspec,
              GtkWidget  *button)
{
  gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
  name_icon_button (button);
}

static void
watch_labels (GtkWidget *widget,
              GtkWidget *button)
{
  if (GTK_IS_LABEL (widget))
    g_signal_connect_object (widget, "notify::label", G_CALLBACK (label_set_cb), button, 0);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (!GTK_IS_POPOVER (c))
      watch_labels (c, button);
}

/* An icon button without a name reads as "GtkImage": its tooltip, else what
 * its icon stands for, names it (libadwaita's and GTK's own buttons too). */
static void
name_icon_button (GtkWidget *button)
{
  static const struct {
    const char *icon;
    const char *name;
  } icons[] = {
    { "go-previous-symbolic", N_("Back") },
    { "go-next-symbolic", N_("Forward") },
    { "window-close-symbolic", N_("Close") },
    { "edit-find-symbolic", N_("Search") },
    { "edit-clear-symbolic", N_("Clear") },
    { "open-menu-symbolic", N_("Menu") },
    { "view-more-symbolic", N_("Menu") },
    { "pan-down-symbolic", N_("More") },
  };
  const char *name = gtk_widget_get_tooltip_text (button);
  const char *icon = NULL;
  GtkWidget *child = GTK_IS_BUTTON (button) ? gtk_button_get_child (GTK_BUTTON (button)) : NULL;

  /* A menu button's inner toggle reads as the menu button does. */
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      GTK_IS_MENU_BUTTON (gtk_widget_get_parent (button)) ||
      (GTK_IS_BUTTON (button) && gtk_button_get_label (GTK_BUTTON (button)) != NULL))
    return;
  if (GTK_IS_MENU_BUTTON (button))
    icon = gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (button));
  else if (GTK_IS_IMAGE (child))
    icon = gtk_image_get_icon_name (GTK_IMAGE (child));
  for (guint i = 0; name == NULL && icon != NULL && i < G_N_ELEMENTS (icons); i++)
    if (strcmp (icons[i].icon, icon) == 0)
      name = _(icons[i].name);
  if (name == NULL)
    {
      if ((gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button),
                                             GTK_ACCESSIBLE_RELATION_LABELLED_BY) &&
           !GTK_IS_MENU_BUTTON (button)) ||
          GTK_IS_DROP_DOWN (gtk_widget_get_parent (button)))
        return;
      /* A button whose content is text in a box (the shortcuts window's
       * section button, the about window's): read that text. */
      GtkWidget *content = GTK_IS_MENU_BUTTON (button) ? gtk_widget_get_first_child (button)
                                                       : button;
      g_autoptr(GString) text = g_string_new (NULL);

      for (GtkWidget *c = content != NULL ? gtk_widget_get_first_child (content) : NULL;
           c != NULL;
           c = gtk_widget_get_next_sibling (c))
        if (!GTK_IS_POPOVER (c))
          gather_text (c, text);
      if (text->len > 0)
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, text->str, -1);
          gtk_accessible_reset_relation (GTK_ACCESSIBLE (button),
                                         GTK_ACCESSIBLE_RELATION_LABELLED_BY);
        }
      else if (content != NULL && content != button)
        {
          /* The shortcuts window's section button gets its text later; it
           * stands in for the window's title meanwhile. */
          GtkRoot *root = gtk_widget_get_root (button);

          watch_labels (content, button);
          if (GTK_IS_WINDOW (root) && gtk_window_get_title (GTK_WINDOW (root)) != NULL)
            gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL,
                                            gtk_window_get_title (GTK_WINDOW (root)), -1);
        }
      return;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* Gives @target the name @source has: its accessible label, else its mnemonic
 * label, else (a combo row) its title. */
static void
label_like (GtkWidget *target,
            GtkWidget *source)
{
  GList *labels;

  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (target), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return;
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (source), GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      gtk_accessible_update_relation (GTK_ACCESSIBLE (target),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, source, NULL, -1);
      return;
    }
  labels = gtk_widget_list_mnemonic_labels (source);
  if (labels != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (target),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, labels->data, NULL, -1);
  else if (ADW_IS_PREFERENCES_ROW (source))
    {
      g_autofree char *title =
        gt_a11y_strip_mnemonic (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (source)));

      gtk_accessible_update_property (GTK_ACCESSIBLE (target), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      title, -1);
    }
  g_list_free (labels);
}

/* GtkDropDown's button is its own child; it reads what the drop-down is called.
 * So do the lists of a drop-down and of a combo row (the row shows its choice
 * in a list of one). */
static void
name_dropdown_toggle (GtkDropDown *dropdown)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      label_like (child, GTK_WIDGET (dropdown));
}

static void
name_list (GtkWidget *list)
{
  GtkWidget *owner = gtk_widget_get_ancestor (list, GTK_TYPE_DROP_DOWN);

  if (owner == NULL)
    owner = gtk_widget_get_ancestor (list, ADW_TYPE_COMBO_ROW);
  /* The list of a picker's popover (GtChoicePicker, itself the button) reads
   * as its button. */
  if (owner == NULL && gtk_widget_get_ancestor (list, GTK_TYPE_POPOVER) != NULL &&
      GTK_IS_BUTTON (gtk_widget_get_parent (gtk_widget_get_ancestor (list, GTK_TYPE_POPOVER))))
    owner = gtk_widget_get_parent (gtk_widget_get_ancestor (list, GTK_TYPE_POPOVER));
  if (owner != NULL)
    label_like (list, owner);
}

/* What a scrolled window scrolls: a named list or table, or else the page of
 * the view stack it is on, or else the window. GTK 4.8 makes it focusable. */
static void
name_scrolled_window (GtkScrolledWindow *scrolled)
{
  GtkWidget *child = gtk_scrolled_window_get_child (scrolled);
  GtkWidget *page = GTK_WIDGET (scrolled);
  GtkWidget *stack;
  GtkRoot *root;

  if (GTK_IS_VIEWPORT (child))
    child = gtk_viewport_get_child (GTK_VIEWPORT (child));
  if (child != NULL && gtk_test_accessible_has_property (GTK_ACCESSIBLE (child),
                                                         GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      gtk_accessible_update_relation (GTK_ACCESSIBLE (scrolled),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, child, NULL, -1);
      return;
    }
  stack = gtk_widget_get_ancestor (page, ADW_TYPE_VIEW_STACK);
  while (stack != NULL && gtk_widget_get_parent (page) != stack)
    page = gtk_widget_get_parent (page);
  if (stack != NULL && adw_view_stack_get_page (ADW_VIEW_STACK (stack), page) != NULL &&
      adw_view_stack_page_get_title (adw_view_stack_get_page (ADW_VIEW_STACK (stack), page)))
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (scrolled), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      adw_view_stack_page_get_title (
                                        adw_view_stack_get_page (ADW_VIEW_STACK (stack), page)),
                                      -1);
      return;
    }
  root = gtk_widget_get_root (GTK_WIDGET (scrolled));
  if (GTK_IS_WINDOW (root) && gtk_window_get_title (GTK_WINDOW (root)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (scrolled), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    gtk_window_get_title (GTK_WINDOW (root)), -1);
}

/* The list inside a GtkColumnView is another internal widget: it reads as
 * the column view does. */
static void
name_column_list (GtkWidget *list)
{
  GtkWidget *view = gtk_widget_get_parent (list);

  if (GTK_IS_COLUMN_VIEW (view) &&
      gtk_test_accessible_has_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL))
    gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, view, NULL, -1);
}

/* Rows and cells */

static void
gather_text (GtkWidget *widget,
             GString   *text)
{
  const char *piece = NULL;

  /* A control inside (a drop-down, a button) is read by its own name. */
  if (!gtk_widget_get_visible (widget) || ADW_IS_AVATAR (widget) || GTK_IS_POPOVER (widget) ||
      GTK_IS_BUTTON (widget) || GTK_IS_DROP_DOWN (widget))
    return;
  if (GTK_IS_LABEL (widget))
    piece = gtk_label_get_text (GTK_LABEL (widget));
  else if (GTK_IS_INSCRIPTION (widget))
    piece = gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  else if (GTK_IS_TEXT (widget))
    piece = gtk_editable_get_text (GTK_EDITABLE (widget));
  else
    {
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        gather_text (child, text);
      return;
    }
  if (piece == NULL || *piece == '\0')
    return;
  if (text->len > 0)
    g_string_append_c (text, ' ');
  g_string_append (text, piece);
}

static gboolean
is_column_cell (GtkWidget *widget)
{
  return widget != NULL && g_strcmp0 (G_OBJECT_TYPE_NAME (widget), "GtkColumnViewCell") == 0;
}

/* A column view's row is read by its first cell (the project's or the issue's
 * name); a list's row, a cell or a flow box child by all it shows. */
static void
rename_from_content (GtkWidget *owner)
{
  GtkWidget *first = gtk_widget_get_first_child (owner);
  g_autoptr(GString) text = g_string_new (NULL);

  if (is_column_cell (first) && !is_column_cell (owner))
    gather_text (first, text);
  else
    gather_text (owner, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (owner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text->len > 0 ? text->str
                                                : C_("accessible name of an empty cell",
                                                     "Empty"),
                                  -1);
}

static void
content_changed_cb (GObject    *object,
                    GParamSpec *pspec,
                    GtkWidget  *owner)
{
  rename_from_content (owner);
}

static void
watch_content (GtkWidget *widget,
               GtkWidget *owner)
{
  if (ADW_IS_AVATAR (widget) || GTK_IS_POPOVER (widget) || GTK_IS_BUTTON (widget) ||
      GTK_IS_DROP_DOWN (widget))
    return;
  g_signal_connect_object (widget, "notify::visible", G_CALLBACK (content_changed_cb), owner, 0);
  if (GTK_IS_LABEL (widget))
    g_signal_connect_object (widget, "notify::label", G_CALLBACK (content_changed_cb), owner, 0);
  else if (GTK_IS_INSCRIPTION (widget))
    g_signal_connect_object (widget, "notify::text", G_CALLBACK (content_changed_cb), owner, 0);
  else if (GTK_IS_TEXT (widget))
    g_signal_connect_object (widget, "notify::text", G_CALLBACK (content_changed_cb), owner, 0);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    watch_content (child, owner);
}

/* A custom cell widget (GtTextCell, GtCompletionCell) draws its text and keeps
 * its own accessible label: read through a relation, which GTK looks up each
 * time the name is asked for. */
static GtkWidget *
self_naming_child (GtkWidget *owner)
{
  GtkWidget *child = gtk_widget_get_first_child (owner);

  if (child == NULL || gtk_widget_get_next_sibling (child) != NULL ||
      gtk_widget_get_first_child (child) != NULL || GTK_IS_LABEL (child) ||
      GTK_IS_INSCRIPTION (child) || GTK_IS_EDITABLE (child) || GTK_IS_IMAGE (child))
    return NULL;
  return child;
}

static void
name_from_content (GtkWidget *owner)
{
  GtkWidget *first = gtk_widget_get_first_child (owner);
  GtkWidget *source = first;
  GtkWidget *leaf;

  if (!is_column_cell (first) || is_column_cell (owner))
    source = owner;
  leaf = self_naming_child (source);
  if (leaf != NULL)
    {
      gtk_accessible_update_relation (GTK_ACCESSIBLE (owner),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, leaf, NULL, -1);
      return;
    }
  if (source != owner)
    watch_content (source, owner);
  else
    for (GtkWidget *child = first; child != NULL; child = gtk_widget_get_next_sibling (child))
      watch_content (child, owner);
  rename_from_content (owner);
}

static void
activate_row_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkWidget *row = user_data;

  /* What a click does: select the row (a combo row takes its choice from the
   * selection), then activate it as Enter does ("list.activate-item"). */
  if (!GTK_IS_LIST_BOX_ROW (row))
    gtk_widget_activate_action (row, "listitem.select", "(bb)", FALSE, FALSE);
  gtk_widget_activate (row);
}

/* GTK 4.8 gives a row of a list or a drop-down no AT-SPI action: a switch or
 * screen reader user could select a row but never open it or pick it. An
 * action group on the row is listed as the row's actions ("row.activate"). */
static void
add_row_action (GtkWidget *row)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) activate = g_simple_action_new ("activate", NULL);

  g_signal_connect_object (activate, "activate", G_CALLBACK (activate_row_cb), row, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (activate));
  gtk_widget_insert_action_group (row, "row", G_ACTION_GROUP (group));
}

static gboolean
is_internal_row (GtkWidget *widget)
{
  const char *type = G_OBJECT_TYPE_NAME (widget);
  GtkWidget *button = gtk_widget_get_ancestor (widget, GTK_TYPE_BUTTON);
  GtkWidget *popover = gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER);

  /* GtkListItemWidget is also the body of a drop-down's button, which the
   * button's own name covers; not a row of the list in a button's popover
   * (GtChoicePicker's). */
  return (strcmp (type, "GtkListItemWidget") == 0 &&
          (button == NULL || (popover != NULL && gtk_widget_is_ancestor (popover, button)))) ||
         strcmp (type, "GtkColumnViewCell") == 0;
}

/* A list of rows without a name: the title of its preferences group, else its
 * window's title. */
static void
name_list_box (GtkWidget *list)
{
  GtkWidget *group = gtk_widget_get_ancestor (list, ADW_TYPE_PREFERENCES_GROUP);
  const char *title = NULL;
  GtkRoot *root;

  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return;
  /* A preferences group relates its list to its title, empty or not. */
  if (group != NULL)
    title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group));
  if (title != NULL && *title != '\0')
    return;
  root = gtk_widget_get_root (list);
  if ((title == NULL || *title == '\0') && GTK_IS_WINDOW (root))
    title = gtk_window_get_title (GTK_WINDOW (root));
  if (title == NULL || *title == '\0')
    title = _("List");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
}

/* A search entry of GTK's or libadwaita's own (the preferences' and the
 * shortcuts window's) reads as its placeholder says, else "Search". */
static void
name_search_entry (GtkWidget *entry)
{
  g_autofree char *placeholder = NULL;

  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (entry),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return;
  g_object_get (entry, "placeholder-text", &placeholder, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  placeholder != NULL && *placeholder != '\0' ? placeholder
                                                                               : _("Search"),
                                  -1);
}

/* A menu's item (GTK's private GtkModelButton) reads its text with the key,
 * "打印(P)…", the underscore already gone: it takes the words alone. */
static void
name_menu_item (GtkWidget *item)
{
  g_autofree char *text = NULL;
  g_autoptr(GString) name = NULL;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (item), "text") == NULL)
    return;
  g_object_get (item, "text", &text, NULL);
  if (text == NULL || strstr (text, ")") == NULL)
    return;
  name = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      /* "(P)" after a Chinese character; not "(PPP)" nor "A(B)". */
      if (p[0] == '(' && g_ascii_isalnum (p[1]) && p[2] == ')' && name->len > 0 &&
          (guchar) name->str[name->len - 1] >= 0x80)
        {
          p += 2;
          continue;
        }
      g_string_append_c (name, *p);
    }
  if (strcmp (name->str, text) == 0)
    return;
  gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name->str, -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static void
name_widget (GtkWidget *widget)
{
  if (g_object_get_qdata (G_OBJECT (widget), named_quark) != NULL)
    return;
  g_object_set_qdata (G_OBJECT (widget), named_quark, GINT_TO_POINTER (TRUE));

  if (GTK_IS_BUTTON (widget))
    {
      name_mnemonic_button (GTK_BUTTON (widget));
      g_signal_connect (widget, "notify::label", G_CALLBACK (button_label_changed_cb), NULL);
      name_icon_button (widget);
      drop_repeated_label (widget);
    }
  else if (GTK_IS_DROP_DOWN (widget))
    {
      drop_repeated_label (widget);
      name_dropdown_toggle (GTK_DROP_DOWN (widget));
    }
  else if (strcmp (G_OBJECT_TYPE_NAME (widget), "GtkModelButton") == 0)
    name_menu_item (widget);
  else if (GTK_IS_FLOW_BOX_CHILD (widget) || is_internal_row (widget))
    {
      name_from_content (widget);
      if (strcmp (G_OBJECT_TYPE_NAME (widget), "GtkListItemWidget") == 0)
        add_row_action (widget);
    }
  else if (GTK_IS_SCROLLED_WINDOW (widget))
    name_scrolled_window (GTK_SCROLLED_WINDOW (widget));
  else if (strcmp (G_OBJECT_TYPE_NAME (widget), "GtkColumnListView") == 0)
    name_column_list (widget);
  else if (GTK_IS_LIST_VIEW (widget))
    name_list (widget);
  else if (GTK_IS_POPOVER (widget) && GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)))
    label_like (widget, gtk_widget_get_parent (widget));
  else if (GTK_IS_MENU_BUTTON (widget))
    name_icon_button (widget);
  else if (GTK_IS_LIST_BOX (widget))
    name_list_box (widget);
  else if (GTK_IS_TEXT_VIEW (widget) &&
           gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW) != NULL)
    label_like (widget, gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW));
  else if (GTK_IS_SEARCH_ENTRY (widget))
    name_search_entry (widget);
  else if (GTK_IS_LIST_BOX_ROW (widget))
    {
      drop_repeated_label (widget);
      /* A combo row or an expander row opens on activation, which AT-SPI
       * cannot ask a row of GTK 4.8 for. */
      if (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget)))
        add_row_action (widget);
    }
  else
    drop_repeated_label (widget);
}

/* A screen reader reaches widgets on pages never shown, which are never
 * realized: a widget realized names what lies under it, down to widgets named
 * before (those named their own subtrees; what is added under them later is
 * realized as it is shown, or named with the next widget realized above it). */
static void
name_tree (GtkWidget *widget)
{
  name_widget (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_object_get_qdata (G_OBJECT (child), named_quark) == NULL)
      name_tree (child);
}

static gboolean
realize_hook (GSignalInvocationHint *hint,
              guint                  n_values,
              const GValue          *values,
              gpointer               user_data)
{
  name_tree (g_value_get_object (&values[0]));
  return TRUE;
}

void
gt_a11y_name_split_button (AdwSplitButton *button,
                           const char     *action_name,
                           const char     *menu_name)
{
  g_return_if_fail (ADW_IS_SPLIT_BUTTON (button));

  /* AdwSplitButton's button and arrow are its own children, with no API to
   * name them in libadwaita 1.2: reached by walking its children. The arrow's
   * inner button reads as the menu button does. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (button));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_MENU_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        menu_name, -1);
      else if (GTK_IS_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        action_name, -1);
    }
}

void
gt_a11y_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* No widget may exist yet: the class must, for its signal. */
      gpointer widget_class = g_type_class_ref (GTK_TYPE_WIDGET);

      named_quark = g_quark_from_static_string ("gt-a11y-named");
      g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0,
                                  realize_hook, NULL, NULL);
      g_type_class_unref (widget_class);
      g_once_init_leave (&installed, 1);
    }
}
