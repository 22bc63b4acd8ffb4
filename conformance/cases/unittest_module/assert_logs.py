# TestCase.assertLogs and assertNoLogs: captured records and texts, levels,
# child loggers, the failure messages, and the logger restored afterwards.
import io
import logging
import sys
import unittest

app = logging.getLogger("app")


class LogTests(unittest.TestCase):
    def test_root_default_info(self):
        with self.assertLogs() as cm:
            logging.getLogger("x.y").info("first %d", 1)
            logging.warning("second")
            logging.debug("hidden")
        print(cm.output)
        print([r.getMessage() for r in cm.records], [r.levelname for r in cm.records])

    def test_named_logger_and_level(self):
        with self.assertLogs("app", level="WARNING") as cm:
            app.info("not captured")
            app.getChild("db").error("boom %s", "here")
            app.critical("down")
        print(cm.output, type(cm).__name__, cm._fields)

    def test_logger_object_and_numeric_level(self):
        with self.assertLogs(app, logging.DEBUG) as cm:
            app.debug("dbg")
        print(cm.output)

    def test_fails_without_logs(self):
        with self.assertLogs("app", "ERROR"):
            app.warning("only a warning")

    def test_no_logs_passes(self):
        with self.assertNoLogs("app", "ERROR") as cm:
            app.warning("fine")
        print(cm)

    def test_no_logs_fails(self):
        with self.assertNoLogs("app"):
            app.info("oops")
            app.error("twice")

    def test_exception_passes_through(self):
        with self.assertRaises(ZeroDivisionError):
            with self.assertLogs("app"):
                1 / 0

    def test_restored(self):
        stream = io.StringIO()
        handler = logging.StreamHandler(stream)
        app.addHandler(handler)
        app.setLevel(logging.ERROR)
        with self.assertLogs("app", "INFO"):
            app.info("captured only")
        app.error("after")
        print(app.level, app.propagate, app.handlers == [handler], repr(stream.getvalue()))
        app.removeHandler(handler)
        app.setLevel(logging.NOTSET)


for name in sorted(n for n in dir(LogTests) if n.startswith("test_")):
    print(name)
    try:
        getattr(LogTests(name), name)()
    except AssertionError as e:
        print("  AssertionError:", e)
