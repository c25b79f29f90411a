/* gt-wrap-box.c: a toolbar whose controls wrap onto a second line when the
 * window is too narrow for one.
 *
 * A GtkBox asks for the sum of its children's widths, so one toolbar of a
 * page held the whole window at 900 pixels. Here the box asks only for its
 * widest control and lays the others out in lines (GtkFlowBox would wrap
 * each in a focusable child and line them up in columns). A line takes the
 * controls that fit, and shares its room among them as a box does: towards
 * their natural widths first, then to those that expand.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gt-wrap-box.h"

struct _GtWrapBox
{
  GtkWidget  parent_instance;

  int        spacing;
  int        line_spacing;
  guint      n_lines;
};

static void gt_wrap_box_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GtWrapBox, gt_wrap_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      gt_wrap_box_buildable_init))

enum {
  PROP_0,
  PROP_SPACING,
  PROP_LINE_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

/* The room a child needs on a line of @width: a control that expands (a
 * search entry) shrinks to its minimum before anything wraps; the others (a
 * drop-down whose choice would be cut to "All Sta…") wrap at their natural
 * width instead. */
static int
child_line_width (GtkWidget *child,
                  int        width)
{
  int min, nat;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  if (gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL))
    nat = min;
  return MIN (nat, width);
}

/* Calls @line for each line of the children laid out in @width: the first
 * child of the line and the one after its last. A line takes children while
 * they fit (child_line_width()); its room then goes to them as in a GtkBox
 * (share_line()). Returns the number of lines. */
typedef void (*LineFunc) (GtWrapBox *self,
                          GtkWidget *first,
                          GtkWidget *end,
                          gpointer   data);

static guint
for_each_line (GtWrapBox *self,
               int        width,
               LineFunc   line,
               gpointer   data)
{
  GtkWidget *first = NULL;
  int used = 0;
  guint n_lines = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int w;

      if (!gtk_widget_should_layout (child))
        continue;
      w = child_line_width (child, width);
      if (first != NULL && used + self->spacing + w > width)
        {
          line (self, first, child, data);
          n_lines++;
          first = NULL;
        }
      if (first == NULL)
        {
          first = child;
          used = w;
        }
      else
        {
          used += self->spacing + w;
        }
    }
  if (first != NULL)
    {
      line (self, first, NULL, data);
      n_lines++;
    }

  return n_lines;
}

/* The widths of the children from @first to @end on a line of @width, in
 * @sizes (as many as there are children laid out), as a GtkBox shares it:
 * each its minimum, then towards its natural width, then what is left to
 * those that expand. Returns how many children there are. */
static guint
share_line (GtWrapBox        *self,
            GtkWidget        *first,
            GtkWidget        *end,
            int               width,
            GtkRequestedSize *sizes)
{
  guint n = 0, n_expand = 0;
  int extra = width;

  for (GtkWidget *child = first; child != end; child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &sizes[n].minimum_size,
                          &sizes[n].natural_size, NULL, NULL);
      sizes[n].minimum_size = MIN (sizes[n].minimum_size, width);
      sizes[n].natural_size = MAX (sizes[n].natural_size, sizes[n].minimum_size);
      sizes[n].data = child;
      extra -= sizes[n].minimum_size + (n > 0 ? self->spacing : 0);
      if (gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL))
        n_expand++;
      n++;
    }

  extra = gtk_distribute_natural_allocation (MAX (0, extra), n, sizes);
  for (guint i = 0; i < n && n_expand > 0; i++)
    if (gtk_widget_compute_expand (sizes[i].data, GTK_ORIENTATION_HORIZONTAL))
      {
        int share = extra / n_expand;

        sizes[i].minimum_size += share;
        extra -= share;
        n_expand--;
      }

  return n;
}

static guint
count_children (GtWrapBox *self)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return MAX (n, 1);
}

static int
line_height (const GtkRequestedSize *sizes,
             guint                   n)
{
  int height = 0;

  for (guint i = 0; i < n; i++)
    {
      int min, nat;

      gtk_widget_measure (sizes[i].data, GTK_ORIENTATION_VERTICAL, sizes[i].minimum_size,
                          &min, &nat, NULL, NULL);
      height = MAX (height, nat);
    }

  return height;
}

typedef struct {
  int               width;
  int               height;   /* measuring: the lines' so far; allocating: the next y */
  GtkRequestedSize *sizes;
  gboolean          allocate;
} Lines;

static void
lay_out_line (GtWrapBox *self,
              GtkWidget *first,
              GtkWidget *end,
              gpointer   data)
{
  Lines *lines = data;
  guint n = share_line (self, first, end, lines->width, lines->sizes);
  int height = line_height (lines->sizes, n);
  int x = 0;

  if (!lines->allocate)
    {
      lines->height += height + (lines->height > 0 ? self->line_spacing : 0);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      gtk_widget_size_allocate (lines->sizes[i].data,
                                &(GtkAllocation) { x, lines->height,
                                                   lines->sizes[i].minimum_size, height },
                                -1);
      x += lines->sizes[i].minimum_size + self->spacing;
    }
  lines->height += height + self->line_spacing;
}

static GtkSizeRequestMode
gt_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
gt_wrap_box_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  GtWrapBox *self = GT_WRAP_BOX (widget);

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gboolean any = FALSE;

      /* As narrow as the widest control; as wide as all of them on one line. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int min, nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &min, &nat, NULL, NULL);
          *minimum = MAX (*minimum, min);
          *natural += nat + (any ? self->spacing : 0);
          any = TRUE;
        }
    }
  else
    {
      Lines lines = { for_size < 0 ? G_MAXINT / 2 : for_size, 0,
                      g_newa (GtkRequestedSize, count_children (self)), FALSE };

      for_each_line (self, lines.width, lay_out_line, &lines);
      *minimum = *natural = lines.height;
    }
}

static void
gt_wrap_box_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  GtWrapBox *self = GT_WRAP_BOX (widget);
  Lines lines = { width, 0, g_newa (GtkRequestedSize, count_children (self)), TRUE };

  self->n_lines = for_each_line (self, width, lay_out_line, &lines);
}

static void
gt_wrap_box_buildable_add_child (GtkBuildable *buildable,
                                 GtkBuilder   *builder,
                                 GObject      *child,
                                 const char   *type)
{
  if (GTK_IS_WIDGET (child) && type == NULL)
    gt_wrap_box_append (GT_WRAP_BOX (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
gt_wrap_box_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = gt_wrap_box_buildable_add_child;
}

static void
gt_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (gt_wrap_box_parent_class)->dispose (object);
}

static void
gt_wrap_box_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GtWrapBox *self = GT_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    case PROP_LINE_SPACING:
      g_value_set_int (value, self->line_spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gt_wrap_box_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  GtWrapBox *self = GT_WRAP_BOX (object);
  int *field;

  switch (prop_id)
    {
    case PROP_SPACING:
      field = &self->spacing;
      break;
    case PROP_LINE_SPACING:
      field = &self->line_spacing;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (*field != g_value_get_int (value))
    {
      *field = g_value_get_int (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      g_object_notify_by_pspec (object, pspec);
    }
}

static void
gt_wrap_box_class_init (GtWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_wrap_box_dispose;
  object_class->get_property = gt_wrap_box_get_property;
  object_class->set_property = gt_wrap_box_set_property;
  widget_class->get_request_mode = gt_wrap_box_get_request_mode;
  widget_class->measure = gt_wrap_box_measure;
  widget_class->size_allocate = gt_wrap_box_size_allocate;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 6,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINE_SPACING] =
    g_param_spec_int ("line-spacing", NULL, NULL, 0, G_MAXINT, 6,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "box");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
gt_wrap_box_init (GtWrapBox *self)
{
  self->spacing = 6;
  self->line_spacing = 6;
  self->n_lines = 1;
}

GtkWidget *
gt_wrap_box_new (void)
{
  return g_object_new (GT_TYPE_WRAP_BOX, NULL);
}

void
gt_wrap_box_append (GtWrapBox *self,
                    GtkWidget *child)
{
  g_return_if_fail (GT_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);

  gtk_widget_set_parent (child, GTK_WIDGET (self));
}

guint
gt_wrap_box_get_n_lines (GtWrapBox *self)
{
  g_return_val_if_fail (GT_IS_WRAP_BOX (self), 0);

  return self->n_lines;
}
