# A container passed to its own methods: L.__init__(L), L[::2] = L, d.update(d),
# s ^= s, b.replace(b, b + b), a.frombytes(bytes(a)). A native method that
# clears or resizes its target before it has read its argument (or reads
# the argument through a pointer the write moves) reads freed or stale
# storage; each must give CPython's result.
# expect-output: 2 []
# expect-output: 3 [1, 1, 2, 2, 1, 2, 2, 1, 2, 2, 1, 2, 2, 2, 1, 2, 2, 1, 2, 2, 1, 2, 2]
# expect-output: 4 [4, 3, 2, 1]
# expect-output: 5 'attempt to assign sequence of size 4 to extended slice of size 2'
# expect-output: 6 {1: 2, 3: 4}
# expect-output: 7 (set(), set(), set(), set())
# expect-output: 8 set()
# expect-output: 10 BufferError Existing exports of data: object cannot be re-sized
# expect-output: 11 (bytearray(b'abcabcabcabc'), [bytearray(b''), bytearray(b'')], (bytearray(b''), bytearray(b'abcabc'), bytearray(b'')), bytearray(b'abcabcabcabcabcabc'), bytearray(b''), bytearray(b''), 0, 1)
# expect-output: 12 bytearray(b'aabcabcabcabcabcabc')
# expect-output: 13 92
def case_2():
    L = [1, 2, 3]
    L.__init__(L)
    return L


try:
    print(2, repr(case_2()))
except Exception as e:
    print(2, type(e).__name__, e)


def case_3():
    L = [1, 2, 3]
    L[::2] = L[:2]
    L[:] = L
    L.extend(L)
    L += L
    L[1:2] = L
    return L


try:
    print(3, repr(case_3()))
except Exception as e:
    print(3, type(e).__name__, e)


def case_4():
    L = [1, 2, 3, 4]
    L[::-1] = L
    return L


try:
    print(4, repr(case_4()))
except Exception as e:
    print(4, type(e).__name__, e)


def case_5():
    L = [1, 2, 3, 4]
    try: L[::2] = L
    except ValueError as e: return str(e)


try:
    print(5, repr(case_5()))
except Exception as e:
    print(5, type(e).__name__, e)


def case_6():
    d = {1: 2, 3: 4}
    d.update(d); d |= d
    d.__init__(d)
    return d


try:
    print(6, repr(case_6()))
except Exception as e:
    print(6, type(e).__name__, e)


def case_7():
    s = {1, 2, 3}
    s |= s; s &= s; s ^= s
    t = {1, 2}
    t -= t
    u = {1, 2, 3}
    u.symmetric_difference_update(u); u.update(u, u)
    v = {1, 2}; v.intersection_update(v, v); v.difference_update(v)
    return s, t, u, v


try:
    print(7, repr(case_7()))
except Exception as e:
    print(7, type(e).__name__, e)


def case_8():
    s = {1, 2, 3}
    s.__init__(s)
    return s


try:
    print(8, repr(case_8()))
except Exception as e:
    print(8, type(e).__name__, e)


def case_10():
    b = bytearray(b'abcdef')
    b[::2] = b[:3]
    b[:] = b
    b.extend(b)
    b += b
    b[1:2] = b
    b[::-1] = b
    return b


try:
    print(10, repr(case_10()))
except Exception as e:
    print(10, type(e).__name__, e)


def case_11():
    b = bytearray(b'abcabc')
    return b.replace(b, b + b), b.split(b), b.partition(b), b.join([b, b]), b.strip(b), b.translate(None, b), b.find(b), b.count(b)


try:
    print(11, repr(case_11()))
except Exception as e:
    print(11, type(e).__name__, e)


def case_12():
    b = bytearray(b'abc')
    b *= 3
    b[0:0] = b
    b.insert(0, b[0])
    return b


try:
    print(12, repr(case_12()))
except Exception as e:
    print(12, type(e).__name__, e)


def case_13():
    import array
    a = array.array('b', b'abc')
    a.extend(a); a += a; a[1:2] = a; a.frombytes(bytes(a)); a.fromlist(a.tolist())
    return len(a)


try:
    print(13, repr(case_13()))
except Exception as e:
    print(13, type(e).__name__, e)
