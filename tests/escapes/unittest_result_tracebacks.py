# unittest hands a result object the exc_info of each failure; CPython's
# third item is a traceback whose tb_frame leads to the test's frame and up
# to unittest's internals (and their globals). A result subclass that keeps
# the raw tuple, a test that reads self._outcome, and the formatted text
# must give nothing but moat's frameless traceback and plain strings.
# expect-output: outcome _Outcome
# expect-output: traceback True
# expect-output: tb.tb_frame AttributeError: 'tb_frame' is not available in the sandbox
# expect-output: tb.tb_next.tb_frame AttributeError: 'tb_frame' is not available in the sandbox
# expect-output: failure traceback frame AttributeError: 'tb_frame' is not available in the sandbox
# expect-output: error text kinds ran: ['T', 'str']
# expect-output: exc_info_to_string ran: 'Traceback (most recent call last):'
# expect-output: test.__dict__ keys ran: ['_cleanups', '_outcome', '_subtest', '_testMethodDoc', '_testMethodName']
# expect-output: raw exception __traceback__ frame AttributeError: 'tb_frame' is not available in the sandbox
# expect-output: unittest._module("__main__").T ran: 'T'
# expect-output: unittest._module("__main__").__dict__ AttributeError: '__dict__' is not available in the sandbox
# expect-output: unittest._module("__main__").__builtins__ AttributeError: '__builtins__' is not available in the sandbox
# expect-output: unittest._module("sys").modules AttributeError: 'sys.modules' is not available in the sandbox
import re as _re


def attempt(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        result = fn()
        print(label, 'ran:', _re.sub(r' at 0x[0-9a-f]+', '', repr(result))[:150])
    except Exception as e:
        print(label, type(e).__name__ + ':', _re.sub(r' at 0x[0-9a-f]+', '', str(e))[:150])


import unittest


class Keep(unittest.TestResult):
    def addError(self, test, err):
        self.raw_error = err
        super().addError(test, err)

    def addFailure(self, test, err):
        self.raw_failure = err
        super().addFailure(test, err)


class T(unittest.TestCase):
    def test_error(self):
        1 / 0

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_outcome(self):
        print('outcome', type(getattr(self, '_outcome', None)).__name__)


result = Keep()
unittest.TestSuite([T('test_error'), T('test_fail'), T('test_outcome')]).run(result)
tb = result.raw_error[2]
print(type(tb).__name__, tb.tb_lineno > 0)
attempt('tb.tb_frame', lambda: tb.tb_frame)
attempt('tb.tb_next.tb_frame', lambda: tb.tb_next.tb_frame if tb.tb_next else None)
attempt('failure traceback frame', lambda: result.raw_failure[2].tb_frame)
attempt('error text kinds', lambda: [type(x).__name__ for x in result.errors[0]])
attempt('exc_info_to_string', lambda: result._exc_info_to_string(result.raw_error, T('test_error')).splitlines()[0])
attempt('test.__dict__ keys', lambda: sorted(k for k in vars(T('test_fail')) if not k.startswith('_type')))
attempt('raw exception __traceback__ frame', lambda: result.raw_error[1].__traceback__.tb_frame)
attempt('unittest._module("__main__").T', lambda: unittest._module('__main__').T.__name__)
attempt('unittest._module("__main__").__dict__', lambda: unittest._module('__main__').__dict__)
attempt('unittest._module("__main__").__builtins__', lambda: unittest._module('__main__').__builtins__)
attempt('unittest._module("sys").modules', lambda: unittest._module('sys').modules)
