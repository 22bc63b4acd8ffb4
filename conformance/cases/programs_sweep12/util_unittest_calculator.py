import unittest
import io
import re


class Calculator:
    def add(self, a, b):
        return a + b

    def div(self, a, b):
        if b == 0:
            raise ZeroDivisionError("cannot divide by zero")
        return a / b

    def mean(self, xs):
        return sum(xs) / len(xs)


class CalcTests(unittest.TestCase):
    def setUp(self):
        self.c = Calculator()

    def test_add(self):
        self.assertEqual(self.c.add(2, 3), 5)
        self.assertEqual(self.c.add("a", "b"), "ab")

    def test_div(self):
        self.assertAlmostEqual(self.c.div(1, 3), 0.333333, places=5)
        with self.assertRaises(ZeroDivisionError) as cm:
            self.c.div(1, 0)
        self.assertIn("zero", str(cm.exception))

    def test_mean_wrong(self):
        self.assertEqual(self.c.mean([1, 2, 4]), 2)

    def test_lists(self):
        self.assertListEqual([1, 2, 3], [1, 2, 4])

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    def test_subtests(self):
        for n in range(4):
            with self.subTest(n=n):
                self.assertEqual(n % 2, 0)

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(CalcTests)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = re.sub(r"\d+\.\d+s", "X.XXXs", stream.getvalue())
text = re.sub(r'File "[^"]*[/\\]', 'File "', text)
print(text)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), result.wasSuccessful())
