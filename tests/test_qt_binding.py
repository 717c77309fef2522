"""Guards against a Qt binding that corrupts reference counts (PySide6 6.12.0 on Python 3.11).

With that release every call of a void method such as QLabel.setText dropped one reference
to None; on Python 3.11 (where None is not immortal) the program aborted after a few
thousand calls. pyproject.toml excludes it; this test fails if such a build comes back.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_calls_keep_reference_counts_balanced():
    app = QApplication.instance() or QApplication([])
    label = QLabel()
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    for number in range(2_000):
        label.setText(str(number))
        label.setVisible(False)
    assert abs(sys.getrefcount(None) - before_none) < 100
    assert abs(sys.getrefcount(True) - before_true) < 100
    assert app is not None
