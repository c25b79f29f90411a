/* gt-portfolio.c: what one leader or unit answers for: their projects and open issues.
 *
 * Both lists are filters over the store's live lists, so an edit anywhere shows
 * here at once; the figures above them are summed from those same filters.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-issue-editor.h"
#include "gt-lazy-icons.h"
#include "gt-leader-visits.h"
#include "gt-portfolio.h"
#include "gt-preferences.h"
#include "gt-rag.h"
#include "gt-project-editor.h"

enum {
  STAT_PROJECTS,
  STAT_INVESTMENT,
  STAT_OPEN,
  STAT_OVERDUE,
  N_STATS
};

struct _GtPortfolio
{
  AdwBin              parent_instance;

  GtStore            *store;
  GObject            *item;       /* a GtLeader or GtUnit, or NULL */
  GDate               today;

  GtkCustomFilter    *project_filter;
  GtkCustomFilter    *issue_filter;
  GtkFilterListModel *project_model;
  GtkFilterListModel *issue_model;
  GHashTable         *bound_rows;  /* GtkListItems on screen, refreshed after edits */
  GHashTable         *statuses;    /* project id → GtRag, judged on each refresh */
  GtkWidget          *stat_values[N_STATS];
  GtkWidget          *stat_captions[N_STATS];
  GtLeaderVisits     *visits;      /* a leader's site visits, made on first use */
  AdwViewStackPage   *visits_page;

  /* template children */
  AdwAvatar          *avatar;
  GtkLabel           *name_label;
  GtkLabel           *detail_label;
  GtkFlowBox         *stats_box;
  AdwViewStackPage   *issues_page;
  AdwViewStack       *portfolio_stack;
  GtkStack           *projects_stack;
  GtkListView        *projects_list;
  GtkStack           *issues_stack;
  GtkListView        *issues_list;
};

G_DEFINE_FINAL_TYPE (GtPortfolio, gt_portfolio, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The leader an issue answers to: the one it was assigned to, and the project's. */
static gint64
issue_project_leader (GtPortfolio *self,
                      GtIssue     *issue)
{
  GtProject *project = gt_store_lookup_project (self->store, gt_issue_get_project_id (issue));

  return project != NULL ? gt_project_get_leader_id (project) : 0;
}

/* @parts (NULL-terminated) joined by @separator, leaving out the empty ones. */
static char *
join_nonempty (const char *separator,
               ...)
{
  GString *joined = g_string_new (NULL);
  const char *part;
  va_list args;

  va_start (args, separator);
  while ((part = va_arg (args, const char *)) != NULL)
    {
      if (*part == '\0')
        continue;
      if (joined->len > 0)
        g_string_append (joined, separator);
      g_string_append (joined, part);
    }
  va_end (args);

  return g_string_free (joined, FALSE);
}

/* A light as markup in the theme's success, warning or error colour (those of
 * libadwaita 1.2, light and dark), as the Projects list shows it. */
static char *
light_markup (GtRag rag)
{
  static const char *const light[] = { "#26a269", "#9c6e03", "#c01c28" };
  static const char *const dark[] = { "#8ff0a4", "#f8e45c", "#ff7b63" };
  gboolean is_dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  g_autofree char *word = g_markup_escape_text (gt_rag_get_label (rag), -1);

  g_return_val_if_fail ((guint) rag < G_N_ELEMENTS (light), g_strdup (""));
  return g_strdup_printf ("<span foreground=\"%s\">%s %s</span>",
                          (is_dark ? dark : light)[rag], gt_rag_get_mark (rag), word);
}

static gboolean
project_filter_func (gpointer item,
                     gpointer user_data)
{
  GtPortfolio *self = user_data;
  GtProject *project = item;

  if (GT_IS_LEADER (self->item))
    return gt_project_get_leader_id (project) == gt_leader_get_id (GT_LEADER (self->item));
  if (GT_IS_UNIT (self->item))
    {
      gint64 id = gt_unit_get_id (GT_UNIT (self->item));

      return gt_project_get_unit_id (project) == id || gt_project_get_locality_id (project) == id;
    }
  return FALSE;
}

static gboolean
issue_filter_func (gpointer item,
                   gpointer user_data)
{
  GtPortfolio *self = user_data;
  GtIssue *issue = item;

  if (!gt_issue_status_is_open (gt_issue_get_status (issue)))
    return FALSE;
  if (GT_IS_LEADER (self->item))
    {
      gint64 id = gt_leader_get_id (GT_LEADER (self->item));

      return gt_issue_get_leader_id (issue) == id || issue_project_leader (self, issue) == id;
    }
  if (GT_IS_UNIT (self->item))
    return gt_issue_get_unit_id (issue) == gt_unit_get_id (GT_UNIT (self->item));
  return FALSE;
}

static int
compare_projects (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  gint64 ta = gt_project_get_total_investment ((GtProject *) a);
  gint64 tb = gt_project_get_total_investment ((GtProject *) b);

  /* The largest investment first: that is what a leader is asked about. */
  return (ta < tb) - (ta > tb);
}

static int
compare_issues (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GtPortfolio *self = user_data;
  GtIssue *ia = (GtIssue *) a, *ib = (GtIssue *) b;
  gboolean oa = gt_issue_is_overdue (ia, &self->today);
  gboolean ob = gt_issue_is_overdue (ib, &self->today);
  const GDate *da = gt_issue_get_deadline (ia), *db = gt_issue_get_deadline (ib);

  /* Overdue first, then by deadline, issues without one last. */
  if (oa != ob)
    return ob - oa;
  if (da == NULL || db == NULL)
    return (da == NULL) - (db == NULL);
  return g_date_compare (da, db);
}

static GtkWidget *
caption_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  return label;
}

/* A portfolio row: [icon] title over subtitle [extra] [end label]. */
static void
portfolio_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  is_project)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *end = gtk_label_new (NULL);

  gtk_widget_add_css_class (icon, "error");
  gtk_box_append (GTK_BOX (row), icon);

  gtk_widget_set_hexpand (text, TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), caption_label ());
  gtk_box_append (GTK_BOX (row), text);

  if (GPOINTER_TO_INT (is_project))
    {
      /* Completion of the year's plan: a level bar over the percentage. */
      GtkWidget *progress = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *bar = gtk_level_bar_new ();
      GtkWidget *percent = caption_label ();

      gtk_widget_set_size_request (progress, 110, -1);
      gtk_widget_set_valign (progress, GTK_ALIGN_CENTER);
      gtk_level_bar_set_max_value (GTK_LEVEL_BAR (bar), 1.0);
      gtk_label_set_xalign (GTK_LABEL (percent), 1.0);
      gtk_widget_add_css_class (percent, "numeric");
      gtk_box_append (GTK_BOX (progress), bar);
      gtk_box_append (GTK_BOX (progress), percent);
      gtk_box_append (GTK_BOX (row), progress);

      gtk_label_set_width_chars (GTK_LABEL (end), 11);
      gtk_widget_add_css_class (end, "numeric");
    }
  else
    gtk_widget_add_css_class (end, "caption");

  gtk_label_set_xalign (GTK_LABEL (end), 1.0);
  gtk_widget_set_valign (end, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), end);
  gtk_list_item_set_child (list_item, row);
}

static void
project_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 GtPortfolio              *self)
{
  GtProject *project = gtk_list_item_get_item (list_item);
  GtkWidget *icon = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  GtkWidget *text = gtk_widget_get_next_sibling (icon);
  GtkWidget *progress = gtk_widget_get_next_sibling (text);
  GtkWidget *end = gtk_widget_get_next_sibling (progress);
  GtkWidget *bar = gtk_widget_get_first_child (progress);
  double ratio = gt_project_get_completion_ratio (project);
  GtUnit *locality = gt_store_lookup_unit (self->store, gt_project_get_locality_id (project));
  g_autofree char *subtitle = NULL;
  g_autofree char *percent = gt_format_percent (ratio);
  g_autofree char *money = gt_format_money (gt_project_get_total_investment (project));
  g_autofree char *status = NULL;
  gint64 id = gt_project_get_id (project);
  gpointer rag;

  g_autofree char *place = g_markup_escape_text (locality != NULL ? gt_unit_get_name (locality)
                                                                  : "", -1);

  /* The same light as on the Projects page and the wall chart, with its mark,
   * in its colour (the mark and word carry it without colour too). */
  if (self->statuses != NULL && g_hash_table_lookup_extended (self->statuses, &id, NULL, &rag))
    status = light_markup (GPOINTER_TO_INT (rag));

  subtitle = join_nonempty (" · ", status != NULL ? status : "",
                            gt_stage_get_label (gt_project_get_stage (project)),
                            gt_level_get_label (gt_project_get_level (project)), place, NULL);
  gtk_widget_set_visible (icon, FALSE);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (text)),
                       gt_project_get_name (project));
  gtk_label_set_markup (GTK_LABEL (gtk_widget_get_last_child (text)), subtitle);
  gtk_widget_set_visible (bar, ratio >= 0);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), CLAMP (ratio, 0.0, 1.0));
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (progress)), percent);
  gtk_label_set_label (GTK_LABEL (end), money);
}

static void
issue_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               GtPortfolio              *self)
{
  GtIssue *issue = gtk_list_item_get_item (list_item);
  GtkWidget *icon = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  GtkWidget *text = gtk_widget_get_next_sibling (icon);
  GtkWidget *end = gtk_widget_get_next_sibling (text);
  GtProject *project = gt_store_lookup_project (self->store, gt_issue_get_project_id (issue));
  gboolean overdue = gt_issue_is_overdue (issue, &self->today);
  g_autofree char *deadline = gt_format_date (gt_issue_get_deadline (issue));
  g_autofree char *due = NULL;
  g_autofree char *subtitle = NULL;

  if (*deadline != '\0')
    due = g_strdup_printf (_("due %s"), deadline);
  subtitle = join_nonempty (" · ", project != NULL ? gt_project_get_name (project) : "",
                            gt_issue_category_get_label (gt_issue_get_category (issue)),
                            due != NULL ? due : "", NULL);

  gtk_widget_set_visible (icon, overdue);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Overdue"),
                                  -1);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (text)),
                       gt_issue_get_description (issue));
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (text)), subtitle);
  gtk_label_set_label (GTK_LABEL (end),
                       overdue ? _("Overdue")
                               : gt_issue_status_get_label (gt_issue_get_status (issue)));
  if (overdue)
    {
      gtk_widget_add_css_class (end, "error");
      gtk_widget_remove_css_class (end, "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (end, "error");
      gtk_widget_add_css_class (end, "dim-label");
    }
}

static void
portfolio_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   GtPortfolio              *self)
{
  if (GT_IS_PROJECT (gtk_list_item_get_item (list_item)))
    project_bind_cb (factory, list_item, self);
  else
    issue_bind_cb (factory, list_item, self);
  g_hash_table_add (self->bound_rows, list_item);
}

static void
portfolio_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     GtPortfolio              *self)
{
  g_hash_table_remove (self->bound_rows, list_item);
}

static GtkListItemFactory *
portfolio_factory_new (GtPortfolio *self,
                       gboolean     is_project)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (portfolio_setup_cb),
                    GINT_TO_POINTER (is_project));
  g_signal_connect (factory, "bind", G_CALLBACK (portfolio_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (portfolio_unbind_cb), self);
  return factory;
}

/* Four cards in pairs: one row of four when there is room, else two of two. */
static void
build_stats (GtPortfolio *self)
{
  GtkWidget *pair = NULL;

  for (guint i = 0; i < N_STATS; i++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      if (i % 2 == 0)
        {
          pair = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
          gtk_box_set_homogeneous (GTK_BOX (pair), TRUE);
          /* Figures to read, not items to pick: the flow box only wraps them. */
          gtk_flow_box_append (self->stats_box, pair);
          gtk_widget_set_focusable (gtk_widget_get_parent (pair), FALSE);
        }

      gtk_widget_add_css_class (card, "card");
      self->stat_values[i] = gtk_label_new (NULL);
      gtk_widget_set_margin_top (self->stat_values[i], 10);
      gtk_widget_add_css_class (self->stat_values[i], "title-3");
      gtk_widget_add_css_class (self->stat_values[i], "numeric");
      self->stat_captions[i] = gtk_label_new (NULL);
      gtk_widget_set_margin_bottom (self->stat_captions[i], 10);
      gtk_widget_add_css_class (self->stat_captions[i], "caption");
      gtk_widget_add_css_class (self->stat_captions[i], "dim-label");
      gtk_box_append (GTK_BOX (card), self->stat_values[i]);
      gtk_box_append (GTK_BOX (card), self->stat_captions[i]);
      gtk_box_append (GTK_BOX (pair), card);
    }
}

static void
set_stat (GtPortfolio   *self,
          guint          i,
          const char    *value,
          const char    *caption)
{
  g_autofree char *accessible = g_strdup_printf ("%s: %s", caption, value);

  gtk_label_set_label (GTK_LABEL (self->stat_values[i]), value);
  gtk_label_set_label (GTK_LABEL (self->stat_captions[i]), caption);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (self->stat_values[i])),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
update (GtPortfolio *self)
{
  GListModel *projects = G_LIST_MODEL (self->project_model);
  GListModel *issues = G_LIST_MODEL (self->issue_model);
  guint n_projects = g_list_model_get_n_items (projects);
  guint n_issues = g_list_model_get_n_items (issues);
  guint n_overdue = 0;
  gint64 investment = 0;
  g_autofree char *projects_text = NULL, *money = NULL, *open = NULL, *overdue = NULL;

  for (guint i = 0; i < n_projects; i++)
    {
      g_autoptr(GtProject) project = g_list_model_get_item (projects, i);

      investment += gt_project_get_total_investment (project);
    }
  for (guint i = 0; i < n_issues; i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);

      n_overdue += gt_issue_is_overdue (issue, &self->today);
    }

  projects_text = g_strdup_printf ("%u", n_projects);
  money = gt_format_money (investment);
  open = g_strdup_printf ("%u", n_issues);
  overdue = g_strdup_printf ("%u", n_overdue);
  set_stat (self, STAT_PROJECTS, projects_text, _("Projects"));
  set_stat (self, STAT_INVESTMENT, money, _("Total investment"));
  set_stat (self, STAT_OPEN, open, _("Open issues"));
  set_stat (self, STAT_OVERDUE, overdue, _("Overdue issues"));
  if (n_overdue > 0)
    gtk_widget_add_css_class (self->stat_values[STAT_OVERDUE], "error");
  else
    gtk_widget_remove_css_class (self->stat_values[STAT_OVERDUE], "error");

  adw_view_stack_page_set_badge_number (self->issues_page, n_issues);
  adw_view_stack_page_set_needs_attention (self->issues_page, n_overdue > 0);
  gtk_stack_set_visible_child_name (self->projects_stack, n_projects > 0 ? "list" : "empty");
  gtk_stack_set_visible_child_name (self->issues_stack, n_issues > 0 ? "list" : "empty");
}

static void
update_header (GtPortfolio *self)
{
  g_autofree char *detail = NULL;
  const char *name;

  if (GT_IS_LEADER (self->item))
    {
      GtLeader *leader = GT_LEADER (self->item);

      name = gt_leader_get_name (leader);
      detail = join_nonempty ("  ", gt_leader_get_title (leader), gt_leader_get_phone (leader),
                              NULL);
      adw_avatar_set_icon_name (self->avatar, NULL);
      adw_avatar_set_show_initials (self->avatar, TRUE);
    }
  else if (GT_IS_UNIT (self->item))
    {
      GtUnit *unit = GT_UNIT (self->item);
      GtUnitKind kind = gt_unit_get_kind (unit);

      name = gt_unit_get_name (unit);
      detail = join_nonempty ("  ", gt_unit_kind_get_label (kind), gt_unit_get_contact (unit),
                              gt_unit_get_phone (unit), NULL);
      adw_avatar_set_icon_name (self->avatar, gt_portfolio_get_unit_icon (kind));
      adw_avatar_set_show_initials (self->avatar, FALSE);
    }
  else
    return;

  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_label (self->name_label, name);
  /* An empty label still reads, as "GtkLabel". */
  gtk_widget_set_visible (GTK_WIDGET (self->name_label), *name != '\0');
  gtk_label_set_label (self->detail_label, detail);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), *detail != '\0');
}

static void
ensure_models (GtPortfolio *self)
{
  g_autoptr(GtkListItemFactory) project_factory = NULL;
  g_autoptr(GtkListItemFactory) issue_factory = NULL;
  GtkSortListModel *sorted;

  if (self->project_model != NULL)
    return;

  self->project_filter = gtk_custom_filter_new (project_filter_func, self, NULL);
  self->project_model =
    gtk_filter_list_model_new (g_object_ref (gt_store_get_projects (self->store)),
                               g_object_ref (GTK_FILTER (self->project_filter)));
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->project_model)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_projects,
                                                                       NULL, NULL)));
  gtk_list_view_set_model (self->projects_list,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (sorted))));
  project_factory = portfolio_factory_new (self, TRUE);
  gtk_list_view_set_factory (self->projects_list, project_factory);

  /* The issues are only loaded by the store once someone first looks at them. */
  self->issue_filter = gtk_custom_filter_new (issue_filter_func, self, NULL);
  self->issue_model =
    gtk_filter_list_model_new (g_object_ref (gt_store_get_issues (self->store)),
                               g_object_ref (GTK_FILTER (self->issue_filter)));
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->issue_model)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_issues,
                                                                       self, NULL)));
  gtk_list_view_set_model (self->issues_list,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (sorted))));
  issue_factory = portfolio_factory_new (self, FALSE);
  gtk_list_view_set_factory (self->issues_list, issue_factory);

  g_signal_connect_object (self->project_model, "items-changed",
                           G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->issue_model, "items-changed",
                           G_CALLBACK (update), self, G_CONNECT_SWAPPED);
}

static GtkWindow *
parent_window (GtPortfolio *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
project_activate_cb (GtPortfolio *self,
                     guint        position)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (self->projects_list));
  g_autoptr(GtProject) project = g_list_model_get_item (model, position);

  if (project != NULL)
    gtk_window_present (GTK_WINDOW (gt_project_editor_new (parent_window (self), self->store,
                                                           project)));
}

static void
issue_activate_cb (GtPortfolio *self,
                   guint        position)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (self->issues_list));
  g_autoptr(GtIssue) issue = g_list_model_get_item (model, position);

  if (issue != NULL)
    gtk_window_present (GTK_WINDOW (gt_issue_editor_new (parent_window (self), self->store,
                                                         issue)));
}

static void
gt_portfolio_dispose (GObject *object)
{
  GtPortfolio *self = GT_PORTFOLIO (object);

  /* Whoever still holds the models must not reach the filters through the
   * store's later changes. */
  if (self->project_model != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->project_model, self);
      g_signal_handlers_disconnect_by_data (self->issue_model, self);
      gtk_filter_list_model_set_model (self->project_model, NULL);
      gtk_filter_list_model_set_model (self->issue_model, NULL);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), GT_TYPE_PORTFOLIO);
  g_clear_object (&self->project_filter);
  g_clear_object (&self->issue_filter);
  g_clear_object (&self->project_model);
  g_clear_object (&self->issue_model);
  g_clear_object (&self->item);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (gt_portfolio_parent_class)->dispose (object);
}

static void
gt_portfolio_finalize (GObject *object)
{
  GtPortfolio *self = GT_PORTFOLIO (object);

  g_clear_pointer (&self->bound_rows, g_hash_table_unref);
  g_clear_pointer (&self->statuses, g_hash_table_unref);

  G_OBJECT_CLASS (gt_portfolio_parent_class)->finalize (object);
}

static void
gt_portfolio_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  GtPortfolio *self = GT_PORTFOLIO (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_portfolio_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  GtPortfolio *self = GT_PORTFOLIO (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_ITEM:
      gt_portfolio_set_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_portfolio_class_init (GtPortfolioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_portfolio_dispose;
  object_class->finalize = gt_portfolio_finalize;
  object_class->get_property = gt_portfolio_get_property;
  object_class->set_property = gt_portfolio_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         GT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/guatu/Guatu/gt-portfolio.ui");
  gtk_widget_class_bind_template_child (widget_class, GtPortfolio, avatar);
  gtk_widget_class_bind_template_child (widget_class, GtPortfolio, name_label);
  gtk_widget_class_bind_template_child (widget_class, GtPortfolio, detail_label);
  gtk_widget_class_bind_template_child (widget_class, GtPortfolio, stats_box);
  gtk_widget_class_bind_template_child (widget_class, GtPortfolio, issues_page);
  gtk_widget_class_bind_template_child (widget_class, GtPortfolio, portfolio_stack);
  gtk_widget_class_bind_template_child (widget_class, GtPortfolio, projects_stack);
  gtk_widget_class_bind_template_child (widget_class, GtPortfolio, projects_list);
  gtk_widget_class_bind_template_child (widget_class, GtPortfolio, issues_stack);
  gtk_widget_class_bind_template_child (widget_class, GtPortfolio, issues_list);
  gtk_widget_class_bind_template_callback (widget_class, project_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, issue_activate_cb);
}

static void
gt_portfolio_init (GtPortfolio *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gt_lazy_icons_defer (GTK_WIDGET (self));

  self->bound_rows = g_hash_table_new (NULL, NULL);
  g_date_clear (&self->today, 1);
  g_date_set_time_t (&self->today, time (NULL));
  build_stats (self);
}

/* A leader's page has their site visits (gt-leader-visits.c); a unit's none. */
static void
show_visits (GtPortfolio *self)
{
  if (self->visits == NULL && GT_IS_LEADER (self->item))
    {
      self->visits = GT_LEADER_VISITS (gt_leader_visits_new (self->store));
      self->visits_page = adw_view_stack_add_titled (self->portfolio_stack,
                                                     GTK_WIDGET (self->visits), "visits",
                                                     _("Site Visits"));
      adw_view_stack_page_set_icon_name (self->visits_page, "find-location-symbolic");
    }
  if (self->visits == NULL)
    return;
  gt_leader_visits_set_leader (self->visits,
                               GT_IS_LEADER (self->item) ? GT_LEADER (self->item) : NULL);
  adw_view_stack_page_set_visible (self->visits_page, GT_IS_LEADER (self->item));
}

GtkWidget *
gt_portfolio_new (GtStore *store)
{
  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  return g_object_new (GT_TYPE_PORTFOLIO, "store", store, NULL);
}

GObject *
gt_portfolio_get_item (GtPortfolio *self)
{
  g_return_val_if_fail (GT_IS_PORTFOLIO (self), NULL);

  return self->item;
}

void
gt_portfolio_set_item (GtPortfolio *self,
                       GObject     *item)
{
  g_return_if_fail (GT_IS_PORTFOLIO (self));
  g_return_if_fail (item == NULL || GT_IS_LEADER (item) || GT_IS_UNIT (item));

  if (!g_set_object (&self->item, item))
    return;

  show_visits (self);
  gt_portfolio_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

void
gt_portfolio_refresh (GtPortfolio *self)
{
  GHashTableIter iter;
  gpointer list_item;

  g_return_if_fail (GT_IS_PORTFOLIO (self));

  if (self->item == NULL)
    return;

  ensure_models (self);
  g_date_set_time_t (&self->today, time (NULL));
  g_clear_pointer (&self->statuses, g_hash_table_unref);
  self->statuses = gt_preferences_judge_projects (self->store, NULL);
  update_header (self);
  gtk_filter_changed (GTK_FILTER (self->project_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->issue_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update (self);

  /* Rows that stayed keep their widgets: they show what the edit changed. */
  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    portfolio_bind_cb (NULL, list_item, self);
}

const char *
gt_portfolio_get_unit_icon (GtUnitKind kind)
{
  switch (kind)
    {
    case GT_UNIT_KIND_TOWNSHIP:
    case GT_UNIT_KIND_PARK:
      return "mark-location-symbolic";
    case GT_UNIT_KIND_DEPARTMENT:
      return "network-workgroup-symbolic";
    case GT_UNIT_KIND_COMPANY:
    case GT_N_UNIT_KINDS:
    default:
      return "applications-engineering-symbolic";
    }
}
