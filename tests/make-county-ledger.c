/* make-county-ledger: writes the made-up county ledger of gt-test-county.c as
 * the GB18030 CSV an office keeps, to try the outputs on by hand:
 *
 *   _build/tests/make-county-ledger DIR [PROJECTS [YEAR [MONTH]]]
 *
 * prints the file's path (DIR/台账.csv). Defaults: 247 projects of 2023, to March.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include "gt-test-county.h"
#include "gt-test-ledger.h"

int
main (int    argc,
      char **argv)
{
  guint projects = argc > 2 ? (guint) atoi (argv[2]) : 247;
  int year = argc > 3 ? atoi (argv[3]) : 2023;
  int month = argc > 4 ? atoi (argv[4]) : 3;
  g_auto(GStrv) rows = NULL;
  g_autofree char *path = NULL;
  GtTestCountyFacts facts;

  if (argc < 2 || projects == 0 || year < 1900 || year > 2100 || month < 1 || month > 12)
    {
      fprintf (stderr, "usage: %s DIR [PROJECTS [YEAR [MONTH]]]\n", argv[0]);
      return 2;
    }
  rows = gt_test_county_ledger_rows (projects, year, month, &facts);
  path = gt_test_write_csv (argv[1], "台账.csv", (const char *const *) rows, "GB18030", FALSE);
  printf ("%s\n", path);
  fprintf (stderr, "%u projects, %u with problems, %u started\n",
           facts.n_projects, facts.n_with_problems, facts.n_started);
  return 0;
}
