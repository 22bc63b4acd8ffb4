import unittest, io, re
class T(unittest.TestCase):
    maxDiff = None
    @classmethod
    def setUpClass(cls): print("setUpClass")
    @classmethod
    def tearDownClass(cls): print("tearDownClass")
    def tearDown(self): print("tearDown", self._testMethodName)
    def test_list(self): self.assertEqual([1, 2, 3, 4], [1, 2, 5, 4])
    def test_dict(self): self.assertDictEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3], "c": 0})
    def test_str(self): self.assertEqual("line one\nline two\nline three\n", "line one\nline 2\nline three\n")
    def test_count(self): self.assertCountEqual([1, 1, 2], [1, 2, 2])
    def test_true(self): self.assertTrue(0, "zero is falsy")
    def test_in(self): self.assertIn(5, [1, 2])
    def test_is(self): self.assertIs([], [])
    def test_raises_none(self):
        with self.assertRaises(ValueError):
            pass
    def test_raises_ctx(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), "division by zero!")
    def test_almost(self): self.assertAlmostEqual(1.0, 1.1, places=3)
    def test_greater(self): self.assertGreater(1, 2)
    def test_isinstance(self): self.assertIsInstance("x", int)
    def test_tuple(self): self.assertTupleEqual((1, 2), (1, 2, 3))
    def test_set(self): self.assertSetEqual({1, 2}, {2, 3})
    def test_regex(self): self.assertRegex("hello", r"^\d+$")
    def test_error(self): {}["nokey"]
    @unittest.expectedFailure
    def test_xfail(self): self.assertEqual(1, 2)
    @unittest.expectedFailure
    def test_xpass(self): pass
    @unittest.skipIf(True, "always skipped")
    def test_skip(self): pass
    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i, kind="odd" if i % 2 else "even"):
                self.assertEqual(i % 2, 0)
    def test_fail_msg(self): self.fail("explicit failure")
    def test_long_msg(self): self.assertEqual(1, 2, msg="custom message")
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
out = re.sub(r"\d+\.\d+s", "X.XXXs", stream.getvalue())
out = re.sub(r'File ".*/', 'File "', out)
print(out)
print(res.testsRun, len(res.failures), len(res.errors), len(res.skipped), len(res.expectedFailures), len(res.unexpectedSuccesses), res.wasSuccessful())
