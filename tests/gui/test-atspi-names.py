#!/usr/bin/python3
# test-atspi-names.py: every element a screen reader reaches is named, and once.
#
# Starts Guatu on a demo register in Chinese and, over AT-SPI only, visits every
# page (the view switcher's tabs, Alt+1…6) and opens every dialog: the project
# editor (new and existing), the milestone editor, the issue editor (new and
# existing), the leader and unit editors, preferences, the shortcuts window,
# the about window, the export choices, the weekly 督查专报's week, the main
# menu, a drop-down's list, the
# filing status (报送情况) and the import preview of a ledger (opened on a file the test names in
# GUATU_TEST_IMPORT_FILE, as GTK's file chooser would hand it over).
# In each, every visible node that takes focus or offers an action must have a
# name that is not empty, not a GTK class name ("GtkImage", "GtkMenuButton",
# "GtkFlowBoxChild"), not said twice ("保存 保存") and without a mnemonic's
# underscore ("新建项目(_N)"); every item of a drop-down's list offers an action.
# GTK 4.8 sets no SHOWING state here (docs: PLATFORM.md), so VISIBLE is the
# test, pruned at hidden parents. A date button, and the issue editor's project
# picker, is one element, its name read once: no container around its button
# bears the name again. Exit 77 (skip)
# only when no accessibility bus can be reached.
#
# Copyright 2026 The Guatu authors
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import sys
import time

LEDGER = [
    "项目名称,总投资（万元）,年度计划投资（万元）,包联领导,责任单位,所属乡镇,计划开工",
    "读屏导入项目甲,1200,300,王读屏,县读屏局,读屏新区,2026-3-1",
    "读屏导入项目乙,800,2O0,王读屏,县读屏局,城关镇,2026-4-1",
]
DATE_ROWS = ["计划开工", "计划竣工", "实际开工", "实际竣工"]
MILESTONE_DATES = ["计划开始", "计划结束", "实际开始", "实际结束"]

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from guatu_atspi import (Guatu, element_actions, find, find_all, is_visible, name_faults,  # noqa
                         press, pyatspi, wait_for)

PAGES = ["概览", "项目", "月报", "挂图作战", "领导", "问题"]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)
    return condition


def check_names(where, root):
    # GTK's own file chooser (the export's) is GTK's to name.
    faults = [f for f in name_faults(root) if "GtkFileChooserWidget" not in f[3]]
    for role, name, fault, path in faults[:25]:
        print("  %s: %s %r is %s  (%s)" % (where, role, name, fault, path))
    check(not faults, "%s: %d elements badly named" % (where, len(faults)))
    return len(faults)


def focusable(node):
    return node.getState().contains(pyatspi.STATE_FOCUSABLE)


def button(root, name):
    return find(root, role="push button", name=name, pred=focusable)


def close(g, frame, name="取消"):
    """Closes FRAME by its button NAME, else by its close button."""
    target = button(frame, name) or button(frame, "关闭")
    if not check(target is not None, "%s has a %s button" % (frame.name, name)):
        return
    press(target)
    if not wait_for(lambda: frame not in g.frames() or not is_visible(frame), timeout=5):
        run_action(frame, "window.close")
        wait_for(lambda: frame not in g.frames() or not is_visible(frame), timeout=5)


def open_dialog(g, opener, what):
    """Presses OPENER and returns the window it opens."""
    if not check(opener is not None, "a control opens the %s" % what):
        print("  windows:", [(f.name, is_visible(f)) for f in g.frames()])
        return None
    before = g.shown()
    press(opener)
    frame = g.new_frame(before)
    check(frame is not None, "the %s opens" % what)
    if frame is not None:
        time.sleep(1.0)
    return frame


def menu_item(g, label):
    """Opens the main menu and returns its item whose name starts with LABEL.

    The menu is looked for beside its button (GtkMenuButton holds the button and,
    while open, the menu), not in the whole window: on a loaded machine a walk of
    the window takes longer than the menu takes to open, and pressing the button
    again then closes it (CI, stop 23). The button is pressed only while no menu
    is shown."""
    menu_button = button(g.window, "主菜单")
    if not check(menu_button is not None, "a main menu button named 主菜单"):
        return None
    holder = menu_button.parent

    def shown_menu():
        return next((c for c in holder if c is not None and c.getRoleName() == "menu"
                     and is_visible(c)), None)

    def wanted(node):
        name = node.name or ""
        return (node.getRoleName() == "menu item" and name.startswith(label)
                and not name.startswith("导出推进会"))

    for attempt in range(3):
        menu = shown_menu()
        if menu is None:
            press(menu_button)
            menu = wait_for(shown_menu, timeout=30)
        if menu is not None:
            item = wait_for(lambda: find(menu, pred=wanted), timeout=15)
            if item is not None:
                return item
    return None


def run_action(node, name):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) == name:
            return action.doAction(i)
    return False


def first_row(g, list_name):
    lst = find(g.window, pred=lambda n: n.getRoleName() == "list" and n.name == list_name)
    if lst is None:
        return None
    return next((c for c in lst if c is not None and c.getRoleName() in ("table row", "list item")
                 and "row.activate" in (element_actions(c) or []) + _all_actions(c)), None)


def _all_actions(node):
    from guatu_atspi import action_names
    return action_names(node)


def check_dropdown_items(g, root, where):
    """Opens the first drop-down of ROOT: its items must each offer an action."""
    combo = find(root, role="combo box")
    if not check(combo is not None, "%s has a drop-down" % where):
        return
    # A GtkDropDown opens by its button; an AdwComboRow by its row.activate.
    toggle = next((c for c in combo if c is not None and c.getRoleName() == "push button"), None)
    if toggle is not None:
        press(toggle)
    elif not check(run_action(combo, "row.activate") is not False,
                   "the combo row %r offers row.activate" % combo.name):
        return
    time.sleep(1.0)
    items = wait_for(lambda: [n for n in find_all(combo, role="list item")
                              if "row.activate" in _all_actions(n)], timeout=5)
    check(items, "the items of the drop-down %r offer an action" % combo.name)
    popup_lists = find_all(combo, role="list")
    for lst in popup_lists:
        for item in lst:
            if item is None or not is_visible(item):
                continue
            check(_all_actions(item), "drop-down item %r offers an action" % item.name)
    check_names("the drop-down %r open" % combo.name, combo)
    if items:
        run_action(items[0], "row.activate")
        time.sleep(0.5)


def check_named_once(frame, names, where):
    """Each of NAMES is borne by one element of FRAME, a focusable button, besides
    the row whose title it is: no container around the button reads it again."""
    for name in names:
        bearers = find_all(frame, name=name, pred=lambda n: n.getRoleName() not in
                           ("list item", "label"))
        roles = [b.getRoleName() for b in bearers]
        check(len(bearers) == 1 and focusable(bearers[0]) and "click" in
              element_actions(bearers[0]),
              "%s: %s is read once, by a focusable button (read by %s)" % (where, name, roles))


def check_import_dialog(g, ledger_path):
    """The import preview of LEDGER_PATH: every control named once."""
    item = menu_item(g, "导入台账")
    frame = open_dialog(g, item, "import preview")
    if frame is None:
        return
    # Read and planned in a worker: done when the file's rows are listed.
    ready = wait_for(lambda: find(frame, pred=lambda n: (n.name or "").startswith(
        "读屏导入项目甲")), timeout=60)
    check(ready is not None, "the import preview lists the ledger's rows")
    check(frame.name == "导入台账", "the import preview is titled 导入台账 (%r)" % frame.name)
    time.sleep(1.0)
    check_names("import preview", frame)
    # Each column's field is a drop-down named by the column's heading.
    for heading in ("项目名称", "总投资（万元）", "包联领导"):
        check(find(frame, pred=lambda n: n.getRoleName() in ("combo box", "list item")
                   and (n.name or "").startswith(heading)) is not None,
              "the import preview has a control for the column %s" % heading)
    check(button(frame, "导入") is not None, "the import preview has a button named 导入")
    close(g, frame)


def main():
    g = Guatu()
    ledger_path = os.path.join(g.tmp, "ledger.csv")
    with open(ledger_path, "w", encoding="utf-8") as ledger:
        ledger.write("\n".join(LEDGER) + "\n")
    g.env["GUATU_TEST_IMPORT_FILE"] = ledger_path
    status = g.start()
    if status is not None:
        return status
    try:
        # The pages.
        # Pages once shown stay VISIBLE on the bus (a stack's children are),
        # so one walk after showing them all covers every page.
        for page in PAGES:
            check(g.show_page(page), "a page tab named %s" % page)
        check_names("the pages", g.window)
        check_dropdown_items(g, g.window, "the window")

        # The main menu, then each dialog it opens.
        item = menu_item(g, "首选项")
        if check(item is not None, "the main menu has 首选项 (Preferences)"):
            menu = find(g.window, role="menu")
            if menu is not None:
                check_names("the main menu", menu)
            frame = open_dialog(g, item, "preferences")
            if frame is not None:
                check_names("preferences", frame)
                for tab in find_all(frame, pred=lambda n: n.getRoleName() in
                                    ("page tab", "toggle button", "radio button")
                                    and n.name):
                    press(tab)
                    time.sleep(0.5)
                    check_names("preferences, page %s" % tab.name, frame)
                close(g, frame, "关闭")
        for label, what in (("键盘快捷键", "shortcuts window"), ("关于挂图", "about window"),
                            ("导出…", "export choices"),
                            ("每周督查专报", "weekly inspection report's week")):
            item = menu_item(g, label)
            frame = open_dialog(g, item, what)
            if frame is None:
                continue
            check(frame.name and frame.name.strip(), "the %s has a title" % what)
            check_names(what, frame)
            close(g, frame, "取消")

        # Projects: the editor for a new project and for one with milestones.
        g.show_page("项目")
        frame = open_dialog(g, button(g.window, "新建"), "editor of a new project")
        if frame is not None:
            check_names("new project editor", frame)
            check_named_once(frame, DATE_ROWS, "new project editor")
            check_dropdown_items(g, frame, "the project editor")
            close(g, frame)
        row = first_row(g, "项目")
        if check(row is not None, "the project list's rows offer row.activate"):
            before = g.shown()
            run_action(row, "row.activate")
            frame = g.new_frame(before)
            if check(frame is not None, "row.activate opens the project's editor"):
                time.sleep(1.0)
                check_names("project editor", frame)
                milestone = open_dialog(g, button(frame, "添加节点"), "milestone editor")
                if milestone is not None:
                    check_names("milestone editor", milestone)
                    check_named_once(milestone, MILESTONE_DATES, "milestone editor")
                    close(g, milestone)
                close(g, frame)

        # Issues: a new issue and an existing one.
        g.show_page("问题")
        frame = open_dialog(g, button(g.window, "新建"), "editor of a new issue")
        if frame is not None:
            check_names("new issue editor", frame)
            check_named_once(frame, ["提出日期", "项目"], "new issue editor")
            close(g, frame)
        row = first_row(g, "问题")
        if check(row is not None, "the issue list's rows offer row.activate"):
            before = g.shown()
            run_action(row, "row.activate")
            frame = g.new_frame(before)
            if check(frame is not None, "row.activate opens the issue's editor"):
                time.sleep(1.0)
                check_names("issue editor", frame)
                check_named_once(frame, ["项目"], "issue editor")
                close(g, frame)

        # Leaders and units: the header's 新建, and the add menu's 新建单位.
        g.show_page("领导")
        frame = open_dialog(g, button(g.window, "新建"), "leader editor")
        if frame is not None:
            check_names("leader editor", frame)
            close(g, frame)
        add = button(g.window, "添加领导或单位")
        if check(add is not None, "a menu button named 添加领导或单位"):
            press(add)
            item = wait_for(lambda: find(g.window, pred=lambda n: n.getRoleName() == "menu item"
                                         and (n.name or "").startswith("新建单位")), timeout=5)
            frame = open_dialog(g, item, "unit editor")
            if frame is not None:
                check_names("unit editor", frame)
                close(g, frame)

        # Monthly Reports → 报送情况…: the units, their statuses and each unit's copy
        # button.
        g.show_page("月报")
        opener = button(g.window, "报送情况…")
        frame = open_dialog(g, opener, "filing status")
        if frame is not None:
            check_names("filing status", frame)
            close(g, frame, "关闭")

        # Monthly Reports → 导入回执…, before any file is added.
        opener = button(g.window, "导入回执…")
        frame = open_dialog(g, opener, "returns")
        if frame is not None:
            check_names("returns", frame)
            close(g, frame, "关闭")

        check_import_dialog(g, ledger_path)
    finally:
        g.stop()
    print("%d failures" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
