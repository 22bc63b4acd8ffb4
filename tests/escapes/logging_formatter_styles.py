# logging.Formatter is a format-string engine over a LogRecord: with
# style='{' the format string can walk attributes ({msg.__class__...}) and
# index; style='$' is string.Template; style='%' takes %(name)s lookups in
# the record's __dict__. Each field walk meets the attribute rule, and a
# record's args (a mapping) or msg (an object whose __str__ walks) give the
# script nothing it could not reach itself.
# expect-output: {func.__globals__} AttributeError: '__globals__' is not available in the sandbox
# expect-output: {func.__code__.co_consts} AttributeError: '__code__' is not available in the sandbox
# expect-output: {msg.__class__.__mro__} AttributeError: '__mro__' is not available in the sandbox
# expect-output: {args[0].__class__.__base__} AttributeError: '__base__' is not available in the sandbox
# expect-output: {func.__closure__} AttributeError: '__closure__' is not available in the sandbox
# expect-output: {name!r:>{levelno}} ran: "                           'n'"
# expect-output: ${func} ran: '<function f>'
# expect-output: %(func)s ran: '<function f>'
# expect-output: %(__dict__)s ValueError: Formatting field not found in record: '__dict__'
# expect-output: %(message)s %(funcName)s ran: 'hello x None'
# expect-output: {message} ran: 'hello x'
# expect-output: validate refuses ValueError: invalid format: expected '}' before end of string
# expect-output: bad style ValueError: Style must be one of: %,{,$
# expect-output: mapping args ran: True
# expect-output: record.__dict__ kinds ran: ['NoneType', 'float', 'function', 'int', 'str', 'tuple']
# expect-output: StrFormatStyle.field_spec ran: None
# expect-output: Formatter.converter ran: 'gmtime'
import re as _re


def attempt(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        result = fn()
        print(label, 'ran:', _re.sub(r' at 0x[0-9a-f]+', '', repr(result))[:150])
    except Exception as e:
        print(label, type(e).__name__ + ':', _re.sub(r' at 0x[0-9a-f]+', '', str(e))[:150])


import logging


def f():
    pass


record = logging.LogRecord('n', logging.WARNING, 'p.py', 3, 'hello %s', ('x',), None)
record.func = f
for fmt, style in [('{func.__globals__}', '{'), ('{func.__code__.co_consts}', '{'),
                   ('{msg.__class__.__mro__}', '{'), ('{args[0].__class__.__base__}', '{'),
                   ('{func.__closure__}', '{'), ('{name!r:>{levelno}}', '{'),
                   ('${func}', '$'), ('%(func)s', '%'), ('%(__dict__)s', '%'),
                   ('%(message)s %(funcName)s', '%'), ('{message}', '{')]:
    attempt(fmt, lambda: logging.Formatter(fmt, style=style, validate=False).format(record)
            .replace(repr(f)[:-1], '<function f'))
attempt('validate refuses', lambda: logging.Formatter('{a.__globals__', style='{'))
attempt('bad style', lambda: logging.Formatter('x', style='!'))
mapping_record = logging.LogRecord('n', logging.INFO, 'p.py', 3, '%(k)s', ({'k': f},), None)
attempt('mapping args', lambda: mapping_record.getMessage().startswith('<function f'))
attempt('record.__dict__ kinds', lambda: sorted({type(v).__name__ for v in vars(record).values()}))
attempt('StrFormatStyle.field_spec', lambda: logging.StrFormatStyle('{a}').validate())
attempt('Formatter.converter', lambda: logging.Formatter.converter.__name__)
