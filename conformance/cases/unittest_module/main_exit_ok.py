# A passing unittest.main() ends with SystemExit(False), exit status 0.
# Its report is printed to stdout through a stream that cuts the timing
# figure (stderr must stay empty for a run that succeeds).
import re
import sys
import unittest


class Out:
    def write(self, text):
        sys.stdout.write(re.sub(r"(Ran \d+ tests?) in \d+\.\d+s", r"\1 in T", text))

    def flush(self):
        pass


class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("foo".upper(), "FOO")

    def test_isupper(self):
        self.assertTrue("FOO".isupper())
        self.assertFalse("Foo".isupper())

    def test_split(self):
        s = "hello world"
        self.assertEqual(s.split(), ["hello", "world"])
        with self.assertRaises(TypeError):
            s.split(2)


if __name__ == "__main__":
    unittest.main(testRunner=unittest.TextTestRunner(stream=Out(), verbosity=2))
