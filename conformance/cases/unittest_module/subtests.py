# subTest: each failing subtest is reported with its message and
# parameters (nested ones merged), the test goes on, and verbosity 2
# shows each failing subtest on its own line.
import io
import re
import unittest


def show(stream):
    text = stream.getvalue()
    text = re.sub(r"(Ran \d+ tests?) in \d+\.\d+s", r"\1 in T", text)
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    print(text, end="")


class Sub(unittest.TestCase):
    def test_even(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_nested(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                self.fail("inner failed")
            with self.subTest("msg only"):
                raise KeyError("boom")
        with self.subTest():
            self.assertTrue(False)

    def test_all_pass(self):
        for word in ["a", "b"]:
            with self.subTest(word=word):
                self.assertTrue(word)

    @unittest.expectedFailure
    def test_expected_in_subtest(self):
        with self.subTest(k=1):
            self.assertEqual(1, 0)
        print("not reached")

    def test_skip_in_subtest(self):
        with self.subTest(s=1):
            self.skipTest("skip one")
        with self.subTest(s=2):
            pass


loader = unittest.TestLoader()
for verbosity in (1, 2):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(
        loader.loadTestsFromTestCase(Sub))
    show(stream)
    for test, _ in result.failures + result.errors:
        print(test.id(), "|", str(test), "|", test.shortDescription())

print("=== failfast stops at the first failing subtest")
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, failfast=True).run(
    unittest.TestSuite([Sub("test_even")]))
show(stream)

print("=== outside a run, subTest does nothing")
t = Sub("test_all_pass")
with t.subTest(x=1):
    print("body runs")
