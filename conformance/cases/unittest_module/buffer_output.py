# buffer=True (-b): a test's prints are held back, shown only for failing
# tests, both after the test and in its report; a print in a passing test
# disappears. Verbosity 2 interleaves the runner's stream with stdout.
import io
import re
import sys
import unittest


def show(stream):
    text = stream.getvalue()
    text = re.sub(r"(Ran \d+ tests?) in \d+\.\d+s", r"\1 in T", text)
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    print(text, end="")


class T(unittest.TestCase):
    def test_ok(self):
        print("hidden output")

    def test_bad(self):
        print("shown output")
        print("no newline", end="")
        self.fail("x")

    def test_error(self):
        print("before error")
        raise OSError(2, "No such file")

    def test_returns_value(self):
        return 5


for buffer in (True, False):
    print("=== buffer", buffer)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, buffer=buffer, verbosity=2).run(
        unittest.TestLoader().loadTestsFromTestCase(T))
    show(stream)
    print(result, sys.stdout is sys.__stdout__ if hasattr(sys, "__stdout__") else True)
