# Rebinding the functions of moat's modules (allowed, as in CPython: the
# module belongs to one interpreter) so that other moat modules calling them
# hand their arguments to the script: every public function of every safe
# module is wrapped by a spy, then a spread of library code runs. Nothing
# the spies receive may be a frame, code object, cell, builtins dict, private
# marker or unsafe module; module dunders (__getattr__, __class__) cannot be
# planted.
import sys, re, functools, operator, collections, copy, json, logging, string, textwrap
import traceback, warnings, typing, dataclasses, enum, unittest, pprint, fractions, decimal
import datetime, random, heapq, bisect, itertools, io, abc, contextlib, difflib, shlex, csv
import statistics, html, base64, fnmatch, calendar, reprlib
modules = [sys, re, functools, operator, collections, copy, json, logging, string, textwrap,
           traceback, warnings, typing, dataclasses, enum, unittest, pprint, fractions, decimal,
           datetime, random, heapq, bisect, itertools, io, abc, contextlib, difflib, shlex, csv,
           statistics, html, base64, fnmatch, calendar, reprlib]
ModuleType = type(sys)
seen = []


def spy_for(fn):
    def spy(*args, **kwargs):
        seen.extend(args)
        seen.extend(kwargs.values())
        return fn(*args, **kwargs)
    return spy


patched = 0
for m in modules:
    for name in dir(m):
        if name.startswith('__'):
            continue
        try:
            v = getattr(m, name)
        except AttributeError:
            continue
        if callable(v) and not isinstance(v, type):
            try:
                setattr(m, name, spy_for(v))
                patched += 1
            except (AttributeError, TypeError):
                pass
for planted in ('__getattr__', '__class__', '__dict__'):
    try:
        setattr(json, planted, print)
    except (AttributeError, TypeError) as e:
        print(e)


@dataclasses.dataclass(order=True, slots=True)
class P:
    x: int = 0


class Color(enum.Flag):
    R = 1
    G = 2


def work():
    log = logging.getLogger('spy')
    log.addHandler(logging.StreamHandler(io.StringIO()))
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception('x')
        traceback.format_exc()
    warnings.warn('w')
    json.loads(json.dumps({'a': [1, 2.5, None]}))
    copy.deepcopy([P(1), {'k': Color.R | Color.G}])
    pprint.pformat({'a': list(range(30))})
    textwrap.fill('a b c ' * 20, 20)
    string.Template('$a').substitute(a=1)
    typing.get_type_hints(P)
    re.sub(r'(a)+', lambda m: m.group(0), 'aaa')
    sorted([P(2), P(1)])
    fractions.Fraction(3, 4) + decimal.Decimal(1).__int__()
    datetime.datetime(2020, 1, 1).isoformat()
    random.Random(1).choice([1, 2, 3])
    list(difflib.unified_diff(['a'], ['b']))
    shlex.split('a "b c"')
    list(csv.reader(['a,b']))
    statistics.mean([1, 2, 3])
    functools.reduce(operator.add, [1, 2])
    collections.Counter('abc').most_common()
    reprlib.repr(list(range(100)))
    calendar.monthrange(2020, 2)
    result = unittest.TestResult()

    class T(unittest.TestCase):
        def test(self):
            self.assertEqual(1, 2)
    unittest.defaultTestLoader.loadTestsFromTestCase(T).run(result)


work()
bad = [type(x).__name__ for x in seen
       if type(x).__name__ in ('frame', 'code', 'cell', 'traceback') and hasattr(x, 'tb_frame')
       or isinstance(x, ModuleType) and x not in modules
       or isinstance(x, dict) and ('__builtins__' in x or 'eval' in x)]
print('patched many:', patched > 300, 'calls seen:', len(seen) > 100, 'leaks:', bad)
# expect-output: '__getattr__' is not available in the sandbox
# expect-output: __class__ must be set to a class, not 'builtin_function_or_method' object
# expect-output: '__dict__' is not available in the sandbox
# expect-output: patched many: True calls seen: True leaks: []
