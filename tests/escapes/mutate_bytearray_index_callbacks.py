# A bytearray resized from inside __index__ while a native call holds a view
# of it (CPython pins the buffer with an export; moat has none). Each call
# must re-read the buffer after the conversion: struct.pack_into's offset,
# bytearray methods with index arguments (find/count/index/startswith
# ranges, insert, pop, __setitem__ with slices, fill bytes), bytes.join over
# a bytearray that a later item's conversion shrinks, int.from_bytes.
import struct

buf = bytearray(64)


class Shrink:
    def __init__(self, value, target=None):
        self.value = value
        self.target = target if target is not None else buf

    def __index__(self):
        self.target.clear()
        return self.value


def attempt(label, action):
    buf[:] = bytearray(b'abcdefgh' * 8)
    try:
        print(label, action())
    except (struct.error, ValueError, IndexError, TypeError, OverflowError) as e:
        print(label, type(e).__name__, e)


attempt('pack_into offset', lambda: struct.pack_into('<Q', buf, Shrink(8), 5))
attempt('pack_into value', lambda: struct.pack_into('<QQ', buf, 0, Shrink(1), 2))
attempt('pack value', lambda: struct.pack('<Q', Shrink(7)))
attempt('unpack_from offset', lambda: struct.unpack_from('<Q', buf, Shrink(8)))
attempt('find start', lambda: buf.find(b'h', Shrink(3)))
attempt('find needle', lambda: buf.find(Shrink(104)))
attempt('count end', lambda: buf.count(b'a', 0, Shrink(60)))
attempt('index', lambda: buf.index(b'a', Shrink(1)))
attempt('startswith', lambda: buf.startswith(b'a', Shrink(0)))
attempt('insert', lambda: (buf.insert(Shrink(40), 65), bytes(buf)))
attempt('insert value', lambda: (buf.insert(40, Shrink(65)), bytes(buf)))
attempt('pop', lambda: buf.pop(Shrink(40)))
attempt('setitem', lambda: (buf.__setitem__(Shrink(40), 1), bytes(buf)))
attempt('setitem value', lambda: (buf.__setitem__(40, Shrink(1)), bytes(buf)))
attempt('slice setitem', lambda: (buf.__setitem__(slice(Shrink(10), 50), b'xy'), bytes(buf)))
attempt('slice getitem', lambda: buf[Shrink(2):Shrink(60):Shrink(3)])
attempt('slice step del', lambda: (buf.__delitem__(slice(0, 60, Shrink(2))), bytes(buf)))
attempt('fill bytes', lambda: buf.ljust(Shrink(100), b'-'))
attempt('center', lambda: buf.center(Shrink(90)))
attempt('zfill', lambda: buf.zfill(Shrink(90)))
attempt('expandtabs', lambda: buf.expandtabs(Shrink(8)))
attempt('split maxsplit', lambda: buf.split(b'a', Shrink(3)))
attempt('replace count', lambda: buf.replace(b'a', b'zz', Shrink(3)))
attempt('from_bytes', lambda: int.from_bytes(buf, 'little', signed=bool(Shrink(1).__index__())))
attempt('bytes(n)', lambda: bytes(Shrink(3)))
attempt('mul', lambda: len(buf * Shrink(3)))
attempt('imul', lambda: (buf.__imul__(Shrink(3)), len(buf)))
attempt('translate', lambda: buf.translate(bytes(range(256)), Shrink(1).__index__() and b'a'))
attempt('extend', lambda: (buf.extend(Shrink(v) for v in (1, 2, 3)), bytes(buf)))
attempt('join', lambda: b'-'.join([buf, bytes(Shrink(2))]))
attempt('hex sep', lambda: buf.hex(':', Shrink(2)))
# expect-output: pack_into offset error pack_into requires a buffer of at least 16 bytes for packing 8 bytes at offset 8 (actual buffer size is 0)
# expect-output: pack_into value error pack_into requires a buffer of at least 16 bytes for packing 16 bytes at offset 0 (actual buffer size is 0)
# expect-output: pack value b'\x07\x00\x00\x00\x00\x00\x00\x00'
# expect-output: unpack_from offset error unpack_from requires a buffer of at least 16 bytes for unpacking 8 bytes at offset 8 (actual buffer size is 0)
# expect-output: find start -1
# expect-output: find needle -1
# expect-output: count end 0
# expect-output: index ValueError subsection not found
# expect-output: startswith False
# expect-output: insert (None, b'A')
# expect-output: insert value (None, b'A')
# expect-output: pop IndexError pop from empty bytearray
# expect-output: setitem IndexError bytearray index out of range
# expect-output: setitem value IndexError bytearray index out of range
# expect-output: slice setitem (None, b'xy')
# expect-output: slice getitem bytearray(b'')
# expect-output: slice step del (None, b'')
# expect-output: fill bytes bytearray(b'----------------------------------------------------------------------------------------------------')
# expect-output: center bytearray(b'                                                                                          ')
# expect-output: zfill bytearray(b'000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000')
# expect-output: expandtabs bytearray(b'')
# expect-output: split maxsplit [bytearray(b'')]
# expect-output: replace count bytearray(b'')
# expect-output: from_bytes 0
# expect-output: bytes(n) b'\x00\x00\x00'
# expect-output: mul 0
# expect-output: imul (bytearray(b''), 0)
# expect-output: translate bytearray(b'')
# expect-output: extend (None, b'\x01\x02\x03')
# expect-output: join b'-\x00\x00'
# expect-output: hex sep 
