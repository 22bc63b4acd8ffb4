import unittest, io, re

def fizzbuzz(n):
    if n % 15 == 0: return "FizzBuzz"
    if n % 3 == 0: return "Fizz"
    if n % 5 == 0: return "Buzz"
    return str(n)

class TestFizz(unittest.TestCase):
    def setUp(self):
        self.values = list(range(1, 16))
    def test_basic(self):
        self.assertEqual(fizzbuzz(3), "Fizz")
        self.assertEqual([fizzbuzz(n) for n in (5, 15, 7)], ["Buzz", "FizzBuzz", "7"])
    def test_raises(self):
        with self.assertRaises(TypeError):
            fizzbuzz("x")
        with self.assertRaisesRegex(ZeroDivisionError, "division"):
            1 / 0
    def test_fail(self):
        self.assertEqual(fizzbuzz(9), "Buzz")
    def test_in(self):
        self.assertIn("Fizz", map(fizzbuzz, self.values))
        self.assertTrue(all(fizzbuzz(n) for n in self.values))
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsNone(None)
    @unittest.skip("not ready")
    def test_skip(self):
        pass
    def test_sub(self):
        for i in (1, 2):
            with self.subTest(i=i):
                self.assertLess(i, 2)

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(TestFizz))
text = re.sub(r"\d+\.\d+s", "X.XXXs", stream.getvalue())
text = re.sub(r'File ".*/', 'File "', text)
print(text)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
