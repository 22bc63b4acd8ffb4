# moat's library functions written in Python are plain functions, whose
# __defaults__/__kwdefaults__ CPython lets a script read and replace. A
# default may hold what the module keeps private (a sentinel, logging's
# handler list); replacing one changes what the function does for the
# script's own later calls only. Nothing there may be a frame, module
# namespace or native helper, and the stand-ins for CPython's C functions
# have no defaults to read or write.
# expect-output: json.dumps.__kwdefaults__ kinds ran: ['NoneType', 'bool']
# expect-output: string.Template.substitute defaults ran: ['dict']
# expect-output: traceback.format_exception defaults ran: ['NoneType', '_Sentinel', 'bool']
# expect-output: logging.shutdown defaults ran: ['list']
# expect-output: heapq.heappush.__defaults__ AttributeError: '__defaults__' is not available in the sandbox
# expect-output: heapq.heappush.__kwdefaults__ AttributeError: '__kwdefaults__' is not available in the sandbox
# expect-output: bisect.insort.__defaults__ = ... AttributeError: '__defaults__' is not available in the sandbox
# expect-output: functools.reduce.__dict__ AttributeError: 'builtin_function_or_method' object has no attribute '__dict__'
# expect-output: replaced defaults act for the script ran: ('{\n "a": 2,\n "b": 1\n}', 'aaa\nbbb\nccc')
# expect-output: json.loads still parses ran: {'x': [1, 2]}
# expect-output: bad defaults type TypeError: __kwdefaults__ must be set to a dict object
# expect-output: bad defaults tuple TypeError: __defaults__ must be set to a tuple object
# expect-output: removed default TypeError: fill() missing 1 required positional argument: 'width'
# expect-output: collections.Counter.most_common defaults ran: (None,)
import re as _re


def attempt(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        result = fn()
        print(label, 'ran:', _re.sub(r' at 0x[0-9a-f]+', '', repr(result))[:150])
    except Exception as e:
        print(label, type(e).__name__ + ':', _re.sub(r' at 0x[0-9a-f]+', '', str(e))[:150])


import json, string, traceback, logging, textwrap, heapq, bisect, functools, collections


def kinds(values):
    if values is None:
        return None
    if isinstance(values, dict):
        values = values.values()
    return sorted({type(v).__name__ for v in values})


attempt('json.dumps.__kwdefaults__ kinds', lambda: kinds(json.dumps.__kwdefaults__))
attempt('string.Template.substitute defaults', lambda: kinds(string.Template.substitute.__defaults__))
attempt('traceback.format_exception defaults',
        lambda: kinds(traceback.format_exception.__defaults__))
attempt('logging.shutdown defaults', lambda: kinds(logging.shutdown.__defaults__))
attempt('heapq.heappush.__defaults__', lambda: heapq.heappush.__defaults__)
attempt('heapq.heappush.__kwdefaults__', lambda: heapq.heappush.__kwdefaults__)
attempt('bisect.insort.__defaults__ = ...', lambda: setattr(bisect.insort, '__defaults__', (1,)))
attempt('functools.reduce.__dict__', lambda: functools.reduce.__dict__)


def replace():
    json.dumps.__kwdefaults__ = dict(json.dumps.__kwdefaults__, sort_keys=True, indent=1)
    textwrap.fill.__defaults__ = (5,)
    return json.dumps({'b': 1, 'a': 2}), textwrap.fill('aaa bbb ccc')


attempt('replaced defaults act for the script', replace)
attempt('json.loads still parses', lambda: json.loads('{"x": [1, 2]}'))
attempt('bad defaults type', lambda: setattr(json.dumps, '__kwdefaults__', 5))
attempt('bad defaults tuple', lambda: setattr(textwrap.fill, '__defaults__', [1]))


def shrink():
    textwrap.fill.__defaults__ = ()
    return textwrap.fill('a b')


attempt('removed default', shrink)
attempt('collections.Counter.most_common defaults', lambda: collections.Counter.most_common.__defaults__)
