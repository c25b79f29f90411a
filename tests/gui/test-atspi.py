#!/usr/bin/python3
# test-atspi.py: drives Guatu over AT-SPI, as a screen reader or a person would.
#
# Starts the real binary on a demo register in Chinese, then:
#  - every button, toggle, menu button, entry and combo in the window has an
#    accessible name (a control without one is invisible to a screen reader);
#  - no English word is visible in the zh_CN window;
#  - presses the "New" button, types a project name into the editor, presses Save,
#    and finds the new project in the list through the search entry.
# Exit status 0 on success; 77 (skip) only when no accessibility bus can be
# reached at all. With the bus up, an application that never appears on it is a
# failure: that is what a broken accessibility set-up in the app looks like.
# Starting, finding and driving are guatu_atspi.py's, shared with the other
# AT-SPI tests.
#
# Copyright 2026 The Guatu authors
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from guatu_atspi import (CLASS_NAME, Guatu, editable, find, is_visible, press,  # noqa: E402
                         set_text, visible_tree, wait_for, walk)

CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box",
    "text", "entry", "password text", "spin button", "menu button", "slider",
}
# Latin text that is not English: project codes, road numbers, key names.
ALLOWED_LATIN = re.compile(r"^(?:[A-Z]?\d[\w\-.]*|Ctrl|Shift|Alt|Tab|Enter|Esc|PPP|EPC|[A-Z]\d+)$")

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)
    return condition


def run(g):
    window = g.window
    unnamed = []
    english = set()
    # GTK 4.8 sets no SHOWING state here: VISIBLE, pruned at hidden parents.
    for node, _ in walk(window, prune=visible_tree):
        try:
            role, name = node.getRoleName(), (node.name or "").strip()
        except Exception:
            continue
        if not is_visible(node) or CLASS_NAME.match(name):
            continue
        if role in CONTROL_ROLES and not name:
            unnamed.append(role)
        for word in re.findall(r"[A-Za-z][A-Za-z0-9\-.]+", name):
            if len(word) >= 3 and not ALLOWED_LATIN.match(word):
                english.add(word)
    check(not unnamed, "controls without an accessible name: %s" % unnamed)
    check(not english, "English visible in the zh_CN window: %s" % sorted(english))

    new_button = find(window, role="push button", name="新建", visible=False)
    if not check(new_button is not None, "a push button named 新建 (New)"):
        return
    press(new_button)
    editor = wait_for(lambda: next((f for f in g.frames() if f.name and "项目" in f.name
                                    and f.name != "挂图"), None))
    if not check(editor is not None, "pressing 新建 opens the project editor"):
        return
    name_entry = wait_for(lambda: find(editor, pred=lambda n: n.getRoleName() in
                                       ("text", "entry") and n.name == "名称", visible=False))
    if not check(name_entry is not None, "the editor has a text field named 名称 (Name)"):
        return
    set_text(name_entry, "无障碍测试新建项目")
    wait_for(lambda: False, timeout=0.5)
    save = find(editor, role="push button", name="保存", visible=False)
    if not check(save is not None, "the editor has a push button named 保存 (Save)"):
        return
    press(save)
    gone = wait_for(lambda: editor not in g.frames() or not is_visible(editor), timeout=10)
    check(gone, "the editor closes after saving")

    search = find(window, pred=lambda n: n.name == "搜索项目" and editable(n), visible=False)
    if check(search is not None, "an editable search entry named 搜索项目 on the Projects page"):
        set_text(search, "无障碍测试")
        found = wait_for(lambda: find(window, pred=lambda n: n.name == "无障碍测试新建项目"
                                      and n.getRoleName() == "label", visible=False),
                         timeout=10)
        check(found is not None, "the new project is found in the list")


def main():
    g = Guatu()
    status = g.start()
    if status is not None:
        if status == 1:
            failures.append("start")
        return status
    try:
        run(g)
    finally:
        g.stop()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
