"""Byline: a desktop reading assistant for news."""
__version__ = "0.1.0"
APP_NAME = "Byline"
