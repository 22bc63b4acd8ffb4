# float() of bytes-like text: the error quotes the argument's repr.
for v in [b'x', bytearray(b'x'), b'1.5', bytearray(b' 2.5 '), b'', bytearray()]:
    try:
        print(repr(float(v)))
    except ValueError as e:
        print('ValueError', e)
for v in [b'x', bytearray(b'x'), b'12', bytearray(b'7')]:
    try:
        print(repr(int(v)))
    except ValueError as e:
        print('ValueError', e)
