"""The Qt window: main window, one view per area, the task runner and table models."""
