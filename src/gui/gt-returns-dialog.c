/* gt-returns-dialog.c: the units' returns (回执) previewed, then taken in.
 *
 * The clerk collects the returned workbooks (several files, a folder, or
 * dropped on the window) and sees, per unit and file, what each project's
 * figures would become (old → new), the issues its 存在问题 would open, and
 * the figures that look wrong; a file that is refused says why and by which
 * cell. Apply takes in every file that can be, each all or nothing and one
 * step of undo; the previews are then planned again, and show that nothing is
 * left to change (taking a return twice changes nothing). The month is the
 * one each return names: a unit may send next month's figures while the page
 * shows this month's.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-returns.h"
#include "gt-returns-dialog.h"

/* One file listed: its plan, or why it was refused whole. */
typedef struct {
  char         *path;
  GtReturnPlan *plan;
  char         *error;
} Item;

struct _GtReturnsDialog
{
  AdwWindow        parent_instance;

  GtStore         *store;
  GPtrArray       *items;       /* Item *, in the order added */

  AdwToastOverlay *toasts;
  AdwWindowTitle  *title;
  GtkStack        *stack;
  GtkBox          *groups;      /* an AdwPreferencesGroup per file */
  GtkWidget       *apply_button;
};

G_DEFINE_FINAL_TYPE (GtReturnsDialog, gt_returns_dialog, ADW_TYPE_WINDOW)

static void
item_free (gpointer data)
{
  Item *item = data;

  g_free (item->path);
  gt_return_plan_free (item->plan);
  g_free (item->error);
  g_free (item);
}

static gboolean
item_is_ready (Item *item)
{
  return item->plan != NULL && !gt_return_plan_is_refused (item->plan)
         && gt_return_plan_get_changes (item->plan)->len > 0;
}

/* The cells' names as the template's header has them. */
static const char *
field_label (GtReturnField field)
{
  switch (field)
    {
    case GT_RETURN_FIELD_COMPLETED:
      return _("Completed this month (10⁴ yuan)");
    case GT_RETURN_FIELD_PERCENT:
      return _("Percent complete (%)");
    case GT_RETURN_FIELD_PROGRESS:
      return _("Physical progress");
    case GT_RETURN_FIELD_PROBLEMS:
    case GT_RETURN_N_FIELDS:
    default:
      return _("Problems");
    }
}

/* "当月完成（万元）：1.00 → 1.25", a line a field changed, then the new issues. */
static char *
describe_change (GtReturnChange *change)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (int f = 0; f < GT_RETURN_N_FIELDS; f++)
    {
      g_autofree char *old_text = NULL;
      g_autofree char *new_text = NULL;

      if (!change->changed[f])
        continue;
      old_text = g_markup_escape_text (change->old_text[f] != NULL ? change->old_text[f] : "—",
                                       -1);
      new_text = g_markup_escape_text (change->new_text[f], -1);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* TRANSLATORS: a field of a return's preview: the field, its value in
       * the register, the value the return brings */
      g_string_append_printf (text, _("%s: %s → %s"), field_label (f), old_text, new_text);
    }
  for (guint i = 0; i < change->new_issues->len; i++)
    {
      g_autofree char *issue = g_markup_escape_text (g_ptr_array_index (change->new_issues, i),
                                                     -1);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* TRANSLATORS: an issue a return's 存在问题 opens */
      g_string_append_printf (text, _("New issue: %s"), issue);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
flag_row (const GtReturnFlag *flag)
{
  GtkWidget *row = adw_action_row_new ();
  gboolean refuses = gt_return_flag_refuses (flag->kind);
  GtkWidget *icon = gtk_image_new_from_icon_name (refuses ? "dialog-error-symbolic"
                                                          : "dialog-warning-symbolic");
  g_autofree char *title = g_markup_escape_text (flag->message, -1);

  gtk_widget_add_css_class (icon, refuses ? "error" : "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  refuses ? _("Refused") : _("Check"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static GtkWidget *
change_row (GtReturnChange *change)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_markup_escape_text (change->name != NULL ? change->name : "", -1);
  g_autofree char *subtitle = describe_change (change);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

/* "3 projects to change, 1 new issue, 2 to check". */
static char *
describe_plan (GtReturnPlan *plan)
{
  GPtrArray *flags = gt_return_plan_get_flags (plan);
  guint n_changes = gt_return_plan_get_changes (plan)->len;
  guint n_issues = gt_return_plan_count_new_issues (plan);
  guint n_flags = 0;
  g_autofree char *changes = NULL;
  g_autofree char *issues = NULL;
  g_autofree char *checks = NULL;

  for (guint i = 0; i < flags->len; i++)
    n_flags += !gt_return_flag_refuses (((GtReturnFlag *) g_ptr_array_index (flags, i))->kind);
  if (gt_return_plan_is_refused (plan))
    return g_strdup (_("Refused: a cell below cannot be taken; nothing of this file will be "
                       "taken in"));
  if (n_changes == 0)
    return g_strdup (_("Nothing to change: the register already has these figures"));
  changes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project to change",
                                          "%u projects to change", n_changes), n_changes);
  issues = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new issue", "%u new issues",
                                         n_issues), n_issues);
  checks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u to check", "%u to check",
                                         n_flags), n_flags);
  /* TRANSLATORS: a return's summary: projects to change, new issues, figures to check */
  return g_strdup_printf (_("%s, %s, %s"), changes, issues, checks);
}

static GtkWidget *
item_group (Item *item)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *base = g_filename_display_basename (item->path);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  if (item->plan == NULL)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
      g_autofree char *message = g_markup_escape_text (item->error, -1);

      title = g_markup_escape_text (base, -1);
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      gtk_widget_add_css_class (icon, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Refused"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      return group;
    }

  {
    int year, month;
    g_autofree char *month_text = NULL;
    g_autofree char *unit = g_markup_escape_text (gt_return_plan_get_unit_name (item->plan), -1);
    g_autofree char *summary = describe_plan (item->plan);
    g_autofree char *file = g_markup_escape_text (base, -1);
    GPtrArray *changes = gt_return_plan_get_changes (item->plan);
    GPtrArray *flags = gt_return_plan_get_flags (item->plan);

    gt_return_plan_get_month (item->plan, &year, &month);
    month_text = gt_format_month (year, month);
    /* TRANSLATORS: a return's heading: the unit, the month (2026年11月) */
    title = g_strdup_printf (_("%s · %s"), unit, month_text);
    /* TRANSLATORS: under a return's heading: the file's name, its summary */
    description = g_strdup_printf (_("%s — %s"), file, summary);
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
    for (guint i = 0; i < flags->len; i++)
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 flag_row (g_ptr_array_index (flags, i)));
    for (guint i = 0; i < changes->len; i++)
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 change_row (g_ptr_array_index (changes, i)));
  }
  return group;
}

static void
show_items (GtReturnsDialog *self)
{
  GtkWidget *child;
  guint ready = gt_returns_dialog_get_n_ready (self);
  g_autofree char *subtitle = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups))) != NULL)
    gtk_box_remove (self->groups, child);
  for (guint i = 0; i < self->items->len; i++)
    gtk_box_append (self->groups, item_group (g_ptr_array_index (self->items, i)));

  gtk_stack_set_visible_child_name (self->stack, self->items->len > 0 ? "items" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "returns.apply", ready > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "returns.clear", self->items->len > 0);
  if (self->items->len > 0)
    /* TRANSLATORS: the dialog's subtitle: files that can be taken in, files listed */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u file to take in",
                                             "%u of %u files to take in", self->items->len),
                                ready, self->items->len);
  adw_window_title_set_subtitle (self->title, subtitle);
}

static void
plan_item (GtReturnsDialog *self,
           Item            *item)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&item->plan, gt_return_plan_free);
  g_clear_pointer (&item->error, g_free);
  item->plan = gt_return_plan_new (self->store, item->path, 0, 0, &error);
  if (item->plan == NULL)
    item->error = g_strdup (error->message);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     GtReturnsDialog *self)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          char *path = g_file_get_path (file);

          if (path != NULL)
            g_ptr_array_add (paths, path);
        }
      g_ptr_array_add (paths, NULL);
      gt_returns_dialog_add_paths (self, (const char *const *) paths->pdata);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose (GtReturnsDialog      *self,
        GtkFileChooserAction  action)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                         ? _("Folder of Returned Templates")
                                         : _("Returned Templates"),
                                         GTK_WINDOW (self), action, _("_Add"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      GtkFileFilter *filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _("Excel workbooks (*.xlsx)"));
      gtk_file_filter_add_suffix (filter, "xlsx");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      g_object_unref (filter);
      gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
add_files_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  choose (GT_RETURNS_DIALOG (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
add_folder_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  choose (GT_RETURNS_DIALOG (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gt_returns_dialog_apply (GT_RETURNS_DIALOG (widget));
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GtReturnsDialog *self = GT_RETURNS_DIALOG (widget);

  g_ptr_array_set_size (self->items, 0);
  show_items (self);
}

/* The local paths of a drop's GdkFileList, NULL-terminated; NULL for none. */
static GPtrArray *
dropped_paths (const GValue *value)
{
  GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  for (GSList *l = files; l != NULL; l = l->next)
    {
      char *path = g_file_get_path (l->data);

      if (path != NULL)
        g_ptr_array_add (paths, path);
    }
  g_slist_free (files);
  if (paths->len == 0)
    {
      g_ptr_array_unref (paths);
      return NULL;
    }
  g_ptr_array_add (paths, NULL);
  return paths;
}

static gboolean
drop_cb (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         GtReturnsDialog *self)
{
  g_autoptr(GPtrArray) paths = dropped_paths (value);

  if (paths == NULL)
    return FALSE;
  gt_returns_dialog_add_paths (self, (const char *const *) paths->pdata);
  return TRUE;
}

/* Dropped on another widget (the Monthly Reports page): into the dialog. */
static gboolean
widget_drop_cb (GtkDropTarget *target,
                const GValue  *value,
                double         x,
                double         y,
                GtStore       *store)
{
  g_autoptr(GPtrArray) paths = dropped_paths (value);
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  GtkRoot *root = gtk_widget_get_root (widget);

  if (paths == NULL)
    return FALSE;
  gt_returns_dialog_present (store, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                             (const char *const *) paths->pdata);
  return TRUE;
}

static GtkWidget *
header_bar (GtReturnsDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *files = gtk_button_new_with_mnemonic (_("Add _Files…"));
  GtkWidget *folder = gtk_button_new_with_mnemonic (_("Add F_older…"));

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Import Returns"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (files), "returns.add-files");
  gtk_widget_set_tooltip_text (files, _("Add the workbooks units sent back (Ctrl+O)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (folder), "returns.add-folder");
  gtk_widget_set_tooltip_text (folder, _("Add every workbook in a folder"));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), files);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), folder);
  return header;
}

static GtkWidget *
content (GtReturnsDialog *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *empty = adw_status_page_new ();

  self->groups = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  gtk_widget_set_margin_start (GTK_WIDGET (self->groups), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->groups), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->groups), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->groups), 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 800);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->groups));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "document-open-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Returns Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Add the report templates the units filled in and sent "
                                     "back, as files or a folder of them, or drop them here. "
                                     "What each would change is shown before anything is "
                                     "taken in."));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_stack_add_named (self->stack, scrolled, "items");
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  return GTK_WIDGET (self->stack);
}

static GtkWidget *
action_bar (GtReturnsDialog *self)
{
  GtkWidget *bar = gtk_action_bar_new ();
  GtkWidget *clear = gtk_button_new_with_mnemonic (_("C_lear"));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (clear), "returns.clear");
  gtk_widget_set_tooltip_text (clear, _("Take the listed files off the list"));
  gtk_action_bar_pack_start (GTK_ACTION_BAR (bar), clear);
  self->apply_button = gtk_button_new_with_mnemonic (_("_Take In"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->apply_button), "returns.apply");
  gtk_widget_set_tooltip_text (self->apply_button,
                               _("Take in every file that can be, each whole, as one step of "
                                 "undo"));
  gtk_widget_add_css_class (self->apply_button, "suggested-action");
  gtk_action_bar_pack_end (GTK_ACTION_BAR (bar), self->apply_button);
  return bar;
}

static void
gt_returns_dialog_dispose (GObject *object)
{
  GtReturnsDialog *self = GT_RETURNS_DIALOG (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gt_returns_dialog_parent_class)->dispose (object);
}

static void
gt_returns_dialog_class_init (GtReturnsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_returns_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "returns.add-files", NULL, add_files_action);
  gtk_widget_class_install_action (widget_class, "returns.add-folder", NULL, add_folder_action);
  gtk_widget_class_install_action (widget_class, "returns.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "returns.clear", NULL, clear_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "returns.add-files", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
gt_returns_dialog_init (GtReturnsDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  self->items = g_ptr_array_new_with_free_func (item_free);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_box_append (GTK_BOX (box), header_bar (self));
  gtk_box_append (GTK_BOX (box), content (self));
  gtk_box_append (GTK_BOX (box), action_bar (self));
  adw_toast_overlay_set_child (self->toasts, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
  gtk_window_set_title (GTK_WINDOW (self), _("Import Returns"));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 680);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "returns.apply", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "returns.clear", FALSE);
}

GtReturnsDialog *
gt_returns_dialog_new (GtStore   *store,
                       GtkWindow *parent)
{
  GtReturnsDialog *self;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  self = g_object_new (GT_TYPE_RETURNS_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  return self;
}

GtReturnsDialog *
gt_returns_dialog_present (GtStore           *store,
                           GtkWindow         *parent,
                           const char *const *paths)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtReturnsDialog *self = NULL;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  /* Asked again, the dialog already open comes forward with what it holds. */
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && self == NULL; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GT_IS_RETURNS_DIALOG (window) && GT_RETURNS_DIALOG (window)->store == store
          && gtk_window_get_transient_for (window) == parent)
        self = GT_RETURNS_DIALOG (window);
    }
  if (self == NULL)
    self = gt_returns_dialog_new (store, parent);
  gtk_window_present (GTK_WINDOW (self));
  if (paths != NULL && paths[0] != NULL)
    gt_returns_dialog_add_paths (self, paths);
  return self;
}

void
gt_returns_dialog_add_drop_target (GtkWidget *widget,
                                   GtStore   *store)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (GT_IS_STORE (store));

  g_signal_connect_data (target, "drop", G_CALLBACK (widget_drop_cb), g_object_ref (store),
                         (GClosureNotify) g_object_unref, 0);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (target));
}

void
gt_returns_dialog_add_paths (GtReturnsDialog   *self,
                             const char *const *paths)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (GT_IS_RETURNS_DIALOG (self));

  files = gt_returns_list_files (paths, &error);
  if (files == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      gboolean listed = FALSE;
      Item *item;

      for (guint k = 0; k < self->items->len && !listed; k++)
        listed = g_str_equal (((Item *) g_ptr_array_index (self->items, k))->path, path);
      if (listed)
        continue;
      item = g_new0 (Item, 1);
      item->path = g_strdup (path);
      plan_item (self, item);
      g_ptr_array_add (self->items, item);
    }
  if (files->len == 0)
    adw_toast_overlay_add_toast (self->toasts,
                                 adw_toast_new (_("No returned templates (.xlsx) were found")));
  show_items (self);
}

guint
gt_returns_dialog_get_n_files (GtReturnsDialog *self)
{
  g_return_val_if_fail (GT_IS_RETURNS_DIALOG (self), 0);
  return self->items->len;
}

guint
gt_returns_dialog_get_n_ready (GtReturnsDialog *self)
{
  guint n = 0;

  g_return_val_if_fail (GT_IS_RETURNS_DIALOG (self), 0);
  for (guint i = 0; i < self->items->len; i++)
    n += item_is_ready (g_ptr_array_index (self->items, i));
  return n;
}

guint
gt_returns_dialog_apply (GtReturnsDialog *self)
{
  g_autofree char *message = NULL;
  guint taken = 0, projects = 0, failed = 0;

  g_return_val_if_fail (GT_IS_RETURNS_DIALOG (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);
      g_autoptr(GError) error = NULL;
      guint n_changed = 0;

      if (!item_is_ready (item))
        continue;
      if (gt_return_plan_apply (item->plan, &n_changed, &error))
        {
          taken++;
          projects += n_changed;
        }
      else
        {
          failed++;
          adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
        }
    }
  for (guint i = 0; i < self->items->len; i++)
    plan_item (self, g_ptr_array_index (self->items, i));
  show_items (self);

  if (taken > 0 || failed == 0)
    {
      g_autofree char *files = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u return taken in",
                                                             "%u returns taken in", taken),
                                                taken);
      g_autofree char *changed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u project changed",
                                                               "%u projects changed", projects),
                                                  projects);

      /* TRANSLATORS: after Take In: returns taken in, projects changed */
      message = g_strdup_printf (_("%s, %s"), files, changed);
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
    }
  return taken;
}
