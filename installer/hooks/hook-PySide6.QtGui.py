# Replaces PyInstaller's hook for PySide6.QtGui (hooks in installer/hooks take priority) to
# collect only the Qt plugins the application uses. Filtering here, before PyInstaller follows
# each plugin's library dependencies, keeps the libraries that only unused plugins need (GTK,
# Wayland, EGL…) out of the bundle as well.
#
# Kept: the platform plugins xcb and offscreen (Linux), windows and offscreen (Windows), cocoa
# (macOS), and the Linux input-method plugins (ibus, compose: typing Chinese). Dropped: image
# formats (the application reads no image files; PNG is built into QtGui), icon engines,
# platform themes, accessibility bridge, generic input, EGL device, xcb-GL and Wayland plugins.
# QtWidgets' styles and QtPrintSupport's printsupport plugins come from their own hooks, whole.

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

KEEP = {
    "platforms": {"xcb", "offscreen", "windows", "cocoa"},
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
}


def plugin_name(filename: str) -> str:
    """libqxcb.so → xcb, qwindows.dll → windows, libibusplatforminputcontextplugin.so → as is."""
    stem = filename.split(".")[0]
    if stem.startswith("lib"):
        stem = stem[3:]
    if stem.startswith("q") and not stem.endswith("plugin"):
        stem = stem[1:]
    return stem


def wanted(src: str, dest_dir: str) -> bool:
    parts = Path(dest_dir).parts
    if "plugins" not in parts:
        return True
    category = "/".join(parts[parts.index("plugins") + 1 :])
    return category in KEEP and plugin_name(Path(src).name) in KEEP[category]


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if wanted(src, dest)]
