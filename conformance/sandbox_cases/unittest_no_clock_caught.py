# moat policy: there is no clock, so TextTestRunner reports every run as
# taking 0.000s (CPython prints the time the run took).
import io
import unittest


class T(unittest.TestCase):
    def test_a(self):
        pass


stream = io.StringIO()
unittest.TextTestRunner(stream=stream).run(unittest.TestSuite([T("test_a")]))
print(stream.getvalue(), end="")
