# hashlib.file_digest hands the script's file object a reusable bytearray
# to readinto() and hashes what it says it read: the file resizes or
# empties that buffer, keeps it and writes into it later, reports more
# bytes than the buffer holds, a negative or non-int count, or returns a
# getbuffer() that is not bytes; the private _bufsize is huge, zero or
# negative; digest is a constructor returning a foreign object. Each must
# end as CPython's Python error or hash only bytes the buffer really holds.
# (CPython lends a memoryview, so its resizes raise BufferError; moat lends
# the bytearray itself, and slices what it holds after the call.)
import hashlib
import io
import re


def attempt(label, fn):
    try:
        result = fn()
        print(label, 'ran:', result.hexdigest()[:16] if hasattr(result, 'hexdigest') else result)
    except (TypeError, ValueError, AttributeError, MemoryError, OverflowError, IndexError) as e:
        print(label, type(e).__name__, re.sub(r' at 0x[0-9a-f]+', '', str(e))[:90])


class Reader:
    def __init__(self, chunks, action):
        self.chunks = list(chunks)
        self.action = action

    def readable(self):
        return True

    def readinto(self, buf):
        if not self.chunks:
            return 0
        data = self.chunks.pop(0)
        return self.action(buf, data)


def shrink(buf, data):
    buf.clear()
    return len(data)


def grow(buf, data):
    buf.extend(data * 1000)
    return len(buf)


def overstate(buf, data):
    buf[:len(data)] = data
    return 10**6


kept = []


def keep(buf, data):
    kept.append(buf)
    buf[:len(data)] = data
    return len(data)


attempt('shrink', lambda: hashlib.file_digest(Reader([b'abc', b'def'], shrink), 'sha256'))
attempt('grow', lambda: hashlib.file_digest(Reader([b'abc'], grow), 'sha256', _bufsize=8))
attempt('overstate', lambda: hashlib.file_digest(Reader([b'abc'], overstate), 'sha256', _bufsize=8))
attempt('negative', lambda: hashlib.file_digest(Reader([b'abc'], lambda b, d: -5), 'sha256'))
attempt('non-int', lambda: hashlib.file_digest(Reader([b'abc'], lambda b, d: 'x'), 'sha256'))
attempt('keep', lambda: hashlib.file_digest(Reader([b'abc'], keep), 'md5', _bufsize=4))
if kept:
    kept[0].clear()
    kept[0].extend(b'z' * 100)
attempt('kept buffer later', lambda: len(kept[0]))
attempt('bufsize huge', lambda: hashlib.file_digest(Reader([b'a'], keep), 'sha256', _bufsize=2**62))
attempt('bufsize negative', lambda: hashlib.file_digest(Reader([b'a'], keep), 'sha256', _bufsize=-1))
attempt('bufsize zero', lambda: hashlib.file_digest(Reader([b'a'], keep), 'sha256', _bufsize=0))


class Buffered:
    def __init__(self, value):
        self.value = value

    def getbuffer(self):
        return self.value


attempt('getbuffer str', lambda: hashlib.file_digest(Buffered('text'), 'sha256'))
attempt('getbuffer list', lambda: hashlib.file_digest(Buffered([1, 2]), 'sha256'))
attempt('getbuffer bytearray', lambda: hashlib.file_digest(Buffered(bytearray(b'ab')), 'sha256'))


class SneakyBytesIO(io.BytesIO):
    def getbuffer(self):
        return b'not what it holds'


attempt('BytesIO subclass', lambda: hashlib.file_digest(SneakyBytesIO(b'held'), 'sha256'))
attempt('foreign digest', lambda: hashlib.file_digest(io.BytesIO(b'x'), lambda: 5))
attempt('not a file', lambda: hashlib.file_digest(5, 'sha256'))
attempt('text file', lambda: hashlib.file_digest(io.StringIO('x'), 'sha256'))
# expect-output: shrink ran: e3b0c44298fc1c14
# expect-output: grow ran: d9642a076d20724f
# expect-output: overstate ran: ce3172860f253e5b
# expect-output: negative ran: 951289a635344be3
# expect-output: non-int TypeError slice indices must be integers or None or have an __index__ method
# expect-output: keep ran: 900150983cd24fb0
# expect-output: kept buffer later ran: 100
# expect-output: bufsize huge MemoryError 
# expect-output: bufsize negative ValueError negative count
# expect-output: bufsize zero ran: ca978112ca1bbdca
# expect-output: getbuffer str TypeError Strings must be encoded before hashing
# expect-output: getbuffer list TypeError object supporting the buffer API required
# expect-output: getbuffer bytearray ran: fb8e20fc2e4c3f24
# expect-output: BytesIO subclass ran: 9c3f3d752dd815a3
# expect-output: foreign digest AttributeError 'int' object has no attribute 'update'
# expect-output: not a file ValueError '5' is not a file-like object in binary reading mode.
# expect-output: text file ValueError '<_io.StringIO object>' is not a file-like object in binary reading mode.
