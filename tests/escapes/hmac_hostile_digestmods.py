# hmac builds its MAC in Python from whatever digestmod it is given: a
# constructor returning objects with lying digest_size/block_size (huge,
# negative, not ints), update() that raises or re-enters the HMAC being
# built, copy() returning foreign objects, digest() returning non-bytes,
# modules whose new() is hostile, and keys/messages of odd types. The
# result must be Python errors or a MAC, never a native buffer sized from
# a lie; compare_digest must treat subclasses and mixed types as CPython.
import hmac
import hashlib


def attempt(label, fn):
    try:
        result = fn()
        print(label, 'ran:', result if isinstance(result, (bool, int, str)) else type(result).__name__)
    except (TypeError, ValueError, AttributeError, OverflowError, MemoryError, RuntimeError) as e:
        print(label, type(e).__name__, str(e)[:90])


class Lying:
    digest_size = 2**62
    block_size = 2**62

    def __init__(self, data=b''):
        pass

    def update(self, data):
        pass

    def copy(self):
        return self

    def digest(self):
        return b'x' * 4


attempt('huge block', lambda: hmac.new(b'k', b'm', Lying).hexdigest())
Lying.block_size = -7
attempt('negative block', lambda: hmac.new(b'k', b'm', Lying).hexdigest())
Lying.block_size = 'wide'
attempt('str block', lambda: hmac.new(b'k', b'm', Lying).hexdigest())
Lying.block_size = 64
Lying.digest = lambda self: 12345
attempt('int digest', lambda: hmac.new(b'k', b'm', Lying).hexdigest())
Lying.copy = lambda self: print
attempt('foreign copy', lambda: hmac.new(b'k', b'm', Lying).copy().hexdigest())
building = []


class Reentrant:
    digest_size = 32
    block_size = 64

    def __init__(self, data=b''):
        self.inner = hashlib.sha256(data)

    def update(self, data):
        if len(building) < 3:
            building.append(hmac.new(b'k2', b'again', Reentrant))
        self.inner.update(data)

    def copy(self):
        return self

    def digest(self):
        return self.inner.digest()


attempt('reentrant update', lambda: hmac.new(b'k', b'm', Reentrant).hexdigest())


class Module:
    @staticmethod
    def new(data=b''):
        raise RuntimeError('no hashing today')


attempt('module new raises', lambda: hmac.new(b'k', b'm', Module))
attempt('digestmod None', lambda: hmac.new(b'k', b'm', None))
attempt('digestmod shake', lambda: hmac.new(b'k', b'm', 'shake_128'))
attempt('digestmod unknown', lambda: hmac.new(b'k', b'm', 'sha0'))
attempt('key str', lambda: hmac.new('k', b'm', 'sha256'))
attempt('key huge int', lambda: hmac.new(b'k' * 100000, b'm', 'sha256').hexdigest()[:8])
attempt('one-shot digest', lambda: hmac.digest(b'k', b'm', lambda: 5))
attempt('compare bytes', lambda: hmac.compare_digest(b'abc', bytearray(b'abc')))


class Str(str):
    def __eq__(self, other):
        return True


attempt('compare str subclass', lambda: hmac.compare_digest(Str('a'), 'b'))
attempt('compare mixed', lambda: hmac.compare_digest('a', b'a'))
attempt('compare non-ascii', lambda: hmac.compare_digest('\u00e9', '\u00e9'))
h = hmac.new(b'k', b'm', 'sha256')
attempt('slots', lambda: sorted(n for n in dir(h) if n.startswith('_') and not n.startswith('__')))
attempt('inner', lambda: type(h._inner).__name__)
attempt('set inner', lambda: (setattr(h, '_inner', Lying()), h.hexdigest()))
# expect-output: huge block MemoryError 
# expect-output: negative block AttributeError 'Lying' object has no attribute 'hexdigest'
# expect-output: str block TypeError '<' not supported between instances of 'str' and 'int'
# expect-output: int digest AttributeError 'Lying' object has no attribute 'hexdigest'
# expect-output: foreign copy AttributeError 'builtin_function_or_method' object has no attribute 'copy'
# expect-output: reentrant update RecursionError maximum recursion depth exceeded while calling a Python object
# expect-output: module new raises AttributeError 'Module' object has no attribute 'digest_size'
# expect-output: digestmod None TypeError Missing required parameter 'digestmod'.
# expect-output: digestmod shake ValueError no reason supplied
# expect-output: digestmod unknown ValueError [digital envelope routines] unsupported
# expect-output: key str TypeError key: expected bytes or bytearray, but got 'str'
# expect-output: key huge int ran: 36fc7994
# expect-output: one-shot digest AttributeError 'int' object has no attribute 'update'
# expect-output: compare bytes ran: True
# expect-output: compare str subclass ran: False
# expect-output: compare mixed TypeError a bytes-like object is required, not 'str'
# expect-output: compare non-ascii TypeError comparing strings with non-ASCII characters is not supported
# expect-output: slots ran: list
# expect-output: inner ran: HASH
# expect-output: set inner TypeError object supporting the buffer API required
