# codecs.lookup, CodecInfo, register/unregister and the search functions'
# normalized names.
import codecs

for name in ['UTF8', 'utf-8', ' Utf 8 ', 'latin1', 'ISO-8859-1', 'cp1252', 'windows-1252',
             'mac-roman', 'KOI8_R', 'utf-16-le', 'U32', 'rot13', 'rot_13', 'hex', 'base64',
             'quopri', 'uu', 'unicode_escape', 'raw-unicode-escape', 'utf-8-sig', 'ascii', '646']:
    info = codecs.lookup(name)
    print(name, '->', info.name, info._is_text_encoding, isinstance(info, tuple), len(info))

info = codecs.lookup('utf-8')
print(info is codecs.lookup('UTF-8'), info[0] is info.encode, info.encode)
print(info.incrementalencoder, info.incrementaldecoder, info.streamreader, info.streamwriter)
print(type(codecs.encode).__name__, type(codecs.lookup).__name__, type(codecs.getencoder).__name__)
print(codecs.getencoder('utf-8')('abc'), codecs.getdecoder('latin-1')(b'\xe9'))
print(codecs.lookup('hex').incrementalencoder, codecs.lookup('rot13').streamreader)
for bad in ['', 'nope', 'utf-9']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print('LookupError', e)
try:
    codecs.lookup(1)
except TypeError as e:
    print('TypeError', e)

seen = []
def search(name):
    seen.append(name)
    if name == 'reverse':
        def enc(text, errors='strict'):
            return (text[::-1].encode('ascii', errors), len(text))
        def dec(data, errors='strict'):
            return (data.decode('ascii', errors)[::-1], len(data))
        return codecs.CodecInfo(enc, dec, name='reverse')
    if name == 'four':
        return (1, 2, 3)
    if name == 'badtuple':
        return codecs.CodecInfo(lambda i, e='strict': 5, lambda i, e='strict': (5,), name='bad')
    return None

codecs.register(search)
for n in ['Foo Bar', 'A-B.C', 'x  y', '\xc9-x', 'a\xe9b', '_x_', 'Ab1']:
    try:
        codecs.lookup(n)
    except LookupError:
        pass
print(seen)
print(codecs.encode('abc', 'Reverse'), codecs.decode(b'cba', 'reverse'), codecs.lookup('reverse').name)
for f in [lambda: codecs.lookup('four'), lambda: codecs.encode('x', 'badtuple'),
          lambda: codecs.decode(b'x', 'badtuple'), lambda: codecs.register(1),
          lambda: codecs.getincrementalencoder('reverse')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
codecs.unregister(search)
try:
    codecs.lookup('reverse')
except LookupError as e:
    print('after unregister:', e)

class Simple(ValueError):
    pass

class WithInit(ValueError):
    def __init__(self, *args):
        super().__init__(*args)

def failing(exc):
    def search(name):
        if name == 'fail%d' % id(exc):
            def codec(data, errors='strict'):
                raise exc
            return codecs.CodecInfo(codec, codec, name='fail')
    return search

def attr_set():
    e = Simple('x')
    e.extra = 1
    return e

for exc in [Simple('m'), WithInit('m'), KeyError('k'), StopIteration(3), ValueError('a', 'b'),
            ValueError(), ValueError(5), attr_set(), UnicodeError('u'), NameError('n'),
            RuntimeError('r')]:
    codecs.register(failing(exc))
    try:
        codecs.encode('x', 'fail%d' % id(exc))
    except BaseException as e:
        print(type(e).__name__, repr(str(e).replace(str(id(exc)), 'N')), e.__cause__ is exc)
