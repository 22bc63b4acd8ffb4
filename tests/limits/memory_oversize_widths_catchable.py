# Widths, precisions and counts a script names in a format or a size
# argument, whose result the whole memory budget could never hold: each is
# refused before any work or allocation with CPython's catchable
# MemoryError (docs/SECURITY.md), as `'x' * 10**12` and `bytes(10**12)` are,
# and the run goes on. None may end the run at the memory or instruction
# limit (struct's count was packed byte by byte before).
# limit: none
# expect-output: format(1.5, '.999999999f') MemoryError
# expect-output: '%2147483648d' % 1 MemoryError
# expect-output: '{:2147483648}'.format(1) MemoryError
# expect-output: struct.pack('1000000000000s', b'') MemoryError
# expect-output: struct.pack('2147483648x') MemoryError
# expect-output: f'{1:{2**31}}' MemoryError
# expect-output: format('a', '1000000000') MemoryError
# expect-output: format(1+2j, '.1000000000f') MemoryError
# expect-output: format(Decimal('1e999999999'), 'f') MemoryError
# expect-output: format(Decimal(1), '.1000000000%') MemoryError
# expect-output: '%.*f' % (10**9, 1.5) MemoryError
# expect-output: b'%*d' % (2**31, 1) MemoryError
# expect-output: b'%.1000000000f' % 1.5 MemoryError
# expect-output: '%1000000000c' % 'x' MemoryError
# expect-output: b'x'.ljust(2**31) MemoryError
# expect-output: bytearray(b'x').rjust(2**31) MemoryError
# expect-output: b'x'.zfill(10**9) MemoryError
# expect-output: b'\t'.expandtabs(2**31 - 1) MemoryError
# expect-output: '\t'.expandtabs(2**31 - 1) MemoryError
# expect-output: 'a'.ljust(10**8, '\U0001f600') MemoryError
# expect-output: (1).to_bytes(2**31, 'big') MemoryError
# expect-output: bytearray(b'ab') * 10**9 MemoryError
# expect-output: still running 3
import struct
from decimal import Decimal

attempts = {
    "format(1.5, '.999999999f')": lambda: format(1.5, '.999999999f'),
    "'%2147483648d' % 1": lambda: '%2147483648d' % 1,
    "'{:2147483648}'.format(1)": lambda: '{:2147483648}'.format(1),
    "struct.pack('1000000000000s', b'')": lambda: struct.pack('1000000000000s', b''),
    "struct.pack('2147483648x')": lambda: struct.pack('2147483648x'),
    "f'{1:{2**31}}'": lambda: f'{1:{2**31}}',
    "format('a', '1000000000')": lambda: format('a', '1000000000'),
    "format(1+2j, '.1000000000f')": lambda: format(1+2j, '.1000000000f'),
    "format(Decimal('1e999999999'), 'f')": lambda: format(Decimal('1e999999999'), 'f'),
    "format(Decimal(1), '.1000000000%')": lambda: format(Decimal(1), '.1000000000%'),
    "'%.*f' % (10**9, 1.5)": lambda: '%.*f' % (10**9, 1.5),
    "b'%*d' % (2**31, 1)": lambda: b'%*d' % (2**31, 1),
    "b'%.1000000000f' % 1.5": lambda: b'%.1000000000f' % 1.5,
    "'%1000000000c' % 'x'": lambda: '%1000000000c' % 'x',
    "b'x'.ljust(2**31)": lambda: b'x'.ljust(2**31),
    "bytearray(b'x').rjust(2**31)": lambda: bytearray(b'x').rjust(2**31),
    "b'x'.zfill(10**9)": lambda: b'x'.zfill(10**9),
    "b'\\t'.expandtabs(2**31 - 1)": lambda: b'\t'.expandtabs(2**31 - 1),
    "'\\t'.expandtabs(2**31 - 1)": lambda: '\t'.expandtabs(2**31 - 1),
    "'a'.ljust(10**8, '\\U0001f600')": lambda: 'a'.ljust(10**8, '\U0001f600'),
    "(1).to_bytes(2**31, 'big')": lambda: (1).to_bytes(2**31, 'big'),
    "bytearray(b'ab') * 10**9": lambda: bytearray(b'ab') * 10**9,
}
for spelling, make in attempts.items():
    try:
        make()
        print(spelling, "built")
    except MemoryError as e:
        print(spelling, type(e).__name__, *e.args)
print("still running", len([1, 2, 3]))
