# TextTestRunner's output at verbosity 0, 1 and 2 for passing, failing,
# erroring, skipped, expected-failure and unexpected-success tests. The
# timing figure and the folders of file paths are cut (they differ by run
# and by machine).
import io
import re
import unittest


def show(stream):
    text = stream.getvalue()
    text = re.sub(r"(Ran \d+ tests?) in \d+\.\d+s", r"\1 in T", text)
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    print(text, end="")


def helper(x):
    return 10 // x


class Mixed(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        helper(0)

    def test_documented(self):
        """Checks addition.

        More text that is not shown.
        """
        self.assertTrue(True)

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided inside")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_raise_in_except(self):
        try:
            {}["k"]
        except KeyError:
            raise ValueError("while handling")


@unittest.skipIf(True, "whole class")
class Skipped(unittest.TestCase):
    def test_one(self):
        pass


@unittest.skipUnless(True, "not skipped")
class Kept(unittest.TestCase):
    def test_two(self):
        self.assertIn(3, [1, 2])


loader = unittest.TestLoader()
for verbosity in (0, 1, 2):
    print("=== verbosity", verbosity)
    suite = unittest.TestSuite()
    for cls in (Mixed, Skipped, Kept):
        suite.addTests(loader.loadTestsFromTestCase(cls))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    show(stream)
    print(result)
    print(result.wasSuccessful(), result.testsRun, len(result.failures),
          len(result.errors), len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses))
    print([str(t) for t, _ in result.skipped], [r for _, r in result.skipped])

print("=== all passing, no descriptions")
class Good(unittest.TestCase):
    def test_a(self):
        """Doc line."""
    def test_b(self):
        pass
stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2, descriptions=False).run(
    loader.loadTestsFromTestCase(Good))
show(stream)
stream = io.StringIO()
unittest.TextTestRunner(stream=stream).run(unittest.TestSuite())
show(stream)

print("=== failfast")
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, failfast=True).run(
    loader.loadTestsFromTestCase(Mixed))
show(stream)
print(r.testsRun, r.shouldStop)
