/* gt-demo-private.h: what the parts of the demo generator share.
 *
 * gt-demo.c makes the people, units, projects and milestones; gt-demo-progress.c
 * the monthly reports and the issues, read off each project's timeline. What
 * came later, each from a generator of its own so that the rows above stay as
 * they were: gt-demo-visits.c the leaders' visits and the issues assigned on
 * them, gt-demo-formalities.c the approvals, gt-demo-escalation.c the 督办
 * steps and the numbered documents.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-demo.h"
#include "gt-format.h"

G_BEGIN_DECLS

#define DAYS_PER_MONTH 30.44
#define N_MILESTONES   7
/* The longest history of reports a project gets when the size asks for more reports
 * than 12 a project. */
#define MAX_REPORT_MONTHS 72

/* The most of the size's issues that leaders' visits assign on the spot. */
#define MAX_SPOT_ISSUES 4

#define N_LEADERS    8
#define N_LOCALITIES 17
#define N_PARKS      2   /* the last localities */

enum {
  DEPT_DRC, DEPT_LAND, DEPT_HOUSING, DEPT_INDUSTRY, DEPT_TRANSPORT, DEPT_ENV, DEPT_WATER,
  DEPT_COMMERCE, DEPT_CULTURE, DEPT_EDUCATION, DEPT_HEALTH, DEPT_AGRI, DEPT_CITY,
  DEPT_APPROVAL, DEPT_FINANCE, DEPT_EMERGENCY,
  N_DEPARTMENTS
};

/* What the works look like: decides the milestones and the progress notes. */
typedef enum {
  WORKS_PLANT,      /* factory: buildings, then equipment */
  WORKS_ENERGY,     /* solar, wind, power plant */
  WORKS_BUILDING,   /* hospital, school, housing: floor by floor */
  WORKS_ROAD,
  WORKS_PIPE,       /* water, sewage, heating, gas networks */
  WORKS_FIELD,      /* farmland, rivers, parks */
  N_WORKS
} DemoWorks;

typedef struct {
  guint64 state;
} DemoRand;

/* What the reports and issues need to know of a project once it is stored. Days are
 * julian; the actual dates are predicted ones while the project has not got there. */
typedef struct {
  gint64    id;
  gint64    leader_id;
  gint64    locality_id;
  gint64    unit_id;
  GtStage   stage;
  DemoWorks works;
  const char *category;     /* the template's: 工业, 基础设施 … */
  gint64    total;
  int       planned_start;
  int       planned_end;
  int       actual_start;
  int       actual_end;
  double    pace;           /* spending against the even rate */
  double    optimism;       /* the year's plan against the even rate */
  int       floors;
  int       length_km;
  gboolean  lagging;
  guint     n_months;       /* months since the start, as far as reports may go */
  guint     n_reports;
} DemoProject;

typedef struct {
  GtStore      *store;
  DemoRand      rand;
  int           today;          /* julian day */
  int           year;
  int           today_month;    /* year * 12 + month - 1 */
  gint64        leader_ids[N_LEADERS];
  gint64        dept_ids[N_DEPARTMENTS];
  gint64        locality_ids[N_LOCALITIES];
  GHashTable   *names;          /* project names used so far */
  guint         spot_issues;    /* of the size's issues, those assigned on visits */
  GtIssueStatus spot_status[MAX_SPOT_ISSUES];   /* theirs: of the ones they replace */
  GArray       *projects;       /* DemoProject */
} Demo;

/* splitmix64: tiny, fast and the same everywhere, unlike rand(). */
static inline guint64
_gt_demo_rand_next (DemoRand *r)
{
  guint64 z = (r->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static inline guint
_gt_demo_rand_below (DemoRand *r,
                     guint     n)
{
  return n > 0 ? (guint) (_gt_demo_rand_next (r) % n) : 0;
}

/* Inclusive of both ends. */
static inline int
_gt_demo_rand_range (DemoRand *r,
                     int       lo,
                     int       hi)
{
  return lo + (int) _gt_demo_rand_below (r, (guint) (hi - lo + 1));
}

static inline double
_gt_demo_rand_between (DemoRand *r,
                       double    lo,
                       double    hi)
{
  double unit = (double) (_gt_demo_rand_next (r) >> 11) * (1.0 / 9007199254740992.0);

  return lo + (hi - lo) * unit;
}

#define PICK(r, array) ((array)[_gt_demo_rand_below ((r), G_N_ELEMENTS (array))])

static inline void
_gt_demo_set_julian (GDate *date,
                     int    julian)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, (guint32) MAX (julian, 1));
}

static inline int
_gt_demo_julian_of (int year,
                    int month,
                    int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return (int) g_date_get_julian (&date);
}

/* Months are counted as year * 12 + month - 1. */
static inline int
_gt_demo_month_start (int month_index)
{
  return _gt_demo_julian_of (month_index / 12, month_index % 12 + 1, 1);
}

/* Rounded to whole steps (万元, 十万元), never negative. */
static inline gint64
_gt_demo_round_to (double yuan,
                   gint64 step)
{
  if (yuan <= 0)
    return 0;
  return (gint64) (yuan / (double) step + 0.5) * step;
}

/* The plan of @year for @p (gt-demo.c). */
gint64    _gt_demo_plan_for_year (Demo              *demo,
                                  const DemoProject *p,
                                  int                year);
/* Monthly reports of every project, and the plans of the years they cover. */
gboolean  _gt_demo_add_reports   (Demo              *demo,
                                  guint              n_reports,
                                  GError           **error);
/* Draws @n_issues and writes all but the last demo->spot_issues, which the
 * visits assign on the spot instead, in the same statuses (spot_status). */
gboolean  _gt_demo_add_issues    (Demo              *demo,
                                  guint              n_issues,
                                  GError           **error);
/* Leaders' site visits of the last weeks (gt-demo-visits.c). */
gboolean  _gt_demo_add_visits    (Demo              *demo,
                                  GError           **error);
/* Every project's approvals, planned and given along its timeline
 * (gt-demo-formalities.c). */
gboolean  _gt_demo_add_formalities (Demo            *demo,
                                    GError         **error);
/* The 交办单 and 督办函 of the issues handed to units, and their 督办 steps
 * (gt-demo-escalation.c). */
gboolean  _gt_demo_add_escalation (Demo             *demo,
                                   GError          **error);

G_END_DECLS
