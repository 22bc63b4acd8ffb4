# struct formats whose repeat counts pass 2**31, 2**63 or the size of the
# address space, and pack/unpack with them: each is a struct.error, an
# OverflowError or a catchable MemoryError-free refusal, never a wrapped
# size or a giant allocation.
import struct
for fmt in ('2147483648x', '9223372036854775807s', '99999999999999999999q', '4294967296c',
            '<' + 'q' * 100000, '1000000000000p', '-1x', '0s0s'):
    try:
        size = struct.calcsize(fmt)
        print(fmt[:20], 'size', size)
        print(len(struct.pack(fmt, *([0] * fmt.count('q')))) if size < 10**6 else 'skip')
    except (struct.error, OverflowError, MemoryError) as e:
        print(fmt[:20], type(e).__name__, e)
for attack in (lambda: struct.unpack('9223372036854775807s', b''),
               lambda: struct.unpack_from('q', b'12345678', 2**63),
               lambda: struct.unpack_from('q', b'12345678', -2**63),
               lambda: struct.pack_into('q', bytearray(8), -9, 1),
               lambda: list(struct.iter_unpack('0s', b''))):
    try:
        print(attack())
    except (struct.error, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
# expect-output: 2147483648x size 2147483648
# expect-output: skip
# expect-output: 9223372036854775807s size 9223372036854775807
# expect-output: skip
# expect-output: 99999999999999999999 error total struct size too long
# expect-output: 4294967296c size 4294967296
# expect-output: skip
# expect-output: <qqqqqqqqqqqqqqqqqqq size 800000
# expect-output: 800000
# expect-output: 1000000000000p size 1000000000000
# expect-output: skip
# expect-output: -1x error bad char in struct format
# expect-output: 0s0s size 0
# expect-output: 0s0s error pack expected 2 items for packing (got 0)
# expect-output: error unpack requires a buffer of 9223372036854775807 bytes
# expect-output: OverflowError Python int too large to convert to C ssize_t
# expect-output: error offset -9223372036854775808 out of range for 8-byte buffer
# expect-output: error offset -9 out of range for 8-byte buffer
# expect-output: error cannot iteratively unpack with a struct of length 0
