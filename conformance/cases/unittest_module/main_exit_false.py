# unittest.main(exit=False) runs the tests of __main__ and returns the
# TestProgram; argv selects verbosity and tests. The runner writes to a
# stream that cuts the timing figure and folders, then prints to stdout.
import re
import sys
import unittest


class Out:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    def dump(self):
        text = "".join(self.parts)
        text = re.sub(r"(Ran \d+ tests?) in \d+\.\d+s", r"\1 in T", text)
        text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
        print(text, end="")
        self.parts = []


log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class Alpha(unittest.TestCase):
    def test_one(self):
        log.append("one")

    def test_two(self):
        log.append("two")
        self.assertEqual("spam", "eggs")


class Beta(unittest.TestCase):
    def test_three(self):
        log.append("three")


out = Out()
for argv in (["prog"], ["prog", "-v"], ["prog", "-q"], ["prog", "Beta"],
             ["prog", "-v", "Alpha.test_one", "Beta.test_three"],
             ["prog", "-k", "one"], ["prog", "-k", "*t*e*"], ["prog", "-vf"],
             ["prog", "--verbose", "Nope"], ["prog", "Alpha.test_zero"]):
    print("===", argv)
    log.clear()
    program = unittest.main(argv=argv, exit=False,
                            testRunner=unittest.TextTestRunner(stream=out, verbosity=1))
    out.dump()
    print(log)
    print(type(program).__name__, program.result, program.result.wasSuccessful())
    print(program.verbosity, program.failfast, program.catchbreak, program.buffer,
          program.testNames, program.testNamePatterns)

print("=== runner class gets verbosity from argv")


class MyRunner(unittest.TextTestRunner):
    def __init__(self, **kwargs):
        print("runner kwargs:", sorted(kwargs.items()))
        super().__init__(stream=out, **kwargs)


program = unittest.main(argv=["prog", "-v", "-b", "-c"], exit=False, testRunner=MyRunner)
out.dump()
print(program.result)
program = unittest.main(argv=["prog"], exit=False, testRunner=MyRunner,
                        defaultTest="Beta", verbosity=2, failfast=True)
out.dump()
program = unittest.main(module=None if False else "__main__", argv=["x"], exit=False,
                        testRunner=unittest.TextTestRunner(stream=out),
                        defaultTest=["Beta", "Alpha.test_one"])
out.dump()
print("=== exit=True raises SystemExit")
for argv in (["prog", "Beta"], ["prog", "Alpha"]):
    try:
        unittest.main(argv=argv, testRunner=unittest.TextTestRunner(stream=out))
    except SystemExit as e:
        print("SystemExit", repr(e.code))
    out.dump()
