"""qiuxue-desktop: the 求学圆梦行动 office's register, claims and platform reporting."""

__version__ = "0.1.0"
APP_NAME = "qiuxue-desktop"
