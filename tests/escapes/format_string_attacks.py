# Format strings as an attribute-walking language: str.format and
# format_map field names, string.Formatter.get_field / vformat, nested
# replacement fields in the spec, logging.Formatter in '{' and '%' styles
# with a crafted record attribute, and f-strings with '='. Every dotted part
# goes through the same lookup as `obj.name`.
import re as _re


def shown(value):
    # Reprs end " at 0x<id>" as CPython's do; the id is no address, but it
    # depends on what asked for ids before: leave it out.
    return _re.sub(r' at 0x[0-9a-f]+', '', str(value))


import string, logging


def f():
    pass


class Rec:
    pass


attempts = [
    lambda: '{0.__class__.__base__}'.format(()),
    lambda: '{0.__init__.__globals__}'.format(Rec()),
    lambda: '{0.__class__.__mro__[1]}'.format(1),
    lambda: '{f.__code__}'.format_map({'f': f}),
    lambda: '{0:{1.__globals__}}'.format(1, f),
    lambda: string.Formatter().get_field('0.__class__.__subclasses__', ((),), {}),
    lambda: string.Formatter().vformat('{0.__globals__[__builtins__]}', (f,), {}),
    lambda: string.Formatter().format('{x.__closure__}', x=f),
    lambda: f'{().__class__.__base__=}',
    lambda: logging.Formatter('{msg.__class__.__base__}', style='{').format(
        logging.makeLogRecord({'msg': ()})),
    lambda: logging.Formatter('{f.__globals__}', style='{').format(
        logging.makeLogRecord({'f': f})),
    lambda: logging.Formatter('%(f)s').format(logging.makeLogRecord({'f': f})),
    lambda: logging.Formatter('${f}', style='$').format(logging.makeLogRecord({'f': f})),
]
for attack in attempts:
    try:
        print('gave', shown(attack()))
    except (AttributeError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
# expect-output: AttributeError '__base__' is not available in the sandbox
# expect-output: AttributeError '__globals__' is not available in the sandbox
# expect-output: AttributeError '__mro__' is not available in the sandbox
# expect-output: AttributeError '__code__' is not available in the sandbox
# expect-output: AttributeError '__globals__' is not available in the sandbox
# expect-output: AttributeError '__subclasses__' is not available in the sandbox
# expect-output: AttributeError '__globals__' is not available in the sandbox
# expect-output: AttributeError '__closure__' is not available in the sandbox
# expect-output: AttributeError '__base__' is not available in the sandbox
# expect-output: AttributeError '__base__' is not available in the sandbox
# expect-output: AttributeError '__globals__' is not available in the sandbox
# expect-output: gave <function f>
# expect-output: gave <function f>
