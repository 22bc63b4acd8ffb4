# unittest.main()'s command line: -h prints argparse's help and exits 0;
# a bad option prints the usage on stderr and exits 2 (caught here, with
# stderr sent to a buffer).
import io
import sys
import unittest


class A(unittest.TestCase):
    def test_a(self):
        pass


for argv, kwargs in ((["prog.py", "-h"], {}), (["prog.py", "--help"], {"failfast": True}),
                     (["a_much_longer_program_name.py", "-h"], {"buffer": False}),
                     (["p", "--he"], {})):
    try:
        unittest.main(argv=argv, **kwargs)
    except SystemExit as e:
        print("SystemExit", e.code)

saved = sys.stderr
for argv in (["prog.py", "--bogus"], ["prog.py", "-x"], ["prog.py", "-k"],
             ["prog.py", "-vz"], ["prog.py", "--verbose=1"], ["prog.py", "a", "--nope", "-y"]):
    sys.stderr = io.StringIO()
    try:
        unittest.main(argv=argv)
    except SystemExit as e:
        text = sys.stderr.getvalue()
        sys.stderr = saved
        print("SystemExit", e.code)
        print(text, end="")
sys.stderr = saved
