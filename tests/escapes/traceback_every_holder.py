# Frames through everything that keeps a traceback or the exception that
# carries one: sys.exc_info(), e.__traceback__, a logging record made with
# exc_info, unittest's result lists, warnings.catch_warnings(record=True),
# contextlib.ExitStack / suppress / contextmanager exits, TracebackException
# and its stack, and the generator a failed contextmanager leaves behind.
import sys, logging, unittest, warnings, contextlib, traceback, io


def boom():
    raise ValueError('x')


def frames_of(label, tb):
    n = 0
    while tb is not None:
        for name in ('tb_frame', 'gi_frame', 'f_globals', 'f_back', 'f_locals', 'f_code'):
            try:
                getattr(tb, name)
                print(label, 'gave', name)
            except AttributeError:
                pass
        tb = tb.tb_next
        n += 1
    print(label, 'traceback entries', n)


try:
    boom()
except ValueError:
    frames_of('exc_info', sys.exc_info()[2])

records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)


log = logging.getLogger('red')
log.addHandler(Keep())
try:
    boom()
except ValueError:
    log.exception('failed')
frames_of('logging record', records[0].exc_info[2])
print('record has no frame:', not hasattr(records[0], 'frame'), records[0].funcName)


class T(unittest.TestCase):
    def test_err(self):
        boom()


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(result)
print('unittest keeps text:', type(result.errors[0][1]).__name__)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('w')
w = caught[0]
print('warning fields:', type(w.lineno).__name__,
      [n for n in ('frame', 'f_globals', '_frame') if hasattr(w, n)])

seen = []
with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: seen.append(exc[2]) or True)
    boom()
frames_of('ExitStack callback', seen[0])
try:
    stack._exit_callbacks
    print('ExitStack internals reachable (plain data)')
except AttributeError as e:
    print(e)


@contextlib.contextmanager
def ctx():
    try:
        yield
    except ValueError as e:
        seen.append(e.__traceback__)
        raise


g = ctx()
try:
    with g:
        boom()
except ValueError as e:
    frames_of('contextmanager', e.__traceback__)
for name in ('gi_frame', 'gi_code'):
    try:
        getattr(g.gen, name)
    except AttributeError as e:
        print(e)
te = traceback.TracebackException(ValueError, ValueError('y'), seen[0])
print('TracebackException stack rows:', [type(fs).__name__ for fs in te.stack][:1],
      [n for n in ('tb_frame', '_frame', 'f_globals', 'exc_traceback') if hasattr(te, n)])
# expect-output: exc_info traceback entries 2
# expect-output: logging record traceback entries 2
# expect-output: record has no frame: True <module>
# expect-output: unittest keeps text: str
# expect-output: warning fields: int []
# expect-output: ExitStack callback traceback entries 2
# expect-output: ExitStack internals reachable (plain data)
# expect-output: contextmanager traceback entries 2
# expect-output: 'gi_frame' is not available in the sandbox
# expect-output: 'gi_code' is not available in the sandbox
# expect-output: TracebackException stack rows: ['FrameSummary'] []
