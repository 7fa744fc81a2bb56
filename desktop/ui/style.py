"""A calm look: Fusion style, soft neutral palette, one accent colour, readable type."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#2f6f6a"  # deep teal: calm, readable on white, not clinical blue
ERROR = "#b3261e"

SHEET = f"""
QWidget {{ color: #1f2a2e; }}
QWidget:disabled, QMenu::item:disabled {{ color: #8f999e; }}
QMainWindow, QDialog {{ background: #f5f6f4; }}
#Sidebar {{ background: #eceeea; border-right: 1px solid #d5d9d3; }}
#Card, QTabWidget::pane {{ background: #ffffff; border: 1px solid #d9ddd6; border-radius: 6px; }}
QTabBar::tab {{ padding: 6px 8px; margin-right: 2px; border: 1px solid transparent;
               border-top-left-radius: 5px; border-top-right-radius: 5px; color: #44525a; }}
QTabBar::tab:selected {{ background: #ffffff; border-color: #d9ddd6; border-bottom-color: #ffffff;
                        color: #1f2a2e; font-weight: 600; }}
QLineEdit, QPlainTextEdit {{ background: #ffffff; border: 1px solid #c3c9c1; border-radius: 4px; padding: 4px 6px; }}
QLineEdit:focus, QPlainTextEdit:focus {{ border: 2px solid {ACCENT}; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 2px solid {ERROR}; }}
QPushButton {{ background: #ffffff; border: 1px solid #b9c0b7; border-radius: 4px; padding: 5px 14px; }}
QPushButton:hover {{ background: #eef2ef; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: 600; }}
QPushButton[primary="true"]:disabled {{ background: #9db8b5; border-color: #9db8b5; }}
QTableView, QListWidget, QListView {{ background: #ffffff; border: 1px solid #d9ddd6;
    selection-background-color: #d5e7e4; selection-color: #1f2a2e; alternate-background-color: #f7f8f6; }}
QHeaderView::section {{ background: #f0f2ef; border: none; border-bottom: 1px solid #d9ddd6; padding: 4px 6px;
                       font-weight: 600; }}
QHeaderView[compact="true"]::section {{ font-weight: normal; padding: 2px; }}
#FieldError {{ color: {ERROR}; }}
#Hint {{ color: #5b6870; }}
#Title {{ font-size: 17pt; font-weight: 600; }}
#Subtitle {{ font-size: 13pt; font-weight: 600; }}
#Banner {{ background: #fff6db; border: 1px solid #e8d58f; border-radius: 5px; }}
#Chip {{ border: 1px solid #c3c9c1; border-radius: 11px; padding: 2px 10px; color: #5b6870; background: #ffffff; }}
#Chip[current="true"] {{ background: {ACCENT}; border-color: {ACCENT}; color: white; font-weight: 600; }}
#Chip[past="true"] {{ background: #d5e7e4; border-color: #a9cbc6; color: #1f2a2e; }}
"""


def apply_style(app: QApplication, font_size_pt: int = 11) -> None:
    """Fusion with a light palette and the stylesheet above, at the chosen type size."""
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f5f6f4"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSize(font_size_pt)
    app.setFont(font)
    app.setStyleSheet(SHEET)
