"""Tab order for dialogs whose widgets are not created in the order they are seen: `tab_chain`
puts the given widgets one after another in the focus chain, a container standing for the
widgets inside it that take focus by Tab (in the order they were created)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def focusable(widgets: Iterable[QWidget]) -> list[QWidget]:
    """The widgets themselves when they take Tab focus, else those inside them that do."""
    found: list[QWidget] = []
    for widget in widgets:
        if takes_tab(widget):  # one with a focus proxy (a tab widget) stands for it
            found.append(widget)
            continue
        inside = [
            w
            for w in widget.findChildren(QWidget, options=Qt.FindChildOption.FindChildrenRecursively)
            if takes_tab(w) and w.focusProxy() is None and not _inside_focusable(w, widget)
        ]
        found.extend(inside)
    return found


def _inside_focusable(widget: QWidget, top: QWidget) -> bool:
    """Whether a parent of `widget` below `top` takes focus itself (a spin box's line edit)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if takes_tab(parent):
            return True
        parent = parent.parentWidget()
    return False


def tab_chain(*widgets: QWidget) -> list[QWidget]:
    """Tab goes through `widgets` (containers expanded) in the order given; returns the chain."""
    chain = focusable(widgets)
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)
    return chain
